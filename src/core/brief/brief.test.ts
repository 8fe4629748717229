import { test } from 'node:test';
import assert from 'node:assert/strict';
import { campaignSignificance, type BriefCampaign } from './brief.ts';
import { briefAsOf, parseBriefTime } from './brief.service.ts';
import { recurrenceSentenceFr } from './brief-text.ts';

const campaign = (extra: Partial<BriefCampaign>): BriefCampaign => ({
  id: 'c',
  key: 'campaign-1',
  state: 'active',
  sites: ['Toulon'],
  members: 5,
  new_members: 0,
  sentence: 'aux taux habituels, cela arrive une fois en 40 ans',
  p_value: 0.002,
  p_value_yesterday: null,
  first_seen: false,
  withheld: false,
  explanation: '',
  facts: null,
  start: '2025-04-14T20:00:00Z',
  end: '2025-04-16T04:00:00Z',
  ...extra,
});

test('a brief is as of its date at the brief time in Paris, summer or winter, and never after now', () => {
  assert.equal(
    briefAsOf('2025-04-16', '06:30', new Date('2026-01-01T00:00:00Z')).toISOString(),
    '2025-04-16T04:30:00.000Z',
  );
  assert.equal(
    briefAsOf('2025-01-16', '06:30', new Date('2026-01-01T00:00:00Z')).toISOString(),
    '2025-01-16T05:30:00.000Z',
  );
  const now = new Date('2025-04-16T03:00:00Z');
  assert.equal(briefAsOf('2025-04-16', '06:30', now), now);
  assert.throws(() => briefAsOf('2025-02-30', '06:30', now), /expected a date YYYY-MM-DD/);
});

test('the brief time is HH:MM, and a bad one is refused naming the variable', () => {
  assert.equal(parseBriefTime(undefined), '06:30');
  assert.equal(parseBriefTime(' 07:05 '), '07:05');
  assert.throws(
    () => parseBriefTime('7h'),
    (error: { details: Array<{ path: string }> }) => error.details[0].path === 'VIGIE_BRIEF_TIME',
  );
});

test('what changed since yesterday names new incidents and the p-value then and now', () => {
  const changed = campaignSignificance(campaign({ new_members: 2, p_value_yesterday: 0.03 }), 'fr');
  assert.equal(changed.changed, '2 nouvel(s) incident(s), p passée de 0,030 à 0,0020');
  assert.equal(changed.significance, 'aux taux habituels, cela arrive une fois en 40 ans (p = 0,0020)');
  assert.equal(
    campaignSignificance(campaign({ first_seen: true, new_members: 5 }), 'en').changed,
    'new campaign, 5 new incident(s)',
  );
  assert.match(campaignSignificance(campaign({ withheld: true }), 'en').significance, /withheld/);
  assert.equal(recurrenceSentenceFr(2000), 'aux taux habituels, cela arrive moins d’une fois en 1 000 ans');
  assert.equal(recurrenceSentenceFr(0.5), 'aux taux habituels, cela arrive une fois en 6 mois');
});
