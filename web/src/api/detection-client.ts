import { queryString, request } from './http.ts';
import type {
  Alarm,
  Campaign,
  CampaignDecision,
  CampaignDetail,
  CampaignFilters,
  IncidentLinkWithOther,
  RiskForecast,
  SignatureAlias,
} from './detection-types.ts';

const id = (value: string) => encodeURIComponent(value);

/** Links, campaigns, wave alarms, site risk and the signature aliases. */
export const detectionApi = {
  incidentLinks: (incident: string) =>
    request<{ items: IncidentLinkWithOther[] }>('GET', `/api/incidents/${id(incident)}/links`),

  campaigns: (filters: CampaignFilters & { limit?: number; offset?: number }) =>
    request<{ items: Campaign[]; next_offset: number | null }>('GET', `/api/campaigns${queryString({ ...filters })}`),

  /** Every campaign matching the filters, paging through the API (200 a page). */
  async allCampaigns(filters: CampaignFilters = {}): Promise<Campaign[]> {
    const all: Campaign[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page: { items: Campaign[]; next_offset: number | null } = await detectionApi.campaigns({
        ...filters,
        limit: 200,
        offset,
      });
      all.push(...page.items);
      offset = page.items.length === 0 ? null : page.next_offset;
    }
    return all;
  },

  campaign: (campaign: string) => request<CampaignDetail>('GET', `/api/campaigns/${id(campaign)}`),

  decide: (campaign: string, decision: CampaignDecision) =>
    request<void>('POST', `/api/campaigns/${id(campaign)}/decisions`, decision),

  waves: (query: { from?: string; to?: string; max_p?: number; limit?: number }) =>
    request<{ items: Alarm[] }>('GET', `/api/waves${queryString(query)}`),

  endAlarm: (alarm: string, reason: string) => request<Alarm>('POST', `/api/waves/${id(alarm)}/end`, { reason }),

  risk: (query: { at?: string; horizon: 72 | 168; limit?: number }) =>
    request<RiskForecast>('GET', `/api/risk${queryString(query)}`),

  aliases: () => request<{ items: SignatureAlias[] }>('GET', '/api/signature-aliases'),

  setAlias: (alias: SignatureAlias) =>
    request<void>('PUT', '/api/signature-aliases', {
      alias: alias.alias,
      canonical: alias.canonical,
      ...(alias.note ? { note: alias.note } : {}),
    }),

  removeAlias: (alias: string) => request<void>('DELETE', `/api/signature-aliases/${id(alias)}`),
};
