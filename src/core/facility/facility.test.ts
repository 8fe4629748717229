import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer, type Facility } from '../shared/gazetteer.ts';
import { searchFacilities } from './facility-search.ts';
import { loadReferenceData } from '../../store/reference-data.ts';

const site = (id: string, name: string, aliases: string[]): Facility => ({
  id,
  name,
  kind: 'maison_arret',
  aliases,
  commune: null,
  department_code: '13',
  directorate_code: 'DISP-MARSEILLE',
  lat: 43.3,
  lon: 5.4,
  coord_precision: 'commune',
  timezone: 'Europe/Paris',
});

const reference = loadReferenceData();
const gazetteer = new Gazetteer(reference.facilities, reference.departments, reference.directorates);

test('resolves a facility by id, by name and by alias, ignoring case and accents', () => {
  for (const reference of [
    'fr-toulon-la-farlede-cp',
    'Centre pénitentiaire de Toulon-La Farlède',
    'toulon la farlede',
    'LA FARLÈDE',
    'Toulon',
  ]) {
    const resolved = gazetteer.resolveFacility(reference);
    assert.ok(resolved.ok && resolved.facility.id === 'fr-toulon-la-farlede-cp', reference);
  }
});

test('calls an alias shared by two sites ambiguous and names both', () => {
  const local = new Gazetteer(
    [site('a', "Maison d'arrêt A", ['Les Baumes']), site('b', 'Centre B', ['les baumes'])],
    [],
    [],
  );
  const resolved = local.resolveFacility('Les Baumes');
  assert.equal(resolved.ok, false);
  assert.ok(!resolved.ok && resolved.reason === 'ambiguous' && resolved.candidates.length === 2);
});

test('prefers the site whose own name it is over a site that carries it as an alias', () => {
  const local = new Gazetteer([site('a', 'Aix', []), site('b', 'Centre B', ['Aix'])], [], []);
  const resolved = local.resolveFacility('aix');
  assert.ok(resolved.ok && resolved.facility.id === 'a');
});

test('loads the 202 reference sites, every one with a department, a zone and coordinates', () => {
  assert.equal(reference.facilities.length, 202);
  for (const facility of reference.facilities) {
    assert.ok(gazetteer.department(facility.department_code), `${facility.id} department ${facility.department_code}`);
    assert.ok(Number.isFinite(facility.lat) && Number.isFinite(facility.lon));
  }
  assert.equal(gazetteer.facility('fr-toulon-la-farlede-cp')?.timezone, 'Europe/Paris');
  assert.equal(reference.facilities.find((f) => f.department_code === '973')?.timezone, 'America/Cayenne');
});

test('finds departments by code or by name', () => {
  assert.equal(gazetteer.department('54')?.name, 'Meurthe-et-Moselle');
  assert.equal(gazetteer.department('meurthe et moselle')?.code, '54');
  assert.equal(gazetteer.department('54')?.directorate_code, 'DISP-STRASBOURG');
});

test('search puts exact alias matches first and accepts word prefixes', () => {
  assert.equal(searchFacilities(gazetteer.facilities, { q: 'Nancy' })[0].id, 'fr-nancy-maxeville-ma');
  assert.ok(searchFacilities(gazetteer.facilities, { q: 'aix luy' }).some((f) => f.id === 'fr-aix-luynes-cp'));
  assert.equal(searchFacilities(gazetteer.facilities, { q: 'zzzz' }).length, 0);
});

test('a record is placed by its facility name, else its commune, else nothing for the caller to fill', () => {
  assert.equal(
    gazetteer.placeName({ facility_id: 'fr-toulon-la-farlede-cp', commune: 'La Farlède' }),
    'Centre pénitentiaire de Toulon-La Farlède',
  );
  assert.equal(gazetteer.placeName({ facility_id: null, commune: 'Nancy' }), 'Nancy');
  assert.equal(gazetteer.placeName({ facility_id: 'fr-unknown', commune: 'Nancy' }), 'Nancy');
  assert.equal(gazetteer.placeName({ facility_id: null, commune: null }), undefined);
});
