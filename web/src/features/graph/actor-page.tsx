import { issueText } from '../../api/error-words.ts';
import { useEffect, useState } from 'preact/hooks';
import { actorsApi } from '../../api/actors-client.ts';
import {
  PLACEMENTS,
  RISK_FACTORS,
  type ActorDetail,
  type DetaineeProfile,
  type Placement,
  type RiskFactor,
} from '../../api/actors-types.ts';
import { ApiError } from '../../api/http.ts';
import type { Marking } from '../../api/types.ts';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { canDecide, useUser } from '../auth/session.ts';
import { riskReasons } from './risk-reasons.ts';

const fieldErrors = (error: unknown, path: string) =>
  error instanceof ApiError ? error.details.filter((detail) => detail.path === path).map(issueText) : [];

/** An entity's page (`#/actors/:id`): attributes, relationships, incidents, and a person's risk profile. */
export function ActorPage({ id }: { id: string }) {
  useLang();
  const user = useUser();
  const actor = useAsync(() => actorsApi.get(id), [id]);
  // A reload after a save keeps the page (and the form's confirmation) on screen until the answer comes.
  const [last, setLast] = useState<ActorDetail | null>(null);
  useEffect(() => {
    if (actor.status === 'ready') setLast(actor.data);
  }, [actor.status, actor.data]);
  const detail = actor.status === 'ready' ? actor.data : last?.id === id ? last : null;
  if (actor.status === 'error')
    return (
      <section class="page">
        <ErrorBanner error={actor.error} onRetry={actor.reload} />
      </section>
    );
  if (!detail)
    return (
      <section class="page">
        <Loading />
      </section>
    );
  return (
    <section class="page" aria-labelledby="actor-title" data-testid="actor-page">
      <div class="page__header">
        <h1 id="actor-title">
          {detail.name}{' '}
          <span class="muted">
            ({t(`actorKind.${detail.kind}` as MessageKey)}
            {detail.subkind ? ` · ${label('organisation_kind', detail.subkind)}` : ''})
          </span>
        </h1>
        <a class="button" href={href('/graph', { start: detail.id })}>
          {t('actor.explore')}
        </a>
      </div>
      <p>
        <MarkingBadge marking={detail.marking} />
      </p>
      {detail.description && <p>{detail.description}</p>}
      <Facts detail={detail} />
      <h2>{t('actor.relationships')}</h2>
      <Relationships detail={detail} />
      <h2>{t('actor.incidents')}</h2>
      {detail.incidents.length === 0 ? (
        <EmptyState>{t('actor.noIncidents')}</EmptyState>
      ) : (
        <ul data-testid="actor-incidents">
          {detail.incidents.map(({ role, incident }) => (
            <li key={`${incident.id}-${role}`}>
              <a href={href(`/incidents/${incident.id}`)}>
                {dateLabel(incident.occurred_start)} · {incident.facility?.name ?? '—'}
              </a>{' '}
              <span class="muted">
                ({t(`incidentRole.${role}` as MessageKey)}
                {incident.signatures.length ? ` · ${incident.signatures.join(', ')}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      {detail.kind === 'person' && (
        <>
          <h2>{t('actor.profile')}</h2>
          <ProfileSection
            actorId={detail.id}
            profile={detail.detainee_profile}
            editable={canDecide(user)}
            onSaved={actor.reload}
          />
        </>
      )}
    </section>
  );
}

function Facts({ detail }: { detail: ActorDetail }) {
  const attributes = Object.entries(detail.attributes);
  return (
    <dl class="actor-facts">
      {detail.aliases.length > 0 && (
        <>
          <dt>{t('actor.aliases')}</dt>
          <dd>{detail.aliases.join(', ')}</dd>
        </>
      )}
      {detail.facility && (
        <>
          <dt>{t('actor.facility')}</dt>
          <dd>{detail.facility.name}</dd>
        </>
      )}
      <dt>{t('actor.attributes')}</dt>
      <dd>
        {attributes.length === 0
          ? t('actor.noAttributes')
          : attributes.map(([key, value]) => `${key}: ${String(value)}`).join(' · ')}
      </dd>
    </dl>
  );
}

function Relationships({ detail }: { detail: ActorDetail }) {
  if (detail.relationships.length === 0) return <EmptyState>{t('actor.noRelationships')}</EmptyState>;
  return (
    <div class="table-wrap">
      <table class="table" data-testid="actor-relationships">
        <thead>
          <tr>
            <th scope="col">{t('actor.rel.kind')}</th>
            <th scope="col">{t('actor.rel.other')}</th>
            <th scope="col">{t('actor.rel.confidence')}</th>
            <th scope="col">{t('actor.rel.validity')}</th>
            <th scope="col">{t('actor.rel.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.relationships.map((row) => (
            <tr key={row.id}>
              <td>
                {row.direction === 'out'
                  ? `→ ${t(`relKind.${row.kind}` as MessageKey)}`
                  : `← ${t(`relKind.${row.kind}` as MessageKey)}`}
              </td>
              <td>
                <a href={href(`/actors/${row.other.id}`)}>{row.other.name}</a>{' '}
                <span class="muted">({t(`actorKind.${row.other.kind}` as MessageKey)})</span>
              </td>
              <td>{row.confidence}</td>
              <td>
                {[
                  row.valid_from && t('actor.rel.from', { date: dateLabel(row.valid_from) }),
                  row.valid_until && t('actor.rel.until', { date: dateLabel(row.valid_until) }),
                ]
                  .filter(Boolean)
                  .join(' ') || '—'}
              </td>
              <td>
                {row.sources
                  .map(
                    (source) =>
                      `${source.title ?? label('source_kind', source.kind)} (${source.reliability}${source.credibility})`,
                  )
                  .join(' · ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The profile, and for analysts a form recording a new assessment. */
function ProfileSection({
  actorId,
  profile,
  editable,
  onSaved,
}: {
  actorId: string;
  profile: DetaineeProfile | null;
  editable: boolean;
  onSaved: () => void;
}) {
  const [values, setValues] = useState<Record<RiskFactor, number>>(
    () => Object.fromEntries(RISK_FACTORS.map((name) => [name, profile?.[name] ?? 0])) as Record<RiskFactor, number>,
  );
  const [facility, setFacility] = useState(profile?.facility?.id ?? '');
  const [placement, setPlacement] = useState<Placement>(profile?.placement ?? 'ordinary');
  const [notes, setNotes] = useState(profile?.notes ?? '');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const save = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await actorsApi.saveProfile(actorId, {
        facility,
        placement,
        notes: notes || undefined,
        ...values,
        // the profile's marking as read: the API declares a read marking as a string, a written one as TLP
        marking: (profile?.marking ?? 'AMBER') as Marking,
      });
      setSaved(result.score);
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div data-testid="detainee-profile">
      {profile ? (
        <p>
          <span class={`risk-score${profile.score >= 8 ? ' risk-score--high' : ''}`}>
            {t('actor.profileScore', { score: profile.score })}
          </span>
          {' · '}
          {profile.facility?.name ?? '—'}
          {' · '}
          {t(`placement.${profile.placement}` as MessageKey)}
          {riskReasons(profile).length > 0 && <> — {riskReasons(profile).join(' · ')}</>}{' '}
          <span class="muted">{t('detainees.assessed', { date: dateLabel(profile.assessed_at) })}</span>
        </p>
      ) : (
        <EmptyState>{t('actor.noProfile')}</EmptyState>
      )}
      {editable && (
        <form class="risk-form" onSubmit={save} noValidate>
          <Field
            id="profile-facility"
            label={t('actor.profileFacility')}
            hint={t('actor.profileFacilityHint')}
            errors={fieldErrors(error, 'facility')}
          >
            {(aria) => <input {...aria} value={facility} onInput={(event) => setFacility(inputValue(event))} />}
          </Field>
          <Field id="profile-placement" label={t('actor.profilePlacement')} errors={fieldErrors(error, 'placement')}>
            {(aria) => (
              <select {...aria} value={placement} onChange={(event) => setPlacement(inputValue(event) as Placement)}>
                {PLACEMENTS.map((value) => (
                  <option key={value} value={value}>
                    {t(`placement.${value}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {RISK_FACTORS.map((name) => (
            <Field
              key={name}
              id={`profile-${name}`}
              label={t(`riskFactor.${name}` as MessageKey)}
              errors={fieldErrors(error, name)}
            >
              {(aria) => (
                <select
                  {...aria}
                  value={String(values[name])}
                  onChange={(event) => setValues({ ...values, [name]: Number(inputValue(event)) })}
                >
                  {[0, 1, 2, 3].map((value) => (
                    <option key={value} value={String(value)}>
                      {value}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
          <Field id="profile-notes" label={t('actor.profileNotes')} errors={fieldErrors(error, 'notes')}>
            {(aria) => <input {...aria} value={notes} onInput={(event) => setNotes(inputValue(event))} />}
          </Field>
          <div>
            <button type="submit" class="button button--primary">
              {t('actor.profileSave')}
            </button>
          </div>
          <p class="field__hint">{t('actor.profileHint')}</p>
          {error instanceof Error && !(error instanceof ApiError && error.details.length > 0) && (
            <ErrorBanner error={error} />
          )}
          {saved !== null && <InfoBanner>{t('actor.profileSaved', { score: saved })}</InfoBanner>}
        </form>
      )}
    </div>
  );
}
