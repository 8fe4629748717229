import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VigieError } from '../../core/shared/errors.ts';
import { adversarialTexts } from './adversarial-texts.ts';
import { ExtractionPool } from './extraction-pool.ts';
import { foldSameLength } from './folded-text.ts';
import { words } from './phrase-index.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

describe('extraction pool', () => {
  const pools: ExtractionPool[] = [];
  after(async () => {
    await Promise.all(pools.map((pool) => pool.close()));
  });

  test('reads a 1 MB adversarial text of each shape within a time budget scaled on a linear baseline, off the calling thread', async () => {
    // The budget follows the machine: 40 times what folding and tokenising the same megabyte takes here
    // and now (about 0.2 s idle, so about 8 s; each shape reads in 1.5-2.7 s on an idle 2-core machine).
    // A pass that read a whole clause again for each name in it took 27 s on the towns (8 December 2026),
    // within the 300 times this test allowed until then. `npm run bench:extract` prints each shape's time
    // at 250 KB and 1 MB, and their ratio: linearity is measured there.
    const texts = adversarialTexts(1_000_000);
    const started = performance.now();
    for (const text of Object.values(texts)) words(foldSameLength(text));
    const baseline = (performance.now() - started) / Object.keys(texts).length;
    const pool = new ExtractionPool(referenceGazetteer(), { budgetMs: Math.max(5_000, Math.round(40 * baseline)) });
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
