import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';

/**
 * A secret the server gives once (a generated password, an API token): shown in a box with a copy
 * button and the warning that it will not be shown again, until the user dismisses it.
 */
export function SecretOnce({ title, secret, onDismiss }: { title: string; secret: string; onDismiss: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const copy = () => {
    // The clipboard API exists only in secure contexts (https, localhost).
    if (!navigator.clipboard) {
      setCopied('failed');
      return;
    }
    navigator.clipboard.writeText(secret).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <div class="secret" role="status" data-testid="secret-once">
      <p class="secret__title">{title}</p>
      <div class="secret__row">
        <code class="secret__value" data-testid="secret-value">
          {secret}
        </code>
        <button type="button" class="button button--small" onClick={copy}>
          {t('secret.copy')}
        </button>
      </div>
      <p class="secret__note">
        {t('secret.once')}
        {copied && <span aria-live="polite"> {copied === 'yes' ? t('secret.copied') : t('secret.copyFailed')}</span>}
      </p>
      <button type="button" class="button button--small" onClick={onDismiss}>
        {t('secret.dismiss')}
      </button>
    </div>
  );
}
