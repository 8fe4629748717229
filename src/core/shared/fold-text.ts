/**
 * Text folding shared by search, facility resolution and signature matching.
 * Pure functions, no I/O.
 */

const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower case, accents removed, ligatures expanded (NFKD), "œ" → "oe". */
function baseFold(text: string): string {
  return text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** Folds a name to words separated by single spaces: "Toulon-La Farlède" → "toulon la farlede". */
export function foldWords(text: string): string {
  return baseFold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The normalised form of a signature: case, accents, punctuation and spacing folded,
 * so "D.D.P.F.", "d d p f" and "ddpf" agree.
 */
export function normalizeSignature(text: string): string {
  return baseFold(text).replace(/[^a-z0-9]+/g, '');
}
