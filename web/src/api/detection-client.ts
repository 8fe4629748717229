import { client, dataOf, done } from './http.ts';
import type { QueryOf } from './schema.ts';
import type { Campaign, CampaignDecision, CampaignFilters, CampaignPage, SignatureAlias } from './detection-types.ts';

const path = (id: string) => ({ params: { path: { id } } });

/** Links, campaigns, wave alarms, site risk and the signature aliases (the typed client, from openapi.d.ts). */
export const detectionApi = {
  incidentLinks: (incident: string) => dataOf(client.GET('/api/incidents/{id}/links', path(incident))),

  campaigns: (filters: QueryOf<'/api/campaigns', 'get'>): Promise<CampaignPage> =>
    dataOf(client.GET('/api/campaigns', { params: { query: filters } })),

  /** Every campaign matching the filters, paging through the API (200 a page). */
  async allCampaigns(filters: CampaignFilters = {}): Promise<Campaign[]> {
    const all: Campaign[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page: CampaignPage = await detectionApi.campaigns({ ...filters, limit: 200, offset });
      all.push(...page.items);
      offset = page.items.length === 0 ? null : page.next_offset;
    }
    return all;
  },

  campaign: (campaign: string) => dataOf(client.GET('/api/campaigns/{id}', path(campaign))),

  decide: (campaign: string, decision: CampaignDecision) =>
    done(client.POST('/api/campaigns/{id}/decisions', { ...path(campaign), body: decision })),

  waves: (query: QueryOf<'/api/waves', 'get'>) => dataOf(client.GET('/api/waves', { params: { query } })),

  endAlarm: (alarm: string, reason: string) =>
    dataOf(client.POST('/api/waves/{id}/end', { ...path(alarm), body: { reason } })),

  risk: ({ horizon, ...query }: Omit<QueryOf<'/api/risk', 'get'>, 'horizon'> & { horizon: 72 | 168 }) =>
    dataOf(client.GET('/api/risk', { params: { query: { ...query, horizon: `${horizon}` } } })),

  aliases: () => dataOf(client.GET('/api/signature-aliases')),

  setAlias: (alias: SignatureAlias) =>
    done(
      client.PUT('/api/signature-aliases', {
        body: { alias: alias.alias, canonical: alias.canonical, ...(alias.note ? { note: alias.note } : {}) },
      }),
    ),

  removeAlias: (alias: string) =>
    done(client.DELETE('/api/signature-aliases/{alias}', { params: { path: { alias } } })),
};
