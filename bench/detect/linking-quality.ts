/**
 * How well the campaigns found match the planted waves: pairwise and B-cubed scores (every
 * incident outside a wave is a singleton of the truth), how each way of writing the tag fares, and
 * what else ends up in campaigns.
 */
import type { FoundCampaign } from './evaluate-linking.ts';
import type { History } from './generator.ts';
import { clusterScores, share } from './metrics.ts';
import { classOf } from './vocabulary.ts';

type Variant = 'exact' | 'punctuated' | 'one_edit' | 'absent';

/** Scores, per-variant capture and intruders of the campaigns against the planted waves. */
export function linkingQuality(history: History, campaigns: readonly FoundCampaign[]) {
  const waves = history.truth.waves;
  const scores = clusterScores(
    campaigns.map((campaign) => campaign.members),
    waves.map((wave) => wave.members),
  );
  const waveOf = new Map(waves.flatMap((wave) => wave.members.map((id) => [id, wave] as const)));
  const groupKind = new Map(
    [...history.truth.regional, ...history.truth.negatives].flatMap((group) =>
      group.members.map((id) => [id, group.kind] as const),
    ),
  );
  const campaignOf = new Map(campaigns.flatMap((campaign, c) => campaign.members.map((id) => [id, c] as const)));
  const wanted = new Set([...waveOf.keys(), ...campaignOf.keys()]);
  const byId = new Map(
    history.incidents.filter((incident) => wanted.has(incident.id)).map((incident) => [incident.id, incident]),
  );

  // the campaign holding most of each wave
  const main = new Map<string, number>();
  for (const wave of waves) {
    const counts = new Map<number, number>();
    for (const id of wave.members) {
      const c = campaignOf.get(id);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const best = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    if (best) main.set(wave.id, best[0]);
  }
  const variants: Record<Variant, { members: number; captured: number; share: number }> = {
    exact: { members: 0, captured: 0, share: 0 },
    punctuated: { members: 0, captured: 0, share: 0 },
    one_edit: { members: 0, captured: 0, share: 0 },
    absent: { members: 0, captured: 0, share: 0 },
  };
  for (const [id, wave] of waveOf) {
    const signature = byId.get(id)!.signatures[0];
    const variant: Variant = !signature
      ? 'absent'
      : signature.text.includes('.')
        ? 'punctuated'
        : signature.normalized === wave.tag.toLowerCase()
          ? 'exact'
          : 'one_edit';
    variants[variant].members++;
    if (main.has(wave.id) && campaignOf.get(id) === main.get(wave.id)) variants[variant].captured++;
  }
  for (const row of Object.values(variants)) row.share = share(row.captured, row.members);

  const mainCampaigns = new Set(main.values());
  const intruders: Record<string, number> = {};
  let waveCampaignMembers = 0;
  for (const c of mainCampaigns) {
    for (const id of campaigns[c].members) {
      waveCampaignMembers++;
      if (waveOf.has(id) && main.get(waveOf.get(id)!.id) === c) continue;
      const incident = byId.get(id)!;
      const origin = waveOf.has(id)
        ? 'another wave'
        : (groupKind.get(id) ?? `background ${classOf(incident)}${incident.signatures.length ? ' (tagged)' : ''}`);
      intruders[origin] = (intruders[origin] ?? 0) + 1;
    }
  }
  const otherCampaigns = campaigns.filter((_, c) => !mainCampaigns.has(c));
  const wholeWaves = waves.filter((wave) => {
    const c = main.get(wave.id);
    return c !== undefined && wave.members.filter((id) => campaignOf.get(id) === c).length === wave.members.length;
  }).length;
  return {
    ...scores,
    waves: waves.length,
    wavesFound: main.size,
    wavesWhole: wholeWaves,
    variants,
    waveCampaigns: { campaigns: mainCampaigns.size, members: waveCampaignMembers, intruders },
    otherCampaigns: {
      campaigns: otherCampaigns.length,
      members: otherCampaigns.reduce((sum, campaign) => sum + campaign.members.length, 0),
    },
  };
}
