import { useEffect, useState } from 'preact/hooks';

/** Where the app is: the path after `#` and its query (`#/incidents?status=verified`). */
export interface Route {
  path: string;
  query: URLSearchParams;
}

function readRoute(): Route {
  const hash = location.hash.replace(/^#/, '') || '/map';
  const [path, search = ''] = hash.split('?');
  return { path: path || '/map', query: new URLSearchParams(search) };
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const update = () => setRoute(readRoute());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** The hash of a path with a query, leaving out empty values: `#/incidents?status=verified`. */
export function href(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

/**
 * Goes to a route. `replace` rewrites the current history entry (filters typed one key at a time
 * should not fill the back button).
 */
export function navigate(path: string, query: Record<string, string | undefined> = {}, replace = false): void {
  const target = href(path, query);
  if (target === location.hash) return;
  if (replace) {
    history.replaceState(null, '', target);
    dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = target;
  }
}

/** The query of a route as a plain object. */
export function queryObject(query: URLSearchParams): Record<string, string> {
  return Object.fromEntries(query.entries());
}
