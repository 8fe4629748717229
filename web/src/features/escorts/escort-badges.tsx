import { t, type MessageKey } from '../../i18n/i18n.ts';

/** An escort level, coloured from standard to maximal. */
export function LevelBadge({ level }: { level: string }) {
  return (
    <span class={`level level--${level}`} data-level={level}>
      {t(`escortLevel.${level}` as MessageKey)}
    </span>
  );
}
