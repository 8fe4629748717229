import { FetchFailed, guardedFetch, TooLarge } from '../../security/fetch-guard.ts';

/** Limits of one feed download. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

/** Why a download failed, in words for the feed status page. */
export class FeedFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

/**
 * Downloads a feed as text through the fetch guard (no internal address, checked at connection),
 * giving up after `timeoutMs` or past `maxBytes` (read as it streams, so a huge or endless answer is
 * cut off, not held). A feed that cannot be reached, whatever the reason, says only "could not fetch":
 * the feed page must not become a port scanner.
 */
export async function fetchFeed(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<string> {
  let response: Response;
  try {
    response = await guardedFetch(url, {
      timeoutMs: limits.timeoutMs,
      maxBytes: limits.maxBytes,
      maxRedirects: 5,
      headers: {
        accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5',
        'user-agent': 'Vigie feed reader',
      },
    });
  } catch (error) {
    if (error instanceof TooLarge)
      throw new FeedFetchError(`the feed is larger than the ${limits.maxBytes} bytes allowed`);
    if (error instanceof FetchFailed) throw new FeedFetchError('could not fetch the feed');
    throw error;
  }
  if (!response.ok) throw new FeedFetchError(`the server answered HTTP ${response.status}`);
  return response.text();
}
