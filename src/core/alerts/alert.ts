/**
 * Alerts: what the rules decide about an incident or a wave alarm, the states an alert moves through
 * and its escalation. Pure functions; the engine and the service do the I/O.
 */
import { classOf } from '../../analysis/event-class.ts';
import type { Protected } from '../shared/principal.ts';
import { MARKINGS } from '../shared/principal.ts';
import type { Severity } from '../notifications/vigie-event.ts';
import { wordsText, type AlertWords } from './alert-words.ts';
import type { IncidentFacts } from '../../store/alert.repository.ts';
import type { AlertRuleRow, AlertRow, EscalationLevel, WatchlistEntryRow } from '../../store/schema.ts';

export const ALERT_STATES = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;
export type AlertState = (typeof ALERT_STATES)[number];
export const RULE_KINDS = [
  'wave_alarm',
  'watchlist',
  'staff_threat',
  'weapon_at_facility',
  'incident_count',
  'escort_risk',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const WATCH_KINDS = ['tag', 'vehicle_plate', 'phone', 'online_handle'] as const;
export type AlertAction = 'acknowledge' | 'resolve' | 'dismiss' | 'assign';

/** What a rule found: the subject of one alert, identified by its dedup key. */
export interface Firing {
  rule: AlertRuleRow;
  dedupKey: string;
  title: string;
  titleEn: string;
  explanation: string;
  /** the title and explanation as codes with parameters, worded by the reader's app */
  words?: AlertWords;
  incidentIds: string[];
  sites: string[];
  campaignId: string | null;
  /** the access of the alert when its subject is not its incidents (an escort); else the narrowest of its incidents */
  access?: Omit<Protected, 'created_by'>;
}

/** The states an action may start from; any other is a stale transition (409). */
export const TRANSITIONS: Record<AlertAction, AlertState[]> = {
  acknowledge: ['open'],
  resolve: ['open', 'acknowledged'],
  dismiss: ['open', 'acknowledged'],
  assign: ['open', 'acknowledged'],
};

const DAY_MS = 86_400_000;
const param = <T>(rule: AlertRuleRow, key: string, fallback: T): T => (rule.params[key] as T | undefined) ?? fallback;

/**
 * Is this time (an incident's start, a wave alarm's window end) recent enough, against the latest
 * occurrence stored, for the rule to look at it?
 */
export function isRecent(rule: AlertRuleRow, at: Date, latest: Date | null): boolean {
  const maxAgeDays = param(rule, 'max_age_days', 0);
  if (!maxAgeDays || !latest) return true;
  return at.getTime() >= latest.getTime() - maxAgeDays * DAY_MS;
}

type Name = (siteId: string) => string;
/** Names a directorate code ("DISP de Marseille"). */
type DirectorateName = (code: string) => string;

/** A firing's sentences from its words: the stored title in French, the English one for notifications, the English explanation for API users. */
export function worded(words: AlertWords): Pick<Firing, 'title' | 'titleEn' | 'explanation' | 'words'> {
  return {
    title: wordsText(words.title, 'fr')!,
    titleEn: wordsText(words.title, 'en')!,
    explanation: wordsText(words.explanation, 'en')!,
    words,
  };
}

/**
 * The rules that look at one incident alone: a threat against staff, gunfire or explosives at a
 * facility, a watched signature seen again. Null when the rule does not fire.
 */
export function matchIncident(
  rule: AlertRuleRow,
  incident: IncidentFacts,
  watchlist: WatchlistEntryRow[],
  name: Name,
  directorate: DirectorateName = (code) => code,
): Firing | null {
  if (incident.status === 'refuted' || incident.status === 'duplicate') return null;
  const base = {
    rule,
    incidentIds: [incident.id],
    sites: incident.facility_id ? [incident.facility_id] : [],
    campaignId: null,
  };
  const where = incident.facility_id
    ? name(incident.facility_id)
    : incident.directorate_code
      ? directorate(incident.directorate_code)
      : '?';
  switch (rule.kind) {
    case 'staff_threat': {
      const targets = param<string[]>(rule, 'target_kinds', ['staff_home', 'staff_person']).filter((k) =>
        incident.target_kinds.includes(k),
      );
      const ignored = param<string[]>(rule, 'ignore_event_types', []);
      if (targets.length === 0 || incident.event_types.every((type) => ignored.includes(type))) return null;
      return {
        ...base,
        dedupKey: `${rule.id}:${incident.id}`,
        ...worded({
          title: { code: 'alert.title.staff_threat', params: { targets, where } },
          explanation: { code: 'alert.explanation.staff_threat', params: { targets, types: incident.event_types } },
        }),
      };
    }
    case 'weapon_at_facility': {
      const types = param<string[]>(rule, 'event_types', ['gunfire', 'explosive']).filter((t) =>
        incident.event_types.includes(t),
      );
      if (types.length === 0 || !incident.facility_id) return null;
      return {
        ...base,
        dedupKey: `${rule.id}:${incident.facility_id}`,
        ...worded({
          title: { code: 'alert.title.weapon_at_facility', params: { types, where } },
          explanation: { code: 'alert.explanation.weapon_at_facility', params: { types, where } },
        }),
      };
    }
    case 'watchlist': {
      const hits = watchlist.filter((entry) => incident.signature_keys.includes(entry.normalized));
      if (hits.length === 0) return null;
      const entry = hits[0];
      return {
        ...base,
        dedupKey: `${rule.id}:${entry.id}`,
        ...worded({
          title: { code: 'alert.title.watchlist', params: { value: entry.value, where } },
          explanation: {
            code: 'alert.explanation.watchlist',
            params: { kind: entry.kind, value: entry.value, note: entry.note },
          },
        }),
      };
    }
    default:
      return null;
  }
}

/** Does the incident's class or types count for an incident_count rule? */
export function countsFor(rule: AlertRuleRow, incident: Pick<IncidentFacts, 'event_types'>): boolean {
  const types = param<string[] | null>(rule, 'event_types', null);
  if (types) return incident.event_types.some((t) => types.includes(t));
  return classOf({ eventTypes: incident.event_types }) === param(rule, 'event_class', 'attack');
}

/** N incidents at one site or directorate within the window: fires when `around` (the incident included) reaches the count. */
export function matchCount(
  rule: AlertRuleRow,
  incident: IncidentFacts,
  around: IncidentFacts[],
  name: Name,
  directorate: DirectorateName = (code) => code,
): Firing | null {
  const count = param(rule, 'count', 3);
  const hours = param(rule, 'window_hours', 72);
  const scope = param<'site' | 'directorate'>(rule, 'scope', 'site');
  const place = scope === 'site' ? incident.facility_id : incident.directorate_code;
  const members = around.filter((i) => countsFor(rule, i));
  if (!place || members.length < count) return null;
  const where = scope === 'site' ? name(place) : directorate(place);
  return {
    rule,
    dedupKey: `${rule.id}:${place}`,
    incidentIds: members.map((i) => i.id),
    campaignId: null,
    sites: [...new Set(members.flatMap((i) => (i.facility_id ? [i.facility_id] : [])))],
    ...worded({
      title: { code: 'alert.title.incident_count', params: { count: members.length, hours, where } },
      explanation: {
        code: 'alert.explanation.incident_count',
        params: { count: members.length, hours, where, threshold: count },
      },
    }),
  };
}

/**
 * The firings of one batch, one per dedup key: the incidents and sites of all, the words of the last.
 * Raising each firing alone rewrote a growing alert once per incident (5,000 shots at one site took minutes).
 */
export function mergeFirings(firings: Firing[]): Firing[] {
  const byKey = new Map<string, { last: Firing; incidentIds: Set<string>; sites: Set<string> }>();
  for (const firing of firings) {
    const merged = byKey.get(firing.dedupKey) ?? {
      last: firing,
      incidentIds: new Set<string>(),
      sites: new Set<string>(),
    };
    merged.last = firing;
    for (const id of firing.incidentIds) merged.incidentIds.add(id);
    for (const site of firing.sites) merged.sites.add(site);
    byKey.set(firing.dedupKey, merged);
  }
  return [...byKey.values()].map(({ last, incidentIds, sites }) => ({
    ...last,
    incidentIds: [...incidentIds],
    sites: [...sites],
  }));
}

/** The access of an alert: as narrow as the narrowest incident behind it, so it reveals nothing they hide. */
export function alertAccess(
  incidents: Array<Pick<IncidentFacts, 'owner_org_id' | 'marking' | 'compartments'>>,
  fallbackOrg: string,
): Omit<Protected, 'created_by'> {
  if (incidents.length === 0) return { owner_org_id: fallbackOrg, marking: 'GREEN', compartments: [] };
  const rank = (marking: string) => MARKINGS.indexOf(marking as (typeof MARKINGS)[number]);
  const narrowest = incidents.reduce((a, b) => (rank(b.marking) > rank(a.marking) ? b : a));
  return {
    owner_org_id: narrowest.owner_org_id,
    marking: narrowest.marking,
    compartments: [...new Set(incidents.flatMap((i) => i.compartments))].sort(),
  };
}

/** The next escalation of an open alert: its level, whom it notifies and its next deadline. */
export function nextEscalation(
  chain: EscalationLevel[],
  alert: Pick<AlertRow, 'escalation_level'>,
  now: Date,
): { level: number; notify: string; ackDueAt: Date | null } | null {
  const level = alert.escalation_level + 1;
  const step = chain[level - 1];
  if (!step) return null;
  // Each level has its own time to acknowledge before the next; the last one has no next.
  const ackDueAt = chain[level] ? new Date(now.getTime() + step.after_minutes * 60_000) : null;
  return { level, notify: step.notify, ackDueAt };
}

export const severityOf = (value: string): Severity => value as Severity;
