/**
 * Where the wave's next targets stand in the campaign-aware ranking, on a tuning seed (1 or 2 only):
 * each morning's best-ranked target, whether it was already struck by the wave, whether it lies in a
 * directorate the wave struck, and whether a tag campaign was active that morning.
 *   node --import tsx bench/detect/diagnose-wave-risk.ts --seed 1 [--options JSON]
 */
import { fitBaseline, Rng } from '../../src/analysis/waves/index.ts';
import { rankings, tagCampaigns } from './evaluate-wave-risk.ts';
import { generateHistory } from './generator.ts';
import { HistoryIndex } from './history-index.ts';
import { historyOptions, parseOptions } from './options.ts';
import { classOf } from './vocabulary.ts';

const args = process.argv.slice(2);
const value = (name: string) => (args.indexOf(`--${name}`) >= 0 ? args[args.indexOf(`--${name}`) + 1] : undefined);
const seed = Number(value('seed') ?? 1);
if (seed > 2) throw new Error('diagnose on the tuning seeds (1 and 2) only');
const options = JSON.parse(value('options') ?? '{}');
const history = generateHistory(historyOptions(parseOptions(['--quick', '--seed', String(seed)]), true));
const index = new HistoryIndex(history.incidents, history.sites);
const byId = new Map(index.incidents.map((incident) => [incident.id, incident]));
const DAY = 86_400_000;
const rng = new Rng(1504);
const tally = new Map<string, { mornings: number; hit: number; ranks: number[] }>();
for (const wave of history.truth.waves) {
  if (wave.siteTimes.length < 3) continue;
  const members = wave.members.flatMap((id) => byId.get(id) ?? []);
  const fromYear = wave.start - 365 * DAY;
  const isAttack = (i: (typeof members)[number]) => classOf(i) === 'attack';
  const baseline = fitBaseline(index.between(fromYear, wave.start).filter(isAttack), history.sites, {
    classOf,
    from: fromYear,
    to: wave.start,
    classes: ['attack'],
  });
  for (let now = Math.floor(wave.siteTimes[1] / DAY) * DAY + 8 * 3_600_000; now <= wave.end; now += DAY) {
    if (now <= wave.siteTimes[1]) continue;
    const next = members.filter((m) => m.start > now && m.start <= now + 3 * DAY && m.siteId);
    if (next.length === 0) continue;
    const past = members.filter((m) => m.start <= now);
    const struck = new Set(past.map((m) => m.siteId));
    const dirs = new Set(past.map((m) => m.directorate));
    const ranked = rankings(index, history.sites, baseline, now, rng, options).campaignAware;
    const recent = index.between(now - 14 * DAY, now).filter(isAttack);
    const campaign = tagCampaigns(recent).some((c) => c.members.some((m) => wave.members.includes(m.id)));
    for (const target of next) {
      const kind = struck.has(target.siteId) ? 'struck' : dirs.has(target.directorate) ? 'struck dir' : 'elsewhere';
      const key = `${wave.shape} ${campaign ? 'campaign' : 'no campaign'} ${kind}`;
      const row = tally.get(key) ?? { mornings: 0, hit: 0, ranks: [] };
      const rank = ranked.indexOf(target.siteId!) + 1;
      row.mornings++;
      row.hit += rank <= 10 ? 1 : 0;
      row.ranks.push(rank);
      tally.set(key, row);
    }
  }
}
for (const [key, row] of [...tally].sort()) {
  const ranks = row.ranks.sort((a, b) => a - b);
  console.log(`${key}: targets ${row.mornings}, in top 10 ${row.hit}, median rank ${ranks[ranks.length >> 1]}`);
}
