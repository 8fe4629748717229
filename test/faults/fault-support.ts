// What the fault tests share: an import file, counts of what a store holds, and its audit chain.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openVigie } from '../../src/context.ts';
import { verifyAudit } from '../../src/core/audit/audit.service.ts';
import { incidentInput } from '../support/factories.ts';
import type { TestStore } from '../support/test-store.ts';

const FACILITIES: string[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'reference', 'facilities-fr.json'), 'utf8'))
  .facilities.map((facility: { id: string }) => facility.id);

/** An NDJSON file of `count` valid incidents spread over the facilities, each with its own external_id. */
export function incidentFile(count: number, prefix: string): { path: string; lines: string[] } {
  const lines = Array.from({ length: count }, (_, index) => JSON.stringify(incidentInput({
    external_id: `${prefix}-${index}`, facility: FACILITIES[index % FACILITIES.length],
    occurred: { night_of: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}` },
  })));
  const path = join(mkdtempSync(join(tmpdir(), 'vigie-faults-')), `${prefix}.ndjson`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, lines };
}

export interface StoreState { incidents: number; distinctExternalIds: number; auditEvents: number; auditIntact: boolean }

/**
 * Opens the store as a new process would after a crash and reads what it holds: the incidents, how
 * many distinct external_ids they carry, and whether the audit chain is intact.
 */
export async function storeState(store: TestStore): Promise<StoreState> {
  const context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  try {
    const counts = await context.store.db.selectFrom('incidents')
      .select((eb) => [eb.fn.countAll<string>().as('rows'), eb.fn.count<string>('external_id').distinct().as('distinct')])
      .executeTakeFirstOrThrow();
    const audit = await verifyAudit(context.audit);
    return { incidents: Number(counts.rows), distinctExternalIds: Number(counts.distinct), auditEvents: audit.count, auditIntact: audit.ok };
  } finally {
    await context.close();
  }
}
