/** French or English, by counting frequent function words: enough for press articles, no model needed. */
import type { ExtractionLanguage } from './extraction.types.ts';

const FRENCH = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'de',
  'un',
  'une',
  'et',
  'est',
  'dans',
  'pour',
  'sur',
  'par',
  'au',
  'aux',
  'a',
  'ont',
  'ete',
  'qui',
  'que',
  'nuit',
  'pas',
  'ce',
  'cette',
  'son',
  'sa',
  'ses',
  'selon',
  'avec',
  'il',
  'elle',
  'deux',
]);
const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'in',
  'to',
  'a',
  'was',
  'were',
  'is',
  'at',
  'on',
  'by',
  'for',
  'with',
  'that',
  'has',
  'have',
  'had',
  'from',
  'night',
  'his',
  'her',
  'their',
  'an',
  'said',
  'two',
  'outside',
  'after',
]);

/** The language of the text: the one whose function words are more frequent (French on a tie). */
export function detectLanguage(folded: string): ExtractionLanguage {
  let fr = 0;
  let en = 0;
  for (const match of folded.slice(0, 5000).matchAll(/[a-z]+/g)) {
    if (FRENCH.has(match[0])) fr += 1;
    if (ENGLISH.has(match[0])) en += 1;
  }
  return en > fr ? 'en' : 'fr';
}
