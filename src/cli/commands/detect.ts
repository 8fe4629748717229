import { Command } from 'commander';
import { VigieError } from '../../core/shared/errors.ts';
import { withContext, dataOption } from '../invocation.ts';
import { alarmLine } from './waves.ts';
import { describeRecurrence } from '../../analysis/waves/index.ts';

const parseDate = (text: string, flag: string) => {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime()))
    throw new VigieError('invalid_input', `${flag}: "${text}" is not a date (YYYY-MM-DD)`, 400);
  return date;
};

export function detectCommand(): Command {
  return new Command('detect')
    .description('link incidents, cluster campaigns and test waves; prints campaigns and alarms')
    .option('--since <date>', 'campaigns and alarms from this date (default: 30 days before the latest incident)')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { since?: string; json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        await context.detection.start();
        const last = (await context.incidents.incidents.latestOccurrence())?.getTime() ?? Date.now();
        const since = flags.since ? parseDate(flags.since, '--since') : new Date(last - 30 * 86_400_000);
        await context.detection.detect(since.getTime(), last);
        const campaigns = await context.campaigns.list({ from: since }, 100, 0);
        const members = await context.campaigns.members(campaigns.map((c) => c.id));
        const alarms = await context.campaigns.alarms({ from: since }, 100);
        // one p and one recurrence per campaign and alarm, the same in text and JSON: the wave test's
        const waveOf = (c: (typeof campaigns)[number]) =>
          (
            c.significance as {
              wave?: { p_value: number; p_text?: string; sentence: string; recurrence_years: number };
            } | null
          )?.wave ?? null;
        const alarmOf = (a: (typeof alarms)[number]) => {
          const details = a.details as { p_text?: string; sentence?: string };
          const described = describeRecurrence(a.p_value, a.recurrence_years ?? 0);
          return { p_text: details.p_text ?? described.p, sentence: details.sentence ?? described.sentence };
        };
        if (flags.json) {
          console.log(
            JSON.stringify(
              {
                since: since.toISOString(),
                campaigns: campaigns.map((c) => {
                  const wave = waveOf(c);
                  return {
                    ...c,
                    members: members.get(c.id),
                    p_value: wave?.p_value ?? null,
                    p_text: wave ? (wave.p_text ?? describeRecurrence(wave.p_value, wave.recurrence_years).p) : null,
                    recurrence: wave?.sentence ?? null,
                  };
                }),
                alarms: alarms.map((a) => ({ ...a, ...alarmOf(a), recurrence: alarmOf(a).sentence })),
              },
              null,
              2,
            ),
          );
          return;
        }
        console.log(`Campaigns since ${since.toISOString().slice(0, 10)}: ${campaigns.length}`);
        for (const c of campaigns) {
          const wave = waveOf(c);
          console.log(
            `  ${c.id}  ${c.state.padEnd(9)} ${c.start_at.toISOString().slice(0, 10)}..${c.end_at.toISOString().slice(0, 10)}  confidence ${c.confidence.toFixed(2)}  ${c.explanation}`,
          );
          if (wave)
            console.log(
              `      ${wave.p_text ?? describeRecurrence(wave.p_value, wave.recurrence_years).p}; ${wave.sentence}`,
            );
        }
        console.log(`Alarms: ${alarms.length}`);
        for (const a of alarms) console.log(`  ${alarmLine(a)}\n      ${a.explanation}`);
      }),
    );
}

export function linksCommand(): Command {
  return new Command('links')
    .description('the links of an incident, strongest first, with their reasons')
    .argument('<id>', 'incident id')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (id: string, flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        if (!/^[0-9a-f-]{36}$/i.test(id)) throw new VigieError('invalid_input', `"${id}" is not an incident id`, 400);
        if (!(await context.incidents.incidents.findById(id)))
          throw new VigieError('not_found', `incident ${id} does not exist`, 404);
        await context.detection.start();
        const links = await context.links.of(id);
        if (flags.json) {
          console.log(JSON.stringify(links, null, 2));
          return;
        }
        if (links.length === 0)
          console.log('no links: nothing shares a signature, a modus operandi or a place and time with it');
        for (const link of links)
          console.log(`${link.a === id ? link.b : link.a}  score ${link.score.toFixed(2)}  ${link.explanation}`);
      }),
    );
}
