import { client, dataOf, done } from './http.ts';
import type { NewUser, OrganisationKind, UserChange } from './types.ts';

/** Sign-in and session of the web app. */
export const authApi = {
  login: (username: string, password: string) =>
    dataOf(client.POST('/api/auth/login', { body: { username, password } })),
  me: () => dataOf(client.GET('/api/auth/me')),
  logout: () => done(client.POST('/api/auth/logout')),
};

/** Accounts, organisations and their sharing (administrators; the organisations list is for everyone). */
export const adminApi = {
  users: () => dataOf(client.GET('/api/users')),
  addUser: (input: NewUser) => dataOf(client.POST('/api/users', { body: input })),
  changeUser: (userId: string, change: UserChange) =>
    dataOf(client.PATCH('/api/users/{id}', { params: { path: { id: userId } }, body: change })),
  organisations: () => dataOf(client.GET('/api/organisations')),
  addOrganisation: (input: { name: string; kind: OrganisationKind }) =>
    dataOf(client.POST('/api/organisations', { body: input })),
  compartmentProposals: () => dataOf(client.GET('/api/compartment-grants')),
  decideCompartment: (grantId: string, approve: boolean) =>
    dataOf(
      approve
        ? client.POST('/api/compartment-grants/{id}/approve', { params: { path: { id: grantId } } })
        : client.POST('/api/compartment-grants/{id}/reject', { params: { path: { id: grantId } } }),
    ),
  setSharing: (owner: string, partner: string, shared: boolean) =>
    done(client.PUT('/api/organisations/{id}/shares', { params: { path: { id: owner } }, body: { partner, shared } })),
};

/** API tokens: one's own, or everyone's for an administrator (`all`). */
export const tokenApi = {
  list: (all = false) => dataOf(client.GET('/api/tokens', { params: { query: all ? { all: 'true' } : {} } })),
  create: (name: string, expiresInDays: number) =>
    dataOf(client.POST('/api/tokens', { body: { name, expires_in_days: expiresInDays } })),
  revoke: (tokenId: string) => done(client.DELETE('/api/tokens/{id}', { params: { path: { id: tokenId } } })),
};

/** The audit trail (supervisors and administrators). */
export const auditApi = {
  recent: (limit = 100, before?: number) => dataOf(client.GET('/api/audit', { params: { query: { limit, before } } })),
  verify: () => dataOf(client.GET('/api/audit/verify')),
};
