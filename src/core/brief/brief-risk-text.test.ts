import { test } from 'node:test';
import assert from 'node:assert/strict';
import { riskReasonText } from './brief-risk-text.ts';

test('a site in the watch list to cover a campaign’s spread is worded with the campaign, the shape’s share and its own rank', () => {
  const reason = {
    code: 'campaign_cover' as const,
    params: { campaign_id: 'c1', label: 'DDPF', shape: 'spread', share: 40, rank: 14 },
  };
  assert.equal(
    riskReasonText(reason, 'en'),
    'in the list in case the DDPF campaign goes on to new sites (40 %): #14 on its own risk',
  );
  assert.equal(
    riskReasonText(reason, 'fr'),
    'dans la liste au cas où la campagne DDPF viserait de nouveaux sites (40 %) : 14e par son seul risque',
  );
  assert.match(
    riskReasonText({ ...reason, params: { ...reason.params, shape: 'return' } }, 'en'),
    /returns to its sites/,
  );
});
