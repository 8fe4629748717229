import { client, dataOf, queryString } from '../../api/http.ts';
import type { AnswerOf, QueryOf, Schemas } from '../../api/schema.ts';

export const DRUGS = ['cocaine', 'cannabis', 'heroin', 'synthetic', 'other'] as const;
export type Drug = (typeof DRUGS)[number];
export const GROUP_BYS = ['drug', 'month', 'directorate', 'agency', 'route'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The period and drug the trend screens filter by. */
export interface SeizureFilter {
  from?: string;
  to?: string;
  drug?: Drug;
}
/** The shapes of the seizure trends: the generated components of the API document (`npm run gen:api`). */
export type SeizureFact = Schemas['SeizureFact'];
export type SeizureTotals = Schemas['SeizureTotals'];
export type YearToDate = Schemas['SeizureYearToDate'];

/** The seizure trend endpoints (server: src/api/routes/seizure-stats.ts). */
export const seizuresApi = {
  // stats and facts also answer CSV (?format=csv): asked without it, they answer their JSON form
  stats: (groupBy: GroupBy, filter: SeizureFilter) =>
    dataOf(client.GET('/api/seizures/stats', { params: { query: { group_by: groupBy, ...filter } } })) as Promise<
      AnswerOf<'/api/seizures/stats', 'get'>
    >,
  ytd: (date: string, drug?: Drug) => dataOf(client.GET('/api/seizures/ytd', { params: { query: { date, drug } } })),
  facts: (filter: SeizureFilter & { country?: string }) =>
    dataOf(client.GET('/api/seizures/facts', { params: { query: { ...filter, limit: 1000 } } })) as Promise<
      AnswerOf<'/api/seizures/facts', 'get'>
    >,
  // the CSV is a file the browser downloads: a link, not a call
  csvUrl: (kind: 'stats' | 'facts', query: QueryOf<'/api/seizures/stats', 'get'>) =>
    `/api/seizures/${kind}${queryString({ ...query, format: 'csv' })}`,
};
