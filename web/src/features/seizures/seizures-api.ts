import { client, dataOf, jsonOf, queryString } from '../../api/http.ts';
import type { QueryOf, Schemas } from '../../api/schema.ts';

export const DRUGS = ['cocaine', 'cannabis', 'heroin', 'synthetic', 'other'] as const;
export type Drug = (typeof DRUGS)[number];
export const GROUP_BYS = ['drug', 'month', 'directorate', 'agency', 'route'] as const satisfies readonly NonNullable<
  QueryOf<'/api/seizures/stats', 'get'>['group_by']
>[];
export type GroupBy = (typeof GROUP_BYS)[number];

/** The period and drug the trend screens filter by. */
export type SeizureFilter = Pick<QueryOf<'/api/seizures/stats', 'get'>, 'from' | 'to' | 'drug'>;
/** The shapes of the seizure trends: the generated components of the API document (`npm run gen:api`). */
export type SeizureFact = Schemas['SeizureFact'];
export type SeizureTotals = Schemas['SeizureTotals'];
export type YearToDate = Schemas['SeizureYearToDate'];

/** The seizure trend endpoints (server: src/api/routes/seizure-stats.ts). */
export const seizuresApi = {
  stats: (groupBy: GroupBy, filter: SeizureFilter) =>
    jsonOf(client.GET('/api/seizures/stats', { params: { query: { group_by: groupBy, ...filter } } })),
  ytd: (date: string, drug?: Drug) => dataOf(client.GET('/api/seizures/ytd', { params: { query: { date, drug } } })),
  facts: (filter: SeizureFilter & { country?: string }) =>
    jsonOf(client.GET('/api/seizures/facts', { params: { query: { ...filter, limit: 1000 } } })),
  // the CSV is a file the browser downloads: a link, not a call
  csvUrl: (kind: 'stats' | 'facts', query: QueryOf<'/api/seizures/stats', 'get'>) =>
    `/api/seizures/${kind}${queryString({ ...query, format: 'csv' })}`,
};
