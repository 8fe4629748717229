/**
 * The layers of docs/architecture.md, checked on the import graph of src/. Each file's imports are
 * read by TypeScript's own pre-processor (`ts.preProcessFile`: static, type-only, dynamic and
 * re-export specifiers, no type checking), so the check needs no other tool and runs in a second.
 *
 * - A module imports only its own layer and the layers below it: cli → api → context → core → store →
 *   analysis, the kernel (src/core/shared) below all of them; so the store imports nothing of core
 *   but the kernel, and the kernel nothing but itself.
 * - No file under src/api/ imports core/access: routes validate, call a use case and present.
 * - No module imports a test, test/ or bench/.
 * - No cycle among the files of src/.
 * Tests (`*.test.ts`) are outside the layers: nothing imports them, and they may set up what they check
 * through any module. They still may not be imported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

/**
 * The layers, highest first: a module imports its own band and the bands after it. Beside the chain
 * of docs/architecture.md: the demo loads through the context as the API does; the NATS transports
 * implement core's queue and bus for the context; intake and export still lean on core's schemas and
 * use cases (see "Still crossing" there), so they share its band; security, config and package-root
 * import nothing of Vigie but the kernel.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['api', 'demo'],
  ['context'],
  ['messaging'],
  ['core', 'intake', 'export'],
  ['store'],
  ['analysis', 'security', 'config', 'package-root'],
  ['kernel'],
];

export interface Edge {
  from: string;
  to: string;
}

/** The layer of a file of src/ (a path relative to src/, `/`-separated). */
export function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'core') return parts[1] === 'shared' ? 'kernel' : 'core';
  if (parts.length === 1) return parts[0].replace(/\.tsx?$/, '');
  return parts[0];
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** The rules above, broken by these edges (paths relative to src/; outside src/ they start with `../`). */
export function layerViolations(edges: Edge[]): string[] {
  const band = new Map(LAYERS.flatMap((names, index) => names.map((name) => [name, index] as const)));
  const problems: string[] = [];
  for (const { from, to } of edges) {
    if (isTest(from)) continue;
    const arrow = `${from} → ${to}`;
    if (isTest(to) || /^\.\.\/(test|bench)\//.test(to)) {
      problems.push(`${arrow}: a module imports a test`);
      continue;
    }
    if (to.startsWith('../')) continue;
    const [fromLayer, toLayer] = [layerOf(from), layerOf(to)];
    const [fromBand, toBand] = [band.get(fromLayer), band.get(toLayer)];
    if (fromBand === undefined || toBand === undefined) {
      problems.push(`${arrow}: ${fromBand === undefined ? fromLayer : toLayer} is in no layer (add it to LAYERS)`);
      continue;
    }
    if (toBand < fromBand) problems.push(`${arrow}: ${fromLayer} imports ${toLayer}, a layer above it`);
    if (fromLayer === 'api' && to.startsWith('core/access/'))
      problems.push(`${arrow}: a route decides access (ask a use case, which asks core/access)`);
  }
  return problems;
}

/** The cycles of a directed graph: its strongly connected components of more than one node, and self-loops (Tarjan). */
export function cyclesOf(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import of every file of src/, as edges between paths relative to src/. */
function importGraph(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(src)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package
      const target = resolve(dirname(file), fileName);
      const found = [target, `${target}.ts`, join(target, 'index.ts')].find((path) => existsSync(path)) ?? target;
      edges.push({ from: relative(src, file).split(sep).join('/'), to: relative(src, found).split(sep).join('/') });
    }
  }
  return edges;
}

test('the checks see what they look for', () => {
  const { importedFiles } = ts.preProcessFile(
    ["import type { A } from './a.ts';", "export { b } from './b.ts';", "const c = await import('./c.ts');"].join('\n'),
    true,
    true,
  );
  assert.deepEqual(
    importedFiles.map((f) => f.fileName),
    ['./a.ts', './b.ts', './c.ts'],
  );
  assert.deepEqual(
    layerViolations([
      { from: 'store/incident.repository.ts', to: 'core/incident/incident.ts' },
      { from: 'store/incident.repository.ts', to: 'core/shared/principal.ts' },
      { from: 'core/shared/locate.ts', to: 'core/facility/facility.ts' },
      { from: 'api/routes/cases.ts', to: 'core/access/access.ts' },
      { from: 'analysis/x.ts', to: 'store/y.ts' },
      { from: 'cli/main.ts', to: 'api/app.ts' },
      { from: 'core/a/a.service.ts', to: '../test/support/test-store.ts' },
      { from: 'store/a.test.ts', to: 'core/a/a.service.ts' },
      { from: 'novel/thing.ts', to: 'core/shared/errors.ts' },
    ]).map((problem) => problem.split(':')[0]),
    [
      'store/incident.repository.ts → core/incident/incident.ts',
      'core/shared/locate.ts → core/facility/facility.ts',
      'api/routes/cases.ts → core/access/access.ts',
      'analysis/x.ts → store/y.ts',
      'core/a/a.service.ts → ../test/support/test-store.ts',
      'novel/thing.ts → core/shared/errors.ts',
    ],
  );
  assert.deepEqual(
    cyclesOf([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'c', to: 'd' },
      { from: 'e', to: 'e' },
    ]),
    [['a', 'b', 'c'], ['e']],
  );
});

test('src/ keeps to its layers: no upward import, store below core, no route deciding access, no cycle', () => {
  const edges = importGraph();
  assert.ok(edges.length > 1000, `only ${edges.length} imports read`);
  assert.deepEqual(layerViolations(edges), []);
  assert.deepEqual(
    cyclesOf(edges).map((cycle) => cycle.join(' ⇄ ')),
    [],
  );
});
