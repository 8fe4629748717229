import { readFileSync } from 'node:fs';
import { VigieError } from '../../core/shared/errors.ts';
import { describeGraph, graphImportDeps } from '../../intake/stix/stix-graph-import.ts';
import { importStixBundle } from '../../intake/stix/stix-import.ts';
import { cliCaller } from '../caller.ts';
import { withContext } from '../invocation.ts';

/** `vigie import --kind stix FILE`: the incidents of a STIX 2.1 bundle, all or none, idempotently. */
export async function importStixFile(file: string, flags: { data?: string; org?: string }): Promise<void> {
  let bundle: unknown;
  try { bundle = JSON.parse(readFileSync(file, 'utf8')); } catch (error) {
    throw new VigieError('invalid_json', `${file} is not JSON: ${(error as Error).message}`, 400, [{ path: 'file', message: 'not JSON' }]);
  }
  await withContext(flags, async (context) => {
    const caller = await cliCaller(context, { org: flags.org });
    const result = await importStixBundle(context.incidents, caller, bundle, graphImportDeps(context));
    console.log(`${file}: ${result.total} incidents in the bundle, ${result.inserted} added, ${result.skipped} already there${describeGraph(result.graph)}`);
  });
}
