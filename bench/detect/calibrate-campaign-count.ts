/**
 * Is the campaign term's count right? On each wave morning that the risk bench scores (after the
 * wave's second site, a target within 72 h), the campaign its tag forms (with its probable members,
 * as the runtime counts them) expects offspring × momentum × (1 − e^{−βH}) further attacks over
 * 72 h; the wave then makes some (tagged or not). The ratio of what came to what offspring 1 expects,
 * summed over the mornings, is the offspring that makes the count calibrated, by the wave's shape
 * (which the runtime does not know) and by the campaign's age on the morning (days since its first
 * member, which it does). Run on the tuning seeds only:
 *   node --import tsx bench/detect/calibrate-campaign-count.ts --seeds 1,2
 */
import type { AnalysisIncident } from '../../src/analysis/types.ts';
import { fitBaseline } from '../../src/analysis/waves/index.ts';
import { normalizeSignature } from '../../src/core/shared/fold-text.ts';
import { tagCampaigns, withProbable } from './evaluate-wave-risk.ts';
import { generateHistory } from './generator.ts';
import { HistoryIndex } from './history-index.ts';
import { historyOptions, parseOptions } from './options.ts';
import { classOf } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const BETA = 0.2;
/** the age buckets' upper limits, days */
const AGES = [2, 4, 7, 10, 14, 21];
const isAttack = (incident: AnalysisIncident) => classOf(incident) === 'attack';
const args = process.argv.slice(2);
const at = args.indexOf('--seeds');
const seeds = (at >= 0 ? args[at + 1] : '1,2').split(',').map(Number);

for (const seed of seeds) {
  const history = generateHistory(historyOptions(parseOptions(['--quick', '--seed', String(seed)]), true));
  const index = new HistoryIndex(history.incidents, history.sites);
  const byId = new Map(history.incidents.map((incident) => [incident.id, incident]));
  const rows: Record<string, { mornings: number; expected: number; came: number }> = {};
  for (const wave of history.truth.waves) {
    if (wave.siteTimes.length < 3) continue;
    const members = wave.members.flatMap((id) => byId.get(id) ?? []);
    const tag = normalizeSignature(wave.tag);
    const fromYear = wave.start - 365 * DAY_MS;
    const baseline = fitBaseline(index.between(fromYear, wave.start).filter(isAttack), history.sites, {
      classOf,
      from: fromYear,
      to: wave.start,
      classes: ['attack'],
    });
    for (
      let now = Math.floor(wave.siteTimes[1] / DAY_MS) * DAY_MS + 8 * HOUR_MS;
      now <= wave.end + 7 * DAY_MS;
      now += DAY_MS
    ) {
      if (now <= wave.siteTimes[1]) continue;
      const came = members.filter((m) => m.start > now && m.start <= now + 72 * HOUR_MS).length;
      const recent = index.between(now - 30 * DAY_MS, now).filter(isAttack);
      const tagged = tagCampaigns(recent.filter((incident) => incident.start >= now - 14 * DAY_MS));
      const campaigns = withProbable(index, history.sites, baseline, tagged, now);
      const campaign = campaigns.find((c) => c.id === tag);
      if (!campaign || new Set(campaign.members.map((m) => m.siteId)).size < 2) continue;
      const seen = campaign.members.filter((m) => m.start <= now);
      if (now - Math.max(...seen.map((m) => m.start)) > 7 * DAY_MS) continue;
      const momentum = seen.reduce((sum, m) => sum + Math.exp((-BETA * (now - m.start)) / DAY_MS), 0);
      const age = (now - Math.min(...seen.map((m) => m.start))) / DAY_MS;
      const bucket = `age ${AGES.find((limit) => age <= limit) ?? '>21'} d`;
      for (const key of [wave.shape, bucket]) {
        const row = (rows[key] ??= { mornings: 0, expected: 0, came: 0 });
        row.mornings += 1;
        row.expected += momentum * (1 - Math.exp(-BETA * 3));
        row.came += came;
      }
    }
  }
  const all = Object.entries(rows)
    .filter(([key]) => !key.startsWith('age'))
    .map(([, row]) => row)
    .reduce(
      (sum, row) => ({
        mornings: sum.mornings + row.mornings,
        expected: sum.expected + row.expected,
        came: sum.came + row.came,
      }),
      { mornings: 0, expected: 0, came: 0 },
    );
  const order = (key: string) => (key.startsWith('age') ? Number.parseFloat(key.slice(4)) || 99 : -1);
  const sorted = Object.entries(rows).sort(([x], [y]) => order(x) - order(y) || (x < y ? -1 : 1));
  for (const [shape, row] of [...sorted, ['all', all] as const])
    console.log(
      `seed ${seed} ${shape}: ${row.mornings} mornings with the wave's tag campaign active, ` +
        `expected at offspring 1 ${row.expected.toFixed(1)}, came ${row.came}: calibrated offspring ${(row.came / row.expected).toFixed(2)}`,
    );
}
