/**
 * A campaign's acts by distance from its places: its pocket size, and the share of its next act each
 * facility gets (more next to its places when it strikes in pockets, almost even when it is spread).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pocketDensity, pocketSizeKm } from './campaign-pockets.ts';

/** About 11 km a tenth of a degree of latitude. */
const at = (lat: number, lon = 5) => ({ lat, lon });
/** A line of facilities every 0.2° (about 22 km) from 43° to 49° north. */
const facilities = Array.from({ length: 31 }, (_, i) => at(43 + i * 0.2));

test('the pocket size is the median distance from each place to its nearest other one, 25 km at least', () => {
  assert.equal(pocketSizeKm([at(45)]), 100, 'one place says nothing: 100 km');
  assert.equal(pocketSizeKm([at(45), at(45.05)]), 25, 'two places 6 km apart: the floor');
  const spread = pocketSizeKm([at(43), at(45), at(47), at(49)]);
  assert.ok(spread > 200 && spread < 240, `places 2° apart: about 222 km, got ${spread}`);
});

test('a campaign in a pocket puts its next act next to its places; spread across the country, almost evenly', () => {
  const pocket = pocketDensity([at(45), at(45.2)], facilities);
  const near = pocket(at(45.4));
  const far = pocket(at(48));
  assert.ok(near > 10 * far, `pocket: near ${near}, far ${far}`);
  assert.equal(pocket(at(45)) > 0, true, "a place gets the other place's spread");
  const wide = pocketDensity([at(43), at(49)], facilities);
  assert.ok(wide(at(45.4)) / wide(at(48)) < 3, 'a campaign 660 km wide says little about distance');
  // each place spreads one act over the facilities: the shares add to about one
  const total = facilities.reduce((sum, facility) => sum + pocket(facility), 0);
  assert.ok(Math.abs(total - 1) < 1e-9, `total ${total}`);
});
