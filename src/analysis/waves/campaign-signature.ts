/**
 * Which signature a campaign's burst is tested on, and which members carry it: the text most of
 * its members carry (aliases merged), with its close variants ("D.D.P.F." and "DDFP" are carriers
 * of DDPF; "DDFM", two edits off, is not). Identifiers (phones, plates, handles) are left out: they
 * name one object, not a group's mark.
 */
import { isIdentifierKind } from '../linking/link-scorer.ts';
import { signatureSimilarity, type AliasTable } from '../linking/signature-similarity.ts';
import type { AnalysisIncident } from '../types.ts';
import type { SignatureCarrier } from './signature-burst.ts';

/** A variant at least this similar (signatureSimilarity score) carries the signature. */
export const VARIANT_MIN_SCORE = 0.5;

/** True when `other` is the signature itself, an alias of it or a close variant. */
export function isVariantOf(signature: string, other: string, aliases?: AliasTable): boolean {
  return other === signature || signatureSimilarity(signature, other, aliases).score >= VARIANT_MIN_SCORE;
}

/** The key of an incident's place: its facility, else its position (a staff home). */
export const siteKeyOf = (incident: Pick<AnalysisIncident, 'siteId' | 'lat' | 'lon'>) =>
  incident.siteId ?? `${incident.lat.toFixed(2)},${incident.lon.toFixed(2)}`;

export interface CampaignSignature {
  normalized: string;
  /** the text as most carriers wrote it */
  text: string;
  carriers: SignatureCarrier[];
  /** the ids of those carriers: the scan leaves them to the signature test (see carriersLeftOut) */
  carrierIds: string[];
}

/** The signature carried by the most members (two at least), with every member carrying it or a variant. */
export function campaignSignature(
  members: readonly AnalysisIncident[],
  aliases?: AliasTable,
): CampaignSignature | null {
  const counts = new Map<string, { count: number; texts: Map<string, number> }>();
  for (const incident of members) {
    for (const signature of incident.signatures) {
      if (isIdentifierKind(signature.kind) || !signature.normalized) continue;
      const key = aliases?.canonical(signature.normalized) ?? signature.normalized;
      const entry = counts.get(key) ?? { count: 0, texts: new Map<string, number>() };
      entry.count++;
      entry.texts.set(signature.text, (entry.texts.get(signature.text) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  const [best] = [...counts]
    .filter(([, entry]) => entry.count >= 2)
    .sort((x, y) => y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1));
  if (!best) return null;
  const [normalized, entry] = best;
  const text = [...entry.texts].sort((x, y) => y[1] - x[1])[0][0];
  const carrying = members.filter((incident) =>
    incident.signatures.some((s) => !isIdentifierKind(s.kind) && isVariantOf(normalized, s.normalized, aliases)),
  );
  const carriers = carrying.map((incident) => ({ siteKey: siteKeyOf(incident), start: incident.start }));
  return { normalized, text, carriers, carrierIds: carrying.map((incident) => incident.id) };
}

/**
 * The incidents the Poisson scan counts: those at the campaign's sites, less the carriers of its
 * signature. The carriers are why the campaign exists (its core is tied by them), so counting them
 * as excess attacks at their sites tests the selection, not the sites: on the bench's null history
 * three tagged attacks at three quiet sites gave p = 0.002 every time. They are the signature burst
 * test's evidence, against the tag's own rate; the scan weighs what else happened at those sites.
 */
export function carriersLeftOut<T extends { id: string }>(
  incidents: readonly T[],
  signature: CampaignSignature | null,
): T[] {
  if (!signature) return [...incidents];
  const carriers = new Set(signature.carrierIds);
  return incidents.filter((incident) => !carriers.has(incident.id));
}
