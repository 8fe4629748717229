import { foldWords } from '../shared/fold-text.ts';
import type { SourceInput } from '../shared/common.schema.ts';

/** One outlet of the register: the grade and kind a source from it gets when it arrives without one. */
export interface OutletGrade {
  name: string;
  aliases: string[];
  kind: SourceInput['kind'];
  category: string;
  reliability: SourceInput['reliability'];
  credibility: number;
}

/** Folds an outlet's name or domain: "Var-Matin" -> "var matin", "www.Lemonde.fr" -> "lemonde fr". */
export function outletKey(text: string): string {
  return foldWords(text.trim().replace(/^(https?:\/\/)?(www\.)?/i, ''));
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The register in memory: look an outlet up by its name, an alias or a web address on one of its domains. */
export class SourceRegister {
  private readonly byKey = new Map<string, OutletGrade>();
  private readonly domains: Array<{ domain: string; outlet: OutletGrade }> = [];

  constructor(outlets: OutletGrade[]) {
    for (const outlet of outlets) {
      for (const name of [outlet.name, ...outlet.aliases]) {
        const key = outletKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, outlet);
        // An alias with a dot and no space is a web domain: addresses on it or its subdomains match.
        if (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(name.trim()))
          this.domains.push({
            domain: name
              .trim()
              .toLowerCase()
              .replace(/^www\./, ''),
            outlet,
          });
      }
    }
  }

  /** The outlet a source names, or the one whose domain serves its address. */
  find(outlet: string | undefined, url?: string): OutletGrade | undefined {
    const named = outlet ? this.byKey.get(outletKey(outlet)) : undefined;
    if (named) return named;
    const host = hostOf(url);
    if (!host) return undefined;
    return this.domains.find(({ domain }) => host === domain || host.endsWith(`.${domain}`))?.outlet;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Grades, from the register, the sources of a raw incident (before validation) that name an outlet
 * or carry an address but no reliability: its reliability, credibility and, when absent, kind. A
 * source with its own grade keeps it. Returns the value unchanged when nothing applies.
 */
export function gradeFromRegister(value: unknown, register: SourceRegister | undefined): unknown {
  if (!register || !isObject(value) || !Array.isArray(value.sources)) return value;
  let changed = false;
  const sources = value.sources.map((source: unknown) => {
    if (!isObject(source) || source.reliability !== undefined) return source;
    const outlet = register.find(
      typeof source.outlet === 'string' ? source.outlet : undefined,
      typeof source.url === 'string' ? source.url : undefined,
    );
    if (!outlet) return source;
    changed = true;
    return {
      ...source,
      kind: source.kind ?? outlet.kind,
      outlet: outlet.name,
      reliability: outlet.reliability,
      ...(source.credibility === undefined ? { credibility: outlet.credibility } : {}),
      graded_by: 'register',
    };
  });
  return changed ? { ...value, sources } : value;
}

/** Reliabilities whose reports count as independent corroboration (E and F cannot be judged or are unreliable). */
const CORROBORATING = new Set(['A', 'B', 'C', 'D']);

/** The credibility at most, when `outlets` independent outlets report the same act: 2 for two, 1 for three or more. */
export function corroboratedCredibility(outlets: number): number {
  return outlets >= 3 ? 1 : outlets === 2 ? 2 : 6;
}

/** Which outlet a source speaks for: its outlet's folded name, else its web host; undefined when neither is known. */
function independenceKey(source: SourceInput): string | undefined {
  if (source.outlet) return `outlet:${outletKey(source.outlet)}`;
  const host = hostOf(source.url);
  return host ? `host:${host}` : undefined;
}

/**
 * Corroboration: when several independent outlets (distinct outlets graded A to D) report the same
 * act, each source's credibility rises to 2 (two outlets) or 1 (three or more), never lowers. The
 * credibility the source had on its own is kept in `reported_credibility`, so a recount after a
 * source is removed starts from it. Pure; applied on every incident write.
 */
export function corroborate(sources: SourceInput[]): SourceInput[] {
  const outlets = new Set<string>();
  for (const source of sources) {
    const key = independenceKey(source);
    if (key && CORROBORATING.has(source.reliability)) outlets.add(key);
  }
  const ceiling = corroboratedCredibility(outlets.size);
  return sources.map((source) => {
    const { reported_credibility, corroborating_outlets, ...rest } = source;
    const alone = reported_credibility ?? source.credibility;
    if (ceiling >= alone) return { ...rest, credibility: alone };
    return { ...rest, credibility: ceiling, reported_credibility: alone, corroborating_outlets: outlets.size };
  });
}
