import type { z } from '@hono/zod-openapi';
import { invalidInput, type FieldIssue } from '../core/shared/errors.ts';
import { EVENT_TYPES, INCIDENT_STATUSES, TARGET_KINDS } from '../core/shared/taxonomy.ts';
import type { IncidentFilter } from '../store/incident.repository.ts';
import type { incidentQuerySchema } from './schemas.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const splitList = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Parses a date or date-time bound. A bare date is a whole UTC day: `from` starts at its midnight,
 * `to` ends at the next one, so `from=2025-04-14&to=2025-04-14` is that day.
 */
function parseBound(value: string | undefined, path: 'from' | 'to', issues: FieldIssue[]): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (dateOnly && path === 'to') date.setUTCDate(date.getUTCDate() + 1);
  if (Number.isNaN(date.getTime()))
    issues.push({ path, message: `"${value}" is not a date (YYYY-MM-DD) or a date-time`, code: 'date_or_datetime' });
  return date;
}

function checkVocabulary(values: string[] | undefined, allowed: readonly string[], path: string, issues: FieldIssue[]) {
  for (const value of values ?? [])
    if (!allowed.includes(value))
      issues.push({
        path,
        message: `unknown value "${value}"; expected one of ${allowed.join(', ')}`,
        // the value, not the list: a list filter's page words the field, and the vocabulary is in its select
        code: 'invalid_choice',
        params: { value },
      });
  return values;
}

/** Turns the list query string into a repository filter, naming any bad parameter. */
export function toIncidentFilter(query: z.infer<typeof incidentQuerySchema>): IncidentFilter {
  const issues: FieldIssue[] = [];
  const filter: IncidentFilter = {
    from: parseBound(query.from, 'from', issues),
    to: parseBound(query.to, 'to', issues),
    facility: splitList(query.facility),
    department: splitList(query.department),
    directorate: splitList(query.directorate),
    event_type: checkVocabulary(splitList(query.event_type), EVENT_TYPES, 'event_type', issues),
    target_kind: checkVocabulary(splitList(query.target_kind), TARGET_KINDS, 'target_kind', issues),
    signature: splitList(query.signature),
    status: checkVocabulary(splitList(query.status), INCIDENT_STATUSES, 'status', issues),
    id: splitList(query.ids),
  };
  if (filter.id && (filter.id.length > 500 || filter.id.some((id) => !UUID.test(id))))
    issues.push({
      path: 'ids',
      message: 'expected at most 500 incident ids separated by commas',
      code: 'invalid_format',
    });
  if (query.bbox !== undefined) {
    const parts = query.bbox.split(',').map(Number);
    if (parts.length !== 4 || parts.some(Number.isNaN) || parts[0] > parts[2] || parts[1] > parts[3]) {
      issues.push({
        path: 'bbox',
        message: 'expected minLon,minLat,maxLon,maxLat with min ≤ max',
        code: 'invalid_format',
      });
    } else filter.bbox = parts as [number, number, number, number];
  }
  if (filter.from && filter.to && filter.from >= filter.to)
    issues.push({ path: 'to', message: 'must come after from', code: 'end_before_start' });
  if (issues.length > 0) throw invalidInput(issues);
  return filter;
}
