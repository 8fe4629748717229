import { queryString, request } from '../../api/http.ts';

export interface BriefCampaign {
  key: string;
  sites: string[];
  members: number;
  p_value: number | null;
  withheld: boolean;
}
export interface LiveBrief {
  date: string;
  as_of: string;
  markdown: string;
  html: string;
  campaigns: BriefCampaign[];
  incidents: { last_24h: number; last_7d: number };
}
export interface ArchivedBriefSummary {
  id: string;
  date: string;
  title: string;
  language: string;
  generated_at: string;
}
export interface ArchivedBrief extends ArchivedBriefSummary {
  markdown: string;
  html: string;
}

/** The daily brief endpoints (server: src/api/routes/briefs.ts). */
export const briefApi = {
  live: (date: string, lang: string) => request<LiveBrief>('GET', `/api/briefs/live${queryString({ date, lang })}`),
  archive: (q: string, limit: number, offset: number) =>
    request<{ items: ArchivedBriefSummary[]; total: number; next_offset: number | null }>(
      'GET',
      `/api/briefs${queryString({ q, limit, offset })}`,
    ),
  archived: (id: string) => request<ArchivedBrief>('GET', `/api/briefs/${encodeURIComponent(id)}`),
};
