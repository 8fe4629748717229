/**
 * What the bench plants in the background, with its ground truth: national waves (a distinct tag
 * per wave, written exactly, punctuated, one edit off or not at all), regional clusters without a
 * signature, and hard negatives that must not raise an alarm (unsigned coincidences, single-site
 * bursts, copycat tags). Each kind draws from its own seeded stream, so a plant-free history keeps
 * exactly the same negatives.
 */
import { damerauLevenshtein } from '../../src/analysis/linking/signature-similarity.ts';
import { normalizeSignature } from '../../src/core/shared/fold-text.ts';
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import { parisDay, parisDayStart } from '../../src/analysis/waves/paris-day.ts';
import type { Rng } from '../../src/analysis/waves/rng.ts';
import { timeInDay } from './generator-background.ts';
import { kmBetween } from './sites.ts';
import {
  ATTACK_MOS,
  COMMON_TAGS,
  makeIncident,
  NO_SIGNATURE,
  randomAttackMo,
  randomWord,
  tagged,
  WAVE_MOS,
  type ModusOperandi,
} from './vocabulary.ts';

/** How a wave member writes the wave's tag. */
export type TagVariant = 'exact' | 'punctuated' | 'one_edit' | 'absent';

/**
 * fast: 2-10 sites over 1-7 nights, 80 % tagged; long: about 15 sites over 21 nights, a few struck
 * twice; spread: shaped like April 2025 (about 15 sites over 21 nights, never the same one twice,
 * anywhere in France, the busiest prisons most often).
 */
export type WaveShape = 'fast' | 'long' | 'spread';

export interface PlantedWave {
  id: string;
  shape: WaveShape;
  /** the share of members carrying the tag (exactly, punctuated or one edit off) */
  tagShare: number;
  tag: string;
  members: string[];
  sites: string[];
  start: number;
  end: number;
  /** when the third distinct site was hit (null below three sites) */
  firstThreeAt: number | null;
  /** when each distinct site was first hit, in order */
  siteTimes: number[];
  /** when each distinct site first got a carrier of the tag, in order */
  taggedSiteTimes: number[];
  days: number;
  variants: Record<TagVariant, number>;
}

export interface PlantedGroup {
  id: string;
  kind: 'regional' | 'coincidence' | 'single_site_burst' | 'copycat' | 'holiday_surge';
  members: string[];
  sites: string[];
  start: number;
  end: number;
}

export interface Planted<T> {
  truth: T[];
  incidents: AnalysisIncident[];
}

interface Window {
  from: number;
  to: number;
}

/** A random site at least `minKm` from every chosen one (given up after 200 tries). */
function farSite(
  sites: readonly AnalysisSite[],
  chosen: AnalysisSite[],
  minKm: number,
  rng: Rng,
): AnalysisSite | undefined {
  for (let attempt = 0; attempt < 200; attempt++) {
    const site = sites[rng.int(sites.length)];
    if (chosen.includes(site)) continue;
    if (chosen.every((other) => kmBetween(site, other) >= minKm)) return site;
  }
  return undefined;
}

/**
 * Share of a wave's sites in its home directorates. Campaigns have a ground: in April 2025 most acts
 * fell in the south-east and around Paris, a few far from them. Until December 2026 the bench drew
 * every wave site anywhere in France, so the campaign's ground said nothing about its next act.
 */
const HOME_SHARE = 0.8;

/** `count` home directorates, drawn by their sites (a directorate with more prisons more often). */
function homeDirectorates(sites: readonly AnalysisSite[], count: number, rng: Rng): Set<string | null> {
  const homes = new Set<string | null>();
  while (homes.size < count) homes.add(sites[rng.int(sites.length)].directorate);
  return homes;
}

/**
 * A wave's `size` sites: `HOME_SHARE` of them in its home directorates, the others anywhere; 85 % of
 * them at least 100 km from those already chosen (closer when the ground holds no such site).
 */
function waveSites(sites: readonly AnalysisSite[], size: number, homes: Set<string | null>, rng: Rng): AnalysisSite[] {
  const home = sites.filter((site) => homes.has(site.directorate));
  const chosen: AnalysisSite[] = [];
  while (chosen.length < size) {
    const pool = rng.float() < HOME_SHARE ? home : sites;
    const minKm = rng.float() < 0.85 ? 100 : 0;
    const site = farSite(pool, chosen, minKm, rng) ?? farSite(pool, chosen, 0, rng) ?? farSite(sites, chosen, 0, rng);
    if (site) chosen.push(site);
  }
  return chosen;
}

/** A wave's repertoire (April 2025: staff cars, gunfire, threats at homes): a main class on 3 acts in 4, a second one. */
function repertoire(rng: Rng): { main: ModusOperandi; second: ModusOperandi } {
  const main = WAVE_MOS[rng.int(WAVE_MOS.length)];
  let second = main;
  while (second === main) second = WAVE_MOS[rng.int(WAVE_MOS.length)];
  return { main, second };
}

const actOf = (classes: ReturnType<typeof repertoire>, rng: Rng) =>
  rng.float() < 0.75 ? classes.main : classes.second;

/** The tags a new wave tag must stay away from: the ordinary ones (wave tags are added as drawn). */
export const takenTags = () => COMMON_TAGS.map(normalizeSignature);

/** A wave tag: 3 to 5 letters, at least 3 edits from every other wave tag and ordinary tag. */
function waveTag(taken: string[], rng: Rng): string {
  for (;;) {
    const tag = randomWord(rng, 3 + rng.int(3));
    const normalized = tag.toLowerCase();
    if (taken.every((other) => damerauLevenshtein(normalized, other, 2) > 2)) {
      taken.push(normalized);
      return tag;
    }
  }
}

/** The tag one edit off: two neighbouring letters swapped, or one letter changed. */
function oneEdit(tag: string, rng: Rng): string {
  const i = rng.int(tag.length - 1);
  if (rng.float() < 0.5 && tag[i] !== tag[i + 1]) return tag.slice(0, i) + tag[i + 1] + tag[i] + tag.slice(i + 2);
  const j = rng.int(tag.length);
  let letter = tag[j];
  while (letter === tag[j]) letter = String.fromCharCode(65 + rng.int(26));
  return tag.slice(0, j) + letter + tag.slice(j + 1);
}

function variantOf(first: boolean, rng: Rng): TagVariant {
  if (first) return 'exact';
  const u = rng.float();
  return u < 0.5 ? 'exact' : u < 0.7 ? 'punctuated' : u < 0.8 ? 'one_edit' : 'absent';
}

function writeTag(tag: string, variant: TagVariant, rng: Rng) {
  if (variant === 'absent') return NO_SIGNATURE;
  if (variant === 'punctuated') return tagged(tag.split('').join('.'));
  if (variant === 'one_edit') return tagged(oneEdit(tag, rng));
  return tagged(rng.float() < 0.2 ? tag.toLowerCase() : tag);
}

/** The site count of a wave: 2 to 10, three quarters of them 4 or more. */
function waveSize(rng: Rng): number {
  const u = rng.float();
  return u < 0.12 ? 2 : u < 0.25 ? 3 : 4 + rng.int(7);
}

/** A night of a wave: a start at night on local day `day`. */
const nightAt = (day: number, rng: Rng) => timeInDay(parisDayStart(day), 'attack', rng);

/**
 * `count` national waves in `window`: 2 to 10 sites, 85 % of them placed at least 100 km from the
 * others, over 1 to 7 nights, each site hit once (a fifth of them twice), most members with the
 * wave's MO and tag.
 */
export function plantWaves(
  sites: readonly AnalysisSite[],
  count: number,
  window: Window,
  rng: Rng,
): Planted<PlantedWave> {
  const taken = takenTags();
  const truth: PlantedWave[] = [];
  const incidents: AnalysisIncident[] = [];
  const firstDay = parisDay(window.from);
  const span = parisDay(window.to) - firstDay - 10;
  for (let w = 0; w < count; w++) {
    const id = `w${String(w).padStart(3, '0')}`;
    const tag = waveTag(taken, rng);
    const size = waveSize(rng);
    const days = 1 + rng.int(7);
    const day0 = firstDay + rng.int(span);
    const chosen = waveSites(sites, size, homeDirectorates(sites, 1 + rng.int(2), rng), rng);
    const classes = repertoire(rng);
    const hits: Array<{ site: AnalysisSite; start: number }> = [];
    chosen.forEach((site, i) => {
      hits.push({ site, start: nightAt(day0 + (i === 0 ? 0 : rng.int(days)), rng) });
      if (rng.float() < 0.2) hits.push({ site, start: nightAt(day0 + rng.int(days), rng) });
    });
    hits.sort((x, y) => x.start - y.start);
    const variants: Record<TagVariant, number> = { exact: 0, punctuated: 0, one_edit: 0, absent: 0 };
    const members = hits.map((hit, i) => {
      const variant = variantOf(i === 0, rng);
      variants[variant]++;
      const modus = actOf(classes, rng);
      const incident = makeIncident(
        `${id}-${String(i).padStart(2, '0')}`,
        hit.site,
        hit.start,
        modus,
        writeTag(tag, variant, rng),
        rng,
      );
      incidents.push(incident);
      return incident;
    });
    truth.push(waveTruth(id, 'fast', tag, members, days, variants));
  }
  return { truth, incidents };
}

/** The ground truth of a wave from its members (sorted by start). */
function waveTruth(
  id: string,
  shape: WaveShape,
  tag: string,
  members: readonly AnalysisIncident[],
  days: number,
  variants: Record<TagVariant, number>,
): PlantedWave {
  const firstSeen = (list: readonly AnalysisIncident[]) => {
    const seen = new Set<string>();
    return list.filter((member) => !seen.has(member.siteId!) && seen.add(member.siteId!)).map((member) => member.start);
  };
  const siteTimes = firstSeen(members);
  const carriers = members.filter((member) => member.signatures.length > 0);
  return {
    id,
    shape,
    tagShare: carriers.length / members.length,
    tag,
    members: members.map((m) => m.id),
    sites: [...new Set(members.map((m) => m.siteId!))],
    start: members[0].start,
    end: members[members.length - 1].start,
    firstThreeAt: siteTimes[2] ?? null,
    siteTimes,
    taggedSiteTimes: firstSeen(carriers),
    days,
    variants,
  };
}

/**
 * Share of a long wave's sites drawn within 100 km of a site it already chose. April 2025 struck in
 * pockets (Aix, Toulon, Tarascon, Draguignan; Réau, Nanterre, Villepinte, Melun; Valence, Corbas,
 * Villefranche): 9 of its 14 facilities after the first lie within 100 km of one struck before, median
 * 94 km. Until December 2026 the long waves kept 85 % of their sites 100 km or more from the others,
 * as the fast waves do, so no rule could learn the pockets the real wave showed.
 */
const LONG_NEAR_SHARE = 0.65;

/** A long wave's sites: in pockets (`LONG_NEAR_SHARE` near one already chosen), the others as `waveSites` draws them. */
function longWaveSites(
  sites: readonly AnalysisSite[],
  size: number,
  homes: Set<string | null>,
  rng: Rng,
): AnalysisSite[] {
  const home = sites.filter((site) => homes.has(site.directorate));
  const chosen: AnalysisSite[] = [];
  while (chosen.length < size) {
    let site: AnalysisSite | undefined;
    if (chosen.length > 0 && rng.float() < LONG_NEAR_SHARE) {
      const near = sites.filter((other) => !chosen.includes(other) && chosen.some((c) => kmBetween(other, c) < 100));
      if (near.length > 0) site = near[rng.int(near.length)];
    }
    site ??= farSite(rng.float() < HOME_SHARE ? home : sites, chosen, 0, rng) ?? farSite(sites, chosen, 0, rng);
    if (site) chosen.push(site);
  }
  return chosen;
}

/**
 * A spreading wave's sites, the hard shape of April 2025: a new site at each act (no site twice),
 * anywhere in France (no home directorates), each drawn in proportion to its usual attack rate
 * (`rates`): the wave's attackers go where there is most to hit, as attackers do every night (the
 * real wave struck mostly large maisons d'arrêt and centres pénitentiaires). In pockets as the long
 * waves are (`LONG_NEAR_SHARE` of the sites after the first among those within 100 km of one chosen,
 * still by rate): the real wave went from Aix to Toulon, Tarascon and Draguignan, from Valence to
 * Corbas and Villefranche.
 */
function spreadingSites(
  sites: readonly AnalysisSite[],
  size: number,
  rates: ArrayLike<number>,
  rng: Rng,
): AnalysisSite[] {
  const chosen: AnalysisSite[] = [];
  while (chosen.length < size) {
    const free = sites.map((site, s) => ({ site, rate: rates[s] })).filter(({ site }) => !chosen.includes(site));
    const near = free.filter(({ site }) => chosen.some((c) => kmBetween(site, c) < 100));
    const pool = chosen.length > 0 && near.length > 0 && rng.float() < LONG_NEAR_SHARE ? near : free;
    let u = rng.float() * pool.reduce((sum, row) => sum + row.rate, 0);
    const drawn = pool.find((row) => (u -= row.rate) <= 0) ?? pool[pool.length - 1];
    chosen.push(drawn.site);
  }
  return chosen;
}

/** Nights of a long wave. */
const LONG_NIGHTS = 21;
/** Share of a long wave's attacks on its few peak nights (April 2025: most acts on 13-15 April). */
const LONG_PEAK_SHARE = 0.4;

/**
 * `count` long waves shaped like April-May 2025: 13 to 17 sites (in pockets, `longWaveSites`) over 21 nights, 18 to 22 attacks
 * (each site once, a few twice), a share `tagShare` of them carrying the tag (exactly on 5/8 of the
 * carriers, punctuated on 2/8, one edit off on 1/8), chosen at random: the first attack need not
 * carry it. 40 % of the attacks fall on three peak nights (the first within the first three nights),
 * the rest uniformly over the 21 nights; 75 % share the wave's MO. Ids start with `w` like the fast
 * waves (`wl` then the tag share in percent), so every wave score counts them. Given the sites' usual
 * rates (`spreading`), the waves spread instead (`ws`, shape `spread`): each site once, drawn by
 * `spreadingSites`, the hard shape the real wave showed.
 */
export function plantLongWaves(
  sites: readonly AnalysisSite[],
  count: number,
  tagShare: number,
  window: Window,
  taken: string[],
  rng: Rng,
  /** each site's usual attack rate: given, the waves spread (`spreadingSites`, each site once) */
  spreading?: ArrayLike<number>,
): Planted<PlantedWave> {
  const truth: PlantedWave[] = [];
  const incidents: AnalysisIncident[] = [];
  const firstDay = parisDay(window.from);
  const span = parisDay(window.to) - firstDay - LONG_NIGHTS - 5;
  const shape: WaveShape = spreading ? 'spread' : 'long';
  for (let w = 0; w < count; w++) {
    const id = `w${spreading ? 's' : 'l'}${Math.round(tagShare * 100)}-${String(w).padStart(3, '0')}`;
    const tag = waveTag(taken, rng);
    const size = 13 + rng.int(5);
    const attacks = spreading ? size : Math.max(size, 18 + rng.int(5));
    const day0 = firstDay + rng.int(span);
    const peaks = [rng.int(3), rng.int(LONG_NIGHTS), rng.int(LONG_NIGHTS)];
    const chosen = spreading
      ? spreadingSites(sites, size, spreading, rng)
      : longWaveSites(sites, size, homeDirectorates(sites, 2 + rng.int(2), rng), rng);
    const targets = [...chosen, ...Array.from({ length: attacks - size }, () => chosen[rng.int(size)])];
    const hits = targets.map((site) => ({
      site,
      start: nightAt(day0 + (rng.float() < LONG_PEAK_SHARE ? peaks[rng.int(3)] : rng.int(LONG_NIGHTS)), rng),
    }));
    hits.sort((x, y) => x.start - y.start);
    const carriers = new Set<number>();
    const wanted = Math.round(tagShare * hits.length);
    while (carriers.size < wanted) carriers.add(rng.int(hits.length));
    const classes = repertoire(rng);
    const variants: Record<TagVariant, number> = { exact: 0, punctuated: 0, one_edit: 0, absent: 0 };
    const members = hits.map((hit, i) => {
      const u = rng.float();
      const variant: TagVariant = !carriers.has(i)
        ? 'absent'
        : u < 5 / 8
          ? 'exact'
          : u < 7 / 8
            ? 'punctuated'
            : 'one_edit';
      variants[variant]++;
      const modus = actOf(classes, rng);
      return makeIncident(
        `${id}-${String(i).padStart(2, '0')}`,
        hit.site,
        hit.start,
        modus,
        writeTag(tag, variant, rng),
        rng,
      );
    });
    incidents.push(...members);
    truth.push(waveTruth(id, shape, tag, members, LONG_NIGHTS, variants));
  }
  return { truth, incidents };
}

/** `count` regional clusters: 3 to 6 neighbouring sites (within 150 km of a centre) over 2 to 4 days, no tag. */
export function plantRegional(
  sites: readonly AnalysisSite[],
  count: number,
  window: Window,
  rng: Rng,
): Planted<PlantedGroup> {
  const truth: PlantedGroup[] = [];
  const incidents: AnalysisIncident[] = [];
  const firstDay = parisDay(window.from);
  const span = parisDay(window.to) - firstDay - 10;
  while (truth.length < count) {
    const centre = sites[rng.int(sites.length)];
    const near = sites
      .filter((site) => kmBetween(site, centre) <= 150)
      .sort((x, y) => kmBetween(x, centre) - kmBetween(y, centre));
    const size = 3 + rng.int(4);
    if (near.length < size) continue;
    const id = `r${String(truth.length).padStart(3, '0')}`;
    const days = 2 + rng.int(3);
    const day0 = firstDay + rng.int(span);
    const main = ATTACK_MOS[rng.int(ATTACK_MOS.length)].mo;
    const hits = near
      .slice(0, size)
      .flatMap((site) =>
        Array.from({ length: 1 + rng.poisson(1) }, () => ({ site, start: nightAt(day0 + rng.int(days), rng) })),
      );
    hits.sort((x, y) => x.start - y.start);
    const members = hits.map((hit, i) =>
      makeIncident(
        `${id}-${String(i).padStart(2, '0')}`,
        hit.site,
        hit.start,
        rng.float() < 0.7 ? main : randomAttackMo(rng),
        NO_SIGNATURE,
        rng,
      ),
    );
    incidents.push(...members);
    truth.push({
      id,
      kind: 'regional',
      members: members.map((m) => m.id),
      sites: near.slice(0, size).map((s) => s.id),
      start: members[0].start,
      end: members[members.length - 1].start,
    });
  }
  return { truth, incidents };
}

function group(kind: PlantedGroup['kind'], id: string, members: AnalysisIncident[]): PlantedGroup {
  members.sort((x, y) => x.start - y.start);
  return {
    id,
    kind,
    members: members.map((m) => m.id),
    sites: [...new Set(members.map((m) => m.siteId!))],
    start: members[0].start,
    end: members[members.length - 1].start,
  };
}

/**
 * Hard negatives: unsigned coincidences (3 to 5 attacks of different MOs the same night, 200 km or
 * more apart), single-site bursts (4 to 8 attacks at one site in 1 or 2 days, half with a local
 * tag), and copycats (a quarter of the waves' tags written again at 1 or 2 sites, each on its own night 2 to
 * 8 months later).
 */
export function plantNegatives(
  sites: readonly AnalysisSite[],
  counts: { coincidences: number; bursts: number },
  waves: readonly PlantedWave[],
  window: Window,
  rng: Rng,
): Planted<PlantedGroup> {
  const truth: PlantedGroup[] = [];
  const incidents: AnalysisIncident[] = [];
  const firstDay = parisDay(window.from);
  const span = parisDay(window.to) - firstDay - 10;
  for (let c = 0; c < counts.coincidences; c++) {
    const day = firstDay + rng.int(span);
    const chosen: AnalysisSite[] = [];
    const size = 3 + rng.int(3);
    while (chosen.length < size) {
      const site = farSite(sites, chosen, 200, rng);
      if (site) chosen.push(site);
    }
    const offset = rng.int(ATTACK_MOS.length);
    const members = chosen.map((site, i) =>
      makeIncident(
        `nc${c}-${i}`,
        site,
        nightAt(day, rng),
        ATTACK_MOS[(offset + i) % ATTACK_MOS.length].mo,
        NO_SIGNATURE,
        rng,
      ),
    );
    incidents.push(...members);
    truth.push(group('coincidence', `nc${c}`, members));
  }
  for (let b = 0; b < counts.bursts; b++) {
    const site = sites[rng.int(sites.length)];
    const day = firstDay + rng.int(span);
    const days = 1 + rng.int(2);
    const modus = randomAttackMo(rng);
    const local = rng.float() < 0.5 ? tagged(randomWord(rng, 5)) : undefined;
    const members = Array.from({ length: 4 + rng.int(5) }, (_, i) =>
      makeIncident(
        `nb${b}-${i}`,
        site,
        nightAt(day + rng.int(days), rng),
        rng.float() < 0.8 ? modus : randomAttackMo(rng),
        local && rng.float() < 0.6 ? local : NO_SIGNATURE,
        rng,
      ),
    );
    incidents.push(...members);
    truth.push(group('single_site_burst', `nb${b}`, members));
  }
  waves.forEach((wave, w) => {
    if (w % 4 !== 0) return;
    // each copy on its own night, 2 to 8 months after the wave: imitation, not coordination
    const members = Array.from({ length: 1 + rng.int(2) }, (_, i) => {
      const day = parisDay(wave.start) + 60 + rng.int(180);
      return makeIncident(
        `ny${w}-${i}`,
        sites[rng.int(sites.length)],
        nightAt(day, rng),
        randomAttackMo(rng),
        tagged(wave.tag),
        rng,
      );
    }).filter((incident) => incident.start < window.to);
    if (members.length === 0) return;
    incidents.push(...members);
    truth.push(group('copycat', `ny${w}`, members));
  });
  return { truth, incidents };
}
