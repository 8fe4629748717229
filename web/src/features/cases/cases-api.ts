import { ApiError, queryString, request } from '../../api/http.ts';

/** The API shapes of cases (src/api/presenters/case.presenter.ts). */
export const CASE_STATES = ['open', 'suspended', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_ROLES = ['lead', 'investigator', 'analyst', 'observer'] as const;
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export interface CaseSummary {
  id: string;
  reference: string;
  title: string;
  summary: string | null;
  state: CaseState;
  lead_org_id: string;
  lead_org: string | null;
  marking: string;
  compartments: string[];
  created_at: string;
  updated_at: string;
  version: number;
}
export interface Evidence {
  id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  description: string | null;
  added_by: string;
  added_at: string;
  marking: string;
  download: string;
}
export interface CaseNote {
  id: string;
  text: string;
  author: string;
  marking: string;
  created_at: string;
}
export interface CaseDetail extends CaseSummary {
  can_write: boolean;
  access: Array<{ id: string; name: string }>;
  incidents: Array<{
    id: string;
    occurred_start: string;
    place: string | null;
    event_types: string[];
    description: string | null;
    marking: string;
  }>;
  campaigns: Array<{
    id: string;
    key: string;
    state: string;
    start_at: string;
    end_at: string;
    incident_count: number;
  }>;
  actors: Array<{ id: string; kind: string; name: string; marking: string }>;
  members: Array<{ user_id: string; username: string; display_name: string | null; role: string }>;
  notes: CaseNote[];
  evidence: Evidence[];
  tasks: Array<{ id: string; title: string; state: string; due_at: string | null }>;
  handovers: Array<{
    id: string;
    at: string;
    from: { id: string; name: string };
    to: { id: string; name: string };
    reason: string;
    keep_access: boolean;
    by: string;
  }>;
  history: Array<{ at: string; actor: string; action: string; details: Record<string, unknown> }>;
}
export interface Dissemination {
  id: string;
  at: string;
  channel: string;
  format: string | null;
  case_id: string | null;
  recipient: { kind: string; id: string; name: string };
  marking: string;
  object_count: number;
  released_by: string;
}
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

const id = (value: string) => encodeURIComponent(value);

export const casesApi = {
  list: (query: { state?: string; q?: string; limit?: number; offset?: number }) =>
    request<Page<CaseSummary>>('GET', `/api/cases${queryString(query)}`),
  create: (body: { title: string; summary?: string; marking: string }) =>
    request<CaseSummary>('POST', '/api/cases', body),
  get: (caseId: string) => request<CaseDetail>('GET', `/api/cases/${id(caseId)}`),
  update: (caseId: string, body: { version: number; state?: CaseState }) =>
    request<CaseSummary>('PATCH', `/api/cases/${id(caseId)}`, body),
  addItem: (caseId: string, body: { type: 'incident' | 'campaign' | 'actor'; id: string }) =>
    request<{ added: boolean }>('POST', `/api/cases/${id(caseId)}/items`, body),
  removeItem: (caseId: string, type: string, itemId: string) =>
    request<void>('DELETE', `/api/cases/${id(caseId)}/items/${type}/${id(itemId)}`),
  addNote: (caseId: string, text: string) => request<CaseNote>('POST', `/api/cases/${id(caseId)}/notes`, { text }),
  addTask: (caseId: string, title: string) => request<unknown>('POST', `/api/cases/${id(caseId)}/tasks`, { title }),
  setMember: (caseId: string, body: { user: string; role: string }) =>
    request<void>('POST', `/api/cases/${id(caseId)}/members`, body),
  handover: (caseId: string, body: { to: string; reason: string; keep_access: boolean }) =>
    request<CaseSummary>('POST', `/api/cases/${id(caseId)}/handover`, body),
  disseminations: (caseId: string) =>
    request<Page<Dissemination>>('GET', `/api/disseminations${queryString({ case: caseId, limit: 100 })}`),
  exportUrl: (caseId: string, format: 'html' | 'stix' | 'manifest', lang: string) =>
    `/api/cases/${id(caseId)}/export${queryString({ format, lang })}`,
};

/**
 * Uploads an evidence file as the raw body, reporting progress (fetch cannot): the session's CSRF
 * token is asked of /api/auth/me first, as every change needs it.
 */
export async function uploadEvidence(
  caseId: string,
  file: File,
  description: string,
  onProgress: (percent: number) => void,
): Promise<Evidence> {
  const session = await request<{ csrf_token?: string | null }>('GET', '/api/auth/me');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${id(caseId)}/evidence${queryString({ filename: file.name, description })}`);
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
        resolve(payload as Evidence);
        return;
      }
      const error = payload?.error ?? {};
      reject(
        new ApiError(
          xhr.status,
          error.code ?? `http_${xhr.status}`,
          error.message ?? `HTTP ${xhr.status}`,
          error.details ?? [],
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.send(file);
  });
}
