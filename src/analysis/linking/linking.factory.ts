/**
 * Test factories for linking: valid AnalysisIncidents where a test states only what matters to it,
 * the April 2025 scenario, and a seeded background history. Used by the *.test.ts files only.
 */
import { normalizeSignature } from '../../core/shared/fold-text.ts';
import type { AnalysisIncident } from '../types.ts';
import { mulberry32 } from '../random.ts';

type Grade = AnalysisIncident['grade'];

/** A signature as the store folds it. */
export function signature(text: string, kind = 'tag'): AnalysisIncident['signatures'][number] {
  return { kind, text, normalized: normalizeSignature(text) };
}

/** Grade from its code: grade('B2'). */
export function grade(code: string): Grade {
  return {
    reliability: code[0] as NonNullable<Grade>['reliability'],
    credibility: Number(code[1]) as NonNullable<Grade>['credibility'],
  };
}

/** An instant in the night `n` of the April 2025 wave (night 0: 13 to 14 April), at `hour` UTC. */
export function night(n: number, hour = 1): number {
  return Date.UTC(2025, 3, 14 + n, hour);
}

/** A verified A1 car arson on a staff vehicle, one hour long, at the given place and time. */
export function incident(fields: Partial<AnalysisIncident> & { id: string }): AnalysisIncident {
  const start = fields.start ?? night(0);
  return {
    start,
    end: start + 3_600_000,
    siteId: null,
    lat: 45,
    lon: 3,
    department: null,
    directorate: null,
    facilityKind: null,
    eventTypes: ['vehicle_arson'],
    targetKinds: ['staff_vehicle'],
    weapons: [],
    signatures: [],
    grade: grade('A1'),
    status: 'verified',
    ...fields,
  };
}

export const SITES = {
  toulon: { siteId: 'toulon-la-farlede', lat: 43.158, lon: 6.043 },
  villepinte: { siteId: 'villepinte', lat: 48.958, lon: 2.548 },
  nanterre: { siteId: 'nanterre', lat: 48.891, lon: 2.196 },
  aixLuynes: { siteId: 'aix-luynes', lat: 43.479, lon: 5.424 },
  valence: { siteId: 'valence', lat: 44.919, lon: 4.926 },
  marseille: { siteId: 'marseille-baumettes', lat: 43.215, lon: 5.411 },
} as const;

/**
 * Eight attacks over three nights at six prisons, most tagged DDPF (one misspelt DDFP, one
 * untagged with the same MO, one resting on an ungraded rumour), and two unrelated drone drops.
 */
export function aprilWave(): { wave: AnalysisIncident[]; background: AnalysisIncident[] } {
  const wave = [
    incident({
      id: 'w-toulon-gunfire',
      ...SITES.toulon,
      start: night(0, 1),
      eventTypes: ['gunfire'],
      targetKinds: ['facility'],
      weapons: ['firearm'],
      signatures: [signature('DDPF')],
      grade: grade('B2'),
    }),
    incident({
      id: 'w-villepinte-cars',
      ...SITES.villepinte,
      start: night(0, 2),
      signatures: [signature('D.D.P.F')],
      grade: grade('A2'),
    }),
    incident({
      id: 'w-nanterre-cars',
      ...SITES.nanterre,
      start: night(1, 0),
      signatures: [signature('DDPF')],
      grade: grade('B2'),
    }),
    incident({
      id: 'w-aix-cars',
      ...SITES.aixLuynes,
      start: night(1, 3),
      signatures: [signature('ddpf')],
      grade: grade('C3'),
    }),
    incident({
      id: 'w-valence-cars',
      ...SITES.valence,
      start: night(1, 2),
      signatures: [signature('DDFP')],
      grade: grade('B3'),
    }),
    incident({ id: 'w-marseille-cars', ...SITES.marseille, start: night(2, 1), grade: grade('B2') }),
    incident({
      id: 'w-toulon-cars',
      ...SITES.toulon,
      start: night(2, 2),
      signatures: [signature('DDPF')],
      grade: null,
    }),
    incident({
      id: 'w-marseille-tag',
      ...SITES.marseille,
      start: night(2, 3),
      eventTypes: ['graffiti'],
      targetKinds: ['facility'],
      signatures: [signature('DDPF')],
      grade: grade('B2'),
    }),
  ];
  const background = [
    incident({
      id: 'x-toulon-drone',
      ...SITES.toulon,
      start: night(1, 22),
      eventTypes: ['drone_drop'],
      targetKinds: ['facility'],
    }),
    incident({
      id: 'x-marseille-drone',
      ...SITES.marseille,
      start: night(2, 0),
      eventTypes: ['drone_drop'],
      targetKinds: ['facility'],
      grade: grade('B2'),
    }),
  ];
  return { wave, background };
}

/** A small seeded generator, so synthetic histories are the same on every run. */
export const seededRandom = mulberry32;

const EVENTS = [
  'drone_drop',
  'projection',
  'vehicle_arson',
  'graffiti',
  'threat',
  'intrusion',
  'contraband_found',
  'arson',
];
const TARGETS = ['facility', 'staff_vehicle', 'staff_home', 'transport'];

/**
 * `count` background incidents across mainland France between `from` and `to`, a third of them
 * tagged from a pool of `tags` tags where a few are very common (skewed draw), none of them DDPF.
 */
export function backgroundHistory(
  count: number,
  options: { seed?: number; from?: number; to?: number; tags?: number; prefix?: string } = {},
): AnalysisIncident[] {
  const random = seededRandom(options.seed ?? 7);
  const from = options.from ?? Date.UTC(2022, 0, 1);
  const to = options.to ?? Date.UTC(2025, 0, 1);
  const tags = options.tags ?? 2000;
  const result: AnalysisIncident[] = [];
  for (let i = 0; i < count; i++) {
    const start = from + Math.floor(random() * (to - from));
    const signatures = random() < 0.33 ? [signature(`bg${Math.floor(tags * random() ** 3)}x`)] : [];
    result.push(
      incident({
        id: `${options.prefix ?? 'bg'}-${String(i).padStart(7, '0')}`,
        start,
        lat: 43 + random() * 6,
        lon: -1 + random() * 8,
        eventTypes: [EVENTS[Math.floor(random() * EVENTS.length)]],
        targetKinds: [TARGETS[Math.floor(random() * TARGETS.length)]],
        signatures,
        grade: random() < 0.3 ? null : grade(`${'ABCDEF'[Math.floor(random() * 6)]}${1 + Math.floor(random() * 6)}`),
      }),
    );
  }
  return result;
}
