/**
 * The sentences of a link, built from its evidence details only, so a stored link can be explained
 * again without the incidents. English; the details carry the numbers for a UI that translates.
 */
import type { AnalysisIncident, LinkEvidence } from '../types.ts';

type Grade = AnalysisIncident['grade'];

const KIND_WORDS: Record<string, string> = {
  tag: 'tag',
  slogan: 'slogan',
  symbol: 'symbol',
  vehicle_description: 'vehicle description',
  vehicle_plate: 'vehicle plate',
  phone: 'phone',
  online_handle: 'handle',
  other: 'signature',
};

/** "tag", "vehicle plate"... for a signature kind. */
export function kindWord(kind: string): string {
  return KIND_WORDS[kind] ?? 'signature';
}

/** "an F6", "a B2", "ungraded" */
export function gradeLabel(grade: Grade): string {
  if (!grade) return 'ungraded';
  const code = `${grade.reliability}${grade.credibility}`;
  return `${'AEF'.includes(grade.reliability) ? 'an' : 'a'} ${code}`;
}

/** "same night", "1 night apart", "4 nights apart", "20 days apart" */
export function nightsPhrase(nights: number): string {
  if (nights === 0) return 'same night';
  if (nights === 1) return '1 night apart';
  return nights <= 13 ? `${nights} nights apart` : `${nights} days apart`;
}

/** "rare: 4 incidents", "common", "12 incidents" or '' */
function rarity(details: Record<string, unknown>): string {
  const rarity = details.rarity as number;
  const df = details.documentFrequency as number | undefined;
  const word = rarity >= 0.6 ? 'rare' : rarity <= 0.35 ? 'common' : '';
  const count = df === undefined ? '' : `${df} incident${df === 1 ? '' : 's'}`;
  return word && count ? `${word}: ${count}` : word || count;
}

const inParentheses = (...notes: string[]) => {
  const kept = notes.filter(Boolean);
  return kept.length ? ` (${kept.join(', ')})` : '';
};

function similarityNote(details: Record<string, unknown>): string {
  if (details.measure === 'edit_distance') return `edit distance ${details.distance}`;
  if (details.measure === 'alias') return 'declared aliases';
  return `Jaro-Winkler ${(details.similarity as number).toFixed(2)}`;
}

function moPhrase(details: Record<string, unknown>): string {
  const events = (details.eventTypes as string[]).join('/');
  const targets = (details.targetKinds as string[]).join('/');
  const weapons = (details.weapons as string[]).join('/');
  const what = `${events}${targets ? ` on ${targets}` : ''}${weapons ? ` with ${weapons}` : ''}`;
  return details.identical
    ? `both ${what}`
    : `similar MO: both ${what} (similarity ${(details.similarity as number).toFixed(2)})`;
}

/** The sentence of one piece of evidence. */
export function explainEvidence(evidence: Pick<LinkEvidence, 'kind' | 'details'>): string {
  const d = evidence.details;
  const word = kindWord(d.signatureKind as string);
  switch (evidence.kind) {
    case 'same_signature':
      return d.measure === 'alias'
        ? `${word}s ${d.textA} and ${d.textB} are declared aliases of ${d.canonical}${inParentheses(rarity(d))}`
        : `same ${word} ${d.textA}${inParentheses(rarity(d))}`;
    case 'similar_signature':
      return `similar ${word}s ${d.textA} ~ ${d.textB}${inParentheses(similarityNote(d), rarity(d))}`;
    case 'shared_actor':
      if (d.actor !== undefined) return `same actor ${d.actor}`;
      return d.measure === 'alias'
        ? `${word}s ${d.textA} and ${d.textB} are declared aliases${inParentheses(rarity(d))}`
        : `same ${word} ${d.textA}${inParentheses(rarity(d))}`;
    case 'same_mo':
      return moPhrase(d);
    case 'space_time':
      return `${d.sameSite ? 'same site' : `${Math.round(d.km as number)} km apart`}, ${nightsPhrase(d.nights as number)}`;
  }
}

/** Order of the identifying parts of an explanation: what points at the attacker first. */
const IDENTIFYING_ORDER: Partial<Record<LinkEvidence['kind'], number>> = {
  shared_actor: 0,
  same_signature: 1,
  similar_signature: 2,
};

/**
 * The sentence of a whole link: identifying evidence first, then how far apart in space and time
 * (the nights are always said, 700 km apart or not), the MO, and why the score was weighted down.
 */
export function explainLink(
  evidence: LinkEvidence[],
  parts: {
    nights: number;
    circumstantial: boolean;
    gradeWeight: number;
    weakerGrade: Grade;
  },
): string {
  let identifying = '';
  let spaceTime = '';
  let mo = '';
  for (let order = 0; order < 3; order++) {
    for (const item of evidence) {
      if (IDENTIFYING_ORDER[item.kind] === order) identifying += `${item.explanation}; `;
      else if (order === 0 && item.kind === 'space_time') spaceTime = item.explanation;
      else if (order === 0 && item.kind === 'same_mo') mo = item.explanation;
    }
  }
  let sentence = identifying + (spaceTime || nightsPhrase(parts.nights));
  if (mo) sentence += `; ${mo}`;
  if (parts.circumstantial) sentence += '; circumstantial only (no shared signature), kept weak';
  if (parts.gradeWeight < 0.999) {
    const source = parts.weakerGrade ? `${gradeLabel(parts.weakerGrade)} source` : 'an ungraded source (counted as F6)';
    sentence += `; weighted down (×${parts.gradeWeight.toFixed(2)}): rests on ${source}`;
  }
  return sentence;
}
