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

test('a site raised because the campaign goes on to new sites names the campaign and its share, in French without English', () => {
  const reason = {
    code: 'campaign' as const,
    params: {
      campaign_id: 'c1',
      label: 'DDPF',
      sites: 7,
      incidents: 9,
      traits: ['new_sites', 'often_attacked'],
      new_site_share: 82,
    },
  };
  assert.equal(
    riskReasonText(reason, 'en'),
    'active DDPF campaign (7 sites, 9 incidents): the campaign goes on to new sites (82 % likely from its acts), a site often attacked',
  );
  assert.equal(
    riskReasonText(reason, 'fr'),
    'campagne DDPF en cours (7 sites, 9 incidents) : la campagne passe à de nouveaux sites (probabilité de 82 % d’après ses actes), site souvent attaqué',
  );
});
