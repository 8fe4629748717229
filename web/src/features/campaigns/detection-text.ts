/**
 * The sentences of links, campaigns, significance and site risk in the reader's language. The API
 * writes them in English and keeps the numbers they were made of (`details`, `facts`): these
 * functions say the same from the numbers, and fall back to the server's sentence for anything new.
 */
import type { Campaign, CampaignFacts, IncidentLink, LinkEvidence, SiteRiskReason } from '../../api/detection-types.ts';
import { getLang, label, locale, t, type MessageKey } from '../../i18n/i18n.ts';
import { campaignWordsText, P_VALUE_FLOOR, pValueText } from './detection-words.ts';

/** A number in the reader's locale: `digits` decimals at most. */
export function formatNumber(value: number, digits = 2): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

/** "51 %" */
export function formatPercent(value: number, digits = 0): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: digits }).format(value);
}

/** "p = 0,034", "p = 2,7 × 10⁻⁴", or "p < 10⁻⁶" beyond what the tests resolve (detection-words.ts). */
export const pValueLabel = (p: number): string => pValueText(p);

/** Picks the singular or the plural message by count (French: 0 and 1 are singular; English: 1 only). */
export function plural(
  count: number,
  one: MessageKey,
  other: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const singular = getLang() === 'fr' ? count === 0 || count === 1 : count === 1;
  return t(singular ? one : other, { count: formatNumber(count, 0), ...params });
}

/** "tag", "plaque d’immatriculation"... in lower case, for a sentence. */
const kindWord = (kind: unknown) => label('signature_kind', typeof kind === 'string' ? kind : 'other').toLowerCase();

/** The campaign sentence ("6 sites en 2 nuits, 4 partagent la signature « DDPF » (tag)…") from its facts. */
export function campaignSentence(
  campaign: Pick<Campaign, 'facts' | 'explanation' | 'member_ids' | 'hidden_members' | 'words'>,
): string {
  const worded = campaignWordsText(campaign.words);
  if (worded) return worded;
  if (campaign.hidden_members)
    return plural(campaign.member_ids.length, 'campaign.visibleMembers.one', 'campaign.visibleMembers.other');
  const facts: CampaignFacts | null = campaign.facts;
  if (!facts) return campaign.explanation;
  const parts = [
    `${plural(facts.sites, 'campaign.facts.sites.one', 'campaign.facts.sites.other')} ${plural(facts.nights, 'campaign.facts.nights.one', 'campaign.facts.nights.other')}`,
  ];
  if (facts.shared_tag) {
    parts.push(
      plural(facts.shared_tag.count, 'campaign.facts.shared.one', 'campaign.facts.shared.other', {
        text: facts.shared_tag.text,
        kind: kindWord(facts.shared_tag.kind),
      }),
    );
  }
  if (facts.near_identical_mo >= 2) parts.push(t('campaign.facts.nearIdentical', { count: facts.near_identical_mo }));
  if (facts.weak_sources > 0)
    parts.push(plural(facts.weak_sources, 'campaign.facts.weak.one', 'campaign.facts.weak.other'));
  return parts.join(', ');
}

/**
 * The span of a campaign from its first to its last instant, Paris time, saying once what both
 * ends share: "du 14 au 16 avr. 2025", "le 14 avr. 2025".
 */
export function spanLabel(start: string, end: string): string {
  const zone = 'Europe/Paris';
  const first = new Date(start);
  const last = new Date(new Date(end).getTime() - 1);
  const full = (date: Date) =>
    new Intl.DateTimeFormat(locale(), { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' }).format(date);
  const day = (date: string | Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(date),
    );
  const [a, b] = [day(first), day(last)];
  if (a === b) return t('campaign.span.day', { date: full(first) });
  const startLabel =
    a.slice(0, 4) !== b.slice(0, 4)
      ? full(first)
      : new Intl.DateTimeFormat(locale(), {
          timeZone: zone,
          ...(a.slice(0, 7) === b.slice(0, 7) ? { day: 'numeric' } : { day: 'numeric', month: 'short' }),
        }).format(first);
  return t('campaign.span.range', { start: startLabel, end: full(last) });
}

const DAYS_PER_YEAR = 365.25;

/**
 * "aux taux habituels, cela arrive moins d’une fois en 1 000 ans" (the server's thresholds). With the
 * p-value, a p beyond what the test resolves reads as that bound whatever the years computed.
 */
export function recurrenceSentence(years: number, pValue?: number): string {
  const round = (value: number) => formatNumber(Number(value.toPrecision(2)), value >= 10 ? 0 : 1);
  const days = years * DAYS_PER_YEAR;
  if (years >= 1000 || (pValue !== undefined && pValue < P_VALUE_FLOOR)) return t('significance.recurrence.millennium');
  if (years >= 1)
    return t(years < 1.05 ? 'significance.recurrence.year' : 'significance.recurrence.years', { n: round(years) });
  if (days >= 60) return t('significance.recurrence.months', { n: round(days / 30.44) });
  if (days >= 14) return t('significance.recurrence.weeks', { n: round(days / 7) });
  if (days >= 1)
    return t(days < 1.05 ? 'significance.recurrence.day' : 'significance.recurrence.days', { n: round(days) });
  return t('significance.recurrence.perDay', { n: round(1 / days) });
}

/** Why a campaign was not tested, in words. */
export function untestedReason(reason: string): string {
  if (reason === 'fewer than two facilities') return t('significance.reason.fewSites');
  if (reason === 'dismissed') return t('significance.reason.dismissed');
  return reason;
}

/** A list of event types or target kinds in words: "incendie de véhicule/tags". */
const words = (group: 'event_type' | 'target_kind', values: unknown) =>
  (Array.isArray(values) ? values : []).map((value) => label(group, String(value)).toLowerCase()).join(t('link.and'));

/** "rare : 3 incidents" */
function rarity(details: Record<string, unknown>): string {
  const value = Number(details.rarity);
  const count =
    details.document_frequency === undefined
      ? ''
      : plural(Number(details.document_frequency), 'link.incidents.one', 'link.incidents.other');
  const word = value >= 0.6 ? t('link.rare') : value <= 0.35 ? t('link.common') : '';
  return word && count ? t('link.rarity', { word, count }) : word || count;
}

const inParentheses = (...notes: string[]) => {
  const kept = notes.filter(Boolean);
  return kept.length ? ` (${kept.join(', ')})` : '';
};

function similarityNote(details: Record<string, unknown>): string {
  if (details.measure === 'edit_distance') return t('link.editDistance', { n: String(details.distance) });
  if (details.measure === 'alias') return t('link.declaredAliases');
  return t('link.jaroWinkler', { n: formatNumber(Number(details.similarity)) });
}

/** "même nuit", "1 nuit d’écart", "4 nuits d’écart", "20 jours d’écart" */
export function nightsPhrase(nights: number): string {
  if (nights === 0) return t('link.sameNight');
  if (nights === 1) return t('link.oneNight');
  return t(nights <= 13 ? 'link.nights' : 'link.days', { n: nights });
}

function moPhrase(details: Record<string, unknown>): string {
  const targets = words('target_kind', details.target_kinds);
  const weapons = (Array.isArray(details.weapons) ? details.weapons : []).join(t('link.and'));
  const what = `${words('event_type', details.event_types)}${targets ? t('link.on', { what: targets }) : ''}${weapons ? t('link.with', { what: weapons }) : ''}`;
  return details.identical
    ? t('link.mo.identical', { what })
    : t('link.mo.similar', { what, n: formatNumber(Number(details.similarity)) });
}

/** The sentence of one piece of evidence, in the reader's language. */
export function evidenceSentence(evidence: Pick<LinkEvidence, 'kind' | 'details' | 'explanation'>): string {
  const d = evidence.details ?? {};
  const kind = kindWord(d.signature_kind);
  switch (evidence.kind) {
    case 'same_signature':
      return d.measure === 'alias'
        ? t('link.sameSignature.alias', {
            kind,
            a: String(d.text_a),
            b: String(d.text_b),
            canonical: String(d.canonical ?? ''),
          }) + inParentheses(rarity(d))
        : t('link.sameSignature', { kind, text: String(d.text_a) }) + inParentheses(rarity(d));
    case 'similar_signature':
      return (
        t('link.similarSignature', { kind, a: String(d.text_a), b: String(d.text_b) }) +
        inParentheses(similarityNote(d), rarity(d))
      );
    case 'shared_actor':
      if (d.actor !== undefined) return t('link.sameActor', { actor: String(d.actor) });
      return t('link.sameSignature', { kind, text: String(d.text_a) }) + inParentheses(rarity(d));
    case 'same_mo':
      return moPhrase(d);
    case 'space_time':
      return `${d.same_site ? t('link.sameSite') : t('link.km', { n: formatNumber(Math.round(Number(d.km)), 0) })}, ${nightsPhrase(Number(d.nights))}`;
    default:
      return evidence.explanation;
  }
}

const IDENTIFYING: Record<string, number> = { shared_actor: 0, same_signature: 1, similar_signature: 2 };

/**
 * The sentence of a whole link, as the server builds it: what points at the attacker first, then
 * space and time, the MO, and whether a weak source weighs it down.
 */
export function linkSentence(
  link: Pick<IncidentLink, 'evidence' | 'grade_weight' | 'explanation'>,
  nights?: number,
): string {
  const identifying = [...link.evidence]
    .filter((item) => item.kind in IDENTIFYING)
    .sort((a, b) => IDENTIFYING[a.kind] - IDENTIFYING[b.kind])
    .map(evidenceSentence);
  const spaceTime = link.evidence.find((item) => item.kind === 'space_time');
  const mo = link.evidence.find((item) => item.kind === 'same_mo');
  const parts = [...identifying];
  if (spaceTime) parts.push(evidenceSentence(spaceTime));
  else if (nights !== undefined) parts.push(nightsPhrase(nights));
  if (mo) parts.push(evidenceSentence(mo));
  if (identifying.length === 0) parts.push(t('link.circumstantial'));
  if (link.grade_weight < 0.999) parts.push(t('link.weighted', { n: formatNumber(link.grade_weight) }));
  return parts.length ? parts.join(t('link.separator')) : link.explanation;
}

/** A few words for an edge of the graph: the shared signature, else the MO, else the distance. */
export function linkShortLabel(link: Pick<IncidentLink, 'evidence'>): string {
  const parts: string[] = [];
  const identifying = [...link.evidence]
    .filter((item) => item.kind in IDENTIFYING)
    .sort((a, b) => IDENTIFYING[a.kind] - IDENTIFYING[b.kind])[0];
  if (identifying) {
    const d = identifying.details ?? {};
    parts.push(
      identifying.kind === 'similar_signature' ? `${d.text_a} ~ ${d.text_b}` : String(d.actor ?? d.text_a ?? ''),
    );
  }
  if (link.evidence.some((item) => item.kind === 'same_mo')) parts.push(t('link.short.mo'));
  if (parts.length === 0) {
    const spaceTime = link.evidence.find((item) => item.kind === 'space_time');
    if (spaceTime)
      parts.push(
        spaceTime.details?.same_site
          ? t('link.sameSite')
          : t('link.km', { n: formatNumber(Math.round(Number(spaceTime.details?.km)), 0) }),
      );
  }
  return parts.filter(Boolean).join(' + ');
}

/** The nights between two instants, counted as the server does (a night runs from noon to noon, Paris time). */
export function nightsBetween(a: string, b: string): number {
  return Math.abs(nightIndex(a) - nightIndex(b));
}

/** The evening a night belongs to, as `YYYY-MM-DD` (Paris time; before noon belongs to the evening before). */
export function nightOf(instant: string, timeZone = 'Europe/Paris'): string {
  const shifted = new Date(new Date(instant).getTime() - 12 * 3_600_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    shifted,
  );
}

function nightIndex(instant: string): number {
  return Math.round(new Date(`${nightOf(instant)}T12:00:00Z`).getTime() / 86_400_000);
}

/** "ces dernières 48 h", then days, from the hours the server counts back. */
function spanPhrase(hours: number): string {
  return hours <= 72 ? t('risk.reason.hours', { n: hours }) : t('risk.reason.days', { n: Math.round(hours / 24) });
}

/**
 * A reason of the site risk model in the reader's language, from its code and parameters (counts
 * are already the reader's: the server recounts them from what the reader may read). The detainee
 * profiles' text comes in English from the server: `translated` is false for it.
 */
export function riskReason(reason: SiteRiskReason): { text: string; translated: boolean } {
  const p = reason.params;
  const incidents = () => plural(Number(p.incidents), 'link.incidents.one', 'link.incidents.other');
  const span = () => spanPhrase(Number(p.within_hours));
  switch (reason.code) {
    case 'site_incidents':
      return { text: t('risk.reason.site', { incidents: incidents(), span: span() }), translated: true };
    case 'directorate_incidents':
      return {
        text: t('risk.reason.directorate', {
          incidents: incidents(),
          directorate: String(p.directorate),
          span: span(),
        }),
        translated: true,
      };
    case 'kind_incidents':
      return {
        text: t('risk.reason.kind', {
          incidents: incidents(),
          kind: label('facility_kind', String(p.kind)).toLowerCase(),
          span: span(),
        }),
        translated: true,
      };
    case 'signature_region':
      return {
        text: t('risk.reason.signature', { text: String(p.signature), incidents: incidents(), span: span() }),
        translated: true,
      };
    case 'campaign': {
      const traits = (Array.isArray(p.traits) ? p.traits : [])
        .map((trait) => t(`risk.trait.${trait}` as MessageKey, { share: String(p.new_site_share ?? '') }))
        .join(', ');
      const name = p.label
        ? t('risk.reason.campaignNamed', { label: String(p.label) })
        : t('risk.reason.campaignUnnamed');
      return {
        text: t('risk.reason.campaign', { campaign: name, sites: String(p.sites), incidents: incidents(), traits }),
        translated: true,
      };
    }
    case 'campaign_cover': {
      // a site in the watch list above its own rank, there in case the campaign takes this shape
      const name = p.label
        ? t('risk.reason.campaignNamed', { label: String(p.label) })
        : t('risk.reason.campaignUnnamed');
      const key = p.shape === 'return' ? 'risk.reason.coverReturn' : 'risk.reason.coverSpread';
      return {
        text: t(key, { campaign: name, share: String(p.share), rank: String(p.rank) }),
        translated: true,
      };
    }
    case 'usual_rates':
      return {
        text: t('risk.reason.usual', { n: formatNumber(Number(p.expected)), hours: String(p.hours) }),
        translated: true,
      };
    case 'recent_activity':
      return { text: t('risk.reason.recent'), translated: true };
    case 'detainee_profiles':
      return { text: String(p.text), translated: false };
    default:
      return { text: reason.code, translated: false };
  }
}
