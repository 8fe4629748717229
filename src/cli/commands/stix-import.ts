import { readFileSync } from 'node:fs';
import { importStix } from '../../core/exchange/stix-exchange.service.ts';
import { VigieError } from '../../core/shared/errors.ts';
import { describeGraph } from '../../intake/stix/stix-graph-import.ts';
import { describeFates } from '../../intake/stix/stix-foreign.ts';
import { cliCaller } from '../caller.ts';
import { withContext } from '../invocation.ts';

/**
 * `vigie import --kind stix FILE`: the incidents of a STIX 2.1 bundle, all or none (or, with
 * `--partial`, the valid ones with each refused object named), idempotently; prints what was kept,
 * attached and ignored, by type.
 */
export async function importStixFile(
  file: string,
  flags: { data?: string; org?: string; partial?: boolean },
): Promise<void> {
  let bundle: unknown;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new VigieError('invalid_json', `${file} is not JSON: ${(error as Error).message}`, 400, [
      { path: 'file', message: 'not JSON' },
    ]);
  }
  await withContext(flags, async (context) => {
    const caller = await cliCaller(context, { org: flags.org });
    const result = await importStix(
      { incidents: context.incidents, stix: context.stix, graph: context.stixGraph },
      caller,
      bundle,
      { partial: flags.partial },
    );
    console.log(
      `${file}: ${result.total} incidents in the bundle, ${result.inserted} added, ${result.skipped} already there${describeGraph(result.graph)}`,
    );
    console.log(`objects: ${describeFates(result.objects)}`);
    for (const issue of result.refusedIssues) console.log(`refused ${issue.path}: ${issue.message}`);
  });
}
