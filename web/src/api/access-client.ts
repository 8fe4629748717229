import { queryString, request } from './http.ts';
import type {
  ApiToken,
  AuditEvent,
  ChainCheck,
  NewUser,
  Organisation,
  OrganisationKind,
  Session,
  User,
  UserChange,
  UserWithPassword,
} from './types.ts';

const id = (value: string) => encodeURIComponent(value);

/** Sign-in and session of the web app. */
export const authApi = {
  login: (username: string, password: string) => request<Session>('POST', '/api/auth/login', { username, password }),
  me: () => request<Session>('GET', '/api/auth/me'),
  logout: () => request<void>('POST', '/api/auth/logout'),
};

/** Accounts, organisations and their sharing (administrators; the organisations list is for everyone). */
/** A compartment grant proposed by one administrator, awaiting another. */
export interface CompartmentGrant {
  id: string;
  user_id: string;
  compartment: string;
  status: string;
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export const adminApi = {
  users: () => request<{ items: User[] }>('GET', '/api/users'),
  addUser: (input: NewUser) => request<UserWithPassword>('POST', '/api/users', input),
  changeUser: (userId: string, change: UserChange) =>
    request<UserWithPassword>('PATCH', `/api/users/${id(userId)}`, change),
  organisations: () => request<{ items: Organisation[] }>('GET', '/api/organisations'),
  addOrganisation: (input: { name: string; kind: OrganisationKind }) =>
    request<Organisation>('POST', '/api/organisations', input),
  compartmentProposals: () => request<{ items: CompartmentGrant[] }>('GET', '/api/compartment-grants'),
  decideCompartment: (grantId: string, approve: boolean) =>
    request<CompartmentGrant>('POST', `/api/compartment-grants/${id(grantId)}/${approve ? 'approve' : 'reject'}`),
  setSharing: (owner: string, partner: string, shared: boolean) =>
    request<void>('PUT', `/api/organisations/${id(owner)}/shares`, { partner, shared }),
};

/** API tokens: one's own, or everyone's for an administrator (`all`). */
export const tokenApi = {
  list: (all = false) =>
    request<{ items: ApiToken[] }>('GET', `/api/tokens${queryString({ all: all ? 'true' : undefined })}`),
  create: (name: string, expiresInDays: number) =>
    request<{ token: string; info: ApiToken }>('POST', '/api/tokens', { name, expires_in_days: expiresInDays }),
  revoke: (tokenId: string) => request<void>('DELETE', `/api/tokens/${id(tokenId)}`),
};

/** The audit trail (supervisors and administrators). */
export const auditApi = {
  recent: (limit = 100, before?: number) =>
    request<{ items: AuditEvent[] }>('GET', `/api/audit${queryString({ limit, before })}`),
  verify: () => request<ChainCheck>('GET', '/api/audit/verify'),
};
