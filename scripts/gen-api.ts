/**
 * Writes the web app's API types from the OpenAPI document: `npm run gen:api`.
 * `npm run gen:api -- --check` only compares, and exits 1 when web/src/api/openapi.d.ts is not current.
 *
 * The document is built in process (`openApiDocument`): no server listens, no store is opened or written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../src/api/openapi-document.ts';
import { PACKAGE_ROOT } from '../src/package-root.ts';

const TARGET = 'web/src/api/openapi.d.ts';
const HEADER = `/**
 * Generated from the Vigie API's OpenAPI document by \`npm run gen:api\`: do not edit by hand.
 * CI runs \`npm run gen:api -- --check\`; a presenter or route that changes its schema regenerates this file.
 */

`;

/** The TypeScript text of the document's paths and components. */
export async function generatedTypes(): Promise<string> {
  // A field with a default is optional where the document says so: request bodies may leave it out
  // (openapi-typescript would otherwise make it required in every component, inputs included).
  const ast = await openapiTS((await openApiDocument()) as unknown as OpenAPI3, {
    alphabetize: true,
    defaultNonNullable: false,
  });
  return HEADER + astToString(ast);
}

async function main(argv: string[]): Promise<number> {
  const path = join(PACKAGE_ROOT, TARGET);
  const text = await generatedTypes();
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = '';
  }
  if (argv.includes('--check')) {
    if (current === text) return 0;
    console.error(`${TARGET} is not current with the API's OpenAPI document: run npm run gen:api and commit it`);
    return 1;
  }
  if (current !== text) writeFileSync(path, text);
  console.log(current === text ? `${TARGET} is current` : `${TARGET} written`);
  return 0;
}

process.exit(await main(process.argv.slice(2)));
