import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectImportFormat } from './import-format.ts';

test('recognises a format by the file extension', () => {
  assert.equal(detectImportFormat({ fileName: 'incidents.json' }), 'json');
  assert.equal(detectImportFormat({ fileName: 'incidents.NDJSON' }), 'ndjson');
  assert.equal(detectImportFormat({ fileName: 'export.jsonl' }), 'ndjson');
  assert.equal(detectImportFormat({ fileName: 'saisies 2025.csv' }), 'csv');
});

test('falls back on the content type, ignoring its parameters', () => {
  assert.equal(detectImportFormat({ contentType: 'application/json; charset=utf-8' }), 'json');
  assert.equal(detectImportFormat({ contentType: 'application/x-ndjson' }), 'ndjson');
  assert.equal(detectImportFormat({ contentType: 'application/jsonl' }), 'ndjson');
  assert.equal(detectImportFormat({ contentType: 'text/csv' }), 'csv');
});

test('trusts the file name over the content type', () => {
  assert.equal(detectImportFormat({ fileName: 'a.csv', contentType: 'application/json' }), 'csv');
  assert.equal(detectImportFormat({ fileName: 'a.txt', contentType: 'application/json' }), 'json');
});

test('sniffs the first bytes when nothing else tells', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  assert.equal(detectImportFormat({ firstBytes: bytes('\uFEFF  [{"occurred"') }), 'json');
  assert.equal(detectImportFormat({ firstBytes: bytes('{"occurred":{}}\n{"occ') }), 'ndjson');
  assert.equal(detectImportFormat({ firstBytes: 'external_id,occurred.date\nA,2025' }), 'csv');
  assert.equal(detectImportFormat({ contentType: 'application/octet-stream', firstBytes: 'a;b\n1;2' }), 'csv');
});

test('gives up on content it cannot recognise', () => {
  assert.equal(detectImportFormat({}), undefined);
  assert.equal(detectImportFormat({ fileName: 'notes.txt', firstBytes: 'hello world' }), undefined);
  assert.equal(detectImportFormat({ firstBytes: new Uint8Array() }), undefined);
});
