import { client, dataOf } from './http.ts';

/** The actor graph: entities, neighbourhoods, paths, detainee profiles (the typed client, from openapi.d.ts). */
export const actorsApi = {
  search: (query: { q?: string; kind?: string; limit?: number; offset?: number }) =>
    dataOf(client.GET('/api/actors', { params: { query } })),
  get: (actor: string) => dataOf(client.GET('/api/actors/{id}', { params: { path: { id: actor } } })),
  neighbours: (actor: string, depth: number) =>
    dataOf(client.GET('/api/actors/{id}/neighbours', { params: { path: { id: actor }, query: { depth } } })),
  paths: (from: string, to: string) => dataOf(client.GET('/api/graph/paths', { params: { query: { from, to } } })),
  saveProfile: (actor: string, body: Record<string, unknown>) =>
    dataOf(
      client.PUT('/api/actors/{id}/detainee-profile', {
        params: { path: { id: actor } },
        // the form's fields, checked by the server (a refusal names each one)
        body: body as never,
      }),
    ),
  detainees: (query: { facility?: string; min_score?: number; limit?: number; offset?: number }) =>
    dataOf(client.GET('/api/detainees', { params: { query } })),
};
