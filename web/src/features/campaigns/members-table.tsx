import { ConfirmButton } from '../../components/confirm-button.tsx';
import { ProtectionBadges } from '../../components/marking-badge.tsx';
import { label, t } from '../../i18n/i18n.ts';
import { occurredLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { placeLabel } from '../incidents/incident-list-page.tsx';
import type { Member } from './campaign-members.ts';

/**
 * The members, numbered as on the map and the graph, each linking to its incident. Deciders also
 * see a checkbox to put a member in the second group of a split, and a button to exclude it.
 */
export function MembersTable({
  members,
  decide,
  secondGroup,
  onSecondGroup,
  busy,
}: {
  members: Member[];
  /** absent: the reader may not decide */
  decide?: (incident: string) => void;
  secondGroup: Set<string>;
  onSecondGroup: (next: Set<string>) => void;
  busy: boolean;
}) {
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(secondGroup);
    if (checked) next.add(id);
    else next.delete(id);
    onSecondGroup(next);
  };
  return (
    <div class="table-wrap">
      <table class="table" data-testid="members-table">
        <caption class="visually-hidden">{t('campaign.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('campaign.col.number')}</th>
            <th scope="col">{t('list.col.date')}</th>
            <th scope="col">{t('list.col.place')}</th>
            <th scope="col">{t('list.col.types')}</th>
            <th scope="col">{t('list.col.signatures')}</th>
            <th scope="col">{t('list.col.status')}</th>
            {decide && <th scope="col">{t('campaign.col.secondGroup')}</th>}
            {decide && (
              <th scope="col">
                <span class="visually-hidden">{t('campaign.col.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const { incident } = member;
            return (
              <tr key={incident.id} data-testid="member-row" data-id={incident.id}>
                <td>
                  <span class="member-number" style={{ background: member.color }}>
                    {member.number}
                  </span>
                </td>
                <td>
                  <a href={href(`/incidents/${incident.id}`)}>{occurredLabel(incident.occurred)}</a>
                </td>
                <td>
                  {placeLabel(incident)}{' '}
                  <ProtectionBadges marking={incident.marking} compartments={incident.compartments} />
                </td>
                <td>{incident.event_types.map((type) => label('event_type', type)).join(', ')}</td>
                <td>
                  {incident.signatures.map((signature) => (
                    <span key={signature.normalized} class="tag">
                      {signature.text}
                    </span>
                  ))}
                </td>
                <td>
                  <span class={`badge badge--${incident.status}`}>{label('status', incident.status)}</span>
                </td>
                {decide && (
                  <td>
                    <label class="checkbox">
                      <input
                        type="checkbox"
                        checked={secondGroup.has(incident.id)}
                        disabled={busy}
                        data-testid="second-group"
                        onChange={(event) => toggle(incident.id, (event.currentTarget as HTMLInputElement).checked)}
                      />
                      <span class="visually-hidden">{t('campaign.secondGroup.label', { number: member.number })}</span>
                    </label>
                  </td>
                )}
                {decide && (
                  <td>
                    <ConfirmButton
                      label={t('decision.exclude')}
                      confirmLabel={t('decision.exclude.confirm', { number: member.number })}
                      disabled={busy}
                      onConfirm={() => decide(incident.id)}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
