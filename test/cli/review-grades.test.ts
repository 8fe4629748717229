import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

// One store for the file: each command is one invocation on it, as `vigie` run twice on one folder.
let context: Awaited<ReturnType<typeof freshContext>>;
let vigie: ReturnType<typeof vigieOn>;
before(async () => {
  context = await freshContext();
  vigie = vigieOn(context);
});
after(async () => {
  await context.close();
});

const REPORT =
  'Des tirs ont visé la façade du centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi. Le tag « DDPF » a été retrouvé.';

describe(`vigie review submit and accept with outlet, grade and user on ${TEST_STORE}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'vigie-review-grades-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  test('submits with title, address and outlet; an accept by --user records that user, with the --grade given, in the audit', async () => {
    const added = await vigie.withInput(
      'a-long-enough-password\n',
      'users',
      'add',
      'camille',
      '--role',
      'analyst',
      '--org',
      'Vigie',
    );
    assert.equal(added.code, 0, added.stderr);
    const file = join(work, 'lemonde.txt');
    writeFileSync(file, REPORT);
    const submitted = await vigie(
      'review',
      'submit',
      file,
      '--published',
      '2025-04-15',
      '--title',
      'Tirs contre la prison de Toulon',
      '--url',
      'https://www.lemonde.fr/societe/tirs-toulon',
      '--outlet',
      'Le Monde',
      '--json',
    );
    assert.equal(submitted.code, 0, submitted.stderr);
    const [stored] = JSON.parse(submitted.stdout);
    assert.deepEqual(
      [stored.article.title, stored.article.url, stored.article.outlet],
      ['Tirs contre la prison de Toulon', 'https://www.lemonde.fr/societe/tirs-toulon', 'Le Monde'],
    );
    const id = stored.candidates[0].id;
    const badGrade = await vigie('review', 'accept', id, '--grade', 'Z9', '--user', 'camille');
    assert.equal(badGrade.code, 2);
    assert.match(badGrade.stderr, /grade/);
    const accepted = await vigie('review', 'accept', id, '--user', 'camille', '--grade', 'B2');
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.match(accepted.stdout, /accepted: incident [0-9a-f-]{36} by camille/);
    const audit = (await vigie('audit', 'export')).stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            action: string;
            actor: string;
            actor_id: string | null;
            object_id: string;
            details: { grade?: unknown };
          },
      );
    const event = audit.find((e) => e.action === 'review.accept' && e.object_id === id)!;
    assert.equal(event.actor, 'camille', 'the user who accepted, not the operator');
    assert.ok(event.actor_id, "the user's id, not the system");
    assert.deepEqual(event.details.grade, { grade: 'B2', graded_by: 'analyst', outlet: 'Le Monde' });
  });
});

describe(`vigie sources on ${TEST_STORE}`, () => {
  test('lists the seeded register, changes a grade, and refuses an outlet without a grade with exit code 2', async () => {
    const listed = await vigie('sources', 'list');
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^B3 {2}press {4}national {2}Le Monde/m);
    assert.match(listed.stdout, /^A2 {2}official official {2}Ministère de la Justice/m);
    const changed = await vigie('sources', 'set', 'le progres', '--reliability', 'B', '--credibility', '2');
    assert.equal(changed.code, 0, changed.stderr);
    assert.match(changed.stdout, /changed: B2 .*Le Progrès/);
    const noGrade = await vigie('sources', 'set', 'Sans cote');
    assert.equal(noGrade.code, 2);
    assert.match(noGrade.stderr, /reliability/);
  });
});
