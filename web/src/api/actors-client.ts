import { queryString, request } from './http.ts';
import type { Actor, ActorDetail, ActorPage, Detainee, DetaineeProfile, Neighbourhood, Paths } from './actors-types.ts';

const id = (value: string) => encodeURIComponent(value);

/** The actor graph: entities, neighbourhoods, paths, detainee profiles. */
export const actorsApi = {
  search: (query: { q?: string; kind?: string; limit?: number; offset?: number }) =>
    request<ActorPage<Actor>>('GET', `/api/actors${queryString(query)}`),
  get: (actor: string) => request<ActorDetail>('GET', `/api/actors/${id(actor)}`),
  neighbours: (actor: string, depth: number) =>
    request<Neighbourhood>('GET', `/api/actors/${id(actor)}/neighbours${queryString({ depth })}`),
  paths: (from: string, to: string) => request<Paths>('GET', `/api/graph/paths${queryString({ from, to })}`),
  saveProfile: (actor: string, body: Record<string, unknown>) =>
    request<DetaineeProfile>('PUT', `/api/actors/${id(actor)}/detainee-profile`, body),
  detainees: (query: { facility?: string; min_score?: number; limit?: number; offset?: number }) =>
    request<ActorPage<Detainee>>('GET', `/api/detainees${queryString(query)}`),
};
