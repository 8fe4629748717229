import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { setSharing } from '../../src/core/identity/admin.service.ts';
import { DEMO_ORGANISATIONS } from '../../src/demo/demo-accounts.ts';
import { DEMO_HISTORICAL_DAY } from '../../src/demo/demo-clock.ts';
import { freshDemoStore } from '../support/test-store.ts';
import { HOME_ORGANISATION, startHarness, type Harness } from './browser-harness.ts';

const NATIONAL = DEMO_ORGANISATIONS.find((organisation) => organisation.key === 'national')!.name;

/**
 * A harness on the seed demo (the April 2025 wave and two years of background; at its historical dates
 * unless `asOf` moves it, see src/demo/demo-clock.ts), loaded before the server starts and its
 * test accounts are made; the detection then indexes it once (links, campaigns, wave tests, risk baseline)
 * and the alert rules act on the wave alarm. The seed is TLP:AMBER and owned by the national
 * service, which shares it with the test accounts' organisation, so the analyst reads the whole wave.
 */
export function startDemoHarness(options: { asOf?: string } = {}): Promise<Harness> {
  return startHarness({
    detection: false,
    // The demo's store is copied from a template the test run fills once (test/support/test-store.ts).
    dataDir: async () => (await freshDemoStore(options.asOf ?? DEMO_HISTORICAL_DAY)).dataDir,
    prepare: async (server) => {
      await setSharing(
        server.context.admin,
        { principal: SYSTEM_PRINCIPAL, address: 'test' },
        NATIONAL,
        HOME_ORGANISATION,
        true,
      );
      await server.context.detection.start();
      await server.context.detection.idle();
      await server.context.alerting.idle();
    },
  });
}
