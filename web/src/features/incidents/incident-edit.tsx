import { useState } from 'preact/hooks';
import { ApiError, api } from '../../api/client.ts';
import type { Facility, Incident, IncidentPatch, Reference } from '../../api/types.ts';
import { FacilityPicker } from '../../components/facility-picker.tsx';
import { CheckboxGroup, Field, inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner } from '../../components/status.tsx';
import { label, type MessageKey, t, useLang } from '../../i18n/i18n.ts';
import { FieldErrors, type FormState, occurredOf, whenOf } from '../incident-form/form-model.ts';
import { WhenSection } from '../incident-form/form-sections.tsx';

interface Grade {
  reliability: string;
  credibility: string;
}

interface Draft extends Pick<FormState, 'whenMode' | 'when'> {
  facility: Facility | null;
  spot: string;
  eventTypes: string[];
  targetKinds: string[];
  weapons: string;
  damage: string;
  description: string;
  /** each source's Admiralty grade, in the order of the incident's sources */
  grades: Grade[];
  reason: string;
}

const draftOf = (incident: Incident): Draft => ({
  ...whenOf(incident.occurred),
  grades: incident.sources.map((source) => ({
    reliability: source.reliability,
    credibility: String(source.credibility),
  })),
  facility: incident.facility ? ({ id: incident.facility.id, name: incident.facility.name } as Facility) : null,
  spot: incident.spot ?? '',
  eventTypes: incident.event_types,
  targetKinds: incident.target_kinds,
  weapons: incident.weapons.join(', '),
  damage: incident.damage ?? '',
  description: incident.description ?? '',
  reason: '',
});

const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** Only what the analyst changed, so the history names those fields and no others. */
function patchOf(incident: Incident, draft: Draft): Partial<IncidentPatch> {
  // The draft holds the reference vocabularies' values as strings; the server checks each one.
  const patch: Partial<IncidentPatch> = {};
  if (draft.facility && draft.facility.id !== incident.facility?.id) patch.facility = draft.facility.id;
  if (draft.spot !== (incident.spot ?? '')) patch.spot = (draft.spot || null) as IncidentPatch['spot'];
  if (!same(draft.eventTypes, incident.event_types))
    patch.event_types = draft.eventTypes as IncidentPatch['event_types'];
  if (!same(draft.targetKinds, incident.target_kinds))
    patch.target_kinds = draft.targetKinds as IncidentPatch['target_kinds'];
  const weapons = draft.weapons
    .split(',')
    .map((weapon) => weapon.trim())
    .filter(Boolean);
  if (!same(weapons, incident.weapons)) patch.weapons = weapons;
  if (draft.damage.trim() !== (incident.damage ?? '')) patch.damage = draft.damage.trim();
  if (draft.description.trim() !== (incident.description ?? '')) patch.description = draft.description.trim();
  const zone = incident.occurred.timezone;
  const occurred = occurredOf(draft, zone);
  if (JSON.stringify(occurred) !== JSON.stringify(occurredOf(whenOf(incident.occurred), zone)))
    patch.occurred = occurred;
  const regraded = (index: number) =>
    draft.grades[index].reliability !== incident.sources[index].reliability ||
    draft.grades[index].credibility !== String(incident.sources[index].credibility);
  if (incident.sources.some((_, index) => regraded(index))) {
    patch.sources = incident.sources.map((source, index) => {
      if (!regraded(index)) return source;
      // the analyst's grade is the source's own: corroboration is recounted from it by the server
      const { reported_credibility: _alone, corroborating_outlets: _outlets, ...rest } = source;
      return {
        ...rest,
        reliability: draft.grades[index].reliability,
        credibility: Number(draft.grades[index].credibility),
        graded_by: 'analyst',
      };
    }) as IncidentPatch['sources'];
  }
  return patch;
}

/**
 * Correcting a saved incident: when, the site, where on it, the facts, the sources' grades, with a
 * reason kept in the history.
 * The change is sent with the version read; if someone changed the incident meanwhile the server
 * answers 409 and the form says so, keeping what was typed, with a button to load the new version.
 */
export function IncidentEditForm({
  incident,
  reference,
  onSaved,
  onCancel,
  onReload,
}: {
  incident: Incident;
  reference: Reference;
  onSaved: (incident: Incident) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  useLang();
  const [draft, setDraft] = useState<Draft>(() => draftOf(incident));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const errors = new FieldErrors(error instanceof ApiError ? error.details : []);
  const patch = patchOf(incident, draft);
  const unchanged = Object.keys(patch).length === 0;
  const conflict = error instanceof ApiError && error.status === 409;

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onSaved(
        await api.patchIncident(incident.id, {
          version: incident.version,
          ...patch,
          ...(draft.reason.trim() ? { reason: draft.reason.trim() } : {}),
        }),
      );
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="form panel incident-edit"
      onSubmit={save}
      noValidate
      data-testid="incident-edit"
      aria-labelledby="incident-edit-title"
    >
      <h2 id="incident-edit-title">{t('edit.title')}</h2>
      {conflict && (
        <ErrorBanner error={t('edit.conflict')}>
          {' '}
          <button type="button" class="button button--small" data-testid="edit-reload" onClick={onReload}>
            {t('incident.reload')}
          </button>
        </ErrorBanner>
      )}
      {error && !conflict && <ErrorBanner error={t('form.errors', { message: error.message })} />}
      <WhenSection form={draft} update={update} errors={errors} idPrefix="edit" />
      <div class="form-grid">
        <Field id="edit-facility" label={t('form.facility')} errors={errors.for('facility', 'place')}>
          {(aria) => (
            <FacilityPicker
              id={aria.id}
              value={draft.facility}
              invalid={aria['aria-invalid']}
              describedBy={aria['aria-describedby']}
              onSelect={(facility) => {
                if (facility) update({ facility });
              }}
            />
          )}
        </Field>
        <Field id="edit-spot" label={t('form.spot')} errors={errors.for('spot')}>
          {(aria) => (
            <select {...aria} value={draft.spot} onChange={(event) => update({ spot: inputValue(event) })}>
              <option value="">{t('form.spot.unknown')}</option>
              {reference.site_spots.map((spot) => (
                <option key={spot} value={spot}>
                  {label('site_spot', spot)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <CheckboxGroup
        id="edit-event-types"
        legend={t('incident.eventTypes')}
        value={draft.eventTypes}
        errors={errors.for('event_types')}
        options={reference.event_types.map((type) => [type, label('event_type', type)])}
        onChange={(eventTypes) => update({ eventTypes })}
      />
      <CheckboxGroup
        id="edit-target-kinds"
        legend={t('incident.targetKinds')}
        value={draft.targetKinds}
        errors={errors.for('target_kinds')}
        options={reference.target_kinds.map((kind) => [kind, label('target_kind', kind)])}
        onChange={(targetKinds) => update({ targetKinds })}
      />
      <Field id="edit-weapons" label={t('incident.weapons')} errors={errors.for('weapons')}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            value={draft.weapons}
            onInput={(event) => update({ weapons: inputValue(event) })}
          />
        )}
      </Field>
      <Field id="edit-damage" label={t('incident.damage')} errors={errors.for('damage')}>
        {(aria) => (
          <textarea
            {...aria}
            rows={2}
            value={draft.damage}
            onInput={(event) => update({ damage: inputValue(event) })}
          />
        )}
      </Field>
      <Field id="edit-description" label={t('incident.description')} errors={errors.for('description')}>
        {(aria) => (
          <textarea
            {...aria}
            rows={4}
            value={draft.description}
            onInput={(event) => update({ description: inputValue(event) })}
          />
        )}
      </Field>
      {incident.sources.length > 0 && (
        <SourceGrades
          incident={incident}
          reference={reference}
          grades={draft.grades}
          errors={errors}
          onChange={(grades) => update({ grades })}
        />
      )}
      <Field id="edit-reason" label={t('change.reason')} hint={t('change.reason.hint')} errors={errors.for('reason')}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            value={draft.reason}
            onInput={(event) => update({ reason: inputValue(event) })}
          />
        )}
      </Field>
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={busy || unchanged} data-testid="edit-save">
          {t('edit.save')}
        </button>{' '}
        <button type="button" class="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Each source's Admiralty grade (reliability A-F, credibility 1-6), as the analyst now judges it. */
function SourceGrades({
  incident,
  reference,
  grades,
  errors,
  onChange,
}: {
  incident: Incident;
  reference: Reference;
  grades: Grade[];
  errors: FieldErrors;
  onChange: (grades: Grade[]) => void;
}) {
  const set = (index: number, change: Partial<Grade>) =>
    onChange(grades.map((grade, at) => (at === index ? { ...grade, ...change } : grade)));
  return (
    <fieldset class="form-section" data-testid="edit-grades">
      <legend>{t('incident.sources')}</legend>
      {incident.sources.map((source, index) => (
        <div class="form-grid" key={`${index}-${source.url ?? source.title ?? ''}`}>
          <p class="form-grid__source" data-testid="edit-grade-source">
            {source.outlet ?? source.title ?? label('source_kind', source.kind)}
          </p>
          <Field
            id={`edit-source-${index}-reliability`}
            label={t('form.source.reliability')}
            errors={errors.for(`sources.${index}.reliability`)}
          >
            {(aria) => (
              <select
                {...aria}
                value={grades[index].reliability}
                onChange={(event) => set(index, { reliability: inputValue(event) })}
              >
                {reference.reliability_grades.map((grade) => (
                  <option key={grade} value={grade}>
                    {t(`reliability.${grade}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={`edit-source-${index}-credibility`}
            label={t('form.source.credibility')}
            errors={errors.for(`sources.${index}.credibility`)}
          >
            {(aria) => (
              <select
                {...aria}
                value={grades[index].credibility}
                onChange={(event) => set(index, { credibility: inputValue(event) })}
              >
                {['1', '2', '3', '4', '5', '6'].map((grade) => (
                  <option key={grade} value={grade}>
                    {t(`credibility.${grade}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ))}
    </fieldset>
  );
}
