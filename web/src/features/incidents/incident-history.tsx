import { api } from '../../api/client.ts';
import type { Incident, IncidentChange } from '../../api/types.ts';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel, occurredLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';

const FIELD_NAMES: Record<string, MessageKey> = {
  occurred: 'incident.when',
  reported_at: 'incident.reportedAt',
  facility: 'incident.facility',
  place: 'incident.where',
  spot: 'form.spot',
  event_types: 'incident.eventTypes',
  target_kinds: 'incident.targetKinds',
  weapons: 'incident.weapons',
  signatures: 'incident.signatures',
  casualties: 'incident.casualties',
  damage: 'incident.damage',
  description: 'incident.description',
  status: 'incident.status',
  duplicate_of: 'history.field.duplicateOf',
  sources: 'incident.sources',
  marking: 'marking.label',
  compartments: 'incident.compartments',
  external_id: 'incident.externalId',
  staff: 'history.field.staff',
};

type Value = unknown;
const asList = (value: Value) => (Array.isArray(value) ? value : []);

/** A field's value in the reader's words: labels for closed lists, names for facilities, dates as on the page. */
function valueText(field: string, value: Value, timezone: string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return t('common.none');
  switch (field) {
    case 'facility':
      return (value as { name?: string }).name ?? String(value);
    case 'spot':
      return label('site_spot', String(value));
    case 'status':
      return label('status', String(value));
    case 'event_types':
      return asList(value)
        .map((v) => label('event_type', String(v)))
        .join(', ');
    case 'target_kinds':
      return asList(value)
        .map((v) => label('target_kind', String(v)))
        .join(', ');
    case 'signatures':
      return asList(value)
        .map((v) => (v as { text: string }).text)
        .join(', ');
    case 'sources':
      // each with its grade: a correction of the grade alone reads "Dépêche (F6) → Dépêche (B2)"
      return asList(value)
        .map((v) => {
          const source = v as {
            title?: string;
            outlet?: string;
            kind: string;
            reliability?: string;
            credibility?: number;
          };
          const name = source.title ?? source.outlet ?? label('source_kind', source.kind);
          return source.reliability ? `${name} (${source.reliability}${source.credibility ?? ''})` : name;
        })
        .join(' ; ');
    case 'casualties':
      return t('incident.casualties.value', value as { killed: number; injured: number });
    case 'occurred':
      return occurredLabel({ ...(value as { start: string; end: string; precision: string }), timezone });
    case 'reported_at':
      return dateTimeLabel(String(value));
    case 'place': {
      const place = value as { commune?: string; lat: number; lon: number };
      return place.commune ?? `${place.lat}, ${place.lon}`;
    }
    default:
      return Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  }
}

function ChangeLine({ change, timezone }: { change: IncidentChange['changes'][number]; timezone: string }) {
  const name = FIELD_NAMES[change.field] ? t(FIELD_NAMES[change.field]) : change.field;
  if (change.field === 'staff') return <li>{t('history.staffChanged')}</li>;
  if (change.field === 'duplicate_of' && typeof change.after === 'string') {
    return (
      <li>
        <span class="history__field">{name}</span>
        {t('common.colon')}
        <a href={href(`/incidents/${change.after}`)}>{t('history.mergedInto')}</a>
      </li>
    );
  }
  return (
    <li data-field={change.field}>
      <span class="history__field">{name}</span>
      {t('common.colon')}
      <del>{valueText(change.field, change.before, timezone)}</del> →{' '}
      <ins>{valueText(change.field, change.after, timezone)}</ins>
    </li>
  );
}

/** The history of an incident's changes, newest first: who, when, what changed and why. */
export function IncidentHistory({ incident }: { incident: Incident }) {
  useLang();
  const history = useAsync(() => api.incidentHistory(incident.id), [incident.id, incident.version]);
  return (
    <section class="incident__section" aria-labelledby="history-title" data-testid="incident-history">
      <h2 id="history-title">{t('history.title')}</h2>
      {history.status === 'loading' && <Loading />}
      {history.status === 'error' && <ErrorBanner error={history.error} onRetry={history.reload} />}
      {history.status === 'ready' && (
        <ol class="history" reversed>
          {[...history.data.items].reverse().map((entry) => (
            <li key={entry.version} class="history__entry" data-testid="history-entry">
              <p class="history__head">
                <strong>
                  {t('history.entry', {
                    version: entry.version,
                    actor: entry.actor,
                    date: dateTimeLabel(entry.changed_at),
                  })}
                </strong>
              </p>
              {entry.reason && (
                <p class="history__reason" data-testid="history-reason">
                  {t('history.reason', { reason: entry.reason })}
                </p>
              )}
              {entry.changes.length === 0 ? (
                <p class="muted">{t('history.noField')}</p>
              ) : (
                <ul class="history__changes">
                  {entry.changes.map((change) => (
                    <ChangeLine key={change.field} change={change} timezone={incident.occurred.timezone} />
                  ))}
                </ul>
              )}
            </li>
          ))}
          <li class="history__entry history__entry--created">
            <p class="history__head">{t('history.created', { date: dateTimeLabel(incident.created_at) })}</p>
          </li>
        </ol>
      )}
    </section>
  );
}
