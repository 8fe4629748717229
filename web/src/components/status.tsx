import type { ComponentChildren } from 'preact';
import { errorText } from '../api/error-words.ts';
import { ApiError } from '../api/http.ts';
import { t } from '../i18n/i18n.ts';

/**
 * A visible, announced error message; `onRetry` adds a retry button, unless the server refused for a
 * reason a retry cannot change (an invalid id, a record out of reach).
 */
export function ErrorBanner({
  error,
  onRetry,
  children,
  fields,
}: {
  error?: Error | string;
  onRetry?: () => void;
  children?: ComponentChildren;
  /** the page's names of the request's fields, when no field of the page shows its own problem */
  fields?: Readonly<Record<string, string>>;
}) {
  // the server's refusals come as codes: worded in the reader's language (error-words.ts)
  const message = errorText(error, fields);
  const retryable = !(error instanceof ApiError) || error.status >= 500 || error.status === 408 || error.status === 429;
  return (
    <div class="banner banner--error" role="alert">
      <span>
        {message}
        {children}
      </span>
      {onRetry && retryable && (
        <button type="button" class="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** A polite confirmation, e.g. after a change of status. */
export function InfoBanner({ children }: { children: ComponentChildren }) {
  return (
    <div class="banner banner--info" role="status">
      {children}
    </div>
  );
}

/** A loading indicator announced to screen readers. */
export function Loading({ label }: { label?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** What to show when a search finds nothing. */
export function EmptyState({ children }: { children: ComponentChildren }) {
  return (
    <div class="empty" role="status">
      {children}
    </div>
  );
}
