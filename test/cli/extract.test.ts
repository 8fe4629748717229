import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli-runner.ts';

const work = mkdtempSync(join(tmpdir(), 'vigie-extract-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI in process (extract needs no store); never throws. */
const vigie = (...args: string[]) => runCli(args);

test('vigie extract prints the candidates of a file as JSON', async () => {
  const file = join(work, 'article.txt');
  writeFileSync(
    file,
    'Dans la nuit de lundi à mardi, deux voitures de surveillants ont été incendiées devant la prison de Valence.',
  );
  const done = await vigie('extract', file, '--published', '2025-04-16', '--json');
  assert.equal(done.code, 0, done.stderr);
  const result = JSON.parse(done.stdout);
  assert.equal(result.format, 'text');
  assert.equal(result.items[0].language, 'fr');
  const [candidate] = result.items[0].candidates;
  assert.equal(candidate.draft.facility, 'fr-valence-cp');
  assert.deepEqual(candidate.draft.occurred, { night_of: '2025-04-14' });
  assert.deepEqual(candidate.draft.event_types, ['vehicle_arson']);
});

test('vigie extract refuses a bad --lang, a bad --published and a missing file with exit code 2', async () => {
  const file = join(work, 'short.txt');
  writeFileSync(file, 'Shots were fired at Toulon prison overnight.');
  const lang = await vigie('extract', file, '--lang', 'de');
  assert.equal(lang.code, 2);
  assert.match(lang.stderr, /--lang: "de"/);
  const date = await vigie('extract', file, '--published', 'yesterday');
  assert.equal(date.code, 2);
  assert.match(date.stderr, /--published/);
  assert.equal((await vigie('extract', join(work, 'missing.txt'))).code, 2);
});
