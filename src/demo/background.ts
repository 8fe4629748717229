/**
 * A seeded, plausible background of ordinary prison incidents (projections over the wall, drone drops,
 * contraband found in searches, assaults on staff, the odd riot or escape attempt) so that the demo's
 * seed wave stands out against a realistic baseline. Everything here is synthetic and labelled so.
 *
 * Rates depend on the kind of establishment, the day of the week (more projections and drones at the
 * weekend, more searches on weekdays), the season (riots in summer) and a slow rise of drone drops.
 */
import { mulberry32 } from '../analysis/random.ts';
import type { IncidentDraft } from '../core/incident/incident.schema.ts';
import type { EventType } from '../core/shared/taxonomy.ts';

/** The range and seed `vigie demo` uses: two years ending the day before the April 2025 wave. */
export const DEFAULT_BACKGROUND = { seed: 20250413, from: '2023-04-01', to: '2025-04-13' } as const;

export interface BackgroundFacility {
  id: string;
  kind: string;
  department: string;
}

export interface BackgroundOptions {
  seed: number;
  /** First day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
  facilities: BackgroundFacility[];
}

type Random = () => number;
type BackgroundEvent = Extract<
  EventType,
  'projection' | 'drone_drop' | 'contraband_found' | 'assault_on_staff' | 'escape_attempt' | 'riot' | 'graffiti'
>;

/** How busy each kind of establishment is, relative to a centre pénitentiaire. */
const KIND_ACTIVITY: Record<string, number> = {
  centre_penitentiaire: 1,
  maison_arret: 0.8,
  maison_centrale: 0.5,
  centre_detention: 0.45,
  etablissement_mineurs: 0.35,
  etablissement_sante: 0.15,
  centre_semi_liberte: 0.08,
  structure_accompagnement_sortie: 0.06,
  centre_national_evaluation: 0.05,
  ecole: 0.02,
};
const UNKNOWN_KIND_ACTIVITY = 0.3;

// Expected incidents per day at an establishment of activity 1, and the weekly profile, Sunday first.
const EVENTS: Array<{ type: BackgroundEvent; rate: number; weekly: number[] }> = [
  { type: 'projection', rate: 0.012, weekly: [1.6, 0.75, 0.75, 0.75, 0.8, 1.3, 1.7] },
  { type: 'drone_drop', rate: 0.0062, weekly: [1.3, 0.85, 0.85, 0.85, 0.85, 1.2, 1.4] },
  { type: 'contraband_found', rate: 0.0105, weekly: [0.7, 1.1, 1.15, 1.15, 1.1, 1, 0.75] },
  { type: 'assault_on_staff', rate: 0.0068, weekly: [0.9, 1.05, 1.05, 1.05, 1.05, 1, 0.9] },
  { type: 'escape_attempt', rate: 0.0008, weekly: [1, 1, 1, 1, 1, 1, 1] },
  { type: 'riot', rate: 0.0006, weekly: [1.2, 0.9, 0.9, 0.9, 0.9, 1, 1.2] },
  { type: 'graffiti', rate: 0.0003, weekly: [1, 1, 1, 1, 1, 1, 1] },
];

const DAY_MS = 86_400_000;
const SOURCE_TITLE = 'Vigie synthetic background (demo)';

/** The days from `from` to `to` inclusive, as YYYY-MM-DD strings. */
function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError(`invalid range ${from} .. ${to}`);
  const days: string[] = [];
  for (let time = start; time <= end; time += DAY_MS) days.push(new Date(time).toISOString().slice(0, 10));
  return days;
}

/** Relative rate of each event type on a given day: weekly profile, summer riots, rising drones. */
function dayWeights(day: string): number[] {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay();
  const month = date.getUTCMonth() + 1;
  const summer = month >= 6 && month <= 8;
  const yearsSince2024 = (date.getTime() - Date.UTC(2024, 0, 1)) / (365.25 * DAY_MS);
  return EVENTS.map(({ type, rate, weekly }) => {
    let weight = rate * weekly[weekday];
    if (type === 'drone_drop') weight *= Math.max(0.3, 1 + 0.35 * yearsSince2024);
    if (type === 'riot' && summer) weight *= 1.8;
    if (type === 'projection' && summer) weight *= 1.15;
    return weight;
  });
}

/** A per-site multiplier around 1 (roughly log-normal), so that some sites are hotspots. */
function siteFactor(random: Random): number {
  const gaussian = (random() + random() + random() + random() - 2) * Math.sqrt(3);
  return Math.exp(0.45 * gaussian);
}

function poisson(lambda: number, random: Random): number {
  const limit = Math.exp(-lambda);
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)];
}

function pickWeighted(cumulative: number[], random: Random): number {
  const target = random() * cumulative[cumulative.length - 1];
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

function cumulate(values: number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

// Metropolitan France (two-character department codes, Corsica included) observes Paris time.
const parisSummerTime = new Map<string, [string, string]>();
function lastSunday(year: number, monthIndex: number): string {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}
function parisOffset(day: string): string {
  const year = day.slice(0, 4);
  let bounds = parisSummerTime.get(year);
  if (!bounds) {
    bounds = [lastSunday(Number(year), 2), lastSunday(Number(year), 9)];
    parisSummerTime.set(year, bounds);
  }
  return day >= bounds[0] && day < bounds[1] ? '+02:00' : '+01:00';
}

/** `{at}` in local Paris time for metropolitan sites, else the day only. */
function timeOfDay(day: string, department: string, hours: [number, number], random: Random): Occurred {
  if (department.length !== 2) return { date: day };
  const hour = hours[0] + Math.floor(random() * (hours[1] - hours[0]));
  const minute = Math.floor(random() * 12) * 5;
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return { at: `${day}T${hh}:${mm}:00${parisOffset(day)}` };
}

const CONTRABAND = [
  'mobile phones',
  'cannabis resin',
  'SIM cards',
  'phone chargers',
  'tobacco',
  'a small amount of cocaine',
  'a ceramic blade',
  'USB keys',
];
const ASSAULT_WEAPONS = ['improvised blade', 'chair leg', 'hot liquid'];
const ASSAULT_MOMENTS = ['a cell search', 'the meal round', 'a transfer between wings', 'the return from the yard'];
const ESCAPE_ATTEMPTS = [
  'sawn bars found during a round',
  'a detainee caught on the perimeter fence',
  'a rope of knotted sheets found',
];
const RIOT_OUTCOMES = [
  'a regional intervention team restored order',
  'cells were damaged on one wing',
  'the wing was locked down for the evening',
];
// Ordinary wall graffiti, deliberately unrelated to the DDPF tag of the seed wave.
const ORDINARY_TAGS = ['ACAB', '1312', 'ZN4', 'BLOK B'];

function contents(random: Random): string {
  const first = pick(CONTRABAND, random);
  const second = pick(CONTRABAND, random);
  return first === second ? first : `${first} and ${second}`;
}

type Occurred = IncidentDraft['occurred'];
type Details = Pick<
  IncidentDraft,
  'occurred' | 'target_kinds' | 'weapons' | 'signatures' | 'casualties' | 'description'
>;

/** The event-specific part of a background incident. */
function details(type: BackgroundEvent, day: string, department: string, random: Random): Details {
  const base = {
    target_kinds: ['facility' as const],
    weapons: [],
    signatures: [],
    casualties: { killed: 0, injured: 0 },
  };
  switch (type) {
    case 'projection': {
      const draw = random();
      const occurred =
        draw < 0.5 ? { date: day } : draw < 0.8 ? { night_of: day } : timeOfDay(day, department, [10, 22], random);
      return {
        ...base,
        occurred,
        description: `Package thrown over the perimeter wall; ${contents(random)} recovered.`,
      };
    }
    case 'drone_drop':
      return {
        ...base,
        occurred: random() < 0.8 ? { night_of: day } : { date: day },
        description: `Drone seen above the exercise yard; a package with ${contents(random)} was found.`,
      };
    case 'contraband_found':
      return {
        ...base,
        occurred: timeOfDay(day, department, [8, 18], random),
        description: `Cell search found ${contents(random)}.`,
      };
    case 'assault_on_staff': {
      const draw = random();
      return {
        ...base,
        occurred: timeOfDay(day, department, [7, 20], random),
        target_kinds: ['staff_person'],
        weapons: random() < 0.25 ? [pick(ASSAULT_WEAPONS, random)] : [],
        casualties: { killed: 0, injured: draw < 0.05 ? 0 : draw < 0.85 ? 1 : 2 },
        description: `A detainee assaulted an officer during ${pick(ASSAULT_MOMENTS, random)}.`,
      };
    }
    case 'escape_attempt':
      return {
        ...base,
        occurred: { date: day },
        description: `Escape attempt foiled: ${pick(ESCAPE_ATTEMPTS, random)}.`,
      };
    case 'riot':
      return {
        ...base,
        occurred: timeOfDay(day, department, [14, 20], random),
        casualties: { killed: 0, injured: Math.floor(random() * 4) },
        description: `Collective refusal to return from the yard; ${pick(RIOT_OUTCOMES, random)}.`,
      };
    case 'graffiti':
      return {
        ...base,
        occurred: { week_of: day },
        signatures: [{ kind: 'tag', text: pick(ORDINARY_TAGS, random) }],
        description: 'Ordinary graffiti painted on the outer wall near the car park.',
      };
  }
}

function buildIncident(
  externalId: string,
  facility: BackgroundFacility,
  type: BackgroundEvent,
  day: string,
  random: Random,
): IncidentDraft {
  const { description, ...rest } = details(type, day, facility.department, random);
  return {
    external_id: externalId,
    facility: facility.id,
    event_types: [type],
    ...rest,
    description: `[Synthetic background] ${description}`,
    status: random() < 0.25 ? 'verified' : 'reported',
    sources: [{ kind: 'other', title: SOURCE_TITLE, reliability: 'F', credibility: 6 }],
  };
}

/** Each site's expected number of incidents on a day of weight 1 (activity of its kind times a site factor). */
function siteScales(facilities: BackgroundFacility[], random: Random): number[] {
  return facilities.map((facility) => (KIND_ACTIVITY[facility.kind] ?? UNKNOWN_KIND_ACTIVITY) * siteFactor(random));
}

/**
 * The deterministic synthetic background of ordinary incidents over `from`..`to` at every given site,
 * in date order. The same options always give the same rows (about 4,500 over two years at 202 sites).
 */
export function generateBackground(options: BackgroundOptions): IncidentDraft[] {
  const random = mulberry32(options.seed);
  const scales = siteScales(options.facilities, random);
  const incidents: IncidentDraft[] = [];
  for (const day of daysBetween(options.from, options.to)) {
    const weights = dayWeights(day);
    const cumulative = cumulate(weights);
    const dayTotal = cumulative[cumulative.length - 1];
    options.facilities.forEach((facility, index) => {
      const count = poisson(scales[index] * dayTotal, random);
      for (let k = 0; k < count; k += 1) {
        const type = EVENTS[pickWeighted(cumulative, random)].type;
        incidents.push(buildIncident(`synthetic-${options.seed}-${incidents.length + 1}`, facility, type, day, random));
      }
    });
  }
  return incidents;
}

/**
 * Streams `count` synthetic incidents for benchmarks, cheaply: rows spread evenly over the date range
 * (dense, unlike the demo background), sites drawn by activity, event types by the day's profile.
 * External ids are `synthetic-stream-<seed>-<n>`, apart from the demo background's.
 */
export function* generateSyntheticIncidents(
  count: number,
  seed: number,
  facilities: BackgroundFacility[],
  range: { from?: string; to?: string } = {},
): Generator<IncidentDraft> {
  if (facilities.length === 0) throw new RangeError('generateSyntheticIncidents needs at least one facility');
  const random = mulberry32(seed);
  const siteCumulative = cumulate(siteScales(facilities, random));
  const days = daysBetween(range.from ?? '2015-01-01', range.to ?? DEFAULT_BACKGROUND.to);
  const dayCumulative = days.map((day) => cumulate(dayWeights(day)));
  for (let n = 0; n < count; n += 1) {
    const dayIndex = Math.floor((n * days.length) / count);
    const facility = facilities[pickWeighted(siteCumulative, random)];
    const type = EVENTS[pickWeighted(dayCumulative[dayIndex], random)].type;
    yield buildIncident(`synthetic-stream-${seed}-${n + 1}`, facility, type, days[dayIndex], random);
  }
}
