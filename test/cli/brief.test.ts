import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`vigie brief on ${TEST_STORE}`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let vigie: ReturnType<typeof vigieOn>;
  before(async () => { context = await freshContext(); vigie = vigieOn(context); });
  after(async () => { await context.close(); });

  test('writes the brief as Markdown and as PDF; refuses a PDF without Chromium and a malformed date with exit 2', async () => {
    const markdown = await vigie('brief', '--date', '2025-04-16');
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /^# Point de situation du mercredi 16 avril 2025\n/);
    assert.match(markdown.stdout, /Aucune campagne active\./);
    const pdf = join(context.storeConfig.dataDir, 'brief.pdf');
    process.env.VIGIE_CHROMIUM = '/nonexistent/chromium';
    const noChromium = await vigie('brief', '--format', 'pdf', '--out', pdf);
    delete process.env.VIGIE_CHROMIUM;
    assert.equal(noChromium.code, 2);
    assert.match(noChromium.stderr, /--format pdf needs Chromium at \/nonexistent\/chromium/);
    if (existsSync('/usr/bin/chromium')) {
      const printed = await vigie('brief', '--date', '2025-04-16', '--format', 'pdf', '--out', pdf);
      assert.equal(printed.code, 0, printed.stderr);
      assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    }
    const badDate = await vigie('brief', '--date', '16/04/2025');
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /date: expected a date YYYY-MM-DD/);
  });
});
