import { createHash } from 'node:crypto';
import type { Marking } from '../../core/shared/principal.ts';

/** A STIX 2.1 object as JSON: a type, an id and whatever properties its type defines. */
export type StixObject = { type: string; id: string; [property: string]: unknown };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** The namespace of Vigie's UUIDv5 ids: the same Vigie record always gets the same STIX id. */
const VIGIE_NAMESPACE = 'b7f2c1de-3a4e-5c6f-9d1a-2e3f4a5b6c7d';

/** RFC 4122 version 5 UUID of `name` in `namespace` (SHA-1). */
export function uuidV5(name: string, namespace = VIGIE_NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The deterministic STIX id of a Vigie thing of `kind` known by `key`. */
export const stixId = (type: string, kind: string, key: string) => `${type}--${uuidV5(`${kind}:${key}`)}`;

/** The identity that creates Vigie's extension definition. */
export const VIGIE_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: stixId('identity', 'identity', 'vigie'),
  // Its own producer: STIX's interop mode asks every identity that produces objects to name one.
  created_by_ref: stixId('identity', 'identity', 'vigie'),
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:00.000Z',
  name: 'Vigie',
  identity_class: 'system',
  description: 'Vigie incident-intelligence platform',
};

export const VIGIE_EXTENSION_ID = `extension-definition--${uuidV5('extension:vigie-incident-1.0')}`;

/** Vigie's property extension: the fields of incidents and campaigns STIX has no property for. */
export const VIGIE_EXTENSION: StixObject = {
  type: 'extension-definition',
  spec_version: '2.1',
  id: VIGIE_EXTENSION_ID,
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:00.000Z',
  created_by_ref: VIGIE_IDENTITY.id,
  name: 'Vigie incident fields',
  description:
    'Occurrence interval, event types, target kinds, weapons, signatures, casualties, status, facility, place and graded sources of a Vigie incident; state and sites of a Vigie campaign. See docs/stix-taxii.md.',
  schema:
    'Defined in docs/stix-taxii.md of the Vigie repository, section "The Vigie extension": the interchange form of an incident (docs/data-model.md) without description, marking, compartments and staff.',
  version: '1.0.0',
  extension_types: ['property-extension'],
};

/** The TLP 2.0 extension definition and marking definitions published by OASIS (cti-stix-common-objects). */
const TLP_2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
export const TLP_MARKING_IDS: Record<Marking, string> = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
/** TLP 1.0 markings predefined by STIX 2.1, read on import only. */
const TLP_1_MARKINGS: Record<string, Marking> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'CLEAR',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'RED',
};

/** The published TLP 2.0 marking-definition object of a marking. */
export function tlpMarkingDefinition(marking: Marking): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING_IDS[marking],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${marking}`,
    extensions: { [TLP_2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: marking.toLowerCase() } },
  };
}

/** The Vigie marking of a list of marking refs: the narrowest TLP found, or undefined when none is TLP. */
export function markingOfRefs(refs: unknown): Marking | undefined {
  if (!Array.isArray(refs)) return undefined;
  const order: Marking[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
  const found = refs
    .map(
      (ref) =>
        (Object.entries(TLP_MARKING_IDS).find(([, id]) => id === ref)?.[0] as Marking | undefined) ??
        TLP_1_MARKINGS[String(ref)],
    )
    .filter((marking): marking is Marking => marking !== undefined);
  return found.length ? found.reduce((a, b) => (order.indexOf(a) >= order.indexOf(b) ? a : b)) : undefined;
}
