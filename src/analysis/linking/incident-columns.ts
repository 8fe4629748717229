/**
 * The link engine's compact copy of each incident: numbers in typed arrays indexed by slot, and
 * strings, MO combinations and signature sets interned once and shared (thousands of incidents are
 * "vehicle_arson on staff_vehicle" or carry the tag DDPF). About 90 bytes per incident plus its
 * id, instead of an object graph per incident, so a million incidents of history stay well under
 * the memory budget; `get` rebuilds a plain AnalysisIncident when one is scored.
 */
import type { AnalysisIncident } from '../types.ts';

type Grade = NonNullable<AnalysisIncident['grade']>;
type Signature = AnalysisIncident['signatures'][number];
interface ModusOperandi {
  eventTypes: string[];
  targetKinds: string[];
  weapons: string[];
}

const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** grade code 0 = ungraded, 1 + 6 × reliability + (credibility − 1) otherwise */
const GRADES: Array<Grade | null> = [null];
for (const reliability of RELIABILITIES) {
  for (let credibility = 1; credibility <= 6; credibility++) {
    GRADES.push(Object.freeze({ reliability, credibility: credibility as Grade['credibility'] }));
  }
}
const STATUSES = ['free', 'reported', 'verified'] as const;
const FREE = 0;
const EMPTY: readonly never[] = Object.freeze([]);

function gradeCode(grade: AnalysisIncident['grade']): number {
  return grade ? 1 + 6 * RELIABILITIES.indexOf(grade.reliability) + grade.credibility - 1 : 0;
}

/** Values interned by a string key: equal values are stored once and shared. */
class Interner<T> {
  private readonly indexes = new Map<string, number>();
  readonly values: T[] = [];

  intern(key: string, make: () => T): number {
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(make());
      this.indexes.set(key, index);
    }
    return index;
  }
}

const frozen = <T>(items: T[]): T[] => Object.freeze([...items]) as T[];

/** Slot-indexed compact incidents: put, free, and rebuild one as an AnalysisIncident. */
export class IncidentColumns {
  private capacity = 1024;
  private starts = new Float64Array(this.capacity);
  private ends = new Float64Array(this.capacity);
  private lats = new Float64Array(this.capacity);
  private lons = new Float64Array(this.capacity);
  /** interned strings: site, department, directorate, facility kind (−1 = null) */
  private places = new Int32Array(this.capacity * 4);
  private modusOperandi = new Int32Array(this.capacity);
  private signatureSets = new Int32Array(this.capacity);
  private actorSets = new Int32Array(this.capacity);
  private grades = new Uint8Array(this.capacity);
  private statuses = new Uint8Array(this.capacity);
  private readonly ids: string[] = [];
  private readonly slots = new Map<string, number>();
  private readonly strings = new Interner<string>();
  private readonly moTable = new Interner<ModusOperandi>();
  private readonly signatureTable = new Interner<Signature>();
  private readonly signatureSetTable = new Interner<Signature[]>();
  private readonly actorSetTable = new Interner<string[]>();

  /** Number of incidents held. */
  get size(): number {
    return this.slots.size;
  }

  /** Slots handed out so far (free ones included): the length of per-slot arrays. */
  get slotCount(): number {
    return this.ids.length;
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  idOf(slot: number): string {
    return this.ids[slot];
  }

  /**
   * Stores an incident (not refuted nor a duplicate: those are not kept), in its existing slot when
   * it is already held. Slots of removed incidents are not reused, so a slot never changes meaning.
   */
  put(incident: AnalysisIncident): number {
    const status = STATUSES.indexOf(incident.status as (typeof STATUSES)[number]);
    if (status <= FREE) throw new RangeError(`a ${incident.status} incident is not kept for linking`);
    let slot = this.slots.get(incident.id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.ensure(slot + 1);
      this.ids.push(incident.id);
      this.slots.set(incident.id, slot);
    }
    this.starts[slot] = incident.start;
    this.ends[slot] = incident.end;
    this.lats[slot] = incident.lat;
    this.lons[slot] = incident.lon;
    const placeStrings = [incident.siteId, incident.department, incident.directorate, incident.facilityKind];
    for (let i = 0; i < 4; i++) this.places[slot * 4 + i] = this.internString(placeStrings[i]);
    const mo = [incident.eventTypes, incident.targetKinds, incident.weapons];
    this.modusOperandi[slot] = this.moTable.intern(JSON.stringify(mo), () => ({
      eventTypes: frozen(incident.eventTypes),
      targetKinds: frozen(incident.targetKinds),
      weapons: frozen(incident.weapons),
    }));
    this.signatureSets[slot] =
      incident.signatures.length === 0
        ? -1
        : this.signatureSetTable.intern(
            JSON.stringify(incident.signatures.map((s) => [s.kind, s.text, s.normalized])),
            () =>
              frozen(
                incident.signatures.map(
                  (s) =>
                    this.signatureTable.values[
                      this.signatureTable.intern(`${s.kind}\u0000${s.text}\u0000${s.normalized}`, () =>
                        Object.freeze({ kind: s.kind, text: s.text, normalized: s.normalized }),
                      )
                    ],
                ),
              ),
          );
    const actors = incident.actorIds ?? [];
    this.actorSets[slot] =
      actors.length === 0 ? -1 : this.actorSetTable.intern(JSON.stringify(actors), () => frozen(actors));
    this.grades[slot] = gradeCode(incident.grade);
    this.statuses[slot] = status;
    return slot;
  }

  /** Forgets the incident in this slot. */
  free(slot: number): void {
    const id = this.ids[slot];
    if (id === undefined || this.statuses[slot] === FREE) return;
    this.slots.delete(id);
    this.ids[slot] = '';
    this.statuses[slot] = FREE;
  }

  isHeld(slot: number): boolean {
    return slot < this.ids.length && this.statuses[slot] !== FREE;
  }

  start(slot: number): number {
    return this.starts[slot];
  }

  end(slot: number): number {
    return this.ends[slot];
  }

  lat(slot: number): number {
    return this.lats[slot];
  }

  lon(slot: number): number {
    return this.lons[slot];
  }

  grade(slot: number): AnalysisIncident['grade'] {
    return GRADES[this.grades[slot]];
  }

  /** True when the incident carries a signature or an actor, anything that can identify. */
  hasIdentifiers(slot: number): boolean {
    return this.signatureSets[slot] >= 0 || this.actorSets[slot] >= 0;
  }

  /** The actors of the incident in this slot (shared, frozen). */
  actorsOf(slot: number): readonly string[] {
    const set = this.actorSets[slot];
    return set < 0 ? EMPTY : this.actorSetTable.values[set];
  }

  /** The signatures of the incident in this slot (shared, frozen). */
  signaturesOf(slot: number): readonly Signature[] {
    const set = this.signatureSets[slot];
    return set < 0 ? EMPTY : this.signatureSetTable.values[set];
  }

  /** A plain AnalysisIncident rebuilt from the columns; its arrays are shared and frozen. */
  get(slot: number): AnalysisIncident {
    const mo = this.moTable.values[this.modusOperandi[slot]];
    const actorSet = this.actorSets[slot];
    const incident: AnalysisIncident = {
      id: this.ids[slot],
      start: this.starts[slot],
      end: this.ends[slot],
      siteId: this.stringAt(slot * 4),
      lat: this.lats[slot],
      lon: this.lons[slot],
      department: this.stringAt(slot * 4 + 1),
      directorate: this.stringAt(slot * 4 + 2),
      facilityKind: this.stringAt(slot * 4 + 3),
      eventTypes: mo.eventTypes,
      targetKinds: mo.targetKinds,
      weapons: mo.weapons,
      signatures: this.signaturesOf(slot) as Signature[],
      grade: GRADES[this.grades[slot]],
      status: STATUSES[this.statuses[slot]] as AnalysisIncident['status'],
    };
    if (actorSet >= 0) incident.actorIds = this.actorSetTable.values[actorSet];
    return incident;
  }

  private internString(value: string | null): number {
    return value === null ? -1 : this.strings.intern(value, () => value);
  }

  private stringAt(index: number): string | null {
    const code = this.places[index];
    return code < 0 ? null : this.strings.values[code];
  }

  private ensure(size: number): void {
    if (size <= this.capacity) return;
    const capacity = Math.max(size, this.capacity * 2);
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(array: T, make: (n: number) => T, per = 1): T => {
      const next = make(capacity * per);
      next.set(array);
      return next;
    };
    this.starts = grow(this.starts, (n) => new Float64Array(n));
    this.ends = grow(this.ends, (n) => new Float64Array(n));
    this.lats = grow(this.lats, (n) => new Float64Array(n));
    this.lons = grow(this.lons, (n) => new Float64Array(n));
    this.places = grow(this.places, (n) => new Int32Array(n), 4);
    this.modusOperandi = grow(this.modusOperandi, (n) => new Int32Array(n));
    this.signatureSets = grow(this.signatureSets, (n) => new Int32Array(n));
    this.actorSets = grow(this.actorSets, (n) => new Int32Array(n));
    this.grades = grow(this.grades, (n) => new Uint8Array(n));
    this.statuses = grow(this.statuses, (n) => new Uint8Array(n));
    this.capacity = capacity;
  }
}
