import type { Caller } from '../core/shared/caller.ts';

/** What the authentication middleware sets on every request, which routes read (a module of its own: app.ts imports the routes). */
export type ApiEnv = { Variables: { caller: Caller } };
