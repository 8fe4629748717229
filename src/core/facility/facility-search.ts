import { foldWords } from '../shared/fold-text.ts';
import { facilitySearchKeys, type Facility } from '../shared/gazetteer.ts';

export interface FacilityCriteria {
  q?: string;
  department?: string;
  directorate?: string;
  kind?: string;
}

/**
 * Scores how well a folded query matches a facility: an exact name or alias first, then a key
 * starting with the query, then every query word starting a word of a key. 0 = no match.
 */
function matchScore(facility: Facility, query: string): number {
  const keys = facilitySearchKeys(facility);
  if (keys.includes(query)) return 3;
  if (keys.some((key) => key.startsWith(query))) return 2;
  const words = query.split(' ');
  const everyWordStarts = (key: string) => {
    const keyWords = key.split(' ');
    return words.every((word) => keyWords.some((keyWord) => keyWord.startsWith(word)));
  };
  return keys.some(everyWordStarts) ? 1 : 0;
}

/** Filters and searches the facilities in memory (202 of them); best matches first, then by name. */
export function searchFacilities(facilities: Facility[], criteria: FacilityCriteria): Facility[] {
  const query = criteria.q ? foldWords(criteria.q) : '';
  return facilities
    .filter(
      (f) =>
        (!criteria.department || f.department_code === criteria.department) &&
        (!criteria.directorate || f.directorate_code === criteria.directorate) &&
        (!criteria.kind || f.kind === criteria.kind),
    )
    .map((facility) => ({ facility, score: query ? matchScore(facility, query) : 1 }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.facility.name.localeCompare(b.facility.name, 'fr'))
    .map((entry) => entry.facility);
}
