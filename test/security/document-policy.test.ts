import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createApp } from '../../src/api/app.ts';
import { account } from '../support/accounts.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const WEB_DIR = join(import.meta.dirname, '..', '..', 'web', 'dist');

describe(`HTML briefs and case files carry their own sandboxed policy on ${TEST_STORE} (issue 16, item 8)`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let get: (path: string) => Promise<Response>;
  let caseId: string;

  before(async () => {
    context = await freshContext();
    // The app as `vigie serve` builds it: the API and the web app, whose own CSP is the app's.
    const app = createApp(context, { webDir: WEB_DIR });
    const { token } = await account(context, { role: 'supervisor' });
    get = async (path) => app.request(path, { headers: { authorization: `Bearer ${token}` } });
    const created = await app.request('/api/cases', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Dossier de parloir', marking: 'AMBER' }),
    });
    caseId = ((await created.json()) as { id: string }).id;
  });
  after(async () => {
    await context.close();
  });

  for (const [what, path] of [
    ['the live brief', () => '/api/briefs/live?format=html&lang=en'],
    ['the case file', () => `/api/cases/${caseId}/export?format=html`],
  ] as const) {
    test(`${what} is served sandboxed, its style blocks allowed by hash, no script, not with the app's policy`, async () => {
      const response = await get(path());
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const html = await response.text();
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      assert.ok(directives.has('sandbox'), csp);
      assert.deepEqual(directives.get('sandbox'), [], 'sandboxed without exceptions: no scripts, no same origin');
      assert.deepEqual(directives.get('default-src'), ["'none'"]);
      assert.equal(directives.has('script-src'), false, 'no script source at all');
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
        (match) => `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`,
      );
      assert.ok(styles.length > 0, 'the document has its styles inline');
      assert.deepEqual(directives.get('style-src'), styles, 'each inline style block, and only those, by hash');
      assert.doesNotMatch(html, /\sstyle="/, 'no style attribute, which a hash cannot allow');
      assert.notEqual(csp, (await get('/')).headers.get('content-security-policy'), "not the app's policy");
    });
  }
});
