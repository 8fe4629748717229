import { queryString, request } from './http.ts';

export const IMPORT_KINDS = ['incident', 'seizure'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportFormat = 'json' | 'ndjson' | 'csv';
export type ImportJobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** A row the importer refused: its number in the file, the field and why. */
export interface ImportProblem {
  row?: number | null;
  path: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** A file queued for import, taken from the work queue by one instance, with its progress. */
export interface ImportJob {
  id: string;
  kind: ImportKind;
  format: ImportFormat;
  file_name: string;
  size_bytes: number;
  sha256: string;
  state: ImportJobState;
  rows_read: number;
  stored: number;
  already_there: number;
  problem_count: number;
  /** the first 200 */
  problems: ImportProblem[];
  error: string | null;
  attempts: number;
  created_by: { id: string; username: string } | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** A job still waiting or being imported: the page keeps it fresh. */
export const isActive = (job: Pick<ImportJob, 'state'>) => job.state === 'queued' || job.state === 'running';

/** The format named by a file's extension; none when the server must sniff it. */
export function formatOfFileName(name: string): ImportFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  if (extension === 'json' || extension === 'csv') return extension;
  return undefined;
}

const id = (value: string) => encodeURIComponent(value);

/** Import jobs: a file sent as it is, imported in the background. */
export const importsApi = {
  upload: (file: File, kind: ImportKind) =>
    request<ImportJob>(
      'POST',
      `/api/import-jobs${queryString({ kind, format: formatOfFileName(file.name), name: file.name })}`,
      file,
    ),
  list: (query: { limit: number; offset: number; state?: string }) =>
    request<{ items: ImportJob[]; total: number }>('GET', `/api/import-jobs${queryString(query)}`),
  get: (job: string) => request<ImportJob>('GET', `/api/import-jobs/${id(job)}`),
  cancel: (job: string) => request<ImportJob>('POST', `/api/import-jobs/${id(job)}/cancel`),
};
