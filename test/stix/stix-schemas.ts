import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * The official STIX 2.1 JSON Schemas (OASIS, BSD-3-Clause), copied into the project with their licence and
 * commit (test/fixtures/stix2-json-schemas/README.md): a clone anywhere validates its exports, where the
 * shared folder beside it was found only in some places and the tests were then skipped.
 */
export const STIX_SCHEMAS_DIR = join(import.meta.dirname, '..', 'fixtures', 'stix2-json-schemas', 'schemas');

const SCHEMA_OF_TYPE: Record<string, string> = {
  'marking-definition': 'common/marking-definition.json',
  'extension-definition': 'common/extension-definition.json',
  bundle: 'common/bundle.json',
};

/** A validator per STIX type, built from every schema file (they $ref each other by relative path). */
export function stixValidators(): (object: { type: string; [property: string]: unknown }) => string[] {
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  const ids = new Map<string, string>();
  for (const folder of readdirSync(STIX_SCHEMAS_DIR)) {
    for (const file of readdirSync(join(STIX_SCHEMAS_DIR, folder)).filter((name) => name.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(join(STIX_SCHEMAS_DIR, folder, file), 'utf8'));
      ajv.addSchema(schema);
      ids.set(`${folder}/${file}`, schema.$id);
    }
  }
  const cache = new Map<string, ValidateFunction>();
  return (object: { type: string; [property: string]: unknown }) => {
    const path =
      SCHEMA_OF_TYPE[object.type] ??
      ['sdos', 'sros'].map((folder) => `${folder}/${object.type}.json`).find((p) => ids.has(p));
    if (!path) return [`no schema for type ${object.type}`];
    const validate = cache.get(path) ?? ajv.getSchema(ids.get(path)!)!;
    cache.set(path, validate);
    return validate(object)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  };
}
