import type { NotificationEventRow } from '../../store/schema.ts';
import type { Severity, VigieEvent, VigieEventType } from './vigie-event.ts';

/** A stored event as the contract describes it. */
export function toVigieEvent(row: NotificationEventRow): VigieEvent {
  return {
    id: row.id,
    type: row.type as VigieEventType,
    subjectId: row.subject_id,
    severity: row.severity as Severity,
    title: row.title,
    ...(row.title_en ? { titleEn: row.title_en } : {}),
    payload: row.payload,
    userIds: row.user_ids,
    access: {
      owner_org_id: row.owner_org_id,
      marking: row.marking,
      compartments: row.compartments,
      created_by: row.created_by,
    },
    occurredAt: new Date(row.occurred_at).toISOString(),
    sequence: Number(row.sequence),
  };
}

/** What a webhook receives, the live stream sends and the centre lists (snake_case like the API). */
export function webhookBody(row: NotificationEventRow) {
  return {
    id: row.id,
    type: row.type,
    sequence: Number(row.sequence),
    occurred_at: new Date(row.occurred_at).toISOString(),
    severity: row.severity,
    subject_id: row.subject_id,
    title: row.title,
    title_en: row.title_en,
    marking: row.marking,
    data: row.payload,
  };
}

export type EventView = ReturnType<typeof webhookBody>;

const SUBJECT_PATHS: Record<string, string> = {
  incident: '/incidents/',
  campaign: '/campaigns/',
  alert: '/alerts/',
  posture: '/posture/',
  task: '/tasks/',
  // No page per job: the list shows it.
  import_job: '/imports',
};

/** The web app's page about an event's subject (relative). */
export function subjectPath(type: string, subjectId: string): string | null {
  const prefix = SUBJECT_PATHS[type.split('.')[0]];
  if (!prefix) return null;
  return prefix.endsWith('/') ? `${prefix}${subjectId}` : prefix;
}

/** The e-mail of an event: the French title, the English one, the link, the severity. */
export function mailOf(row: NotificationEventRow, publicUrl?: string): { subject: string; text: string } {
  const path = subjectPath(row.type, row.subject_id);
  const link = path ? `${(publicUrl ?? '').replace(/\/$/, '')}${path}` : null;
  const lines = [
    row.title,
    ...(row.title_en ? [row.title_en] : []),
    '',
    `Type : ${row.type} — gravité / severity : ${row.severity} — TLP:${row.marking}`,
    `Date : ${new Date(row.occurred_at).toISOString()}`,
    ...(link ? ['', link] : []),
    '',
    '— Vigie',
  ];
  return {
    subject: `[Vigie] ${row.severity === 'critical' || row.severity === 'high' ? `[${row.severity.toUpperCase()}] ` : ''}${row.title}`,
    text: lines.join('\n'),
  };
}
