/**
 * The brief as PDF, drawn with pdfkit from its Markdown (the archived and the live brief both have
 * it) and its incidents per day: no browser on the server, the same sections in the same words,
 * tables that break across pages with their header repeated, and a bar chart with room for its labels.
 */
import PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 42;
const INK = '#1c2833';
const MUTED = '#566573';
const RULE = '#ccd1d1';

/**
 * The standard PDF fonts speak Windows-1252: the characters outside it that the brief uses are
 * written with their nearest equivalent (narrow no-break spaces of French numbers, arrows).
 */
export function pdfText(text: string): string {
  return text
    .replace(/[\u202f\u2009\u2007]/g, '\u00a0')
    .replace(/→/g, '->')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/[\u2028\u2029]/g, ' ');
}

/** "**a** b" as runs: bold where the Markdown says so. */
function runs(text: string): Array<{ text: string; bold: boolean }> {
  return pdfText(text)
    .split('**')
    .map((part, i) => ({ text: part, bold: i % 2 === 1 }))
    .filter((run) => run.text.length > 0);
}

function paragraph(
  doc: Doc,
  text: string,
  options: { indent?: number; bullet?: boolean; size?: number; color?: string; italic?: boolean } = {},
) {
  const indent = options.indent ?? 0;
  const width = doc.page.width - MARGIN * 2 - indent - (options.bullet ? 10 : 0);
  doc.fontSize(options.size ?? 10).fillColor(options.color ?? INK);
  if (options.bullet) {
    doc.font('Helvetica').text('•', MARGIN + indent, doc.y, { continued: false, lineBreak: false });
    doc.moveUp();
  }
  const x = MARGIN + indent + (options.bullet ? 10 : 0);
  const parts = runs(text);
  parts.forEach((run, i) => {
    doc.font(options.italic ? 'Helvetica-Oblique' : run.bold ? 'Helvetica-Bold' : 'Helvetica');
    if (i === 0) doc.text(run.text, x, doc.y, { width, continued: i < parts.length - 1 });
    else doc.text(run.text, { width, continued: i < parts.length - 1 });
  });
  doc.moveDown(0.25);
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** A Markdown table: column widths from their content, the header repeated on each new page. */
function table(doc: Doc, rows: string[][]) {
  const [head, ...body] = rows;
  const available = doc.page.width - MARGIN * 2;
  const columns = head.length;
  doc.fontSize(9);
  const natural = head.map((_, c) =>
    Math.max(
      ...rows.map(
        (row, r) => doc.font(r === 0 ? 'Helvetica-Bold' : 'Helvetica').widthOfString(pdfText(row[c] ?? '')) + 8,
      ),
    ),
  );
  const total = natural.reduce((a, b) => a + b, 0);
  // shrink only the columns wider than their fair share, so short columns keep their width
  const widths =
    total <= available
      ? natural.map((w) => (w * available) / total)
      : (() => {
          const fair = available / columns;
          const narrow = natural.filter((w) => w <= fair).reduce((a, b) => a + b, 0);
          const wideTotal = natural.filter((w) => w > fair).reduce((a, b) => a + b, 0);
          return natural.map((w) => (w <= fair ? w : (w * (available - narrow)) / wideTotal));
        })();
  const drawRow = (row: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const height = Math.max(...row.map((cell, c) => doc.heightOfString(pdfText(cell), { width: widths[c] - 8 }))) + 6;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!bold) drawRow(head, true);
    }
    const top = doc.y;
    let x = MARGIN;
    row.forEach((cell, c) => {
      if (bold) doc.rect(x, top, widths[c], height).fill('#f4f6f7');
      doc.rect(x, top, widths[c], height).lineWidth(0.5).stroke(RULE);
      doc
        .fillColor(INK)
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .text(pdfText(cell), x + 4, top + 3, { width: widths[c] - 8 });
      x += widths[c];
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(head, true);
  for (const row of body) drawRow(row, false);
  doc.moveDown(0.6);
}

/** Bars of the incidents per day, each with its count above and its date below, inside the frame. */
function bars(doc: Doc, title: string, perDay: Array<{ day: string; count: number }>) {
  const height = 120;
  ensureRoom(doc, height + 40);
  paragraph(doc, title, { size: 11, color: INK });
  const width = doc.page.width - MARGIN * 2;
  const top = doc.y + 4;
  const max = Math.max(1, ...perDay.map((d) => d.count));
  const slot = width / perDay.length;
  const barArea = height - 34;
  perDay.forEach((d, i) => {
    const h = (barArea * d.count) / max;
    const x = MARGIN + i * slot + 8;
    const base = top + 14 + barArea;
    if (h > 0) doc.rect(x, base - h, slot - 16, h).fill('#2e4057');
    doc.fillColor(INK).font('Helvetica').fontSize(9);
    doc.text(String(d.count), x, base - h - 12, { width: slot - 16, align: 'center', lineBreak: false });
    doc.text(`${d.day.slice(8, 10)}/${d.day.slice(5, 7)}`, x, base + 4, {
      width: slot - 16,
      align: 'center',
      lineBreak: false,
    });
  });
  doc.x = MARGIN;
  doc.y = top + height + 6;
}

/** Renders the brief's Markdown (and, when given, its incidents per day) as an A4 PDF. */
export function renderPdf(
  markdown: string,
  options: { title: string; perDay?: Array<{ day: string; count: number }>; perDayTitle?: string; language: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: pdfText(options.title), Creator: 'Vigie' },
    lang: options.language,
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const lines = markdown.split('\n');
  let perDay = options.perDay;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.startsWith('# ')) {
      doc
        .font('Helvetica-Bold')
        .fontSize(17)
        .fillColor(INK)
        .text(pdfText(line.slice(2)), MARGIN, doc.y);
      doc.moveDown(0.3);
      continue;
    }
    if (line.startsWith('## ')) {
      ensureRoom(doc, 60);
      doc.moveDown(0.5);
      doc
        .font('Helvetica-Bold')
        .fontSize(13)
        .fillColor(INK)
        .text(pdfText(line.slice(3)), MARGIN, doc.y);
      const y = doc.y + 1;
      doc
        .moveTo(MARGIN, y)
        .lineTo(doc.page.width - MARGIN, y)
        .lineWidth(0.5)
        .stroke(RULE);
      doc.y = y + 5;
      // the chart opens the week's counts
      if (perDay && line === '## Incidents') {
        bars(doc, options.perDayTitle ?? '', perDay);
        perDay = undefined;
      }
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i].startsWith('|'); i += 1) {
        if (/^\|[-:| ]+\|$/.test(lines[i])) continue;
        rows.push(
          lines[i]
            .slice(1, -1)
            .split('|')
            .map((cell) => cell.trim()),
        );
      }
      i -= 1;
      if (rows.length) table(doc, rows);
      continue;
    }
    if (line.startsWith('_') && line.endsWith('_')) {
      paragraph(doc, line.slice(1, -1), { italic: true, color: MUTED, size: 9 });
      continue;
    }
    if (line.startsWith('  - ')) {
      paragraph(doc, line.slice(4), { indent: 14, bullet: true, size: 9 });
      continue;
    }
    if (line.startsWith('- ')) {
      ensureRoom(doc, 30);
      paragraph(doc, line.slice(2), { bullet: true });
      continue;
    }
    if (line.trim() === '') continue;
    paragraph(doc, line);
  }
  if (perDay) bars(doc, options.perDayTitle ?? '', perDay);
  doc.end();
  return done;
}
