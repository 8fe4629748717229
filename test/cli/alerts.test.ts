import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runVigie } from '../support/cli-runner.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

describe(`vigie alerts, posture and watch on ${TEST_STORE}`, () => {
  let store: TestStore;
  before(async () => { store = await freshStore(); });
  after(async () => { await store.drop(); });

  test('watches a tag, sets and lists a posture, lists alerts; refusals exit 2', async () => {
    const added = await runVigie(store, 'watch', 'add', '--kind', 'tag', 'D.D.P.F', '--note', 'April 2025 wave');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /watching tag "D\.D\.P\.F" \(ddpf\)/);
    const twice = await runVigie(store, 'watch', 'add', '--kind', 'tag', 'ddpf');
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /already watched/);
    assert.match((await runVigie(store, 'watch', 'list')).stdout, /ddpf|D\.D\.P\.F/);
    assert.equal((await runVigie(store, 'watch', 'add', '--kind', 'plate', 'x')).code, 2);

    const set = await runVigie(store, 'posture', 'set', '--scope', 'site', '--id', 'fr-valence-cp', '--level', 'high', '--reason', 'threats against staff');
    assert.equal(set.code, 0, set.stderr);
    assert.match((await runVigie(store, 'posture', 'list')).stdout, /active +high +site/);
    const unknown = await runVigie(store, 'posture', 'set', '--scope', 'site', '--id', 'nowhere', '--level', 'high', '--reason', 'why not');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /scope_id/);

    assert.match((await runVigie(store, 'alerts', 'list')).stdout, /no alerts/);
    const ack = await runVigie(store, 'alerts', 'ack', '00000000-0000-4000-8000-0000000000ff');
    assert.equal(ack.code, 2);
    assert.match(ack.stderr, /does not exist/);
  });
});
