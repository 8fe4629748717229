import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsForReader, type RiskReason } from './risk-reason.ts';

const HOUR = 3_600_000;
const at = Date.UTC(2025, 3, 16, 8);
const evidence = (id: string, hoursAgo: number, siteId = 'lyon') => ({ id, siteId, time: at - hoursAgo * HOUR });

test('a reason resting only on records the reader may not read becomes "recent activity", said once', () => {
  const reasons: RiskReason[] = [
    {
      code: 'site_incidents',
      params: { incidents: 2, within_hours: 24 },
      evidence: [evidence('a', 10), evidence('b', 11)],
    },
    {
      code: 'directorate_incidents',
      params: { directorate: 'DISP-LYON', incidents: 1, within_hours: 24 },
      evidence: [evidence('c', 5)],
    },
    { code: 'usual_rates', params: { expected: 0.03, hours: 72 } },
  ];
  assert.deepEqual(
    reasonsForReader(reasons, () => false, at),
    [
      { code: 'recent_activity', params: {} },
      { code: 'usual_rates', params: { expected: 0.03, hours: 72 } },
    ],
  );
});

test('counts, sites and spans are recomputed from the readable evidence', () => {
  const reasons: RiskReason[] = [
    {
      code: 'campaign',
      params: { campaign_id: 'k', label: 'DDPF', sites: 3, incidents: 3, traits: ['kind'] },
      evidence: [evidence('a', 60, 'toulon'), evidence('b', 20, 'aix'), evidence('c', 10, 'aix')],
    },
  ];
  assert.deepEqual(
    reasonsForReader(reasons, (id) => id !== 'a', at),
    [
      { code: 'campaign', params: { campaign_id: 'k', label: 'DDPF', sites: 1, incidents: 2, traits: ['kind'] } },
      { code: 'recent_activity', params: {} },
    ],
  );
  const site: RiskReason[] = [
    {
      code: 'site_incidents',
      params: { incidents: 2, within_hours: 72 },
      evidence: [evidence('a', 60), evidence('b', 20)],
    },
  ];
  assert.deepEqual(reasonsForReader(site, (id) => id === 'b', at)[0], {
    code: 'site_incidents',
    params: { incidents: 1, within_hours: 24 },
  });
  assert.deepEqual(
    reasonsForReader(site, () => true, at),
    [{ code: 'site_incidents', params: { incidents: 2, within_hours: 72 } }],
  );
});
