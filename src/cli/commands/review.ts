import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { feedInputSchema } from '../../core/feeds/feed.schema.ts';
import { addFeed, listFeeds, pollFeedNow } from '../../core/feeds/feed.service.ts';
import { SOURCE_KINDS } from '../../core/shared/taxonomy.ts';
import { acceptCandidate, mergeCandidate, rejectCandidate } from '../../core/review/review-decision.service.ts';
import {
  acceptSchema,
  articleSubmissionSchema,
  CANDIDATE_STATUSES,
  mergeSchema,
} from '../../core/review/review.schema.ts';
import { listQueue, submitArticle } from '../../core/review/review.service.ts';
import { fromZodIssues, invalidInput } from '../../core/shared/errors.ts';
import type { CandidateStatus } from '../../store/article.repository.ts';
import { cliCaller } from '../caller.ts';
import { parseFlags } from '../flags.ts';
import { pageSchema } from '../../core/shared/paging.schema.ts';
import { dataOption, withContext } from '../invocation.ts';

function parse<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  return parsed.data;
}

/** The file's text; a file that cannot be read is a usage error naming it, not a crash. */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw invalidInput([
      {
        path: 'file',
        message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no file ${file}` : `cannot read ${file}`,
      },
    ]);
  }
}

const summary = (draft: Record<string, unknown>) =>
  [
    draft.facility ?? (draft.place as { commune?: string } | undefined)?.commune ?? draft.drug,
    JSON.stringify(draft.occurred),
    (draft.event_types as string[] | undefined)?.join(','),
  ]
    .filter(Boolean)
    .join('  ');

/** `vigie review submit|list|accept|reject`: the review queue from the command line. */
export function reviewCommand(): Command {
  const review = new Command('review').description(
    'the review queue: texts read into candidate incidents and seizures, waiting for a decision',
  );
  review
    .command('submit')
    .description('read a text file (plain, HTML, RSS or Atom) into candidates for review')
    .argument('<file>', 'the file')
    .option('--published <date>', 'publication date (YYYY-MM-DD or date-time): relative dates are read against it')
    .option('--title <text>', "the article's title")
    .option('--url <url>', 'where the article was published')
    .option(
      '--outlet <name>',
      'who published it ("Le Monde", "AFP"): without --reliability, the source register grades it at accept',
    )
    .addOption(new Option('--kind <kind>', 'kind of source').choices(SOURCE_KINDS))
    .addOption(
      new Option(
        '--reliability <grade>',
        "source reliability (default: the register's for the outlet, else F)",
      ).choices(['A', 'B', 'C', 'D', 'E', 'F']),
    )
    .option('--credibility <n>', 'information credibility, 1 to 6')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(
      async (
        file: string,
        flags: {
          published?: string;
          title?: string;
          url?: string;
          outlet?: string;
          kind?: string;
          reliability?: string;
          credibility?: string;
          json?: boolean;
          data?: string;
        },
      ) => {
        const content = readText(file);
        const input = parse(articleSubmissionSchema, {
          content,
          published: flags.published,
          title: flags.title,
          url: flags.url,
          outlet: flags.outlet,
          source_kind: flags.kind,
          reliability: flags.reliability,
          credibility: flags.credibility,
        });
        await withContext(flags, async (context) => {
          const stored = await submitArticle(context.review, await cliCaller(context), input);
          if (flags.json) {
            console.log(JSON.stringify(stored, null, 2));
            return;
          }
          for (const { article, candidates, duplicate } of stored) {
            console.log(
              `${article.id}  ${duplicate ? 'already stored' : 'stored'}  ${candidates.length} candidate(s)  ${article.title ?? article.text.slice(0, 60)}${article.outlet ? `  (${article.outlet})` : ''}`,
            );
            for (const c of candidates)
              console.log(
                `  ${c.id}  ${c.kind.padEnd(8)} ${c.status.padEnd(8)} ${c.confidence.toFixed(2)}  ${summary(c.draft)}`,
              );
          }
        });
      },
    );
  review
    .command('list')
    .description('candidates, newest first')
    .addOption(new Option('--status <status>', 'only this status').choices(CANDIDATE_STATUSES).default('pending'))
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { status: CandidateStatus; limit: string; json?: boolean; data?: string }) => {
      const { limit, offset } = parseFlags(pageSchema(200, 50), { limit: flags.limit });
      await withContext(flags, async (context) => {
        const page = await listQueue(
          context.review,
          await cliCaller(context),
          { status: [flags.status] },
          limit,
          offset,
        );
        if (flags.json) {
          console.log(JSON.stringify(page, null, 2));
          return;
        }
        if (page.items.length === 0)
          console.log(`no ${flags.status} candidates (submit a text with: vigie review submit FILE --published DATE)`);
        for (const c of page.items)
          console.log(
            `${c.id}  ${c.kind.padEnd(8)} ${c.confidence.toFixed(2)}  ${summary(c.draft)}  [${c.article_title ?? c.article_url ?? c.article_id}]`,
          );
        if (page.total > page.items.length) console.log(`(${page.items.length} of ${page.total})`);
      });
    });
  review
    .command('accept')
    .description('accept a candidate: create its incident or seizure with the article as source')
    .argument('<id>', 'candidate id')
    .option(
      '--user <username>',
      "who accepts (recorded as the decision's author and in the audit; default: the operator)",
    )
    .option('--grade <grade>', "the source's Admiralty grade, e.g. B2 (overrides the source register)")
    .option(...dataOption)
    .action(async (id: string, flags: { user?: string; grade?: string; data?: string }) => {
      const input = parse(acceptSchema, { grade: flags.grade });
      await withContext(flags, async (context) => {
        const decided = await acceptCandidate(
          context.review,
          await cliCaller(context, { user: flags.user }),
          id,
          input,
        );
        console.log(`accepted: ${decided.kind} ${decided.result_id}${flags.user ? ` by ${flags.user}` : ''}`);
      });
    });
  review
    .command('merge')
    .description('merge an incident candidate into an existing incident: the article becomes one more source of it')
    .argument('<id>', 'candidate id')
    .requiredOption('--into <incident>', 'the incident id')
    .option('--user <username>', 'who decides (default: the operator)')
    .option('--grade <grade>', "the source's Admiralty grade, e.g. B2 (overrides the source register)")
    .option(...dataOption)
    .action(async (id: string, flags: { into: string; user?: string; grade?: string; data?: string }) => {
      const input = parse(mergeSchema, { incident_id: flags.into, grade: flags.grade });
      await withContext(flags, async (context) => {
        const decided = await mergeCandidate(context.review, await cliCaller(context, { user: flags.user }), id, input);
        console.log(`merged into incident ${decided.result_id}`);
      });
    });
  review
    .command('reject')
    .description('reject a candidate, saying why')
    .argument('<id>', 'candidate id')
    .requiredOption('--reason <text>', 'why')
    .option('--user <username>', 'who decides (default: the operator)')
    .option(...dataOption)
    .action(async (id: string, flags: { reason: string; user?: string; data?: string }) =>
      withContext(flags, async (context) => {
        await rejectCandidate(context.review, await cliCaller(context, { user: flags.user }), id, {
          reason: flags.reason,
        });
        console.log(`rejected: ${id}`);
      }),
    );
  return review;
}

/** `vigie feeds add|list|poll`: the RSS/Atom feeds polled by `vigie serve`. */
export function feedsCommand(): Command {
  const feeds = new Command('feeds').description('RSS/Atom feeds polled for articles by vigie serve');
  feeds
    .command('add')
    .description('add a feed')
    .argument('<url>', 'feed URL')
    .option('--title <text>', 'a name for it')
    .option('--every <minutes>', 'minutes between polls', '60')
    .option('--trusted', 'accept its confident candidates without review')
    .option('--outlet <name>', 'the outlet publishing it: graded by the source register unless --reliability is given')
    .addOption(
      new Option(
        '--reliability <grade>',
        "source reliability (default: the register's for the outlet or the items' domain, else F)",
      ).choices(['A', 'B', 'C', 'D', 'E', 'F']),
    )
    .option('--credibility <n>', 'information credibility, 1 to 6')
    .option(...dataOption)
    .action(
      async (
        url: string,
        flags: {
          title?: string;
          every: string;
          trusted?: boolean;
          outlet?: string;
          reliability?: string;
          credibility?: string;
          data?: string;
        },
      ) => {
        const input = parse(feedInputSchema, {
          url,
          title: flags.title,
          poll_minutes: flags.every,
          trusted: flags.trusted === true,
          outlet: flags.outlet,
          reliability: flags.reliability,
          credibility: flags.credibility,
        });
        await withContext(flags, async (context) => {
          const feed = await addFeed(context.feeds, await cliCaller(context), input);
          console.log(`${feed.id}  ${feed.url}  every ${feed.poll_minutes} min${feed.trusted ? '  trusted' : ''}`);
        });
      },
    );
  feeds
    .command('list')
    .description('feeds and their last poll')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const rows = await listFeeds(context.feeds, await cliCaller(context));
        if (flags.json) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        if (rows.length === 0) console.log('no feeds (add one with: vigie feeds add URL)');
        for (const f of rows) {
          const last = f.last_polled_at
            ? `${f.last_polled_at.toISOString().slice(0, 16)} ${f.last_status}${f.last_error ? `: ${f.last_error}` : ''}, ${f.items_new} new of ${f.items_seen}`
            : 'never polled';
          console.log(`${f.id}  ${f.enabled ? 'on ' : 'off'}  ${f.url}  ${last}`);
        }
      }),
    );
  feeds
    .command('poll')
    .description('poll a feed now')
    .argument('<id>', 'feed id')
    .option(...dataOption)
    .action(async (id: string, flags: { data?: string }) =>
      withContext(flags, async (context) => {
        const report = await pollFeedNow(context.feeds, await cliCaller(context), id);
        if (report.error)
          throw invalidInput([{ path: 'feed', message: report.error }], `the poll failed: ${report.error}`);
        console.log(
          `${report.seen} items, ${report.fresh} new${report.autoAccepted ? `, ${report.autoAccepted} accepted (trusted feed)` : ''}`,
        );
      }),
    );
  return feeds;
}
