/**
 * Scores the link between two incidents: each kind of evidence (same or similar signature, shared
 * identifier or actor, same modus operandi, closeness in space and time) with its numbers and a
 * sentence, combined as 1 − Π(1 − sₖ), then weighted by the two incidents' source grades.
 */
import { classOf } from '../event-class.ts';
import { gradeWeight } from '../source-grade.ts';
import type { AnalysisIncident, Link, LinkEvidence } from '../types.ts';
import { gapHours, haversineKm, nightIndex } from './geo-time.ts';
import { explainEvidence, explainLink } from './link-explanation.ts';
import { ALIAS_SCORE, signatureSimilarity, type AliasTable, type SignatureSimilarity } from './signature-similarity.ts';

/** What the scorer needs to know about the whole history (IDF) and the analysts' aliases. */
export interface LinkScoreContext {
  /** IDF of a normalised signature, log(N / df) (SignatureIndex.idf) */
  idf(normalized: string): number;
  /** IDF of a signature seen once, the scale of rarity; default log(10 000) */
  maxIdf?: number;
  /** incidents carrying a signature, quoted in explanations ("rare: 4 incidents") when given */
  documentFrequency?(normalized: string): number;
  /**
   * How many incidents would carry this signature by chance within the link window around the
   * incident being linked, at its usual rate outside that window. A tag written twice a week across
   * France says little when two attacks ten days apart share it, however rare it is among the
   * drone drops that make up most of the history (which is all global IDF sees). When given, the
   * signature's rarity is at most exp(−expected).
   */
  chanceCarriers?(normalized: string): number;
  aliases?: AliasTable;
  /**
   * How much a shared MO says between the two, in [0, 1], from how common it is (MoRarity.weight;
   * 1 when not given): the same_mo evidence is weighed by it, and says so in its `rarity`.
   */
  moRarity?(a: AnalysisIncident, b: AnalysisIncident): number;
  /** farther apart than this, no space_time evidence (default 150 km) */
  spaceKm?: number;
  /** more hours apart than this, no space_time evidence (default 72 h) */
  timeHours?: number;
  /** return null below this final score, before any sentence is built (default 0: any evidence) */
  minScore?: number;
}

/**
 * Weights of the circumstantial kinds. A national wave spans hundreds of kilometres and prisons
 * see drone drops every night, so closeness and MO alone must stay weak links.
 */
export const SAME_MO_WEIGHT = 0.45;
export const SPACE_TIME_WEIGHT = 0.3;
/** A link with only circumstantial evidence (MO, space-time) never scores above this. */
export const CIRCUMSTANTIAL_CAP = 0.45;
/** MO similarity below this is no evidence. */
export const MO_MIN_SIMILARITY = 0.5;
/** A similar signature counts this much of the same signature at equal similarity score. */
const SIMILAR_FACTOR = 0.9;

/**
 * Identifiers name one phone, vehicle or account: equal (or declared aliases) within the same kind,
 * never "similar", since one digit off is another phone. Other kinds are texts compared fuzzily.
 */
const IDENTIFIER_KINDS = new Set(['phone', 'vehicle_plate', 'online_handle']);

/** True for the signature kinds matched exactly (phone, vehicle plate, online handle). */
export function isIdentifierKind(kind: string): boolean {
  return IDENTIFIER_KINDS.has(kind);
}

/** The link's weight from the two sources: the geometric mean of their grade weights (A1 = 1, F6 ≈ 0.3). */
export function pairGradeWeight(a: AnalysisIncident, b: AnalysisIncident): number {
  return Math.sqrt(gradeWeight(a.grade) * gradeWeight(b.grade));
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.includes(item)) shared++;
  return shared / (a.length + b.length - shared);
}

const intersect = (a: readonly string[], b: readonly string[]) => a.filter((item) => b.includes(item));

/**
 * Modus-operandi similarity in [0, 1]: Jaccard of event types (weight 0.5), target kinds (0.3) and
 * weapons (0.2); a dimension unknown on either side is left out. 0 without a shared event type.
 */
export function moSimilarity(a: AnalysisIncident, b: AnalysisIncident): number {
  const events = jaccard(a.eventTypes, b.eventTypes);
  if (events === 0) return 0;
  let sum = 0.5 * events;
  let weight = 0.5;
  if (a.targetKinds.length > 0 && b.targetKinds.length > 0) {
    sum += 0.3 * jaccard(a.targetKinds, b.targetKinds);
    weight += 0.3;
  }
  if (a.weapons.length > 0 && b.weapons.length > 0) {
    sum += 0.2 * jaccard(a.weapons, b.weapons);
    weight += 0.2;
  }
  return sum / weight;
}

/** Rarity in [0, 1] from IDF: how much a shared signature says (a tag on every incident says nothing). */
function rarity(idf: number, ctx: LinkScoreContext): number {
  return Math.min(1, Math.max(0, idf / (ctx.maxIdf ?? Math.log(10_000))));
}

/** The chance carriers of the commoner of two signatures (0 when the context cannot say). */
function chanceCarriersOf(sa: string, sb: string, ctx: LinkScoreContext): number {
  if (!ctx.chanceCarriers) return 0;
  return sa === sb ? ctx.chanceCarriers(sa) : Math.max(ctx.chanceCarriers(sa), ctx.chanceCarriers(sb));
}

type Signature = AnalysisIncident['signatures'][number];

const EXACT: SignatureSimilarity = Object.freeze({ score: 1, measure: 'exact', similarity: 1 });
const ALIAS: SignatureSimilarity = Object.freeze({ score: ALIAS_SCORE, measure: 'alias', similarity: 1 });

/** Identifiers are equal, declared aliases, or unrelated. */
function identifierSimilarity(a: string, b: string, aliases?: AliasTable): SignatureSimilarity | undefined {
  if (a === b) return EXACT;
  return aliases && aliases.canonical(a) === aliases.canonical(b) ? ALIAS : undefined;
}

function signatureEvidence(a: AnalysisIncident, b: AnalysisIncident, ctx: LinkScoreContext, out: LinkEvidence[]): void {
  const countA = a.signatures.length;
  const countB = b.signatures.length;
  if (countA === 0 || countB === 0) return;
  // most incidents carry one signature: skip the bookkeeping then
  const used = countB > 1 ? new Uint8Array(countB) : undefined;
  const done = countA > 1 ? new Set<string>() : undefined;
  for (const sa of a.signatures) {
    const identifier = IDENTIFIER_KINDS.has(sa.kind);
    if (done) {
      const dedupe = identifier ? `${sa.kind}:${sa.normalized}` : sa.normalized;
      if (done.has(dedupe)) continue;
      done.add(dedupe);
    }
    let best = -1;
    let bestSimilarity: SignatureSimilarity | undefined;
    for (let j = 0; j < countB; j++) {
      const sb = b.signatures[j];
      if (used?.[j] || IDENTIFIER_KINDS.has(sb.kind) !== identifier || (identifier && sb.kind !== sa.kind)) continue;
      const similarity = identifier
        ? identifierSimilarity(sa.normalized, sb.normalized, ctx.aliases)
        : signatureSimilarity(sa.normalized, sb.normalized, ctx.aliases);
      if (!similarity) continue;
      if (similarity.score > (bestSimilarity?.score ?? 0)) [best, bestSimilarity] = [j, similarity];
    }
    if (best < 0 || !bestSimilarity) continue;
    if (used) used[best] = 1;
    out.push(signaturePiece(sa, b.signatures[best], bestSimilarity, identifier, ctx));
    if (!used) return; // b's only signature is taken
  }
}

function signaturePiece(
  sa: Signature,
  sb: Signature,
  similarity: SignatureSimilarity,
  identifier: boolean,
  ctx: LinkScoreContext,
): LinkEvidence {
  // the commoner of the two decides: a typo of a common tag is still a common tag
  const idf = Math.min(ctx.idf(sa.normalized), ctx.idf(sb.normalized));
  const chance = chanceCarriersOf(sa.normalized, sb.normalized, ctx);
  const rare = Math.min(rarity(idf, ctx), Math.exp(-chance));
  const df = ctx.documentFrequency
    ? Math.max(ctx.documentFrequency(sa.normalized), ctx.documentFrequency(sb.normalized))
    : undefined;
  const details: Record<string, unknown> = {
    a: sa.normalized,
    b: sb.normalized,
    textA: sa.text,
    textB: sb.text,
    signatureKind: sa.kind,
    measure: similarity.measure,
    similarity: round(similarity.similarity),
    idf: round(idf),
    rarity: round(rare),
  };
  if (similarity.distance !== undefined) details.distance = similarity.distance;
  if (df !== undefined) details.documentFrequency = df;
  if (ctx.chanceCarriers) details.chanceCarriers = round(chance);
  if (similarity.measure === 'alias') details.canonical = ctx.aliases?.canonical(sa.normalized);
  const exactOrAlias = similarity.measure === 'exact' || similarity.measure === 'alias';
  const aliasFactor = similarity.measure === 'alias' ? ALIAS_SCORE : 1;
  if (identifier) return piece('shared_actor', aliasFactor * (0.4 + 0.58 * rare), details);
  if (exactOrAlias) return piece('same_signature', aliasFactor * (0.25 + 0.7 * rare), details);
  return piece('similar_signature', similarity.score * SIMILAR_FACTOR * (0.25 + 0.7 * rare), details);
}

function piece(kind: LinkEvidence['kind'], score: number, details: Record<string, unknown>): LinkEvidence {
  return { kind, score: round(score), details, explanation: '' };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Closeness in [0, 1]: 1 at the same place and time, 0.09 at the limits (150 km, 72 h by default),
 * 0 beyond them.
 */
export function closeness(km: number, hours: number, ctx: Pick<LinkScoreContext, 'spaceKm' | 'timeHours'>): number {
  const maxKm = ctx.spaceKm ?? 150;
  const maxHours = ctx.timeHours ?? 72;
  if (km > maxKm || hours > maxHours) return 0;
  return (1 - (0.7 * km) / maxKm) * (1 - (0.7 * hours) / maxHours);
}

/**
 * The highest score (before grade weighting) a pair without a shared signature or actor can reach
 * at this closeness: what lets the engine skip far neighbours without scoring them.
 */
export function circumstantialCeiling(close: number): number {
  return Math.min(CIRCUMSTANTIAL_CAP, 1 - (1 - SAME_MO_WEIGHT * close) * (1 - SPACE_TIME_WEIGHT * close));
}

/**
 * MO and closeness. Without identifying evidence, MO counts only as far as the two are close: two
 * drone drops at prisons 140 km and three days apart are the daily background, not a link.
 */
function circumstantialEvidence(
  a: AnalysisIncident,
  b: AnalysisIncident,
  ctx: LinkScoreContext,
  identifying: boolean,
  out: LinkEvidence[],
): void {
  const hours = gapHours(a.start, a.end, b.start, b.end);
  const km = hours > (ctx.timeHours ?? 72) ? Infinity : haversineKm(a.lat, a.lon, b.lat, b.lon);
  const close = closeness(km, hours, ctx);
  const mo = moSimilarity(a, b);
  const moWeight = identifying ? 1 : close;
  if (mo >= MO_MIN_SIMILARITY && moWeight > 0) {
    // a common MO (graffiti, half of all attacks) says less than a rare one (a staff car burned)
    const rarity = ctx.moRarity?.(a, b) ?? 1;
    out.push(
      piece('same_mo', SAME_MO_WEIGHT * mo * rarity * moWeight, {
        similarity: round(mo),
        identical: mo >= 0.999,
        eventTypes: intersect(a.eventTypes, b.eventTypes),
        targetKinds: intersect(a.targetKinds, b.targetKinds),
        weapons: intersect(a.weapons, b.weapons),
        ...(rarity < 1 ? { rarity: round(rarity) } : {}),
      }),
    );
  }
  if (close === 0) return;
  out.push(
    piece('space_time', SPACE_TIME_WEIGHT * close, {
      km: round(km),
      hours: round(hours),
      nights: Math.abs(nightIndex(a.start) - nightIndex(b.start)),
      sameSite: a.siteId !== null && a.siteId === b.siteId,
    }),
  );
}

function sharedActors(a: AnalysisIncident, b: AnalysisIncident, out: LinkEvidence[]): void {
  if (!a.actorIds?.length || !b.actorIds?.length) return;
  for (const actor of intersect(a.actorIds, b.actorIds)) out.push(piece('shared_actor', 0.9, { actor }));
}

/**
 * The link between two incidents, or null when nothing ties them, either is refuted or a duplicate,
 * both are unsigned contraband (drone drops, projections, finds), or the score falls below
 * `ctx.minScore`. Ids are ordered (a < b) and the evidence details name
 * `a` and `b` in that order. Only signatures and actors are identifying: a link resting on MO and
 * closeness alone is capped at CIRCUMSTANTIAL_CAP. The final score is multiplied by the pair's
 * grade weight, and the explanation says so.
 */
export function scoreLink(first: AnalysisIncident, second: AnalysisIncident, ctx: LinkScoreContext): Link | null {
  if (first.id === second.id) return null;
  const [a, b] = first.id < second.id ? [first, second] : [second, first];
  if (a.status === 'refuted' || a.status === 'duplicate' || b.status === 'refuted' || b.status === 'duplicate')
    return null;
  const evidence: LinkEvidence[] = [];
  sharedActors(a, b, evidence);
  signatureEvidence(a, b, ctx, evidence);
  const identifying = evidence.length > 0;
  // drone drops and projections happen every night: two of them close together are the background
  if (!identifying && classOf(a) === 'contraband' && classOf(b) === 'contraband') return null;
  circumstantialEvidence(a, b, ctx, identifying, evidence);
  if (evidence.length === 0) return null;
  let missing = 1;
  for (const item of evidence) missing *= 1 - item.score;
  const raw = identifying ? 1 - missing : Math.min(CIRCUMSTANTIAL_CAP, 1 - missing);
  const [weightA, weightB] = [gradeWeight(a.grade), gradeWeight(b.grade)];
  const weight = Math.sqrt(weightA * weightB);
  const score = round(raw * weight);
  if (score <= 0 || score < (ctx.minScore ?? 0)) return null;
  for (const item of evidence) item.explanation = explainEvidence(item);
  const weaker = weightA <= weightB ? a.grade : b.grade;
  return {
    a: a.id,
    b: b.id,
    score,
    gradeWeight: round(weight),
    evidence,
    explanation: explainLink(evidence, {
      nights: Math.abs(nightIndex(a.start) - nightIndex(b.start)),
      circumstantial: !identifying && 1 - missing > CIRCUMSTANTIAL_CAP,
      gradeWeight: weight,
      weakerGrade: weaker,
    }),
  };
}

const IDENTIFYING_EVIDENCE = new Set<LinkEvidence['kind']>(['same_signature', 'similar_signature', 'shared_actor']);

/**
 * How strongly the link's evidence ties the two incidents if both reports are true: its evidence
 * combined as in scoreLink, before the sources' grades weigh it (circumstantial links keep their
 * cap). Campaign cores unite on this, not on the weighted score: a rare tag reported at two prisons
 * corroborates both reports (an error would not reproduce a rare tag), so a rumour carrying the
 * wave's tag is no weaker a tie to it. The grades still lower the link's score, the campaign's
 * confidence and its explanation.
 */
export function evidenceStrength(link: Link): number {
  let missing = 1;
  for (const item of link.evidence) missing *= 1 - item.score;
  const identifying = link.evidence.some((item) => IDENTIFYING_EVIDENCE.has(item.kind));
  return identifying ? 1 - missing : Math.min(CIRCUMSTANTIAL_CAP, 1 - missing);
}

/**
 * True when a link rests on an equality (same signature or alias, shared identifier or actor),
 * which is transitive; similarity is not ("ddpf"~"ddfm"~"kdfm" does not make "ddpf"~"kdfm").
 */
export function isTransitiveLink(link: Link): boolean {
  return link.evidence.some((item) => item.kind === 'same_signature' || item.kind === 'shared_actor');
}
