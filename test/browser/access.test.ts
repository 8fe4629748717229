import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { OTHER_ORGANISATION, skipBrowser, startHarness, type Harness } from './browser-harness.ts';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 90_000 };

before(async () => {
  if (!skipBrowser) harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

test(
  "an unauthenticated visitor sees the login page and a wrong password is worded in the page's language",
  options,
  async () => {
    const page = await harness.newPage({ as: null });
    await page.goto(`${harness.url}/#/incidents?status=verified`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    // The page the visitor asked for is remembered for after the sign-in.
    assert.match(page.url(), /#\/login\?next=%2Fincidents%3Fstatus%3Dverified$/);
    assert.equal(await page.getByTestId('user-menu').count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Incidents' }).count(), 0);
    await page.screenshot({ path: '/tmp/vigie-login.png' });

    const { username, password, display_name } = harness.accounts.analyst;
    await page.locator('#login-username').fill(username);
    await page.locator('#login-password').fill('not-the-right-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.textContent(), 'Nom d’utilisateur ou mot de passe incorrect.');
    assert.equal(await page.locator('#login-password').inputValue(), '', 'the wrong password is cleared');
    await page.screenshot({ path: '/tmp/vigie-login-error.png' });

    await page.locator('#login-password').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    assert.match(page.url(), /#\/incidents\?status=verified$/);
    const menu = page.getByTestId('user-menu');
    assert.match((await menu.textContent()) ?? '', new RegExp(`${display_name}.*Analyste · Vigie`));

    // Signing out ends the session: the next visit asks to sign in again.
    await menu.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await page.getByText('Vous êtes déconnecté.').waitFor();
    await page.goto(`${harness.url}/#/map`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  },
);

test(
  'a throttled sign-in (429) is worded in French and in English with the wait the server asks, never as a code',
  options,
  async () => {
    const page = await harness.newPage({ as: null });
    // The server's throttling is proven by the API tests (test/security/sign-in-throttling.test.ts): here, its answer as the page gets it.
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '120' },
        body: JSON.stringify({
          error: {
            code: 'too_many_attempts',
            message: 'too many failed sign-ins from this address; try again in 2 minutes',
            details: [],
          },
        }),
      }),
    );
    const expected = [
      [
        'fr',
        'Se connecter',
        'Trop de tentatives de connexion : patientez avant de réessayer. Nouvel essai possible dans 2 min.',
      ],
      ['en', 'Sign in', 'Too many sign-in attempts: wait before trying again. You may try again in 2 min.'],
    ];
    for (const [lang, button, text] of expected) {
      await page.goto(`${harness.url}/#/login`);
      await page.evaluate(`localStorage.setItem('vigie.lang', '${lang}')`);
      await page.reload();
      await page.locator('#login-username').fill('camille.roux');
      await page.locator('#login-password').fill('any-password-at-all');
      await page.getByRole('button', { name: button }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.equal((await alert.textContent())?.replace(/\s+/g, ' ').trim(), text, lang);
    }
  },
);

test('a locked account is told until when, and an admin unlocks it', options, async () => {
  const created = await harness.api('admin', 'POST', '/api/users', {
    username: 'bruno.lefort',
    role: 'reporter',
    organisation: 'Vigie',
    password: 'bruno-lefort-secret-2025',
  });
  assert.equal(created.status, 201);
  for (let attempt = 0; attempt < 5; attempt++) {
    await fetch(`${harness.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bruno.lefort', password: 'wrong-password-guess' }),
    });
  }
  const page = await harness.newPage({ as: null });
  // Signed in, the page goes to `next`: a light page, not the map the app opens on by default (5 s of
  // Chromium's CPU a load; docs/benchmarks.md, "The test suites", eleventh pass).
  await page.goto(`${harness.url}/#/login?next=%2Faccount`);
  await page.locator('#login-username').fill('bruno.lefort');
  await page.locator('#login-password').fill('bruno-lefort-secret-2025');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  assert.match(
    (await page.getByRole('alert').textContent()) ?? '',
    /^Ce compte est verrouillé après plusieurs échecs de connexion, jusqu’à .*\d\d:\d\d ; un administrateur/,
  );

  const admin = await harness.newPage({ as: 'admin' });
  await admin.goto(`${harness.url}/#/admin/users`);
  const row = admin.locator('[data-testid="user-row"][data-username="bruno.lefort"]');
  assert.match((await row.getByTestId('user-state').textContent()) ?? '', /^Verrouillé jusqu’à/);
  await row.getByRole('button', { name: 'Déverrouiller' }).click();
  await row.locator('[data-testid="user-state"]', { hasText: 'Actif' }).waitFor();
  assert.equal(await row.getByRole('button', { name: 'Déverrouiller' }).count(), 0);

  await page.locator('#login-password').fill('bruno-lefort-secret-2025');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByTestId('user-menu').waitFor();
  assert.deepEqual([...page.errors, ...admin.errors], []);
  await page.context().close();
  await admin.context().close();
});

test('an admin creates a user and sees the generated password once', options, async () => {
  const page = await harness.newPage({ as: 'admin' });
  // Any page has the menu: a light one, not the map.
  await page.goto(`${harness.url}/#/account`);
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
  assert.equal(
    await page.getByRole('link', { name: 'Utilisateurs', exact: true }).getAttribute('aria-current'),
    'page',
  );
  await page.getByTestId('user-row').first().waitFor();

  const form = page.getByTestId('user-form');
  await form.getByLabel('Nom d’utilisateur').fill('nadia.kaci');
  await form.getByLabel('Nom affiché').fill('Nadia Kaci');
  await form.getByLabel('Rôle').selectOption('investigator');
  await form.getByLabel('Organisation').selectOption({ label: OTHER_ORGANISATION });
  await form.getByLabel('Compartiment STAFF').check();
  await form.getByRole('button', { name: 'Créer le compte' }).click();

  const secret = page.getByTestId('secret-once');
  await secret.waitFor();
  assert.match((await secret.textContent()) ?? '', /Mot de passe de nadia\.kaci.*il ne sera plus affiché/);
  const password = (await secret.getByTestId('secret-value').textContent())!;
  assert.ok(password.length >= 12, `a generated password of 12+ characters (got ${password.length})`);
  const row = page.locator('[data-testid="user-row"][data-username="nadia.kaci"]');
  // STAFF is proposed, not granted: a second administrator approves it (issue 16, two-person rule).
  assert.match((await row.textContent()) ?? '', new RegExp(`Nadia Kaci.*${OTHER_ORGANISATION}.*Actif.*jamais`));
  assert.doesNotMatch((await row.textContent()) ?? '', /STAFF/);
  await page.getByTestId('compartment-proposal').filter({ hasText: 'Nadia Kaci' }).waitFor();
  assert.equal(await row.getByLabel('Rôle de Nadia Kaci').inputValue(), 'investigator');
  await page.screenshot({ path: '/tmp/vigie-admin-users.png', fullPage: true });

  // The password works, and once dismissed it is gone for good (the server never returns it again).
  const login = await fetch(`${harness.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'nadia.kaci', password }),
  });
  assert.equal(login.status, 200);
  await secret.getByRole('button', { name: 'J’ai noté, masquer' }).click();
  assert.equal(await page.getByTestId('secret-once').count(), 0);
  await page.reload();
  await row.waitFor();
  assert.equal(await page.getByTestId('secret-once').count(), 0);
  assert.equal((await page.content()).includes(password), false);

  // A change of role is saved at once.
  await row.getByLabel('Rôle de Nadia Kaci').selectOption('analyst');
  await page.getByText('Compte Nadia Kaci modifié.').waitFor();
  const users = await harness.api('admin', 'GET', '/api/users');
  assert.equal(users.json.items.find((user: { username: string }) => user.username === 'nadia.kaci').role, 'analyst');

  // Organisations: the sharing checkboxes write at once.
  await page.getByRole('link', { name: 'Organisations' }).click();
  const share = page.getByLabel(`Vigie partage ses informations AMBER avec ${OTHER_ORGANISATION}`);
  await share.check();
  await page.getByText(`Vigie partage désormais ses informations AMBER avec ${OTHER_ORGANISATION}.`).waitFor();
  const organisations = await harness.api('admin', 'GET', '/api/organisations');
  const vigie = organisations.json.items.find((organisation: { name: string }) => organisation.name === 'Vigie');
  const other = organisations.json.items.find(
    (organisation: { name: string }) => organisation.name === OTHER_ORGANISATION,
  );
  assert.deepEqual(vigie.shares_with, [other.id]);
  await page.screenshot({ path: '/tmp/vigie-admin-organisations.png', fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

const STAFF = {
  name: 'Marc Durand',
  role: 'Surveillant brigadier',
  home_address: '12 rue des Lilas, 83210 La Farlède',
  phone: '06 12 34 56 78',
  notes: 'Véhicule personnel incendié devant le domicile.',
};

test(
  "a staff-protection analyst sees the officer's home address and a plain analyst sees that it is protected",
  options,
  async () => {
    const created = await harness.api('staffAnalyst', 'POST', '/api/incidents', {
      occurred: { night_of: '2025-04-20' },
      place: { lat: 43.1644, lon: 6.0395, precision: 'commune', commune: 'La Farlède', department: '83' },
      event_types: ['vehicle_arson'],
      target_kinds: ['staff_vehicle', 'staff_home'],
      marking: 'AMBER',
      staff: STAFF,
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const id = created.json.id as string;

    const holder = await harness.newPage({ as: 'staffAnalyst' });
    await holder.goto(`${harness.url}/#/incidents/${id}`);
    const section = holder.getByTestId('staff-section');
    await section.getByRole('heading', { name: 'Personnel visé (compartiment STAFF)' }).waitFor();
    assert.equal(await section.getByTestId('staff-home_address').textContent(), STAFF.home_address);
    assert.equal(await section.getByTestId('staff-name').textContent(), STAFF.name);
    assert.equal(await holder.locator('.incident__header').getByTestId('marking').textContent(), 'TLP:AMBER');
    await holder.screenshot({ path: '/tmp/vigie-incident-staff.png', fullPage: true });

    const plain = await harness.newPage({ as: 'analyst' });
    await plain.goto(`${harness.url}/#/incidents/${id}`);
    const notice = plain.getByTestId('staff-section').getByTestId('staff-protected');
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', /Informations protégées — réservées au compartiment STAFF/);
    const text = (await plain.locator('main').textContent()) ?? '';
    for (const value of [STAFF.home_address, STAFF.name, STAFF.phone])
      assert.equal(text.includes(value), false, `${value} is not shown`);
    await plain.screenshot({ path: '/tmp/vigie-incident-protected.png', fullPage: true });

    // The record form offers the staff block to holders of the compartment only; AMBER is the default.
    await holder.goto(`${harness.url}/#/incidents/new`);
    await holder
      .getByTestId('staff-form')
      .getByText('chiffrées et visibles uniquement des titulaires du compartiment STAFF')
      .waitFor();
    assert.equal(await holder.getByRole('radio', { name: /^TLP:AMBER —/ }).isChecked(), true);
    await holder.screenshot({ path: '/tmp/vigie-form-staff.png', fullPage: true });
    await plain.goto(`${harness.url}/#/incidents/new`);
    await plain.getByRole('radio', { name: /^TLP:RED —/ }).waitFor();
    assert.equal(await plain.getByTestId('staff-form').count(), 0);
    assert.deepEqual([...holder.errors, ...plain.errors], []);
    await holder.context().close();
    await plain.context().close();
  },
);

test('a staff holder records an incident with staff details and a marking through the form', options, async () => {
  const page = await harness.newPage({ as: 'staffAnalyst' });
  await page.goto(`${harness.url}/#/incidents/new`);
  await page.locator('#form-facility').fill('Toulon');
  await page.getByRole('option', { name: /Centre pénitentiaire de Toulon-La Farlède/ }).click();
  await page.locator('#form-night').fill('2025-05-03');
  await page.getByRole('checkbox', { name: 'Menaces' }).check();
  await page.locator('#form-staff-name').fill('Julie Perrin');
  await page.locator('#form-staff-home_address').fill('4 impasse des Oliviers, 83160 La Valette-du-Var');
  await page.getByRole('radio', { name: /^TLP:AMBER\+STRICT —/ }).check();
  await page.getByRole('button', { name: 'Enregistrer l’incident' }).click();

  await page.waitForURL(/#\/incidents\/[0-9a-f-]{36}\?created=1/);
  await page.getByRole('heading', { level: 1, name: 'Menaces' }).waitFor();
  assert.equal(await page.locator('.incident__header').getByTestId('marking').textContent(), 'TLP:AMBER+STRICT');
  assert.equal(
    await page.getByTestId('staff-home_address').textContent(),
    '4 impasse des Oliviers, 83160 La Valette-du-Var',
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the audit page verifies the chain', options, async () => {
  const page = await harness.newPage({ as: 'admin' });
  await page.goto(`${harness.url}/#/admin/audit`);
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
  const rows = page.getByTestId('audit-row');
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 5, 'sign-ins and account changes are in the trail');
  assert.match((await page.getByTestId('audit-table').textContent()) ?? '', /auth\.login/);
  // Newest first.
  const [first, second] = await rows.locator('td:first-child').allTextContents();
  assert.ok(Number(first) > Number(second));

  await page.getByRole('button', { name: 'Vérifier la chaîne' }).click();
  const result = page.getByTestId('audit-verify-result');
  await result.waitFor();
  assert.match((await result.textContent()) ?? '', /Chaîne intacte : \d+ événement\(s\) vérifié\(s\)\./);
  await page.screenshot({ path: '/tmp/vigie-admin-audit.png', fullPage: true });

  // An analyst has no administration and is told so.
  const analyst = await harness.newPage({ as: 'analyst' });
  await analyst.goto(`${harness.url}/#/admin/audit`);
  await analyst.getByRole('alert').filter({ hasText: 'réservée aux administrateurs' }).waitFor();
  assert.equal(await analyst.getByRole('link', { name: 'Administration' }).count(), 0);
  assert.deepEqual([...page.errors, ...analyst.errors], []);
  await page.context().close();
  await analyst.context().close();
});

test('an API token is created once on the account page and can be revoked', options, async () => {
  const page = await harness.newPage({ as: 'analyst' });
  // Any page has the user menu: a light one, not the map.
  await page.goto(`${harness.url}/#/notifications`);
  await page.getByTestId('user-menu').getByRole('link', { name: 'Louis Martin' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
  await page.locator('#token-name').fill('import nocturne');
  await page.locator('#token-days').fill('30');
  await page.getByRole('button', { name: 'Créer le jeton' }).click();
  const token = (await page.getByTestId('secret-once').getByTestId('secret-value').textContent())!;
  assert.match(token, /^vgt_/);

  const withToken = await fetch(`${harness.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(withToken.status, 200);
  const row = page.getByTestId('token-row').filter({ hasText: 'import nocturne' });
  await row.getByRole('button', { name: 'Révoquer' }).click();
  await row.getByRole('button', { name: 'Confirmer la révocation' }).click();
  await row.locator('[data-testid="token-state"]', { hasText: 'Révoqué' }).waitFor();
  const revoked = await fetch(`${harness.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(revoked.status, 401);
  await page.screenshot({ path: '/tmp/vigie-account.png', fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
