/**
 * The ordinary life of the prisons: per site, class and local day a Poisson count of incidents,
 * with a weekly season (more drops at weekends), a slow upward trend, holiday surges of contraband
 * (New Year's Eve and 14 July) and ordinary tags on some of them. Seeded; no plants here.
 */
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import { parisDay, parisDayStart, weekdayOfDay } from '../../src/analysis/waves/paris-day.ts';
import { deriveSeed, Rng } from '../../src/analysis/waves/rng.ts';
import {
  COMMON_TAGS,
  commonTagWeights,
  makeIncident,
  NO_SIGNATURE,
  pick,
  randomAttackMo,
  randomContrabandMo,
  randomWord,
  tagged,
  type EventClass,
} from './vocabulary.ts';

const HOUR_MS = 3_600_000;
const YEAR_DAYS = 365.25;

/** Mean attacks per site and day (before site, weekday and trend factors): about 11 a site a year. */
export const ATTACK_RATE = 0.03;
/** Monday first. Contraband peaks at weekends (visits, darkness), attacks on Friday and Saturday nights. */
const WEEKLY: Record<EventClass, readonly number[]> = {
  attack: [0.9, 0.9, 0.9, 0.95, 1.1, 1.2, 1.05],
  contraband: [0.85, 0.85, 0.9, 0.95, 1.15, 1.25, 1.05],
};
/** Growth a year (reporting improves, drones spread). */
const TREND_PER_YEAR = 0.03;
/** Contraband surge on holiday nights: +50 %. */
export const HOLIDAY_FACTOR = 1.5;
/** Share of attacks carrying an ordinary tag, and a one-off personal tag; share of contraband with an ordinary tag. */
const ATTACK_COMMON_TAG = 0.12;
const ATTACK_UNIQUE_TAG = 0.02;
const CONTRABAND_COMMON_TAG = 0.003;

/** Kinds differ in how much happens there. */
const KIND_ACTIVITY: Record<string, number> = {
  centre_penitentiaire: 1.4,
  maison_arret: 1.1,
  centre_detention: 0.8,
  maison_centrale: 0.7,
  etablissement_mineurs: 0.5,
};

export interface BackgroundPlan {
  sites: readonly AnalysisSite[];
  from: number;
  to: number;
  /** expected background incidents in total (attacks and contraband) */
  incidents: number;
}

/** The local days of the holiday surges in [from, to): 30 Dec to 1 Jan and 13 to 15 July. */
export function holidayDays(from: number, to: number): Set<number> {
  const days = new Set<number>();
  for (let year = new Date(from).getUTCFullYear() - 1; year <= new Date(to).getUTCFullYear(); year++) {
    for (const [month, date] of [
      [11, 30],
      [11, 31],
      [0, 1],
      [6, 13],
      [6, 14],
      [6, 15],
    ]) {
      days.add(parisDay(Date.UTC(year + (month === 0 ? 1 : 0), month, date, 12)));
    }
  }
  return days;
}

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(rng.float())) * Math.cos(2 * Math.PI * rng.float());
}

/**
 * Each site's usual attack rate relative to the mean (the factor `generateBackground` draws its attacks
 * with, for the same `seed`): what attackers who pick the sites with the most to hit go by.
 */
export function siteAttackFactors(sites: readonly AnalysisSite[], seed: number): Float64Array {
  return siteFactors(sites, new Rng(deriveSeed(seed, 1))).attack;
}

/** Activity of each site for each class, mean 1 over sites: kind × log-normal, the two classes correlated. */
function siteFactors(sites: readonly AnalysisSite[], rng: Rng): Record<EventClass, Float64Array> {
  const attack = new Float64Array(sites.length);
  const contraband = new Float64Array(sites.length);
  sites.forEach((site, s) => {
    const shared = normal(rng);
    const kind = KIND_ACTIVITY[site.kind] ?? 0.3;
    attack[s] = kind * Math.exp(0.5 * (0.6 * shared + 0.8 * normal(rng)));
    contraband[s] = kind * Math.exp(0.5 * shared);
  });
  for (const factors of [attack, contraband]) {
    const mean = factors.reduce((sum, value) => sum + value, 0) / factors.length;
    for (let s = 0; s < factors.length; s++) factors[s] /= mean;
  }
  return { attack, contraband };
}

/** A start within a local day: attacks mostly at night (21:00-05:00), contraband mostly in the evening. */
export function timeInDay(dayStart: number, eventClass: EventClass, rng: Rng): number {
  const night = eventClass === 'attack' ? 0.75 : 0.6;
  const hours = rng.float() < night ? (eventClass === 'attack' ? 21 : 18) + rng.float() * 8 : rng.float() * 24;
  return Math.floor(dayStart + hours * HOUR_MS);
}

/**
 * The background history, sorted by start. Contraband rates are scaled so the expected total is
 * `plan.incidents`; attacks keep their realistic rate whatever the size. Site factors, attacks and
 * contraband each draw from their own stream of `seed`, so scaling contraband (another size, or a
 * plant-free twin) leaves every attack exactly where it was.
 */
export function generateBackground(plan: BackgroundPlan, seed: number): AnalysisIncident[] {
  const { sites, from, to } = plan;
  const factors = siteFactors(sites, new Rng(deriveSeed(seed, 1)));
  const attackRng = new Rng(deriveSeed(seed, 2));
  const contrabandRng = new Rng(deriveSeed(seed, 3));
  const holidays = holidayDays(from, to);
  const firstDay = parisDay(from);
  const lastDay = parisDay(to - 1);
  const dayShape = (day: number, eventClass: EventClass) =>
    WEEKLY[eventClass][weekdayOfDay(day)] *
    (1 + (TREND_PER_YEAR * (day - firstDay)) / YEAR_DAYS) *
    (eventClass === 'contraband' && holidays.has(day) ? HOLIDAY_FACTOR : 1);
  let attackTotal = 0;
  let contrabandShape = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    attackTotal += ATTACK_RATE * sites.length * dayShape(day, 'attack');
    contrabandShape += sites.length * dayShape(day, 'contraband');
  }
  const contrabandRate = Math.max(0, plan.incidents - attackTotal) / contrabandShape;
  const incidents: AnalysisIncident[] = [];
  let attacks = 0;
  let contraband = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    const dayStart = parisDayStart(day);
    const attackShape = dayShape(day, 'attack');
    const contrabandDay = dayShape(day, 'contraband') * contrabandRate;
    for (let s = 0; s < sites.length; s++) {
      const site = sites[s];
      const rng = attackRng;
      for (let n = rng.poisson(ATTACK_RATE * factors.attack[s] * attackShape); n > 0; n--) {
        const u = rng.float();
        const signatures =
          u < ATTACK_COMMON_TAG
            ? tagged(COMMON_TAGS[pick(rng, commonTagWeights)])
            : u < ATTACK_COMMON_TAG + ATTACK_UNIQUE_TAG
              ? tagged(randomWord(rng, 4 + rng.int(3)))
              : NO_SIGNATURE;
        incidents.push(
          makeIncident(
            `ba${String(attacks++).padStart(7, '0')}`,
            site,
            timeInDay(dayStart, 'attack', rng),
            randomAttackMo(rng),
            signatures,
            rng,
          ),
        );
      }
      for (let n = contrabandRng.poisson(contrabandDay * factors.contraband[s]); n > 0; n--) {
        const signatures =
          contrabandRng.float() < CONTRABAND_COMMON_TAG
            ? tagged(COMMON_TAGS[pick(contrabandRng, commonTagWeights)])
            : NO_SIGNATURE;
        incidents.push(
          makeIncident(
            `bc${String(contraband++).padStart(7, '0')}`,
            site,
            timeInDay(dayStart, 'contraband', contrabandRng),
            randomContrabandMo(contrabandRng),
            signatures,
            contrabandRng,
          ),
        );
      }
    }
  }
  return incidents.sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : 1));
}
