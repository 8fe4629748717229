import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, locale, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateLabel, dateTimeLabel } from '../../lib/dates.ts';
import { spanLabel } from '../campaigns/detection-text.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { canDecide, useUser } from '../auth/session.ts';
import { LevelBadge } from './escort-badges.tsx';
import { EscortRouteMap } from './escort-route-map.tsx';
import { escortsApi, levelRank, personName, type Assessment, type Escort, type RiskFactor } from './escorts-client.ts';
import { frEscorts } from '../../i18n/fr-escorts.ts';

/** The factor's sentence in the reader's language, from its numbers; the server's English sentence for an unknown factor. */
function factorText(factor: RiskFactor): string {
  const key = `escortFactorText.${factor.factor}` as MessageKey;
  return key in frEscorts ? t(key, { ...factor.params, ...sitesParam(factor) }) : factor.sentence;
}

/** The sites of a site-risk factor with their ratio in the reader's numbers ("×28,1"), when the records carry it. */
function sitesParam(factor: RiskFactor): { sites?: string } {
  const sites = factor.records.filter((r) => r.type === 'facility');
  if (factor.factor !== 'site_risk' || sites.length === 0 || sites.some((r) => r.relative_risk === undefined))
    return {};
  const ratio = (value: number) =>
    value.toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return { sites: sites.map((r) => `${r.label} (×${ratio(r.relative_risk ?? 0)})`).join(', ') };
}

const RECORD_LINK: Record<string, (id: string) => string> = {
  incident: (id) => `/incidents/${id}`,
  campaign: (id) => `/campaigns/${id}`,
};

/** An escort (`#/escorts/:id`): route and times, the latest assessment with its reasons, and the history. */
export function EscortPage({ id }: { id: string }) {
  useLang();
  const user = useUser();
  const escort = useAsync(() => escortsApi.get(id), [id]);
  const history = useAsync(() => escortsApi.assessments(id), [id, escort.data?.assessed_at]);
  const [notice, setNotice] = useState<'done' | 'conflict'>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await work();
      setNotice('done');
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) setNotice('conflict');
      else setError(failure as Error);
    } finally {
      setBusy(false);
      escort.reload();
    }
  };

  return (
    <section class="page" aria-labelledby="escort-title">
      <p>
        <a href={href('/escorts')}>{t('escort.back')}</a>
      </p>
      {escort.status === 'loading' && !escort.data && <Loading />}
      {escort.status === 'error' &&
        (escort.error instanceof ApiError && escort.error.status === 404 ? (
          <ErrorBanner error={t('escort.notFound')} />
        ) : (
          <ErrorBanner error={escort.error} onRetry={escort.reload} />
        ))}
      {escort.data && (
        <div data-testid="escort-page" data-version={escort.data.version}>
          {notice === 'conflict' && (
            <div class="banner banner--warning" role="alert">
              {t('escort.conflict')}
            </div>
          )}
          {notice === 'done' && <InfoBanner>{t('escort.changed')}</InfoBanner>}
          {error && <ErrorBanner error={error} />}
          <EscortHeader escort={escort.data} />
          <EscortRouteMap escort={escort.data} />
          <section aria-labelledby="escort-assessment-title">
            <h2 id="escort-assessment-title">{t('escort.assessment')}</h2>
            {escort.data.assessment ? (
              <AssessmentView assessment={escort.data.assessment} />
            ) : (
              <p class="muted">{t('escort.noAssessment')}</p>
            )}
            {canDecide(user) && (
              <p class="actions">
                <button
                  type="button"
                  class="button"
                  disabled={busy}
                  data-testid="escort-assess"
                  onClick={() => act(() => escortsApi.assess(id))}
                >
                  {t('escort.assessNow')}
                </button>
                {escort.data.below_recommendation &&
                  escort.data.recommended_level &&
                  escort.data.state === 'planned' && (
                    <button
                      type="button"
                      class="button button--primary"
                      disabled={busy}
                      data-testid="escort-raise"
                      onClick={() =>
                        act(() =>
                          escortsApi.update(id, {
                            version: escort.data!.version,
                            escort_level: escort.data!.recommended_level!,
                          }),
                        )
                      }
                    >
                      {t('escort.raiseLevel', {
                        level: t(`escortLevel.${escort.data.recommended_level}` as MessageKey),
                      })}
                    </button>
                  )}
              </p>
            )}
          </section>
          <section aria-labelledby="escort-history-title">
            <h2 id="escort-history-title">{t('escort.history')}</h2>
            {history.data && (
              <ul class="history-list" data-testid="escort-history">
                {history.data.items.map((a) => (
                  <li key={a.id}>
                    {t('escort.historyRow', {
                      date: dateTimeLabel(a.assessed_at),
                      score: a.score,
                      level: t(`escortLevel.${a.recommended_level}` as MessageKey),
                      trigger: t(`escortTrigger.${a.trigger}` as MessageKey),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </section>
  );
}

function EscortHeader({ escort }: { escort: Escort }) {
  const below = levelRank(escort.recommended_level) > levelRank(escort.escort_level);
  return (
    <header>
      <h1 id="escort-title">
        {t(`escortKind.${escort.kind}` as MessageKey)} — {personName(escort.detainee) ?? t('escorts.protected')}
      </h1>
      <p>
        <span class="muted">{t(`escortState.${escort.state}` as MessageKey)}</span>{' '}
        <MarkingBadge marking={escort.marking} />
      </p>
      <p>
        <strong>{t('escort.route')}</strong> : {escort.origin.name} → {escort.destination.name}
        {escort.waypoints.length > 0 &&
          ` (${t('escort.via', { places: escort.waypoints.map((w) => w.name ?? `${w.lat.toFixed(3)}, ${w.lon.toFixed(3)}`).join(', ') })})`}
      </p>
      <p>
        {t('escort.times', { start: dateTimeLabel(escort.planned_start) })}
        {escort.planned_end && t('escort.until', { end: dateTimeLabel(escort.planned_end) })}
      </p>
      <p>
        {t('escorts.planned')} <LevelBadge level={escort.escort_level} />
        {escort.recommended_level && (
          <>
            {' · '}
            {t('escorts.recommended')} <LevelBadge level={escort.recommended_level} />
          </>
        )}
      </p>
      {below && (
        <p class="escort-warning" role="note" data-testid="escort-warning">
          ⚠ {t('escorts.below')}
        </p>
      )}
      {escort.notes && (
        // what people wrote is shown as written (data-free-text), in the language they wrote it
        <p>
          {t('escort.notes', { notes: '' })}
          <span data-free-text>{escort.notes}</span>
        </p>
      )}
    </header>
  );
}

function AssessmentView({ assessment }: { assessment: Assessment }) {
  return (
    <div data-testid="escort-assessment" data-score={assessment.score}>
      <p>
        <span class="score">{assessment.score}/100</span> · {t('escorts.recommended')}{' '}
        <LevelBadge level={assessment.recommended_level} />
        {' · '}
        <span class="muted">{t('escort.assessedAt', { date: dateTimeLabel(assessment.assessed_at) })}</span>
      </p>
      <h3>{t('escort.factors')}</h3>
      {assessment.factors.length === 0 ? (
        <p class="muted">{t('escort.noFactor')}</p>
      ) : (
        <ul class="factor-list">
          {assessment.factors.map((factor) => (
            <li key={factor.factor} data-testid="escort-factor" data-factor={factor.factor}>
              <span class="factor-list__points">{t('escort.points', { points: factor.points })}</span>
              <strong>{t(`escortFactor.${factor.factor}` as MessageKey)}</strong> — {factorText(factor)}
              {(factor.records.some((r) => RECORD_LINK[r.type]) || factor.hidden_records > 0) && (
                <ul>
                  {factor.records
                    .filter((r) => RECORD_LINK[r.type])
                    .map((r) => (
                      <li key={r.id}>
                        <a href={href(RECORD_LINK[r.type](r.id))} data-testid="factor-record">
                          {recordText(r)}
                        </a>
                      </li>
                    ))}
                  {factor.hidden_records > 0 && (
                    <li class="muted">{t('escort.hidden', { count: factor.hidden_records })}</li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A record behind a factor in the reader's words, from its facts: "14 avr. 2025 Tirs, Tags, graffitis —
 * Centre pénitentiaire de Toulon-La Farlède", "Campagne du 14 au 16 avr. 2025". An assessment made
 * before the facts were kept shows its English label.
 */
function recordText(record: RiskFactor['records'][number]): string {
  if (record.type === 'incident' && record.start && record.event_types) {
    const types = record.event_types.map((type) => label('event_type', type)).join(', ');
    return `${dateLabel(record.start)} ${types}${record.place ? ` — ${record.place}` : ''}`;
  }
  if (record.type === 'campaign' && record.start && record.end)
    return t('campaign.title', { span: spanLabel(record.start, record.end) });
  return record.label || record.id;
}
