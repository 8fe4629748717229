import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Seals the fields of the STAFF compartment with AES-256-GCM. A sealed value reads
 * `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url parts); the key id lets a rotation find old values.
 */
export class Sealer {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;

  constructor(current: Buffer, previous: Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== 32) throw new Error('a master key is 32 bytes (64 hex characters or 44 base64 characters)');
      this.keys.set(keyId(key), key);
    }
    this.currentKeyId = keyId(current);
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      'v1',
      this.currentKeyId,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  open(sealed: string): string {
    const [version, kid, iv, tag, body] = sealed.split('.');
    const key = this.keys.get(kid ?? '');
    if (version !== 'v1' || !key || !iv || !tag || body === undefined)
      throw new Error(`cannot open a value sealed with key ${kid}: is VIGIE_MASTER_KEY the right key?`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /**
   * Signs `text` for `purpose` with a key derived from the current master key (HMAC-SHA256 of the
   * purpose under the master key, so the master key itself signs nothing): `v1.<key id>.<hex>`.
   */
  sign(purpose: string, text: string): string {
    return [
      'v1',
      this.currentKeyId,
      createHmac('sha256', derived(this.keys.get(this.currentKeyId)!, purpose))
        .update(text)
        .digest('hex'),
    ].join('.');
  }

  /** Whether `signature` was made by `sign(purpose, text)` under one of this sealer's keys. */
  verify(purpose: string, text: string, signature: string): boolean {
    const [version, kid, mac] = signature.split('.');
    const key = this.keys.get(kid ?? '');
    if (version !== 'v1' || !key || !mac || !/^[0-9a-f]{64}$/.test(mac)) return false;
    const expected = createHmac('sha256', derived(key, purpose)).update(text).digest();
    return timingSafeEqual(expected, Buffer.from(mac, 'hex'));
  }

  /** Whether a sealed value was sealed with an older key. */
  isStale(sealed: string): boolean {
    return sealed.split('.')[1] !== this.currentKeyId;
  }
}

/** A key for one purpose, derived from a master key. */
function derived(master: Buffer, purpose: string): Buffer {
  return createHmac('sha256', master).update(`vigie:${purpose}`).digest();
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('a master key is 32 bytes: 64 hex characters or 44 base64 characters');
  return key;
}

export const KEY_FILE = 'vigie-master.key';

/**
 * The sealer of a Vigie: `VIGIE_MASTER_KEY` when set (with `VIGIE_MASTER_KEY_PREVIOUS` during a
 * rotation), else a key file in the data folder, created with mode 0600 on first run.
 */
export function loadSealer(dataDir: string, env: NodeJS.ProcessEnv = process.env): Sealer {
  const previous = (env.VIGIE_MASTER_KEY_PREVIOUS ?? '').split(',').filter(Boolean).map(parseKey);
  if (env.VIGIE_MASTER_KEY) return new Sealer(parseKey(env.VIGIE_MASTER_KEY), previous);
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  }
  const retired = readRetiredKeys(dataDir);
  return new Sealer(parseKey(readFileSync(file, 'utf8')), [...previous, ...retired]);
}

const RETIRED_FILE = `${KEY_FILE}.retired`;

function readRetiredKeys(dataDir: string): Buffer[] {
  const file = join(dataDir, RETIRED_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map(parseKey) : [];
}

/** Writes a new key file, keeping the old key among the retired ones until the rotation is done. */
export function installNewKeyFile(dataDir: string): Buffer {
  const file = join(dataDir, KEY_FILE);
  const old = readFileSync(file, 'utf8').trim();
  writeFileSync(join(dataDir, RETIRED_FILE), `${old}\n`, { mode: 0o600, flag: 'a' });
  const fresh = randomBytes(32);
  writeFileSync(`${file}.new`, `${fresh.toString('hex')}\n`, { mode: 0o600 });
  renameSync(`${file}.new`, file);
  chmodSync(file, 0o600);
  return fresh;
}
