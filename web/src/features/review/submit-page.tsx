import { issueText } from '../../api/error-words.ts';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { reviewApi } from '../../api/review-client.ts';
import type { Article, ArticleSubmission, Candidate } from '../../api/review-types.ts';
import { Field } from '../../components/form-fields.tsx';
import { InfoBanner } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { useFacilityNames } from './facility-names.ts';
import { candidateSummary } from './review-text.ts';

type Stored = Article & { duplicate: boolean; candidates: Candidate[] };
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'];
const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

/** Paste a text or HTML with its date and grades; its candidates are listed with links to review them. */
export function SubmitPage() {
  useLang();
  const facilityNames = useFacilityNames();
  const [form, setForm] = useState({
    content: '',
    url: '',
    title: '',
    outlet: '',
    published: new Date().toISOString().slice(0, 10),
    reliability: '',
    credibility: '',
    marking: 'AMBER',
  });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Stored[]>();
  const set = (key: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const errorsOf = (path: string) => errors[path] ?? [];

  const submit = (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    reviewApi
      .submit({
        content: form.content,
        url: form.url || undefined,
        title: form.title || undefined,
        outlet: form.outlet.trim() || undefined,
        published: form.published || undefined,
        // Blank grades are the source register's to decide at accept.
        reliability: (form.reliability || undefined) as ArticleSubmission['reliability'],
        credibility: form.credibility ? Number(form.credibility) : undefined,
        marking: form.marking as ArticleSubmission['marking'],
      })
      .then(
        (answer) => setResult(answer.items),
        (error: unknown) => {
          if (error instanceof ApiError && error.details.length > 0) {
            const byPath: Record<string, string[]> = {};
            for (const d of error.details) (byPath[d.path] ??= []).push(issueText(d));
            setErrors(byPath);
          }
          setMessage(error instanceof Error ? error.message : String(error));
        },
      )
      .finally(() => setBusy(false));
  };

  return (
    <section class="page" aria-labelledby="submit-title">
      <p>
        <a href={href('/review')}>{t('candidate.back')}</a>
      </p>
      <h1 id="submit-title">{t('submit.title')}</h1>
      <p class="hint">{t('submit.intro')}</p>
      <form class="submit-form" onSubmit={submit} noValidate>
        {message && (
          <div class="banner banner--error" role="alert">
            {message}
          </div>
        )}
        <Field id="submit-content" label={t('submit.content')} errors={errorsOf('content')}>
          {(aria) => (
            <textarea
              {...aria}
              rows={12}
              value={form.content}
              onInput={set('content')}
              required
              data-testid="submit-content"
            />
          )}
        </Field>
        <div class="form-grid">
          <Field id="submit-published" label={t('submit.published')} errors={errorsOf('published')}>
            {(aria) => <input {...aria} type="date" value={form.published} onInput={set('published')} />}
          </Field>
          <Field id="submit-url" label={t('submit.url')} errors={errorsOf('url')}>
            {(aria) => <input {...aria} type="url" value={form.url} onInput={set('url')} />}
          </Field>
          <Field id="submit-title-field" label={t('submit.titleField')} errors={errorsOf('title')}>
            {(aria) => <input {...aria} value={form.title} onInput={set('title')} />}
          </Field>
          <Field id="submit-outlet" label={t('submit.outlet')} errors={errorsOf('outlet')}>
            {(aria) => (
              <input
                {...aria}
                value={form.outlet}
                onInput={set('outlet')}
                placeholder={t('submit.outletPlaceholder')}
                data-testid="submit-outlet"
              />
            )}
          </Field>
          <Field id="submit-reliability" label={t('submit.reliability')} errors={errorsOf('reliability')}>
            {(aria) => (
              <select {...aria} value={form.reliability} onChange={set('reliability')}>
                <option value="">{t('submit.fromRegister')}</option>
                {GRADES.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="submit-credibility" label={t('submit.credibility')} errors={errorsOf('credibility')}>
            {(aria) => (
              <select {...aria} value={form.credibility} onChange={set('credibility')}>
                <option value="">{t('submit.fromRegister')}</option>
                {[1, 2, 3, 4, 5, 6].map((g) => (
                  <option key={g} value={String(g)}>
                    {g}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="submit-marking" label={t('submit.marking')} errors={errorsOf('marking')}>
            {(aria) => (
              <select {...aria} value={form.marking} onChange={set('marking')}>
                {MARKINGS.map((m) => (
                  <option key={m} value={m}>
                    TLP:{m}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" class="button button--primary" disabled={busy} data-testid="submit-send">
          {busy ? t('submit.sending') : t('submit.send')}
        </button>
      </form>
      {result && (
        <div data-testid="submit-result">
          {result.map((article) => (
            <div key={article.id}>
              {article.duplicate && <InfoBanner>{t('submit.duplicate')}</InfoBanner>}
              <p>
                {article.candidates.length === 0
                  ? t('submit.none')
                  : t('submit.result', { count: article.candidates.length })}
              </p>
              <ul>
                {article.candidates.map((c) => (
                  <li key={c.id}>
                    <a href={href(`/review/${c.id}`)} data-testid="submitted-candidate">
                      {t(`review.kind.${c.kind}` as MessageKey)} · {candidateSummary(c, facilityNames)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
