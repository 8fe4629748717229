/**
 * How far two labellers agree on the extraction corpus, and where the extractor stands beside them
 * (`npm run bench:extract-agreement`). test/fixtures/extract-corpus/second-labels holds a second,
 * independent labelling of train documents (by a labeller who read only their texts and the
 * guidelines); each is scored against the corpus's first labels with the bench's own scorer, as if it
 * were an extraction. Three columns on the same documents: the second labeller against the first (the
 * ceiling: a goal above it asks the extractor to agree with one labeller more than another careful
 * labeller does), the extractor against the first labels, the extractor against the second.
 * Train documents only: the holdout is never relabelled, so never read.
 *   npm run bench:extract-agreement -- [--second DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gazetteer } from '../src/core/shared/gazetteer.ts';
import { extractText } from '../src/intake/extract/extract.ts';
import { loadReferenceData } from '../src/store/reference-data.ts';
import { CORPUS_DIR, CorpusScore, loadSplit, type CorpusDocument } from './extract/corpus.ts';
import { printCorpusTable } from './extract/corpus-table.ts';
import { labelsAsExtraction } from './extract/labels-as-extraction.ts';

const args = process.argv.slice(2);
const secondDir =
  (args.includes('--second') ? args[args.indexOf('--second') + 1] : undefined) ??
  join(CORPUS_DIR, '..', 'second-labels');
if (!existsSync(secondDir)) {
  console.error(`--second: no folder ${secondDir}`);
  process.exit(2);
}
const secondIds = new Set(
  readdirSync(secondDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length)),
);
const { documents } = loadSplit('train');
const firsts = documents.filter((document) => secondIds.has(document.id));
const unmatched = [...secondIds].filter((id) => !firsts.some((document) => document.id === id));
if (unmatched.length > 0)
  console.log(
    `Second labels of ${unmatched.length} document(s) not in the train split, left out: ${unmatched.join(', ')}`,
  );

const reference = loadReferenceData();
const gazetteer = new Gazetteer(reference.facilities, reference.departments, reference.directorates);
const extract = (document: CorpusDocument) =>
  extractText(document.text, gazetteer, { published: document.published, format: 'text' }).items[0];

const labellers = new CorpusScore();
const extractorFirst = new CorpusScore();
const extractorSecond = new CorpusScore();
for (const first of firsts) {
  const labels = JSON.parse(readFileSync(join(secondDir, `${first.id}.json`), 'utf8')) as Partial<CorpusDocument>;
  const second: CorpusDocument = {
    ...first,
    incidents: labels.incidents ?? [],
    must_not_sites: labels.must_not_sites ?? [],
    signatures: labels.signatures ?? [],
    seizures: labels.seizures ?? [],
  };
  const extraction = extract(first);
  labellers.add(first, labelsAsExtraction(second));
  extractorFirst.add(first, extraction);
  extractorSecond.add(second, extraction);
}
console.log(`Labeller agreement on ${firsts.length} train documents (second labels: ${secondDir})`);
printCorpusTable(
  [
    { label: 'second labeller vs first', score: labellers },
    { label: 'extractor vs first', score: extractorFirst },
    { label: 'extractor vs second', score: extractorSecond },
  ],
  'second labeller vs first',
);
if (args.includes('--misses')) for (const miss of labellers.misses) console.error(`  labellers: ${miss}`);
