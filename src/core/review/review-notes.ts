/**
 * The extractor's remarks on a review candidate as codes with parameters (issue 17, item 3): the
 * extractor writes them in English (src/intake/extract/candidates.ts, seizure-candidates.ts) and
 * stores them so; the API adds the code each one was written from, for the app to word it in the
 * reader's language. A remark of no known form is `note.other` with its text.
 */
import type { Words } from '../alerts/alert-words.ts';

const FORMS: Array<{ pattern: RegExp; code: string; params: (match: RegExpMatchArray) => Words['params'] }> = [
  {
    pattern: /^date resolved against the publication date (\S+)$/,
    code: 'note.date_from_publication',
    params: (m) => ({ date: m[1] }),
  },
  {
    pattern: /^no date in the text: the week before publication$/,
    code: 'note.week_before_publication',
    params: () => ({}),
  },
  { pattern: /^no date in the sentence: dated on publication$/, code: 'note.dated_on_publication', params: () => ({}) },
  {
    pattern: /^no facility: place from the commune (.+) \(([^)]*)\)$/,
    code: 'note.commune_place',
    params: (m) => ({ commune: m[1], department: m[2] }),
  },
  {
    pattern: /^signatures? (.+) reported in the article without naming this site$/,
    code: 'note.signature_elsewhere',
    params: (m) => ({ signatures: m[1] }),
  },
];

/** The code and parameters of one remark. */
export function noteWords(note: string): Words {
  for (const form of FORMS) {
    const match = note.match(form.pattern);
    if (match) return { code: form.code, params: form.params(match) };
  }
  return { code: 'note.other', params: { text: note } };
}
