/**
 * The detection's explanations sent as codes with parameters (campaign, alarm, probable member),
 * worded in the reader's language (issue 15 section 5, issue 17 item 3). The server keeps an English
 * sentence beside each code for API users; the app never shows it on a French page.
 */
import type { Alarm, ProbableMember, Words } from '../../api/detection-types.ts';
import { label, t, type MessageKey } from '../../i18n/i18n.ts';
import { formatNumber, formatPercent, plural } from './detection-text.ts';

const PLACE_KINDS = ['prison', 'school', 'staff_home', 'court', 'transport', 'other_place'];
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};
const power = (exponent: number) =>
  `10${String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('')}`;

/** Below this the tests resolve nothing more: the p-value reads as a bound (src/analysis/waves/recurrence.ts). */
export const P_VALUE_FLOOR = 1e-6;

/** "p = 0,034", "p = 2,7 × 10⁻⁴", and beyond what the test resolves, "p < 10⁻⁶". */
export function pValueText(p: number): string {
  if (p < P_VALUE_FLOOR) return `p < ${power(-6)}`;
  if (p < 0.001) {
    const exponent = Math.floor(Math.log10(p));
    return `p = ${formatNumber(p / 10 ** exponent, 1)} × ${power(exponent)}`;
  }
  return `p = ${formatNumber(p, p < 0.01 ? 4 : 3)}`;
}

/** "12 établissements pénitentiaires et 1 domicile d’agent": places counted by what they are. */
export function placesText(kinds: unknown, counts: unknown): string {
  const list = (Array.isArray(kinds) ? kinds : [])
    .map((kind, index) => ({ kind: String(kind), count: Number((counts as unknown[])[index] ?? 0) }))
    .filter((place) => PLACE_KINDS.includes(place.kind) && place.count > 0)
    .map((place) =>
      plural(
        place.count,
        `campaign.place.${place.kind}.one` as MessageKey,
        `campaign.place.${place.kind}.other` as MessageKey,
      ),
    );
  if (list.length <= 1) return list.join('');
  return t('campaign.places.last', { first: list.slice(0, -1).join(', '), last: list[list.length - 1] });
}

/** The campaign's explanation from its code; null for a code this app does not know. */
export function campaignWordsText(words: Words | undefined): string | null {
  if (!words) return null;
  const p = words.params;
  if (words.code === 'campaign.visible_members')
    return plural(Number(p.count), 'campaign.visibleMembers.one', 'campaign.visibleMembers.other');
  if (words.code !== 'campaign.summary') return null;
  const parts = [
    `${placesText(p.places, p.place_counts)} ${plural(Number(p.nights), 'campaign.facts.nights.one', 'campaign.facts.nights.other')}`,
  ];
  if (p.tag) {
    const kind = label('signature_kind', String(p.tag_kind ?? 'other')).toLowerCase();
    parts.push(
      plural(Number(p.tag_count), 'campaign.facts.shared.one', 'campaign.facts.shared.other', {
        text: String(p.tag),
        kind,
      }),
    );
  }
  if (Number(p.near_identical_mo) >= 2)
    parts.push(t('campaign.facts.nearIdentical', { count: Number(p.near_identical_mo) }));
  if (Number(p.weak_sources) > 0)
    parts.push(plural(Number(p.weak_sources), 'campaign.facts.weak.one', 'campaign.facts.weak.other'));
  return parts.join(', ');
}

/** An alarm's explanation: the evidence it rests on, one p-value and one recurrence sentence. */
export function alarmWordsText(
  alarm: Pick<Alarm, 'words' | 'p_value' | 'recurrence_years' | 'sites' | 'incident_ids'>,
  recurrence: (years: number, p: number) => string,
): string {
  const p = alarm.words?.params ?? {};
  const common = {
    sites: formatNumber(alarm.sites.length, 0),
    incidents: formatNumber(alarm.incident_ids.length, 0),
    p: pValueText(alarm.p_value),
    // an alarm of a test that computes no recurrence (the server sends null) says so, not "Infinity a day"
    recurrence:
      alarm.recurrence_years === null
        ? t('significance.recurrence.unknown')
        : recurrence(alarm.recurrence_years, alarm.p_value),
  };
  if (alarm.words?.code === 'alarm.signature_burst' && p.signature) {
    const expected = Number(p.expected ?? 0);
    return t('alarm.explanation.signature_burst', {
      ...common,
      signature: String(p.signature),
      // the sites of the tag the test counted, not the campaign's (which a member without the tag grows)
      ...(typeof p.signature_sites === 'number' ? { sites: formatNumber(p.signature_sites, 0) } : {}),
      // a rate of 0.003 is not "0"
      expected: formatNumber(expected, expected > 0 && expected < 0.01 ? 3 : 2),
    });
  }
  if (alarm.words?.code === 'alarm.poisson_scan') return t('alarm.explanation.poisson_scan', common);
  return t('alarm.explanation.other', common);
}

/** Why an untagged act is a probable member: "3 actes de ce genre la nuit du 14 au 15 avr.… 0,2 serait habituel…". */
export function probableWordsText(
  probable: Pick<ProbableMember, 'words' | 'observed' | 'expected' | 'excess_probability' | 'night'>,
  nightLabel: (night: string) => string,
): string {
  const p = probable.words?.params ?? {};
  const types = (Array.isArray(p.event_types) ? p.event_types : [])
    .map((type) => label('event_type', String(type)).toLowerCase())
    .join(', ');
  const expected = probable.expected < 0.01 ? formatNumber(probable.expected, 3) : formatNumber(probable.expected, 2);
  return t(probable.observed === 1 ? 'probable.explanation.one' : 'probable.explanation', {
    observed: formatNumber(probable.observed, 0),
    types,
    night: probable.night ? nightLabel(probable.night) : '',
    expected,
    // (k − E) / k is never quite 1: "100 %" would claim a certainty the count cannot give
    probability:
      probable.excess_probability >= 0.995 && formatPercent(probable.excess_probability) === formatPercent(1)
        ? t('probable.probability.over99')
        : formatPercent(probable.excess_probability),
  });
}
