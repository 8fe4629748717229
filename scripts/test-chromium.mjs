// Which Chromium the browser tests drive. Debian's chromium (`/usr/bin/chromium`) is the full browser
// in its new headless mode: every browser context a test opens costs it about half a second of CPU
// more than Chromium's headless shell, the lighter build made for automation (docs/benchmarks.md,
// "The test suites", fifteenth pass). The shell comes from the npm registry inside the devDependency
// @sparticuz/chromium (brotli-packed; nothing is downloaded at run time) and is unpacked once into
// node_modules/.cache. It uses the system libraries that Debian's chromium package brings, so it is
// chosen only where that package is installed. CHROMIUM_PATH names another build and wins.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The headless shell's folder for the installed package's version, or undefined when it is not installed. */
function shellFolder() {
  // The package's exports do not include its package.json: read it where npm installs it.
  const manifest = join(ROOT, 'node_modules', '@sparticuz', 'chromium', 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(ROOT, 'node_modules', '.cache', 'vigie-headless-shell', version);
}

/** The Chromium to launch now, without unpacking anything: CHROMIUM_PATH, the unpacked shell, or Debian's. */
export function testChromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  const folder = shellFolder();
  const shell = folder && join(folder, 'chromium');
  return shell && existsSync(shell) && existsSync(DEBIAN_CHROMIUM) ? shell : DEBIAN_CHROMIUM;
}

/**
 * Unpacks the headless shell if it is installed and not yet unpacked (a few seconds, once per
 * version), then answers as testChromiumPath. Two runs unpacking at once each write a folder of their
 * own and rename it into place; the second rename finds the folder there and drops its copy.
 */
export async function prepareTestChromium(env = process.env) {
  const folder = shellFolder();
  if (env.CHROMIUM_PATH || !folder || !existsSync(DEBIAN_CHROMIUM)) return testChromiumPath(env);
  if (!existsSync(join(folder, 'chromium'))) {
    const staging = `${folder}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    // The package unpacks into the system's temporary folder (os.tmpdir(), read at each call): pointed
    // at the staging folder for the call, it leaves the binary and its SwiftShader libraries side by side.
    const tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    try {
      const { default: chromium } = await import('@sparticuz/chromium');
      await chromium.executablePath();
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdir;
    }
    try {
      renameSync(staging, folder);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return testChromiumPath(env);
}
