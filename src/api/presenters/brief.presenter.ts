import { asMarking } from '../../core/shared/principal.ts';
import { markingSchema } from './schema-parts.ts';
import { z } from '@hono/zod-openapi';
import type { BriefModel } from '../../core/brief/brief.ts';
import type { BriefSummaryRow } from '../../store/brief.repository.ts';
import { siteRiskReasonSchema } from './site-risk.presenter.ts';
import { snakeKeys } from './snake-keys.ts';

export const briefSummarySchema = z
  .object({
    id: z.string().uuid(),
    date: z.string(),
    audience_org_id: z.string(),
    language: z.string(),
    title: z.string(),
    generated_at: z.string(),
    generated_by: z.string().nullable(),
    marking: markingSchema,
  })
  .openapi('BriefSummary');
export type BriefSummary = z.infer<typeof briefSummarySchema>;

export const archivedBriefSchema = briefSummarySchema
  .extend({
    markdown: z.string(),
    html: z.string(),
    facts: z.record(z.string(), z.unknown()).openapi({ description: 'the numbers the next day compares with' }),
  })
  .openapi('ArchivedBrief');

const counts = { last_24h: z.number().int(), last_7d: z.number().int() };
/** The brief built for its reader: its data (snake_case), Markdown and self-contained HTML. */
export const liveBriefSchema = z
  .object({
    date: z.string(),
    language: z.enum(['fr', 'en']),
    as_of: z.string(),
    audience: z.string(),
    incidents: z.object({
      ...counts,
      by_directorate: z.array(z.object({ code: z.string(), name: z.string(), ...counts })),
      by_type: z.array(z.object({ type: z.string(), ...counts })),
      items: z.array(
        z.object({
          id: z.string().uuid(),
          start: z.string(),
          end: z.string(),
          site: z.string(),
          directorate: z.string().nullable(),
          types: z.array(z.string()),
          lat: z.number(),
          lon: z.number(),
          in_last_24h: z.boolean(),
          tags: z.array(z.string()),
          grade: z.string().nullable(),
          precision: z.string(),
        }),
      ),
    }),
    campaigns: z.array(
      z.object({
        id: z.string().uuid(),
        key: z.string(),
        state: z.string(),
        sites: z.array(z.string()),
        members: z.number().int(),
        new_members: z.number().int(),
        facts: z
          .looseObject({
            incidents: z.number().int(),
            sites: z.number().int(),
            nights: z.number().int(),
            shared_tag: z.object({ text: z.string(), kind: z.string(), count: z.number().int() }).nullable(),
            near_identical_mo: z.number().int(),
            weak_sources: z.number().int(),
          })
          .nullable(),
        start: z.string(),
        end: z.string(),
        sentence: z.string().nullable(),
        p_value: z.number().nullable(),
        p_value_yesterday: z.number().nullable(),
        first_seen: z.boolean(),
        withheld: z.boolean(),
        explanation: z.string(),
      }),
    ),
    alerts: z.object({
      total: z.number().int(),
      items: z.array(
        z.object({
          id: z.string().uuid(),
          title: z.string(),
          severity: z.string(),
          state: z.string(),
          opened_at: z.string(),
          sites: z.array(z.string()),
        }),
      ),
    }),
    overdue_tasks: z.object({
      total: z.number().int(),
      items: z.array(
        z.object({
          id: z.string().uuid(),
          title: z.string(),
          due_at: z.string().nullable(),
          about: z.string().nullable(),
          sites: z.array(z.string()),
          assignee: z.string().nullable(),
        }),
      ),
    }),
    posture: z.array(
      z.object({ where: z.string(), level: z.string(), state: z.string(), reason: z.string(), at: z.string() }),
    ),
    risk: z
      .array(
        z.object({
          site_id: z.string(),
          name: z.string(),
          probability: z.number(),
          relative_risk: z.number().nullable(),
          lat: z.number(),
          lon: z.number(),
          reasons: z.array(siteRiskReasonSchema),
        }),
      )
      .nullable()
      .openapi({ description: "null: the reader's role may not read the site risk" }),
    seizures: z.array(
      z.object({
        id: z.string().uuid(),
        date: z.string(),
        drug: z.string(),
        kilograms: z.number(),
        place: z.string(),
        agency: z.string().nullable(),
        organisation: z.string().nullable(),
        vessel: z.string().nullable(),
      }),
    ),
    markdown: z.string(),
    html: z.string(),
  })
  .openapi('LiveBrief');
export type LiveBrief = z.infer<typeof liveBriefSchema>;

export function presentBriefSummary(row: BriefSummaryRow): BriefSummary {
  return {
    id: row.id,
    date: row.brief_date,
    audience_org_id: row.audience_org_id,
    language: row.language,
    title: row.title,
    generated_at: row.generated_at.toISOString(),
    generated_by: row.generated_by,
    marking: asMarking(row.marking),
  };
}

/** The brief's data with its documents; the campaign facts in snake_case like the rest of the wire. */
export const presentLiveBrief = (model: BriefModel, markdown: string, html: string): LiveBrief => ({
  ...model,
  campaigns: model.campaigns.map((campaign) => ({
    ...campaign,
    facts: snakeKeys(campaign.facts) as LiveBrief['campaigns'][number]['facts'],
  })),
  // JSON has no infinity: a site without a usual rate has no relative risk
  risk:
    model.risk?.map((site) => ({
      ...site,
      relative_risk: Number.isFinite(site.relative_risk) ? site.relative_risk : null,
    })) ?? null,
  markdown,
  html,
});
