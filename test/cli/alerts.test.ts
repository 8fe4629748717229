import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`vigie alerts, posture and watch on ${TEST_STORE}`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let vigie: ReturnType<typeof vigieOn>;
  before(async () => {
    context = await freshContext();
    vigie = vigieOn(context);
  });
  after(async () => {
    await context.close();
  });

  test('watches a tag, sets and lists a posture, lists alerts; refusals exit 2', async () => {
    const added = await vigie('watch', 'add', '--kind', 'tag', 'D.D.P.F', '--note', 'April 2025 wave');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /watching tag "D\.D\.P\.F" \(ddpf\)/);
    const twice = await vigie('watch', 'add', '--kind', 'tag', 'ddpf');
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /already watched/);
    assert.match((await vigie('watch', 'list')).stdout, /ddpf|D\.D\.P\.F/);
    assert.equal((await vigie('watch', 'add', '--kind', 'plate', 'x')).code, 2);

    const set = await vigie(
      'posture',
      'set',
      '--scope',
      'site',
      '--id',
      'fr-valence-cp',
      '--level',
      'high',
      '--reason',
      'threats against staff',
    );
    assert.equal(set.code, 0, set.stderr);
    assert.match((await vigie('posture', 'list')).stdout, /active +high +site/);
    const unknown = await vigie(
      'posture',
      'set',
      '--scope',
      'site',
      '--id',
      'nowhere',
      '--level',
      'high',
      '--reason',
      'why not',
    );
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /scope_id/);

    assert.match((await vigie('alerts', 'list')).stdout, /no alerts/);
    const ack = await vigie('alerts', 'ack', '00000000-0000-4000-8000-0000000000ff');
    assert.equal(ack.code, 2);
    assert.match(ack.stderr, /does not exist/);
  });
});
