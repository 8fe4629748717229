/**
 * The extraction corpus v2 (test/fixtures/extract-corpus, its README is the guidelines): every document
 * is well formed, so a label slip (an unknown facility id, a night written 14/04, a tag missing from
 * the top-level union) fails here instead of silently skewing `bench:extract`. Reads labels and
 * layout only, never scores anything.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EVENT_TYPES, SITE_SPOTS, TARGET_KINDS } from '../../src/core/shared/taxonomy.ts';

// The incident vocabularies (event types, target kinds, spots) are the project's own
// (src/core/shared/taxonomy.ts), which the guidelines list; the other enums are the corpus's.
const root = join(import.meta.dirname, '..', '..');
const CORPUS_DOCS = join(root, 'test', 'fixtures', 'extract-corpus', 'docs');

const GENRES = ['wire', 'regional_press', 'national_press', 'union', 'ministry', 'prosecutor', 'foreign_press'];
const NEGATIVE_KINDS = [
  'employer_elsewhere',
  'prosecutor_seat',
  'dateline',
  'trial_old_attack',
  'union_demands',
  'statistics',
  'homonym',
  'common_word_commune',
  'negated_or_hypothetical',
  'other_near_miss',
];
const DRUGS = ['cocaine', 'cannabis', 'heroin', 'synthetic', 'other'];
const TOP_KEYS = [
  'id',
  'lang',
  'genre',
  'published',
  'source',
  'negative',
  'negative_kind',
  'incidents',
  'must_not_sites',
  'signatures',
  'seizures',
  'notes',
];
const INCIDENT_KEYS = [
  'site',
  'night',
  'date_kind',
  'at',
  'event_types',
  'target_kinds',
  'spot',
  'employer',
  'signatures',
];
const ID_PATTERN = /^[a-z]+-\d{3}-[a-z0-9]+(-[a-z0-9]+)*$/;

interface Reference {
  facilityIds: Set<string>;
  communes: Set<string>;
}

function loadReference(): Reference {
  const facilities = JSON.parse(readFileSync(join(root, 'reference', 'facilities-fr.json'), 'utf8')) as {
    facilities: Array<{ id: string; commune: string }>;
  };
  const communes = JSON.parse(readFileSync(join(root, 'reference', 'communes-fr.json'), 'utf8')) as {
    communes: Array<[string, ...unknown[]]>;
  };
  return {
    facilityIds: new Set(facilities.facilities.map((facility) => facility.id)),
    // communes-fr.json holds metropolitan communes only: the facilities' own communes bring the
    // overseas ones that hold a prison; the guidelines name the few others a document may use.
    communes: new Set([
      ...communes.communes.map((row) => row[0]),
      ...facilities.facilities.map((facility) => facility.commune),
      ...OVERSEAS_COMMUNES,
    ]),
  };
}

/** Overseas communes without a prison, absent from communes-fr.json (README, "site"). */
const OVERSEAS_COMMUNES = ['Cayenne', 'Pointe-à-Pitre', 'Fort-de-France', 'Saint-Laurent-du-Maroni', 'Papeete'];

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The problems of one document's labels and text, as sentences (empty when it is well formed). */
function documentProblems(dir: string, file: string, reference: Reference): string[] {
  const problems: string[] = [];
  const id = file.slice(0, -'.json'.length);
  const say = (problem: string) => problems.push(`${id}: ${problem}`);
  const place = (value: unknown, field: string) => {
    if (typeof value !== 'string') return say(`${field} is not a string`);
    if (value.startsWith('commune:')) {
      const name = value.slice('commune:'.length);
      if (!reference.communes.has(name)) say(`${field} ${value} is not a commune of reference/communes-fr.json`);
    } else if (!reference.facilityIds.has(value)) say(`${field} ${value} is not a facility id`);
  };

  let labels: unknown;
  try {
    labels = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    say(`labels do not parse (${(error as Error).message})`);
    return problems;
  }
  if (!isRecord(labels)) {
    say('labels are not an object');
    return problems;
  }
  if (!ID_PATTERN.test(id)) say('file name is not <group>-<nnn>-<slug>');
  if (labels.id !== id) say(`id ${String(labels.id)} differs from the file name`);
  for (const key of Object.keys(labels)) if (!TOP_KEYS.includes(key)) say(`unknown key ${key}`);
  for (const key of TOP_KEYS) if (key !== 'notes' && !(key in labels)) say(`missing key ${key}`);

  const textPath = join(dir, `${id}.txt`);
  if (!existsSync(textPath)) say('has no .txt');
  else {
    const lines = readFileSync(textPath, 'utf8').split('\n');
    const body = lines.slice(2).filter((line) => line.trim() !== '');
    if (!lines[0]?.trim() || lines[1] !== '') say('text is not a title line, a blank line, then the body');
    if (body.length < 3 || body.length > 25) say(`body has ${body.length} lines, not 3 to 25`);
  }

  if (labels.lang !== 'fr' && labels.lang !== 'en') say(`lang ${String(labels.lang)}`);
  if (!GENRES.includes(labels.genre as string)) say(`genre ${String(labels.genre)}`);
  if (!isIsoDate(labels.published)) say(`published ${String(labels.published)} is not an ISO date`);
  const source = labels.source;
  if (!isRecord(source)) say('source is not an object');
  else {
    for (const key of ['url', 'outlet', 'event'])
      if (typeof source[key] !== 'string' || !(source[key] as string).trim()) say(`source.${key} is empty`);
    if (source.date !== null && !isIsoDate(source.date)) say(`source.date ${String(source.date)} is not an ISO date`);
  }

  if (typeof labels.negative !== 'boolean') say('negative is not a boolean');
  if (labels.negative_kind !== null && !NEGATIVE_KINDS.includes(labels.negative_kind as string))
    say(`negative_kind ${String(labels.negative_kind)}`);
  if (labels.negative === true && labels.negative_kind === null) say('a negative without negative_kind');
  if (labels.negative === false && labels.negative_kind !== null) say('negative_kind on a non-negative');

  const incidents = Array.isArray(labels.incidents) ? labels.incidents : [];
  if (!Array.isArray(labels.incidents)) say('incidents is not a list');
  const union = new Set<string>();
  const seen = new Set<string>();
  incidents.forEach((incident: unknown, index: number) => {
    const at = `incident ${index}`;
    if (!isRecord(incident)) return say(`${at} is not an object`);
    for (const key of Object.keys(incident)) if (!INCIDENT_KEYS.includes(key)) say(`${at} unknown key ${key}`);
    for (const key of INCIDENT_KEYS) if (!(key in incident)) say(`${at} missing key ${key}`);
    place(incident.site, `${at} site`);
    if (incident.employer !== null) place(incident.employer, `${at} employer`);
    if (incident.night === null) {
      if (incident.date_kind !== null) say(`${at} date_kind without a date`);
    } else {
      if (!isIsoDate(incident.night)) say(`${at} night ${String(incident.night)} is not an ISO date`);
      else if (isIsoDate(labels.published) && (incident.night as string) > (labels.published as string))
        say(`${at} night ${String(incident.night)} is after publication`);
      if (incident.date_kind !== 'night' && incident.date_kind !== 'day')
        say(`${at} date_kind ${String(incident.date_kind)}`);
    }
    if (incident.at !== null && !(typeof incident.at === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(incident.at)))
      say(`${at} at ${String(incident.at)} is not HH:MM`);
    if (!stringList(incident.event_types) || incident.event_types.length === 0) say(`${at} has no event_types`);
    else
      for (const type of incident.event_types)
        if (!(EVENT_TYPES as readonly string[]).includes(type)) say(`${at} event type ${type}`);
    if (!stringList(incident.target_kinds)) say(`${at} target_kinds is not a list`);
    else
      for (const kind of incident.target_kinds)
        if (!(TARGET_KINDS as readonly string[]).includes(kind)) say(`${at} target kind ${kind}`);
    if (incident.spot !== null && !(SITE_SPOTS as readonly string[]).includes(incident.spot as string))
      say(`${at} spot ${String(incident.spot)}`);
    if (!stringList(incident.signatures)) say(`${at} signatures is not a list`);
    else for (const signature of incident.signatures) union.add(signature);
    const key = `${String(incident.site)} ${String(incident.night)} ${String(incident.date_kind)}`;
    if (seen.has(key)) say(`two incidents at ${key} (one incident is one site and night or day)`);
    seen.add(key);
  });

  if (!stringList(labels.must_not_sites)) say('must_not_sites is not a list');
  else {
    for (const site of labels.must_not_sites) place(site, 'must_not_sites');
    for (const incident of incidents)
      if (isRecord(incident) && labels.must_not_sites.includes(incident.site as string))
        say(`${String(incident.site)} is both a site and a must-not site`);
  }
  if (!stringList(labels.signatures)) say('signatures is not a list');
  else {
    const top = [...new Set(labels.signatures)].sort();
    const expected = [...union].sort();
    if (JSON.stringify(top) !== JSON.stringify(expected))
      say(`top-level signatures ${JSON.stringify(top)} are not the incidents' union ${JSON.stringify(expected)}`);
  }

  const seizures = Array.isArray(labels.seizures) ? labels.seizures : [];
  if (!Array.isArray(labels.seizures)) say('seizures is not a list');
  seizures.forEach((seizure: unknown, index: number) => {
    const at = `seizure ${index}`;
    if (!isRecord(seizure)) return say(`${at} is not an object`);
    if (!DRUGS.includes(seizure.drug as string)) say(`${at} drug ${String(seizure.drug)}`);
    if (typeof seizure.kg !== 'number' || !(seizure.kg > 0)) say(`${at} kg ${String(seizure.kg)}`);
    if (seizure.place !== null) place(seizure.place, `${at} place`);
    if (seizure.origin !== null && typeof seizure.origin !== 'string') say(`${at} origin is not a string`);
    if (seizure.value_eur !== null && !(typeof seizure.value_eur === 'number' && seizure.value_eur > 0))
      say(`${at} value_eur ${String(seizure.value_eur)}`);
  });
  if (labels.negative === false && incidents.length === 0 && seizures.length === 0)
    say('neither incident, seizure nor negative');
  if (labels.notes !== undefined && typeof labels.notes !== 'string') say('notes is not a string');
  return problems;
}

/** The problems of every document of a corpus folder, and the texts that have no labels. */
function corpusProblems(dir: string, reference: Reference): string[] {
  const files = readdirSync(dir);
  const problems = files
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => documentProblems(dir, file, reference));
  for (const file of files.filter((name) => name.endsWith('.txt')))
    if (!files.includes(`${file.slice(0, -4)}.json`)) problems.push(`${file}: a text without labels`);
  return problems;
}

const reference = loadReference();

test('every document of the extraction corpus follows the guidelines', () => {
  const files = readdirSync(CORPUS_DOCS);
  assert.ok(files.filter((file) => file.endsWith('.json')).length >= 150, 'the corpus holds its documents');
  assert.deepEqual(corpusProblems(CORPUS_DOCS, reference), []);
});

test('a broken document is reported field by field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-corpus-'));
  try {
    const good = readdirSync(CORPUS_DOCS).find((file) => file.endsWith('.json')) as string;
    const labels = JSON.parse(readFileSync(join(CORPUS_DOCS, good), 'utf8'));
    labels.id = 'frz-001-broken';
    labels.genre = 'blog';
    labels.incidents = [
      {
        site: 'fr-nowhere-ma',
        night: '2025-14-04',
        date_kind: 'night',
        at: '2h30',
        event_types: ['car_fire'],
        target_kinds: ['facility'],
        spot: null,
        employer: 'commune:Atlantis',
        signatures: ['DDPF'],
      },
    ];
    labels.signatures = [];
    writeFileSync(join(dir, 'frz-001-broken.json'), JSON.stringify(labels));
    writeFileSync(join(dir, 'frz-002-no-text.json'), '{ "id": "frz-002-no-text", ');
    const problems = corpusProblems(dir, reference).join('\n');
    for (const expected of [
      'frz-001-broken: has no .txt',
      'frz-001-broken: genre blog',
      'incident 0 site fr-nowhere-ma is not a facility id',
      'incident 0 employer commune:Atlantis is not a commune',
      'night 2025-14-04 is not an ISO date',
      'at 2h30 is not HH:MM',
      'event type car_fire',
      "top-level signatures [] are not the incidents' union",
      'frz-002-no-text: labels do not parse',
    ])
      assert.ok(problems.includes(expected), `reports "${expected}" in:\n${problems}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
