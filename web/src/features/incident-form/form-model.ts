import type { ErrorDetail, Facility, IncidentInput, Marking, Occurred, StaffDetails } from '../../api/types.ts';
import { issueText } from '../../api/error-words.ts';
import { localDate, localDateTime, zonedDateTime } from '../../lib/dates.ts';

export type WhenMode = 'night' | 'date' | 'exact' | 'period';

/** What the form holds, as typed: strings until the payload is built. */
export interface FormState {
  whereMode: 'facility' | 'place';
  facility: Facility | null;
  facilityText: string;
  place: { lat: string; lon: string; commune: string; department: string; precision: string };
  /** where on or near the site (SITE_SPOTS), '' when not known */
  spot: string;
  whenMode: WhenMode;
  when: { night: string; date: string; at: string; start: string; end: string };
  eventTypes: string[];
  targetKinds: string[];
  weapons: string;
  signatures: Array<{ kind: string; text: string }>;
  killed: string;
  injured: string;
  damage: string;
  description: string;
  status: string;
  source: { kind: string; title: string; url: string; published_at: string; reliability: string; credibility: string };
  marking: Marking;
  /** The whole record in the STAFF compartment (offered to holders of the compartment only). */
  staffCompartment: boolean;
  staff: Required<StaffDetails>;
}

export const emptyForm = (): FormState => ({
  whereMode: 'facility',
  facility: null,
  facilityText: '',
  place: { lat: '', lon: '', commune: '', department: '', precision: 'commune' },
  spot: '',
  whenMode: 'night',
  when: { night: '', date: '', at: '', start: '', end: '' },
  eventTypes: [],
  targetKinds: [],
  weapons: '',
  signatures: [{ kind: 'tag', text: '' }],
  killed: '0',
  injured: '0',
  damage: '',
  description: '',
  status: 'reported',
  source: { kind: '', title: '', url: '', published_at: '', reliability: 'F', credibility: '6' },
  marking: 'AMBER',
  staffCompartment: false,
  staff: { name: '', role: '', home_address: '', phone: '', notes: '' },
});

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The `occurred` the API takes, from the way the analyst said when; an exact time is read in the site's zone. */
export function occurredOf(form: Pick<FormState, 'whenMode' | 'when'>, timezone: string): IncidentInput['occurred'] {
  if (form.whenMode === 'night') return { night_of: form.when.night };
  if (form.whenMode === 'date') return { date: form.when.date };
  if (form.whenMode === 'exact') return { at: form.when.at ? zonedDateTime(form.when.at, timezone) : '' };
  return { start: form.when.start, ...(text(form.when.end) ? { end: form.when.end } : {}) };
}

/** How a saved incident's time reads in the form: its night, day, exact time or period, in its own zone. */
export function whenOf(occurred: Occurred): Pick<FormState, 'whenMode' | 'when'> {
  const when = { night: '', date: '', at: '', start: '', end: '' };
  const day = localDate(occurred.start, occurred.timezone);
  if (occurred.precision === 'night') return { whenMode: 'night', when: { ...when, night: day } };
  if (occurred.precision === 'day') return { whenMode: 'date', when: { ...when, date: day } };
  if (occurred.precision === 'exact' || occurred.precision === 'hour')
    return { whenMode: 'exact', when: { ...when, at: localDateTime(occurred.start, occurred.timezone) } };
  // the interval is half-open: its last day holds the instant just before its end
  const last = localDate(new Date(new Date(occurred.end).getTime() - 1), occurred.timezone);
  return { whenMode: 'period', when: { ...when, start: day, end: last } };
}
const number = (value: string) => (value.trim() === '' ? undefined : Number(value));

/**
 * Builds the interchange body. It does not validate: the server does, and its field errors
 * come back to the fields (the same rules for the form, the CLI and the importers).
 */
export function toIncidentInput(form: FormState): IncidentInput {
  // The form holds the reference vocabularies' values as strings; the server checks each one and names the field.
  type Sent = Required<IncidentInput>;
  type Place = NonNullable<Sent['place']>;
  type SentSource = Sent['sources'][number];
  const timezone = (form.whereMode === 'facility' && form.facility?.timezone) || 'Europe/Paris';
  const input: IncidentInput = {
    occurred: occurredOf(form, timezone),
    event_types: form.eventTypes as Sent['event_types'],
    target_kinds: form.targetKinds as Sent['target_kinds'],
    weapons: form.weapons
      .split(',')
      .map((weapon) => weapon.trim())
      .filter(Boolean),
    signatures: form.signatures
      .filter((signature) => signature.text.trim())
      .map((signature) => ({
        kind: signature.kind as Sent['signatures'][number]['kind'],
        text: signature.text.trim(),
      })),
    casualties: { killed: number(form.killed) ?? 0, injured: number(form.injured) ?? 0 },
    damage: text(form.damage),
    description: text(form.description),
    status: form.status as Sent['status'],
    marking: form.marking,
    compartments: form.staffCompartment ? ['STAFF'] : [],
  };
  // Staff details are sent only when some were typed: the server accepts them from STAFF holders only.
  const staff = Object.fromEntries(
    Object.entries(form.staff)
      .map(([key, value]) => [key, text(value)])
      .filter(([, value]) => value),
  );
  if (Object.keys(staff).length) input.staff = staff as StaffDetails;
  if (form.spot) input.spot = form.spot as Sent['spot'];
  if (form.whereMode === 'facility') {
    // A name typed without picking a suggestion is sent as is: the server resolves names and aliases.
    input.facility = form.facility?.id ?? text(form.facilityText);
  } else {
    input.place = {
      lat: number(form.place.lat) as number,
      lon: number(form.place.lon) as number,
      precision: form.place.precision as Place['precision'],
      commune: text(form.place.commune),
      department: text(form.place.department),
    };
  }
  if (form.source.kind) {
    input.sources = [
      {
        kind: form.source.kind as SentSource['kind'],
        title: text(form.source.title),
        url: text(form.source.url),
        published_at: text(form.source.published_at),
        reliability: form.source.reliability as SentSource['reliability'],
        credibility: Number(form.source.credibility),
      },
    ];
  }
  return input;
}

const FORM_PATHS = [
  'facility',
  'place',
  'spot',
  'occurred',
  'event_types',
  'target_kinds',
  'weapons',
  'signatures',
  'casualties',
  'damage',
  'description',
  'status',
  'sources',
  'marking',
  'compartments',
  'staff',
];

const under = (detail: ErrorDetail, path: string) => detail.path === path || detail.path.startsWith(`${path}.`);

/** The request paths each part of the form writes: a change there clears the errors the server gave for them. */
export const FORM_KEY_PATHS: Record<keyof FormState, string[]> = {
  whereMode: ['facility', 'place'],
  facility: ['facility'],
  facilityText: ['facility'],
  place: ['place'],
  spot: ['spot'],
  whenMode: ['occurred'],
  when: ['occurred'],
  eventTypes: ['event_types'],
  targetKinds: ['target_kinds'],
  weapons: ['weapons'],
  signatures: ['signatures'],
  killed: ['casualties.killed'],
  injured: ['casualties.injured'],
  damage: ['damage'],
  description: ['description'],
  status: ['status', 'reason'],
  source: ['sources'],
  marking: ['marking'],
  staffCompartment: ['compartments'],
  staff: ['staff'],
};

/** The server's field errors, in the reader's language, looked up by the path of a field or of a group of fields. */
export class FieldErrors {
  constructor(private readonly details: ErrorDetail[] = []) {}

  /** The errors left once the fields under these paths have been changed (an error goes when its field is fixed). */
  without(paths: readonly string[]): FieldErrors {
    return new FieldErrors(this.details.filter((detail) => !paths.some((path) => under(detail, path))));
  }

  /** True when no error is left. */
  get empty(): boolean {
    return this.details.length === 0;
  }

  /** Messages for these paths and everything under them (`occurred` covers `occurred.night_of`). */
  for(...paths: string[]): string[] {
    return this.details.filter((detail) => paths.some((path) => under(detail, path))).map(issueText);
  }

  /** Messages given for exactly these paths, not for the fields under them. */
  exactly(...paths: string[]): string[] {
    return this.details.filter((detail) => paths.includes(detail.path)).map(issueText);
  }

  /** Details that no field of the form shows, to list in the banner. */
  elsewhere(): ErrorDetail[] {
    return this.details.filter((detail) => !FORM_PATHS.some((path) => under(detail, path)));
  }
}
