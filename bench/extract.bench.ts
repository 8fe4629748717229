/**
 * The extraction bench: precision, recall and F1 of (facility, night, event type) triples, of
 * signatures and of seizures, on the tuning and the held-out gold sets separately, and articles per
 * second against a baseline that only folds and tokenises the same articles.
 *   npm run bench:extract -- [--misses] [--only tuning|heldout]
 * See docs/benchmarks.md, section Extraction, and docs/extraction.md.
 */
import { cpus } from 'node:os';
import { normalizeSignature } from '../src/analysis/fold-text.ts';
import { Gazetteer } from '../src/core/facility/facility.ts';
import { extractText } from '../src/intake/extract/extract.ts';
import { foldSameLength } from '../src/intake/extract/folded-text.ts';
import { words } from '../src/intake/extract/phrase-index.ts';
import { loadReferenceData } from '../src/store/reference-data.ts';
import { extractedSeizures, extractedSignatures, extractedTriples, goldTriples, loadGold, Tally, type GoldArticle } from './extract/gold.ts';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const reference = loadReferenceData();
const gazetteer = new Gazetteer(reference.facilities, reference.departments, reference.directorates);

function score(articles: GoldArticle[]) {
  const triples = new Tally(); const signatures = new Tally(); const seizures = new Tally();
  for (const article of articles) {
    const [extraction] = extractText(article.text, gazetteer, { published: article.published }).items;
    triples.add(article.name, goldTriples(article), extractedTriples(extraction));
    signatures.add(article.name, new Set(article.signatures.map(normalizeSignature)), extractedSignatures(extraction));
    seizures.add(article.name, new Set(article.seizures.map((s) => `${s.drug}|${s.kg}`)), extractedSeizures(extraction));
  }
  return { triples, signatures, seizures };
}

/** Articles per second over `rounds` passes of `run` on every article. */
function throughput(articles: GoldArticle[], run: (article: GoldArticle) => unknown, rounds: number): number {
  for (const article of articles) run(article);
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) for (const article of articles) run(article);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return (articles.length * rounds) / seconds;
}

const fmt = (x: number) => x.toFixed(3);
const row = (set: string, what: string, t: Tally) => `| ${set} | ${what} | ${t.tp} | ${t.fp} | ${t.fn} | ${fmt(t.precision)} | ${fmt(t.recall)} | ${fmt(t.f1)} |`;

const sets = (['tuning', 'heldout'] as const).filter((set) => !only || only === set);
console.log('| set | measure | TP | FP | FN | precision | recall | F1 |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
const all: GoldArticle[] = [];
for (const set of sets) {
  const articles = loadGold(set);
  all.push(...articles);
  const result = score(articles);
  console.log(row(`${set} (${articles.length})`, 'triples', result.triples));
  console.log(row(`${set} (${articles.length})`, 'signatures', result.signatures));
  console.log(row(`${set} (${articles.length})`, 'seizures', result.seizures));
  if (showMisses) for (const miss of [...result.triples.misses, ...result.signatures.misses, ...result.seizures.misses]) console.error(`  ${set}: ${miss}`);
}
const rounds = 20;
const extractRate = throughput(all, (a) => extractText(a.text, gazetteer, { published: a.published }), rounds);
const baselineRate = throughput(all, (a) => words(foldSameLength(a.text)), rounds);
const chars = all.reduce((sum, a) => sum + a.text.length, 0) / all.length;
console.log(`\n${all.length} articles (mean ${Math.round(chars)} characters), ${rounds} rounds, ${cpus().length} cores, Node ${process.version}`);
console.log(`extraction: ${Math.round(extractRate)} articles/s; baseline (fold + tokenise only): ${Math.round(baselineRate)} articles/s; ratio ${(baselineRate / extractRate).toFixed(1)}x`);
