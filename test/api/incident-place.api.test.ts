import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

let context: VigieContext;
before(async () => {
  context = await freshContext();
});
after(async () => {
  await context.close();
});

test(`an incident placed by coordinates alone gets its department and directorate from the outlines (${TEST_STORE})`, async () => {
  const analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
  const { facility: _none, ...rest } = incidentInput();
  const created = await analyst.post('/api/incidents', {
    ...rest,
    place: { lat: 45.6136, lon: 5.1494, precision: 'commune', commune: 'Villefontaine' },
    target_kinds: ['staff_home'],
  });
  assert.equal(created.status, 201, created.text);
  const row = await context.store.db
    .selectFrom('incidents')
    .select(['department_code', 'directorate_code'])
    .where('id', '=', created.json.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.department_code, '38');
  assert.equal(row.directorate_code, 'DISP-LYON');
});
