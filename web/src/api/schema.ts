/**
 * Names for the generated API types (`openapi.d.ts`, written by `npm run gen:api` from the server's OpenAPI
 * document): a component by name, or the answer, query or body of a route by path and method. The web app
 * declares no response shape by hand: it aliases these.
 */
import type { components, paths } from './openapi.d.ts';

export type Schemas = components['schemas'];

// the body of the answer: its application/json form when it has one (a route that also answers CSV), else
// whatever its JSON media type (application/geo+json)
type Json<R> = R extends { content: infer C } ? (C extends { 'application/json': infer J } ? J : C[keyof C]) : never;
type Success<R> = R extends { 200: infer A }
  ? A
  : R extends { 201: infer A }
    ? A
    : R extends { 202: infer A }
      ? A
      : never;
type Operation<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];

/** The JSON answer of a route when it succeeds. */
export type AnswerOf<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { responses: infer R } ? Json<Success<R>> : never;

/** The query parameters a route accepts. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The JSON body a route accepts. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
