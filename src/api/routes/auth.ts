import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { VigieContext } from '../../context.ts';
import { login, logout, SESSION_HOURS, authenticateSession } from '../../core/identity/auth.service.ts';
import { loginSchema } from '../../core/identity/identity.schema.ts';
import { clientAddress, SESSION_COOKIE } from '../auth-middleware.ts';
import { presentUser, userSchema } from '../presenters/user.presenter.ts';
import { errorSchema } from '../schemas.ts';
import type { ApiEnv } from '../api-env.ts';

const sessionSchema = z.object({ user: userSchema, csrf_token: z.string().nullable() }).openapi('Session');

/** /api/auth: sign in, sign out, who am I, and whether a first account must be made. */
export function authRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/login',
      tags: ['auth'],
      summary: 'Sign in; sets an HttpOnly session cookie and returns the CSRF token to send with changes',
      request: { body: { required: true, content: { 'application/json': { schema: loginSchema } } } },
      responses: {
        200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } },
        401: { description: 'Wrong user name or password', content: { 'application/json': { schema: errorSchema } } },
        423: {
          description: 'Account locked after repeated failures',
          content: { 'application/json': { schema: errorSchema } },
        },
        429: {
          description: 'Too many failures from this address (Retry-After)',
          content: { 'application/json': { schema: errorSchema } },
        },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const session = await login(context.auth, {
        ...body,
        address: clientAddress(c),
        userAgent: c.req.header('user-agent'),
      });
      const secure =
        new URL(c.req.url).protocol === 'https:' ||
        (process.env.VIGIE_TRUST_PROXY === '1' && c.req.header('x-forwarded-proto') === 'https');
      setCookie(c, SESSION_COOKIE, session.cookie, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure,
        maxAge: SESSION_HOURS * 3600,
      });
      const organisation = await context.identity.findOrganisation(session.user.organisation_id);
      return c.json({ user: presentUser(session.user, organisation), csrf_token: session.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/setup',
      tags: ['auth'],
      summary: 'Public: whether the install still needs its first account (and nothing else)',
      responses: {
        200: {
          description: 'Setup state',
          content: { 'application/json': { schema: z.object({ setup_needed: z.boolean() }).openapi('SetupState') } },
        },
      },
    }),
    async (c) => c.json({ setup_needed: (await context.identity.countUsers()) === 0 }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/logout',
      tags: ['auth'],
      summary: 'Sign out (ends the session)',
      responses: { 204: { description: 'Signed out' } },
    }),
    async (c) => {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie) await logout(context.auth, cookie);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['auth'],
      summary: 'The signed-in user, and the CSRF token of the session',
      responses: { 200: { description: 'The caller', content: { 'application/json': { schema: sessionSchema } } } },
    }),
    async (c) => {
      const caller = c.get('caller');
      const user = await context.identity.findUserById(caller.principal.userId);
      const cookie = getCookie(c, SESSION_COOKIE);
      const csrf =
        cookie && !c.req.header('authorization') ? (await authenticateSession(context.auth, cookie)).csrfToken : null;
      const organisation = user ? await context.identity.findOrganisation(user.organisation_id) : undefined;
      return c.json({ user: presentUser(user!, organisation), csrf_token: csrf }, 200);
    },
  );
  return app;
}
