/** Builds web/dist when missing or older than web/src; true when it built. */
export function ensureWebBuild(options?: { quiet?: boolean }): boolean;
