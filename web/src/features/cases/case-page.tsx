import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { getLang, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateLabel, dateTimeLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { spanLabel } from '../campaigns/detection-text.ts';
import {
  CASE_ROLES,
  CASE_STATES,
  type CaseDetail,
  type CaseItemType,
  type CaseRole,
  type CaseState,
  casesApi,
} from './cases-api.ts';
import { DisseminationLog, EvidencePanel, fieldErrors, HandoverDialog } from './case-panels.tsx';
import { TasksPanel } from './case-tasks.tsx';

/** The case page (`#/cases/:id`): what it holds, its evidence, notes, tasks, members, handovers, history, dissemination log and exports. */
export function CasePage({ id }: { id: string }) {
  useLang();
  const detail = useAsync(() => casesApi.get(id), [id]);
  const [notice, setNotice] = useState<string>();
  const [handover, setHandover] = useState(false);
  const reload = () => detail.reload();
  // A reload keeps the page (and the panels' notices) on screen until the new answer comes.
  const last = useRef<CaseDetail | undefined>(undefined);
  if (detail.data) last.current = detail.data;
  if (detail.status === 'loading' && !last.current)
    return (
      <section class="page">
        <Loading />
      </section>
    );
  if (detail.status === 'error') {
    return (
      <section class="page">
        <p>
          <a href={href('/cases')}>{t('case.back')}</a>
        </p>
        {detail.error instanceof ApiError && detail.error.status === 404 ? (
          <ErrorBanner error={t('case.notFound')} />
        ) : (
          <ErrorBanner error={detail.error} onRetry={reload} />
        )}
      </section>
    );
  }
  const data = detail.data ?? last.current!;
  return (
    <section
      class="page case-page"
      aria-labelledby="case-title"
      data-testid="case-page"
      data-state={data.state}
      data-lead={data.lead_org_id}
    >
      <p>
        <a href={href('/cases')}>{t('case.back')}</a>
      </p>
      <header class="alert-page__header">
        <p class="muted case-ref" data-testid="case-reference">
          {data.reference}
        </p>
        <h1 id="case-title">{data.title}</h1>
        <p class="alert-page__badges">
          <MarkingBadge marking={data.marking} />
          <span class={`badge case-state case-state--${data.state}`}>{t(`caseState.${data.state}` as MessageKey)}</span>
          <span class="muted" data-testid="case-lead">
            {t('cases.lead', { org: data.lead_org ?? data.lead_org_id })}
          </span>
        </p>
        {data.summary && <p>{data.summary}</p>}
      </header>
      {notice && (
        <InfoBanner>
          <span data-testid="case-notice">{notice}</span>
        </InfoBanner>
      )}
      {!data.can_write && (
        <p class="hint" data-testid="case-read-only">
          {t('case.readOnly')}
        </p>
      )}
      <CaseToolbar
        detail={data}
        onChanged={(text) => {
          setNotice(text);
          reload();
        }}
        onHandover={() => setHandover(true)}
      />
      {handover && (
        <HandoverDialog
          detail={data}
          onCancel={() => setHandover(false)}
          onDone={(org) => {
            setHandover(false);
            setNotice(t('case.handover.done', { org }));
            reload();
          }}
        />
      )}
      <div class="case-grid">
        <ItemsPanel detail={data} onChange={reload} />
        <EvidencePanel detail={data} onChange={reload} />
        <NotesPanel detail={data} onChange={reload} />
        <TasksPanel detail={data} onChange={reload} />
        <MembersPanel detail={data} onChange={reload} />
        <section class="panel" aria-labelledby="case-handovers-title">
          <h2 id="case-handovers-title">{t('case.handovers')}</h2>
          {data.handovers.length === 0 ? (
            <p class="muted">{t('common.none')}</p>
          ) : (
            <ul class="case-list" data-testid="case-handovers">
              {data.handovers.map((h) => (
                <li key={h.id}>
                  {t('case.handovers.line', {
                    date: dateTimeLabel(h.at),
                    from: h.from.name,
                    to: h.to.name,
                    reason: h.reason,
                  })}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('case.history')}</h2>
          <ol class="alert-history">
            {data.history.map((entry, index) => (
              <li key={index}>
                <span class="muted">{dateTimeLabel(entry.at)}</span> {entry.actor} · {entry.action}
              </li>
            ))}
          </ol>
        </section>
        <DisseminationLog caseId={data.id} version={data.version + data.history.length} />
      </div>
    </section>
  );
}

/** State change, handover and the three exports. */
function CaseToolbar({
  detail,
  onChanged,
  onHandover,
}: {
  detail: CaseDetail;
  onChanged: (notice: string) => void;
  onHandover: () => void;
}) {
  const [error, setError] = useState<Error>();
  const changeState = async (state: CaseState) => {
    try {
      await casesApi.update(detail.id, { version: detail.version, state });
      onChanged(t(`caseState.${state}` as MessageKey));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) onChanged(t('case.conflict'));
      else setError(caught as Error);
    }
  };
  const lang = getLang();
  return (
    <div class="case-toolbar">
      {error && <ErrorBanner error={error} />}
      {detail.can_write && (
        <div class="field">
          <label for="case-state">{t('case.state.change')}</label>
          <select
            id="case-state"
            value={detail.state}
            onChange={(event) => changeState(inputValue(event) as CaseState)}
          >
            {CASE_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`caseState.${state}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      )}
      {detail.can_write && detail.state !== 'closed' && (
        <button type="button" class="button" data-testid="case-handover" onClick={onHandover}>
          {t('case.handover')}
        </button>
      )}
      <span class="case-toolbar__exports" role="group" aria-label={t('case.export')}>
        <a
          class="button"
          data-testid="case-export-html"
          href={casesApi.exportUrl(detail.id, 'html', lang)}
          target="_blank"
          rel="noopener"
        >
          {t('case.export.html')}
        </a>
        <a class="button" data-testid="case-export-stix" href={casesApi.exportUrl(detail.id, 'stix', lang)}>
          {t('case.export.stix')}
        </a>
        <a class="button" data-testid="case-export-manifest" href={casesApi.exportUrl(detail.id, 'manifest', lang)}>
          {t('case.export.manifest')}
        </a>
      </span>
    </div>
  );
}

function ItemsPanel({ detail, onChange }: { detail: CaseDetail; onChange: () => void }) {
  const remove = async (type: CaseItemType, itemId: string) => {
    await casesApi.removeItem(detail.id, type, itemId);
    onChange();
  };
  const removeButton = (type: CaseItemType, itemId: string) =>
    detail.can_write && detail.state !== 'closed' ? (
      <button type="button" class="button button--small" onClick={() => remove(type, itemId)}>
        {t('case.item.remove')}
      </button>
    ) : null;
  const empty = detail.incidents.length + detail.campaigns.length + detail.actors.length === 0;
  return (
    <section class="panel" aria-labelledby="case-items-title" data-testid="case-items">
      <h2 id="case-items-title">{t('case.incidents', { count: detail.incidents.length })}</h2>
      {empty && <p class="muted">{t('case.items.empty')}</p>}
      <ul class="case-list">
        {detail.incidents.map((incident) => (
          <li key={incident.id} data-testid="case-incident">
            <a href={href(`/incidents/${incident.id}`)}>
              {dateLabel(incident.occurred_start)} · {incident.place ?? t('common.none')}
            </a>{' '}
            <MarkingBadge marking={incident.marking} /> {removeButton('incident', incident.id)}
            {incident.description && (
              <div class="muted" data-free-text>
                {incident.description}
              </div>
            )}
          </li>
        ))}
      </ul>
      {detail.campaigns.length > 0 && <h3>{t('case.campaigns', { count: detail.campaigns.length })}</h3>}
      <ul class="case-list">
        {detail.campaigns.map((campaign) => (
          <li key={campaign.id}>
            <a href={href(`/campaigns/${campaign.id}`)} data-testid="case-campaign">
              {t('campaign.title', { span: spanLabel(campaign.start_at, campaign.end_at) })}
            </a>{' '}
            {removeButton('campaign', campaign.id)}
          </li>
        ))}
      </ul>
      {detail.actors.length > 0 && <h3>{t('case.actors', { count: detail.actors.length })}</h3>}
      <ul class="case-list">
        {detail.actors.map((actor) => (
          <li key={actor.id}>
            <span data-testid="case-actor">
              {actor.name} <span class="muted">({t(`actorKind.${actor.kind}` as MessageKey)})</span>
            </span>{' '}
            {removeButton('actor', actor.id)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A one-field form that posts text and reloads; refusals show under the field. */
function TextForm({
  id,
  label,
  submit,
  onDone,
  multiline,
}: {
  id: string;
  label: string;
  submit: string;
  onDone: (text: string) => Promise<unknown>;
  multiline?: boolean;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<Error>();
  const send = async (event: Event) => {
    event.preventDefault();
    try {
      await onDone(text);
      setText('');
      setError(undefined);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const errors = [
    ...fieldErrors(error, 'text'),
    ...fieldErrors(error, 'title'),
    ...(error && !(error instanceof ApiError && error.details.length) ? [error.message] : []),
  ];
  return (
    <form class="case-inline-form" onSubmit={send}>
      <Field id={id} label={label} errors={errors}>
        {(aria) =>
          multiline ? (
            <textarea {...aria} rows={3} value={text} onInput={(event) => setText(inputValue(event))} />
          ) : (
            <input {...aria} value={text} onInput={(event) => setText(inputValue(event))} />
          )
        }
      </Field>
      <button type="submit" class="button" data-testid={`${id}-submit`}>
        {submit}
      </button>
    </form>
  );
}

function NotesPanel({ detail, onChange }: { detail: CaseDetail; onChange: () => void }) {
  return (
    <section class="panel" aria-labelledby="case-notes-title" data-testid="case-notes">
      <h2 id="case-notes-title">{t('case.notes')}</h2>
      {detail.notes.length === 0 && <p class="muted">{t('case.notes.empty')}</p>}
      {detail.notes.map((note) => (
        <article key={note.id} class="case-note" data-testid="case-note">
          <p class="muted">
            {note.author} · {dateTimeLabel(note.created_at)} <MarkingBadge marking={note.marking} />
          </p>
          <p>{note.text}</p>
        </article>
      ))}
      {detail.can_write && (
        <TextForm
          id="case-note-text"
          label={t('case.notes.text')}
          submit={t('case.notes.add')}
          multiline
          onDone={async (text) => {
            await casesApi.addNote(detail.id, text);
            onChange();
          }}
        />
      )}
    </section>
  );
}

function MembersPanel({ detail, onChange }: { detail: CaseDetail; onChange: () => void }) {
  const [user, setUser] = useState('');
  const [role, setRole] = useState<CaseRole>('investigator');
  const [error, setError] = useState<Error>();
  const add = async (event: Event) => {
    event.preventDefault();
    try {
      await casesApi.setMember(detail.id, { user, role });
      setUser('');
      setError(undefined);
      onChange();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <section class="panel" aria-labelledby="case-members-title" data-testid="case-members">
      <h2 id="case-members-title">{t('case.members')}</h2>
      <ul class="case-list">
        {detail.members.map((m) => (
          <li key={m.user_id}>
            {m.display_name ?? m.username} <span class="muted">· {t(`caseRole.${m.role}` as MessageKey)}</span>
          </li>
        ))}
      </ul>
      {detail.can_write && (
        <form class="case-inline-form" onSubmit={add}>
          <Field id="case-member-user" label={t('case.members.user')} errors={fieldErrors(error, 'user')}>
            {(aria) => <input {...aria} value={user} onInput={(event) => setUser(inputValue(event))} />}
          </Field>
          <Field id="case-member-role" label={t('case.members.role')} errors={fieldErrors(error, 'role')}>
            {(aria) => (
              <select {...aria} value={role} onChange={(event) => setRole(inputValue(event) as CaseRole)}>
                {CASE_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`caseRole.${r}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" class="button">
            {t('case.members.add')}
          </button>
        </form>
      )}
    </section>
  );
}
