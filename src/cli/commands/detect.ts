import { Command } from 'commander';
import { VigieError } from '../../core/shared/errors.ts';
import { withContext } from '../invocation.ts';
import { dataOption } from '../invocation.ts';

const parseDate = (text: string, flag: string) => {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) throw new VigieError('invalid_input', `${flag}: "${text}" is not a date (YYYY-MM-DD)`, 400);
  return date;
};

export function detectCommand(): Command {
  return new Command('detect')
    .description('link incidents, cluster campaigns and test waves; prints campaigns and alarms')
    .option('--since <date>', 'campaigns and alarms from this date (default: 30 days before the latest incident)')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { since?: string; json?: boolean; data?: string }) => withContext(flags, async (context) => {
      await context.detection.start();
      const last = (await context.incidents.incidents.latestOccurrence())?.getTime() ?? Date.now();
      const since = flags.since ? parseDate(flags.since, '--since') : new Date(last - 30 * 86_400_000);
      await context.detection.detect(since.getTime(), last);
      const campaigns = await context.campaigns.list({ from: since }, 100, 0);
      const members = await context.campaigns.members(campaigns.map((c) => c.id));
      const alarms = await context.campaigns.alarms({ from: since }, 100);
      if (flags.json) {
        console.log(JSON.stringify({ since: since.toISOString(), campaigns: campaigns.map((c) => ({ ...c, members: members.get(c.id) })), alarms }, null, 2));
        return;
      }
      console.log(`Campaigns since ${since.toISOString().slice(0, 10)}: ${campaigns.length}`);
      for (const c of campaigns) {
        const p = (c.significance as { poisson_scan?: { p_value: number; sentence: string } } | null)?.poisson_scan;
        console.log(`  ${c.id}  ${c.state.padEnd(9)} ${c.start_at.toISOString().slice(0, 10)}..${c.end_at.toISOString().slice(0, 10)}  confidence ${c.confidence.toFixed(2)}  ${c.explanation}`);
        if (p) console.log(`      p = ${p.p_value.toPrecision(2)}; ${p.sentence}`);
      }
      console.log(`Alarms: ${alarms.length}`);
      for (const a of alarms) console.log(`  ${a.method.padEnd(16)} p = ${a.p_value.toPrecision(2)}  ${a.window_start.toISOString().slice(0, 10)}..${a.window_end.toISOString().slice(0, 10)}  ${a.explanation}`);
    }));
}

export function linksCommand(): Command {
  return new Command('links')
    .description('the links of an incident, strongest first, with their reasons')
    .argument('<id>', 'incident id')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (id: string, flags: { json?: boolean; data?: string }) => withContext(flags, async (context) => {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new VigieError('invalid_input', `"${id}" is not an incident id`, 400);
      if (!await context.incidents.incidents.findById(id)) throw new VigieError('not_found', `incident ${id} does not exist`, 404);
      await context.detection.start();
      const links = await context.links.of(id);
      if (flags.json) { console.log(JSON.stringify(links, null, 2)); return; }
      if (links.length === 0) console.log('no links: nothing shares a signature, a modus operandi or a place and time with it');
      for (const link of links) console.log(`${(link.a === id ? link.b : link.a)}  score ${link.score.toFixed(2)}  ${link.explanation}`);
    }));
}
