import { client, dataOf } from './http.ts';
import type { BodyOf, QueryOf } from './schema.ts';

const path = (id: string) => ({ params: { path: { id } } });

/** The actor graph: entities, neighbourhoods, paths, detainee profiles (the typed client, from openapi.d.ts). */
export const actorsApi = {
  search: (query: QueryOf<'/api/actors', 'get'>) => dataOf(client.GET('/api/actors', { params: { query } })),
  get: (actor: string) => dataOf(client.GET('/api/actors/{id}', path(actor))),
  neighbours: (actor: string, depth: number) =>
    dataOf(client.GET('/api/actors/{id}/neighbours', { params: { path: { id: actor }, query: { depth } } })),
  paths: (from: string, to: string) => dataOf(client.GET('/api/graph/paths', { params: { query: { from, to } } })),
  saveProfile: (actor: string, body: BodyOf<'/api/actors/{id}/detainee-profile', 'put'>) =>
    dataOf(client.PUT('/api/actors/{id}/detainee-profile', { ...path(actor), body })),
  detainees: (query: QueryOf<'/api/detainees', 'get'>) => dataOf(client.GET('/api/detainees', { params: { query } })),
};
