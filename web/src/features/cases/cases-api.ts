import { ApiError, client, dataOf, done, errorOf, queryString } from '../../api/http.ts';
import type { AnswerOf, BodyOf, QueryOf, Schemas } from '../../api/schema.ts';
import { t } from '../../i18n/i18n.ts';

/** The API shapes of cases: the generated components of the API document (case.presenter.ts, `npm run gen:api`). */
export const CASE_STATES = ['open', 'suspended', 'closed'] as const satisfies readonly Schemas['Case']['state'][];
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_ROLES = ['lead', 'investigator', 'analyst', 'observer'] as const satisfies readonly BodyOf<
  '/api/cases/{id}/members',
  'post'
>['role'][];
export type CaseRole = (typeof CASE_ROLES)[number];
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export type CaseSummary = Schemas['Case'];
export type CaseDetail = Schemas['CaseDetail'];
export type Evidence = Schemas['CaseEvidence'];
export type Dissemination = Schemas['Dissemination'];

export type CaseItemType = Schemas['CaseItem']['type'];

const path = (id: string) => ({ params: { path: { id } } });

export const casesApi = {
  list: (query: QueryOf<'/api/cases', 'get'>) => dataOf(client.GET('/api/cases', { params: { query } })),
  create: (body: BodyOf<'/api/cases', 'post'>) => dataOf(client.POST('/api/cases', { body })),
  get: (caseId: string) => dataOf(client.GET('/api/cases/{id}', path(caseId))),
  update: (caseId: string, body: BodyOf<'/api/cases/{id}', 'patch'>) =>
    dataOf(client.PATCH('/api/cases/{id}', { ...path(caseId), body })),
  addItem: (caseId: string, body: BodyOf<'/api/cases/{id}/items', 'post'>) =>
    dataOf(client.POST('/api/cases/{id}/items', { ...path(caseId), body })),
  removeItem: (caseId: string, type: CaseItemType, itemId: string) =>
    done(client.DELETE('/api/cases/{id}/items/{type}/{itemId}', { params: { path: { id: caseId, type, itemId } } })),
  addNote: (caseId: string, text: string) =>
    dataOf(client.POST('/api/cases/{id}/notes', { ...path(caseId), body: { text } })),
  addTask: (caseId: string, body: BodyOf<'/api/cases/{id}/tasks', 'post'>) =>
    dataOf(client.POST('/api/cases/{id}/tasks', { ...path(caseId), body })),
  /** who a task of the case may be given to: the accounts of the reader's organisation that may work the case */
  assignees: (caseId: string) => dataOf(client.GET('/api/cases/{id}/assignees', path(caseId))),
  setMember: (caseId: string, body: BodyOf<'/api/cases/{id}/members', 'post'>) =>
    done(client.POST('/api/cases/{id}/members', { ...path(caseId), body })),
  handover: (caseId: string, body: BodyOf<'/api/cases/{id}/handover', 'post'>) =>
    dataOf(client.POST('/api/cases/{id}/handover', { ...path(caseId), body })),
  disseminations: (caseId: string) =>
    dataOf(client.GET('/api/disseminations', { params: { query: { case: caseId, limit: 100 } } })),
  // the export is a file (HTML, STIX bundle, manifest) that the browser downloads: a link, not a call
  exportUrl: (caseId: string, format: 'html' | 'stix' | 'manifest', lang: string) =>
    `/api/cases/${encodeURIComponent(caseId)}/export${queryString({ format, lang })}`,
};

/**
 * Uploads an evidence file as the raw body, reporting progress (fetch cannot, so this one call is an
 * XMLHttpRequest): the session's CSRF token is asked of /api/auth/me first, as every change needs it.
 */
export async function uploadEvidence(
  caseId: string,
  file: File,
  description: string,
  onProgress: (percent: number) => void,
): Promise<AnswerOf<'/api/cases/{id}/evidence', 'post'>> {
  const session = await dataOf(client.GET('/api/auth/me'));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(
      'POST',
      `/api/cases/${encodeURIComponent(caseId)}/evidence${queryString({ filename: file.name, description })}`,
    );
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    if (session.csrf_token) xhr.setRequestHeader('x-csrf-token', session.csrf_token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const payload = (() => {
        try {
          return JSON.parse(xhr.responseText);
        } catch {
          return undefined;
        }
      })();
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(payload as AnswerOf<'/api/cases/{id}/evidence', 'post'>);
        return;
      }
      // the same error as every other call: the envelope's code, message and field problems (paths dotted)
      reject(errorOf(xhr.status, payload));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', t('error.network')));
    xhr.send(file);
  });
}
