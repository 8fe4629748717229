/**
 * Why waves are missed by the linking: streams a planted history through LinkEngine and the daily
 * clustering exactly as the bench does, then prints every wave that reaches 4 sites within 72 h
 * but has no candidate holding two of its members by then: its members (site, hours from the
 * first, signature, grade, MO), the links found between them (score, evidence) and the pairs with
 * no link, and the campaigns its members were in at 72 h.
 *   node --import tsx bench/detect/diagnose-waves.ts [--quick] [--seed N] [--incidents N] [--campaign-options JSON]
 */
import type { AnalysisIncident, Link } from '../../src/analysis/types.ts';
import { LinkEngine } from '../../src/analysis/linking/link-engine.ts';
import { formatGrade, gradeWeight } from '../../src/analysis/source-grade.ts';
import { DailyCampaigns } from './daily-campaigns.ts';
import { generateHistory } from './generator.ts';
import { historyOptions, parseOptions } from './options.ts';
import { kmBetween } from './sites.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const options = parseOptions(process.argv.slice(2));
const history = generateHistory(historyOptions(options, true));
const waveOf = new Map<string, string>();
for (const wave of history.truth.waves) for (const id of wave.members) waveOf.set(id, wave.id);
const signed = new Set(
  history.incidents.filter((incident) => incident.signatures.length > 0).map((incident) => incident.id),
);

const engine = new LinkEngine();
const daily = new DailyCampaigns(options.campaignOptions);
/** links between two members of the same wave, summarised before anything slims them */
const inWave = new Map<string, Array<{ a: string; b: string; score: number; evidence: string }>>();
let day = Math.floor(history.incidents[0].start / DAY_MS);
for (const incident of history.incidents) {
  for (const today = Math.floor(incident.start / DAY_MS); day < today; day++) daily.closeDay((day + 1) * DAY_MS);
  const links = engine.add(incident);
  const useful: Link[] = [];
  for (const link of links) {
    const wave = waveOf.get(link.a);
    if (wave && wave === waveOf.get(link.b)) {
      const list = inWave.get(wave) ?? inWave.set(wave, []).get(wave)!;
      list.push({
        a: link.a,
        b: link.b,
        score: link.score,
        evidence: link.evidence
          .map(
            (e) =>
              `${e.kind}:${e.score}${e.kind.includes('signature') ? `(r${e.details.rarity},c${e.details.chanceCarriers})` : ''}`,
          )
          .join(' '),
      });
    }
    if (signed.has(link.a) || signed.has(link.b)) useful.push(link);
  }
  daily.add(incident, useful, (id) => engine.get(id));
}
daily.closeDay((day + 1) * DAY_MS);

const byId = new Map<string, AnalysisIncident>();
const wanted = new Set(waveOf.keys());
for (const incident of history.incidents) if (wanted.has(incident.id)) byId.set(incident.id, incident);
const siteOf = new Map(history.sites.map((site) => [site.id, site]));

let reach = 0;
let missed = 0;
for (const wave of history.truth.waves) {
  const limit = wave.start + 72 * HOUR_MS;
  if (wave.siteTimes.filter((time) => time <= limit).length < 4) continue;
  reach++;
  const members = new Set(wave.members);
  const credited = daily.events.filter(
    (event) => event.now <= limit && event.members.filter((id) => members.has(id)).length >= 2,
  );
  if (credited.length > 0) continue;
  missed++;
  console.log(
    `\n## ${wave.id} tag ${wave.tag}, ${wave.sites.length} sites over ${wave.days} days, variants ${JSON.stringify(wave.variants)}`,
  );
  for (const id of wave.members) {
    const m = byId.get(id)!;
    const distances = wave.members
      .filter((other) => other !== id)
      .map((other) => kmBetween(siteOf.get(m.siteId!)!, siteOf.get(byId.get(other)!.siteId!)!).toFixed(0));
    console.log(
      `  ${id} ${m.siteId} +${((m.start - wave.start) / HOUR_MS).toFixed(1)}h sig=${m.signatures.map((s) => s.normalized).join(',') || '-'} grade=${formatGrade(m.grade)}(${gradeWeight(m.grade).toFixed(2)}) mo=${m.eventTypes.join('/')}|${m.targetKinds.join('/')}|${m.weapons.join('/')} km=[${distances.join(' ')}]`,
    );
  }
  const links = inWave.get(wave.id) ?? [];
  for (const link of links) console.log(`  link ${link.a} ${link.b} ${link.score} ${link.evidence}`);
  const linked = new Set(links.map((link) => `${link.a}|${link.b}`));
  const absent: string[] = [];
  for (let i = 0; i < wave.members.length; i++) {
    for (let j = i + 1; j < wave.members.length; j++)
      if (!linked.has(`${wave.members[i]}|${wave.members[j]}`))
        absent.push(`${wave.members[i].slice(-2)}-${wave.members[j].slice(-2)}`);
  }
  console.log(`  no link: ${absent.join(' ')}`);
  const later = daily.events.filter((event) => event.members.filter((id) => members.has(id)).length >= 2);
  console.log(
    `  first candidate holding 2 members: ${later.length ? `+${((later[0].now - wave.start) / HOUR_MS).toFixed(1)}h ${later[0].members.length} members` : 'never'}`,
  );
}
console.log(
  `\n${missed} of ${reach} waves reaching 4 sites within 72 h have no candidate holding 2 of their members by then`,
);
