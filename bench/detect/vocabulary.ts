/**
 * What the synthetic incidents are made of: event classes and modus operandi, source grades,
 * ordinary tags seen all over the country, and the factory that builds one AnalysisIncident.
 * Arrays and grade objects are shared between incidents (frozen) so a million of them stay small.
 */
import { classOf } from '../../src/analysis/event-class.ts';
import { normalizeSignature } from '../../src/core/shared/fold-text.ts';
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import type { Rng } from '../../src/analysis/waves/rng.ts';

/** The classes the generator draws (the product's classOf maps their event types back to them). */
export type EventClass = 'attack' | 'contraband';
type Signature = AnalysisIncident['signatures'][number];
type Grade = NonNullable<AnalysisIncident['grade']>;

export interface ModusOperandi {
  eventTypes: string[];
  targetKinds: string[];
  weapons: string[];
}

const mo = (event: string, target: string, weapons: string[] = []): ModusOperandi =>
  Object.freeze({
    eventTypes: Object.freeze([event]) as string[],
    targetKinds: Object.freeze([target]) as string[],
    weapons: Object.freeze(weapons) as string[],
  });

/**
 * Attacks on prisons and their staff, with how often each appears in the background (about 2,100
 * attacks a year on the bench's 185 facilities). Acts aimed at staff themselves (their cars, their
 * homes), gunfire at a facility and arson set to a facility from outside are the rare classes, tens a
 * year nationally outside a wave, each of them reported one by one in the local press: the Toulon
 * shots of 15 April 2025 were called without precedent, and threats reaching officers' homes "a new
 * threshold" (Senate question of 22 May 2025). The bench drew them, until December 2026, far more
 * often: every vehicle arson as a staff car and 10 % of attacks as gunfire (about 600 staff-car
 * arsons and 200 shootings a year), then staff-car arsons 4 %, gunfire 3 %, threats at staff homes 2 %
 * and arson at a facility 12 % (about 90, 65, 45 and 270 a year, one arson at a prison every night
 * or two). Now, by order of magnitude (issue 15 section 2, docs/detection.md, "What the bench
 * plants"): staff-car arsons 1.2 % (about 25 a year), gunfire 0.5 % (about 10), threats at staff
 * homes 1.2 % (about 25), arson at a facility 1.5 % (about 30). The assaults on staff the ministry
 * counts by thousands are inside the walls, by detainees; outside, most vehicle arsons near a prison
 * burn other cars and most threats are made to staff at work. The weights are drawn with one float,
 * as before, so every background record keeps its place, time, tag and grade; only its class changed.
 */
export const ATTACK_MOS: ReadonlyArray<{ mo: ModusOperandi; weight: number }> = [
  { mo: mo('vehicle_arson', 'staff_vehicle', ['incendiary']), weight: 0.012 },
  { mo: mo('gunfire', 'facility', ['firearm']), weight: 0.005 },
  { mo: mo('arson', 'facility', ['incendiary']), weight: 0.015 },
  { mo: mo('graffiti', 'facility'), weight: 0.52 },
  { mo: mo('threat', 'staff'), weight: 0.24 },
  { mo: mo('vehicle_arson', 'other', ['incendiary']), weight: 0.196 },
  { mo: mo('threat', 'staff_home'), weight: 0.012 },
];

/**
 * What a campaign against the prison service does (April 2025: staff cars burned, shots at the
 * gates, threats at officers' homes, facilities set on fire): each planted wave draws its repertoire
 * from these, a main class and a second one.
 */
export const WAVE_MOS: readonly ModusOperandi[] = [
  ATTACK_MOS[0].mo,
  ATTACK_MOS[1].mo,
  ATTACK_MOS[6].mo,
  ATTACK_MOS[2].mo,
];

/** Contraband: the bulk of what prisons report. */
export const CONTRABAND_MOS: ReadonlyArray<{ mo: ModusOperandi; weight: number }> = [
  { mo: mo('drone_drop', 'facility', ['drone']), weight: 0.45 },
  { mo: mo('projection', 'facility'), weight: 0.45 },
  { mo: mo('contraband_found', 'facility'), weight: 0.1 },
];

/** The product's event classes (src/analysis/event-class.ts), as the baseline and the scans read them. */
export { classOf };

const grade = (code: string): Grade =>
  Object.freeze({ reliability: code[0] as Grade['reliability'], credibility: Number(code[1]) as Grade['credibility'] });

/** Source grades as analysts give them: mostly B2-C3, some ungraded rumours. */
const GRADES: ReadonlyArray<{ grade: Grade | null; weight: number }> = [
  { grade: grade('A1'), weight: 0.05 },
  { grade: grade('A2'), weight: 0.08 },
  { grade: grade('B2'), weight: 0.25 },
  { grade: grade('B3'), weight: 0.15 },
  { grade: grade('C2'), weight: 0.07 },
  { grade: grade('C3'), weight: 0.15 },
  { grade: grade('D4'), weight: 0.05 },
  { grade: grade('F6'), weight: 0.05 },
  { grade: null, weight: 0.15 },
];

/**
 * Fifty ordinary tags (insults to the police, area codes, football and rap references, common
 * slogans) painted everywhere: sharing one proves nothing on its own.
 */
export const COMMON_TAGS: readonly string[] = [
  'ACAB',
  '1312',
  'FTP',
  '13',
  '93',
  '94',
  '69',
  '59',
  '33',
  '31',
  'BX',
  'MRS',
  'OM',
  'PSG',
  'ULTRAS',
  'NIQUE LA BAC',
  'LIBEREZ LES',
  'FREE',
  'JUSTICE',
  'VENGEANCE',
  'MATONS',
  'BALANCE',
  'RIP',
  'SKRR',
  'ZONE',
  'QUARTIER',
  'LA RUE',
  'CITE',
  'GANG',
  'BLOCK',
  'TDM',
  'ZOO',
  'LHS',
  'MDR',
  'BRR',
  'YEUX',
  'NO LIMIT',
  'LIBERTE',
  'SOLIDARITE',
  'ANTIFA',
  'NIQUE LA JUSTICE',
  'TOUT LE MONDE DETESTE LA POLICE',
  'BAC',
  'KEUF',
  'SHIT',
  'TDS',
  'HLM',
  'BANLIEUE',
  'MAFIA',
  'CLAN',
];

/** The draw weight of the common tag of a rank (Zipf, exponent 1). */
export const commonTagWeights = COMMON_TAGS.map((_, rank) => 1 / (rank + 1));

const signatureCache = new Map<string, Signature[]>();

/** The (shared) signature list of one tag text. */
export function tagged(text: string): Signature[] {
  let list = signatureCache.get(text);
  if (!list) {
    list = Object.freeze([Object.freeze({ kind: 'tag', text, normalized: normalizeSignature(text) })]) as Signature[];
    if (signatureCache.size < 50_000) signatureCache.set(text, list);
  }
  return list;
}

export const NO_SIGNATURE: Signature[] = Object.freeze([]) as unknown as Signature[];

/** Draws an index from weights (linear: the lists are short). */
export function pick(
  rng: Rng,
  weights: readonly number[],
  total = weights.reduce((sum, value) => sum + value, 0),
): number {
  let u = rng.float() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u <= 0) return i;
  }
  return weights.length - 1;
}

const gradeWeights = GRADES.map((entry) => entry.weight);
const attackWeights = ATTACK_MOS.map((entry) => entry.weight);
const contrabandWeights = CONTRABAND_MOS.map((entry) => entry.weight);

export const randomGrade = (rng: Rng) => GRADES[pick(rng, gradeWeights)].grade;
export const randomAttackMo = (rng: Rng) => ATTACK_MOS[pick(rng, attackWeights)].mo;
export const randomContrabandMo = (rng: Rng) => CONTRABAND_MOS[pick(rng, contrabandWeights)].mo;

/** A random upper-case word of `length` letters. */
export function randomWord(rng: Rng, length: number): string {
  let word = '';
  for (let i = 0; i < length; i++) word += String.fromCharCode(65 + rng.int(26));
  return word;
}

/** One synthetic incident, an hour long, at a facility. */
export function makeIncident(
  id: string,
  site: AnalysisSite,
  start: number,
  modus: ModusOperandi,
  signatures: Signature[],
  rng: Rng,
): AnalysisIncident {
  return {
    id,
    start,
    end: start + 3_600_000,
    siteId: site.id,
    lat: site.lat,
    lon: site.lon,
    department: site.department,
    directorate: site.directorate,
    facilityKind: site.kind,
    eventTypes: modus.eventTypes,
    targetKinds: modus.targetKinds,
    weapons: modus.weapons,
    signatures,
    grade: randomGrade(rng),
    status: rng.float() < 0.7 ? 'verified' : 'reported',
  };
}
