import { writeFileSync } from 'node:fs';
import { renderPdf } from '../../core/brief/brief-pdf.ts';
import { incidentsPerDay } from '../../core/brief/brief.ts';
import { BRIEF_TEXT } from '../../core/brief/brief-text.ts';
import { Command, Option } from 'commander';
import { principalOf } from '../../core/identity/auth.service.ts';
import { readScope } from '../../core/access/access.ts';
import { SYSTEM_PRINCIPAL } from '../../core/shared/principal.ts';
import { briefFor, generateDailyBriefs } from '../../core/brief/brief.service.ts';
import { VigieError } from '../../core/shared/errors.ts';
import type { VigieContext } from '../../context.ts';
import type { Caller } from '../../core/shared/caller.ts';
import { cliCaller } from '../caller.ts';
import { dataOption, output, withContext } from '../invocation.ts';

const usage = (message: string, path: string) => new VigieError('invalid_input', message, 400, [{ path, message }]);

/** The reader the brief is built for: a user (what that user may read) or the operator (everything). */
async function readerOf(context: VigieContext, username: string | undefined): Promise<Caller> {
  if (!username) return cliCaller(context, { includeStaff: false });
  const user = await context.identity.findUserByName(username);
  if (!user || user.disabled) throw usage(`unknown or disabled user "${username}"`, 'user');
  return { principal: await principalOf(context.identity, user), address: 'cli' };
}

const emptyStore = (where: string) =>
  new VigieError(
    'empty_store',
    `${where} holds no incident: an empty brief would say nothing. Load data first (vigie import FILE, or vigie demo), or name the right store (--data DIR, DATABASE_URL, --api URL)`,
    409,
  );

/** Writes the brief's bytes to --out, or its text to standard output. */
function emit(flags: { out?: string }, content: string | Uint8Array) {
  if (flags.out) {
    writeFileSync(flags.out, content);
    console.error(`vigie: brief written to ${flags.out}`);
  } else output().stdout.write(content);
}

/**
 * The brief through a running server's API, as the token's user reads it (the data folder of a
 * running server is locked to it). An API that lists no incident is an empty store.
 */
async function briefFromApi(flags: {
  api: string;
  token?: string;
  date?: string;
  format: string;
  lang: string;
  out?: string;
}): Promise<void> {
  const token = flags.token ?? output().env.VIGIE_TOKEN;
  if (!token) throw usage('--api needs a token: --token T or VIGIE_TOKEN (vigie users token NAME makes one)', 'token');
  const base = flags.api.replace(/\/+$/, '');
  const get = async (path: string) => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    } catch (error) {
      throw usage(`cannot reach ${base}: ${(error as Error).message}`, 'api');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
      throw new VigieError(
        'api_refused',
        `${base} answered ${response.status}: ${body?.error?.message ?? response.statusText}`,
        response.status === 401 || response.status === 403 ? 403 : 400,
      );
    }
    return response;
  };
  const probe = (await (await get('/api/incidents?limit=1')).json()) as { items?: unknown[] };
  if (!probe.items || probe.items.length === 0)
    throw emptyStore(`the store behind ${base} (as this token's user reads it)`);
  const query = new URLSearchParams({
    lang: flags.lang,
    format: flags.format,
    ...(flags.date ? { date: flags.date } : {}),
  });
  const response = await get(`/api/briefs/live?${query}`);
  emit(flags, flags.format === 'pdf' ? new Uint8Array(await response.arrayBuffer()) : await response.text());
}

/** `vigie brief`: the daily brief of a date, as Markdown, HTML or PDF; `--publish` runs the scheduled generation. */
export function briefCommand(): Command {
  return new Command('brief')
    .description(
      'the daily brief of a date (default today, Paris): incidents, campaigns, alerts, tasks, posture, sites at risk, seizures',
    )
    .option('--date <date>', 'the date YYYY-MM-DD (Paris)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'pdf']).default('md'))
    .option('--out <file>', 'write to this file (required for pdf)')
    .option('--api <url>', 'ask a running server (its data folder is locked to it), e.g. http://127.0.0.1:8080')
    .option('--token <token>', 'the API token for --api (default: VIGIE_TOKEN)')
    .addOption(new Option('--lang <language>', 'language').choices(['fr', 'en']).default('fr'))
    .option(
      '--user <username>',
      'build it for this user: only what the user may read (default: the operator, STAFF details left out)',
    )
    .option(
      '--publish',
      'archive it for every organisation and publish brief.published, as the daily schedule does (once per date)',
    )
    .option(...dataOption)
    .action(
      async (flags: {
        api?: string;
        token?: string;
        date?: string;
        format: 'md' | 'html' | 'pdf';
        out?: string;
        lang: 'fr' | 'en';
        user?: string;
        publish?: boolean;
        data?: string;
      }) => {
        // Refusals that need no store come first: they answer at once.
        if (flags.format === 'pdf' && !flags.out) throw usage('--format pdf writes a file: add --out brief.pdf', 'out');
        if (flags.date && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date))
          throw usage(`date: expected a date YYYY-MM-DD, got "${flags.date}"`, 'date');
        if (flags.api) {
          if (flags.publish || flags.user)
            throw usage(
              "--api builds the brief as the token's user reads it: --publish and --user need the store (or POST /api/briefs/generate)",
              'api',
            );
          await briefFromApi({ ...flags, api: flags.api });
          return;
        }
        try {
          await withContext(flags, async (context) => {
            if (flags.publish) {
              if (!flags.date) throw usage('--publish needs --date', 'date');
              const rows = await generateDailyBriefs(context.briefs, await cliCaller(context), flags.date);
              console.log(
                rows.length
                  ? rows.map((row) => `${row.id}  ${row.brief_date}  ${row.title}`).join('\n')
                  : `the briefs of ${flags.date} were already archived`,
              );
              return;
            }
            if ((await context.incidents.incidents.count(readScope(SYSTEM_PRINCIPAL), {}, 1)) === 0)
              throw emptyStore('the store');
            const brief = await briefFor(context.briefs, await readerOf(context, flags.user), flags.date, flags.lang);
            if (flags.format === 'pdf') {
              const t = BRIEF_TEXT[flags.lang];
              emit(
                flags,
                await renderPdf(brief.markdown, {
                  title: t.title(brief.model.date),
                  perDay: incidentsPerDay(brief.model),
                  perDayTitle: t.perDay,
                  language: flags.lang,
                }),
              );
              return;
            }
            emit(flags, flags.format === 'html' ? brief.html : brief.markdown);
          });
        } catch (error) {
          // a running server holds the data folder: say how to ask it instead
          if (error instanceof VigieError && error.code === 'store_in_use')
            throw new VigieError(
              'store_in_use',
              `${error.message}: vigie brief --api http://HOST:PORT --token TOKEN`,
              409,
            );
          throw error;
        }
      },
    );
}
