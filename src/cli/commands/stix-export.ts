import { writeFileSync } from 'node:fs';
import { invalidInput } from '../../core/shared/errors.ts';
import { buildBundle } from '../../export/stix/stix-bundle.ts';
import { selectForStix } from '../../export/stix/stix-selection.ts';
import { cliCaller } from '../caller.ts';
import { output, withContext } from '../invocation.ts';
import { recordStixExport } from '../../core/case/dissemination.service.ts';

/** A date flag, or a refusal naming it. */
export function dateFlag(name: string, text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw invalidInput([{ path: name, message: 'expected a date, e.g. 2025-04-01' }]);
  return date;
}

/** `vigie export --format stix`: a campaign or the incidents since a date, as one STIX 2.1 bundle. */
export async function writeStixBundle(flags: {
  campaign?: string;
  since?: string;
  out?: string;
  data?: string;
  interop?: boolean;
}): Promise<void> {
  const since = dateFlag('--since', flags.since);
  await withContext(flags, async (context) => {
    const caller = await cliCaller(context, {});
    const selection = await selectForStix(context, caller, { campaign: flags.campaign, since });
    const bundle = buildBundle(selection, context.gazetteer, { interop: flags.interop });
    await recordStixExport(context.cases, caller, selection);
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    if (flags.out) writeFileSync(flags.out, text);
    else output().stdout.write(text);
  });
}
