import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MapCellRow } from '../../store/incident-map.repository.ts';
import { countsOf, withChanges } from './map-counts.ts';

const cell = (gx: number, gy: number, event_class: string, n: number, lon: number, lat: number): MapCellRow => ({
  gx,
  gy,
  event_class,
  n,
  lon_sum: lon * n,
  lat_sum: lat * n,
});

describe('map counts brought up to date with the changes since they were counted', () => {
  const counted = countsOf(
    {
      snapshot: '10:10:',
      cells: [
        cell(1, 40, 'gunfire', 3, 1.5, 43.5),
        cell(1, 40, 'threat', 1, 1.7, 43.7),
        cell(2, 41, 'arson', 2, 2.1, 44.1),
      ],
    },
    5,
    2.8125,
  );

  test('a count: one cluster per cell, its classes merged, at the mean position, largest first', () => {
    assert.equal(counted.view.total, 6);
    assert.deepEqual(counted.view.clusters[0], {
      lon: 1.55,
      lat: 43.55,
      count: 4,
      by_class: { gunfire: 3, threat: 1 },
    });
    assert.deepEqual(counted.view.clusters[1], { lon: 2.1, lat: 44.1, count: 2, by_class: { arson: 2 } });
  });

  test('an incident moved to another cell and class: taken from where it was, added where it is', () => {
    const moved = withChanges(counted, {
      snapshot: '12:12:',
      cells: [cell(1, 40, 'gunfire', -1, 1.5, 43.5), cell(2, 41, 'threat', 1, 2.3, 44.3)],
    });
    assert.ok(moved);
    assert.equal(moved.snapshot, '12:12:');
    assert.equal(moved.view.total, 6);
    assert.deepEqual(
      moved.view.clusters.map((c) => [c.count, c.by_class]),
      [
        [3, { gunfire: 2, threat: 1 }],
        [3, { arson: 2, threat: 1 }],
      ],
    );
    assert.equal(counted.view.total, 6, 'the counts it started from are not changed (they may still be served)');
    assert.equal(counted.cells.get('1|40|gunfire')?.n, 3);
  });

  test('an incident moved within its cell and class: no count changes, the cluster moves', () => {
    const within = withChanges(counted, {
      snapshot: '16:16:',
      cells: [{ gx: 2, gy: 41, event_class: 'arson', n: 0, lon_sum: 0.2, lat_sum: -0.2 }],
    });
    assert.deepEqual(within?.view.clusters[1], { lon: 2.2, lat: 44, count: 2, by_class: { arson: 2 } });
  });

  test('a cell whose last incident went is gone, and no change at all keeps the view', () => {
    const emptied = withChanges(counted, { snapshot: '13:13:', cells: [cell(2, 41, 'arson', -2, 2.1, 44.1)] });
    assert.deepEqual(
      emptied?.view.clusters.map((c) => c.count),
      [4],
    );
    const same = withChanges(counted, { snapshot: '14:14:', cells: [] });
    assert.equal(same?.view, counted.view);
    assert.equal(same?.snapshot, '14:14:');
  });

  test('changes that would take a cell below zero are refused: only a full count can tell', () => {
    assert.equal(withChanges(counted, { snapshot: '15:15:', cells: [cell(2, 41, 'arson', -3, 2.1, 44.1)] }), undefined);
    assert.equal(withChanges(counted, { snapshot: '15:15:', cells: [cell(9, 9, 'riot', -1, 25, 25)] }), undefined);
  });
});
