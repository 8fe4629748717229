import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rarityStrength } from './rarity-excitation.ts';

const act = (eventType: string, target: string) => ({ eventTypes: [eventType], targetKinds: [target] });
// a month at a prison: eight graffiti, one shot at the gate
const month = [...Array.from({ length: 8 }, () => act('graffiti', 'facility')), act('gunfire', 'facility')];

test('a rare kind of attack excites more than a common one, by (share)^-γ, the mean over the attacks kept at 1', () => {
  const strength = rarityStrength(month, 1);
  const shot = strength(act('gunfire', 'facility'));
  const graffiti = strength(act('graffiti', 'facility'));
  // shares with one more of each kind seen: 2/12 against 9/12
  assert.ok(Math.abs(shot / graffiti - 9 / 2) < 1e-9, `${shot / graffiti}`);
  const mean = month.reduce((sum, attack) => sum + strength(attack), 0) / month.length;
  assert.ok(Math.abs(mean - 1) < 1e-9, `${mean}`);
  // a kind not seen this month is rarer still, never infinitely so
  const car = strength(act('vehicle_arson', 'staff_vehicle'));
  assert.ok(car > shot && Number.isFinite(car));
});

test('with γ = 0, or no attack to read, every attack excites alike', () => {
  assert.equal(rarityStrength(month, 0)(act('gunfire', 'facility')), 1);
  assert.equal(rarityStrength([], 1)(act('gunfire', 'facility')), 1);
  assert.ok(
    Math.abs(
      rarityStrength(month, 0.5)(act('gunfire', 'facility')) -
        Math.sqrt(9 / 2) * rarityStrength(month, 0.5)(act('graffiti', 'facility')),
    ) < 1e-9,
  );
});
