import { client, dataOf, done } from './http.ts';
import type { BodyOf, QueryOf } from './schema.ts';
import type { ArticleSubmission, FeedInput, FeedPatch, OutletInput, OutletPatch } from './review-types.ts';

const path = (id: string) => ({ params: { path: { id } } });

/** The review queue: submitted texts, their candidates and the decisions on them (the typed client). */
export const reviewApi = {
  submit: (body: ArticleSubmission) => dataOf(client.POST('/api/review', { body })),

  queue: (query: QueryOf<'/api/review', 'get'>) => dataOf(client.GET('/api/review', { params: { query } })),

  candidate: (candidate: string) => dataOf(client.GET('/api/review/{id}', path(candidate))),

  accept: (candidate: string, body: BodyOf<'/api/review/{id}/accept', 'post'>) =>
    dataOf(client.POST('/api/review/{id}/accept', { ...path(candidate), body })),

  merge: (candidate: string, body: BodyOf<'/api/review/{id}/merge', 'post'>) =>
    dataOf(client.POST('/api/review/{id}/merge', { ...path(candidate), body })),

  reject: (candidate: string, body: BodyOf<'/api/review/{id}/reject', 'post'>) =>
    dataOf(client.POST('/api/review/{id}/reject', { ...path(candidate), body })),

  reopen: (candidate: string, body: BodyOf<'/api/review/{id}/reopen', 'post'>) =>
    dataOf(client.POST('/api/review/{id}/reopen', { ...path(candidate), body })),
};

/** The feeds polled for articles. */
export const feedsApi = {
  list: () => dataOf(client.GET('/api/feeds')),
  add: (body: FeedInput) => dataOf(client.POST('/api/feeds', { body })),
  update: (feed: string, body: FeedPatch) => dataOf(client.PATCH('/api/feeds/{id}', { ...path(feed), body })),
  remove: (feed: string) => done(client.DELETE('/api/feeds/{id}', path(feed))),
  poll: (feed: string) => dataOf(client.POST('/api/feeds/{id}/poll', path(feed))),
};

/** The source register: each outlet's default grade and kind. */
export const sourceRegisterApi = {
  list: () => dataOf(client.GET('/api/source-register')),
  add: (body: OutletInput) => dataOf(client.POST('/api/source-register', { body })),
  update: (outlet: string, body: OutletPatch) =>
    dataOf(client.PATCH('/api/source-register/{id}', { ...path(outlet), body })),
  remove: (outlet: string) => done(client.DELETE('/api/source-register/{id}', path(outlet))),
};
