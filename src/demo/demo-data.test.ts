import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { incidentInputSchema } from '../core/incident/incident.schema.ts';
import { MASS_UNITS, seizureInputSchema, type SeizureInput } from '../core/seizure/seizure.schema.ts';
import { SEED_INCIDENTS as SEED_DRAFTS } from './seed-events.ts';
import { FRENCH_SEIZURE_AGENCIES, PUBLISHED_COCAINE_TOTALS_KG, SEED_SEIZURES as SEIZURE_DRAFTS } from './seizures.ts';
import {
  DEFAULT_BACKGROUND,
  generateBackground,
  generateSyntheticIncidents,
  type BackgroundFacility,
} from './background.ts';

const reference = JSON.parse(readFileSync(new URL('../../reference/facilities-fr.json', import.meta.url), 'utf8')) as {
  facilities: BackgroundFacility[];
};
const facilities = reference.facilities.map(({ id, kind, department }) => ({ id, kind, department }));
const facilityIds = new Set(facilities.map((facility) => facility.id));
const backgroundDrafts = generateBackground({ ...DEFAULT_BACKGROUND, facilities });
const background = backgroundDrafts.map((draft) => incidentInputSchema.parse(draft));
// The drafts as the import path sees them, defaults applied.
const SEED_INCIDENTS = SEED_DRAFTS.map((draft) => incidentInputSchema.parse(draft));
const SEED_SEIZURES = SEIZURE_DRAFTS.map((draft) => seizureInputSchema.parse(draft));

function kilograms(seizure: SeizureInput): number {
  return seizure.quantity.value * MASS_UNITS[seizure.quantity.unit];
}

function frenchCocaineKilograms(from: string, toExclusive: string): number {
  return SEED_SEIZURES.filter((seizure) => seizure.drug === 'cocaine')
    .filter((seizure) => (FRENCH_SEIZURE_AGENCIES as readonly string[]).includes(seizure.agency ?? ''))
    .filter((seizure) => {
      assert.ok('date' in seizure.occurred, `${seizure.external_id} is dated by day`);
      return seizure.occurred.date >= from && seizure.occurred.date < toExclusive;
    })
    .reduce((total, seizure) => total + kilograms(seizure), 0);
}

test('every seed incident passes the incident input schema', () => {
  for (const incident of SEED_INCIDENTS) incidentInputSchema.parse(incident);
});

test('every seed seizure passes the seizure input schema', () => {
  for (const seizure of SEED_SEIZURES) seizureInputSchema.parse(seizure);
});

test('500 generated background rows pass the incident input schema', () => {
  for (const incident of background.slice(0, 250)) incidentInputSchema.parse(incident);
  for (const incident of background.slice(-250)) incidentInputSchema.parse(incident);
});

test('French cocaine seizures of January to November 2024 add up to 47 t, double the 2023 total', () => {
  const from2024 = frenchCocaineKilograms('2024-01-01', '2024-12-01');
  const in2023 = frenchCocaineKilograms('2023-01-01', '2024-01-01');
  assert.equal(from2024, PUBLISHED_COCAINE_TOTALS_KG.france_2024_january_to_november);
  assert.equal(from2024, 47_000);
  assert.equal(in2023, PUBLISHED_COCAINE_TOTALS_KG.france_2023);
  assert.equal(from2024, 2 * in2023);
});

test('French seizures come in several dozen records, each marked as a synthetic split', () => {
  const french = SEED_SEIZURES.filter((seizure) => seizure.external_id?.startsWith('seed-seizure-fr-'));
  assert.ok(french.length >= 36, `only ${french.length} French records`);
  for (const seizure of french) assert.match(seizure.description ?? '', /^Synthetic record/);
});

test('the US seizure records are worth 510 million dollars and name both cartels', () => {
  const american = SEED_SEIZURES.filter((seizure) => seizure.value?.currency === 'USD');
  const total = american.reduce((sum, seizure) => sum + (seizure.value?.amount ?? 0), 0);
  assert.equal(total, 510_000_000);
  const cartels = american.map((seizure) =>
    typeof seizure.organisation === 'object' ? seizure.organisation : undefined,
  );
  assert.deepEqual(cartels.map((cartel) => cartel?.name).sort(), ['Jalisco New Generation', 'Sinaloa']);
  assert.ok(cartels.every((cartel) => cartel?.kind === 'cartel'));
});

test('DDPF appears in several spellings and some seed scenes carry no tag', () => {
  const tags = SEED_INCIDENTS.flatMap((incident) => incident.signatures.map((signature) => signature.text));
  for (const spelling of ['DDPF', 'D.D.P.F', 'ddpf']) assert.ok(tags.includes(spelling), `no ${spelling}`);
  const untagged = SEED_INCIDENTS.filter((incident) => incident.signatures.length === 0);
  assert.ok(untagged.length >= 2);
});

test('the threat in the Nancy area targets a staff home by place, not the prison', () => {
  const threat = SEED_INCIDENTS.find((incident) => incident.event_types.includes('threat'));
  assert.ok(threat);
  assert.equal(threat.facility, undefined);
  assert.deepEqual(threat.target_kinds, ['staff_home']);
  assert.equal(threat.place?.department, '54');
});

test('background is deterministic for a seed and differs between seeds', () => {
  const again = generateBackground({ ...DEFAULT_BACKGROUND, facilities });
  assert.deepEqual(again, backgroundDrafts);
  const other = generateBackground({ ...DEFAULT_BACKGROUND, seed: DEFAULT_BACKGROUND.seed + 1, facilities });
  assert.notDeepEqual(other.slice(0, 50), backgroundDrafts.slice(0, 50));
});

test('default background holds between 3,000 and 6,000 labelled synthetic incidents', () => {
  assert.ok(background.length >= 3000 && background.length <= 6000, `${background.length} incidents`);
  for (const incident of background) {
    assert.match(incident.description ?? '', /^\[Synthetic background\] /);
    assert.equal(incident.sources[0]?.title, 'Vigie synthetic background (demo)');
    for (const signature of incident.signatures) assert.doesNotMatch(signature.text, /d\W*d\W*p/i);
  }
});

test('projections are more frequent at weekends than on weekdays', () => {
  const perDay = [0, 0, 0, 0, 0, 0, 0];
  for (const incident of background) {
    if (!incident.event_types.includes('projection')) continue;
    const occurred = incident.occurred as Record<string, string>;
    const day = (occurred.date ?? occurred.night_of ?? occurred.at).slice(0, 10);
    perDay[new Date(`${day}T00:00:00Z`).getUTCDay()] += 1;
  }
  const weekend = (perDay[0] + perDay[6]) / 2;
  const weekday = (perDay[1] + perDay[2] + perDay[3] + perDay[4]) / 4;
  assert.ok(weekend > 1.5 * weekday, `weekend ${weekend} vs weekday ${weekday}`);
});

test('centres pénitentiaires are busier than semi-liberté centres', () => {
  const kindOf = new Map(facilities.map((facility) => [facility.id, facility.kind]));
  const perSite = (kind: string) => {
    const sites = facilities.filter((facility) => facility.kind === kind).length;
    return background.filter((incident) => kindOf.get(incident.facility ?? '') === kind).length / sites;
  };
  assert.ok(perSite('centre_penitentiaire') > 5 * perSite('centre_semi_liberte'));
});

test('the synthetic stream yields exactly the rows asked for, valid and deterministic', () => {
  const rows = [...generateSyntheticIncidents(2000, 7, facilities)];
  assert.equal(rows.length, 2000);
  for (const row of rows.slice(0, 200)) incidentInputSchema.parse(row);
  assert.deepEqual(
    [...generateSyntheticIncidents(50, 7, facilities)],
    [...generateSyntheticIncidents(50, 7, facilities)],
  );
});

test('every facility named exists in the reference list by id', () => {
  const named = [...SEED_INCIDENTS, ...background]
    .map((incident) => incident.facility)
    .filter((id) => id !== undefined);
  for (const id of named) assert.ok(facilityIds.has(id), `unknown facility ${id}`);
});

test('external ids are unique across seed incidents, seizures and background', () => {
  const ids = [...SEED_INCIDENTS, ...SEED_SEIZURES, ...background].map((record) => record.external_id);
  assert.ok(ids.every((id) => id !== undefined));
  assert.equal(new Set(ids).size, ids.length);
});
