import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runVigie } from '../support/cli-runner.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

describe(`vigie brief on ${TEST_STORE}`, () => {
  let store: TestStore;
  before(async () => { store = await freshStore(); });
  after(async () => { await store.drop(); });

  test('writes the brief as Markdown and as PDF; refuses a PDF without Chromium and a malformed date with exit 2', async () => {
    const markdown = await runVigie(store, 'brief', '--date', '2025-04-16');
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /^# Point de situation du mercredi 16 avril 2025\n/);
    assert.match(markdown.stdout, /Aucune campagne active\./);
    const pdf = join(store.dataDir, 'brief.pdf');
    process.env.VIGIE_CHROMIUM = '/nonexistent/chromium';
    const noChromium = await runVigie(store, 'brief', '--format', 'pdf', '--out', pdf);
    delete process.env.VIGIE_CHROMIUM;
    assert.equal(noChromium.code, 2);
    assert.match(noChromium.stderr, /--format pdf needs Chromium at \/nonexistent\/chromium/);
    if (existsSync('/usr/bin/chromium')) {
      const printed = await runVigie(store, 'brief', '--date', '2025-04-16', '--format', 'pdf', '--out', pdf);
      assert.equal(printed.code, 0, printed.stderr);
      assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    }
    const badDate = await runVigie(store, 'brief', '--date', '16/04/2025');
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /date: expected a date YYYY-MM-DD/);
  });
});
