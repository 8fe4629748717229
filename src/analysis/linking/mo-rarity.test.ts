import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incident } from './linking.factory.ts';
import { FULL_INFORMATION, MIN_ATTACKS, MoRarity } from './mo-rarity.ts';

const graffiti = (id: string) => incident({ id, eventTypes: ['graffiti'], targetKinds: ['facility'] });
const staffCar = (id: string) => incident({ id, eventTypes: ['vehicle_arson'], targetKinds: ['staff_vehicle'] });
const drone = (id: string) => incident({ id, eventTypes: ['drone_drop'], targetKinds: ['facility'] });

/** 300 attacks: 150 graffiti on a facility (half), 3 staff-car arsons (1 %), the rest threats to staff. */
function counted(): MoRarity {
  const rarity = new MoRarity();
  for (let i = 0; i < 150; i++) rarity.count(graffiti(`g${i}`));
  for (let i = 0; i < 3; i++) rarity.count(staffCar(`s${i}`));
  for (let i = 0; i < 147; i++) rarity.count(incident({ id: `t${i}`, eventTypes: ['threat'], targetKinds: ['staff'] }));
  return rarity;
}

test('a common shared MO weighs by its information, a rare one fully', () => {
  const rarity = counted();
  const common = rarity.weight(graffiti('a'), graffiti('b'));
  assert.ok(Math.abs(common - Math.log(2) / FULL_INFORMATION) < 1e-9, String(common));
  assert.equal(rarity.weight(staffCar('a'), staffCar('b')), 1);
  // the rarest class they share sets the weight
  const both = incident({
    id: 'x',
    eventTypes: ['graffiti', 'vehicle_arson'],
    targetKinds: ['facility', 'staff_vehicle'],
  });
  assert.equal(rarity.weight(both, staffCar('b')), 1);
});

test('without a target kind on one side, the event type alone is weighed', () => {
  const rarity = counted();
  const untargeted = incident({ id: 'u', eventTypes: ['graffiti'], targetKinds: [] });
  assert.ok(Math.abs(rarity.weight(untargeted, graffiti('b')) - Math.log(2) / FULL_INFORMATION) < 1e-9);
});

test('a fresh store weighs every MO fully, and only attacks are counted', () => {
  const rarity = new MoRarity();
  for (let i = 0; i < MIN_ATTACKS - 1; i++) rarity.count(graffiti(`g${i}`));
  for (let i = 0; i < 1000; i++) rarity.count(drone(`d${i}`));
  assert.equal(rarity.weight(graffiti('a'), graffiti('b')), 1);
  rarity.count(graffiti('last'));
  assert.ok(rarity.weight(graffiti('a'), graffiti('b')) < 0.01);
});

test('an incident taken back no longer counts', () => {
  const rarity = counted();
  for (let i = 0; i < 150; i++) rarity.count(graffiti(`g${i}`), -1);
  // 150 attacks left: under MIN_ATTACKS again
  assert.equal(rarity.weight(graffiti('a'), graffiti('b')), 1);
  assert.equal(rarity.share('graffiti:facility'), 0.5 / 150);
});
