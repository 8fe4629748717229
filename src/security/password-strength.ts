import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as french from '@zxcvbn-ts/language-fr';

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

/** The named word lists of a language package. */
function pick(dictionary: Record<string, unknown>, names: string[]): Record<string, string[]> {
  return Object.fromEntries(names.map((name) => [name, dictionary[name] as string[]]));
}

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  // No translations: the feedback comes back as stable keys ("simpleRepeat"), which the web app words.
  estimator ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...pick(english.dictionary, ['commonWords-en', 'firstnames-en']),
      ...pick(french.dictionary, ['commonWords-fr', 'firstnames-fr', 'lastnames-fr']),
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
const WARNINGS = english.translations.warnings as Record<string, string>;

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
