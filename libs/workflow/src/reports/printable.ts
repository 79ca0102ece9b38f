import ExcelJS from 'exceljs';

/** An amount of money in yuan, printed with two decimals and thousands separators. */
export interface Money {
  yuan: number;
}
/** A floor area in m², printed with its two decimals. */
export interface Area {
  m2: number;
}
/** `null` is a cell left blank: a value the reader may not see, or nobody gave. */
export type PrintCell = string | number | Money | Area | null;

/** A paragraph, or a table (without a header, a list of label and value rows). */
export type PrintBlock = { text: string } | { header?: string[]; rows: PrintCell[][] };

/** One sheet of a workbook, one page (or run of pages) of the printed document. */
export interface PrintSheet {
  name: string;
  title: string;
  /** Column widths in the workbook, in characters; their number is the table's width. */
  widths: number[];
  /** Printed across an A4 page turned sideways, for tables too wide to stand. */
  landscape?: boolean;
  blocks: PrintBlock[];
}

/**
 * A document people print or file: one model, written both as a workbook and as a page to print,
 * so that the two always say the same thing.
 */
export interface PrintDocument {
  title: string;
  sheets: PrintSheet[];
}

const MONEY_FORMAT = '#,##0.00';
const AREA_FORMAT = '0.00';
const isMoney = (c: PrintCell): c is Money => typeof c === 'object' && c !== null && 'yuan' in c;
const isArea = (c: PrintCell): c is Area => typeof c === 'object' && c !== null && 'm2' in c;

export async function printWorkbook(doc: PrintDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of doc.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      pageSetup: { paperSize: 9, orientation: sheet.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = sheet.widths.map((width) => ({ width }));
    ws.mergeCells(1, 1, 1, sheet.widths.length);
    ws.getCell('A1').value = sheet.title;
    ws.getCell('A1').font = { bold: true, size: 16 };
    for (const [i, block] of sheet.blocks.entries()) {
      if (i > 0) ws.addRow([]);
      if ('text' in block) {
        const row = ws.addRow([block.text]);
        ws.mergeCells(row.number, 1, row.number, sheet.widths.length);
        row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
        continue;
      }
      if (block.header) {
        const header = ws.addRow(block.header);
        header.font = { bold: true };
        // Atop every printed page, as the page's thead is; a workbook repeats one row per sheet,
        // so only where the sheet holds one table.
        if (sheet.blocks.filter((b) => 'header' in b && b.header).length === 1)
          ws.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
      }
      for (const cells of block.rows) {
        const row = ws.addRow(cells.map((c) => (isMoney(c) ? c.yuan : isArea(c) ? c.m2 : c)));
        cells.forEach((c, col) => {
          if (isMoney(c)) row.getCell(col + 1).numFmt = MONEY_FORMAT;
          if (isArea(c)) row.getCell(col + 1).numFmt = AREA_FORMAT;
        });
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function cell(c: PrintCell, tag: 'td' | 'th' = 'td'): string {
  if (isMoney(c)) return `<${tag} class="n">${money.format(c.yuan)}</${tag}>`;
  if (isArea(c)) return `<${tag} class="n">${c.m2.toFixed(2)}</${tag}>`;
  if (c === null) return `<${tag}></${tag}>`;
  return typeof c === 'number' ? `<${tag} class="n">${c}</${tag}>` : `<${tag}>${escape(c)}</${tag}>`;
}

// A4 with print margins; wide tables on a landscape page of their own; table headers repeat on
// every printed page and no row is split across two.
const STYLE = `
@page { size: A4 portrait; margin: 15mm 12mm; }
@page wide { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", SimSun, sans-serif; font-size: 10.5pt; color: #000; margin: 0; }
section { break-after: page; }
section:last-child { break-after: auto; }
section.wide { page: wide; font-size: 8pt; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 6mm; }
p { line-height: 1.7; margin: 0 0 3mm; text-indent: 2em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 5mm; }
th, td { border: 0.5pt solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n, th.n { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media screen { body { background: #ddd; } section { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 15mm 12mm; } section.wide { width: 297mm; min-height: 210mm; } }
`;

/** The document as one HTML page, laid out for A4 paper: opened in a browser, printed as it is. */
export function printHtml(doc: PrintDocument): string {
  const sections = doc.sheets.map((sheet) => {
    const blocks = sheet.blocks.map((block) => {
      if ('text' in block) return `<p>${escape(block.text)}</p>`;
      const head = block.header ? `<thead><tr>${block.header.map((h) => cell(h, 'th')).join('')}</tr></thead>` : '';
      const body = block.rows
        .map((r) => `<tr>${r.map((c, i) => (!block.header && i === 0 && typeof c === 'string' ? cell(c, 'th') : cell(c))).join('')}</tr>`)
        .join('\n');
      return `<table>${head}<tbody>\n${body}\n</tbody></table>`;
    });
    return `<section${sheet.landscape ? ' class="wide"' : ''}>\n<h1>${escape(sheet.title)}</h1>\n${blocks.join('\n')}\n</section>`;
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}
