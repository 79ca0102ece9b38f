import {
  DomainError,
  footerStart,
  locateHeader,
  matchHeader,
  otherHeaders,
  printable,
  textFault,
  type ImportColumn,
  type TextFault,
} from '@app/domain';
import ExcelJS from 'exceljs';

export interface UploadedTable {
  buffer: Buffer;
  filename: string;
}

export interface Table {
  rows: TableRow[];
  /** The header as written in the file, by column key: row errors name the column people see. */
  headers: Record<string, string>;
  /** Where the header was found, past any title rows above it. */
  headerLine: number;
  /** Headers of the columns the import does not read (序号, 备注), as written. */
  ignoredColumns: string[];
  /** Lines under the table that are its foot (合计, 填表人：…), not read as rows. */
  footerLines: number[];
  /** Problems of the file itself and of cells no column can hold: a missing column, unstorable text. */
  errors: RowError[];
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

/** What an import did, or in a dry run would do: found where, how many rows, what was left aside. */
export interface ImportReport<Sample> {
  dryRun: boolean;
  headerLine: number;
  ignoredColumns: string[];
  footerLines: number[];
  /** The first rows as they are (or would be) written. */
  sample: Sample[];
  /** Every row error (at most MAX_REPORTED_ERRORS); always empty after a real import, which refuses them. */
  errors: RowError[];
  errorCount: number;
}

/** Rows shown back from an import. */
export const SAMPLE_ROWS = 20;

/** Either the refusal of a real import, or the report a dry run answers with. */
export function report<Sample>(table: Table, errors: RowError[], sample: Sample[], dryRun: boolean): ImportReport<Sample> {
  const sorted = errors.sort((a, b) => a.line - b.line);
  if (!dryRun && sorted.length) throw rejectImport(sorted);
  return {
    dryRun,
    headerLine: table.headerLine,
    ignoredColumns: table.ignoredColumns,
    footerLines: table.footerLines,
    sample: sample.slice(0, SAMPLE_ROWS),
    errors: sorted.slice(0, MAX_REPORTED_ERRORS),
    errorCount: sorted.length,
  };
}

export function rejectImport(all: RowError[]): DomainError {
  const errors = all.slice(0, MAX_REPORTED_ERRORS);
  const shown = errors.slice(0, 3).map((e) => `${e.line ? `第 ${e.line} 行` : '文件'}${e.column ? `「${e.column}」` : ''}：${e.message}`);
  return new DomainError(
    'IMPORT.REJECTED',
    `导入被拒绝，未写入任何数据：${shown.join('；')}${all.length > 3 ? `（另有 ${all.length - 3} 处错误）` : ''}`,
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
      throw new DomainError('IMPORT.UNREADABLE', '文件既不是 UTF-8 也不是 GBK 编码的文本');
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
    throw new DomainError('IMPORT.UNREADABLE', '文件不是可读取的 XLSX 工作簿');
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

/** Cells the database would not store as read: 「…」 and why. */
const TEXT_FAULTS_ZH: Record<TextFault, string> = {
  NUL: '含有空字符（\\u0000），无法保存',
  LONE_SURROGATE: '含有不成对的代理项（不是字符），无法保存',
};

/**
 * Reads a CSV or XLSX upload into rows keyed by column. The header is the row naming the
 * columns, past any title rows above it; columns the import does not read are set aside and
 * named. A file missing a required column, or with a cell the database cannot store, has no rows
 * to check: only those errors are returned.
 */
export async function readTable(upload: UploadedTable, columns: readonly ImportColumn[]): Promise<Table> {
  if (upload.buffer.length === 0) throw new DomainError('IMPORT.UNREADABLE', '文件是空的');
  const records = isXlsx(upload) ? await xlsxRecords(upload.buffer) : parseCsv(decodeText(upload.buffer));
  if (records.length === 0) throw new DomainError('IMPORT.UNREADABLE', '文件是空的');
  const at = locateHeader(
    columns,
    records.map((r) => r.fields),
  );
  const header = records[at];
  const table = records.slice(at + 1);
  const foot = footerStart(table.map((r) => r.fields));
  const body = table.slice(0, foot);
  const { keys, ignored, missing } = matchHeader(columns, header.fields);
  const base = { headerLine: header.line, ignoredColumns: ignored, footerLines: table.slice(foot).map((r) => r.line) };
  if (missing.length) {
    const errors = missing.map((c) => ({
      line: header.line,
      column: c.label,
      code: 'MISSING_COLUMN',
      message: `缺少「${c.label}」列（表头也可写作：${otherHeaders(c).join('、')}）`,
    }));
    return { ...base, rows: [], headers: {}, errors };
  }
  if (body.length === 0) throw new DomainError('IMPORT.UNREADABLE', '文件只有表头，没有数据行');
  const headers: Record<string, string> = {};
  keys.forEach((k, i) => {
    if (k) headers[k] = header.fields[i].trim();
  });
  const read = new Map(columns.map((c) => [c.key, c.read ?? ((text: string) => text)]));
  const rows = body.map((r) => {
    const cells: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (k) cells[k] = read.get(k)!((r.fields[i] ?? '').trim());
    });
    return { line: r.line, cells };
  });
  // A cell the database cannot hold must not reach a query: its rows are not checked further.
  const unstorable = textErrors(rows, headers);
  return { ...base, rows: unstorable.length ? [] : rows, headers, errors: unstorable };
}

/** Cells the database would not store as read (a NUL, a lone surrogate): each is a row error, like any bad value. */
function textErrors(rows: TableRow[], headers: Record<string, string>): RowError[] {
  const errors: RowError[] = [];
  for (const { line, cells } of rows) {
    for (const [key, text] of Object.entries(cells)) {
      const fault = textFault(text);
      if (fault && errors.length < MAX_REPORTED_ERRORS)
        errors.push({ line, column: headers[key], code: fault, message: `「${printable(text)}」${TEXT_FAULTS_ZH[fault]}` });
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
    const where = lines.length > 5 ? `${lines.slice(0, 5).join('、')} 等共 ${lines.length}` : lines.join('、');
    for (const line of lines) {
      if (errors.length >= MAX_REPORTED_ERRORS) return errors;
      errors.push({ line, column, code: 'DUPLICATE', message: `${key} 在第 ${where} 行重复出现` });
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

/**
 * The file to fill in: the headers the import reads, one example row, and a sheet saying what
 * each column takes. The import reads back the first sheet as it is.
 */
export async function templateWorkbook(name: string, columns: readonly ImportColumn[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ width: Math.max(12, c.label.length * 3) }));
  sheet.addRow(columns.map((c) => c.label)).font = { bold: true };
  sheet.addRow(columns.map((c) => c.example));
  // Typed as text, so 0101 stays 0101 and a long phone number is not shown as 1.38E+10.
  columns.forEach((_, i) => (sheet.getColumn(i + 1).numFmt = '@'));
  const notes = wb.addWorksheet('填写说明');
  notes.columns = [{ width: 16 }, { width: 8 }, { width: 44 }, { width: 60 }];
  notes.addRow(['列', '必填', '说明', '表头也可写作']).font = { bold: true };
  for (const c of columns) notes.addRow([c.label, c.required ? '是' : '否', c.note, otherHeaders(c).join('、')]);
  notes.addRow([]);
  notes.addRow(['表头上方的标题行、空行，以及序号、备注等其他列，导入时会略过。']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
