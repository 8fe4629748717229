import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateLabel, dateTimeLabel, occurredLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { canDecide, useUser } from '../auth/session.ts';
import { fugitivesApi, type FugitiveDetail, personName } from '../escorts/escorts-client.ts';
import { RecaptureForm, SightingForm } from './fugitive-forms.tsx';

/** A fugitive record (`#/fugitives/:id`): the escape, links, sightings timeline, recapture form, history. */
export function FugitivePage({ id }: { id: string }) {
  useLang();
  const user = useUser();
  const record = useAsync(() => fugitivesApi.get(id), [id]);
  const [notice, setNotice] = useState<string>();
  const saved = (message: string) => {
    setNotice(message);
    record.reload();
  };
  return (
    <section class="page" aria-labelledby="fugitive-title">
      <p>
        <a href={href('/fugitives')}>{t('fugitive.back')}</a>
      </p>
      {record.status === 'loading' && !record.data && <Loading />}
      {record.status === 'error' &&
        (record.error instanceof ApiError && record.error.status === 404 ? (
          <ErrorBanner error={t('fugitive.notFound')} />
        ) : (
          <ErrorBanner error={record.error} onRetry={record.reload} />
        ))}
      {record.data && (
        <div data-testid="fugitive-page" data-state={record.data.state}>
          {notice && (
            <InfoBanner>
              <span data-testid="fugitive-notice">{notice}</span>
            </InfoBanner>
          )}
          <FugitiveHeader fugitive={record.data} />
          <Links fugitive={record.data} />
          <section aria-labelledby="sightings-title">
            <h2 id="sightings-title">{t('fugitive.sightings')}</h2>
            {record.data.sightings.length === 0 ? (
              <p class="muted">{t('fugitive.noSightings')}</p>
            ) : (
              <ol class="sighting-list" data-testid="sightings">
                {record.data.sightings.map((s) => (
                  <li key={s.id} data-testid="sighting" data-grade={s.grade}>
                    <strong>{s.grade}</strong>{' '}
                    {t('fugitive.seen', { when: occurredLabel(s.seen), place: s.place.name })}
                    {s.place.radius_km !== null && t('fugitive.radius', { km: s.place.radius_km })}
                    {' · '}
                    {label('source_kind', s.source.kind)}
                    {s.note && ` — ${s.note}`}
                  </li>
                ))}
              </ol>
            )}
            {record.data.state === 'wanted' && canDecide(user) && (
              <SightingForm id={id} onSaved={() => saved(t('fugitive.sightingAdded'))} />
            )}
          </section>
          <section aria-labelledby="recapture-title">
            <h2 id="recapture-title">{t('fugitive.recapture')}</h2>
            {record.data.recapture ? (
              <p data-testid="recapture">
                {t('fugitive.recaptured', {
                  date: dateLabel(record.data.recapture.at),
                  place: record.data.recapture.place ?? t('common.none'),
                  grade: gradeOf(record.data.recapture.source),
                })}
              </p>
            ) : (
              canDecide(user) && (
                <RecaptureForm
                  id={id}
                  version={record.data.version}
                  onSaved={() => saved(t('fugitive.recaptureSaved'))}
                />
              )
            )}
          </section>
          <section aria-labelledby="fugitive-history-title">
            <h2 id="fugitive-history-title">{t('fugitive.history')}</h2>
            <ul class="history-list" data-testid="fugitive-history">
              {record.data.history.map((h, index) => (
                <li key={index}>
                  {dateTimeLabel(h.at)} — {t(`fugitiveAction.${h.action}` as MessageKey)} ({h.actor})
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </section>
  );
}

// a recapture recorded without its source has no grade
const gradeOf = (source: { reliability: string; credibility: number } | null) =>
  source ? `${source.reliability}${source.credibility}` : t('common.none');

function FugitiveHeader({ fugitive }: { fugitive: FugitiveDetail }) {
  return (
    <header>
      <h1 id="fugitive-title">{personName(fugitive.person) ?? t('escorts.protected')}</h1>
      <p>
        <span class={`state--${fugitive.state}`}>{t(`fugitiveState.${fugitive.state}` as MessageKey)}</span>{' '}
        <MarkingBadge marking={fugitive.marking} />
      </p>
      <h2>{t('fugitive.escape')}</h2>
      <p>
        {t('fugitives.escaped', { date: occurredLabel(fugitive.escaped) })}
        {fugitive.escape_place && ` — ${fugitive.escape_place}`}
      </p>
      {fugitive.escape_incident && (
        <p>
          <a href={href(`/incidents/${fugitive.escape_incident.id}`)} data-testid="escape-incident">
            {t('fugitive.escapeIncident', { label: escapeIncidentText(fugitive.escape_incident) })}
          </a>
        </p>
      )}
      {fugitive.circumstances && <p data-free-text>{fugitive.circumstances}</p>}
    </header>
  );
}

function Links({ fugitive }: { fugitive: FugitiveDetail }) {
  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">{t('fugitive.links')}</h2>
      {fugitive.links.length === 0 ? (
        <p class="muted">{t('fugitive.noLinks')}</p>
      ) : (
        <ul data-testid="fugitive-links">
          {fugitive.links.map((l) => (
            <li key={`${l.kind}-${l.actor.id}`}>
              {l.direction === 'outgoing' ? '→' : '←'} {t(`relKind.${l.kind}` as MessageKey)} : {l.actor.name}{' '}
              <span class="muted">
                ({l.actor.kind}, {l.confidence} %)
              </span>
            </li>
          ))}
        </ul>
      )}
      {fugitive.hidden_links > 0 && <p class="muted">{t('fugitive.hiddenLinks', { count: fugitive.hidden_links })}</p>}
    </section>
  );
}

/** The escape's incident in the reader's words: "13 mai 2024 Attaque de fourgon, Tirs, Évasion — Incarville (2 mort(s))". */
function escapeIncidentText(incident: NonNullable<FugitiveDetail['escape_incident']>): string {
  const types = incident.event_types.map((type) => label('event_type', type)).join(', ');
  const killed = incident.killed > 0 ? ` (${t('fugitive.killed', { count: incident.killed })})` : '';
  return `${dateLabel(incident.occurred_start)} ${types} — ${incident.place}${killed}`;
}
