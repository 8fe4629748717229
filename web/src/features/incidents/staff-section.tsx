import type { Incident, StaffDetails } from '../../api/types.ts';
import { LockIcon } from '../../components/lock-icon.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';

const STAFF_FIELDS: Array<keyof StaffDetails> = ['name', 'role', 'home_address', 'phone', 'notes'];

/**
 * The targeted officer, in the STAFF compartment: the details for holders of the compartment, a
 * clear notice for the others when details exist, and a plain sentence when none were recorded.
 */
export function StaffSection({ staff }: { staff: Incident['staff'] }) {
  const isProtected = staff !== null && 'protected' in staff;
  return (
    <section
      class={`incident__section staff${isProtected ? ' staff--protected' : ''}`}
      aria-labelledby="staff-title"
      data-testid="staff-section"
    >
      <h2 id="staff-title">{t('staff.title')}</h2>
      {staff === null && <p>{t('staff.none')}</p>}
      {isProtected && (
        <div class="staff__notice" role="note" data-testid="staff-protected">
          <p class="staff__notice-title">
            <LockIcon /> {t('staff.protected')}
          </p>
          <p class="hint">{t('staff.protected.hint')}</p>
        </div>
      )}
      {staff !== null && !isProtected && (
        <dl class="fields">
          {STAFF_FIELDS.filter((field) => (staff as StaffDetails)[field]).map((field) => (
            <div key={field} class="fields__row">
              <dt>{t(`staff.${field}` as MessageKey)}</dt>
              <dd class={field === 'notes' ? 'incident__description' : undefined} data-testid={`staff-${field}`}>
                {(staff as StaffDetails)[field]}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
