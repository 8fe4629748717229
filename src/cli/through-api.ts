// `--api URL --token T`: a command run through a running Vigie's API instead of opening the store
// (a PGlite store is one process's: while `vigie serve` holds it, this is the way in).
import { once } from 'node:events';
import { VigieError } from '../core/shared/errors.ts';
import { output } from './invocation.ts';

export const apiOption = [
  '--api <url>',
  'run through the API of a running Vigie (e.g. http://127.0.0.1:4800) instead of opening the store',
] as const;
export const tokenOption = ['--token <token>', 'API token for --api (env VIGIE_TOKEN)'] as const;

/** GETs `path` from the API with the token; returns the response, or refuses with the server's own message (exit 2). */
export async function getThroughApi(
  flags: { api: string; token?: string },
  path: string,
  query: Record<string, string | undefined>,
): Promise<Response> {
  const token = flags.token ?? output().env.VIGIE_TOKEN;
  if (!token)
    throw new VigieError(
      'invalid_input',
      '--api needs --token (or VIGIE_TOKEN): create one in the web app or with vigie tokens create',
      400,
      [{ path: 'token', message: 'required with --api' }],
    );
  let url: URL;
  try {
    url = new URL(path, flags.api);
  } catch {
    throw new VigieError('invalid_input', `--api: "${flags.api}" is not a URL`, 400, [
      { path: 'api', message: 'not a URL' },
    ]);
  }
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new VigieError('store_unavailable', `--api: cannot reach ${flags.api}: ${(error as Error).message}`, 503);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    throw new VigieError(
      'invalid_input',
      `--api: ${response.status} ${body?.error?.message ?? response.statusText}`,
      400,
    );
  }
  return response;
}

/** Copies a response body to `out`, minding its back-pressure. */
export async function pipeBody(response: Response, out: NodeJS.WritableStream): Promise<void> {
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}
