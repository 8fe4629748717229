import { useState } from 'preact/hooks';
import { actorsApi } from '../../api/actors-client.ts';
import type { Actor } from '../../api/actors-types.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner } from '../../components/status.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';

/** A search box over the entities the reader may read: type, search, pick one of the matches. */
export function ActorSearch({
  id,
  label,
  hint,
  button,
  onPick,
}: {
  id: string;
  label: string;
  hint?: string;
  button: string;
  onPick: (actor: Actor) => void;
}) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<Actor[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const search = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const page = await actorsApi.search({ q: text.trim() || undefined, limit: 10 });
      // one match: take it at once
      if (page.items.length === 1) {
        setResults(null);
        onPick(page.items[0]);
        return;
      }
      setResults(page.items);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <form class="actor-search" onSubmit={search} role="search">
      <div class="field">
        <label for={id}>{label}</label>
        <div class="actor-search__row">
          <input
            id={id}
            type="search"
            value={text}
            onInput={(event) => setText(inputValue(event))}
            aria-describedby={hint ? `${id}-hint` : undefined}
            data-testid={`${id}-input`}
          />
          <button type="submit" class="button">
            {button}
          </button>
        </div>
        {hint && (
          <p id={`${id}-hint`} class="field__hint">
            {hint}
          </p>
        )}
      </div>
      {error && <ErrorBanner error={error} />}
      {results && results.length === 0 && (
        <p class="hint" role="status">
          {t('graph.noMatch', { q: text })}
        </p>
      )}
      {results && results.length > 0 && (
        <ul class="actor-search__results" data-testid={`${id}-results`}>
          {results.map((actor) => (
            <li key={actor.id}>
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  setResults(null);
                  onPick(actor);
                }}
              >
                {actor.name} <span class="muted">({t(`actorKind.${actor.kind}` as MessageKey)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
