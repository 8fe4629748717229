/**
 * Matching helpers over an article's plain text: a folded copy of the same length (so a match's
 * offsets are offsets in the original), and its sentences and clauses with their offsets.
 */

/** A stretch of the text: `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

const FOLD_CACHE = new Map<string, string>();

/** One character folded to one character: lower case, accents dropped, typographic quotes and dashes made plain. */
function foldChar(char: string): string {
  let folded = FOLD_CACHE.get(char);
  if (folded !== undefined) return folded;
  const base = char
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  folded = base.length === 1 ? base : char.toLowerCase().length === 1 ? char.toLowerCase() : ' ';
  if (char === 'œ' || char === 'Œ') folded = 'o';
  else if (char === 'æ' || char === 'Æ') folded = 'a';
  else if (/[’‘`´]/.test(char)) folded = "'";
  else if (/[«»“”„]/.test(char)) folded = '"';
  else if (/[‐‑‒–—]/.test(char)) folded = '-';
  else if (/[\u00a0\u202f\u2009]/.test(char)) folded = ' ';
  FOLD_CACHE.set(char, folded);
  return folded;
}

/** Lower case, accents removed, quotes and dashes plain; same length as `text`, so offsets carry over. */
export function foldSameLength(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    out += code < 128 ? text[index].toLowerCase() : foldChar(text[index]);
  }
  return out;
}

const AM_PM_BEFORE = /\b[ap]\.m\.$/i;
const DAY_AFTER =
  /^\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** Sentences: split after . ! ? or a line break, not after an abbreviation or an initial ("D.D.P.F", "M."). */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary =
    /(?<![A-Z]\.[A-Z]?)(?<!\b(?:M|Mr|Mrs|Dr|St|No|n°|aka))([.!?]["”»]?)(?=\s+(?:["“«]\s*)?[A-ZÀ-Ý0-9])|\n+/g;
  for (const match of text.matchAll(boundary)) {
    // "at 3:40 a.m. Thursday", "11 p.m. Monday": the day that follows a time is no new sentence.
    if (
      match[1] &&
      AM_PM_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index + 1)) &&
      DAY_AFTER.test(text.slice(match.index + 1, match.index + 16))
    )
      continue;
    const end = match.index + (match[1]?.length ?? 0);
    if (end > start) spans.push(trimSpan(text, { start, end }));
    start = match.index + match[0].length;
  }
  if (start < text.length) spans.push(trimSpan(text, { start, end: text.length }));
  return listsJoined(
    text,
    spans.filter((span) => span.end > span.start),
  );
}

/** A line that opens a list item: a dash, a bullet, "1." or "a)". */
const LIST_ITEM = /^(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z]\))\s/;

/**
 * "Les agents ont découvert et saisi :" over "- quinze téléphones ;" "- 124 grammes de résine.", "Nous exigeons :" over
 * "- la protection des agents menacés": the items of a list are the end of the sentence that introduces it with a
 * colon, so its verb (a find, a demand) reaches them.
 */
function listsJoined(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let open = false;
  for (const span of spans) {
    const last = out[out.length - 1];
    const item = LIST_ITEM.test(text.slice(span.start, span.start + 4));
    if (last && item && (open || /:\s*$/.test(text.slice(last.end - 2, last.end)))) {
      // Only items on lines of their own: a dash inside a line ("PARIS, 4 mai - Un détenu") opens no list.
      if (text.lastIndexOf('\n', span.start) >= last.end - 1 && text.lastIndexOf('\n', span.start) < span.start) {
        last.end = span.end;
        open = true;
        continue;
      }
    }
    open = false;
    out.push({ ...span });
  }
  return out;
}

/** Clauses of a sentence, cut where a new event or a new site usually starts ("while", "; ", ", and in", "tandis que"). */
export function clauses(folded: string, sentence: Span): Span[] {
  const cut =
    /\s*(?:;|,?\s+while\s+|,?\s+whereas\s+|,?\s+tandis qu'?e?\s*|,?\s+alors qu'?e?\s*|,\s+(?:and|et)\s+(?=(?:in|at|a|au|dans|near|pres)\b)|(?<!\b[ap]\.m)\.\s+)/g;
  const slice = folded.slice(sentence.start, sentence.end);
  const spans: Span[] = [];
  let start = 0;
  for (const match of slice.matchAll(cut)) {
    if (match.index > start) spans.push({ start: sentence.start + start, end: sentence.start + match.index });
    start = match.index + match[0].length;
  }
  if (start < slice.length) spans.push({ start: sentence.start + start, end: sentence.end });
  return spans;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { start, end };
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where an article's headline ends, or -1: its first paragraph when a blank line follows it, or its first line when
 * that line is short (200 characters at most), ends with no stop and text follows (a headline pasted above its
 * article with a single line break).
 */
export function headlineEnd(text: string): number {
  const paragraph = text.search(/\n\s*\n/);
  const line = text.indexOf('\n');
  if (
    line > 0 &&
    line <= 200 &&
    (paragraph < 0 || line < paragraph) &&
    !/[.!?…:;,»"”)]\s*$/.test(text.slice(0, line)) &&
    text.slice(line).trim().length > 0
  )
    return line;
  return paragraph;
}
