import { EVENT_TYPES, SEVERITIES } from '../../api/event-types.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';

/** The event types (none ticked: all of them) and the minimum severity of a subscription form. */
export function EventFilterFields({ defaultSeverity }: { defaultSeverity: string }) {
  return (
    <>
      <fieldset class="event-types">
        <legend>{t('subscriptions.events')}</legend>
        {EVENT_TYPES.map((type) => (
          <label key={type} class="checkbox">
            <input type="checkbox" name="events" value={type} /> {t(`event.${type}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('webhooks.minSeverity')}{' '}
        <select name="severity">
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity} selected={severity === defaultSeverity}>
              {t(`severity.${severity}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** The chosen event types and severity of a submitted form. */
export function eventFilter(form: FormData): {
  event_types: Array<(typeof EVENT_TYPES)[number]>;
  min_severity: (typeof SEVERITIES)[number];
} {
  // the boxes and the choice offer these lists only (event-types.ts, which a test holds equal to the server's)
  return {
    event_types: form.getAll('events').map(String) as Array<(typeof EVENT_TYPES)[number]>,
    min_severity: String(form.get('severity')) as (typeof SEVERITIES)[number],
  };
}

/** "all events" or the list of the chosen ones, in the reader's language. */
export function describeEvents(types: string[]): string {
  return types.length === 0
    ? t('subscriptions.allEvents')
    : types.map((type) => t(`event.${type}` as MessageKey)).join(', ');
}
