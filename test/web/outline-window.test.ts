import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { outlinePaths, project, viewBoxOf } from '../../web/src/features/incidents/outline-window.ts';

const departements = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'reference', 'geo', 'departements-version-simplifiee.geojson'),
    'utf8',
  ),
) as FeatureCollection;
/** Toulon-La Farlède, in the Var. */
const farlede = { lon: 6.04, lat: 43.16, halfWidth: 1.6, halfHeight: 0.8 };
const codesDrawn = (window: typeof farlede) => {
  const drawn = new Set(outlinePaths(departements, window));
  return departements.features
    .filter((feature) =>
      outlinePaths({ type: 'FeatureCollection', features: [feature] }, window).some((d) => drawn.has(d)),
    )
    .map((feature) => String(feature.properties?.code))
    .sort();
};

test('the window holds the point at its centre, east to the right and north up, a degree east shrunk by the latitude', () => {
  assert.deepEqual(project(farlede, [6.04, 43.16]), [0, 0]);
  const [x, y] = project(farlede, [7.04, 44.16]);
  assert.ok(Math.abs(x - Math.cos((43.16 * Math.PI) / 180)) < 1e-9, `x ${x}`);
  assert.equal(y, -1);
  assert.equal(viewBoxOf(farlede), '-1.6 -0.8 3.2 1.6');
});

test('the outlines drawn are the departments around the site, not the hundred of France', () => {
  const codes = codesDrawn(farlede);
  for (const near of ['83', '13', '04', '06']) assert.ok(codes.includes(near), `${near} in ${codes}`);
  for (const far of ['75', '59', '29', '2A', '67']) assert.ok(!codes.includes(far), `${far} not in ${codes}`);
  assert.ok(codes.length < 12, `${codes.length} departments`);
});

test('each drawn ring is a closed path in the window units, with three decimals', () => {
  const [first] = outlinePaths(departements, farlede);
  assert.match(first, /^M-?\d+\.\d{3} -?\d+\.\d{3}(L-?\d+\.\d{3} -?\d+\.\d{3})+Z/);
  // A site overseas or at sea draws no outline, and no error.
  assert.deepEqual(outlinePaths(departements, { lon: 55.5, lat: -21.1, halfWidth: 1.6, halfHeight: 0.8 }), []);
});
