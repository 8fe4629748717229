import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedEvaluationsPerYear, isMultiSiteBurst, topSiteShare, waveAlarmPValue } from './alarm-rule.ts';

test('a burst spread over two sites or more, none holding over half, is a wave', () => {
  assert.equal(isMultiSiteBurst([{ observed: 2 }, { observed: 2 }]), true);
  assert.equal(isMultiSiteBurst([{ observed: 1 }, { observed: 1 }, { observed: 1 }]), true);
});

test('a burst at one prison with a neighbour attached is not a wave', () => {
  assert.equal(isMultiSiteBurst([{ observed: 5 }, { observed: 1 }]), false);
  assert.equal(isMultiSiteBurst([{ observed: 4 }]), false);
  assert.equal(isMultiSiteBurst([{ observed: 3 }, { observed: 0 }]), false, 'a site without incidents does not count');
  assert.equal(isMultiSiteBurst([]), false);
  assert.equal(topSiteShare([{ observed: 3 }, { observed: 1 }]), 0.75);
});

test('the counted evaluation rate is used when above the floor', () => {
  assert.equal(countedEvaluationsPerYear(3, 50), 50);
  assert.equal(countedEvaluationsPerYear(400, 50), 400);
});

test('a wave alarm rests on the better of its two tests, doubled, and on the scan only when it is spread', () => {
  assert.equal(waveAlarmPValue({ pValue: 0.001, spread: true }, { pValue: 0.01 }), 0.002);
  assert.equal(waveAlarmPValue({ pValue: 0.001, spread: false }, { pValue: 0.01 }), 0.02);
  assert.equal(waveAlarmPValue({ pValue: 0.001, spread: false }, null), 1);
  assert.equal(waveAlarmPValue({ pValue: 0.9, spread: true }, null), 1);
});
