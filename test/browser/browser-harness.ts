import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../src/api/server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WEB_DIR = join(ROOT, 'web', 'dist');
/** Debian's chromium; another build can be named with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, if they cannot: without Debian's chromium they are
 * skipped on a workstation and fail on CI (where a skipped suite would pass unnoticed).
 */
export const skipBrowser: string | false = !existsSync(CHROMIUM) && !process.env.CI
  ? "install Debian's chromium to run browser tests (apt-get install -y chromium)"
  : false;

export interface Harness {
  url: string;
  /** A fresh page (own storage) in French, Paris time, that records the page's own errors. */
  newPage(): Promise<Page & { errors: string[] }>;
  close(): Promise<void>;
}

function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIR, 'index.html'))) return;
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
}

/** Builds the web app if needed, starts a server on a fresh store and a headless Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests need ${CHROMIUM}: run apt-get install -y chromium (CI must install it too)`);
  }
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-browser-'));
  const server = await startServer({ dataDir, port: 0, webDir: WEB_DIR });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    url: server.url,
    async newPage() {
      const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage() as Page & { errors: string[] };
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error.message));
      page.on('console', (message) => { if (message.type() === 'error') page.errors.push(message.text()); });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
