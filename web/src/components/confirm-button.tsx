import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';

/**
 * A button for an action that cannot be undone (revoke a token, reset a password): the first
 * click asks, the second does it; "Cancel" or a few seconds without a click go back.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  onConfirm,
  disabled,
  danger = true,
}: {
  label: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  danger?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (!asking) return;
    const timer = setTimeout(() => setAsking(false), 8000);
    return () => clearTimeout(timer);
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="button button--small" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm">
      <button
        type="button"
        class={`button button--small${danger ? ' button--danger' : ''}`}
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" class="button button--small button--ghost" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
