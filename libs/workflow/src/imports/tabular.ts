import { DomainError, printable, TEXT_FAULT_MESSAGES, textFault } from '@app/domain';
import ExcelJS from 'exceljs';

export interface UploadedTable {
  buffer: Buffer;
  filename: string;
}

export interface Table {
  rows: TableRow[];
  /** The header as written in the file, by column key: row errors name the column people see. */
  headers: Record<string, string>;
}

export interface TableRow {
  /** 1-based line (CSV) or row number (XLSX) as the person sees it in their file. */
  line: number;
  cells: Record<string, string>;
}

export interface RowError {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

/** One column of an import: its key, and the headers people write for it (Chinese or English). */
export interface ColumnSpec {
  key: string;
  headers: string[];
  required: boolean;
}

export function rejectImport(all: RowError[]): DomainError {
  const errors = all.slice(0, MAX_REPORTED_ERRORS);
  const shown = errors.slice(0, 3).map((e) => `line ${e.line}${e.column ? ` ${e.column}` : ''}: ${e.message}`);
  return new DomainError(
    'IMPORT.REJECTED',
    `import rejected, nothing written: ${shown.join('; ')}${all.length > 3 ? ` (+${all.length - 3} more)` : ''}`,
    { errors, errorCount: all.length },
  );
}

/**
 * Spreadsheets exported in China are often GBK; a byte sequence that is not UTF-8 is read as
 * GB18030 (a superset of GBK), so the text is never stored as mojibake.
 */
export function decodeText(buffer: Buffer): string {
  const bytes = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new DomainError('IMPORT.UNREADABLE', 'the file is neither UTF-8 nor GBK text');
    }
  }
}

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF; records carry their starting line. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  if (field !== '' || fields.length) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return records.filter((r) => r.fields.some((f) => f.trim() !== ''));
}

async function xlsxRecords(buffer: Buffer): Promise<{ line: number; fields: string[] }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('IMPORT.UNREADABLE', 'the file is not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: { line: number; fields: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) fields.push(row.getCell(c).text ?? '');
    if (fields.some((f) => f.trim() !== '')) records.push({ line: rowNumber, fields });
  });
  return records;
}

const isXlsx = (t: UploadedTable) => t.filename.toLowerCase().endsWith('.xlsx') || t.buffer.subarray(0, 2).toString('latin1') === 'PK';

/**
 * Reads a CSV or XLSX upload into rows keyed by column. The header row names the columns; a
 * missing required column or an unknown one refuses the whole file.
 */
export async function readTable(upload: UploadedTable, columns: ColumnSpec[]): Promise<Table> {
  if (upload.buffer.length === 0) throw new DomainError('IMPORT.UNREADABLE', 'the file is empty');
  const records = isXlsx(upload) ? await xlsxRecords(upload.buffer) : parseCsv(decodeText(upload.buffer));
  if (records.length === 0) throw new DomainError('IMPORT.UNREADABLE', 'the file is empty');
  const [header, ...body] = records;
  const normalise = (h: string) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '');
  const keys = header.fields.map((h) => columns.find((c) => c.headers.some((alias) => normalise(alias) === normalise(h)))?.key ?? null);
  const errors: RowError[] = [];
  header.fields.forEach((h, i) => {
    if (keys[i] === null && h.trim() !== '')
      errors.push({ line: header.line, column: h, code: 'UNKNOWN_COLUMN', message: `unknown column "${h}"` });
  });
  for (const c of columns) {
    if (c.required && !keys.includes(c.key)) {
      errors.push({ line: header.line, column: c.headers[0], code: 'MISSING_COLUMN', message: `missing column ${c.headers.join(' / ')}` });
    }
  }
  if (errors.length) throw rejectImport(errors);
  if (body.length === 0) throw new DomainError('IMPORT.UNREADABLE', 'the file has a header but no rows');
  const headers: Record<string, string> = {};
  keys.forEach((k, i) => {
    if (k) headers[k] = header.fields[i].trim();
  });
  const rows = body.map((r) => {
    const cells: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (k) cells[k] = (r.fields[i] ?? '').trim();
    });
    return { line: r.line, cells };
  });
  const unstorable = textErrors(rows, headers);
  if (unstorable.length) throw rejectImport(unstorable);
  return { rows, headers };
}

/** Cells the database would not store as read (a NUL, a lone surrogate): each is a row error, like any bad value. */
function textErrors(rows: TableRow[], headers: Record<string, string>): RowError[] {
  const errors: RowError[] = [];
  for (const { line, cells } of rows) {
    for (const [key, text] of Object.entries(cells)) {
      const fault = textFault(text);
      if (fault && errors.length < MAX_REPORTED_ERRORS)
        errors.push({ line, column: headers[key], code: fault, message: `"${printable(text)}" ${TEXT_FAULT_MESSAGES[fault]}` });
    }
  }
  return errors;
}

/** Errors listed per import at most; a file of thousands of copies is refused just the same. */
export const MAX_REPORTED_ERRORS = 1000;

/** Reports every unit key that appears more than once, naming where it appears (the first few lines). */
export function duplicateErrors(rows: TableRow[], keyOf: (r: TableRow) => string, column: string): RowError[] {
  const seen = new Map<string, number[]>();
  for (const r of rows) {
    const key = keyOf(r);
    const lines = seen.get(key);
    if (lines) lines.push(r.line);
    else seen.set(key, [r.line]);
  }
  const errors: RowError[] = [];
  for (const [key, lines] of seen) {
    if (lines.length < 2) continue;
    const where = lines.length > 5 ? `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more` : lines.join(', ');
    for (const line of lines) {
      if (errors.length >= MAX_REPORTED_ERRORS) return errors;
      errors.push({ line, column, code: 'DUPLICATE', message: `${key} appears on lines ${where}` });
    }
  }
  return errors;
}

/** m² with at most two decimals, as integer hundredths; null when not such a number. */
export function parseAreaCenti(text: string): bigint | null {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

export function centiToDecimal(centi: bigint): string {
  const abs = centi < 0n ? -centi : centi;
  return `${centi < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
