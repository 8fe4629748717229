import { VigieError } from '../shared/errors.ts';

export const unauthenticated = (message = 'sign in first: send the session cookie or an Authorization: Bearer token') =>
  new VigieError('unauthenticated', message, 401);

export const badCredentials = () => new VigieError('bad_credentials', 'wrong user name or password', 401);

export const accountLocked = (until: Date) =>
  new VigieError(
    'account_locked',
    `this account is locked after repeated failed sign-ins, until ${until.toISOString().slice(11, 16)} UTC; an administrator can unlock it sooner`,
    423,
    // the instant as a parameter: the web app says it in the reader's language and time zone
    [{ path: 'username', message: 'locked', code: 'account_locked', params: { until: until.toISOString() } }],
  );

export const addressThrottled = (retryAfterSeconds: number) =>
  Object.assign(
    new VigieError(
      'too_many_attempts',
      `too many failed sign-ins from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      429,
    ),
    { retryAfterSeconds },
  );

/** More sign-ins at once for one account or from one address than are checked in parallel. */
export const attemptsInParallel = () =>
  Object.assign(
    new VigieError(
      'too_many_attempts',
      'too many sign-ins at once for this account or from this address; try again in a moment',
      429,
    ),
    { retryAfterSeconds: 1 },
  );
