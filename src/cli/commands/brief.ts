import { existsSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { principalOf } from '../../core/identity/auth.service.ts';
import { briefFor, generateDailyBriefs } from '../../core/brief/brief.service.ts';
import { VigieError } from '../../core/shared/errors.ts';
import type { VigieContext } from '../../context.ts';
import type { Caller } from '../../core/incident/incident.service.ts';
import { cliCaller } from '../caller.ts';
import { dataOption } from '../invocation.ts';
import { output, withContext } from '../invocation.ts';
import { apiOption, getThroughApi, tokenOption } from '../through-api.ts';

/** Debian's Chromium unless VIGIE_CHROMIUM names another (read when the command runs). */
const chromiumPath = () => output().env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';

const usage = (message: string, path: string) => new VigieError('invalid_input', message, 400, [{ path, message }]);

/** The reader the brief is built for: a user (what that user may read) or the operator (everything). */
async function readerOf(context: VigieContext, username: string | undefined): Promise<Caller> {
  if (!username) return cliCaller(context, { includeStaff: false });
  const user = await context.identity.findUserByName(username);
  if (!user || user.disabled) throw usage(`unknown or disabled user "${username}"`, 'user');
  return { principal: await principalOf(context.identity, user), address: 'cli' };
}

/** Refuses a PDF when Chromium is missing, with what to do instead. */
function requireChromium(): void {
  if (!existsSync(chromiumPath())) throw usage(`--format pdf needs Chromium at ${chromiumPath()} (apt-get install chromium, or set VIGIE_CHROMIUM); --format html gives the same brief, printable from any browser`, 'format');
}

/** Prints self-contained HTML to PDF with the installed Chromium (playwright-core drives it). */
export async function printPdf(html: string, out: string): Promise<void> {
  requireChromium();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: out, format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  } finally {
    await browser.close();
  }
}

/** Writes the brief as asked: a PDF file, or Markdown or HTML to a file or standard output. */
async function writeBrief(flags: { format: 'md' | 'html' | 'pdf'; out?: string }, brief: { html: string; markdown: string }): Promise<void> {
  if (flags.format === 'pdf') {
    await printPdf(brief.html, flags.out!);
    console.error(`vigie: brief written to ${flags.out}`);
    return;
  }
  const text = flags.format === 'html' ? brief.html : brief.markdown;
  if (flags.out) {
    writeFileSync(flags.out, text);
    console.error(`vigie: brief written to ${flags.out}`);
  } else {
    output().stdout.write(text);
  }
}

/** `vigie brief`: the daily brief of a date, as Markdown, HTML or PDF; `--publish` runs the scheduled generation. */
export function briefCommand(): Command {
  return new Command('brief')
    .description('the daily brief of a date (default today, Paris): incidents, campaigns, alerts, tasks, posture, sites at risk, seizures')
    .option('--date <date>', 'the date YYYY-MM-DD (Paris)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'pdf']).default('md'))
    .option('--out <file>', 'write to this file (required for pdf)')
    .addOption(new Option('--lang <language>', 'language').choices(['fr', 'en']).default('fr'))
    .option('--user <username>', 'build it for this user: only what the user may read (default: the operator, STAFF details left out)')
    .option('--publish', 'archive it for every organisation and publish brief.published, as the daily schedule does (once per date)')
    .option(...dataOption)
    .option(...apiOption)
    .option(...tokenOption)
    .action(async (flags: { api?: string; token?: string; date?: string; format: 'md' | 'html' | 'pdf'; out?: string; lang: 'fr' | 'en'; user?: string; publish?: boolean; data?: string }) => {
      // Refusals that need no store come first: they answer at once.
      if (flags.format === 'pdf' && !flags.out) throw usage('--format pdf writes a file: add --out brief.pdf', 'out');
      if (flags.format === 'pdf') requireChromium();
      if (flags.date && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw usage(`date: expected a date YYYY-MM-DD, got "${flags.date}"`, 'date');
      // Through a running Vigie: the brief of the token's user, built by the server.
      if (flags.api) {
        if (flags.publish || flags.user) throw usage('--api builds the brief of the token\'s user: --publish and --user need the store', 'api');
        const response = await getThroughApi({ ...flags, api: flags.api }, '/api/briefs/live', { date: flags.date, lang: flags.lang, format: flags.format === 'md' ? 'md' : 'html' });
        const text = await response.text(); // Markdown when asked for md, else the HTML (printed to PDF here)
        await writeBrief(flags, { html: text, markdown: text });
        return;
      }
      await withContext(flags, async (context) => {
        if (flags.publish) {
          if (!flags.date) throw usage('--publish needs --date', 'date');
          const rows = await generateDailyBriefs(context.briefs, await cliCaller(context), flags.date);
          console.log(rows.length ? rows.map((row) => `${row.id}  ${row.brief_date}  ${row.title}`).join('\n') : `the briefs of ${flags.date} were already archived`);
          return;
        }
        await writeBrief(flags, await briefFor(context.briefs, await readerOf(context, flags.user), flags.date, flags.lang));
      });
    });
}
