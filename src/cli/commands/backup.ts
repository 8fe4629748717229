import { basename, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { Command } from 'commander';
import { VigieError } from '../../core/shared/errors.ts';
import { AuditRepository } from '../../store/audit.repository.ts';
import { restoreBackup, writeBackup } from '../../store/backup.ts';
import { dataOption, withContext } from '../invocation.ts';

const describeSize = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB`;

/** `vigie backup FILE`: a consistent copy of the whole store, PGlite or PostgreSQL, in one file. */
export function backupCommand(): Command {
  return new Command('backup')
    .description('write a consistent backup of the whole store (PGlite or PostgreSQL) to FILE (gzip)')
    .argument('<file>', 'the backup file to write, e.g. vigie-2026-11-26.vigie.gz')
    .option('--overwrite', 'replace FILE if it exists')
    .option(...dataOption)
    .addHelpText(
      'after',
      `
The copy is taken in one REPEATABLE READ transaction, so it is consistent while Vigie writes (on
PostgreSQL, run it beside the running instances; PGlite is one process's store: while vigie serve runs,
an administrator downloads the same file from GET /api/admin/backup).
The master key that seals STAFF details is NOT in the backup: keep vigie-master.key (or
VIGIE_MASTER_KEY) apart, and give it to the store you restore into. See docs/backup.md.`,
    )
    .action(async (file: string, flags: { data?: string; overwrite?: boolean }) => {
      const path = resolve(file);
      if (existsSync(path) && !flags.overwrite)
        throw new VigieError('file_exists', `${file} already exists: choose another name or add --overwrite`, 409, [
          { path: 'file', message: 'exists' },
        ]);
      await withContext(flags, async (context) => {
        const summary = await writeBackup(context.store.db, path, context.store.kind, context.sealer);
        await new AuditRepository(context.store.db).append({
          actor_id: null,
          actor: 'cli',
          action: 'store.backup',
          details: { file: basename(path), rows: summary.rows, sha256: summary.sha256 },
        });
        console.log(
          `backup written: ${file} (${summary.tables} tables, ${summary.rows} rows, ${describeSize(path)}, content SHA-256 ${summary.sha256})`,
        );
      });
    });
}

/** `vigie restore FILE`: replaces the store with a backup, all or nothing, after checking it. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description('restore a backup made by vigie backup into the store (empty unless --force), all or nothing')
    .argument('<file>', 'the backup file')
    .option('--force', 'replace a store that already holds data (everything in it is lost)')
    .option(
      '--force-unsigned',
      'restore a file whose signature cannot be checked (master key lost): disaster recovery only, recorded in the audit trail',
    )
    .option(...dataOption)
    .addHelpText(
      'after',
      `
A backup is signed with a key derived from the master key (VIGIE_MASTER_KEY or vigie-master.key):
restore into a store that has the same key. An unsigned file, or one signed with another key (edited,
or from another store), is refused.`,
    )
    .action(async (file: string, flags: { data?: string; force?: boolean; forceUnsigned?: boolean }) => {
      const path = resolve(file);
      if (!existsSync(path))
        throw new VigieError('invalid_backup', `${file} does not exist`, 400, [{ path: 'file', message: 'not found' }]);
      await withContext(flags, async (context) => {
        const unsigned = flags.forceUnsigned === true;
        if (unsigned)
          console.error(
            `WARNING: restoring ${file} WITHOUT checking its signature (--force-unsigned): anyone could have edited it. The audit trail records this restore as unsigned.`,
          );
        const summary = await restoreBackup(context.store.db, path, {
          force: flags.force === true,
          signer: context.sealer,
          forceUnsigned: unsigned,
          // The restore is recorded at the end of the restored chain, in the same transaction.
          onRestored: (trx, restored) =>
            new AuditRepository(trx)
              .append({
                actor_id: null,
                actor: 'cli',
                action: unsigned ? 'store.restore.unsigned' : 'store.restore',
                details: {
                  file: basename(path),
                  rows: restored.rows,
                  sha256: restored.sha256,
                  forced: flags.force === true,
                  signature_checked: !unsigned,
                },
              })
              .then(() => undefined),
        });
        console.log(
          `restored ${file} into ${context.store.location}: ${summary.tables} tables, ${summary.rows} rows (content SHA-256 ${summary.sha256} checked${flags.forceUnsigned ? ', signature NOT checked' : ', signature checked'})`,
        );
      });
    });
}
