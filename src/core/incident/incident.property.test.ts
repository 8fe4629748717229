import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { referenceGazetteer } from '../../intake/extract/test-gazetteer.ts';
import { incidentInputSchema } from './incident.schema.ts';
import { toIncidentRecord } from './incident.ts';
import { EVENT_TYPES } from '../shared/taxonomy.ts';

const SEED = 0x5eed;
const day = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const dateText = fc.oneof(
  day,
  fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', 'T', ':', 'Z', '+'), maxLength: 25 }),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);
/** The occurred forms, with dates both well and badly formed, and wrong shapes. */
const occurred = fc.oneof(
  fc.record({ at: dateText }),
  fc.record({ date: dateText }),
  fc.record({ night_of: dateText }),
  fc.record({ week_of: dateText }),
  fc.record({
    month: fc.oneof(
      day.map((d) => d.slice(0, 7)),
      fc.string({ maxLength: 8 }),
    ),
  }),
  fc.record(
    {
      start: dateText,
      end: fc.option(dateText, { nil: undefined }),
      precision: fc.constantFrom('exact', 'hour', 'night', 'day', 'week', 'month', 'year', 'approx', 'minute'),
    },
    { requiredKeys: ['start'] },
  ),
  fc.anything(),
);
const incident = fc.record(
  {
    occurred,
    facility: fc.oneof(
      fc.constantFrom('fr-toulon-la-farlede-cp', 'Toulon-La Farlède', 'Fresnes', 'nowhere'),
      fc.string(),
    ),
    place: fc.record(
      {
        lat: fc.oneof(fc.double(), fc.string()),
        lon: fc.oneof(fc.double(), fc.string()),
        department: fc.string({ maxLength: 4 }),
        commune: fc.string(),
      },
      { requiredKeys: [] },
    ),
    event_types: fc.array(fc.oneof(fc.constantFrom(...EVENT_TYPES), fc.string()), { maxLength: 3 }),
    signatures: fc.array(fc.record({ kind: fc.constantFrom('tag', 'slogan', 'x'), text: fc.string() }), {
      maxLength: 3,
    }),
    casualties: fc.record({ killed: fc.oneof(fc.integer(), fc.string()), injured: fc.integer() }, { requiredKeys: [] }),
    description: fc.string(),
  },
  { requiredKeys: ['occurred'] },
);

test('any incident input is either refused by the schema with field issues or resolved into a record or field issues, never a throw', () => {
  const gazetteer = referenceGazetteer();
  fc.assert(
    fc.property(incident, (input) => {
      const parsed = incidentInputSchema.safeParse(input);
      if (!parsed.success) {
        assert.ok(parsed.error.issues.length > 0);
        return;
      }
      const { record, issues } = toIncidentRecord(parsed.data, gazetteer);
      if (!record) {
        assert.ok(
          issues.length > 0 && issues.every((issue) => typeof issue.path === 'string' && issue.message.length > 0),
        );
        return;
      }
      assert.ok(
        Number.isFinite(record.occurred_start.getTime()) && record.occurred_start < record.occurred_end,
        JSON.stringify(parsed.data.occurred),
      );
    }),
    { seed: SEED, numRuns: 500 },
  );
});
