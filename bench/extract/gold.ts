/** The extraction gold set (test/fixtures/extract-gold): articles with their hand-coded incidents, signatures and seizures, and how to score against them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSignature } from '../../src/core/shared/fold-text.ts';
import type { Extraction } from '../../src/intake/extract/extraction.types.ts';
import type { OccurredInput } from '../../src/core/shared/common.schema.ts';

export const GOLD_DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'extract-gold');

export interface GoldArticle {
  name: string;
  text: string;
  published: string;
  incidents: Array<{ site: string; night: string | null; event_types: string[] }>;
  signatures: string[];
  seizures: Array<{ drug: string; kg: number }>;
}

/** The articles of one folder of the gold set ("tuning" or "heldout"). */
export function loadGold(folder: 'tuning' | 'heldout'): GoldArticle[] {
  const dir = join(GOLD_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      return {
        name,
        text: readFileSync(join(dir, file), 'utf8'),
        ...JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')),
      };
    });
}

/** The night an occurrence names: the evening date; null for spans of several nights. */
export function nightOf(occurred: OccurredInput): string | null {
  if ('night_of' in occurred) return occurred.night_of;
  if ('date' in occurred) return occurred.date;
  const at =
    'at' in occurred
      ? occurred.at
      : 'start' in occurred && (occurred.precision === 'hour' || occurred.precision === 'exact')
        ? occurred.start
        : undefined;
  if (!at || at.length < 13) return null;
  const date = at.slice(0, 10);
  if (Number(at.slice(11, 13)) >= 8) return date;
  const previous = new Date(`${date}T00:00:00Z`);
  previous.setUTCDate(previous.getUTCDate() - 1);
  return previous.toISOString().slice(0, 10);
}

/** The (site, night, event type) triples of an extraction. */
export function extractedTriples(extraction: Extraction): Set<string> {
  const out = new Set<string>();
  for (const candidate of extraction.candidates) {
    if (candidate.kind !== 'incident') continue;
    const draft = candidate.draft;
    const site = draft.facility ?? `commune:${draft.place?.commune}`;
    for (const type of draft.event_types) out.add(`${site}|${nightOf(draft.occurred)}|${type}`);
  }
  return out;
}

export function goldTriples(article: GoldArticle): Set<string> {
  return new Set(article.incidents.flatMap((i) => i.event_types.map((type) => `${i.site}|${i.night}|${type}`)));
}

export function extractedSignatures(extraction: Extraction): Set<string> {
  return new Set(
    extraction.candidates.flatMap((c) =>
      c.kind === 'incident' ? (c.draft.signatures ?? []).map((s) => normalizeSignature(s.text)) : [],
    ),
  );
}

export function extractedSeizures(extraction: Extraction): Set<string> {
  return new Set(
    extraction.candidates.flatMap((c) =>
      c.kind === 'seizure' ? [`${c.draft.drug}|${kilograms(c.draft.quantity)}`] : [],
    ),
  );
}

const KG: Record<string, number> = { mg: 1e-6, g: 0.001, kg: 1, t: 1000, lb: 0.45359237, oz: 0.028349523125 };
function kilograms(quantity: { value: number | unknown; unit?: string }): number {
  return Math.round(Number(quantity.value) * KG[quantity.unit ?? 'kg'] * 1000) / 1000;
}

/** True and false positives and false negatives, added up over articles. */
export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  readonly misses: string[] = [];
  add(name: string, expected: Set<string>, got: Set<string>): void {
    for (const item of got)
      if (expected.has(item)) this.tp += 1;
      else {
        this.fp += 1;
        this.misses.push(`${name}: extra ${item}`);
      }
    for (const item of expected)
      if (!got.has(item)) {
        this.fn += 1;
        this.misses.push(`${name}: missed ${item}`);
      }
  }
  get precision(): number {
    return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
  }
  get recall(): number {
    return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
  }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}
