import { VigieError, type FieldIssue } from './errors.ts';

/** What an accepted import did. */
export interface ImportResult {
  /** data rows read */
  total: number;
  /** rows stored */
  inserted: number;
  /** rows whose external_id was already stored: importing again changes nothing */
  skipped: number;
  /** ids of the stored rows, in file order (only the first 1,000) */
  ids: string[];
}

export interface ImportProgress {
  rows: number;
  inserted: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** how many rows are written per statement */
  batchSize?: number;
}

/** Issues kept in a refusal; the count of all of them is still given. */
export const MAX_REPORTED_ISSUES = 200;

/** The whole file is refused: nothing was written. Details name each row, field and message. */
export class ImportRefusedError extends VigieError {
  constructor(
    issues: FieldIssue[],
    readonly issueCount: number,
    readonly total: number,
  ) {
    const rows = new Set(issues.map((issue) => issue.row)).size;
    super(
      'import_refused',
      `import refused, nothing was written: ${issueCount} problem${issueCount === 1 ? '' : 's'} in ${rows}${issueCount > issues.length ? '+' : ''} of ${total} rows` +
        ` (first: row ${issues[0]?.row}: ${issues[0]?.path ? `${issues[0].path}: ` : ''}${issues[0]?.message})`,
      400,
      issues,
    );
  }
}

export function importRefused(issues: FieldIssue[], issueCount: number, total: number): VigieError {
  return new ImportRefusedError(issues, issueCount, total);
}
