import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signedInClient } from '../support/api-client.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`password strength on ${TEST_STORE} (issue 16, item 9)`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let admin: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
    admin = await signedInClient(context, { role: 'admin' });
  });
  after(async () => {
    await context.close();
  });

  const create = (username: string, password: string) =>
    admin.post('/api/users', {
      username,
      display_name: 'Maëlle Vautrin',
      role: 'analyst',
      organisation: 'Vigie',
      password,
    });

  test('common, repetitive and self-naming passwords of twelve characters and more are refused, saying why', async () => {
    const cases: Array<[string, string | null]> = [
      ['aaaaaaaaaaaa', 'simpleRepeat'],
      ['            ', 'simpleRepeat'],
      ['abcabcabcabcabc', 'extendedRepeat'],
      ['password1234', null],
      ['azertyuiop12', null],
      ['motdepasse123', null],
      ['maellevautrin', 'userInputs'],
    ];
    for (const [index, [password, warning]] of cases.entries()) {
      const refused = await create(`weak-${index}`, password);
      assert.equal(refused.status, 400, `${JSON.stringify(password)}: ${refused.text}`);
      assert.equal(refused.json.error.code, 'weak_password');
      const [detail] = refused.json.error.details;
      assert.equal(detail.path, 'password');
      assert.equal(detail.code, 'weak_password');
      assert.ok(detail.params.score < detail.params.min_score, JSON.stringify(detail.params));
      assert.match(detail.message, /too easy to guess/);
      if (warning) assert.equal(detail.params.warning, warning, password);
    }
    assert.equal(
      (await context.store.db.selectFrom('users').select('id').where('username', 'like', 'weak-%').execute()).length,
      0,
    );
  });

  test('a long passphrase is accepted', async () => {
    const created = await create('strong-one', 'grenier-marmotte-violon-42');
    assert.equal(created.status, 201, created.text);
  });
});
