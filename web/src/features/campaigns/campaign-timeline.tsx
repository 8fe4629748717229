import { label, locale, t } from '../../i18n/i18n.ts';
import { addDays } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import type { Member } from './campaign-members.ts';
import { nightOf } from './detection-text.ts';

/** Nights with no member between two that have some are drawn up to this span; beyond, only nights with members. */
const MAX_CONTINUOUS_NIGHTS = 10;

const utcFormat = (date: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', ...options }).format(new Date(`${date}T12:00:00Z`));

/** "nuit du 14 au 15 avr. 2025" for the evening `date`. */
export function nightLabel(date: string): string {
  const next = addDays(date, 1);
  const sameMonth = date.slice(0, 7) === next.slice(0, 7);
  return t('date.night', {
    start: utcFormat(date, sameMonth ? { day: 'numeric' } : { day: 'numeric', month: 'short' }),
    end: utcFormat(next, { day: 'numeric', month: 'short', year: 'numeric' }),
  });
}

/** The hour of a member when it is known to the hour, else "in the night" / "during the day". */
function whenInNight(member: Member): string {
  const { occurred } = member.incident;
  if (occurred.precision === 'exact' || occurred.precision === 'hour') {
    return new Intl.DateTimeFormat(locale(), {
      timeZone: occurred.timezone || 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(occurred.start));
  }
  return occurred.precision === 'night' ? t('timeline.duringNight') : label('time_precision', occurred.precision);
}

/** The members night by night: one column per night, the members in the order they happened. */
export function CampaignTimeline({ members }: { members: Member[] }) {
  const byNight = new Map<string, Member[]>();
  for (const member of members) {
    const night = nightOf(member.incident.occurred.start, member.incident.occurred.timezone || 'Europe/Paris');
    byNight.set(night, [...(byNight.get(night) ?? []), member]);
  }
  const known = [...byNight.keys()].sort();
  let nights = known;
  if (known.length > 1) {
    const all: string[] = [];
    for (
      let night = known[0];
      night <= known[known.length - 1] && all.length <= MAX_CONTINUOUS_NIGHTS;
      night = addDays(night, 1)
    )
      all.push(night);
    if (all.length <= MAX_CONTINUOUS_NIGHTS) nights = all;
  }
  return (
    <ol class="timeline" data-testid="campaign-timeline" aria-label={t('timeline.aria')}>
      {nights.map((night) => (
        <li key={night} class="timeline__night" data-testid="timeline-night" data-night={night}>
          <h3 class="timeline__title">{nightLabel(night)}</h3>
          {(byNight.get(night) ?? []).length === 0 && <p class="muted timeline__empty">{t('timeline.none')}</p>}
          <ul class="timeline__members">
            {(byNight.get(night) ?? []).map((member) => (
              <li key={member.incident.id} class="timeline__member">
                <span class="member-number" style={{ background: member.color }} aria-hidden="true">
                  {member.number}
                </span>
                <span>
                  <span class="timeline__time">{whenInNight(member)}</span>{' '}
                  <a href={href(`/incidents/${member.incident.id}`)}>{member.place}</a>
                  <br />
                  <small>{member.incident.event_types.map((type) => label('event_type', type)).join(', ')}</small>
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
