/**
 * Why probable members are missed or wrong, on the tuning seeds only (1 and 2): every untagged wave
 * member the clustering left out, and every false proposal, with its class, its distance to the
 * campaign's nearest place, whether its directorate is the campaign's, its night against the
 * campaign's window, the expected acts of its class that night and the probability the rule gave.
 *   node --import tsx bench/detect/diagnose-probable.ts --seeds 1,2 [--options JSON] [--cache DIR] [--list]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  campaignClasses,
  campaignProbableMembers,
  classesOf,
  probablePeriods,
  type ProbableRule,
} from '../../src/analysis/waves/index.ts';
import { runLinking, type FoundCampaign } from './evaluate-linking.ts';
import { proposeProbableMembers } from './evaluate-probable.ts';
import { generateHistory } from './generator.ts';
import { HistoryIndex } from './history-index.ts';
import { historyOptions, parseOptions } from './options.ts';
import { kmBetween } from './sites.ts';
import { classOf } from './vocabulary.ts';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seeds = (value('seeds') ?? '1,2').split(',').map(Number);
if (seeds.some((seed) => seed > 2)) throw new Error('diagnose on the tuning seeds (1 and 2) only');
const cache = value('cache') ?? 'bench/results/local/tune-probable';
const rule = JSON.parse(value('options') ?? '{}') as ProbableRule;
const list = args.includes('--list');
mkdirSync(cache, { recursive: true });
const DAY = 86_400_000;

for (const seed of seeds) {
  const options = parseOptions(['--quick', '--seed', String(seed)]);
  const history = generateHistory(historyOptions(options, true));
  const file = join(cache, `seed${seed}-planted-${history.incidents.length}.json`);
  const campaigns: FoundCampaign[] = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : runLinking(history.incidents, {}).campaigns;
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(campaigns));
  const index = new HistoryIndex(history.incidents, history.sites);
  const byId = new Map(history.incidents.map((incident) => [incident.id, incident]));
  const waveOf = new Map(history.truth.waves.flatMap((wave) => wave.members.map((id) => [id, wave] as const)));
  const proposals = proposeProbableMembers(index, history.sites, campaigns, rule);
  const proposed = new Map(proposals.map((p) => [p.incident, p]));
  const tally = new Map<string, number>();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  const inCore = new Set(campaigns.flatMap((c) => c.members));
  // the campaign holding a wave (most of its members, two or more), of 3 members or more
  const ownCampaign = (wave: string) =>
    campaigns.find(
      (campaign) =>
        campaign.members.length >= 3 && campaign.members.filter((id) => waveOf.get(id)?.id === wave).length >= 2,
    );
  campaigns.forEach((campaign, c) => {
    if (campaign.members.length < 3) return;
    const members = campaign.members.map((id) => byId.get(id)!);
    const counts = new Map<string, number>();
    for (const m of members)
      if (waveOf.has(m.id)) counts.set(waveOf.get(m.id)!.id, (counts.get(waveOf.get(m.id)!.id) ?? 0) + 1);
    const best = [...counts].sort((x, y) => y[1] - x[1])[0];
    const wave = best && best[1] >= 2 ? history.truth.waves.find((w) => w.id === best[0])! : null;
    const periods = probablePeriods(members);
    if (periods.history.from < index.starts[0]) return;
    const attacks = (period: { from: number; to: number }) =>
      index.between(period.from, period.to).filter((incident) => classOf(incident) === 'attack');
    const all = campaignProbableMembers({
      members,
      campaignSites: campaign.sites,
      windowAttacks: attacks(periods.window),
      historyAttacks: attacks(periods.history),
      baseline: index.baselineFor(Math.max(...members.map((m) => m.start))),
      sites: history.sites,
      rule: { ...rule, minProbability: 0 },
    }).found;
    const scored = new Map(all.map((p) => [p.incidentId, p]));
    const classes = campaignClasses(members, rule.classSupport ?? 2);
    const directorates = new Set(members.map((m) => m.directorate));
    const describe = (id: string) => {
      const act = byId.get(id)!;
      const km = Math.min(...members.map((m) => kmBetween(m, act)));
      const first = Math.min(...members.map((m) => m.start));
      const last = Math.max(...members.map((m) => m.start));
      const days = act.start < first ? (act.start - first) / DAY : act.start > last ? (act.start - last) / DAY : 0;
      const p = scored.get(id);
      const why = !classesOf(act).some((k) => classes.has(k))
        ? 'class not the campaign’s'
        : days < -3 || days > 3
          ? 'outside the window'
          : !p
            ? 'outside the reach'
            : p.excessProbability < (rule.minProbability ?? 0.8)
              ? 'below the threshold'
              : 'proposed';
      return {
        why,
        text: `${id} ${classesOf(act).join('+')} ${Math.round(km)} km ${directorates.has(act.directorate) ? 'same dir' : 'other dir'} ${days.toFixed(1)} d E=${p?.expected ?? '-'} p=${p?.excessProbability ?? '-'} camp ${members.length}m/${campaign.sites.length}s classes ${[...classes.keys()].join(',')}`,
      };
    };
    if (wave) {
      for (const id of wave.members) {
        const act = byId.get(id)!;
        if (act.signatures.length > 0 || inCore.has(id)) continue;
        const d = describe(id);
        const right = proposed.get(id)?.campaign === c;
        const key = right ? 'found' : d.why === 'proposed' ? 'given to another campaign' : d.why;
        count(`missed/${wave.shape}: ${key}`);
        if (list && !right) console.log(`  miss ${wave.shape} ${key}: ${d.text}`);
      }
    }
    for (const p of proposals.filter((p) => p.campaign === c)) {
      if (wave && waveOf.get(p.incident)?.id === wave.id) continue;
      const d = describe(p.incident);
      const origin = waveOf.has(p.incident) ? 'another wave' : p.incident.split('-')[0].replace(/\d+$/, '');
      count(`false: ${origin}${wave ? '' : ' (campaign of no wave)'}`);
      if (waveOf.has(p.incident)) {
        // what the other wave is at the moment of the claim: held by a campaign of its own, and
        // nearer which campaign's places; and whether the act stands in a series of its class
        // that this campaign leaves unclaimed (an explanation of its own)
        const act = byId.get(p.incident)!;
        const own = ownCampaign(waveOf.get(p.incident)!.id);
        const km = (list: readonly string[]) => Math.min(...list.map((id) => kmBetween(byId.get(id)!, act)));
        count(
          `false another wave: ${own === undefined ? 'its wave held by no campaign of 3+' : km(own.members) <= km(campaign.members) ? 'nearer its own campaign' : 'nearer the claimant'}`,
        );
        const classes = new Set(classesOf(act));
        const series = index
          .between(act.start - 2 * DAY, act.start + 2 * DAY)
          .filter(
            (other) =>
              other.siteId !== act.siteId &&
              !inCore.has(other.id) &&
              proposed.get(other.id)?.campaign !== c &&
              classOf(other) === 'attack' &&
              classesOf(other).some((key) => classes.has(key)) &&
              kmBetween(other, act) <= 50,
          ).length;
        count(
          `false another wave: ${Math.min(series, 2)}${series >= 2 ? '+' : ''} unclaimed acts of its class within 50 km, 2 days`,
        );
      }
      if (list) console.log(`  false ${origin}: ${d.text}`);
    }
  });
  // untagged members of waves no campaign holds (nothing to be a probable member of)
  const held = new Set<string>();
  campaigns.forEach((campaign) => {
    if (campaign.members.length < 3) return;
    const waves = new Map<string, number>();
    for (const id of campaign.members)
      if (waveOf.has(id)) waves.set(waveOf.get(id)!.id, (waves.get(waveOf.get(id)!.id) ?? 0) + 1);
    for (const [w, n] of waves) if (n >= 2) held.add(w);
  });
  for (const wave of history.truth.waves) {
    if (held.has(wave.id)) continue;
    for (const id of wave.members)
      if (byId.get(id)!.signatures.length === 0 && !inCore.has(id))
        count(`missed/${wave.shape}: wave held by no campaign of 3+`);
  }
  console.log(`seed ${seed} ${JSON.stringify(rule)}`);
  for (const [key, n] of [...tally].sort()) console.log(`  ${key}: ${n}`);
}
