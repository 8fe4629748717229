import { client, dataOf, queryString, request } from './http.ts';
import type { AnswerOf, QueryOf, Schemas } from './schema.ts';

export const IMPORT_KINDS = ['incident', 'seizure'] as const satisfies readonly Schemas['ImportJob']['kind'][];
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportFormat = Schemas['ImportJob']['format'];
export type ImportJobState = Schemas['ImportJob']['state'];

/** A file queued for import, taken from the work queue by one instance, with its progress. */
export type ImportJob = Schemas['ImportJob'];
/** A row the importer refused: its number in the file, the field and why. */
export type ImportProblem = ImportJob['problems'][number];

/** A job still waiting or being imported: the page keeps it fresh. */
export const isActive = (job: Pick<ImportJob, 'state'>) => job.state === 'queued' || job.state === 'running';

/** The format named by a file's extension; none when the server must sniff it. */
export function formatOfFileName(name: string): ImportFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  if (extension === 'json' || extension === 'csv') return extension;
  return undefined;
}

const path = (id: string) => ({ params: { path: { id } } });

/** Import jobs: a file sent as it is, imported in the background. */
export const importsApi = {
  // The file goes as it is, with its own type (the typed client sends JSON bodies only).
  upload: (file: File, kind: ImportKind) =>
    request<AnswerOf<'/api/import-jobs', 'post'>>(
      'POST',
      `/api/import-jobs${queryString({ kind, format: formatOfFileName(file.name), name: file.name })}`,
      file,
    ),
  list: (query: QueryOf<'/api/import-jobs', 'get'>) => dataOf(client.GET('/api/import-jobs', { params: { query } })),
  get: (job: string) => dataOf(client.GET('/api/import-jobs/{id}', path(job))),
  cancel: (job: string) => dataOf(client.POST('/api/import-jobs/{id}/cancel', path(job))),
};
