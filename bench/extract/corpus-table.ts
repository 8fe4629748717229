/** Prints the corpus v2 table (issue 14's measures) and the error classes for columns of scores. */
import type { CorpusScore } from './corpus.ts';
import type { Tally } from './gold.ts';

const fmt = (x: number) => x.toFixed(3);
const f1 = (t: Tally) => `${fmt(t.f1)} (P ${fmt(t.precision)}, R ${fmt(t.recall)})`;

/**
 * One column per score, in the order given; the last column states the goal. Error classes are
 * sorted by the count of `sortBy` (a column's label), most first.
 */
export function printCorpusTable(columns: Array<{ label: string; score: CorpusScore }>, sortBy: string): void {
  const heads = columns.map((c) => `${c.label} (${c.score.documents})`);
  console.log(
    `\n| measure | ${heads.join(' | ')} | goal (holdout) |\n| --- | ${heads.map(() => '---').join(' | ')} | --- |`,
  );
  const line = (label: string, value: (s: CorpusScore) => string, goal: string) =>
    console.log(`| ${label} | ${columns.map((c) => value(c.score)).join(' | ')} | ${goal} |`);
  line('(site, night, event type) triples, F1', (s) => f1(s.triples), '>= 0.85');
  line('incidents with right place and exact night, F1', (s) => f1(s.placeNight), '>= 0.85');
  line('place right, F1', (s) => f1(s.place), '>= 0.92');
  line('night right, F1', (s) => f1(s.night), '>= 0.92');
  line(
    'event-type set exact (share of incidents)',
    (s) => `${fmt(s.eventTypes.value)} (${s.eventTypes.right}/${s.eventTypes.all})`,
    '>= 0.80',
  );
  line(
    'event-type set exact, incidents found at their site and night',
    (s) => `${fmt(s.eventTypesPlaced.value)} (${s.eventTypesPlaced.right}/${s.eventTypesPlaced.all})`,
    '',
  );
  line(
    'target kinds right (share of incidents)',
    (s) => `${fmt(s.targetKinds.value)} (${s.targetKinds.right}/${s.targetKinds.all})`,
    '>= 0.80',
  );
  line('must-not violations (count)', (s) => String(s.mustNot), '0');
  line('seizures (drug, mass, place), F1', (s) => f1(s.seizures), '>= 0.90');
  line('signatures, F1', (s) => f1(s.signatures), '');
  line('spot right (matched incidents)', (s) => `${fmt(s.spot.value)} (${s.spot.right}/${s.spot.all})`, '');
  line(
    'employer right (matched incidents)',
    (s) => `${fmt(s.employer.value)} (${s.employer.right}/${s.employer.all})`,
    '',
  );
  line('time `at` right (matched incidents)', (s) => `${fmt(s.at.value)} (${s.at.right}/${s.at.all})`, '');
  line(
    'seizure origin right',
    (s) => `${fmt(s.seizureOrigin.value)} (${s.seizureOrigin.right}/${s.seizureOrigin.all})`,
    '',
  );

  const sortScore = columns.find((c) => c.label === sortBy)?.score;
  const kinds = [...new Set(columns.flatMap((c) => [...c.score.errors.keys()]))].sort(
    (a, b) => (sortScore?.errors.get(b) ?? 0) - (sortScore?.errors.get(a) ?? 0) || a.localeCompare(b),
  );
  const labels = columns.map((c) => c.label);
  console.log(
    `\nError classes (counts)\n| error | ${labels.join(' | ')} |\n| --- | ${labels.map(() => '---').join(' | ')} |`,
  );
  for (const kind of kinds)
    console.log(`| ${kind} | ${columns.map((c) => c.score.errors.get(kind) ?? 0).join(' | ')} |`);
}
