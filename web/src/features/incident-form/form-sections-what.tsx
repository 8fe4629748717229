import { label, t } from '../../i18n/i18n.ts';
import { CheckboxGroup, Field, FieldError, inputValue } from '../../components/form-fields.tsx';
import type { SectionProps } from './form-sections.tsx';

/** What happened: types, targets, means, signatures, casualties, damage, description, status. */
export function WhatSection({ form, update, errors, reference }: SectionProps) {
  const setSignature = (index: number, change: Partial<{ kind: string; text: string }>) =>
    update({
      signatures: form.signatures.map((signature, i) => (i === index ? { ...signature, ...change } : signature)),
    });
  return (
    <fieldset class="form-section">
      <legend>{t('form.what')}</legend>
      <CheckboxGroup
        id="form-event-types"
        legend={t('form.eventTypes')}
        value={form.eventTypes}
        options={reference.event_types.map((type) => [type, label('event_type', type)])}
        onChange={(eventTypes) => update({ eventTypes })}
        errors={errors.for('event_types')}
      />
      <CheckboxGroup
        id="form-target-kinds"
        legend={t('form.targetKinds')}
        value={form.targetKinds}
        options={reference.target_kinds.map((kind) => [kind, label('target_kind', kind)])}
        onChange={(targetKinds) => update({ targetKinds })}
        errors={errors.for('target_kinds')}
      />
      <Field id="form-weapons" label={t('form.weapons')} hint={t('form.weapons.hint')} errors={errors.for('weapons')}>
        {(aria) => (
          <input {...aria} type="text" value={form.weapons} onInput={(e) => update({ weapons: inputValue(e) })} />
        )}
      </Field>

      <fieldset class="subsection" aria-describedby="form-signatures-hint">
        <legend>{t('form.signatures')}</legend>
        <p id="form-signatures-hint" class="field__hint">
          {t('form.signatures.hint')}
        </p>
        {form.signatures.map((signature, index) => (
          <div key={index} class="signature-row">
            <Field
              id={`form-signature-${index}-kind`}
              label={t('form.signature.kind')}
              errors={errors.for(`signatures.${index}.kind`)}
            >
              {(aria) => (
                <select {...aria} value={signature.kind} onChange={(e) => setSignature(index, { kind: inputValue(e) })}>
                  {reference.signature_kinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {label('signature_kind', kind)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id={`form-signature-${index}-text`}
              label={t('form.signature.text')}
              errors={errors.for(`signatures.${index}.text`)}
              class="field--grow"
            >
              {(aria) => (
                <input
                  {...aria}
                  type="text"
                  value={signature.text}
                  onInput={(e) => setSignature(index, { text: inputValue(e) })}
                />
              )}
            </Field>
            {form.signatures.length > 1 && (
              <button
                type="button"
                class="button button--small button--ghost"
                onClick={() => update({ signatures: form.signatures.filter((_, i) => i !== index) })}
              >
                {t('common.remove')}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          class="button button--small"
          onClick={() => update({ signatures: [...form.signatures, { kind: 'tag', text: '' }] })}
        >
          {t('form.signature.add')}
        </button>
        <FieldError
          id="form-signatures-error"
          messages={errors.exactly('signatures', ...form.signatures.map((_, i) => `signatures.${i}`))}
        />
      </fieldset>

      <div class="form-grid">
        <Field id="form-killed" label={t('form.casualties.killed')} errors={errors.for('casualties.killed')}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={0}
              step={1}
              value={form.killed}
              onInput={(e) => update({ killed: inputValue(e) })}
            />
          )}
        </Field>
        <Field id="form-injured" label={t('form.casualties.injured')} errors={errors.for('casualties.injured')}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={0}
              step={1}
              value={form.injured}
              onInput={(e) => update({ injured: inputValue(e) })}
            />
          )}
        </Field>
        <Field id="form-status" label={t('form.status')} errors={errors.for('status')}>
          {(aria) => (
            <select {...aria} value={form.status} onChange={(e) => update({ status: inputValue(e) })}>
              {reference.statuses.map((status) => (
                <option key={status} value={status}>
                  {label('status', status)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="form-damage" label={t('form.damage')} errors={errors.for('damage')}>
        {(aria) => (
          <input {...aria} type="text" value={form.damage} onInput={(e) => update({ damage: inputValue(e) })} />
        )}
      </Field>
      <Field id="form-description" label={t('form.description')} errors={errors.for('description')}>
        {(aria) => (
          <textarea
            {...aria}
            rows={5}
            value={form.description}
            onInput={(e) => update({ description: inputValue(e) })}
          />
        )}
      </Field>
    </fieldset>
  );
}

/** One source, graded on the Admiralty scale (reliability A–F, credibility 1–6). */
export function SourceSection({ form, update, errors, reference }: SectionProps) {
  const source = (change: Partial<typeof form.source>) => update({ source: { ...form.source, ...change } });
  const disabled = !form.source.kind;
  return (
    <fieldset class="form-section">
      <legend>{t('form.source')}</legend>
      <div class="form-grid">
        <Field id="form-source-kind" label={t('form.source.kind')} errors={errors.for('sources.0.kind')}>
          {(aria) => (
            <select {...aria} value={form.source.kind} onChange={(e) => source({ kind: inputValue(e) })}>
              <option value="">{t('form.source.kind.none')}</option>
              {reference.source_kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {label('source_kind', kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="form-source-title"
          label={t('form.source.title')}
          errors={errors.for('sources.0.title')}
          class="field--grow"
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              disabled={disabled}
              value={form.source.title}
              onInput={(e) => source({ title: inputValue(e) })}
            />
          )}
        </Field>
        <Field
          id="form-source-url"
          label={t('form.source.url')}
          errors={errors.for('sources.0.url')}
          class="field--grow"
        >
          {(aria) => (
            <input
              {...aria}
              type="url"
              disabled={disabled}
              value={form.source.url}
              onInput={(e) => source({ url: inputValue(e) })}
            />
          )}
        </Field>
        <Field
          id="form-source-published"
          label={t('form.source.published')}
          errors={errors.for('sources.0.published_at')}
        >
          {(aria) => (
            <input
              {...aria}
              type="date"
              disabled={disabled}
              value={form.source.published_at}
              onInput={(e) => source({ published_at: inputValue(e) })}
            />
          )}
        </Field>
        <Field
          id="form-source-reliability"
          label={t('form.source.reliability')}
          errors={errors.for('sources.0.reliability')}
        >
          {(aria) => (
            <select
              {...aria}
              disabled={disabled}
              value={form.source.reliability}
              onChange={(e) => source({ reliability: inputValue(e) })}
            >
              {reference.reliability_grades.map((grade) => (
                <option key={grade} value={grade}>
                  {t(`reliability.${grade}` as never)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="form-source-credibility"
          label={t('form.source.credibility')}
          errors={errors.for('sources.0.credibility')}
        >
          {(aria) => (
            <select
              {...aria}
              disabled={disabled}
              value={form.source.credibility}
              onChange={(e) => source({ credibility: inputValue(e) })}
            >
              {['1', '2', '3', '4', '5', '6'].map((grade) => (
                <option key={grade} value={grade}>
                  {t(`credibility.${grade}` as never)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FieldError id="form-sources-error" messages={errors.exactly('sources', 'sources.0')} />
    </fieldset>
  );
}
