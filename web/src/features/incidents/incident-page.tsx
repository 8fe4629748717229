import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../api/client.ts';
import type { Incident } from '../../api/types.ts';
import { MarkingBadge, ProtectionBadges } from '../../components/marking-badge.tsx';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateLabel, dateTimeLabel, occurredLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { IncidentLinks } from './incident-links.tsx';
import { AddToCase } from '../cases/add-to-case.tsx';
import { IncidentMiniMap } from './incident-mini-map.tsx';
import { StaffSection } from './staff-section.tsx';
import { IncidentActions } from './incident-actions.tsx';
import { IncidentEditForm } from './incident-edit.tsx';
import { IncidentHistory } from './incident-history.tsx';

/** One incident with all its fields, its sources, a small map and status changes. */
export function IncidentPage({ id, created }: { id: string; created?: boolean }) {
  useLang();
  const loaded = useAsync(() => api.incident(id), [id]);
  const [incident, setIncident] = useState<Incident>();
  useEffect(() => {
    setIncident(loaded.data);
  }, [loaded.data]);

  if (loaded.status === 'loading')
    return (
      <section class="page">
        <Loading />
      </section>
    );
  if (loaded.status === 'error') {
    return (
      <section class="page">
        {/* A refusal (unknown or malformed id) will not change on retry; a network failure may. */}
        <ErrorBanner
          error={loaded.error}
          onRetry={
            loaded.error instanceof ApiError && loaded.error.status < 500 && loaded.error.status > 0
              ? undefined
              : loaded.reload
          }
        />
        <p>
          <a href={href('/incidents')}>{t('incident.back')}</a>
        </p>
      </section>
    );
  }
  if (!incident) return null;
  return <IncidentDetail incident={incident} created={created} onChange={setIncident} onReload={loaded.reload} />;
}

function IncidentDetail({
  incident,
  created,
  onChange,
  onReload,
}: {
  incident: Incident;
  created?: boolean;
  onChange: (incident: Incident) => void;
  onReload: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const reference = useAsync(() => api.reference(), []);
  const types = incident.event_types.map((type) => label('event_type', type)).join(', ');
  const where = incident.facility?.name ?? incident.place.commune ?? `${incident.place.lat}, ${incident.place.lon}`;
  return (
    <article class="page incident" aria-labelledby="incident-title">
      <p>
        <a href={href('/incidents')}>← {t('incident.back')}</a>
      </p>
      {created && <InfoBanner>{t('incident.created')}</InfoBanner>}
      <header class="incident__header">
        <h1 id="incident-title">{types}</h1>
        <p class="incident__subtitle">
          <span data-testid="incident-when">{occurredLabel(incident.occurred)}</span> ·{' '}
          <span data-testid="incident-where">{where}</span>{' '}
          <span class={`badge badge--${incident.status}`} data-testid="incident-status">
            {label('status', incident.status)}
          </span>{' '}
          <ProtectionBadges marking={incident.marking} compartments={incident.compartments} />
        </p>
      </header>
      <IncidentActions incident={incident} onChange={onChange} onReload={onReload} onEdit={() => setEditing(true)} />
      {incident.duplicate_of && (
        <InfoBanner>
          <span data-testid="duplicate-of">
            {t('merge.isDuplicate')} <a href={href(`/incidents/${incident.duplicate_of}`)}>{t('merge.original')}</a>
          </span>
        </InfoBanner>
      )}
      {editing && reference.data && (
        <IncidentEditForm
          key={incident.version}
          incident={incident}
          reference={reference.data}
          onCancel={() => setEditing(false)}
          onReload={onReload}
          onSaved={(updated) => {
            onChange(updated);
            setEditing(false);
            setSaved(true);
          }}
        />
      )}
      {saved && !editing && (
        <InfoBanner>
          <span data-testid="edit-saved">{t('edit.saved')}</span>
        </InfoBanner>
      )}
      <div class="incident__body">
        <div class="incident__fields">
          <Section title={t('incident.when')}>
            <Field name={t('list.col.date')}>{occurredLabel(incident.occurred)}</Field>
            <Field name={t('incident.timePrecision')}>{label('time_precision', incident.occurred.precision)}</Field>
            <Field name={t('incident.timezone')}>{incident.occurred.timezone}</Field>
            {incident.reported_at && (
              <Field name={t('incident.reportedAt')}>{dateTimeLabel(incident.reported_at)}</Field>
            )}
          </Section>
          <Section title={t('incident.where')}>
            {incident.facility && (
              <Field name={t('incident.facility')}>
                <a href={href('/incidents', { facility: incident.facility.id })}>{incident.facility.name}</a> (
                {label('facility_kind', incident.facility.kind)})
              </Field>
            )}
            <Field name={t('form.spot')}>
              <span data-testid="incident-spot">
                {incident.spot ? label('site_spot', incident.spot) : t('form.spot.unknown')}
              </span>
            </Field>
            {incident.place.commune && <Field name={t('incident.commune')}>{incident.place.commune}</Field>}
            {incident.place.department && (
              <Field name={t('incident.department')}>
                {incident.place.department.code} — {incident.place.department.name}
              </Field>
            )}
            {incident.place.directorate && (
              <Field name={t('incident.directorate')}>{incident.place.directorate.name}</Field>
            )}
            <Field name={t('incident.coordinates')}>
              {incident.place.lat.toFixed(5)}, {incident.place.lon.toFixed(5)}
            </Field>
            <Field name={t('incident.placePrecision')}>{label('place_precision', incident.place.precision)}</Field>
          </Section>
          <Section title={t('incident.facts')}>
            <Field name={t('incident.eventTypes')}>{types}</Field>
            <Field name={t('incident.targetKinds')}>
              {list(incident.target_kinds.map((kind) => label('target_kind', kind)))}
            </Field>
            <Field name={t('incident.weapons')}>{list(incident.weapons)}</Field>
            <Field name={t('incident.signatures')}>
              {incident.signatures.length === 0
                ? t('common.none')
                : incident.signatures.map((signature) => (
                    <span key={signature.normalized} class="tag" title={label('signature_kind', signature.kind)}>
                      {signature.text} <small>({label('signature_kind', signature.kind)})</small>
                    </span>
                  ))}
            </Field>
            <Field name={t('incident.casualties')}>{t('incident.casualties.value', incident.casualties)}</Field>
            <Field name={t('incident.damage')}>{incident.damage || t('common.none')}</Field>
            <Field name={t('incident.status')}>{label('status', incident.status)}</Field>
          </Section>
          <StaffSection staff={incident.staff} />
          {incident.description && (
            <Section title={t('incident.description')}>
              <p class="incident__description">{incident.description}</p>
            </Section>
          )}
          <Section title={t('incident.sources')}>
            {incident.sources.length === 0 ? (
              <p>{t('incident.sources.none')}</p>
            ) : (
              <ul class="sources">
                {incident.sources.map((source, index) => (
                  <li key={index}>
                    <span
                      class="grade"
                      role="img"
                      title={`${t(`reliability.${source.reliability}` as never)} / ${t(`credibility.${source.credibility}` as never)}`}
                      aria-label={`${t('incident.source.grade')} ${source.reliability}${source.credibility}`}
                    >
                      {source.reliability}
                      {source.credibility}
                    </span>{' '}
                    {source.outlet ? <strong>{source.outlet}</strong> : label('source_kind', source.kind)}
                    {source.title && (
                      <>
                        {' '}
                        —{' '}
                        {source.url ? (
                          <a href={source.url} rel="noopener noreferrer" target="_blank">
                            {source.title}
                          </a>
                        ) : (
                          source.title
                        )}
                      </>
                    )}
                    {!source.title && source.url && (
                      <>
                        {' '}
                        —{' '}
                        <a href={source.url} rel="noopener noreferrer" target="_blank">
                          {source.url}
                        </a>
                      </>
                    )}
                    {source.published_at && (
                      <span class="muted">
                        {' '}
                        ({t('incident.source.published', { date: dateLabel(source.published_at) })})
                      </span>
                    )}
                    {source.graded_by && (
                      <span class="muted"> · {t(`incident.source.gradedBy.${source.graded_by}` as MessageKey)}</span>
                    )}
                    {source.corroborating_outlets && source.reported_credibility && (
                      <span class="muted" data-testid="source-corroborated">
                        {' '}
                        ·{' '}
                        {t('incident.source.corroborated', {
                          outlets: source.corroborating_outlets,
                          alone: source.reported_credibility,
                        })}
                      </span>
                    )}
                    {source.candidate_id && (
                      <>
                        {' '}
                        ·{' '}
                        <a href={href(`/review/${source.candidate_id}`)} data-testid="source-evidence">
                          {t('incident.source.evidence')}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <IncidentHistory incident={incident} />
          <IncidentLinks incident={incident} />
          <AddToCase type="incident" itemId={incident.id} />
          <Section title={t('incident.record')}>
            {incident.external_id && <Field name={t('incident.externalId')}>{incident.external_id}</Field>}
            <Field name={t('marking.label')}>
              <MarkingBadge marking={incident.marking} />{' '}
              <span class="muted">{t(`marking.${incident.marking}` as MessageKey)}</span>
            </Field>
            <Field name={t('incident.compartments')}>
              {incident.compartments.length ? incident.compartments.join(', ') : t('incident.compartments.none')}
            </Field>
            <Field name={t('incident.version')}>{incident.version}</Field>
            <Field name={t('incident.createdAt')}>{dateTimeLabel(incident.created_at)}</Field>
            <Field name={t('incident.updatedAt')}>{dateTimeLabel(incident.updated_at)}</Field>
          </Section>
        </div>
        <IncidentMiniMap
          occurred={incident.occurred}
          lat={incident.place.lat}
          lon={incident.place.lon}
          eventType={incident.event_types[0]}
          name={where}
        />
      </div>
    </article>
  );
}

const list = (values: string[]) => (values.length ? values.join(', ') : t('common.none'));

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="incident__section">
      <h2>{title}</h2>
      <dl class="fields">{children}</dl>
    </section>
  );
}

function Field({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <div class="fields__row">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}
