// The browser tests' Chromium (scripts/test-chromium.mjs): the headless shell unpacked from its npm
// package must start and draw WebGL (the map is maplibre), or every browser test would fail for it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { prepareTestChromium, testChromiumPath } from '../../scripts/test-chromium.mjs';

const skip = !existsSync('/usr/bin/chromium') && !process.env.CI ? "Debian's chromium is not installed" : false;

test('CHROMIUM_PATH names the browser whatever else is installed', () => {
  assert.equal(testChromiumPath({ CHROMIUM_PATH: '/opt/other/chrome' }), '/opt/other/chrome');
});

test('the headless shell is unpacked beside its libraries, starts, and draws with WebGL', { skip }, async () => {
  const path = await prepareTestChromium({});
  assert.match(path, /vigie-headless-shell\/[\d.]+\/chromium$/, 'the shell is chosen where it is installed');
  assert.equal(testChromiumPath({}), path, 'once unpacked, it is chosen without unpacking again');
  const browser = await chromium.launch({
    executablePath: path,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<canvas id="c" width="8" height="8"></canvas>');
    // A string, as the test's own TypeScript has no DOM types.
    const drawn = await page.evaluate(`(() => {
      const gl = document.getElementById('c').getContext('webgl');
      if (!gl) return null;
      gl.clearColor(1, 0, 0, 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
      const pixel = new Uint8Array(4);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      return [...pixel];
    })()`);
    assert.deepEqual(drawn, [255, 0, 0, 255], 'a WebGL context cleared to red reads red');
  } finally {
    await browser.close();
  }
});
