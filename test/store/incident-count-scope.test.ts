import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { VigieContext } from '../../src/context.ts';
import { IncidentRepository } from '../../src/store/incident.repository.ts';
import { organisation } from '../support/accounts.ts';
import { spreadIncident, spreadReaders, type SpreadOwners } from '../support/spread-incidents.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

/**
 * The list as it opens (no filter) counts a reader holding no compartment one marking at a time, each
 * from a partial index (migration 0032): the count must be the one of the scope's own condition.
 */
describe(`the count of the list as it opens, per marking, on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let owners: SpreadOwners;
  before(async () => {
    context = await freshContext();
    owners = {
      orgA: await organisation(context, 'Count A'),
      orgB: await organisation(context, 'Count B'),
      author: randomUUID(),
    };
    await context.incidents.incidents.insertMany(Array.from({ length: 240 }, (_, i) => spreadIncident(owners, i)));
  });
  after(async () => {
    await context.close();
  });

  test('for every reader, the same count as the scope tested row by row, capped or not', async () => {
    const repository = context.incidents.incidents;
    const counted = new Set<number>();
    for (const [reader, scope] of spreadReaders(owners)) {
      // A period that holds every incident: the same records, through the scope's own condition.
      const everything = { from: new Date('2000-01-01T00:00:00Z') };
      const expected = await repository.count(scope, everything);
      assert.equal(expected, (await repository.list(scope, everything, 1000)).length, reader);
      assert.equal(await repository.count(scope, {}), expected, reader);
      assert.equal(await repository.count(scope, {}, 20), Math.min(expected, 21), `${reader}, capped`);
      assert.equal(await repository.count(scope, { status: [], event_type: [] }), expected, `${reader}, empty lists`);
      counted.add(expected);
    }
    assert.ok(counted.size >= 5, 'the readers see different shares');
  });

  test('a reader holding no compartment is counted one marking at a time; one holding one, or a filter, with the scope', async () => {
    const readers = new Map(spreadReaders(owners));
    /** The branches of the union the count sent (0: none, the scope's condition). */
    const branchesOf = async (reader: string, filter = {}) => {
      let branches = 0;
      const repository = new IncidentRepository(
        context.store.db.withPlugin({
          transformQuery: (args) => {
            branches = Math.max(branches, JSON.stringify(args.node).split('"SetOperationNode"').length - 1);
            return args.node;
          },
          transformResult: async (args) => args.result,
        }),
      );
      await repository.count(readers.get(reader)!, filter, 10);
      return branches;
    };
    assert.equal(await branchesOf('an analyst of A'), 3, 'four markings rules: three unions');
    assert.equal(await branchesOf('a supervisor of A'), 3);
    assert.equal(await branchesOf('a supervisor of A holding STAFF'), 0);
    assert.equal(await branchesOf('everything'), 0);
    assert.equal(await branchesOf('an analyst of A', { status: ['reported'] }), 0);
  });
});
