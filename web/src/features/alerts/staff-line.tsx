import type { IncidentSummary } from '../../api/alerts-types.ts';
import { t } from '../../i18n/i18n.ts';

/** Who an incident threatens: the name to the STAFF-cleared, "sealed" to the others. */
export function StaffLine({ staff }: { staff: NonNullable<IncidentSummary['staff']> }) {
  return (
    <span class="muted" data-testid="incident-staff">
      {' · '}
      {staff === 'sealed'
        ? t('response.staffSealed')
        : t('response.staff', { name: [staff.name, staff.role].filter(Boolean).join(', ') || '—' })}
    </span>
  );
}
