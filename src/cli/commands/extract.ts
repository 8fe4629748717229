import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { Gazetteer } from '../../core/shared/gazetteer.ts';
import { fromZodIssues, invalidInput } from '../../core/shared/errors.ts';
import { extractText } from '../../intake/extract/extract.ts';
import { extractionLanguageSchema, extractionPublishedSchema } from '../../intake/extract/extract.schema.ts';
import type { Candidate, ExtractionResult } from '../../intake/extract/extraction.types.ts';
import { loadReferenceData } from '../../store/reference-data.ts';

/** `vigie extract FILE`: candidate incidents and seizures of an article, without opening the store. */
export function extractCommand(): Command {
  return new Command('extract')
    .description(
      'read an article (text, HTML, RSS or Atom) and print the incidents and seizures it reports, with their evidence',
    )
    .argument('<file>', 'the article or feed file')
    .option(
      '--published <date>',
      'publication date (YYYY-MM-DD or date-time); relative dates resolve against it (default: now)',
    )
    .option('--lang <language>', 'fr or en (default: detected)')
    .option('--json', 'print the extraction as JSON')
    .action((file: string, flags: { published?: string; lang?: string; json?: boolean }) => {
      const published =
        flags.published === undefined
          ? undefined
          : parseFlag(extractionPublishedSchema, flags.published, '--published');
      const language = flags.lang === undefined ? undefined : parseFlag(extractionLanguageSchema, flags.lang, '--lang');
      const input = readFileSync(file, 'utf8');
      const reference = loadReferenceData();
      const gazetteer = new Gazetteer(reference.facilities, reference.departments, reference.directorates);
      const result = extractText(input, gazetteer, { published, language });
      console.log(flags.json ? JSON.stringify(result, null, 2) : summary(result));
    });
}

function parseFlag<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  value: string,
  flag: string,
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalidInput(
    fromZodIssues(parsed.error.issues).map((issue) => ({ ...issue, path: flag })),
    `${flag}: "${value}": ${parsed.error.issues[0].message}`,
  );
}

/** One line per candidate, with its notes. */
function summary(result: ExtractionResult): string {
  const lines: string[] = [];
  for (const item of result.items) {
    lines.push(
      `${item.title ?? item.url ?? 'article'} (${result.format}, ${item.language}, published ${item.published.slice(0, 10)}): ${item.candidates.length} candidate${item.candidates.length === 1 ? '' : 's'}`,
    );
    for (const candidate of item.candidates)
      lines.push(`  ${describe(candidate)}`, ...candidate.notes.map((note) => `      note: ${note}`));
  }
  return lines.join('\n');
}

function describe(candidate: Candidate): string {
  const when = JSON.stringify(candidate.draft.occurred).replace(/["{}]/g, '');
  if (candidate.kind === 'seizure') {
    const d = candidate.draft;
    return `seizure   ${d.drug} ${d.quantity.value} ${d.quantity.unit ?? 'kg'}  ${when}${d.agency ? `  ${d.agency}` : ''}  confidence ${candidate.confidence.toFixed(2)}`;
  }
  const d = candidate.draft;
  const where = d.facility ?? `${d.place?.commune} (place)`;
  const signatures = (d.signatures ?? []).map((s) => s.text).join(', ');
  return `incident  ${where}  ${when}  ${d.event_types.join(', ')}${signatures ? `  signatures: ${signatures}` : ''}  confidence ${candidate.confidence.toFixed(2)}`;
}
