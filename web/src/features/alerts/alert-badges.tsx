import type { AlertState, PostureLevel, Severity } from '../../api/alerts-types.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';

/** A severity as a coloured badge: info, low, medium, high, critical. */
export function SeverityBadge({ severity }: { severity: Severity | string }) {
  return (
    <span class={`badge severity severity--${severity}`} data-testid="severity" data-severity={severity}>
      {t(`severity.${severity}` as MessageKey)}
    </span>
  );
}

/** The state of an alert: open, acknowledged, resolved, dismissed. */
export function AlertStateBadge({ state }: { state: AlertState | string }) {
  return (
    <span class={`badge alert-state alert-state--${state}`} data-testid="alert-state" data-state={state}>
      {t(`alertState.${state}` as MessageKey)}
    </span>
  );
}

/** A posture level in its colour (normal, reinforced, high, maximal). */
export function PostureBadge({ level }: { level: PostureLevel | string }) {
  return (
    <span class={`badge posture posture--${level}`} data-testid="posture-level" data-level={level}>
      {t(`postureLevel.${level}` as MessageKey)}
    </span>
  );
}

/** "Previous · page n of m · Next" under a list that has more than one page. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  const text = t('alerts.page', { page: page + 1, pages });
  return (
    <nav class="list-footer" aria-label={text}>
      <button type="button" class="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('alerts.previous')}
      </button>
      <span>{text}</span>
      <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('alerts.next')}
      </button>
    </nav>
  );
}

/** A filter of chips, one pressed at a time, as in the review queue. */
export function ChipFilter<T extends string>({
  legend,
  options,
  value,
  onChange,
  testId,
}: {
  legend: string;
  options: Array<[T, string]>;
  value: T;
  onChange: (value: T) => void;
  testId?: string;
}) {
  return (
    <fieldset class="period state-filter" data-testid={testId}>
      <legend>{legend}</legend>
      <div class="period__presets" role="group">
        {options.map(([option, text]) => (
          <button
            key={option}
            type="button"
            class="chip"
            aria-pressed={value === option}
            data-value={option}
            onClick={() => onChange(option)}
          >
            {text}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
