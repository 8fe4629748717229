import type { VigieContext } from '../context.ts';
import { createApp } from './app.ts';

/** The parts of an OpenAPI 3.1 document that the generator and the contract test read. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
  components?: { schemas?: Record<string, unknown> };
}

/** Any property is another inert value; calling one means declaring the routes reached for the store. */
const inert: unknown = new Proxy(() => {}, {
  get: (_target, key) => (key === 'then' ? undefined : inert),
  apply: () => {
    throw new Error('declaring the routes called into the context: the OpenAPI document must not need a store');
  },
});

/**
 * The OpenAPI document exactly as the running API serves it at /api/openapi.json, built in process over an
 * inert context: no server listens, no store is opened or written (`npm run gen:api`, the contract test).
 */
export async function openApiDocument(): Promise<OpenApiDocument> {
  const app = createApp(inert as VigieContext);
  const response = await app.request('/api/openapi.json');
  if (response.status !== 200) throw new Error(`/api/openapi.json answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}
