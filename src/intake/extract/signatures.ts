/**
 * Signatures and organisations: tags and slogans quoted or written in capitals beside a word of
 * writing ("graffiti reading "DDPF"", "les lettres DDPF"), and known gangs and cartels by name.
 */
import type { SignatureKind } from '../../core/shared/taxonomy.ts';
import type { Finding } from './events.ts';
import type { Span } from './folded-text.ts';

export interface SignatureValue {
  kind: SignatureKind;
  text: string;
}
export interface OrganisationValue {
  name: string;
  kind: 'gang' | 'cartel' | 'group';
}

const WRITING =
  /\b(?:graffiti|graffitis|tags?|tagged|tague\w*|inscriptions?|inscrit\w*|reading|read|reads|slogans?|written|ecrit\w*|painted|peint\w*|letters|lettres|sigle|initials|message|on pouvait lire|signed|signe\w*|claimed by|revendique\w*)\b/;
const ACRONYM = /^[A-Z](?:\.?\s?[A-Z0-9]){1,7}\.?$/;
/** Acronyms of institutions, unions and services: never a perpetrator's tag. */
const INSTITUTIONS = new Set([
  'UFAP',
  'UNSA',
  'FO',
  'CGT',
  'PNAT',
  'DGSI',
  'ENAP',
  'OFAST',
  'ERIS',
  'SAS',
  'CNE',
  'QLCO',
  'AFP',
  'CNN',
  'BFM',
  'BFMTV',
  'DOJ',
  'DEA',
  'US',
  'USA',
  'UK',
  'EU',
  'PJ',
  'BRI',
  'RAID',
  'GIGN',
  'SNEPAP',
  'FSU',
  'SPS',
  'CPSF',
  'EPM',
  'ARS',
  'AP',
  'DAP',
  'DISP',
  'CP',
  'MA',
  'CD',
  'TV',
  'SNP',
  'SPIP',
  'OPJ',
  'CRS',
  'PM',
  'RN',
  'LFI',
]);

const ORGANISATIONS: Array<{ pattern: RegExp; name: string; kind: OrganisationValue['kind'] }> = [
  { pattern: /\bdz mafia\b/g, name: 'DZ Mafia', kind: 'gang' },
  { pattern: /\byoda\b/g, name: 'Yoda', kind: 'gang' },
  { pattern: /\bsinaloa\b/g, name: 'Sinaloa', kind: 'cartel' },
  {
    pattern: /\bjalisco new generation\b|\bcjng\b|\bcartel de jalisco\b|\bjalisco\b/g,
    name: 'Jalisco New Generation',
    kind: 'cartel',
  },
  { pattern: /\bmocro ?maffia\b/g, name: 'Mocro Maffia', kind: 'gang' },
  { pattern: /\bcamorra\b/g, name: 'Camorra', kind: 'group' },
  { pattern: /\b'?ndrangheta\b/g, name: "'Ndrangheta", kind: 'group' },
  { pattern: /\bclan del golfo\b|\bgulf clan\b/g, name: 'Clan del Golfo', kind: 'cartel' },
  { pattern: /\blos choneros\b/g, name: 'Los Choneros', kind: 'cartel' },
  { pattern: /\btren de aragua\b/g, name: 'Tren de Aragua', kind: 'gang' },
];

/** Single quotes, as English press writes them ("graffiti reading 'ACAB'"): not an apostrophe (a letter on its outer side). */
const SINGLE_QUOTED = /(?<![\p{L}\d])'([^'"\n]{2,80})'(?![\p{L}\d])/gu;

/** The quotations of a folded span, double quotes first, then single ones that overlap none, in text order. */
function quotations(slice: string): RegExpExecArray[] {
  const double = [...slice.matchAll(/"([^"]{2,80})"/g)];
  const single = [...slice.matchAll(SINGLE_QUOTED)].filter(
    (m) => !double.some((d) => d.index < m.index + m[0].length && m.index < d.index + d[0].length),
  );
  return [...double, ...single].sort((a, b) => a.index - b.index);
}

/** Signatures in a span of the text (the original for case, the folded copy for words). */
export function findSignatures(text: string, folded: string, span: Span): Finding<SignatureValue>[] {
  const out: Finding<SignatureValue>[] = [];
  const slice = folded.slice(span.start, span.end);
  // Quoted: a tag if it looks like one, a slogan if a word of writing stands just before it.
  for (const match of quotations(slice)) {
    // « DDPF, » = DDPF: the punctuation around a tag is not part of it.
    const raw = text.slice(span.start + match.index + 1, span.start + match.index + 1 + match[1].length);
    const lead = /^[\s,;:!?'.-]*/.exec(raw)![0].length;
    const quoted = raw
      .slice(lead)
      .replace(/[\s,;:!?'-]+$/, '')
      .replace(/(?<![A-Z]\.[A-Z])\.$/, '');
    const start = span.start + match.index + 1 + lead;
    if (quoted.length < 2) continue;
    const before =
      slice
        .slice(Math.max(0, match.index - 25), match.index)
        .split('"')
        .pop() ?? '';
    if (ACRONYM.test(quoted) && !INSTITUTIONS.has(quoted.replace(/[.\s]/g, ''))) {
      out.push({
        value: { kind: 'tag', text: quoted },
        start,
        end: start + quoted.length,
        rule: 'signature.quoted-acronym',
        confidence: 0.9,
      });
    } else if (
      WRITING.test(before) &&
      quoted.length <= 80 &&
      !/\b(?:said|declared|a declare|a dit)\b/.test(before) &&
      // "les quatre lettres, pour « droits des prisonniers »", "said to mean "...": what a tag stands for, not a slogan.
      !/\b(?:pour|for|meaning|means|signifiant|signifie|soit|stands? for|standing for|short for|to mean)\s*[,:]?\s*$/.test(
        before,
      )
    ) {
      out.push({
        value: { kind: 'slogan', text: quoted },
        start,
        end: start + quoted.length,
        rule: 'signature.quoted-slogan',
        confidence: 0.75,
      });
    }
  }
  const quotedCount = out.length;
  // Unquoted capitals right after a word of writing: "tagged DDPF", "les lettres D.D.P.F".
  const writing = new RegExp(WRITING.source, 'g');
  for (const match of slice.matchAll(writing)) {
    const after = span.start + match.index + match[0].length;
    const window = text.slice(after, Math.min(span.end, after + 40));
    const caps =
      /^[\s:,]*(?:(?:de |des |du |of |the |les |la |le |with |avec )?(?:lettres |letters |initials |sigle |tag |tags )?)["«]?\s?([A-Z](?:\.?[A-Z0-9]){1,7}\.?)(?![A-Za-z])/.exec(
        window,
      );
    if (!caps) continue;
    // "tagged DDPF." = DDPF; "D.D.P.F." keeps its last dot.
    const value = caps[1].slice(0, -1).includes('.') ? caps[1] : caps[1].replace(/\.$/, '');
    // "DZ Mafia": capitals that begin a longer name are an organisation, not a tag.
    if (/^\s+[A-Z][a-z]/.test(window.slice(caps.index + caps[0].length))) continue;
    if (INSTITUTIONS.has(value.replace(/\./g, ''))) continue;
    const start = after + caps.index + caps[0].length - caps[1].length;
    // Quoted findings come first and in order: the last one starting before this is the only one that may overlap it.
    if (quotedOverlap(out, quotedCount, start, start + value.length)) continue;
    out.push({
      value: { kind: 'tag', text: value },
      start,
      end: start + value.length,
      rule: 'signature.capitals-after-writing',
      confidence: 0.8,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps one of the first `count` findings (sorted, non-overlapping). */
function quotedOverlap(findings: Finding<SignatureValue>[], count: number, start: number, end: number): boolean {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (findings[middle].start < end) low = middle + 1;
    else high = middle;
  }
  const last = findings[low - 1];
  return last !== undefined && last.end > start;
}

/** Gangs and cartels named in the span. */
export function findOrganisations(folded: string, span: Span): Finding<OrganisationValue>[] {
  const out: Finding<OrganisationValue>[] = [];
  const slice = folded.slice(span.start, span.end);
  for (const organisation of ORGANISATIONS) {
    organisation.pattern.lastIndex = 0;
    const match = organisation.pattern.exec(slice);
    if (match)
      out.push({
        value: { name: organisation.name, kind: organisation.kind },
        start: span.start + match.index,
        end: span.start + match.index + match[0].length,
        rule: 'organisation.lexicon',
        confidence: 0.9,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}
