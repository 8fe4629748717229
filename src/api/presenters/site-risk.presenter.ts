import { z } from '@hono/zod-openapi';
import type { ReaderSiteRisk } from '../../core/risk/site-risk.service.ts';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';

/** Why a site is at risk: a code with parameters the client words (counts are the reader's own). */
export const siteRiskReasonSchema = z
  .object({
    code: z.string().openapi({
      description:
        'site_incidents, directorate_incidents, kind_incidents, signature_region, campaign, campaign_cover (with the watch list on, off by default: a site among the first ones to cover a shape the campaign may take: shape return|spread, share in %, its own rank), usual_rates, detainee_profiles, recent_activity',
    }),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  })
  .openapi('SiteRiskReason');

export const siteRiskSchema = z
  .object({
    site_id: z.string(),
    site: z.object({ id: z.string(), name: z.string() }),
    horizon_hours: z.number().int(),
    expected: z.number(),
    background: z.number(),
    excitation: z.number(),
    probability: z.number(),
    relative_risk: z.number().nullable().openapi({ description: 'null when the site has no usual rate' }),
    factor: z.number().optional().openapi({ description: "the detainee profiles' factor, when the site has one" }),
    reasons: z.array(siteRiskReasonSchema),
  })
  .openapi('SiteRisk');
export type SiteRisk = z.infer<typeof siteRiskSchema>;

/** A site's risk as the API gives it: snake_case, the site named, reasons as codes with parameters (no evidence). */
export function presentSiteRisk(gazetteer: Gazetteer, risk: ReaderSiteRisk): SiteRisk {
  return {
    site_id: risk.siteId,
    site: { id: risk.siteId, name: gazetteer.facility(risk.siteId)?.name ?? risk.siteId },
    horizon_hours: risk.horizonHours,
    expected: risk.expected,
    background: risk.background,
    excitation: risk.excitation,
    probability: risk.probability,
    // JSON has no infinity: a site without a usual rate has no relative risk
    relative_risk: Number.isFinite(risk.relativeRisk) ? risk.relativeRisk : null,
    ...(risk.factor === undefined ? {} : { factor: risk.factor }),
    reasons: risk.reasons.map((reason) => ({ code: reason.code, params: reason.params })),
  };
}
