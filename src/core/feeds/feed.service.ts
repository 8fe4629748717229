import { randomUUID } from 'node:crypto';
import { authorize } from '../access/access.ts';
import { SYSTEM_PRINCIPAL } from '../shared/principal.ts';
import type { Caller } from '../shared/caller.ts';
import { acceptCandidate } from '../review/review-decision.service.ts';
import { check, storeExtraction, type ReviewDeps, type StoredArticle } from '../review/review.service.ts';
import { actorOf } from '../shared/caller.ts';
import { notFound, VigieError } from '../shared/errors.ts';
import { checkFetchTarget } from '../../security/fetch-guard.ts';
import { DEFAULT_FETCH_LIMITS, fetchFeed, type FetchLimits } from './feed-fetch.ts';
import type { FeedInput, FeedPatch } from './feed.schema.ts';
import type { FeedRepository } from '../../store/feed.repository.ts';
import type { FeedRow } from '../../store/schema.ts';

/** What the feed use cases need, passed explicitly. */
export interface FeedDeps {
  feeds: FeedRepository;
  review: ReviewDeps;
  /** how a feed is downloaded (tests and the poller share it) */
  fetch?: (url: string, limits: FetchLimits) => Promise<string>;
  limits?: FetchLimits;
}

/** What one poll did. */
export interface PollReport {
  feed: FeedRow;
  seen: number;
  fresh: number;
  autoAccepted: number;
  error: string | null;
}

export async function addFeed(deps: FeedDeps, caller: Caller, input: FeedInput): Promise<FeedRow> {
  check(authorize(caller.principal, { kind: 'configure-feeds', trusted: input.trusted }));
  check(authorize(caller.principal, { kind: 'create', marking: input.marking, compartments: [] }));
  await checkFetchTarget(input.url, 'url');
  const { title, ...settings } = input;
  const { outlet, reliability, credibility, ...rest } = settings;
  const feed = await deps.feeds.insert({
    id: randomUUID(),
    ...rest,
    outlet: outlet ?? null,
    reliability: reliability ?? null,
    credibility: credibility ?? null,
    title: title ?? null,
    owner_org_id: caller.principal.organisationId,
    created_by: caller.principal.system ? null : caller.principal.userId,
  });
  if (!feed)
    throw new VigieError('duplicate_feed', `the feed ${input.url} is already configured`, 409, [
      { path: 'url', message: 'already configured' },
    ]);
  await deps.review.audit.append({
    ...actorOf(caller),
    action: 'feed.add',
    object_type: 'feed',
    object_id: feed.id,
    details: { url: feed.url, trusted: feed.trusted },
  });
  return feed;
}

/** Every configured feed with its status (reviewers only: a feed's URL says what the service watches). */
export async function listFeeds(deps: FeedDeps, caller: Caller): Promise<FeedRow[]> {
  check(authorize(caller.principal, { kind: 'configure-feeds', trusted: false }));
  return deps.feeds.list();
}

async function existing(deps: FeedDeps, id: string): Promise<FeedRow> {
  const feed = await deps.feeds.findById(id);
  if (!feed) throw notFound('feed', id);
  return feed;
}

export async function updateFeed(deps: FeedDeps, caller: Caller, id: string, patch: FeedPatch): Promise<FeedRow> {
  const feed = await existing(deps, id);
  // Making a feed trusted, or changing a trusted one, is for those who may trust.
  check(
    authorize(caller.principal, {
      kind: 'configure-feeds',
      trusted: patch.trusted === true || (feed.trusted && patch.trusted !== false),
    }),
  );
  const updated = (await deps.feeds.update(id, patch))!;
  await deps.review.audit.append({
    ...actorOf(caller),
    action: 'feed.update',
    object_type: 'feed',
    object_id: id,
    details: { fields: Object.keys(patch).sort(), trusted: updated.trusted },
  });
  return updated;
}

/** Removes a feed; its articles and candidates stay. */
export async function removeFeed(deps: FeedDeps, caller: Caller, id: string): Promise<void> {
  const feed = await existing(deps, id);
  check(authorize(caller.principal, { kind: 'configure-feeds', trusted: feed.trusted }));
  await deps.feeds.remove(id);
  await deps.review.audit.append({
    ...actorOf(caller),
    action: 'feed.remove',
    object_type: 'feed',
    object_id: id,
    details: { url: feed.url },
  });
}

/** The feed acting in the queue: the organisation that configured it, no user. */
function feedCaller(feed: FeedRow): Caller {
  return {
    principal: { ...SYSTEM_PRINCIPAL, organisationId: feed.owner_org_id, username: `feed:${feed.url}`.slice(0, 200) },
    address: 'feed',
  };
}

/** Accepts a trusted feed's confident candidates, decided by the system; an invalid draft stays pending. */
async function autoAccept(deps: FeedDeps, feed: FeedRow, stored: StoredArticle): Promise<number> {
  let accepted = 0;
  for (const candidate of stored.candidates) {
    if (candidate.status !== 'pending' || candidate.confidence < feed.trust_threshold) continue;
    try {
      await acceptCandidate(deps.review, feedCaller(feed), candidate.id, { version: candidate.version });
      accepted += 1;
    } catch (error) {
      if (!(error instanceof VigieError) || error.status >= 500) throw error;
    }
  }
  return accepted;
}

/**
 * Polls one feed: downloads it, extracts each item not seen before (by URL, then by text), stores
 * the articles for review and, for a trusted feed, accepts the confident candidates. The outcome,
 * an error included, is recorded on the feed.
 */
export async function pollFeed(deps: FeedDeps, feed: FeedRow): Promise<PollReport> {
  const at = new Date();
  try {
    const xml = await (deps.fetch ?? fetchFeed)(feed.url, deps.limits ?? DEFAULT_FETCH_LIMITS);
    // The HTML/XML parser loads with the first poll: a command that opens the store never needs it.
    const { detectFormat, feedItems } = await import('../../intake/extract/plain-text.ts');
    const items = feedItems(xml);
    if (items.length === 0 && !/<(rss|feed|rdf:RDF)[\s>]/i.test(xml.slice(0, 2000)))
      throw new Error('not an RSS or Atom feed');
    const known = await deps.review.articles.knownUrls(items.flatMap((item) => (item.url ? [item.url] : [])));
    let fresh = 0;
    let autoAccepted = 0;
    const caller = feedCaller(feed);
    for (const item of items) {
      if (item.url && known.has(item.url)) continue;
      // An item past the extraction's size or time budget is skipped; the others are still read.
      const read = await deps.review
        .extract(item.text, { published: item.published, url: item.url, format: 'text' }, { field: 'item' })
        .catch((error: unknown) => {
          if (error instanceof VigieError && (error.status === 413 || error.status === 422)) return undefined;
          throw error;
        });
      const [extraction] = read?.items ?? [];
      if (!extraction) continue;
      const stored = await storeExtraction(
        deps.review,
        caller,
        { ...extraction, title: item.title ?? extraction.title, url: item.url ?? extraction.url },
        {
          format: detectFormat(xml),
          source_kind: 'press',
          reliability: feed.reliability,
          credibility: feed.credibility,
          outlet: feed.outlet,
          marking: feed.marking,
          compartments: [],
          feed,
        },
      );
      if (stored.duplicate) continue;
      fresh += 1;
      if (feed.trusted) autoAccepted += await autoAccept(deps, feed, stored);
    }
    const updated = await deps.feeds.recordPoll(feed.id, { at, status: 'ok', error: null, seen: items.length, fresh });
    return { feed: updated ?? feed, seen: items.length, fresh, autoAccepted, error: null };
  } catch (error) {
    const message = (error as Error).message || String(error);
    const updated = await deps.feeds.recordPoll(feed.id, {
      at,
      status: 'error',
      error: message.slice(0, 1000),
      seen: 0,
      fresh: 0,
    });
    return { feed: updated ?? feed, seen: 0, fresh: 0, autoAccepted: 0, error: message };
  }
}

/** Polls a feed now, at a reviewer's request. */
export async function pollFeedNow(deps: FeedDeps, caller: Caller, id: string): Promise<PollReport> {
  check(authorize(caller.principal, { kind: 'configure-feeds', trusted: false }));
  return pollFeed(deps, await existing(deps, id));
}
