import { createReadStream, statSync } from 'node:fs';
import { Command, Option } from 'commander';
import { readConfig } from '../../config.ts';
import { openVigie } from '../../context.ts';
import { importIncidents } from '../../core/incident/incident.service.ts';
import { importSeizures } from '../../core/seizure/seizure.service.ts';
import { VigieError } from '../../core/shared/errors.ts';
import type { ImportProgress } from '../../core/shared/import-result.ts';
import { detectImportFormat, type ImportFormat } from '../../intake/import-format.ts';
import { readRows } from '../../intake/read-rows.ts';
import { dataOption } from './serve.ts';
import { cliCaller } from '../caller.ts';
import { importStixFile } from './stix-import.ts';

/** Prints progress on stderr at most once a second, so long imports show they are alive. */
function progressPrinter(started: number) {
  let last = 0;
  return (progress: ImportProgress) => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    const rate = Math.round(progress.rows / Math.max(0.001, (now - started) / 1000));
    process.stderr.write(`\rvigie: ${progress.rows.toLocaleString('en')} rows read, ${progress.inserted.toLocaleString('en')} stored (${rate.toLocaleString('en')}/s)   `);
  };
}

export function importCommand(): Command {
  return new Command('import')
    .description('import a file of incidents or seizures (JSON array, NDJSON or CSV) or a STIX 2.1 bundle: all rows or none')
    .argument('<file>', 'the file to import')
    .addOption(new Option('-k, --kind <kind>', 'what the file holds').choices(['incidents', 'seizures', 'stix']).default('incidents'))
    .addOption(new Option('-f, --format <format>', 'file format (default: from the extension, then the content)').choices(['json', 'ndjson', 'csv']))
    .option('--org <organisation>', 'organisation that owns the imported records (default: Vigie)')
    .option(...dataOption)
    .action(async (file: string, flags: { kind: 'incidents' | 'seizures' | 'stix'; format?: ImportFormat; data?: string; org?: string }) => {
      if (!statSync(file).isFile()) throw new VigieError('invalid_input', `${file} is not a file`, 400);
      if (flags.kind === 'stix') return importStixFile(file, flags);
      const format = flags.format ?? detectImportFormat({ fileName: file });
      if (!format) throw new VigieError('unsupported_format', `cannot tell the format of ${file}: give --format json|ndjson|csv`, 400);
      const config = readConfig(flags);
      const context = await openVigie({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
      try {
        const caller = await cliCaller(context, { org: flags.org });
        const started = Date.now();
        const rows = readRows(createReadStream(file), format, { kind: flags.kind === 'seizures' ? 'seizure' : 'incident' });
        const options = { onProgress: progressPrinter(started) };
        const result = flags.kind === 'seizures'
          ? await importSeizures(context.seizures, caller, rows, options)
          : await importIncidents(context.incidents, caller, rows, options);
        process.stderr.write('\r');
        console.log(`${file}: ${result.total} rows, ${result.inserted} ${flags.kind} added, ${result.skipped} already there (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } finally {
        await context.close();
      }
    });
}
