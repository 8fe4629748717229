import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { ensureWebBuild } from '../../scripts/ensure-web-build.mjs';
import { testChromiumPath } from '../../scripts/test-chromium.mjs';
import { SESSION_COOKIE } from '../../src/api/auth-middleware.ts';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { SYSTEM_PRINCIPAL, type Role } from '../../src/core/shared/principal.ts';
import { addOrganisation, addUser, createToken } from '../../src/core/identity/admin.service.ts';
import { freshStore } from '../support/test-store.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WEB_DIR = join(ROOT, 'web', 'dist');
/**
 * Chromium's headless shell when the test runner has unpacked it, else Debian's chromium; another build
 * can be named with CHROMIUM_PATH (scripts/test-chromium.mjs).
 */
export const CHROMIUM = testChromiumPath();

/**
 * Why the browser tests cannot run here, if they cannot: without Debian's chromium they are
 * skipped on a workstation and fail on CI (where a skipped suite would pass unnoticed).
 */
export const skipBrowser: string | false =
  !existsSync(CHROMIUM) && !process.env.CI
    ? "install Debian's chromium to run browser tests (apt-get install -y chromium)"
    : false;

/**
 * The tests leave screenshots of their steps for a person to review; none asserts on them, and the
 * suite's hundred or so full-page PNGs cost Chromium seconds of CPU (docs/benchmarks.md). They are
 * written only when asked: `VIGIE_TEST_SCREENSHOTS=1 npm test -- test/browser`.
 */
const KEEP_SCREENSHOTS = process.env.VIGIE_TEST_SCREENSHOTS === '1';

/** The organisation every store has, and a second one for the organisation select and sharing. */
export const HOME_ORGANISATION = 'Vigie';
export const OTHER_ORGANISATION = 'DISP de Marseille';

/** The accounts every harness creates, all in the Vigie organisation. */
const ACCOUNTS = {
  admin: { username: 'camille.roux', display_name: 'Camille Roux', role: 'admin', compartments: [] },
  analyst: { username: 'louis.martin', display_name: 'Louis Martin', role: 'analyst', compartments: [] },
  staffAnalyst: { username: 'sarah.benali', display_name: 'Sarah Benali', role: 'analyst', compartments: ['STAFF'] },
} as const satisfies Record<
  string,
  { username: string; display_name: string; role: Role; compartments: Array<'STAFF'> }
>;

export type AccountName = keyof typeof ACCOUNTS;
export interface TestAccount {
  id: string;
  username: string;
  display_name: string;
  password: string;
  token: string;
}

export type TestPage = Page & { errors: string[] };

export interface Harness {
  url: string;
  server: RunningServer;
  accounts: Record<AccountName, TestAccount>;
  /**
   * A fresh page (own storage) in French, Paris time, that records the page's own errors, signed in
   * as `as` (the analyst by default; null: not signed in). Each account signs in once, through the
   * API the sign-in page calls; later pages reuse its session cookie.
   */
  newPage(options?: { as?: AccountName | null }): Promise<TestPage>;
  /** Calls the API with the account's token (as a script would), returning status and JSON. */
  api(account: AccountName, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

const caller = { principal: SYSTEM_PRINCIPAL, address: 'test' };

/** Creates the test accounts with passwords of 16+ characters and an API token each. */
async function createAccounts(server: RunningServer): Promise<Record<AccountName, TestAccount>> {
  // A demo store already has this directorate.
  if (!(await server.context.identity.findOrganisation(OTHER_ORGANISATION)))
    await addOrganisation(server.context.admin, caller, { name: OTHER_ORGANISATION, kind: 'directorate' });
  const accounts = {} as Record<AccountName, TestAccount>;
  for (const [name, spec] of Object.entries(ACCOUNTS) as Array<[AccountName, (typeof ACCOUNTS)[AccountName]]>) {
    const password = `${spec.username}-secret-2025`;
    const { user } = await addUser(server.context.admin, caller, {
      ...spec,
      compartments: [...spec.compartments],
      organisation: HOME_ORGANISATION,
      password,
    });
    const { token } = await createToken(server.context.admin, caller, { name: 'browser tests', user: user.id });
    accounts[name] = { id: user.id, username: spec.username, display_name: spec.display_name, password, token };
  }
  return accounts;
}

export interface HarnessOptions {
  /** start the live detection with the server (default true); off, `prepare` starts it once the data is in */
  detection?: boolean;
  /** a store folder to serve (made by the test, deleted on close); default a fresh migrated one */
  dataDir?: () => Promise<string>;
  /** fills the store after the accounts are made and before the browser starts */
  prepare?: (server: RunningServer) => Promise<void>;
  /** the built web app to serve (default web/dist, built first if stale); bench/page-load compares two builds */
  webDir?: string;
}

/**
 * The process's one Chromium, shared by the harnesses of the browser files a batch runs in turn
 * (scripts/test-batches.mjs): a launch costs Chromium about a second of CPU. It is closed a few
 * seconds after the last harness returns it (the next file of the batch borrows it before then), so
 * that a finished process does not wait on it.
 */
let sharedBrowser: Promise<Browser> | undefined;
let borrowers = 0;
let closing: NodeJS.Timeout | undefined;
const LINGER_MS = 5_000;

/**
 * Chromium's features the tests turn off. Since Chromium 15x every window of the headless browser, so
 * every browser context a test opens, also starts a renderer for the address bar's popup (a WebUI page
 * of its own): about 0.9 s of CPU per context here, more than a light page of the app costs
 * (docs/benchmarks.md, "The test suites", ninth pass). Chromium reads only the last
 * `--disable-features`, so the list repeats the ones Playwright 1.64 turns off for its own reasons.
 */
const DISABLED_FEATURES = [
  // the address bar's popup, rendered as WebUI (both are needed: either alone still starts it)
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  // Playwright's own list (playwright-core, chromiumSwitches)
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/** A headless Chromium with the tests' switches; the harness shares one per process (below). */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  });
}

async function borrowBrowser(): Promise<Browser> {
  clearTimeout(closing);
  borrowers += 1;
  const current = sharedBrowser;
  if (
    current &&
    (await current.then(
      (browser) => browser.isConnected(),
      () => false,
    ))
  )
    return current;
  sharedBrowser = launchChromium();
  return sharedBrowser;
}

function returnBrowser(): void {
  borrowers -= 1;
  if (borrowers > 0) return;
  clearTimeout(closing);
  closing = setTimeout(() => {
    const browser = sharedBrowser;
    sharedBrowser = undefined;
    void browser?.then((open) => open.close()).catch(() => {});
  }, LINGER_MS);
}

/**
 * Lends the process's one Chromium to a test that serves its own server, without the harness and its
 * accounts (a fresh install's first visit): a browser of its own would cost it a launch.
 */
export async function withSharedBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = borrowBrowser();
  try {
    return await use(await browser);
  } finally {
    returnBrowser();
  }
}

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/**
 * What the sign-in page leaves in a browser: the session cookie the API sets on POST /api/auth/login
 * (the app asks /api/auth/me for the rest when it starts). The sign-in page itself is tested in
 * access.test.ts; going through it for every account of every file cost a browser context and two
 * page loads each (docs/benchmarks.md, "The test suites", ninth pass). Signs in with the browser's own
 * user agent, as the page would.
 */
async function signedInState(url: string, account: TestAccount, browser: Browser): Promise<StorageState> {
  const cdp = await browser.newBrowserCDPSession();
  const { userAgent } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  if (response.status !== 200) throw new Error(`${account.username} could not sign in: ${response.status}`);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`signing in ${account.username} set no ${SESSION_COOKIE} cookie`);
  const value = cookie.slice(SESSION_COOKIE.length + 1).split(';')[0];
  const maxAge = Number(/;\s*Max-Age=(\d+)/i.exec(cookie)?.[1] ?? 3600);
  return {
    cookies: [
      {
        name: SESSION_COOKIE,
        value,
        domain: new URL(url).hostname,
        path: '/',
        expires: Math.floor(Date.now() / 1000) + maxAge,
        httpOnly: true,
        secure: false,
        sameSite: 'Strict',
      },
    ],
    origins: [],
  };
}

/** Builds the web app if stale, starts a server on a fresh store with test accounts, and a headless Chromium. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests need ${CHROMIUM}: run apt-get install -y chromium (CI must install it too)`);
  }
  if (!options.webDir) ensureWebBuild({ quiet: true });
  // Chromium starts while the server opens and fills its store; the harness borrows the process's one browser.
  const browser = borrowBrowser();
  browser.catch(() => {}); // awaited below; a failed launch must not count as an unhandled rejection meanwhile
  let server: RunningServer | undefined;
  let dataDir: string | undefined;
  let accounts: Record<AccountName, TestAccount>;
  try {
    // A copy of the run's migrated template: an empty folder would cost the server an initdb and
    // every migration (seconds of CPU in each browser file).
    dataDir = options.dataDir ? await options.dataDir() : (await freshStore()).dataDir;
    server = await startServer({ dataDir, port: 0, webDir: options.webDir ?? WEB_DIR, detection: options.detection });
    accounts = await createAccounts(server);
    await options.prepare?.(server);
    await browser;
  } catch (error) {
    await server?.close();
    returnBrowser();
    throw error;
  }
  /** The harness's own browser contexts (one per page), closed with it: the browser outlives it. */
  const contexts = new Set<BrowserContext>();
  const sessions = new Map<AccountName, StorageState>();

  const openPage = async (storageState?: StorageState): Promise<TestPage> => {
    const context = await (await browser).newContext({
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
      storageState,
    });
    contexts.add(context);
    context.on('close', () => contexts.delete(context));
    const page = (await context.newPage()) as TestPage;
    if (!KEEP_SCREENSHOTS) page.screenshot = async () => Buffer.alloc(0);
    page.errors = [];
    page.on('pageerror', (error) => page.errors.push(error.message));
    page.on('console', (message) => {
      // The browser logs every refused request (a 401 before signing in, a 403 shown to the user); those are expected.
      if (
        message.type() === 'error' &&
        !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
      )
        page.errors.push(message.text());
    });
    return page;
  };

  const harness: Harness = {
    url: server.url,
    server,
    accounts,
    async newPage({ as = 'analyst' } = {}) {
      if (as === null) return openPage();
      if (!sessions.has(as)) sessions.set(as, await signedInState(server.url, accounts[as], await browser));
      return openPage(sessions.get(as));
    },
    async api(account, method, path, body) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${accounts[account].token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => undefined) };
    },
    async close() {
      await Promise.all([...contexts].map((context) => context.close()));
      returnBrowser();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** A page of the harness in a language chosen before the app starts, as a returning user would have it. */
export async function pageInLanguage(harness: Pick<Harness, 'newPage'>, lang: 'fr' | 'en'): Promise<TestPage> {
  const page = await harness.newPage();
  await page.addInitScript({ content: `localStorage.setItem('vigie.lang', '${lang}')` });
  return page;
}

/** Writes a full-page screenshot of a step to `folder`/`name`.png, for review (the folder is ignored by git). */
export const screenshotTo = (folder: string) => (page: TestPage, name: string) =>
  page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });

/**
 * How wide the page lays out at a phone's width (390 px), then back at its own size: more than 390
 * means the whole page scrolls sideways (a wide table or a long select option not held in a frame).
 */
export async function widthOnPhone(page: Page): Promise<number> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );
  if (size) await page.setViewportSize(size);
  return width;
}

/** The ids of the page's selects whose first option says nothing (a blank line the reader must guess at). */
export async function blankFirstOptions(page: Page): Promise<string[]> {
  return page.$$eval('select', (selects) =>
    selects
      .filter((select) => {
        const first = (select as unknown as { options: ArrayLike<{ textContent: string | null }> }).options[0];
        return first !== undefined && !first.textContent?.trim();
      })
      .map((select) => (select as unknown as { id: string }).id || '(no id)'),
  );
}
