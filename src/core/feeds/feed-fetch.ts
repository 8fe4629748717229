/** Limits of one feed download. */
export interface FetchLimits { timeoutMs: number; maxBytes: number }

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

/** Why a download failed, in words for the feed status page. */
export class FeedFetchError extends Error {
  constructor(message: string) { super(message); this.name = 'FeedFetchError'; }
}

/**
 * Downloads a feed as text, giving up after `timeoutMs` or past `maxBytes` (read as it streams, so
 * a huge or endless answer is cut off, not held).
 */
export async function fetchFeed(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<string> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5', 'user-agent': 'Vigie feed reader' } });
  } catch (error) {
    throw new FeedFetchError(signal.aborted ? `no answer within ${limits.timeoutMs / 1000} s` : `cannot reach the feed: ${(error as Error).cause ? String((error as { cause: Error }).cause.message ?? (error as { cause: unknown }).cause) : (error as Error).message}`);
  }
  if (!response.ok) throw new FeedFetchError(`the server answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limits.maxBytes) throw new FeedFetchError(`the feed is ${declared} bytes, more than the ${limits.maxBytes} allowed`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw new FeedFetchError(`the feed is larger than the ${limits.maxBytes} bytes allowed`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    throw new FeedFetchError(signal.aborted ? `no complete answer within ${limits.timeoutMs / 1000} s` : `the download failed: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
