import { useState } from 'preact/hooks';
import { reviewApi } from '../../api/review-client.ts';
import type { Candidate } from '../../api/review-types.ts';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ArticleText } from './article-text.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { useFacilityNames } from './facility-names.ts';
import { candidateSummary, fieldLabel, noteText, shortDate } from './review-text.ts';

/** A candidate beside its article: the evidence highlighted in the text, its fields, the decisions. */
export function CandidatePage({ id }: { id: string }) {
  useLang();
  const detail = useAsync(() => reviewApi.candidate(id), [id]);
  const facilityNames = useFacilityNames();
  const [active, setActive] = useState<number>();
  const [done, setDone] = useState<Candidate['status']>();

  const focus = (index: number) => {
    setActive(index);
    const mark = document.getElementById(`evidence-${index}`);
    mark?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };
  if (detail.status === 'loading')
    return (
      <section class="page">
        <Loading />
      </section>
    );
  if (detail.status === 'error')
    return (
      <section class="page">
        <ErrorBanner error={detail.error} onRetry={detail.reload} />
      </section>
    );
  const c = detail.data;
  const article = c.article;
  return (
    <section class="page" aria-labelledby="candidate-title">
      <p>
        <a href={href('/review')}>{t('candidate.back')}</a>
      </p>
      <div class="page__header">
        <h1 id="candidate-title">{t('candidate.title', { kind: t(`review.kind.${c.kind}` as MessageKey) })}</h1>
        <span class="muted" data-testid="candidate-status">
          {t('candidate.status', { status: t(`review.status.${c.status}` as MessageKey) })}
        </span>
      </div>
      <p class="candidate-summary">{candidateSummary(c, facilityNames)}</p>
      {done && <InfoBanner>{t(`decision.done.${done}` as MessageKey)}</InfoBanner>}
      <div class="review-layout">
        <article class="review-layout__article" aria-labelledby="article-title">
          <h2 id="article-title">{article.title ?? t('candidate.article')}</h2>
          <p class="muted">
            {t('candidate.published', { date: shortDate(article.published) })}
            {article.outlet && (
              <>
                {' '}
                · <strong data-testid="article-outlet">{article.outlet}</strong>
              </>
            )}
            {' · '}
            {article.source.reliability
              ? t('candidate.source', {
                  kind: label('source_kind', article.source.kind),
                  reliability: article.source.reliability,
                  credibility: article.source.credibility ?? 6,
                })
              : t('candidate.sourceUngraded', { kind: label('source_kind', article.source.kind) })}
            {article.url && (
              <>
                {' '}
                ·{' '}
                <a href={article.url} rel="noreferrer noopener" target="_blank">
                  {article.url}
                </a>
              </>
            )}
          </p>
          <ArticleText text={article.text} evidence={c.evidence} active={active} />
        </article>
        <aside class="review-layout__candidate" aria-labelledby="fields-title">
          <h2 id="fields-title">{t('candidate.fields')}</h2>
          <p class="field__hint">{t('candidate.fieldsHint')}</p>
          <ul class="evidence-list">
            {c.evidence.map((e, index) => (
              <li key={index}>
                <button
                  type="button"
                  class={`evidence-field${active === index ? ' evidence-field--active' : ''}`}
                  data-testid="evidence-field"
                  data-field={e.field}
                  onClick={() => focus(index)}
                >
                  <strong>{fieldLabel(e.field)}</strong> « {e.quote.trim()} »{' '}
                  <span class="muted">{Math.round(e.confidence * 100)} %</span>
                </button>
              </li>
            ))}
          </ul>
          {c.notes.length > 0 && (
            <>
              <h3>{t('candidate.notes')}</h3>
              <ul data-testid="candidate-notes">
                {c.notes.map((note, index) => (
                  <li key={note}>{noteText(note, c.note_words?.[index])}</li>
                ))}
              </ul>
            </>
          )}
          {c.decision && (
            <p data-testid="decision">
              {c.decision.at && t('candidate.decidedAt', { date: shortDate(c.decision.at) })}
              {c.decision.by_system && ` (${t('review.bySystem')})`}
              {c.decision.reason && <> · {t('candidate.reason', { reason: c.decision.reason })}</>}
              {c.decision.result_id && c.kind === 'incident' && (
                <>
                  {' '}
                  ·{' '}
                  <a href={href(`/incidents/${c.decision.result_id}`)} data-testid="result-link">
                    {t('candidate.result')}
                  </a>
                </>
              )}
            </p>
          )}
          <DecisionPanel
            key={`${c.id}-${c.version}`}
            detail={c}
            onDecided={(candidate) => {
              setDone(candidate.status);
              detail.reload();
            }}
          />
          {c.siblings.length > 0 && (
            <>
              <h3>{t('candidate.siblings')}</h3>
              <ul>
                {c.siblings.map((s) => (
                  <li key={s.id}>
                    <a href={href(`/review/${s.id}`)}>
                      {t(`review.kind.${s.kind}` as MessageKey)} · {s.key}
                    </a>{' '}
                    <span class="muted">{t(`review.status.${s.status}` as MessageKey)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </section>
  );
}
