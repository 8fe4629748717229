import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { incidentInputSchema } from '../../core/incident/incident.schema.ts';
import { seizureInputSchema } from '../../core/seizure/seizure.schema.ts';
import { occurredSchema } from '../../core/shared/common.schema.ts';
import { resolveOccurred } from '../../core/shared/occurred.ts';
import { findDates } from './dates.ts';
import { extractText } from './extract.ts';
import { foldSameLength } from './folded-text.ts';
import { detectFormat, feedItems, htmlToText } from './plain-text.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

const SEED = 0x5eed;
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
/** Words that the date, place and event rules look for, so that generated text reaches them. */
const WORDS = [
  'le',
  'nuit',
  'du',
  'au',
  'de',
  'lundi',
  'mardi',
  'samedi',
  'soir',
  'matin',
  'avril',
  'décembre',
  'février',
  'the',
  'night',
  'of',
  'to',
  'Monday',
  'April',
  'overnight',
  'last',
  'week',
  'semaine',
  'dernière',
  'en',
  '2024',
  '2025',
  '1er',
  '14',
  '15',
  '31',
  '29',
  '0',
  '99',
  'mois',
  'premiers',
  'first',
  'months',
  'tirs',
  'kalachnikov',
  'incendie',
  'voiture',
  'drone',
  'Toulon',
  'Fresnes',
  'prison',
  'centre',
  'pénitentiaire',
  'tonnes',
  'cocaïne',
  'kg',
  'saisie',
  '€',
  ',',
  '.',
  '\n',
  '<b>',
  '&amp;',
];
const articleText = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const markup = fc.oneof(
  articleText,
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '=',
      '&',
      ';',
      '#',
      'x',
      'a',
      'p',
      'script',
      'rss',
      'item',
      'feed',
      '![CDATA[',
      ']]',
      ' ',
      '\n',
    ),
    maxLength: 80,
  }),
);

test('every date the rules find in any text is a valid occurred form that resolves to an interval', () => {
  fc.assert(
    fc.property(articleText, day, (text, published) => {
      for (const mention of findDates(foldSameLength(text), published)) {
        const parsed = occurredSchema.safeParse(mention.occurred);
        assert.ok(parsed.success, `${text} → ${JSON.stringify(mention.occurred)}`);
        const interval = resolveOccurred(parsed.data, 'Europe/Paris');
        assert.ok(interval.start.getTime() <= interval.end.getTime(), JSON.stringify(mention.occurred));
      }
    }),
    { seed: SEED, numRuns: 400 },
  );
});

test('any valid occurred form resolves to an interval in any French time zone', () => {
  const occurred = fc.oneof(
    day.map((date) => ({ date })),
    day.map((night_of) => ({ night_of })),
    day.map((week_of) => ({ week_of })),
    day.map((date) => ({ month: date.slice(0, 7) })),
    // biome-ignore lint/complexity/useMathMinMax: the days are ISO strings, which Math.min would turn into NaN
    fc.tuple(day, day).map(([a, b]) => ({ start: a < b ? a : b, end: a < b ? b : a })),
    fc
      .date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') })
      .map((at) => ({ at: at.toISOString() })),
  );
  fc.assert(
    fc.property(
      occurred,
      fc.constantFrom('Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea'),
      (input, zone) => {
        const parsed = occurredSchema.parse(input);
        const interval = resolveOccurred(parsed, zone);
        assert.ok(
          Number.isFinite(interval.start.getTime()) && interval.start.getTime() < interval.end.getTime(),
          JSON.stringify(input),
        );
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test('HTML, RSS and Atom of any shape turn into text and items without throwing, and scripts never reach the text', () => {
  fc.assert(
    fc.property(markup, (input) => {
      detectFormat(input);
      const { text } = htmlToText(`<p>${input}</p><script>window.pwned = 1</script>`);
      assert.ok(!text.includes('window.pwned'), text);
      for (const item of feedItems(
        `<rss version="2.0"><channel><item><title>${input}</title><description>${input}</description></item></channel></rss>`,
      ))
        assert.equal(typeof item.text, 'string');
      feedItems(
        `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>${input}</title><content type="html">${input}</content></entry></feed>`,
      );
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('text put in a paragraph comes out of htmlToText with its words, entities decoded', () => {
  const word = fc.string({
    unit: fc.constantFrom('a', 'é', 'Z', '<', '>', '&', '"', "'", '1'),
    minLength: 1,
    maxLength: 8,
  });
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
      const escaped = words.map((w) => w.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).join(' ');
      assert.equal(htmlToText(`<html><body><p>${escaped}</p></body></html>`).text, words.join(' '));
    }),
    { seed: SEED, numRuns: 200 },
  );
});

test('extraction of any document gives candidates whose drafts pass the incident or seizure schema, without throwing', () => {
  const gazetteer = referenceGazetteer();
  fc.assert(
    fc.property(fc.oneof(articleText, markup), day, (input, published) => {
      for (const item of extractText(input, gazetteer, { published }).items) {
        for (const candidate of item.candidates) {
          const schema = candidate.kind === 'incident' ? incidentInputSchema : seizureInputSchema;
          const parsed = schema.safeParse(candidate.draft);
          assert.ok(
            parsed.success,
            `${JSON.stringify(input)} → ${JSON.stringify(candidate.draft)}: ${parsed.error?.message}`,
          );
        }
      }
    }),
    { seed: SEED, numRuns: 150 },
  );
});
