/**
 * Where the import path spends its Node time, step by step, with no database: each step of
 * `importIncidents` is run alone over the same synthetic rows and timed per row. The reference
 * measured in the same run is the whole `prepareIncident` (validate + resolve + authorise) as the
 * import calls it, so the shares of its parts can be read against it.
 *
 *   node --import tsx bench/import-phases.bench.ts [--rows 50000]
 *
 * Complements bench/ingest.bench.ts, whose CPU figures say whether the import is bound by Node or by
 * the database; this one says which step of the Node side costs what. Prints a markdown table.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cliCaller } from '../src/cli/caller.ts';
import { openVigie } from '../src/context.ts';
import { prepareIncident } from '../src/core/incident/incident.service.ts';
import { incidentInputSchema, type IncidentInput } from '../src/core/incident/incident.schema.ts';
import { toIncidentRecord, type IncidentRecord } from '../src/core/incident/incident.ts';
import { locate } from '../src/core/facility/locate.ts';
import { resolveOccurred } from '../src/core/shared/occurred.ts';
import { generateSyntheticIncidents } from '../src/demo/background.ts';
import { readRows } from '../src/intake/read-rows.ts';
import type { NewIncidentRow } from '../src/store/schema.ts';
import { collectGarbage } from './measure.ts';

const SEED = 20250413;
const BATCH = 1000;
const REPEAT = 5;

/**
 * Runs `step` once to warm the JIT, then REPEAT times; returns the cheapest run in CPU µs per row.
 * CPU time of the process, not wall time: on a shared machine, waiting for a core is not the step's cost.
 */
async function perRow(rows: number, step: () => unknown): Promise<number> {
  await step();
  let cheapest = Infinity;
  for (let run = 0; run < REPEAT; run++) {
    collectGarbage();
    const started = process.cpuUsage();
    await step();
    const used = process.cpuUsage(started);
    cheapest = Math.min(cheapest, used.user + used.system);
  }
  return cheapest / rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '50000' } } });
  const rows = Number(values.rows.replace(/_/g, ''));
  const dir = mkdtempSync(join(tmpdir(), 'vigie-phases-'));
  const context = await openVigie({ dataDir: join(dir, 'store') });
  try {
    const { principal } = await cliCaller(context);
    const gazetteer = context.gazetteer;
    const facilities = gazetteer.facilities.map((f) => ({ id: f.id, kind: f.kind, department: f.department_code }));
    const file = join(dir, 'incidents.ndjson');
    writeFileSync(
      file,
      [...generateSyntheticIncidents(rows, SEED, facilities)].map((row) => `${JSON.stringify(row)}\n`).join(''),
    );

    // The inputs of each step, computed once outside the timings.
    const raw: unknown[] = [];
    for await (const row of readRows(createReadStream(file), 'ndjson')) if ('value' in row) raw.push(row.value);
    const parsed: IncidentInput[] = raw.map((value) => incidentInputSchema.parse(value));
    const zones = parsed.map((input) => locate(gazetteer, input.facility, input.place).location?.timezone ?? 'UTC');
    const records: IncidentRecord[] = parsed.map(
      (input) => toIncidentRecord(input, gazetteer).record as IncidentRecord,
    );
    const toColumns = ({ staff, ...record }: IncidentRecord): NewIncidentRow => ({
      ...record,
      id: randomUUID(),
      owner_org_id: principal.organisationId,
      created_by: null,
      staff_sealed: null,
      signatures: JSON.stringify(record.signatures),
      sources: JSON.stringify(record.sources),
    });
    const stored = records.map(toColumns);

    const steps: Array<[string, () => unknown]> = [
      [
        'read the file: stream, UTF-8, lines, JSON.parse (readRows)',
        async () => {
          for await (const row of readRows(createReadStream(file), 'ndjson')) void row;
        },
      ],
      [
        'validate: zod incidentInputSchema.safeParse',
        () => raw.forEach((value) => incidentInputSchema.safeParse(value)),
      ],
      ['resolve place: locate', () => parsed.forEach((input) => locate(gazetteer, input.facility, input.place))],
      [
        'resolve time: resolveOccurred (luxon)',
        () => parsed.forEach((input, index) => resolveOccurred(input.occurred, zones[index])),
      ],
      [
        'toIncidentRecord (place + time + signatures + fields)',
        () => parsed.forEach((input) => toIncidentRecord(input, gazetteer)),
      ],
      [
        'prepareIncident as the import calls it (reference)',
        () => raw.forEach((value) => prepareIncident(value, gazetteer, principal)),
      ],
      ['store shape: id, owner, JSON columns (toStore + toColumns)', () => records.map(toColumns)],
      [
        'compile the 1,000-row INSERT .. ON CONFLICT .. RETURNING (Kysely)',
        () => {
          for (let start = 0; start < stored.length; start += BATCH) {
            context.store.db
              .insertInto('incidents')
              .values(stored.slice(start, start + BATCH))
              .onConflict((oc) => oc.column('external_id').doNothing())
              .returning('id')
              .compile();
          }
        },
      ],
    ];
    const lines = ['| step | CPU µs per row |', '|---|---:|'];
    for (const [name, step] of steps) lines.push(`| ${name} | ${(await perRow(rows, step)).toFixed(1)} |`);

    // resolveOccurred by form: the synthetic rows mix exact times, days, nights and weeks.
    const forms = new Map<string, number[]>();
    parsed.forEach((input, index) => {
      const form = Object.keys(input.occurred)[0];
      forms.set(form, [...(forms.get(form) ?? []), index]);
    });
    for (const [form, indexes] of forms) {
      const micros = await perRow(indexes.length, () =>
        indexes.forEach((index) => resolveOccurred(parsed[index].occurred, zones[index])),
      );
      lines.push(
        `| resolveOccurred, \`${form}\` only (${indexes.length.toLocaleString('en')} rows) | ${micros.toFixed(1)} |`,
      );
    }
    process.stdout.write(`${rows.toLocaleString('en')} rows, Node ${process.version}\n\n${lines.join('\n')}\n`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
