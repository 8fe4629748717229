import { Command, Option } from 'commander';
import { endAlarm, listAlarms, type CampaignDeps } from '../../core/detection/campaign.service.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import type { VigieContext } from '../../context.ts';
import type { WaveAlarmRow } from '../../store/schema.ts';
import { cliCaller } from '../caller.ts';
import { dataOption, withContext } from '../invocation.ts';

const campaignDeps = (context: VigieContext): CampaignDeps => ({
  campaigns: context.campaigns,
  links: context.links,
  incidents: context.incidents.incidents,
  audit: context.audit,
  detection: context.detection,
});

/** One line of an alarm: its state, p, strongest window and sites. */
export function alarmLine(alarm: WaveAlarmRow): string {
  const window = `${alarm.window_start.toISOString().slice(0, 10)}..${alarm.window_end.toISOString().slice(0, 10)}`;
  const ended = alarm.state === 'ended' ? `  ended: ${alarm.end_reason}` : '';
  const p = (alarm.details as { p_text?: string }).p_text ?? `p = ${alarm.p_value.toPrecision(2)}`;
  return `${alarm.id}  ${alarm.state.padEnd(8)} ${alarm.method.padEnd(16)} ${p}  strongest ${window}  ${alarm.sites.length} sites, ${alarm.incident_ids.length} incidents, ${alarm.updates.length} update(s)${ended}`;
}

/** `vigie waves list|end`: the wave alarms, which stand until a person ends them. */
export function wavesCommand(): Command {
  const waves = new Command('waves').description('wave alarms: list them, end one (only a person ends an alarm)');
  waves
    .command('list')
    .description('wave alarms, latest window first')
    .addOption(new Option('--state <state>', 'only this state').choices(['standing', 'ended']))
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { state?: 'standing' | 'ended'; json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const alarms = await listAlarms(campaignDeps(context), await cliCaller(context), { state: flags.state }, 200);
        if (flags.json) {
          console.log(JSON.stringify(alarms, null, 2));
          return;
        }
        if (alarms.length === 0) console.log('no wave alarms');
        for (const alarm of alarms) console.log(alarmLine(alarm));
      }),
    );
  waves
    .command('end')
    .description('end a standing wave alarm, saying why (audited)')
    .argument('<id>', 'alarm id')
    .requiredOption('--reason <text>', 'why the alarm ends (kept and audited)')
    .option(...dataOption)
    .action(async (id: string, flags: { reason: string; data?: string }) =>
      withContext(flags, async (context) => {
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
          throw invalidInput([{ path: 'id', message: `"${id}" is not an alarm id` }]);
        const alarm = await endAlarm(campaignDeps(context), await cliCaller(context), id, { reason: flags.reason });
        console.log(`${alarm.id}: ended (${alarm.end_reason})`);
      }),
    );
  return waves;
}
