import type { Kysely } from 'kysely';
import { facilitySearchKeys } from '../core/shared/gazetteer.ts';
import type { ReferenceRows } from './reference-cache.ts';
import type { ReferenceData } from './reference-data.ts';
import type { DB } from './schema.ts';

/** The key under which `meta` records the digest of the reference the store holds. */
export const DIGEST_KEY = 'reference_digest';

/** Writes the reference geography into the store when it is missing or has changed. */
export async function syncReference(
  db: Kysely<DB>,
  digest: string,
  load: () => ReferenceData,
  recorded?: string,
): Promise<boolean> {
  if (recorded === digest) return false;
  const current = await db.selectFrom('meta').select('value').where('key', '=', DIGEST_KEY).executeTakeFirst();
  if (current?.value === digest) return false;
  const reference = load();
  await db.transaction().execute(async (trx) => {
    for (const directorate of reference.directorates) {
      await trx
        .insertInto('directorates')
        .values(directorate)
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet({ name: directorate.name, seat: directorate.seat, departments: directorate.departments }),
        )
        .execute();
    }
    await trx
      .insertInto('departments')
      .values(reference.departments)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          directorate_code: eb.ref('excluded.directorate_code'),
          timezone: eb.ref('excluded.timezone'),
        })),
      )
      .execute();
    const rows = reference.facilities.map((facility) => ({ ...facility, search_keys: facilitySearchKeys(facility) }));
    await trx
      .insertInto('facilities')
      .values(rows)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          aliases: eb.ref('excluded.aliases'),
          search_keys: eb.ref('excluded.search_keys'),
          commune: eb.ref('excluded.commune'),
          department_code: eb.ref('excluded.department_code'),
          directorate_code: eb.ref('excluded.directorate_code'),
          lat: eb.ref('excluded.lat'),
          lon: eb.ref('excluded.lon'),
          coord_precision: eb.ref('excluded.coord_precision'),
          timezone: eb.ref('excluded.timezone'),
        })),
      )
      .execute();
    await trx
      .insertInto('meta')
      .values({ key: DIGEST_KEY, value: reference.digest })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: reference.digest }))
      .execute();
  });
  return true;
}

/** The reference rows the gazetteer is built from, as the store holds them. */
export async function loadReferenceRows(db: Kysely<DB>): Promise<ReferenceRows> {
  const [facilities, departments, directorates] = await Promise.all([
    db
      .selectFrom('facilities')
      .select([
        'id',
        'name',
        'kind',
        'aliases',
        'commune',
        'department_code',
        'directorate_code',
        'lat',
        'lon',
        'coord_precision',
        'timezone',
      ])
      .orderBy('name')
      .execute(),
    db.selectFrom('departments').selectAll().orderBy('code').execute(),
    db.selectFrom('directorates').selectAll().orderBy('code').execute(),
  ]);
  return { facilities, departments, directorates };
}
