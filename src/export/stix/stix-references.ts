import type { StixObject } from './stix-vocabulary.ts';

/** Every id an object refers to (`*_ref` and `*_refs` properties, but not its markings or author). */
export function referencesOf(object: StixObject): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (key === 'object_marking_refs' || key === 'created_by_ref') continue;
    if (key.endsWith('_ref') && typeof value === 'string') out.push(value);
    if (key.endsWith('_refs') && Array.isArray(value))
      out.push(...value.filter((item): item is string => typeof item === 'string'));
  }
  return out;
}
