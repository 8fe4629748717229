/**
 * Datelines: "LYON, 3 mars (AFP) -", "PARIS, April 15 (Reuters) -", "PARIS (AP) —", or a line of its
 * own such as "Paris, 15 April 2025" or "Communiqué, le 22 juillet 2025". The place and date of a
 * dateline are where and when the text was filed, never where or when an act took place.
 */
import { MONTH_PATTERN } from './calendar.ts';
import type { Span } from './folded-text.ts';

const DATE = String.raw`(?:le\s+)?(?:\d{1,2}(?:er)?\s+(?:${MONTH_PATTERN})\.?|(?:${MONTH_PATTERN})\.?\s+\d{1,2})(?:,?\s+\d{4})?`;
/** Upper-case city, then an optional country or region, date and agency, then a dash. */
const PREFIX = new RegExp(
  String.raw`^[A-Z][A-Z'’ .-]{1,30}(?:,\s+[A-Za-z][a-z]+)?(?:,\s+${DATE})?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]\s`,
  'i',
);
const UPPER_CITY = /^[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,30}(?=[,(\s])/;
/** "Toulon, le 16 avril 2025 -", "Lille, 3 March -": a capitalised place and a date, then a dash. */
const PLACE_DATE_DASH = new RegExp(
  String.raw`^[A-ZÀ-Ý][\p{L}'’ .-]{1,30},\s+${DATE}\s*(?:\([^)\n]{1,30}\))?\s*[-–—]\s`,
  'u',
);
/** A line that is only a place or a heading and a date. */
const WHOLE_LINE = new RegExp(String.raw`^[^\n,]{2,80},\s+${DATE}\.?\s*(?:\([^)\n]{1,40}\))?\.?\s*$`, 'i');

/** The dateline spans of a text (folded for the words, original for the capitals): looked for in its first lines. */
export function findDatelines(text: string, folded: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let line = 0; line < 8 && start < text.length; line += 1) {
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
    const original = text.slice(start, end);
    const words = folded.slice(start, end);
    const placeDate = PLACE_DATE_DASH.exec(original);
    if (WHOLE_LINE.test(words)) out.push({ start, end });
    else if (placeDate && /\d/.test(placeDate[0])) out.push({ start, end: start + placeDate[0].length });
    else if (UPPER_CITY.test(original)) {
      const match = PREFIX.exec(words);
      if (match) out.push({ start, end: start + match[0].length });
    }
    start = end + 1;
  }
  return out;
}
