/**
 * Synthetic sites and incidents for the wave tests and the benchmark: background-only streams drawn
 * from known rates or from a fitted baseline, to which tests add planted bursts. Seeded throughout.
 */
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import { Baseline } from './baseline.ts';
import { parisDay, parisDayStart, weekdayOfDay } from './paris-day.ts';
import type { Rng } from './rng.ts';

const KINDS = ['maison_arret', 'centre_penitentiaire', 'centre_detention'];
const NONE: never[] = [];

/**
 * `count` sites spread over mainland France; the directorate follows a 3 × 3 grid of the map (as
 * interregional directorates cover neighbouring departments), kinds alternate.
 */
export function syntheticSites(count: number, rng: Rng): AnalysisSite[] {
  return Array.from({ length: count }, (_, index) => {
    const lat = 42.6 + rng.float() * 8.3;
    const lon = -4.4 + rng.float() * 12;
    const directorate = `DISP-${Math.min(2, Math.floor((lat - 42.6) / 2.77))}${Math.min(2, Math.floor((lon + 4.4) / 4))}`;
    return {
      id: `site-${index}`,
      lat,
      lon,
      department: String(10 + (index % 80)),
      directorate,
      kind: KINDS[index % KINDS.length],
    };
  });
}

/** A valid incident at a site; tests state only what matters to them. */
export function syntheticIncident(
  site: AnalysisSite,
  start: number,
  overrides: Partial<AnalysisIncident> = {},
): AnalysisIncident {
  return {
    id: overrides.id ?? `incident-${site.id}-${start}`,
    start,
    end: start + 3_600_000,
    siteId: site.id,
    lat: site.lat,
    lon: site.lon,
    department: site.department,
    directorate: site.directorate,
    facilityKind: site.kind,
    eventTypes: NONE,
    targetKinds: NONE,
    weapons: NONE,
    signatures: NONE,
    grade: null,
    status: 'verified',
    ...overrides,
  };
}

/** How a background stream is drawn. */
export interface BackgroundSpec {
  sites: readonly AnalysisSite[];
  from: number;
  to: number;
  /** expected incidents of a class at a site on a local day of a given weekday (0 = Monday) */
  rate: (site: number, className: string, weekday: number) => number;
  classes: readonly string[];
  /** the event type written on each incident, so a classOf can read the class back */
  eventType?: (className: string) => string;
}

/**
 * Background incidents, generated lazily (a million incidents need not sit in memory at once):
 * per site, class and local day, a Poisson count at uniform times within the day.
 */
export function* backgroundIncidents(spec: BackgroundSpec, rng: Rng): Generator<AnalysisIncident> {
  let serial = 0;
  for (let day = parisDay(spec.from); day <= parisDay(spec.to - 1); day++) {
    const start = Math.max(parisDayStart(day), spec.from);
    const end = Math.min(parisDayStart(day + 1), spec.to);
    const fraction = (end - start) / (parisDayStart(day + 1) - parisDayStart(day));
    const weekday = weekdayOfDay(day);
    for (let s = 0; s < spec.sites.length; s++) {
      for (const className of spec.classes) {
        const count = rng.poisson(spec.rate(s, className, weekday) * fraction);
        for (let i = 0; i < count; i++) {
          const time = Math.floor(start + rng.float() * (end - start));
          yield syntheticIncident(spec.sites[s], time, {
            id: `bg-${serial++}`,
            eventTypes: [spec.eventType?.(className) ?? className],
          });
        }
      }
    }
  }
}

/** Background incidents drawn from a fitted baseline: the null hypothesis of the scans, exactly. */
export function incidentsFromBaseline(
  baseline: Baseline,
  sites: readonly AnalysisSite[],
  classes: readonly string[],
  from: number,
  to: number,
  rng: Rng,
): AnalysisIncident[] {
  const rows = sites.map((site) => baseline.siteIndex(site.id));
  return [
    ...backgroundIncidents(
      {
        sites,
        from,
        to,
        classes,
        rate: (site, className, weekday) => {
          // the rate of a local day of this weekday: any day with that weekday will do
          const day = 3 + ((weekday + 7 - weekdayOfDay(3)) % 7);
          return baseline.dayRate(rows[site], baseline.classIndexes(className), day);
        },
      },
      rng,
    ),
  ];
}

/** The class of a synthetic incident: its first event type. */
export function syntheticClassOf(incident: AnalysisIncident): string | null {
  return incident.eventTypes[0] ?? null;
}

/** A baseline with the same rate everywhere and no weekday effect, for tests that need exact rates. */
export function constantBaseline(
  sites: readonly AnalysisSite[],
  classes: readonly string[],
  ratePerDay: number,
  from: number,
  to: number,
): Baseline {
  const cells = sites.length * classes.length;
  return Baseline.fromJSON({
    version: 1,
    from,
    to,
    siteIds: sites.map((site) => site.id),
    classes: [...classes],
    siteRates: Array.from({ length: cells }, () => ratePerDay),
    weekdayFactors: Array.from({ length: classes.length * 7 }, () => 1),
    counts: Array.from({ length: cells }, () => 0),
    siteWeights: Array.from({ length: cells }, () => 1),
  });
}
