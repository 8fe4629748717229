import { issueText } from '../../api/error-words.ts';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner } from '../../components/status.tsx';
import { label, t } from '../../i18n/i18n.ts';
import type { BodyOf } from '../../api/schema.ts';
import { fugitivesApi } from '../escorts/escorts-client.ts';

// the kinds and reliabilities of source offered by the form's selects
type SourceInput = BodyOf<'/api/fugitives/{id}/sightings', 'post'>['source'];

const SOURCE_KINDS = ['field_report', 'press', 'official', 'social', 'other'];
const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'];
type Values = Record<string, string>;

/** The place, source and grade fields shared by the sighting and recapture forms. */
function PlaceAndSource({
  prefix,
  values,
  set,
  errors,
}: {
  prefix: string;
  values: Values;
  set: (key: string) => (event: Event) => void;
  errors: (path: string) => string[];
}) {
  return (
    <>
      <Field id={`${prefix}-place`} label={t('fugitive.field.place')} errors={errors('place.name')}>
        {(aria) => <input {...aria} required value={values.place} onInput={set('place')} />}
      </Field>
      <Field id={`${prefix}-lat`} label={t('fugitive.field.lat')} errors={errors('place.lat')}>
        {(aria) => <input {...aria} inputMode="decimal" value={values.lat} onInput={set('lat')} />}
      </Field>
      <Field id={`${prefix}-lon`} label={t('fugitive.field.lon')} errors={errors('place.lon')}>
        {(aria) => <input {...aria} inputMode="decimal" value={values.lon} onInput={set('lon')} />}
      </Field>
      <Field id={`${prefix}-kind`} label={t('fugitive.field.sourceKind')} errors={errors('source.kind')}>
        {(aria) => (
          <select {...aria} value={values.kind} onChange={set('kind')}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {label('source_kind', k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${prefix}-reliability`} label={t('fugitive.field.reliability')} errors={errors('source.reliability')}>
        {(aria) => (
          <select {...aria} value={values.reliability} onChange={set('reliability')}>
            {RELIABILITY.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${prefix}-credibility`} label={t('fugitive.field.credibility')} errors={errors('source.credibility')}>
        {(aria) => (
          <select {...aria} value={values.credibility} onChange={set('credibility')}>
            {[1, 2, 3, 4, 5, 6].map((c) => (
              <option key={c} value={String(c)}>
                {c}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** Form state, submission and the server's field errors, shown beside their fields. */
function useForm(initial: Values, submit: (values: Values) => Promise<unknown>, onSaved: () => void) {
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<ApiError | Error>();
  const [busy, setBusy] = useState(false);
  const set = (key: string) => (event: Event) => setValues((v) => ({ ...v, [key]: inputValue(event) }));
  const errors = (path: string) =>
    failure instanceof ApiError
      ? failure.details.filter((d) => d.path === path || d.path.startsWith(`${path}.`)).map(issueText)
      : [];
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      await submit(values);
      setValues(initial);
      onSaved();
    } catch (error) {
      setFailure(error as Error);
    } finally {
      setBusy(false);
    }
  };
  return { values, set, errors, onSubmit, busy, failure };
}

const number = (text: string) => (text.trim() === '' ? undefined : Number(text.replace(',', '.')));
const place = (v: Values) => ({
  name: v.place,
  lat: number(v.lat),
  lon: number(v.lon),
  ...(v.radius !== undefined ? { radius_km: number(v.radius) } : {}),
});
const source = (v: Values) => ({
  kind: v.kind as NonNullable<SourceInput['kind']>,
  reliability: v.reliability as NonNullable<SourceInput['reliability']>,
  credibility: Number(v.credibility),
});

/** Reports a sighting: a date read as that day, its week or its month, a place maybe vague, a graded source. */
export function SightingForm({ id, onSaved }: { id: string; onSaved: () => void }) {
  const form = useForm(
    {
      date: '',
      precision: 'date',
      place: '',
      lat: '',
      lon: '',
      radius: '',
      kind: 'field_report',
      reliability: 'F',
      credibility: '6',
      note: '',
    },
    (v) =>
      fugitivesApi.sighting(id, {
        seen:
          v.precision === 'month'
            ? { month: v.date.slice(0, 7) }
            : v.precision === 'week_of'
              ? { week_of: v.date }
              : { date: v.date },
        place: place(v),
        source: source(v),
        ...(v.note.trim() ? { note: v.note } : {}),
      }),
    onSaved,
  );
  const { values, set, errors } = form;
  return (
    <form
      class="sighting-form"
      data-testid="sighting-form"
      onSubmit={form.onSubmit}
      aria-label={t('fugitive.addSighting')}
    >
      <Field id="sighting-date" label={t('fugitive.field.date')} errors={errors('seen')}>
        {(aria) => <input {...aria} type="date" required value={values.date} onInput={set('date')} />}
      </Field>
      <Field id="sighting-precision" label={t('fugitive.field.precision')} errors={[]}>
        {(aria) => (
          <select {...aria} value={values.precision} onChange={set('precision')}>
            {(['date', 'week_of', 'month'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`fugitive.precision.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PlaceAndSource prefix="sighting" values={values} set={set} errors={errors} />
      <Field id="sighting-radius" label={t('fugitive.field.radius')} errors={errors('place.radius_km')}>
        {(aria) => <input {...aria} inputMode="decimal" value={values.radius} onInput={set('radius')} />}
      </Field>
      <Field id="sighting-note" label={t('fugitive.field.note')} errors={errors('note')}>
        {(aria) => <input {...aria} value={values.note} onInput={set('note')} />}
      </Field>
      <button type="submit" class="button button--primary" disabled={form.busy}>
        {t('fugitive.submitSighting')}
      </button>
      {form.failure && !(form.failure instanceof ApiError && form.failure.details.length) && (
        <ErrorBanner error={form.failure} />
      )}
    </form>
  );
}

/** Records the recapture, which closes the record. */
export function RecaptureForm({ id, version, onSaved }: { id: string; version: number; onSaved: () => void }) {
  const form = useForm(
    { date: '', place: '', lat: '', lon: '', kind: 'official', reliability: 'A', credibility: '1' },
    (v) => fugitivesApi.recapture(id, { at: v.date, place: place(v), source: source(v), version }),
    onSaved,
  );
  const { values, set, errors } = form;
  return (
    <form
      class="recapture-form"
      data-testid="recapture-form"
      onSubmit={form.onSubmit}
      aria-label={t('fugitive.recapture')}
    >
      <p class="hint">{t('fugitive.recaptureHint')}</p>
      <Field id="recapture-date" label={t('fugitive.field.date')} errors={errors('at')}>
        {(aria) => <input {...aria} type="date" required value={values.date} onInput={set('date')} />}
      </Field>
      <PlaceAndSource prefix="recapture" values={values} set={set} errors={errors} />
      <button type="submit" class="button button--primary" disabled={form.busy}>
        {t('fugitive.submitRecapture')}
      </button>
      {form.failure && <ErrorBanner error={form.failure} />}
    </form>
  );
}
