import { PassThrough, Readable } from 'node:stream';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { assertMayBackUp } from '../../core/identity/admin.service.ts';
import { streamBackup } from '../../store/backup.ts';
import { refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

/**
 * GET /api/admin/backup: the backup of `vigie backup`, streamed, for administrators. It is how an
 * embedded (PGlite) store is backed up while `vigie serve` runs; restore it with `vigie restore FILE`.
 */
export function backupRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/admin/backup',
      tags: ['admin'],
      summary:
        'A consistent backup of the whole store (gzip; restore with vigie restore FILE); administrators holding the backup permission',
      responses: {
        200: {
          description: 'The backup file',
          content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } },
        },
        ...refusals,
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      // A backup is the operator's file: an administrator needs the explicit `backup` permission
      // (vigie users set NAME --permission backup), which only the command line grants.
      await assertMayBackUp(context.admin, caller);
      const name = `vigie-${new Date().toISOString().slice(0, 10)}.vigie.gz`;
      const body = new PassThrough();
      // Recorded once the copy is whole; a download cut short is no backup (the restore would say so).
      void streamBackup(context.store.db, body, context.store.kind, context.sealer)
        .then((summary) =>
          context.audit.append({
            actor_id: caller.principal.system ? null : caller.principal.userId,
            actor: caller.principal.username,
            action: 'store.backup',
            address: caller.address ?? null,
            details: { file: name, rows: summary.rows, sha256: summary.sha256, via: 'api' },
          }),
        )
        .catch((error) => {
          body.destroy(error as Error);
        });
      return new Response(Readable.toWeb(body) as ReadableStream, {
        headers: { 'Content-Type': 'application/gzip', 'Content-Disposition': `attachment; filename="${name}"` },
      }) as never;
    },
  );
  return app;
}
