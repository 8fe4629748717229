/**
 * What a campaign's members have in common, said in numbers and in a sentence
 * ("7 sites in 3 nights, 5 share the tag DDPF, 2 are near-identical MO"), and how sure it is.
 */
import { gradeWeight } from '../source-grade.ts';
import type { AnalysisIncident } from '../types.ts';
import type { CampaignNumbers, PlaceKind, SharedSignature } from './campaign-types.ts';
import { nightIndex } from './geo-time.ts';
import { kindWord } from './link-explanation.ts';
import { moSimilarity } from './link-scorer.ts';
import type { AliasTable } from './signature-similarity.ts';

/** A member resting on a source this weak or weaker (F6 ≈ 0.3, ungraded = F6) counts as weakly sourced. */
const WEAK_SOURCE_WEIGHT = 0.35;

export interface CampaignDescription {
  sites: string[];
  start: number;
  end: number;
  sharedSignatures: SharedSignature[];
  confidence: number;
  explanation: string;
  numbers: CampaignNumbers;
}

/** Signatures carried by at least two members, by canonical form, most shared first. */
export function sharedSignatures(members: readonly AnalysisIncident[], aliases?: AliasTable): SharedSignature[] {
  const byKey = new Map<string, { count: number; texts: Map<string, number>; kinds: Map<string, number> }>();
  for (const member of members) {
    const seen = new Set<string>();
    for (const signature of member.signatures) {
      const key = aliases ? aliases.canonical(signature.normalized) : signature.normalized;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { count: 0, texts: new Map(), kinds: new Map() }));
      entry.texts.set(signature.text, (entry.texts.get(signature.text) ?? 0) + 1);
      entry.kinds.set(signature.kind, (entry.kinds.get(signature.kind) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        entry.count++;
      }
    }
  }
  const mostFrequent = (counts: Map<string, number>) =>
    [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0];
  return [...byKey]
    .filter(([, entry]) => entry.count >= 2)
    .map(([normalized, entry]) => ({
      normalized,
      text: mostFrequent(entry.texts),
      kind: mostFrequent(entry.kinds),
      count: entry.count,
    }))
    .sort((x, y) => y.count - x.count || x.normalized.localeCompare(y.normalized));
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const PLACE_WORDS: Record<PlaceKind, [string, string]> = {
  prison: ['prison', 'prisons'],
  school: ['school', 'schools'],
  staff_home: ['staff home', 'staff homes'],
  court: ['court', 'courts'],
  transport: ['prisoner transport', 'prisoner transports'],
  other_place: ['other place', 'other places'],
};

/** "5 prisons and 1 staff home", "3 prisons, 1 school and 2 staff homes". */
export function placesPhrase(places: ReadonlyArray<{ kind: PlaceKind; count: number }>): string {
  const words = places.map(({ kind, count }) => `${count} ${PLACE_WORDS[kind][count === 1 ? 0 : 1]}`);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The places of older records, which counted facilities and other places only. */
export function placesOf(numbers: CampaignNumbers): Array<{ kind: PlaceKind; count: number }> {
  if (numbers.places) return numbers.places;
  const facilities = numbers.facilities ?? numbers.sites;
  const others = numbers.otherPlaces ?? 0;
  return [
    { kind: 'prison' as const, count: facilities },
    { kind: 'other_place' as const, count: others },
  ].filter((place) => place.count > 0);
}

/** What a place is: a facility by its kind, a place without one by what its members targeted there. */
function placeKind(member: AnalysisIncident): PlaceKind {
  if (member.siteId) return member.facilityKind === 'ecole' ? 'school' : 'prison';
  for (const kind of ['staff_home', 'court', 'transport'] as const) if (member.targetKinds.includes(kind)) return kind;
  return 'other_place';
}

/** The campaign sentence from its numbers (English; a UI may build its own from the numbers). */
export function explainCampaign(numbers: CampaignNumbers): string {
  // facilities and other places counted apart, by what they are: "5 prisons and 1 staff home", not "6 sites"
  const parts = [`${placesPhrase(placesOf(numbers))} in ${plural(numbers.nights, 'night')}`];
  if (numbers.sharedTag)
    parts.push(`${numbers.sharedTag.count} share the ${kindWord(numbers.sharedTag.kind)} ${numbers.sharedTag.text}`);
  if (numbers.nearIdenticalMo >= 2) parts.push(`${numbers.nearIdenticalMo} are near-identical MO`);
  if (numbers.weakSources > 0) {
    parts.push(
      `${numbers.weakSources} rest${numbers.weakSources === 1 ? 's' : ''} only on weak sources (F6 or ungraded)`,
    );
  }
  return parts.join(', ');
}

/**
 * Confidence in [0, 1]: the mean strength of the links that made the campaign, raised by the
 * number of members (1 − e^(−(n−1)/3): two incidents prove little, seven say a lot) and lowered by
 * weak sources (mean grade weight).
 */
export function campaignConfidence(linkScores: readonly number[], members: readonly AnalysisIncident[]): number {
  const strength = linkScores.length ? linkScores.reduce((sum, score) => sum + score, 0) / linkScores.length : 0.5;
  const size = 1 - Math.exp(-(members.length - 1) / 3);
  const grades = members.reduce((sum, member) => sum + gradeWeight(member.grade), 0) / Math.max(1, members.length);
  return Math.round(Math.min(1, strength * (0.5 + 0.5 * size) * (0.6 + 0.4 * grades)) * 100) / 100;
}

/** Everything a campaign says about its members (who are already chosen). */
export function describeCampaign(
  members: readonly AnalysisIncident[],
  medoid: AnalysisIncident,
  linkScores: readonly number[],
  options: { aliases?: AliasTable; nearIdenticalMo: number },
): CampaignDescription {
  const places = new Map<string, PlaceKind>();
  const sites = new Set<string>();
  let start = Infinity;
  let end = -Infinity;
  let firstStart = Infinity;
  let lastStart = -Infinity;
  for (const member of members) {
    if (member.siteId) sites.add(member.siteId);
    const place = member.siteId ?? `${member.lat.toFixed(2)},${member.lon.toFixed(2)}`;
    // a place without a facility is what its first member targeted there
    if (!places.has(place)) places.set(place, placeKind(member));
    start = Math.min(start, member.start);
    end = Math.max(end, member.end);
    firstStart = Math.min(firstStart, member.start);
    lastStart = Math.max(lastStart, member.start);
  }
  const shared = sharedSignatures(members, options.aliases);
  const top = shared[0];
  const nearIdentical = members.filter((member) => moSimilarity(member, medoid) >= options.nearIdenticalMo).length;
  const numbers: CampaignNumbers = {
    incidents: members.length,
    sites: places.size,
    facilities: sites.size,
    otherPlaces: places.size - sites.size,
    places: countPlaces([...places.values()]),
    nights: nightIndex(lastStart) - nightIndex(firstStart) + 1,
    sharedTag: top ? { text: top.text, kind: top.kind, count: top.count } : null,
    nearIdenticalMo: nearIdentical >= 2 ? nearIdentical : 0,
    weakSources: members.filter((member) => gradeWeight(member.grade) <= WEAK_SOURCE_WEIGHT).length,
  };
  return {
    sites: [...sites].sort(),
    start,
    end,
    sharedSignatures: shared,
    confidence: campaignConfidence(linkScores, members),
    explanation: explainCampaign(numbers),
    numbers,
  };
}

/** Places counted by kind, most first (ties in the order of PLACE_WORDS). */
function countPlaces(kinds: readonly PlaceKind[]): Array<{ kind: PlaceKind; count: number }> {
  const order = Object.keys(PLACE_WORDS) as PlaceKind[];
  const counts = new Map<PlaceKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.kind) - order.indexOf(b.kind));
}
