import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { parseReplayFile, replay, replaySummary, type ReplayEvent } from '../../core/detection/replay.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import { cliCaller } from '../caller.ts';
import { dataOption, withContext } from '../invocation.ts';

const WHAT: Record<ReplayEvent['kind'], string> = {
  campaign_formed: 'campaign formed',
  campaign_grew: 'campaign grew',
  alarm_raised: 'ALARM raised',
  alarm_updated: 'alarm updated',
};

/** "3 facilities and 1 other place, 5 incidents" */
export function placesText(event: Pick<ReplayEvent, 'facilities' | 'other_places' | 'incidents'>): string {
  const facilities = `${event.facilities} ${event.facilities === 1 ? 'facility' : 'facilities'}`;
  const others =
    event.other_places > 0 ? ` and ${event.other_places} other ${event.other_places === 1 ? 'place' : 'places'}` : '';
  return `${facilities}${others}, ${event.incidents} ${event.incidents === 1 ? 'incident' : 'incidents'}`;
}

/** One line of a replay event. */
export function eventLine(event: ReplayEvent): string {
  const significance = event.p_text ? `  ${event.p_text}, ${event.sentence}` : '';
  return `${event.at.slice(0, 16).replace('T', ' ')} UTC  ${WHAT[event.kind].padEnd(15)} ${placesText(event)}${significance}  [${event.step.join(', ')}]`;
}

/** `vigie replay FILE`: a past wave fed night by night into a store with the live detection running. */
export function replayCommand(): Command {
  return new Command('replay')
    .description(
      'feed a file of incidents in time order into the store with detection running; print when campaigns form, grow and alarm',
    )
    .argument('<file>', 'replay file (JSON: { title, provenance, incidents: [...] })')
    .option('--speed <n>', 'replay the clock N times faster than real time (default: as fast as the detection goes)')
    .option('--step <unit>', 'incident (default) or night: report after each incident, or after each night')
    .option('--json', 'print the events as JSON')
    .option(...dataOption)
    .action(async (path: string, flags: { speed?: string; step?: string; json?: boolean; data?: string }) => {
      const step = flags.step ?? 'incident';
      if (step !== 'incident' && step !== 'night')
        throw invalidInput([{ path: 'step', message: `--step takes incident or night, not "${step}"` }]);
      const speed = flags.speed === undefined ? undefined : Number(flags.speed);
      if (speed !== undefined && !(speed > 0))
        throw invalidInput([{ path: 'speed', message: '--speed takes a positive number' }]);
      if (speed !== undefined && flags.step)
        throw invalidInput([{ path: 'speed', message: 'give --speed or --step, not both' }]);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        throw invalidInput([{ path: 'file', message: `cannot read ${path}` }]);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw invalidInput([{ path: 'file', message: `not JSON: ${(error as Error).message}` }]);
      }
      const file = parseReplayFile(json);
      await withContext(flags, async (context) => {
        if (!flags.json) console.log(`Replaying ${file.incidents.length} incidents: ${file.title}`);
        const events = await replay(
          { incidents: context.incidents, campaigns: context.campaigns, detection: context.detection },
          await cliCaller(context),
          file,
          {
            step: step as 'incident' | 'night',
            speed,
            onEvent: flags.json ? undefined : (event) => console.log(eventLine(event)),
          },
        );
        const summary = await replaySummary({
          incidents: context.incidents,
          campaigns: context.campaigns,
          detection: context.detection,
        });
        if (flags.json) {
          console.log(JSON.stringify({ title: file.title, events, ...summary }, null, 2));
          return;
        }
        for (const campaign of summary.campaigns) {
          console.log(
            `Campaign ${campaign.id}: ${placesText({ facilities: campaign.facilities, other_places: campaign.other_places, incidents: campaign.members.length })}` +
              `${campaign.alarm ? `, alarm ${campaign.alarm.state} (${campaign.alarm.p_text ?? campaign.alarm.p_value})` : ''}; ${campaign.probable_members.length} probable members`,
          );
          for (const probable of campaign.probable_members)
            console.log(
              `  probable  ${probable.external_id}  ${probable.excess_probability.toFixed(2)}  ${probable.explanation}`,
            );
        }
      });
    });
}
