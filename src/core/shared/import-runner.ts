import type { FieldIssue } from './errors.ts';
import { importRefused, MAX_REPORTED_ISSUES, type ImportOptions, type ImportResult } from './import-result.ts';

/** A row read from a file: its value, or why it could not be read. */
export type RawRow = { row: number; value: unknown } | { row: number; error: { path: string; message: string } };

export interface ImportSteps<TRecord extends { external_id: string | null }> {
  /** validates and resolves one row; pure apart from lookups */
  prepare(
    value: unknown,
  ): Promise<{ record?: TRecord; issues: FieldIssue[] }> | { record?: TRecord; issues: FieldIssue[] };
  /** writes a batch inside the import's transaction; returns the ids of the rows stored */
  write(batch: TRecord[]): Promise<string[]>;
}

/**
 * Reads every row, validates it and writes in batches. Call it inside a transaction: on the first
 * problem it stops writing but keeps checking, so the refusal names every bad row, then throws and
 * the transaction rolls back. The write of one batch overlaps the checking of the next.
 */
export async function runImport<TRecord extends { external_id: string | null }>(
  rows: AsyncIterable<RawRow> | Iterable<RawRow>,
  steps: ImportSteps<TRecord>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const batchSize = options.batchSize ?? 1000;
  const issues: FieldIssue[] = [];
  let issueCount = 0;
  const firstRowOf = new Map<string, number>();
  let total = 0,
    inserted = 0;
  const ids: string[] = [];
  let batch: TRecord[] = [];
  let pending: Promise<string[]> | undefined;

  const report = (found: FieldIssue[], row: number) => {
    issueCount += found.length;
    for (const issue of found) if (issues.length < MAX_REPORTED_ISSUES) issues.push({ ...issue, row });
  };
  const settle = async () => {
    if (!pending) return;
    const stored = await pending;
    pending = undefined;
    inserted += stored.length;
    for (const id of stored) if (ids.length < 1000) ids.push(id);
    options.onProgress?.({ rows: total, inserted });
  };
  const flush = async () => {
    await settle();
    if (batch.length === 0) return;
    pending = steps.write(batch);
    pending.catch(() => {
      /* awaited in settle() */
    });
    batch = [];
  };

  for await (const raw of rows) {
    total += 1;
    if ('error' in raw) {
      report([raw.error], raw.row);
      continue;
    }
    const { record, issues: found } = await steps.prepare(raw.value);
    if (!record) {
      report(found, raw.row);
      continue;
    }
    if (record.external_id !== null) {
      const first = firstRowOf.get(record.external_id);
      if (first !== undefined) {
        report([{ path: 'external_id', message: `"${record.external_id}" already appears in row ${first}` }], raw.row);
        continue;
      }
      firstRowOf.set(record.external_id, raw.row);
    }
    if (issueCount > 0) continue;
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }
  if (issueCount > 0) {
    await pending?.catch(() => undefined);
    throw importRefused(issues, issueCount, total);
  }
  await flush();
  await settle();
  return { total, inserted, skipped: total - inserted, ids };
}
