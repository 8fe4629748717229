import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
// The word lists one by one, not the language packages' index: importing an index decompresses every
// list in it, the Wikipedia and English surname lists too, which Vigie leaves out (a sixth of a second
// of CPU in every process that loads the account service).
import englishWords from '@zxcvbn-ts/language-en/dist/commonWords.json.mjs';
import englishFirstnames from '@zxcvbn-ts/language-en/dist/firstnames.json.mjs';
import englishTranslations from '@zxcvbn-ts/language-en/dist/translations.mjs';
import frenchWords from '@zxcvbn-ts/language-fr/dist/commonWords.json.mjs';
import frenchFirstnames from '@zxcvbn-ts/language-fr/dist/firstnames.json.mjs';
import frenchLastnames from '@zxcvbn-ts/language-fr/dist/lastnames.json.mjs';

/**
 * Password strength, estimated by zxcvbn-ts (the maintained TypeScript port of Dropbox's zxcvbn):
 * it knows tens of thousands of common passwords, English and French words and names, keyboard rows
 * (qwerty and azerty), repetitions, sequences and dates, and scores 0 (guessed at once) to 4. Vigie
 * refuses below 3. Fuzzy (Levenshtein) matching and the Wikipedia and English surname lists are left
 * out: they cost seconds (Levenshtein) or a factor of four per check for little gain.
 */
export const MIN_PASSWORD_SCORE = 3;
/** Only the start of a long password is scored: the estimate grows with length and costs CPU. */
const SCORED_LENGTH = 100;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  // No translations: the feedback comes back as stable keys ("simpleRepeat"), which the web app words.
  estimator ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      'commonWords-en': englishWords,
      'firstnames-en': englishFirstnames,
      'commonWords-fr': frenchWords,
      'firstnames-fr': frenchFirstnames,
      'lastnames-fr': frenchLastnames,
    },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/** Why a password is refused: a code with parameters for the web app, and an English sentence. */
export interface PasswordWeakness {
  code: 'weak_password';
  params: { score: number; min_score: number; warning: string | null; suggestions: string[] };
  message: string;
}

/** The account's names and each word in them, without accents ("Maëlle Vautrin" -> maelle, vautrin). */
function relatedWords(related: string[]): string[] {
  const words = related.flatMap((text) => {
    const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return [plain, ...plain.split(/[^\p{L}\p{N}]+/u)];
  });
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/** English wording of zxcvbn's warning keys (the web app has its own, in French and English). */
const WARNINGS = englishTranslations.warnings as Record<string, string>;

/**
 * The weakness of a password, or null when it is strong enough. `related` are words an attacker
 * would try first (the user name, the display name, the organisation).
 */
export function passwordWeakness(password: string, related: string[] = []): PasswordWeakness | null {
  const result = zxcvbn().check(password.slice(0, SCORED_LENGTH), relatedWords(related));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning || null;
  const why = warning && WARNINGS[warning] ? WARNINGS[warning] : 'It is too easy to guess.';
  return {
    code: 'weak_password',
    params: { score: result.score, min_score: MIN_PASSWORD_SCORE, warning, suggestions: result.feedback.suggestions },
    message: `too easy to guess (strength ${result.score} of 4, at least ${MIN_PASSWORD_SCORE} needed): ${why}`,
  };
}
