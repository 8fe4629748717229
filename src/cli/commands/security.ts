import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { verifyAudit } from '../../core/audit/audit.service.ts';
import { resealStaffDetails } from '../../core/identity/key-rotation.service.ts';
import { VigieError } from '../../core/shared/errors.ts';
import { installNewKeyFile, KEY_FILE, loadSealer } from '../../security/sealer.ts';
import { dataOption, output, withContext } from '../invocation.ts';

export function auditCommand(): Command {
  const audit = new Command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('check the hash chain; names the first broken event (exit 2 if broken)')
    .option(...dataOption)
    .action(async (flags: { data?: string }) =>
      withContext(flags, async (context) => {
        const result = await verifyAudit(context.audit);
        if (!result.ok)
          throw new VigieError(
            'audit_broken',
            `audit trail BROKEN at event ${result.brokenAt}: ${result.reason} (${result.count} events before it are intact)`,
            409,
          );
        console.log(`audit trail intact: ${result.count} events, last hash ${result.lastHash.slice(0, 16)}…`);
      }),
    );
  audit
    .command('export')
    .description('write the trail as NDJSON, one event a line, with its hashes')
    .option('-o, --out <file>')
    .option(...dataOption)
    .action(async (flags: { out?: string; data?: string }) =>
      withContext(flags, async (context) => {
        const out = flags.out ? createWriteStream(flags.out) : output().stdout;
        for await (const event of context.audit.iterate())
          if (!out.write(`${JSON.stringify(event)}\n`)) await once(out, 'drain');
        if (flags.out)
          await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(() => resolve()));
      }),
    );
  return audit;
}

export function keysCommand(): Command {
  const keys = new Command('keys').description('the master key that seals STAFF details');
  keys
    .command('rotate')
    .description('make a new key and seal every STAFF value again with it')
    .addHelpText(
      'after',
      `
With the key file (${KEY_FILE} in the data folder): a new file is written, the old key kept until every
value is sealed again, then removed. With VIGIE_MASTER_KEY: set the new key in VIGIE_MASTER_KEY and the
old one in VIGIE_MASTER_KEY_PREVIOUS, run this, then remove VIGIE_MASTER_KEY_PREVIOUS.`,
    )
    .option(...dataOption)
    .action(async (flags: { data?: string }) => {
      const config = readConfig(flags, output().env);
      const fromFile = !output().env.VIGIE_MASTER_KEY;
      if (fromFile && !existsSync(join(config.dataDir, KEY_FILE)))
        throw new VigieError('invalid_input', `no key file in ${config.dataDir}: nothing to rotate`, 400);
      if (fromFile) installNewKeyFile(config.dataDir);
      await withContext(flags, async (context) => {
        const sealer = loadSealer(config.dataDir);
        const changed = await resealStaffDetails({ sealer, transaction: context.incidents.transaction }, 'cli');
        if (fromFile) rmSync(join(config.dataDir, `${KEY_FILE}.retired`), { force: true });
        console.log(`master key rotated (key ${sealer.currentKeyId}); ${changed} sealed values sealed again`);
      });
    });
  return keys;
}
