/**
 * The campaign-aware site risk alone, for choosing its settings without the whole bench: the quick
 * history of a seed, every wave morning scored with each of the settings given.
 *   node --import tsx bench/detect/tune-wave-risk.ts --seed 1 --options '{};{"restrike":0.4}'
 * Tune on seeds 1 and 2 only; seeds 3 to 6 and the real-wave replay are only ever scored.
 */
import { evaluateWaveRisk } from './evaluate-wave-risk.ts';
import { generateHistory } from './generator.ts';
import { HistoryIndex } from './history-index.ts';
import { historyOptions, parseOptions } from './options.ts';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(value('seed') ?? 1);
const history = generateHistory(historyOptions(parseOptions(['--quick', '--seed', String(seed)]), true));
const index = new HistoryIndex(history.incidents, history.sites);
for (const text of (value('options') ?? '{}').split(';')) {
  const result = evaluateWaveRisk(index, history.sites, history.truth.waves, 10, JSON.parse(text));
  const s = result.scores;
  const best = Math.max(s.pastCount.hitRate, s.lastWeek.hitRate);
  console.log(
    `seed ${seed} ${text}: campaign-aware ${s.campaignAware.hits}/${result.mornings} = ${s.campaignAware.hitRate.toFixed(2)}, ` +
      `Hawkes ${s.hawkes.hitRate.toFixed(2)}, past count ${s.pastCount.hitRate.toFixed(2)}, last week ${s.lastWeek.hitRate.toFixed(2)}: ` +
      `${(s.campaignAware.hitRate / best).toFixed(2)}x the best naive`,
  );
  for (const [shape, r] of Object.entries(result.byShape ?? {})) {
    const t = r.scores;
    console.log(
      `  ${shape}: ${r.mornings} mornings, campaign-aware ${t.campaignAware.hits}, Hawkes ${t.hawkes.hits}, ` +
        `past count ${t.pastCount.hits}, last week ${t.lastWeek.hits}: ` +
        `${(t.campaignAware.hits / Math.max(1, t.pastCount.hits, t.lastWeek.hits)).toFixed(2)}x`,
    );
  }
}
