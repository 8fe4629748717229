import { MARKINGS, type StaffDetails } from '../../api/types.ts';
import { LockIcon } from '../../components/lock-icon.tsx';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { Field, FieldError, inputValue } from '../../components/form-fields.tsx';
import type { SectionProps } from './form-sections.tsx';

/** Who may read the record: the TLP marking, each level explained in a line. AMBER by default. */
export function MarkingSection({ form, update, errors }: Omit<SectionProps, 'reference'>) {
  const messages = errors.for('marking', 'compartments');
  return (
    <fieldset class="form-section">
      <legend>{t('form.access')}</legend>
      <fieldset
        id="form-marking"
        class={`subsection markings${messages.length ? ' field--invalid' : ''}`}
        aria-describedby={`form-marking-hint${messages.length ? ' form-marking-error' : ''}`}
      >
        <legend>{t('form.marking')}</legend>
        <p id="form-marking-hint" class="field__hint">
          {t('form.marking.hint')}
        </p>
        {MARKINGS.map((marking) => (
          <label key={marking} class="radio markings__option">
            <input
              type="radio"
              name="marking"
              value={marking}
              checked={form.marking === marking}
              aria-label={`TLP:${marking} — ${t(`marking.${marking}` as MessageKey)}`}
              onChange={() => update({ marking })}
            />
            <MarkingBadge marking={marking} />
            <span>
              {t(`marking.${marking}` as MessageKey)}
              {marking === 'AMBER' && <span class="muted"> {t('form.marking.default')}</span>}
            </span>
          </label>
        ))}
        <FieldError id="form-marking-error" messages={messages} />
      </fieldset>
    </fieldset>
  );
}

const STAFF_FIELDS: Array<keyof StaffDetails> = ['name', 'role', 'home_address', 'phone'];

/**
 * The targeted officer, for holders of the STAFF compartment only: the details are sealed by the
 * server and shown to holders alone, as the warning says.
 */
export function StaffFormSection({ form, update, errors }: Omit<SectionProps, 'reference'>) {
  const staff = (change: Partial<StaffDetails>) => update({ staff: { ...form.staff, ...change } });
  return (
    <fieldset class="form-section form-section--staff" data-testid="staff-form">
      <legend>{t('form.staff')}</legend>
      <p class="staff__warning" role="note">
        <LockIcon /> {t('form.staff.warning')}
      </p>
      <FieldError id="form-staff-error" messages={errors.exactly('staff')} />
      <div class="form-grid">
        {STAFF_FIELDS.map((field) => (
          <Field
            key={field}
            id={`form-staff-${field}`}
            label={t(`staff.${field}` as MessageKey)}
            errors={errors.for(`staff.${field}`)}
            class={field === 'home_address' ? 'field--grow' : undefined}
          >
            {(aria) => (
              <input
                {...aria}
                type="text"
                inputMode={field === 'phone' ? 'tel' : undefined}
                autocomplete="off"
                value={form.staff[field]}
                onInput={(e) => staff({ [field]: inputValue(e) })}
              />
            )}
          </Field>
        ))}
      </div>
      <Field id="form-staff-notes" label={t('staff.notes')} errors={errors.for('staff.notes')}>
        {(aria) => (
          <textarea {...aria} rows={3} value={form.staff.notes} onInput={(e) => staff({ notes: inputValue(e) })} />
        )}
      </Field>
      <label class="checkbox">
        <input
          type="checkbox"
          id="form-staff-compartment"
          checked={form.staffCompartment}
          aria-describedby="form-staff-compartment-hint"
          onChange={(e) => update({ staffCompartment: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('form.staff.compartment')}
      </label>
      <p id="form-staff-compartment-hint" class="field__hint">
        {t('form.staff.compartment.hint')}
      </p>
    </fieldset>
  );
}
