import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature of a webhook body: `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` keyed with the
 * subscription's secret. The timestamp (seconds since the epoch, also in X-Vigie-Timestamp) is
 * signed with the body so a captured request cannot be replayed later with a new date.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute and compare in constant time, and refuse old timestamps. */
export function verifyWebhook(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  return Math.abs(now / 1000 - Number(timestamp)) <= toleranceSeconds;
}
