import { readRoom, type ImportColumn } from '@app/domain';
import {
  duplicateErrors,
  MAX_REPORTED_ERRORS,
  parseAreaCenti,
  parseCsv,
  decodeText,
  centiToDecimal,
  type TableRow,
  readTable,
} from './tabular.js';

const rows = (keys: string[]): TableRow[] => keys.map((k, i) => ({ line: i + 2, cells: { k } }));

describe('duplicateErrors', () => {
  it('names every line of a repeated key', () => {
    expect(duplicateErrors(rows(['a', 'b', 'a']), (r) => r.cells.k, '房号')).toEqual([
      { line: 2, column: '房号', code: 'DUPLICATE', message: 'a 在第 2、4 行重复出现' },
      { line: 4, column: '房号', code: 'DUPLICATE', message: 'a 在第 2、4 行重复出现' },
    ]);
  });

  it('stays small for a file of thousands of copies of one row', () => {
    const errors = duplicateErrors(rows(Array.from({ length: 50_000 }, () => 'same')), (r) => r.cells.k, '房号');
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(errors[0].message).toBe('same 在第 2、3、4、5、6 等共 50000 行重复出现');
  });
});

describe('parseAreaCenti', () => {
  it.each([
    ['86.45', 8645n],
    ['86.4', 8640n],
    ['86', 8600n],
    ['0.01', 1n],
  ])('reads %s m² as %s hundredths', (text, centi) => expect(parseAreaCenti(text)).toBe(centi));

  it.each(['abc', '-5', '12.345', '', '1e3', '1,000'])('refuses %j', (text) => expect(parseAreaCenti(text)).toBeNull());

  it('round-trips through the decimal text', () => expect(centiToDecimal(parseAreaCenti('1234.5')!)).toBe('1234.50'));
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps the starting line', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
    ]);
  });

  it('skips blank lines', () =>
    expect(parseCsv('a\n\n\nb')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]));
});

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark', () => expect(decodeText(Buffer.from('\ufeff楼栋', 'utf8'))).toBe('楼栋'));

  it('reads GBK bytes as Chinese, not mojibake', () => expect(decodeText(Buffer.from([0xc2, 0xa5, 0xb6, 0xb0]))).toBe('楼栋'));
});

describe('readTable', () => {
  const columns: ImportColumn[] = [
    { key: 'room', label: '房号', headers: ['房号', '室号'], required: true, example: '201', note: '', read: readRoom },
    { key: 'formNumber', label: '表单编号', headers: ['表单编号'], required: false, example: '', note: '' },
  ];
  const upload = (text: string) => ({ buffer: Buffer.from(text, 'utf8'), filename: 'tally.csv' });

  it('reads well-formed cells, a unit spelling reduced to its number', async () => {
    const table = await readTable(upload('房号,表单编号\n101,NO.7\n102室,\n'), columns);
    expect(table.rows).toEqual([
      { line: 2, cells: { room: '101', formNumber: 'NO.7' } },
      { line: 3, cells: { room: '102', formNumber: '' } },
    ]);
    expect(table).toMatchObject({ headerLine: 1, ignoredColumns: [], errors: [] });
  });

  it('finds the header below a title and a blank line, and sets aside the columns it does not read', async () => {
    const table = await readTable(upload('幸福小区表决汇总,,,\n,,,\n序号,室号,表单编号,备注\n1,101,NO.7,东边\n'), columns);
    expect(table).toMatchObject({ headerLine: 3, ignoredColumns: ['序号', '备注'], errors: [] });
    expect(table.rows).toEqual([{ line: 4, cells: { room: '101', formNumber: 'NO.7' } }]);
  });

  it('names a missing required column in Chinese and reads no rows', async () => {
    const table = await readTable(upload('表单编号\nNO.7\n'), columns);
    expect(table.rows).toEqual([]);
    expect(table.errors).toEqual([{ line: 1, column: '房号', code: 'MISSING_COLUMN', message: '缺少「房号」列（表头也可写作：室号）' }]);
  });

  it('reports a cell with a NUL as a row error naming its line and column, and leaves no row to reach a query', async () => {
    const table = await readTable(upload('房号,表单编号\n101,NO.7\n102,NO.\u0000-8\n'), columns);
    expect(table.errors).toEqual([{ line: 3, column: '表单编号', code: 'NUL', message: expect.stringContaining('NO.\\u0000-8') }]);
    expect(table.rows).toEqual([]);
  });
});
