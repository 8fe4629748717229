/**
 * Probable members alone, for choosing their rule's settings without the whole bench: the quick
 * history of each seed and its plant-free twin, linked and clustered once (the campaigns are kept in
 * a cache folder, keyed by seed and sizes), then proposed and scored as bench:detect does.
 *   node --import tsx bench/detect/tune-probable.ts --seeds 1,2 [--cache DIR] [--options JSON]
 * The settings are the product's (`campaignProbableMembers` options); --options tries others.
 * Tune on seeds 1 and 2 only; the bench's report on seeds 3 to 6 is the held-out figure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLinking, type FoundCampaign } from './evaluate-linking.ts';
import { nullProbable, proposeProbableMembers, scoreProbable } from './evaluate-probable.ts';
import { generateHistory } from './generator.ts';
import { HistoryIndex } from './history-index.ts';
import { historyOptions, parseOptions } from './options.ts';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seeds = (value('seeds') ?? '1,2').split(',').map(Number);
const cache = value('cache') ?? 'bench/results/local/tune-probable';
const rules = (value('options') ?? '{}').split(';').map((text) => JSON.parse(text));
mkdirSync(cache, { recursive: true });

function campaignsOf(seed: number, plants: boolean) {
  const options = parseOptions(['--quick', '--seed', String(seed)]);
  const history = generateHistory(historyOptions(options, plants));
  const file = join(cache, `seed${seed}-${plants ? 'planted' : 'null'}-${history.incidents.length}.json`);
  let campaigns: FoundCampaign[];
  if (existsSync(file)) campaigns = JSON.parse(readFileSync(file, 'utf8'));
  else {
    campaigns = runLinking(history.incidents, {}).campaigns;
    writeFileSync(file, JSON.stringify(campaigns));
  }
  return { history, campaigns, index: new HistoryIndex(history.incidents, history.sites) };
}

for (const seed of seeds) {
  const planted = campaignsOf(seed, true);
  const twin = campaignsOf(seed, false);
  const years = (twin.history.to - twin.history.plantsFrom) / (365.25 * 86_400_000);
  for (const rule of rules) {
    const proposals = proposeProbableMembers(planted.index, planted.history.sites, planted.campaigns, rule);
    const score = scoreProbable(planted.history, planted.campaigns, proposals);
    const nulls = nullProbable(proposeProbableMembers(twin.index, twin.history.sites, twin.campaigns, rule), years);
    const fixed = (x: number) => x.toFixed(2);
    console.log(
      `seed ${seed} ${JSON.stringify(rule)}: recall ${fixed(score.recall)} precision ${fixed(score.precision)} ` +
        `(${score.correct}/${score.proposals}; in wave campaigns ${fixed(score.precisionInWaveCampaigns)}) ` +
        `null ${fixed(nulls.perYear)}/y; by shape ${score.byShape.map((r) => `${r.shape} ${r.proposed}/${r.left}`).join(', ')}; wrong ${JSON.stringify(score.wrong)}`,
    );
  }
}
