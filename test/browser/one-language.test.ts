import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RULE_KINDS } from '../../src/core/alerts/alert.ts';
import { ALERT_TEMPLATES } from '../../src/core/alerts/alert-words.ts';
import { EVENT_TYPES, TARGET_KINDS } from '../../src/core/incident/incident.taxonomy.ts';
import { EVENT_TYPES as VIGIE_EVENT_TYPES, SEVERITIES } from '../../src/core/notifications/vigie-event.ts';
import { skipBrowser, type Harness } from './browser-harness.ts';
import { startDemoHarness } from './demo-harness.ts';

// Issue 17, "one language per screen": every page of the app, in French then in English, on the
// demo; a page fails on any code of the server's vocabularies left raw, or on a sentence of the
// other language. Screenshots of each page go to test/browser/screenshots/ (ignored).

let harness: Harness;
const options = { skip: skipBrowser, timeout: 600_000 };
const SHOTS = join(import.meta.dirname, 'screenshots');

before(async () => {
  if (skipBrowser) return;
  mkdirSync(SHOTS, { recursive: true });
  harness = await startDemoHarness();
});
after(async () => { await harness?.close(); });

// biome-ignore lint/suspicious/noShadowRestrictedNames: the deprecated global escape() is never what is meant here
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The codes a reader must never see: vocabulary codes with an underscore, event codes, directorate codes, upper-case severities, word codes. */
export function knownCodes(directorates: string[], lang: 'fr' | 'en'): RegExp[] {
  const words = [...EVENT_TYPES, ...TARGET_KINDS, ...RULE_KINDS, 'in_progress', 'staff_person', 'judicial_extraction', 'hospital_visit', 'wave_struck', 'wave_at_risk']
    .filter((code) => code.includes('_'));
  return [
    ...words.map((code) => new RegExp(`\\b${escape(code)}\\b`)),
    ...VIGIE_EVENT_TYPES.map((code) => new RegExp(`\\b${escape(code)}\\b`)),
    ...Object.keys(ALERT_TEMPLATES).map((code) => new RegExp(escape(code))),
    // "DISP-MARSEILLE"; a short code inside a directorate's full name ("... (DSPOM)") is part of that name
    ...directorates.filter((code) => code.includes('-')).map((code) => new RegExp(`\\b${escape(code)}\\b`)),
    // severities are styled upper case: "HIGH" is the English word there, and a code on a French page
    ...(lang === 'fr' ? SEVERITIES.map((severity) => new RegExp(`\\b${severity.toUpperCase()}\\b`)) : []),
    /\b\d(\.\d+)?e-\d+\b/, // "2.7e-3"
  ];
}

/** English a French page must not hold (common words and the server's former English sentences). */
const ENGLISH = [/\bthe\b/, /\bwithin\b/, /\backnowledged\b/i, /\breinforced\b/i, /\bexpected\b/, /\bWave of attacks\b/, /\bThreat against\b/, /\bat the usual rates\b/,
  /\bnot tested\b/, /\bRisk score\b/, /\bungraded\b/, /\bLoading\b/, /\bincidents at\b/, /\bSign in\b/, /\bDue\b/, /\bAssigned to\b/];
/** French an English page must not hold (phrases, not words that facility names carry). */
const FRENCH = [/Vague d’attaques/, /Menace contre/, /aux taux habituels/, /Échéance/, /\bnuit du\b/, /Chargement/, /\bAucune?\b/, /incidents sur/, /\bObjet :/, /Assignée/,
  /\bTâches?\b/, /Se connecter/, /Prise en compte/, /Renforcé/];

const PAGES = ['/map', '/incidents', '/campaigns', '/alerts', '/tasks', '/posture', '/brief?date=2025-04-16', '/seizures', '/escorts', '/fugitives', '/cases',
  '/notifications', '/review', '/feeds', '/imports', '/graph', '/detainees', '/account', '/alert-rules'];

for (const lang of ['fr', 'en'] as const) {
  test(`every page speaks ${lang === 'fr' ? 'French' : 'English'} only, with no raw code`, options, async () => {
    const directorates = harness.server.context.gazetteer.directorates.map((d) => d.code);
    const codes = knownCodes(directorates, lang);
    const other = lang === 'fr' ? ENGLISH : FRENCH;
    const alerts = (await harness.api('admin', 'GET', '/api/alerts?limit=50')).json.items as Array<{ id: string; kind: string }>;
    const campaigns = (await harness.api('admin', 'GET', '/api/campaigns?limit=5')).json.items as Array<{ id: string }>;
    const pages = [...PAGES, ...alerts.filter((a, i, all) => all.findIndex((b) => b.kind === a.kind) === i).map((a) => `/alerts/${a.id}`), ...campaigns.slice(0, 1).map((c) => `/campaigns/${c.id}`)];
    const page = await harness.newPage({ as: 'admin' });
    await page.addInitScript({ content: `localStorage.setItem('vigie.lang', '${lang}');` });
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${harness.url}/#${path}`);
      await page.locator('main h1, h1').first().waitFor();
      // let the page's data arrive: no loading indicator left
      // a function, not a string: the app's CSP forbids evaluating strings
      await page.waitForFunction(() => !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[aria-busy="true"], .loading'), undefined, { timeout: 20_000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      // what people wrote (a seizure's route, a rule's name) is data, shown as written: the app marks it data-free-text
      const text = await page.evaluate(`(() => {
        const hidden = [...document.querySelectorAll('[data-free-text]')];
        for (const node of hidden) node.style.display = 'none';
        const text = document.body.innerText;
        for (const node of hidden) node.style.display = '';
        return text;
      })()`) as string;
      for (const pattern of [...codes, ...other]) {
        const match = pattern.exec(text);
        if (match) problems.push(`${path}: "${text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ')}" (${pattern})`);
      }
      await page.screenshot({ path: join(SHOTS, `lang-${lang}${path.replace(/[/?=&]/g, '_')}.png`), fullPage: true });
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(page.errors, []);
  });
}
