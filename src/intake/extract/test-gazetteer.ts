/** The reference gazetteer for extraction tests, built once from reference/facilities-fr.json. */
import { Gazetteer } from '../../core/shared/gazetteer.ts';
import { loadReferenceData } from '../../store/reference-data.ts';

let gazetteer: Gazetteer | undefined;

/** The gazetteer of the reference files (no store needed). */
export function referenceGazetteer(): Gazetteer {
  if (!gazetteer) {
    const r = loadReferenceData();
    gazetteer = new Gazetteer(r.facilities, r.departments, r.directorates);
  }
  return gazetteer;
}
