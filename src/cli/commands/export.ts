import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { exportIncidentReadings } from '../../core/incident/incident.service.ts';
import { cliCaller } from '../caller.ts';
import { EXPORT_FORMATS, exportIncidents, type ExportFormat } from '../../export/incident-export.ts';
import { toIncidentFilter } from '../../api/query.ts';
import { dataOption, output, withContext } from '../invocation.ts';
import { writeStixBundle } from './stix-export.ts';
import { apiOption, getThroughApi, pipeBody, tokenOption } from '../through-api.ts';

/** `vigie export --api URL --token T`: the same file, from a running Vigie (what the token's user may read). */
async function exportThroughApi(
  flags: {
    api: string;
    token?: string;
    out?: string;
    from?: string;
    to?: string;
    facility?: string;
    department?: string;
    directorate?: string;
    eventType?: string;
    signature?: string;
    status?: string;
  },
  format: ExportFormat,
): Promise<void> {
  const response = await getThroughApi(flags, '/api/incidents/export', {
    format,
    from: flags.from,
    to: flags.to,
    facility: flags.facility,
    department: flags.department,
    directorate: flags.directorate,
    event_type: flags.eventType,
    signature: flags.signature,
    status: flags.status,
  });
  const out = flags.out ? createWriteStream(flags.out) : output().stdout;
  await pipeBody(response, out);
  if (flags.out)
    await new Promise<void>((resolve, reject) =>
      (out as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
}

export function exportCommand(): Command {
  return new Command('export')
    .description(
      'export incidents (JSON, NDJSON and CSV re-import as they are; GeoJSON for GIS tools; STIX 2.1 bundle)',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices([...EXPORT_FORMATS, 'stix']).default('json'),
    )
    .option('--campaign <key>', 'stix: a campaign (key or id) and its members')
    .option('--since <date>', 'stix: incidents ending after this date')
    .option(
      '--interop',
      'stix: leave out the OASIS TLP marking definitions (well-known ids without an author), as STIX interop mode asks',
    )
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--from <date>', 'incidents ending after this date')
    .option('--to <date>', 'incidents starting before this date')
    .option('--facility <ids>', 'facility ids, comma-separated')
    .option('--department <codes>', 'department codes, comma-separated')
    .option('--directorate <codes>', 'directorate (DISP) codes, comma-separated')
    .option('--event-type <types>', 'event types, comma-separated')
    .option('--signature <texts>', 'signatures, comma-separated')
    .option('--status <statuses>', 'statuses, comma-separated')
    .option('--include-staff', 'include STAFF details (staff identities, home addresses) in clear')
    .option(...dataOption)
    .option(...apiOption)
    .option(...tokenOption)
    .action(
      async (flags: {
        api?: string;
        token?: string;
        includeStaff?: boolean;
        format: ExportFormat | 'stix';
        campaign?: string;
        since?: string;
        interop?: boolean;
        out?: string;
        from?: string;
        to?: string;
        facility?: string;
        department?: string;
        directorate?: string;
        eventType?: string;
        signature?: string;
        status?: string;
        data?: string;
      }) => {
        if (flags.format === 'stix') return writeStixBundle(flags);
        const format = flags.format;
        if (flags.api) return exportThroughApi({ ...flags, api: flags.api }, format);
        const filter = toIncidentFilter({
          from: flags.from,
          to: flags.to,
          facility: flags.facility,
          department: flags.department,
          directorate: flags.directorate,
          event_type: flags.eventType,
          signature: flags.signature,
          status: flags.status,
        });
        await withContext(flags, async (context) => {
          const out = flags.out ? createWriteStream(flags.out) : output().stdout;
          const caller = await cliCaller(context, { includeStaff: flags.includeStaff === true });
          for await (const chunk of exportIncidents(
            exportIncidentReadings(context.incidents, caller, filter, format),
            format,
            context.gazetteer,
          )) {
            if (!out.write(chunk)) await once(out, 'drain');
          }
          if (flags.out)
            await new Promise<void>((resolve, reject) =>
              (out as ReturnType<typeof createWriteStream>).end((error?: Error | null) =>
                error ? reject(error) : resolve(),
              ),
            );
        });
      },
    );
}
