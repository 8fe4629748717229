import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  cancelImportJob,
  getImportJob,
  listImportJobs,
  parseImportJobStates,
  submitImportJob,
} from '../../core/import-job/import-job.service.ts';
import type { ImportJobSummary } from '../../store/import-job.repository.ts';
import { Command, Option } from 'commander';
import { importIncidents } from '../../core/incident/incident.service.ts';
import { importSeizures } from '../../core/seizure/seizure.service.ts';
import { VigieError } from '../../core/shared/errors.ts';
import type { ImportProgress } from '../../core/shared/import-result.ts';
import { detectImportFormat, type ImportFormat } from '../../intake/import-format.ts';
import { readRows } from '../../intake/read-rows.ts';
import { dataOption, output, withContext } from '../invocation.ts';
import { cliCaller } from '../caller.ts';
import { parseFlags } from '../flags.ts';
import { pageSchema } from '../../core/shared/paging.schema.ts';
import { importStixFile } from './stix-import.ts';

/** Prints progress on stderr at most once a second, so long imports show they are alive. */
function progressPrinter(started: number) {
  let last = 0;
  return (progress: ImportProgress) => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    const rate = Math.round(progress.rows / Math.max(0.001, (now - started) / 1000));
    output().stderr.write(
      `\rvigie: ${progress.rows.toLocaleString('en')} rows read, ${progress.inserted.toLocaleString('en')} stored (${rate.toLocaleString('en')}/s)   `,
    );
  };
}

export function importCommand(): Command {
  return new Command('import')
    .description(
      'import a file of incidents or seizures (JSON array, NDJSON or CSV) or a STIX 2.1 bundle: all rows or none',
    )
    .argument('<file>', 'the file to import')
    .addOption(
      new Option('-k, --kind <kind>', 'what the file holds')
        .choices(['incidents', 'seizures', 'stix'])
        .default('incidents'),
    )
    .addOption(
      new Option('-f, --format <format>', 'file format (default: from the extension, then the content)').choices([
        'json',
        'ndjson',
        'csv',
      ]),
    )
    .option('--org <organisation>', 'organisation that owns the imported records (default: Vigie)')
    .option(
      '--partial',
      'STIX only: store the valid incidents and report each refused object, instead of refusing the whole bundle',
    )
    .option(
      '--queue',
      'queue the file as an import job for a running Vigie to import in the background (vigie import-jobs shows it)',
    )
    .option(...dataOption)
    .action(
      async (
        file: string,
        flags: {
          kind: 'incidents' | 'seizures' | 'stix';
          format?: ImportFormat;
          data?: string;
          org?: string;
          queue?: boolean;
          partial?: boolean;
        },
      ) => {
        if (!statSync(file).isFile()) throw new VigieError('invalid_input', `${file} is not a file`, 400);
        if (flags.kind === 'stix') return importStixFile(file, flags);
        if (flags.partial)
          throw new VigieError(
            'invalid_input',
            '--partial is for STIX bundles (--kind stix): other files are imported whole or not at all',
            400,
            [{ path: '--partial', message: 'only with --kind stix' }],
          );
        const format = flags.format ?? detectImportFormat({ fileName: file });
        if (!format)
          throw new VigieError(
            'unsupported_format',
            `cannot tell the format of ${file}: give --format json|ndjson|csv`,
            400,
          );
        await withContext(flags, async (context) => {
          const caller = await cliCaller(context, { org: flags.org });
          if (flags.queue) {
            const job = await submitImportJob(context.importJobs, caller, {
              kind: flags.kind === 'seizures' ? 'seizure' : 'incident',
              format,
              fileName: basename(file),
              content: readFileSync(file),
            });
            console.log(
              `${file}: queued as import job ${job.id} (${job.size_bytes} bytes); a running Vigie imports it. Follow it with: vigie import-jobs show ${job.id}`,
            );
            return;
          }
          const started = Date.now();
          const rows = readRows(createReadStream(file), format, {
            kind: flags.kind === 'seizures' ? 'seizure' : 'incident',
          });
          const options = { onProgress: progressPrinter(started) };
          const result =
            flags.kind === 'seizures'
              ? await importSeizures(context.seizures, caller, rows, options)
              : await importIncidents(context.incidents, caller, rows, options);
          output().stderr.write('\r');
          console.log(
            `${file}: ${result.total} rows, ${result.inserted} ${flags.kind} added, ${result.skipped} already there (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          );
        });
      },
    );
}

function describeJob(job: ImportJobSummary): string {
  const counts =
    job.state === 'failed'
      ? `${job.problem_count} problems in ${job.rows_read} rows`
      : `${job.rows_read} rows read, ${job.stored} stored, ${job.already_there} already there`;
  return `${job.id}  ${job.state.padEnd(9)}  ${job.kind.padEnd(8)}  ${job.file_name}  ${counts}  queued ${job.created_at.toISOString().slice(0, 16)}`;
}

/** `vigie import-jobs`: the files queued for import, their progress and outcome. */
export function importJobsCommand(): Command {
  const jobs = new Command('import-jobs').description(
    'files queued for import in the background (vigie import --queue, or the web page Imports)',
  );
  jobs
    .command('list', { isDefault: true })
    .description('the latest jobs, newest first')
    .option('--state <states>', 'queued, running, done, failed, cancelled; comma-separated')
    .option('--limit <n>', 'how many', '20')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { state?: string; limit: string; json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const { limit, offset } = parseFlags(pageSchema(200, 20), { limit: flags.limit });
        const page = await listImportJobs(context.importJobs, await cliCaller(context), {
          states: parseImportJobStates(flags.state),
          limit,
          offset,
        });
        if (flags.json) {
          console.log(JSON.stringify(page, null, 2));
          return;
        }
        if (page.items.length === 0) console.log('no import jobs (queue one with: vigie import FILE --queue)');
        for (const job of page.items) console.log(describeJob(job));
        if (page.total > page.items.length) console.log(`… ${page.total - page.items.length} more (--limit)`);
      }),
    );
  jobs
    .command('show')
    .description('one job, with its problems')
    .argument('<id>', 'job id')
    .option(...dataOption)
    .action(async (id: string, flags: { data?: string }) =>
      withContext(flags, async (context) => {
        const job = await getImportJob(context.importJobs, await cliCaller(context), id);
        console.log(describeJob(job));
        if (job.error) console.log(job.error);
        for (const problem of job.problems.slice(0, 50))
          console.log(`  row ${problem.row ?? '?'}  ${problem.path || '-'}  ${problem.message}`);
      }),
    );
  jobs
    .command('cancel')
    .description('cancel a job still queued')
    .argument('<id>', 'job id')
    .option(...dataOption)
    .action(async (id: string, flags: { data?: string }) =>
      withContext(flags, async (context) => {
        console.log(describeJob(await cancelImportJob(context.importJobs, await cliCaller(context), id)));
      }),
    );
  return jobs;
}
