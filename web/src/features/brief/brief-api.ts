import { client, dataOf, jsonOf } from '../../api/http.ts';
import type { Schemas } from '../../api/schema.ts';

/** The shapes of the daily brief: the generated components of the API document (`npm run gen:api`). */
export type LiveBrief = Schemas['LiveBrief'];
export type ArchivedBriefSummary = Schemas['BriefSummary'];
export type ArchivedBrief = Schemas['ArchivedBrief'];

/** The daily brief endpoints (server: src/api/routes/briefs.ts). */
export const briefApi = {
  // the live and archived briefs also answer a file (?format=pdf, html, md): asked without it, their JSON
  live: (date: string, lang: 'fr' | 'en') =>
    jsonOf(client.GET('/api/briefs/live', { params: { query: { date, lang } } })),
  archive: (q: string, limit: number, offset: number) =>
    dataOf(client.GET('/api/briefs', { params: { query: { q: q || undefined, limit, offset } } })),
  archived: (id: string) => jsonOf(client.GET('/api/briefs/{id}', { params: { path: { id } } })),
};
