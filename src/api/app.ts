import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';
import type { VigieContext } from '../context.ts';
import { fromZodIssues, invalidInput, VigieError, type FieldIssue } from '../core/shared/errors.ts';
import { facilityRoutes } from './routes/facilities.ts';
import { incidentRoutes } from './routes/incidents.ts';
import { referenceRoutes } from './routes/reference.ts';
import { seizureRoutes } from './routes/seizures.ts';
import { seizureStatsRoutes } from './routes/seizure-stats.ts';
import { briefRoutes } from './routes/briefs.ts';
import { adminRoutes } from './routes/admin.ts';
import { backupRoutes } from './routes/backup.ts';
import { authRoutes } from './routes/auth.ts';
import { detectionRoutes } from './routes/detection.ts';
import { extractRoutes } from './routes/extract.ts';
import { reviewRoutes } from './routes/review.ts';
import { sourceRegisterRoutes } from './routes/source-register.ts';
import { importJobRoutes } from './routes/import-jobs.ts';
import { feedRoutes } from './routes/feeds.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { alertRoutes } from './routes/alerts.ts';
import { postureRoutes } from './routes/posture.ts';
import { taskRoutes } from './routes/tasks.ts';
import { stixRoutes } from './routes/stix.ts';
import { taxiiRoutes } from './routes/taxii.ts';
import { serveWebApp } from './web-app.ts';
import { incidentMapRoutes } from './routes/incident-map.ts';
import { caseRoutes } from './routes/cases.ts';
import { MAX_EVIDENCE_BYTES } from '../core/case/case.ts';
import { escortRoutes } from './routes/escorts.ts';
import { fugitiveRoutes } from './routes/fugitives.ts';
import { actorRoutes } from './routes/actors.ts';
import { authenticate } from './auth-middleware.ts';
import { jsonOf } from './routes/route-parts.ts';
import { securityHeaders } from './security-headers.ts';
import { checkTextBody } from './text-body.ts';
import { toVigieError } from '../store/store-errors.ts';
import type { ApiEnv } from './api-env.ts';

export interface AppOptions {
  /** folder of the built web app, served at / (absent: API only) */
  webDir?: string;
  /** largest accepted import file, bytes */
  maxImportBytes?: number;
  version?: string;
  /** trust X-Forwarded-Proto from a reverse proxy for HSTS (default: env VIGIE_TRUST_PROXY=1) */
  trustProxy?: boolean;
}

const MAX_JSON_BODY = 1024 * 1024;
/** Texts to extract: up to 1,000,000 characters (the extraction's size budget says which field is too long). */
const MAX_TEXT_BODY = 8 * 1024 * 1024;
const TEXT_PATHS = new Set(['/api/extract', '/api/articles']);

function errorBody(code: string, message: string, details: FieldIssue[] = []) {
  return { error: { code, message, details } };
}

/** The one place where errors become HTTP responses. */
function handleError(error: unknown, c: Context): Response {
  // The database down or restarting (503, retry later), a value the store cannot hold (400): one reading, shared with the CLI.
  const known = toVigieError(error);
  if (known) {
    const retryAfter = (known as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retryAfter) c.header('Retry-After', String(Math.ceil(retryAfter)));
    return c.json(errorBody(known.code, known.message, known.details), known.status);
  }
  if (error instanceof SyntaxError)
    return c.json(
      errorBody('invalid_json', `the body is not valid JSON: ${error.message}`, [
        { path: 'body', message: error.message },
      ]),
      400,
    );
  // An HTTPException thrown by Hono middleware (body limit, malformed JSON) carries its own status.
  const status = (error as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = (error as Error).message || 'request refused';
    return c.json(
      errorBody(status === 413 ? 'body_too_large' : 'bad_request', message, [{ path: 'body', message }]),
      status as 400,
    );
  }
  console.error('vigie: unexpected error', error);
  return c.json(errorBody('internal', 'unexpected error; it has been logged'), 500);
}

const isImport = (path: string) => path.endsWith('/import') || path === '/api/import-jobs';
const isEvidence = (path: string) => /^\/api\/cases\/[^/]+\/evidence$/.test(path);
/** Bodies stored or streamed as the bytes they are, not read as one text here. */
const isRawUpload = (path: string) => isImport(path) || isEvidence(path);

/** The request with its body counted as it is read: past `maxSize` bytes, reading it fails with `tooLarge()`. */
function limitStream(request: Request, maxSize: number, tooLarge: () => Error): Request {
  let size = 0;
  const counted = request.body!.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxSize) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request, { body: counted, duplex: 'half' } as RequestInit);
}

/** Builds the HTTP app: the API under /api, its OpenAPI document, and the web app at /. */
export function createApp(context: VigieContext, options: AppOptions = {}) {
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw invalidInput(fromZodIssues(result.error.issues, undefined, (result as { data?: unknown }).data));
    },
  });
  app.onError(handleError);
  app.use('*', securityHeaders({ trustProxy: options.trustProxy }));

  const maxImport = options.maxImportBytes ?? 1024 * 1024 * 1024;
  app.use('/api/*', authenticate(context));
  app.use('/api/*', async (c, next) => {
    // A GET or HEAD has no body: asking for it would make the full fetch Request that the Node
    // adapter otherwise never builds (a fifth of a list request's CPU under load, issue 19).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // Evidence files are uploaded as raw bodies up to 20 MiB.
    const limit = isImport(c.req.path)
      ? maxImport
      : isEvidence(c.req.path)
        ? MAX_EVIDENCE_BYTES
        : TEXT_PATHS.has(c.req.path)
          ? MAX_TEXT_BODY
          : MAX_JSON_BODY;
    const tooLarge = () =>
      new VigieError('body_too_large', `the body is larger than ${limit} bytes`, 413, [
        { path: 'body', message: 'too large' },
      ]);
    // Hono's limit reads a body sent without a length (chunked) whole before the handler runs: an
    // import file would sit in memory instead of streaming into the import. Count it as it streams.
    if (
      limit === maxImport &&
      c.req.raw.body &&
      !(c.req.raw.headers.has('content-length') && !c.req.raw.headers.has('transfer-encoding'))
    ) {
      c.req.raw = limitStream(c.req.raw, limit, tooLarge);
      return next();
    }
    return bodyLimit({
      maxSize: limit,
      onError: () => {
        throw tooLarge();
      },
    })(c, next);
  });
  app.use('*', checkTextBody(isRawUpload));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      summary: 'The server is up; which store it uses and its version (no sign-in)',
      responses: {
        200: jsonOf(
          z.object({ status: z.literal('ok'), store: z.enum(['pglite', 'postgres']), version: z.string() }),
          'Up',
        ),
      },
    }),
    async (c) => c.json({ status: 'ok' as const, store: context.store.kind, version: options.version ?? '0.1.0' }, 200),
  );
  app.route('/api', referenceRoutes(context));
  app.route('/api/auth', authRoutes(context));
  app.route('/api', adminRoutes(context));
  app.route('/api', backupRoutes(context));
  app.route('/api', detectionRoutes(context));
  app.route('/api', extractRoutes(context));
  app.route('/api', reviewRoutes(context));
  app.route('/api/feeds', feedRoutes(context));
  app.route('/api/source-register', sourceRegisterRoutes(context));
  app.route('/api', importJobRoutes(context));
  app.route('/api', notificationRoutes(context));
  app.route('/api', webhookRoutes(context));
  app.route('/api', alertRoutes(context));
  app.route('/api/posture', postureRoutes(context));
  app.route('/api', taskRoutes(context));
  app.route('/api', caseRoutes(context));
  app.route('/api/facilities', facilityRoutes(context));
  // Before the incidents' routes: /map is not an incident id.
  app.route('/api/incidents', incidentMapRoutes(context));
  app.route('/api/incidents', incidentRoutes(context));
  app.route('/api/seizures', seizureStatsRoutes(context));
  app.route('/api/seizures', seizureRoutes(context));
  app.route('/api', briefRoutes(context));
  app.route('/api/stix', stixRoutes(context));
  app.route('/api', actorRoutes(context));
  app.route('/api/escorts', escortRoutes(context));
  app.route('/api/fugitives', fugitiveRoutes(context));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Vigie API',
      version: options.version ?? '0.1.0',
      description: 'Incident intelligence for attacks and threats against prisons, their staff and transports.',
    },
  });
  app.route('/', taxiiRoutes(context));
  app.all('/api/*', (c) =>
    c.json(
      errorBody('not_found', `no route ${c.req.method} ${c.req.path}`, [{ path: 'path', message: 'unknown route' }]),
      404,
    ),
  );

  if (!options.webDir || !serveWebApp(app, options.webDir)) {
    app.get('/', (c) =>
      c.text(
        'Vigie API is running; the web app is not built (run: npm run build:web). API document: /api/openapi.json',
      ),
    );
  }
  return app;
}

export { z };
