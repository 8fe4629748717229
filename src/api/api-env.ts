import type { Caller } from '../core/shared/caller.ts';

/**
 * What the authentication middleware sets on every request and the routes read: a module of its own,
 * since app.ts imports the routes.
 */
export type ApiEnv = { Variables: { caller: Caller } };
