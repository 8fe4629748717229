import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedEvaluationsPerYear, isMultiSiteBurst, topSiteShare } from './alarm-rule.ts';

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
