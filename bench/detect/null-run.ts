/**
 * The plant-free history (same background and hard negatives, no waves, no regional clusters),
 * analysed exactly like the planted one. Run as a child process so it can use the second core
 * while the planted history is analysed, and so each process's memory is its own:
 *   node --import tsx bench/detect/null-run.ts '<BenchOptions as JSON>'
 * It sends its result to the parent over IPC (or prints it as JSON when run by hand).
 */
import { closeWorkerPool } from '../../src/analysis/waves/index.ts';
import { runLinking, type LinkingRun } from './evaluate-linking.ts';
import { scanNullRegional } from './evaluate-regional.ts';
import { scoreEvents, type ScoredEvent } from './evaluate-waves.ts';
import { generateHistory } from './generator.ts';
import { HistoryIndex } from './history-index.ts';
import { historyOptions, type BenchOptions } from './options.ts';
import { countGlr, type GlrSeries } from './count-glr.ts';
import { nullProbable, proposeProbableMembers } from './evaluate-probable.ts';

export interface NullResult {
  seed: number;
  incidents: number;
  /** the evaluated period (after the warm-up year) */
  from: number;
  to: number;
  yearsEvaluated: number;
  linking: Omit<LinkingRun, 'campaigns' | 'events' | 'variants'> & { campaigns: number; events: number };
  scored: ScoredEvent[];
  regional: Awaited<ReturnType<typeof scanNullRegional>>;
  /** the count-only GLR's nightly statistic over the evaluated period */
  glr: GlrSeries;
  /** probable members proposed for its campaigns (every one false) */
  probable: ReturnType<typeof nullProbable>;
  seconds: number;
}

/** Generates and analyses the null history. */
export async function runNullHistory(options: BenchOptions, log: (line: string) => void): Promise<NullResult> {
  const started = performance.now();
  const history = generateHistory(historyOptions(options, false));
  log(`null (seed ${options.seed}): ${history.incidents.length.toLocaleString('en-GB')} incidents generated`);
  const { campaigns, events, variants, ...linking } = runLinking(history.incidents, {
    progress: (line) => log(`null: ${line}`),
    campaignOptions: options.campaignOptions,
  });
  const index = new HistoryIndex(history.incidents, history.sites);
  const groupOf = new Map(
    history.truth.negatives.flatMap((group) => group.members.map((id) => [id, group.id] as const)),
  );
  const scored = await scoreEvents(index, events, groupOf, {
    from: history.plantsFrom,
    replications: 999,
    workers: 0,
    progress: (line) => log(`null: ${line}`),
  });
  log(`null: ${scored.length} candidate evaluations scored`);
  const regional = await scanNullRegional(
    index,
    history.sites,
    history.plantsFrom,
    history.to,
    options.regionalNullDays,
    options.seed + 17,
    {
      replications: 999,
      workers: 0,
    },
  );
  const yearsEvaluated = (history.to - history.plantsFrom) / (365.25 * 86_400_000);
  const probable = nullProbable(proposeProbableMembers(index, history.sites, campaigns), yearsEvaluated);
  log(`null (seed ${options.seed}): ${probable.proposals} probable members proposed`);
  return {
    seed: options.seed,
    glr: countGlr(index, history.plantsFrom, history.to),
    probable,
    incidents: history.incidents.length,
    from: history.plantsFrom,
    to: history.to,
    yearsEvaluated,
    linking: { ...linking, campaigns: campaigns.length, events: events.length },
    scored,
    regional,
    seconds: (performance.now() - started) / 1000,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = JSON.parse(process.argv[2]) as BenchOptions;
  const result = await runNullHistory(options, (line) => process.stderr.write(`${line}\n`));
  await closeWorkerPool();
  if (process.send) process.send(result, () => process.exit(0));
  else process.stdout.write(JSON.stringify(result));
}
