/**
 * From what arrives to plain text: the format of a document (text, HTML, RSS, Atom), HTML turned
 * into text with entities decoded and blocks on their own lines, feeds turned into items.
 */
import { DomUtils, parseDocument, Parser } from 'htmlparser2';

export type DocumentFormat = 'text' | 'html' | 'rss' | 'atom';

/** One article read from a document. */
export interface PlainArticle {
  text: string;
  title?: string;
  url?: string;
  published?: string;
}

const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'tr',
  'table',
  'title',
  'figcaption',
  'pre',
  'hr',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'iframe']);

/** Sniffs the format from the first characters. */
export function detectFormat(input: string): DocumentFormat {
  const head = input.slice(0, 2000).trimStart().toLowerCase();
  if (/<rss[\s>]|<rdf:rdf[\s>]/.test(head)) return 'rss';
  if (/<feed[\s>]/.test(head) && head.includes('atom')) return 'atom';
  if (/^<!doctype html|<html[\s>]|<(?:body|p|div|article|h1)[\s>]/.test(head)) return 'html';
  return 'text';
}

/** The text of an HTML document: script and style dropped, entities decoded, one line per block. */
export function htmlToText(html: string): { text: string; title?: string } {
  let text = '';
  let title = '';
  let inTitle = 0;
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle += 1;
        if (SKIPPED.has(name)) skipping += 1;
        if (BLOCKS.has(name)) text += '\n';
      },
      ontext(data) {
        if (skipping > 0) return;
        if (inTitle > 0) {
          title += data;
          return;
        }
        text += data.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = Math.max(0, inTitle - 1);
        if (SKIPPED.has(name)) skipping -= 1;
        if (BLOCKS.has(name)) text += '\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidy(text), title: title.trim() || undefined };
}

/** The items of an RSS or Atom feed, each as plain text (title, then the description or content). */
export function feedItems(xml: string): PlainArticle[] {
  const feed = DomUtils.getFeed(parseDocument(xml, { xmlMode: true, decodeEntities: true }).children);
  if (!feed) return [];
  return feed.items.map((item) => {
    const body = item.description ?? '';
    const bodyText = /<[a-z][\s\S]*>/i.test(body) ? htmlToText(body).text : tidy(body);
    const title = item.title?.trim();
    return {
      text: title ? `${title}\n\n${bodyText}` : bodyText,
      title,
      url: item.link,
      published: item.pubDate ? item.pubDate.toISOString() : undefined,
    };
  });
}

function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
