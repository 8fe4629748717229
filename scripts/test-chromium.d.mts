/** The Chromium to launch now, without unpacking anything: CHROMIUM_PATH, the unpacked shell, or Debian's. */
export function testChromiumPath(env?: Record<string, string | undefined>): string;
/** Unpacks the headless shell if it is installed and not yet unpacked, then answers as testChromiumPath. */
export function prepareTestChromium(env?: Record<string, string | undefined>): Promise<string>;
