import type { Reference } from '../../api/types.ts';
import { FacilityPicker } from '../../components/facility-picker.tsx';
import { label, t, type MessageKey } from '../../i18n/i18n.ts';
import type { FieldErrors, FormState, WhenMode } from './form-model.ts';
import { Field, FieldError, inputValue } from '../../components/form-fields.tsx';

export interface SectionProps {
  form: FormState;
  update: (change: Partial<FormState>) => void;
  errors: FieldErrors;
  reference: Reference;
}

/** Where: a facility found by name or alias, or a free place (a staff member's home...). */
export function WhereSection({ form, update, errors, reference }: SectionProps) {
  const place = (change: Partial<FormState['place']>) => update({ place: { ...form.place, ...change } });
  return (
    <fieldset class="form-section">
      <legend>{t('form.where')}</legend>
      <div class="radios" role="radiogroup">
        {(['facility', 'place'] as const).map((mode) => (
          <label key={mode} class="radio">
            <input
              type="radio"
              name="where-mode"
              value={mode}
              checked={form.whereMode === mode}
              onChange={() => update({ whereMode: mode })}
            />
            {t(`form.where.${mode}`)}
          </label>
        ))}
      </div>
      {form.whereMode === 'facility' ? (
        <Field
          id="form-facility"
          label={t('form.facility')}
          hint={t('form.facility.hint')}
          errors={errors.for('facility')}
        >
          {(aria) => (
            <FacilityPicker
              id={aria.id}
              value={form.facility}
              invalid={aria['aria-invalid']}
              describedBy={aria['aria-describedby']}
              onSelect={(facility) => update({ facility, facilityText: facility?.name ?? '' })}
              onText={(facilityText) => update({ facilityText })}
            />
          )}
        </Field>
      ) : (
        <div class="form-grid">
          <Field id="form-lat" label={t('form.place.lat')} errors={errors.for('place.lat')}>
            {(aria) => (
              <input
                {...aria}
                type="number"
                step="any"
                min={-90}
                max={90}
                value={form.place.lat}
                onInput={(e) => place({ lat: inputValue(e) })}
              />
            )}
          </Field>
          <Field id="form-lon" label={t('form.place.lon')} errors={errors.for('place.lon')}>
            {(aria) => (
              <input
                {...aria}
                type="number"
                step="any"
                min={-180}
                max={180}
                value={form.place.lon}
                onInput={(e) => place({ lon: inputValue(e) })}
              />
            )}
          </Field>
          <Field id="form-commune" label={t('form.place.commune')} errors={errors.for('place.commune')}>
            {(aria) => (
              <input
                {...aria}
                type="text"
                value={form.place.commune}
                onInput={(e) => place({ commune: inputValue(e) })}
              />
            )}
          </Field>
          <Field
            id="form-department"
            label={t('form.place.department')}
            errors={errors.for('place.department', 'place.country')}
          >
            {(aria) => (
              <select {...aria} value={form.place.department} onChange={(e) => place({ department: inputValue(e) })}>
                <option value="">{t('common.none')}</option>
                {reference.departments.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.code} — {d.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="form-place-precision" label={t('form.place.precision')} errors={errors.for('place.precision')}>
            {(aria) => (
              <select {...aria} value={form.place.precision} onChange={(e) => place({ precision: inputValue(e) })}>
                {['site', 'commune', 'department'].map((p) => (
                  <option key={p} value={p}>
                    {label('place_precision', p)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FieldError id="form-place-error" messages={errors.exactly('place')} />
        </div>
      )}
      <Field id="form-spot" label={t('form.spot')} hint={t('form.spot.hint')} errors={errors.for('spot')}>
        {(aria) => (
          <select {...aria} value={form.spot} onChange={(e) => update({ spot: inputValue(e) })}>
            <option value="">{t('form.spot.unknown')}</option>
            {reference.site_spots.map((spot) => (
              <option key={spot} value={spot}>
                {label('site_spot', spot)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}

const WHEN_MODES: WhenMode[] = ['night', 'date', 'exact', 'period'];

type WhenFields = Pick<FormState, 'whenMode' | 'when'>;

/**
 * When: the night of, a day, an exact time or a period, as analysts know it. The new incident's form
 * and the correction of a saved one share it (`idPrefix` keeps their ids apart).
 */
export function WhenSection({
  form,
  update,
  errors,
  idPrefix = 'form',
}: {
  form: WhenFields;
  update: (change: Partial<WhenFields>) => void;
  errors: FieldErrors;
  idPrefix?: string;
}) {
  const when = (change: Partial<FormState['when']>) => update({ when: { ...form.when, ...change } });
  const occurredErrors = errors.for('occurred');
  return (
    <fieldset class="form-section">
      <legend>{t('form.when')}</legend>
      <div class="form-grid">
        <Field id={`${idPrefix}-when-mode`} label={t('form.when.mode')} errors={[]}>
          {(aria) => (
            <select {...aria} value={form.whenMode} onChange={(e) => update({ whenMode: inputValue(e) as WhenMode })}>
              {WHEN_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`form.when.mode.${mode}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.whenMode === 'night' && (
          <Field id={`${idPrefix}-night`} label={t('form.when.night')} errors={occurredErrors}>
            {(aria) => (
              <input {...aria} type="date" value={form.when.night} onInput={(e) => when({ night: inputValue(e) })} />
            )}
          </Field>
        )}
        {form.whenMode === 'date' && (
          <Field id={`${idPrefix}-date`} label={t('form.when.date')} errors={occurredErrors}>
            {(aria) => (
              <input {...aria} type="date" value={form.when.date} onInput={(e) => when({ date: inputValue(e) })} />
            )}
          </Field>
        )}
        {form.whenMode === 'exact' && (
          <Field id={`${idPrefix}-at`} label={t('form.when.at')} errors={occurredErrors}>
            {(aria) => (
              <input
                {...aria}
                type="datetime-local"
                value={form.when.at}
                onInput={(e) => when({ at: inputValue(e) })}
              />
            )}
          </Field>
        )}
        {form.whenMode === 'period' && (
          <>
            <Field id={`${idPrefix}-start`} label={t('form.when.start')} errors={occurredErrors}>
              {(aria) => (
                <input {...aria} type="date" value={form.when.start} onInput={(e) => when({ start: inputValue(e) })} />
              )}
            </Field>
            <Field id={`${idPrefix}-end`} label={t('form.when.end')} errors={[]}>
              {(aria) => (
                <input
                  {...aria}
                  type="date"
                  value={form.when.end}
                  min={form.when.start}
                  onInput={(e) => when({ end: inputValue(e) })}
                />
              )}
            </Field>
          </>
        )}
      </div>
    </fieldset>
  );
}
