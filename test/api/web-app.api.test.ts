import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { ASSET_CACHE, SHELL_CACHE, serveWebApp } from '../../src/api/web-app.ts';

describe('the built web app, as the server hands it out', () => {
  let webDir: string;
  const app = new Hono();
  before(() => {
    // A build as Vite leaves it: the shell, and files named by the hash of their content.
    webDir = mkdtempSync(join(tmpdir(), 'vigie-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index-A1.js"></script>',
    );
    writeFileSync(join(webDir, 'assets', 'index-A1.js'), 'import("./map-page-B2.js")');
    writeFileSync(join(webDir, 'assets', 'map-page-B2.js'), 'export const MapPage = 1');
    assert.equal(serveWebApp(app, webDir), true);
  });
  after(() => rmSync(webDir, { recursive: true, force: true }));

  test('a chunk is a script, cached for good: its name changes with its content', async () => {
    const response = await app.request('/assets/map-page-B2.js');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(response.headers.get('cache-control'), ASSET_CACHE);
  });

  test('the shell, at its address or at a route of the app, is asked for again each time', async () => {
    for (const path of ['/', '/index.html', '/incidents/123']) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
      assert.equal(response.headers.get('cache-control'), SHELL_CACHE, path);
    }
  });

  test("a chunk of a previous build answers 404, not the shell a tab would take for the page's script", async () => {
    const response = await app.request('/assets/map-page-OLD.js');
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /<!doctype html>/i);
    assert.notEqual(response.headers.get('cache-control'), ASSET_CACHE, 'a 404 is not kept for a year');
  });

  test('without a build there is nothing to serve', () => {
    assert.equal(serveWebApp(new Hono(), join(webDir, 'missing')), false);
  });
});
