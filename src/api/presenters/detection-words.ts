/**
 * The detection's explanations as codes with parameters (issue 15 section 5, issue 17 item 3): the
 * web app words each code in the reader's language; the English `explanation` stays beside it for
 * the API's users. Built from the numbers the detection stored, so older records get words too.
 * Parameters are numbers, names and vocabulary codes, never sentences.
 */
import { placesOf } from '../../analysis/linking/campaign-summary.ts';
import type { CampaignNumbers } from '../../analysis/linking/campaign-types.ts';
import { P_VALUE_FLOOR } from '../../analysis/waves/recurrence.ts';
import type { Words } from '../../core/alerts/alert-words.ts';
import type { ProbableMemberRow, WaveAlarmRow } from '../../store/schema.ts';

/**
 * "campaign.summary": places by kind, nights, the shared tag, near-identical MO, weak sources; or
 * "campaign.visible_members" for a reader who cannot read every member.
 */
export function campaignWords(
  facts: Record<string, unknown> | null,
  hiddenMembers: boolean,
  readableMembers: number,
): Words {
  if (hiddenMembers || !facts) return { code: 'campaign.visible_members', params: { count: readableMembers } };
  const numbers = facts as unknown as CampaignNumbers;
  const places = placesOf(numbers);
  return {
    code: 'campaign.summary',
    params: {
      places: places.map((place) => place.kind),
      place_counts: places.map((place) => String(place.count)),
      incidents: numbers.incidents,
      nights: numbers.nights,
      tag: numbers.sharedTag?.text ?? null,
      tag_kind: numbers.sharedTag?.kind ?? null,
      tag_count: numbers.sharedTag?.count ?? 0,
      near_identical_mo: numbers.nearIdenticalMo,
      weak_sources: numbers.weakSources,
    },
  };
}

/**
 * "alarm.signature_burst" or "alarm.poisson_scan" (the method the alarm rests on): sites, incidents,
 * the p-value, whether it is a bound (below what the test resolves), the recurrence and the window;
 * for a burst, the tag's own sites (`signature_sites`), fewer than the campaign's once a member
 * without the tag joins it.
 */
export function alarmWords(
  alarm: Pick<
    WaveAlarmRow,
    'method' | 'p_value' | 'recurrence_years' | 'sites' | 'incident_ids' | 'window_start' | 'window_end' | 'details'
  >,
): Words {
  const details = alarm.details as { signature?: string; expected?: number; sites?: number };
  return {
    code: `alarm.${alarm.method}`,
    params: {
      sites: alarm.sites.length,
      incidents: alarm.incident_ids.length,
      p_value: alarm.p_value,
      p_bound: alarm.p_value < P_VALUE_FLOOR ? 1 : 0,
      recurrence_years: alarm.recurrence_years ?? null,
      window_start: alarm.window_start.toISOString(),
      window_end: alarm.window_end.toISOString(),
      signature: details.signature ?? null,
      signature_sites: alarm.method === 'signature_burst' && typeof details.sites === 'number' ? details.sites : null,
      expected: typeof details.expected === 'number' ? details.expected : null,
    },
  };
}

/** "probable.excess_night": k acts of the campaign's kind that night at k places outside it, E usual, so probability (k − E) / k. */
export function probableWords(
  probable: Pick<ProbableMemberRow, 'observed' | 'expected' | 'excess_probability' | 'details'>,
): Words {
  const details = probable.details as { night?: string; event_types?: string[] };
  return {
    code: 'probable.excess_night',
    params: {
      observed: probable.observed,
      expected: probable.expected,
      probability: probable.excess_probability,
      night: details.night ?? null,
      event_types: details.event_types ?? [],
    },
  };
}
