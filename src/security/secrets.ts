import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a cookie or an API token, with a readable prefix. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** What is stored instead of a secret: its SHA-256. Secrets are long and random, so no salt is needed. */
export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
