import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Campaign } from '../../analysis/linking/campaign-types.ts';
import type { CampaignRow } from '../../store/schema.ts';
import { campaignRecord, sameMembers, storedAsIs } from './campaign-record.ts';

const campaign = {
  key: 'k1',
  status: 'candidate',
  start: Date.UTC(2025, 3, 13, 22),
  end: Date.UTC(2025, 3, 15, 4),
  sites: ['fr-toulon', 'fr-nanterre'],
  sharedSignatures: [{ normalized: 'ddpf', text: 'DDPF', count: 2, extra: true }],
  confidence: 0.8,
  explanation: 'two sites share DDPF',
  numbers: { links: 1, meanScore: 0.9 },
  core: ['a'],
  medoid: 'a',
  members: ['a', 'b'],
} as unknown as Campaign;

/** The row the store gives back for the record: jsonb reorders object keys. */
function storedRow(): CampaignRow {
  const record = campaignRecord('id-1', campaign, null);
  return {
    id: 'id-1',
    key: 'k1',
    state: 'active',
    start_at: record.start,
    end_at: record.end,
    sites: [...record.sites],
    shared_signatures: [{ text: 'DDPF', count: 2, normalized: 'ddpf' }],
    confidence: 0.8,
    explanation: 'two sites share DDPF',
    facts: { medoid: 'a', core: ['a'], meanScore: 0.9, links: 1 },
    significance: null,
    dismissed_reason: null,
    version: 3,
    created_at: new Date(),
    updated_at: new Date(),
  } as unknown as CampaignRow;
}

test('a campaign found again as it was stored is not written again, whatever the key order of its facts', () => {
  assert.equal(storedAsIs(storedRow(), ['b', 'a'], campaignRecord('id-1', campaign, null)), true);
});

test('a new member, a new confidence, a changed sentence or unknown members mean writing it again', () => {
  const row = storedRow();
  assert.equal(storedAsIs(row, ['a'], campaignRecord('id-1', campaign, null)), false);
  assert.equal(storedAsIs(row, undefined, campaignRecord('id-1', campaign, null)), false);
  assert.equal(storedAsIs({ ...row, confidence: 0.7 }, ['a', 'b'], campaignRecord('id-1', campaign, null)), false);
  assert.equal(storedAsIs({ ...row, explanation: 'other' }, ['a', 'b'], campaignRecord('id-1', campaign, null)), false);
  assert.equal(
    storedAsIs(
      { ...row, facts: { ...row.facts, links: 2 } } as CampaignRow,
      ['a', 'b'],
      campaignRecord('id-1', campaign, null),
    ),
    false,
  );
});

test('members are compared as sets', () => {
  assert.equal(sameMembers(['a', 'b'], ['b', 'a']), true);
  assert.equal(sameMembers(['a', 'b'], ['a', 'c']), false);
  assert.equal(sameMembers(undefined, []), false);
});
