import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VigieError } from '../../core/shared/errors.ts';
import { ExtractionPool } from './extraction-pool.ts';
import { foldSameLength } from './folded-text.ts';
import { words } from './phrase-index.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

/** Texts built to defeat a rule engine: one sentence naming thousands of towns, thousands of short reports, one endless clause. */
export function adversarialTexts(chars: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  return {
    'towns in one sentence': fill('à Lyon, à Paris près de Toulon, à Marseille (13), à Fresnes dans le Val-de-Marne '),
    'short reports': fill('Des tirs à Toulon. Un tag "DDPF" peint à Valence. '),
    'one endless clause': fill(
      'des voitures incendiées devant la prison de Nîmes et un utilitaire brûlé à Luynes le 14 avril ',
    ),
    'one report per line': fill("Tirs sur la maison d'arrêt de Grasse dans la nuit du 3 au 4 mai\n"),
  };
}

describe('extraction pool', () => {
  const pools: ExtractionPool[] = [];
  after(async () => {
    await Promise.all(pools.map((pool) => pool.close()));
  });

  test('reads a 1 MB adversarial text of each shape within a time budget scaled on a linear baseline, off the calling thread', async () => {
    // The budget follows the machine: 300 times what folding and tokenising the same megabyte takes
    // here and now (about 10 s on an idle 2-core machine); a quadratic pass takes minutes.
    const texts = adversarialTexts(1_000_000);
    const started = performance.now();
    for (const text of Object.values(texts)) words(foldSameLength(text));
    const baseline = (performance.now() - started) / Object.keys(texts).length;
    const pool = new ExtractionPool(referenceGazetteer(), { budgetMs: Math.max(10_000, Math.round(300 * baseline)) });
    pools.push(pool);
    for (const [shape, text] of Object.entries(texts)) {
      const result = await pool.extract(text, { published: '2025-05-05' }).catch((error: Error) => error);
      assert.ok(!(result instanceof Error), `${shape}: ${(result as Error).message}`);
      assert.equal(result.items.length, 1, shape);
    }
  });

  test('refuses a text past the time budget with 422 naming the field, ends that thread and reads the next text', async () => {
    // 4 MB of short reports take seconds; a short article takes milliseconds.
    const pool = new ExtractionPool(referenceGazetteer(), { budgetMs: 1000, maxChars: 4_000_000 });
    pools.push(pool);
    await pool.extract('Des tirs ont visé la prison de Toulon.', { published: '2025-04-16' });
    const refused = await pool
      .extract(adversarialTexts(4_000_000)['short reports'], {}, { field: 'content' })
      .catch((error: unknown) => error);
    assert.ok(refused instanceof VigieError, String(refused));
    assert.equal(refused.status, 422);
    assert.equal(refused.code, 'extraction_budget_exceeded');
    assert.deepEqual(
      refused.details.map((d) => d.path),
      ['content'],
    );
    const next = await pool.extract('Des tirs ont visé la prison de Toulon dans la nuit du 14 au 15 avril.', {
      published: '2025-04-16',
    });
    assert.equal(next.items[0].candidates[0].kind, 'incident');
  });

  test('refuses a text past the size budget with 413 before reading it', async () => {
    const pool = new ExtractionPool(referenceGazetteer(), { maxChars: 1000 });
    pools.push(pool);
    const refused = await pool.extract('a'.repeat(1001)).catch((error: unknown) => error);
    assert.ok(refused instanceof VigieError);
    assert.equal(refused.status, 413);
    assert.deepEqual(
      refused.details.map((d) => d.path),
      ['text'],
    );
  });
});
