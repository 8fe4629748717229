import { z } from '@hono/zod-openapi';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { CampaignReading } from '../../core/detection/campaign.service.ts';
import type { IncidentLinkRow, ProbableMemberRow, WaveAlarmRow } from '../../store/schema.ts';
import { incidentSchema } from '../schemas.ts';
import { alarmWords, campaignWords, probableWords } from './detection-words.ts';
import { wordsSchema } from './schema-parts.ts';
import { snakeKeys } from './snake-keys.ts';

const siteSchema = z.object({ id: z.string(), name: z.string() });
const windowSchema = z.object({ start: z.string(), end: z.string() });

/** What the members have in common, in numbers (the explanation is built from them). */
export const campaignFactsSchema = z
  .looseObject({
    incidents: z.number().int(),
    sites: z.number().int().openapi({ description: 'distinct places: facilities, or positions away from one' }),
    facilities: z.number().int().optional(),
    other_places: z.number().int().optional(),
    places: z.array(z.object({ kind: z.string(), count: z.number().int() })).optional(),
    nights: z.number().int(),
    shared_tag: z.object({ text: z.string(), kind: z.string(), count: z.number().int() }).nullable(),
    near_identical_mo: z.number().int(),
    weak_sources: z.number().int(),
  })
  .openapi('CampaignFacts');

const testedSchema = z.looseObject({ p_value: z.number(), explanation: z.string() });
/** The tests of a campaign: the space-time scan, the signature burst, the Hawkes test and the verdict. */
export const significanceSchema = z
  .union([
    z.object({ tested: z.literal(false), reason: z.string() }),
    z.object({ withheld: z.literal(true), reason: z.string() }),
    z.looseObject({
      tested: z.literal(true),
      evaluated_at: z.string(),
      poisson_scan: testedSchema.extend({
        statistic: z.number(),
        recurrence_years: z.number(),
        replications: z.number().int().openapi({ description: 'Monte Carlo replications of the scan' }),
        window: z.looseObject({ days: z.number(), start: z.string(), end: z.string() }),
        observed: z.number(),
        expected: z.number(),
        sites: z.array(z.looseObject({ site_id: z.string(), observed: z.number(), expected: z.number() })),
      }),
      signature_burst: testedSchema
        .extend({
          signature: z.string(),
          window_days: z.number(),
          sites: z.number(),
          expected: z.number(),
          background_carriers: z.number().openapi({ description: 'carriers of the tag before the window' }),
          background_days: z.number().openapi({ description: 'the days those carriers were counted over' }),
        })
        .nullable()
        .optional()
        .openapi({ description: 'absent on campaigns tested before the signature test existed' }),
      hawkes: testedSchema.extend({ statistic: z.number(), method: z.string() }).nullable(),
      wave: z
        .looseObject({
          p_value: z.number(),
          recurrence_years: z.number(),
          method: z.enum(['poisson_scan', 'signature_burst']),
          evaluations_per_year: z.number().openapi({ description: 'tests a year the recurrence accounts for' }),
          sentence: z.string(),
          alarm: z.boolean(),
        })
        .optional(),
    }),
  ])
  .nullable()
  .openapi('CampaignSignificance');

export const campaignSchema = z
  .object({
    id: z.string().uuid(),
    key: z.string(),
    state: z.enum(['active', 'confirmed', 'dismissed']),
    version: z.number().int(),
    start: z.string(),
    end: z.string(),
    sites: z.array(siteSchema),
    member_ids: z.array(z.string().uuid()),
    shared_signatures: z.array(
      z.object({ normalized: z.string(), text: z.string(), count: z.number().int(), kind: z.string().optional() }),
    ),
    confidence: z.number(),
    explanation: z.string(),
    words: wordsSchema.openapi({ description: 'the explanation as a code with parameters' }),
    facts: campaignFactsSchema.nullable(),
    significance: significanceSchema,
    hidden_members: z
      .boolean()
      .openapi({ description: 'some members are hidden from this reader: the significance is withheld' }),
    dismissed_reason: z.string().nullable(),
    updated_at: z.string(),
  })
  .openapi('Campaign');
export type Campaign = z.infer<typeof campaignSchema>;

export const linkSchema = z
  .object({
    a: z.string().uuid(),
    b: z.string().uuid(),
    score: z.number(),
    grade_weight: z.number(),
    evidence: z.array(
      z.object({
        kind: z.enum(['same_signature', 'similar_signature', 'same_mo', 'space_time', 'shared_actor']),
        score: z.number(),
        details: z.record(z.string(), z.unknown()).openapi({ description: 'the numbers the sentence was made of' }),
        explanation: z.string(),
      }),
    ),
    explanation: z.string(),
  })
  .openapi('IncidentLink');
export type Link = z.infer<typeof linkSchema>;

export const alarmSchema = z
  .object({
    id: z.string().uuid(),
    campaign_id: z.string().uuid().nullable(),
    method: z.enum(['poisson_scan', 'signature_burst', 'permutation_scan', 'hawkes']),
    statistic: z.number(),
    p_value: z.number(),
    recurrence_years: z.number().nullable(),
    window: windowSchema,
    sites: z.array(siteSchema),
    incident_ids: z.array(z.string().uuid()),
    details: z.record(z.string(), z.unknown()),
    explanation: z.string(),
    words: wordsSchema,
    raised_at: z.string(),
    state: z.enum(['standing', 'ended']).openapi({ description: 'standing until a person ends it' }),
    updated_at: z.string(),
    updates: z.array(z.object({ at: z.string(), members: z.number(), sites: z.number(), p_value: z.number() })),
    ended: z.object({ at: z.string().nullable(), by: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  })
  .openapi('WaveAlarm');
export type Alarm = z.infer<typeof alarmSchema>;

export const probableMemberSchema = z.object({
  incident_id: z.string().uuid(),
  excess_probability: z.number(),
  observed: z.number(),
  expected: z.number(),
  night: z.string().nullable(),
  explanation: z.string(),
  words: wordsSchema,
});
export type ProbableMember = z.infer<typeof probableMemberSchema>;

/** A campaign with its members, links, alarms, probable members and the decisions taken on it. */
export const campaignDetailSchema = campaignSchema
  .extend({
    members: z.array(incidentSchema),
    links: z.array(linkSchema),
    alarms: z.array(alarmSchema),
    probable_members: z.array(probableMemberSchema.extend({ incident: incidentSchema })).openapi({
      description: "untagged acts of the campaign's kind beyond the usual, apart until an analyst decides",
    }),
    probable_search: z
      .object({
        state: z.enum(['searching', 'too_few_places']),
        places: z.number().int(),
        needed: z.number().int(),
      })
      .nullable()
      .openapi({
        description:
          'whether probable members are looked for: only once the members stand at `needed` distinct places; null when some members are hidden from the reader',
      }),
    decisions: z.array(
      z.object({
        kind: z.string(),
        reason: z.string().nullable(),
        decided_at: z.string(),
        decided_by: z.string().nullable(),
        decided_by_name: z.string().nullable().openapi({
          description: 'the display name (else the username) of the account that decided; null: the operator',
        }),
      }),
    ),
  })
  .openapi('CampaignDetail');
export type CampaignDetail = z.infer<typeof campaignDetailSchema>;

/** A campaign as its reader may see it: the significance only when every member is readable. */
export function presentCampaign(gazetteer: Gazetteer, { row, members, hiddenMembers }: CampaignReading): Campaign {
  const sites = [...new Set(members.map((m) => m.facility_id).filter((id): id is string => id !== null))];
  return {
    id: row.id,
    key: row.key,
    state: row.state as Campaign['state'],
    version: row.version,
    start: row.start_at.toISOString(),
    end: row.end_at.toISOString(),
    sites: sites.map((id) => ({ id, name: gazetteer.facility(id)?.name ?? id })),
    member_ids: members.map((m) => m.id),
    shared_signatures: hiddenMembers ? [] : row.shared_signatures,
    confidence: row.confidence,
    explanation: hiddenMembers ? `${members.length} incidents you can read belong to this campaign` : row.explanation,
    /** the explanation as a code with parameters, for a client that words it in its reader's language */
    words: campaignWords(row.facts, hiddenMembers, members.length),
    facts: hiddenMembers ? null : (snakeKeys(row.facts) as Campaign['facts']),
    significance: hiddenMembers
      ? { withheld: true, reason: 'rests on incidents you cannot read' }
      : (snakeKeys(row.significance) as Campaign['significance']),
    hidden_members: hiddenMembers,
    dismissed_reason: row.dismissed_reason,
    updated_at: row.updated_at.toISOString(),
  };
}

export function presentLink(link: IncidentLinkRow): Link {
  return {
    a: link.a,
    b: link.b,
    score: link.score,
    grade_weight: link.grade_weight,
    evidence: (link.evidence as Link['evidence']).map((piece) => ({ ...piece, details: snakeKeys(piece.details) })),
    explanation: link.explanation,
  };
}

export function presentAlarm(gazetteer: Gazetteer, alarm: WaveAlarmRow): Alarm {
  return {
    id: alarm.id,
    campaign_id: alarm.campaign_id,
    method: alarm.method as Alarm['method'],
    statistic: alarm.statistic,
    p_value: alarm.p_value,
    recurrence_years: alarm.recurrence_years,
    window: { start: alarm.window_start.toISOString(), end: alarm.window_end.toISOString() },
    sites: alarm.sites.map((id) => ({ id, name: gazetteer.facility(id)?.name ?? id })),
    incident_ids: alarm.incident_ids,
    details: snakeKeys(alarm.details),
    explanation: alarm.explanation,
    words: alarmWords(alarm),
    raised_at: alarm.raised_at.toISOString(),
    // the alarm's life: standing until a person ends it, updated by later evidence meanwhile
    state: alarm.state,
    updated_at: alarm.updated_at.toISOString(),
    updates: alarm.updates,
    ended:
      alarm.state === 'ended'
        ? { at: alarm.ended_at?.toISOString() ?? null, by: alarm.ended_by, reason: alarm.end_reason }
        : null,
  };
}

/** An untagged act proposed as a member, apart from the core until an analyst decides, with why. */
export function presentProbableMember(probable: ProbableMemberRow): ProbableMember {
  return {
    incident_id: probable.incident_id,
    excess_probability: probable.excess_probability,
    observed: probable.observed,
    expected: probable.expected,
    night: (probable.details as { night?: string }).night ?? null,
    explanation: probable.explanation,
    words: probableWords(probable),
  };
}
