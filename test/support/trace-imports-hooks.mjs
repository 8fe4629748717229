// Module hooks of trace-imports.mjs: they run on the loader's thread and record each resolved URL.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (process.env.VIGIE_TRACE_IMPORTS) appendFileSync(process.env.VIGIE_TRACE_IMPORTS, `${resolved.url}\n`);
  return resolved;
}
