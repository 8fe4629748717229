import { queryString, request } from '../../api/http.ts';

export const DRUGS = ['cocaine', 'cannabis', 'heroin', 'synthetic', 'other'] as const;
export const GROUP_BYS = ['drug', 'month', 'directorate', 'agency', 'route'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface SeizureFilter {
  from?: string;
  to?: string;
  drug?: string;
}
export interface GroupTotal {
  key: string;
  label: string;
  kilograms: number;
  count: number;
}
export interface SeizureTotals {
  group_by: GroupBy;
  total: { kilograms: number; count: number };
  groups: GroupTotal[];
}
export interface YearToDate {
  date: string;
  drug: string | null;
  months: number | null;
  ratio: number | null;
  ratio_to_previous_year: number | null;
  current: { kilograms: number; count: number };
  previous: { kilograms: number };
  previous_year: { kilograms: number };
  sentence: { fr: string; en: string };
}
export interface SeizureFact {
  id: string;
  date: string;
  drug: string;
  kilograms: number;
  country: string;
  commune: string | null;
  lat: number | null;
  lon: number | null;
  agency: string | null;
  route: string | null;
  vessel: string | null;
  organisation: { id: string; name: string | null; kind: string | null } | null;
}

/** The seizure trend endpoints (server: src/api/routes/seizure-stats.ts). */
export const seizuresApi = {
  stats: (groupBy: GroupBy, filter: SeizureFilter) =>
    request<SeizureTotals>('GET', `/api/seizures/stats${queryString({ group_by: groupBy, ...filter })}`),
  ytd: (date: string, drug?: string) => request<YearToDate>('GET', `/api/seizures/ytd${queryString({ date, drug })}`),
  facts: (filter: SeizureFilter & { country?: string }) =>
    request<{ items: SeizureFact[]; total: number }>(
      'GET',
      `/api/seizures/facts${queryString({ ...filter, limit: 1000 })}`,
    ),
  csvUrl: (kind: 'stats' | 'facts', query: Record<string, string | undefined>) =>
    `/api/seizures/${kind}${queryString({ ...query, format: 'csv' })}`,
};
