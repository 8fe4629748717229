import { useEffect, useState } from 'preact/hooks';
import { authApi } from '../../api/access-client.ts';
import { onUnauthorized, setCsrfToken } from '../../api/http.ts';
import type { User } from '../../api/types.ts';
import { navigate } from '../../lib/router.ts';

/**
 * Who is signed in. `anonymous` carries why (the session ended, the user signed out) so the
 * sign-in page can say it.
 */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; user: User };

let state: SessionState = { status: 'loading' };
const listeners = new Set<(next: SessionState) => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener(next);
}

/** The hash route the user was on, to come back to after signing in. */
function currentRoute(): string {
  return location.hash.replace(/^#/, '') || '/map';
}

/** Shows the sign-in page, remembering where the user was (unless already there). */
export function goToLogin(): void {
  const route = currentRoute();
  if (route.startsWith('/login')) return;
  navigate('/login', { next: route === '/map' ? undefined : route }, true);
}

/** Where to go after signing in: the remembered route, if it is one of the app's own. */
export function returnRoute(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('/login') ? next : '/map';
}

// Any 401 of the API (an expired or revoked session, a disabled account) leads to the sign-in page.
onUnauthorized(() => {
  setCsrfToken(null);
  setState({ status: 'anonymous', reason: state.status === 'signed-in' ? 'expired' : undefined });
  goToLogin();
});

/** Asks the server who is signed in, once at start; a 401 lands on the sign-in page. */
export async function startSession(): Promise<void> {
  try {
    const session = await authApi.me();
    setCsrfToken(session.csrf_token);
    setState({ status: 'signed-in', user: session.user });
  } catch {
    // A 401 was handled above; a network failure also leaves the user to sign in.
    if (state.status === 'loading') setState({ status: 'anonymous' });
  }
}

/** Signs in; the API's refusal (401, 423, 429) is thrown for the form to show. */
export async function signIn(username: string, password: string): Promise<User> {
  const session = await authApi.login(username, password);
  setCsrfToken(session.csrf_token);
  setState({ status: 'signed-in', user: session.user });
  return session.user;
}

/** Ends the session on the server and forgets the token. */
export async function signOut(): Promise<void> {
  try {
    await authApi.logout();
  } finally {
    setCsrfToken(null);
    setState({ status: 'anonymous', reason: 'signed-out' });
    navigate('/login', {}, true);
  }
}

/** The session, re-rendering on sign-in and sign-out. */
export function useSession(): SessionState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    return () => {
      listeners.delete(setCurrent);
    };
  }, []);
  return current;
}

let lastUser: User | undefined;

/**
 * The signed-in user. Pages are only shown to a signed-in user; while the app switches to the
 * sign-in page after a 401, a page still being unmounted gets the last user it knew.
 */
export function useUser(): User {
  const session = useSession();
  if (session.status === 'signed-in') lastUser = session.user;
  if (!lastUser) throw new Error('useUser outside a signed-in page');
  return lastUser;
}

/** Does the user hold this compartment (STAFF: identities and addresses of targeted officers)? */
export const holds = (user: User, compartment: string) => user.compartments.includes(compartment);
/** Administrators manage accounts, organisations and every token (the server decides; this only shapes the UI). */
export const canAdminister = (user: User) => user.role === 'admin';
/** Supervisors and administrators read the audit trail. */
export const canAudit = (user: User) => user.role === 'admin' || user.role === 'supervisor';
/** Analysts, supervisors and administrators decide on campaigns, edit signature aliases and read site risk. */
export const canDecide = (user: User) => user.role === 'analyst' || user.role === 'supervisor' || user.role === 'admin';
