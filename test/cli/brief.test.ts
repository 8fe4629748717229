import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { addUser, createToken } from '../../src/core/identity/admin.service.ts';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { runVigie, runVigieProcess, vigieOn } from '../support/cli-runner.ts';
import { incidentInput } from '../support/factories.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

async function pdfText(file: string): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), { mergePages: true });
  return text;
}

describe(`vigie brief on ${TEST_STORE}`, () => {
  let store: TestStore;
  // The store is open in this process, first for the command line, then for the server (which closes it).
  let context: VigieContext | undefined;
  let server: RunningServer | undefined;
  before(async () => {
    store = await freshStore();
    context = await openVigie(store);
  });
  after(async () => {
    await server?.close();
    await context?.close();
    await store.drop();
  });

  test('refuses an empty store with exit 2 instead of printing an empty brief, and a malformed date', async () => {
    const vigie = vigieOn({ ...context!, storeConfig: store });
    const empty = await vigie('brief', '--date', '2025-04-16');
    assert.equal(empty.code, 2);
    assert.equal(empty.stdout, '');
    assert.match(empty.stderr, /holds no incident: an empty brief would say nothing/);
    const badDate = await vigie('brief', '--date', '16/04/2025');
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /date: expected a date YYYY-MM-DD/);
    const noOut = await vigie('brief', '--format', 'pdf');
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /--out/);
  });

  test("works while the server runs, through its API with a token; the PDF lists the night's incident", async () => {
    server = await startServer({
      context,
      dataDir: store.dataDir,
      databaseUrl: store.databaseUrl,
      port: 0,
      detection: false,
    });
    context = undefined;
    const caller = { principal: SYSTEM_PRINCIPAL, address: 'test' };
    const { user } = await addUser(server.context.admin, caller, {
      username: 'ines.morel',
      display_name: 'Inès Morel',
      role: 'analyst',
      organisation: 'Vigie',
      password: 'ines.morel-secret-2025',
      compartments: [],
    });
    const { token } = await createToken(server.context.admin, caller, { name: 'cli test', user: user.id });
    const created = await fetch(`${server.url}/api/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        incidentInput({
          occurred: { at: '2025-04-16T00:40:00Z' },
          event_types: ['vehicle_arson'],
          target_kinds: ['staff_vehicle'],
          marking: 'GREEN',
        }),
      ),
    });
    assert.equal(created.status, 201, await created.text());

    // Another process, as a person would run it: the embedded store is locked to the server's.
    const local = await runVigieProcess(store, 'brief', '--date', '2025-04-16');
    if (TEST_STORE === 'pglite') {
      // the embedded store is locked to the server: the command says how to ask it instead
      assert.equal(local.code, 2);
      assert.match(local.stderr, /--api .*--token/);
    } else {
      assert.equal(local.code, 0, local.stderr);
    }

    const markdown = await runVigie(store, 'brief', '--api', server.url, '--token', token, '--date', '2025-04-16');
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /## Incidents de la nuit \(24 dernières heures\)/);
    assert.match(
      markdown.stdout,
      /\| 16\/04 02:40 \| Centre pénitentiaire de Toulon-La Farlède \| véhicule incendié \| D\.D\.P\.F \| B2 \|/,
    );

    const file = join(store.dataDir, 'brief.pdf');
    const pdf = await runVigie(
      store,
      'brief',
      '--api',
      server.url,
      '--token',
      token,
      '--date',
      '2025-04-16',
      '--lang',
      'en',
      '--format',
      'pdf',
      '--out',
      file,
    );
    assert.equal(pdf.code, 0, pdf.stderr);
    assert.equal(readFileSync(file).subarray(0, 5).toString(), '%PDF-');
    const text = await pdfText(file);
    assert.match(text, /Incidents of the night/);
    assert.match(text, /16\/04 02:40 Centre pénitentiaire de Toulon-La Farlède vehicle arson D\.D\.P\.F B2/);

    const refused = await runVigie(store, 'brief', '--api', server.url, '--token', 'not-a-token');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /answered 401/);
    const noToken = await runVigie(store, 'brief', '--api', server.url);
    assert.equal(noToken.code, 2);
    assert.match(noToken.stderr, /--api needs a token/);
    await server.close();
    server = undefined;

    // the server stopped: the store itself gives the same PDF
    const offline = await runVigie(store, 'brief', '--date', '2025-04-16', '--format', 'pdf', '--out', file);
    assert.equal(offline.code, 0, offline.stderr);
    assert.match(await pdfText(file), /Toulon-La Farlède véhicule incendié/);
  });
});
