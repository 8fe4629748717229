import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { VigieError } from '../../core/shared/errors.ts';
import { bundleIncidentRows, parseBundle } from './stix-import.ts';

const SEED = 0x5eed;
const stixId = (type: string) => fc.uuid().map((uuid) => `${type}--${uuid}`);
const type = fc.constantFrom('incident', 'location', 'relationship', 'identity', 'marking-definition', 'x-other');
/** An object of a bundle: a known type and id, then any fields, some of them the ones the mapping reads. */
const stixObject = type.chain((kind) =>
  fc.record(
    {
      type: fc.constant(kind),
      id: stixId(kind),
      name: fc.anything(),
      description: fc.anything(),
      first_seen: fc.oneof(
        fc.anything(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      latitude: fc.oneof(fc.double(), fc.anything()),
      longitude: fc.oneof(fc.double(), fc.anything()),
      city: fc.anything(),
      country: fc.anything(),
      relationship_type: fc.constantFrom('located-at', 'related-to', 'uses'),
      source_ref: fc.anything(),
      target_ref: fc.anything(),
      external_references: fc.oneof(
        fc.anything(),
        fc.array(fc.record({ url: fc.oneof(fc.webUrl(), fc.anything()), source_name: fc.anything() })),
      ),
      object_marking_refs: fc.anything(),
      extensions: fc.anything(),
    },
    { requiredKeys: ['type', 'id'] },
  ),
);

test('any JSON value is read as a bundle or refused with a validation error naming the field', () => {
  const value = fc.oneof(
    fc.anything(),
    fc.record({
      type: fc.constantFrom('bundle', 'x'),
      id: fc.oneof(stixId('bundle'), fc.string()),
      objects: fc.anything(),
    }),
  );
  fc.assert(
    fc.property(value, (input) => {
      try {
        parseBundle(input);
      } catch (error) {
        assert.ok(error instanceof VigieError && error.status === 400, String(error));
        assert.ok(error.details.length > 0 && typeof error.details[0].path === 'string');
      }
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('the incidents of any well-formed bundle map to one row each, numbered by their place in objects, without throwing', () => {
  fc.assert(
    fc.property(stixId('bundle'), fc.array(stixObject, { maxLength: 8 }), (id, objects) => {
      const bundle = parseBundle({ type: 'bundle', id, objects });
      const rows = bundleIncidentRows(bundle);
      const expected = objects.flatMap((object, index) => (object.type === 'incident' ? [index] : []));
      assert.deepEqual(
        rows.map((row) => row.row),
        expected,
      );
      for (const row of rows) assert.ok('value' in row && typeof row.value === 'object');
    }),
    { seed: SEED, numRuns: 300 },
  );
});
