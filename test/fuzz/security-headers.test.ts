import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../src/api/app.ts';
import { documentPolicy } from '../../src/api/security-headers.ts';
import type { VigieContext } from '../../src/context.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const WEB_DIR = join(import.meta.dirname, '..', '..', 'web', 'dist');

function assertHardened(headers: Headers, what: string): void {
  const csp = headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'self'/, `${what}: ${csp}`);
  assert.match(csp, /script-src 'self'(;|$)/, what);
  assert.match(csp, /frame-ancestors 'none'/, what);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, what);
  assert.equal(headers.get('x-frame-options'), 'DENY', what);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin', what);
}

describe(`security headers on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('every page, asset, API answer and refusal carries the CSP, frame denial, nosniff and referrer policy', async () => {
    const app = createApp(context, { webDir: WEB_DIR });
    const paths = ['/api/health', '/api/openapi.json', '/api/incidents', '/api/no-such-route', '/', '/incidents/123'];
    for (const path of paths) {
      const response = await app.request(path);
      assertHardened(response.headers, path);
      assert.equal(response.headers.get('strict-transport-security'), null, `${path}: no HSTS over plain HTTP`);
    }
    const refused = await app.request('/api/incidents', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    assert.ok(refused.status >= 400 && refused.status < 500);
    assertHardened(refused.headers, 'a refusal');
    if (existsSync(join(WEB_DIR, 'index.html'))) {
      const index = await (await app.request('/')).text();
      assert.doesNotMatch(index, /<script(?![^>]*\bsrc=)[^>]*>/, 'the app shell has no inline script');
      assert.doesNotMatch(index, /<style|\sstyle=/, 'the app shell has no inline style');
    }
  });

  test('sends HSTS over TLS, and for X-Forwarded-Proto https only from a trusted proxy', async () => {
    const direct = createApp(context, { trustProxy: false });
    const proxied = createApp(context, { trustProxy: true });
    const claimed = { headers: { 'x-forwarded-proto': 'https' } };
    assert.equal((await direct.request('/api/health', claimed)).headers.get('strict-transport-security'), null);
    assert.match(
      (await proxied.request('/api/health', claimed)).headers.get('strict-transport-security') ?? '',
      /max-age=31536000/,
    );
    assert.match(
      (await direct.request('https://vigie.example/api/health')).headers.get('strict-transport-security') ?? '',
      /max-age=31536000/,
    );
    assert.equal(
      (await proxied.request('/api/health', { headers: { 'x-forwarded-proto': 'http' } })).headers.get(
        'strict-transport-security',
      ),
      null,
    );
  });

  test('HTML documents from the API allow only their own style blocks, by hash, and no script', () => {
    const style = 'body{font-family:serif}';
    const policy = documentPolicy(
      `<html><head><style>${style}</style></head><body><script>alert(1)</script></body></html>`,
    );
    assert.ok(policy.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), policy);
    assert.match(policy, /default-src 'none'/);
    assert.doesNotMatch(policy, /script-src|unsafe-inline/);
  });
});
