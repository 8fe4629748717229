import { addDays, today } from '../lib/dates.ts';
import { lastDays, periodName, type Period } from '../lib/opening-period.ts';
import { t } from '../i18n/i18n.ts';

export type { Period };
export { lastDays };

const PRESETS = [
  { key: 'map.preset.7d', days: 7 },
  { key: 'map.preset.30d', days: 30 },
  { key: 'map.preset.1y', days: 365 },
] as const;

/**
 * Preset buttons (7 days, 30 days, 1 year, all), two date inputs and the period in words
 * ("7 derniers jours, jusqu'à maintenant"), so a page always says what it shows. Presets end today;
 * "all" removes both bounds.
 */
export function PeriodControl({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: Period;
  onChange: (period: Period) => void;
}) {
  const isPreset = (days: number) => value.to === today() && value.from === addDays(today(), -days);
  return (
    <fieldset class="period">
      <legend>{t('map.period')}</legend>
      <p class="period__name" data-testid="period-name" aria-live="polite">
        {periodName(value)}
      </p>
      <div class="period__presets" role="group">
        {PRESETS.map((preset) => (
          <button
            key={preset.key}
            type="button"
            class="chip"
            aria-pressed={isPreset(preset.days)}
            onClick={() => onChange(lastDays(preset.days))}
          >
            {t(preset.key)}
          </button>
        ))}
        <button type="button" class="chip" aria-pressed={!value.from && !value.to} onClick={() => onChange({})}>
          {t('map.preset.all')}
        </button>
      </div>
      <div class="period__dates">
        <label for={`${idPrefix}-from`}>{t('common.from')}</label>
        <input
          id={`${idPrefix}-from`}
          type="date"
          value={value.from ?? ''}
          max={value.to}
          onChange={(event) =>
            onChange({ ...value, from: (event.currentTarget as HTMLInputElement).value || undefined })
          }
        />
        <label for={`${idPrefix}-to`}>{t('common.to')}</label>
        <input
          id={`${idPrefix}-to`}
          type="date"
          value={value.to ?? ''}
          min={value.from}
          onChange={(event) => onChange({ ...value, to: (event.currentTarget as HTMLInputElement).value || undefined })}
        />
      </div>
    </fieldset>
  );
}
