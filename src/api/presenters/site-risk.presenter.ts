import type { ReaderSiteRisk } from '../../core/risk/site-risk.service.ts';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';

/** A site's risk as the API gives it: snake_case, the site named, reasons as codes with parameters (no evidence). */
export function presentSiteRisk(gazetteer: Gazetteer, risk: ReaderSiteRisk) {
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
