import { Command } from 'commander';
import { importStix } from '../../core/exchange/stix-exchange.service.ts';
import { describeGraph } from '../../intake/stix/stix-graph-import.ts';
import { describeFates } from '../../intake/stix/stix-foreign.ts';
import { pullTaxiiCollection } from '../../intake/stix/taxii-client.ts';
import { cliCaller } from '../caller.ts';
import { dataOption, output, withContext } from '../invocation.ts';

/** `vigie taxii pull URL`: import what a TAXII 2.1 collection holds (another Vigie or any TAXII server). */
export function taxiiCommand(): Command {
  const taxii = new Command('taxii').description('exchange STIX 2.1 over TAXII 2.1');
  taxii
    .command('pull')
    .description('import the incidents of a TAXII 2.1 collection: all or none, pulling twice adds nothing')
    .argument('<url>', 'the API root, e.g. https://vigie.example/taxii2/vigie/')
    .requiredOption('--collection <id>', 'the collection id (GET <url>collections/ lists them)')
    .option('--token <token>', 'API token of the server (default: VIGIE_TAXII_TOKEN)')
    .option('--added-after <timestamp>', 'only objects added after this time')
    .option('--org <organisation>', 'organisation that owns the imported records (default: Vigie)')
    .option(...dataOption)
    .action(
      async (
        url: string,
        flags: { collection: string; token?: string; addedAfter?: string; org?: string; data?: string },
      ) => {
        const bundle = await pullTaxiiCollection({
          apiRoot: url,
          collection: flags.collection,
          token: flags.token ?? output().env.VIGIE_TAXII_TOKEN,
          addedAfter: flags.addedAfter,
        });
        await withContext(flags, async (context) => {
          const result = await importStix(
            { incidents: context.incidents, stix: context.stix, graph: context.stixGraph },
            await cliCaller(context, { org: flags.org }),
            bundle,
          );
          console.log(
            `${url}: ${bundle.objects.length} objects pulled, ${result.total} incidents, ${result.inserted} added, ${result.skipped} already there${describeGraph(result.graph)}`,
          );
          console.log(`objects: ${describeFates(result.objects)}`);
        });
      },
    );
  return taxii;
}
