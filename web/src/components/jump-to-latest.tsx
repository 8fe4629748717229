import { useEffect, useState } from 'preact/hooks';
import { t, useLang } from '../i18n/i18n.ts';
import { dateLabel } from '../lib/dates.ts';
import { latestActivityDay, periodEndingOn, type Period } from '../lib/opening-period.ts';

/**
 * Beside an empty period: "Aller à la dernière activité (16 avr. 2025)", which shows the 7 days that
 * end with the newest incident the reader may see. Nothing when there is no incident at all.
 */
export function JumpToLatest({ onPeriod }: { onPeriod: (period: Period) => void }) {
  useLang();
  const [latest, setLatest] = useState<string | null>();
  useEffect(() => {
    let live = true;
    latestActivityDay().then(
      (day) => {
        if (live) setLatest(day ?? null);
      },
      () => {
        if (live) setLatest(null);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (!latest) return null;
  return (
    <button
      type="button"
      class="button button--small"
      data-testid="jump-to-latest"
      onClick={() => onPeriod(periodEndingOn(latest))}
    >
      {t('period.jumpLatest', { date: dateLabel(latest) })}
    </button>
  );
}
