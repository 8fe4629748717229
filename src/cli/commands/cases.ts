import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Command, Option } from 'commander';
import type { z } from 'zod';
import { CASE_STATES, type CaseItemType } from '../../core/case/case.ts';
import {
  caseInputSchema,
  caseItemSchema,
  caseListQuerySchema,
  evidenceQuerySchema,
  handoverSchema,
} from '../../core/case/case.schema.ts';
import { addEvidence, addItem, createCase, getCase, listCases } from '../../core/case/case.service.ts';
import { handOver } from '../../core/case/case-handover.service.ts';
import { exportCase, type CaseExportFormat } from '../../core/case/case-export.service.ts';
import { fromZodIssues, invalidInput } from '../../core/shared/errors.ts';
import type { VigieContext } from '../../context.ts';
import { presentCaseDetail } from '../../api/presenters/case.presenter.ts';
import { cliCaller } from '../caller.ts';
import { parseFlags } from '../flags.ts';
import { dataOption, output, withContext } from '../invocation.ts';

/** The input checked by its zod schema; a refusal names the field (exit code 2). */
function valid<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidInput(fromZodIssues(result.error.issues));
}

const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.json': 'application/json',
  '.mp4': 'video/mp4',
  '.html': 'text/html',
  '.csv': 'text/csv',
  '.eml': 'message/rfc822',
};

/** An item flag's value as a case item: a campaign may be named by its key. */
async function itemOf(context: VigieContext, type: CaseItemType, value: string) {
  if (type === 'campaign' && !/^[0-9a-f-]{36}$/i.test(value)) {
    const campaign = await context.campaigns.findByKey(value);
    if (!campaign) throw invalidInput([{ path: '--campaign', message: `unknown campaign "${value}"` }]);
    return { type, id: campaign.id };
  }
  return valid(caseItemSchema, { type, id: value });
}

/** `vigie cases list|show|create|add|handover|export`. */
export function casesCommand(): Command {
  const cases = new Command('cases').description(
    'cases: incidents, campaigns, actors, evidence, handovers, case files',
  );
  cases
    .command('list')
    .description('cases, most recently changed first')
    .addOption(new Option('--state <state>', 'only this state').choices(CASE_STATES))
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { state?: string; limit: string; json?: boolean; data?: string }) => {
      const query = parseFlags(caseListQuerySchema, { state: flags.state, limit: flags.limit });
      await withContext(flags, async (context) => {
        const page = await listCases(context.cases, await cliCaller(context), query);
        if (flags.json) {
          console.log(JSON.stringify({ items: page.items, total: page.total }, null, 2));
          return;
        }
        if (page.items.length === 0) console.log('no cases: open one with vigie cases create --title "..."');
        for (const row of page.items)
          console.log(
            `${row.reference}  ${row.state.padEnd(9)} TLP:${row.marking.padEnd(12)} ${page.organisations.get(row.owner_org_id) ?? ''}  ${row.title}`,
          );
      });
    });

  cases
    .command('show')
    .description('a case with what it holds')
    .argument('<case>', 'reference (VIG-2025-0001) or id')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (ref: string, flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const detail = presentCaseDetail(
          await getCase(context.cases, await cliCaller(context), ref),
          context.gazetteer,
        );
        if (flags.json) {
          console.log(JSON.stringify(detail, null, 2));
          return;
        }
        console.log(
          `${detail.reference}  ${detail.title}\n  state ${detail.state}, TLP:${detail.marking}, lead ${detail.lead_org}`,
        );
        console.log(
          `  ${detail.incidents.length} incidents, ${detail.campaigns.length} campaigns, ${detail.actors.length} actors, ${detail.evidence.length} evidence files, ${detail.notes.length} notes, ${detail.tasks.length} tasks`,
        );
        for (const file of detail.evidence)
          console.log(`  evidence ${file.file_name}  ${file.size_bytes} bytes  sha256 ${file.sha256}`);
        for (const h of detail.handovers)
          console.log(`  handover ${h.at}  ${h.from.name} -> ${h.to.name}: ${h.reason}`);
      }),
    );

  cases
    .command('create')
    .description('open a case')
    .requiredOption('--title <text>', 'title')
    .option('--summary <text>', 'summary')
    .option('--marking <tlp>', 'TLP marking', 'AMBER')
    .option('--org <organisation>', 'lead organisation (default: Vigie)')
    .option(...dataOption)
    .action(async (flags: { title: string; summary?: string; marking: string; org?: string; data?: string }) =>
      withContext(flags, async (context) => {
        const input = valid(caseInputSchema, { title: flags.title, summary: flags.summary, marking: flags.marking });
        const row = await createCase(context.cases, await cliCaller(context, { org: flags.org }), input);
        console.log(`${row.reference}  ${row.id}`);
      }),
    );

  cases
    .command('add')
    .description('add incidents, campaigns, actors or evidence files to a case')
    .argument('<case>', 'reference or id')
    .option('--incident <id...>', 'incident ids')
    .option('--campaign <key-or-id...>', 'campaigns')
    .option('--actor <id...>', 'actor ids')
    .option('--evidence <file...>', 'files to store as evidence (20 MiB each at most)')
    .option(...dataOption)
    .action(
      async (
        ref: string,
        flags: { incident?: string[]; campaign?: string[]; actor?: string[]; evidence?: string[]; data?: string },
      ) =>
        withContext(flags, async (context) => {
          const caller = await cliCaller(context);
          const wanted: Array<[CaseItemType, string]> = [
            ...(flags.incident ?? []).map((id) => ['incident', id] as [CaseItemType, string]),
            ...(flags.campaign ?? []).map((id) => ['campaign', id] as [CaseItemType, string]),
            ...(flags.actor ?? []).map((id) => ['actor', id] as [CaseItemType, string]),
          ];
          if (wanted.length === 0 && !flags.evidence?.length)
            throw invalidInput([
              { path: '--incident', message: 'name at least one --incident, --campaign, --actor or --evidence' },
            ]);
          for (const [type, value] of wanted) {
            const added = await addItem(context.cases, caller, ref, await itemOf(context, type, value));
            console.log(`${type} ${value}: ${added ? 'added' : 'already there'}`);
          }
          for (const path of flags.evidence ?? []) {
            const query = valid(evidenceQuerySchema, { filename: basename(path) });
            const file = await addEvidence(
              context.cases,
              caller,
              ref,
              query,
              MEDIA_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
              readFileSync(path),
            );
            console.log(`evidence ${file.file_name}: ${file.size_bytes} bytes, sha256 ${file.sha256}`);
          }
        }),
    );

  cases
    .command('handover')
    .description('hand a case over to another organisation')
    .argument('<case>', 'reference or id')
    .requiredOption('--to <organisation>', 'receiving organisation (id or name)')
    .requiredOption('--reason <text>', 'why')
    .option('--no-keep-access', 'the sender loses read access')
    .option(...dataOption)
    .action(async (ref: string, flags: { to: string; reason: string; keepAccess: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const input = valid(handoverSchema, { to: flags.to, reason: flags.reason, keep_access: flags.keepAccess });
        const result = await handOver(context.cases, await cliCaller(context), ref, input);
        console.log(
          `${result.case.reference} handed over to ${flags.to}${input.keep_access ? ' (the sender keeps read access)' : ''}`,
        );
      }),
    );

  cases
    .command('export')
    .description('the case file: html report, STIX 2.1 bundle or evidence manifest (recorded as a dissemination)')
    .argument('<case>', 'reference or id')
    .addOption(new Option('--format <format>', 'what to write').choices(['html', 'stix', 'manifest']).default('html'))
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['fr', 'en']).default('fr'))
    .option('-o, --out <file>', 'write to a file (default: standard output)')
    .option(...dataOption)
    .action(async (ref: string, flags: { format: CaseExportFormat; lang: 'fr' | 'en'; out?: string; data?: string }) =>
      withContext(flags, async (context) => {
        const result = await exportCase(
          context.cases,
          await cliCaller(context, { includeStaff: false }),
          ref,
          flags.format,
          flags.lang,
        );
        if (flags.out) {
          writeFileSync(flags.out, result.body);
          console.error(`${flags.out}: ${result.count} objects`);
        } else output().stdout.write(result.body);
      }),
    );
  return cases;
}
