import { Command } from 'commander';
import { decideCampaign, getCampaign, type CampaignDeps } from '../../core/detection/campaign.service.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import type { VigieContext } from '../../context.ts';
import { cliCaller } from '../caller.ts';
import { dataOption, withContext } from '../invocation.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const checkId = (value: string, path: string) => {
  if (!UUID.test(value)) throw invalidInput([{ path, message: `"${value}" is not an id` }]);
};
const deps = (context: VigieContext): CampaignDeps => ({
  campaigns: context.campaigns,
  links: context.links,
  incidents: context.incidents.incidents,
  audit: context.audit,
  detection: context.detection,
});

/** `vigie campaigns probable|confirm-probable|dismiss-probable`: the untagged acts proposed as a campaign's probable members. */
export function campaignsCommand(): Command {
  const campaigns = new Command('campaigns').description(
    'campaigns: their probable members, confirmed or dismissed by an analyst',
  );
  campaigns
    .command('probable')
    .description('the probable members of a campaign, most probable first')
    .argument('<campaign>', 'campaign id')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (id: string, flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        checkId(id, 'campaign');
        const campaign = await getCampaign(deps(context), await cliCaller(context), id);
        if (flags.json) {
          console.log(JSON.stringify(campaign.probable, null, 2));
          return;
        }
        const search = campaign.probableSearch;
        if (campaign.probable.length === 0)
          console.log(
            search?.state === 'too_few_places'
              ? `no probable members: the campaign holds ${search.places} place${search.places === 1 ? '' : 's'}; they are looked for from ${search.needed}`
              : 'no probable members',
          );
        for (const p of campaign.probable)
          console.log(`${p.incident_id}  ${p.excess_probability.toFixed(2)}  ${p.explanation}`);
      }),
    );
  for (const [name, kind, description] of [
    ['confirm-probable', 'confirm_probable', 'confirm a probable member: it joins the campaign'],
    ['dismiss-probable', 'dismiss_probable', 'dismiss a probable member: it is never proposed again (say why)'],
  ] as const) {
    campaigns
      .command(name)
      .description(description)
      .argument('<campaign>', 'campaign id')
      .argument('<incident>', 'incident id of the probable member')
      .option('--reason <text>', 'why (required to dismiss)')
      .option(...dataOption)
      .action(async (id: string, incident: string, flags: { reason?: string; data?: string }) =>
        withContext(flags, async (context) => {
          checkId(id, 'campaign');
          checkId(incident, 'incident');
          await context.detection.start();
          await decideCampaign(deps(context), await cliCaller(context), id, {
            kind,
            incident,
            ...(flags.reason ? { reason: flags.reason } : {}),
          });
          console.log(`${incident}: ${kind === 'confirm_probable' ? 'confirmed, now a member' : 'dismissed'}`);
        }),
      );
  }
  return campaigns;
}
