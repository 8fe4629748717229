import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'csv-stringify/sync';
import { incidentInputSchema } from '../core/incident/incident.schema.ts';
import { seizureInputSchema } from '../core/seizure/seizure.schema.ts';
import {
  INCIDENT_CSV_COLUMNS,
  SEIZURE_CSV_COLUMNS,
  csvRecordToInterchange,
  interchangeToCsvRecord,
  joinList,
  neutraliseFormula,
  splitList,
  type RecordKind,
} from './csv-row.ts';
import { readRows } from './read-rows.ts';

/** Writes records as a CSV file with the given columns, the way an export would. */
function toCsv(values: object[], columns: readonly string[]): string {
  const records = values.map(interchangeToCsvRecord);
  return stringify(records, { header: true, columns: [...columns] });
}

async function fromCsv(text: string, kind: RecordKind): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const row of readRows(text, 'csv', { kind })) {
    assert.ok('value' in row, JSON.stringify(row));
    values.push(row.value);
  }
  return values;
}

test('nests dotted columns and keeps numbers as strings', () => {
  const value = csvRecordToInterchange(
    {
      external_id: 'fr-2025-001',
      'occurred.night_of': '2025-04-14',
      facility: 'Toulon-La Farlède',
      'place.lat': '43.1',
      'place.lon': '5.9',
      'casualties.killed': '0',
      'casualties.injured': '2',
    },
    'incident',
  );
  assert.deepEqual(value, {
    external_id: 'fr-2025-001',
    facility: 'Toulon-La Farlède',
    occurred: { night_of: '2025-04-14' },
    place: { lat: '43.1', lon: '5.9' },
    casualties: { killed: '0', injured: '2' },
  });
});

test('leaves empty cells out rather than giving empty strings', () => {
  const value = csvRecordToInterchange({ external_id: 'a', facility: '', 'place.lat': ' ', weapons: '' }, 'incident');
  assert.deepEqual(value, { external_id: 'a' });
});

test('splits list columns on semicolons and trims the items', () => {
  const value = csvRecordToInterchange(
    { event_types: 'arson; vehicle_arson ;', target_kinds: 'staff_vehicle', weapons: 'Kalachnikov;  cocktail Molotov' },
    'incident',
  );
  assert.deepEqual(value, {
    event_types: ['arson', 'vehicle_arson'],
    target_kinds: ['staff_vehicle'],
    weapons: ['Kalachnikov', 'cocktail Molotov'],
  });
});

test('keeps an escaped semicolon inside a list item', () => {
  assert.deepEqual(splitList('a\\;b;c\\\\;C:\\dossier'), ['a;b', 'c\\', 'C:\\dossier']);
  for (const items of [['a;b', 'c\\', 'C:\\dossier', 'x\\\\y', 'end\\']])
    assert.deepEqual(splitList(joinList(items)), items);
});

test('splits signatures into kind and text', () => {
  const value = csvRecordToInterchange(
    { signatures: 'slogan: Libérez-les ; DDPF;vehicle_plate:AB-123-CD; ACAB: 1312' },
    'incident',
  );
  assert.deepEqual(value, {
    signatures: [
      { kind: 'slogan', text: 'Libérez-les' },
      { kind: 'tag', text: 'DDPF' },
      { kind: 'vehicle_plate', text: 'AB-123-CD' },
      { kind: 'tag', text: 'ACAB: 1312' },
    ],
  });
});

test('gathers the source columns into a list of one source', () => {
  const value = csvRecordToInterchange(
    {
      'source.kind': 'press',
      'source.url': 'https://example.org/a',
      'source.reliability': 'B',
      'source.credibility': '2',
    },
    'incident',
  );
  assert.deepEqual(value, {
    sources: [{ kind: 'press', url: 'https://example.org/a', reliability: 'B', credibility: '2' }],
  });
});

test('passes unknown columns through for the validator to report', () => {
  const value = csvRecordToInterchange(
    { external_id: 'a', victim: 'x', 'place.altitude': '12', 'quantity.value': '3' },
    'incident',
  );
  assert.deepEqual(value, { external_id: 'a', victim: 'x', place: { altitude: '12' }, 'quantity.value': '3' });
  const result = incidentInputSchema.safeParse(value);
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /victim/);
});

test('lets a plain column win over dotted ones of the same name', () => {
  assert.deepEqual(csvRecordToInterchange({ 'place.lat': '43', place: 'Toulon' }, 'incident'), { place: 'Toulon' });
});

test('maps the organisation of a seizure by name, with its kind when given', () => {
  assert.deepEqual(csvRecordToInterchange({ organisation: 'DZ Mafia' }, 'seizure'), { organisation: 'DZ Mafia' });
  assert.deepEqual(csvRecordToInterchange({ organisation: 'DZ Mafia', 'organisation.kind': 'gang' }, 'seizure'), {
    organisation: { name: 'DZ Mafia', kind: 'gang' },
  });
  assert.deepEqual(csvRecordToInterchange({ 'value.amount': '1200000', 'value.currency': 'EUR' }, 'seizure'), {
    value: { amount: '1200000', currency: 'EUR' },
  });
});

test('neutralises cells a spreadsheet would run as formulas, but not negative numbers', () => {
  assert.equal(neutraliseFormula('=HYPERLINK("http://x")'), '\'=HYPERLINK("http://x")');
  assert.equal(neutraliseFormula('+33 6 12 34 56 78'), "'+33 6 12 34 56 78");
  assert.equal(neutraliseFormula('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(neutraliseFormula('\tcmd'), "'\tcmd");
  assert.equal(neutraliseFormula('-3.5'), '-3.5');
  assert.equal(neutraliseFormula('-1e-3'), '-1e-3');
  assert.equal(neutraliseFormula('Toulon'), 'Toulon');
  const record = interchangeToCsvRecord({
    place: { lat: 48.8, lon: -3.5 },
    description: '-cmd|calc',
    weapons: ['=1+1'],
  });
  assert.deepEqual(record, { 'place.lat': '48.8', 'place.lon': '-3.5', description: "'-cmd|calc", weapons: "'=1+1" });
});

test('flattens an incident into its CSV columns', () => {
  const record = interchangeToCsvRecord({
    occurred: { night_of: '2025-04-14' },
    event_types: ['arson', 'gunfire'],
    signatures: [
      { kind: 'tag', text: 'DDPF' },
      { kind: 'slogan', text: 'a; b' },
      { kind: 'tag', text: 'http://x' },
    ],
    sources: [
      { kind: 'press', title: 'first' },
      { kind: 'official', title: 'second' },
    ],
    damage: undefined,
    target_kinds: [],
  });
  assert.deepEqual(record, {
    'occurred.night_of': '2025-04-14',
    event_types: 'arson;gunfire',
    signatures: 'DDPF;slogan:a\\; b;tag:http://x',
    'source.kind': 'press',
    'source.title': 'first',
  });
  assert.ok(Object.keys(record).every((column) => (INCIDENT_CSV_COLUMNS as readonly string[]).includes(column)));
});

test('round-trips an incident through CSV', async () => {
  const incidents = [
    {
      external_id: 'fr-2025-041',
      occurred: { night_of: '2025-04-14' },
      reported_at: '2025-04-15T08:00:00+02:00',
      facility: 'Toulon-La Farlède',
      place: { lat: 43.16, lon: -5.95, precision: 'site', commune: 'La Farlède', department: '83', country: 'FR' },
      event_types: ['gunfire', 'vehicle_arson'],
      target_kinds: ['facility', 'staff_vehicle'],
      weapons: ['Kalachnikov'],
      signatures: [
        { kind: 'tag', text: 'DDPF' },
        { kind: 'slogan', text: '=free; them, "all"' },
        { kind: 'tag', text: 'note: x' },
      ],
      casualties: { killed: 0, injured: 2 },
      damage: 'two cars burnt,\nfront gate hit',
      description: '+ several shots',
      status: 'verified',
      sources: [
        {
          kind: 'press',
          title: 'Var-Matin',
          url: 'https://example.org/a',
          published_at: '2025-04-15',
          reliability: 'B',
          credibility: 2,
        },
      ],
    },
    {
      occurred: { start: '2025-04-01', end: '2025-04-03', precision: 'day' },
      facility: 'Fresnes',
      event_types: ['threat'],
    },
  ];
  const read = await fromCsv(toCsv(incidents, INCIDENT_CSV_COLUMNS), 'incident');
  assert.equal(read.length, 2);
  read.forEach((value, index) => {
    assert.deepEqual(incidentInputSchema.parse(value), incidentInputSchema.parse(incidents[index]));
  });
});

test('round-trips a seizure through CSV', async () => {
  const seizures = [
    {
      external_id: 'ofast-2025-7',
      occurred: { date: '2025-03-02' },
      place: { lat: 43.3, lon: 5.37 },
      agency: 'OFAST',
      drug: 'cocaine',
      quantity: { value: 1.25, unit: 't' },
      value: { amount: 40_000_000, currency: 'EUR' },
      vessel: 'MSC X',
      route: 'Guayaquil → Le Havre',
      organisation: { name: 'DZ Mafia', kind: 'gang' },
      sources: [{ kind: 'official', title: 'Communiqué' }],
    },
    { occurred: { month: '2025-02' }, drug: 'cannabis', quantity: { value: 300 }, organisation: '@Yoda' },
  ];
  const read = await fromCsv(toCsv(seizures, SEIZURE_CSV_COLUMNS), 'seizure');
  assert.deepEqual(
    read.map((value) => seizureInputSchema.parse(value)),
    seizures.map((value) => seizureInputSchema.parse(value)),
  );
});
