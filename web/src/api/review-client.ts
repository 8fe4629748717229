import { queryString, request } from './http.ts';
import type {
  Article,
  ArticleSubmission,
  Candidate,
  CandidateDetail,
  Feed,
  FeedInput,
  Outlet,
  OutletInput,
  QueueItem,
} from './review-types.ts';

const id = (value: string) => encodeURIComponent(value);

/** The review queue: submitted texts, their candidates and the decisions on them. */
export const reviewApi = {
  submit: (body: ArticleSubmission) =>
    request<{ items: Array<Article & { duplicate: boolean; candidates: Candidate[] }> }>('POST', '/api/review', body),

  queue: (query: { status?: string; kind?: string; feed?: string; limit?: number; offset?: number }) =>
    request<{ items: QueueItem[]; total: number; next_offset: number | null }>(
      'GET',
      `/api/review${queryString(query)}`,
    ),

  candidate: (candidate: string) => request<CandidateDetail>('GET', `/api/review/${id(candidate)}`),

  accept: (candidate: string, body: { version: number; draft?: Record<string, unknown>; grade?: string }) =>
    request<Candidate>('POST', `/api/review/${id(candidate)}/accept`, body),

  merge: (
    candidate: string,
    body: { version: number; incident_id: string; incident_version?: number; grade?: string },
  ) => request<Candidate>('POST', `/api/review/${id(candidate)}/merge`, body),

  reject: (candidate: string, body: { version: number; reason: string }) =>
    request<Candidate>('POST', `/api/review/${id(candidate)}/reject`, body),

  reopen: (candidate: string, body: { version: number }) =>
    request<Candidate>('POST', `/api/review/${id(candidate)}/reopen`, body),
};

/** The feeds polled for articles. */
export const feedsApi = {
  list: () => request<{ items: Feed[] }>('GET', '/api/feeds'),
  add: (body: FeedInput) => request<Feed>('POST', '/api/feeds', body),
  update: (feed: string, body: Partial<FeedInput>) => request<Feed>('PATCH', `/api/feeds/${id(feed)}`, body),
  remove: (feed: string) => request<void>('DELETE', `/api/feeds/${id(feed)}`),
  poll: (feed: string) =>
    request<{ feed: Feed; seen: number; new: number; auto_accepted: number; error: string | null }>(
      'POST',
      `/api/feeds/${id(feed)}/poll`,
    ),
};

/** The source register: each outlet's default grade and kind. */
export const sourceRegisterApi = {
  list: () => request<{ items: Outlet[] }>('GET', '/api/source-register'),
  add: (body: OutletInput) => request<Outlet>('POST', '/api/source-register', body),
  update: (outlet: string, body: Partial<OutletInput> & { version: number }) =>
    request<Outlet>('PATCH', `/api/source-register/${id(outlet)}`, body),
  remove: (outlet: string) => request<void>('DELETE', `/api/source-register/${id(outlet)}`),
};
