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
      { line: 2, column: '房号', code: 'DUPLICATE', message: 'a appears on lines 2, 4' },
      { line: 4, column: '房号', code: 'DUPLICATE', message: 'a appears on lines 2, 4' },
    ]);
  });

  it('stays small for a file of thousands of copies of one row', () => {
    const errors = duplicateErrors(rows(Array.from({ length: 50_000 }, () => 'same')), (r) => r.cells.k, '房号');
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(errors[0].message).toBe('same appears on lines 2, 3, 4, 5, 6 and 49995 more');
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
  const columns = [
    { key: 'room', headers: ['房号'], required: true },
    { key: 'formNumber', headers: ['表单编号'], required: false },
  ];
  const upload = (text: string) => ({ buffer: Buffer.from(text, 'utf8'), filename: 'tally.csv' });

  it('reads well-formed cells', async () => {
    const table = await readTable(upload('房号,表单编号\n101,NO.7\n'), columns);
    expect(table.rows).toEqual([{ line: 2, cells: { room: '101', formNumber: 'NO.7' } }]);
  });

  it('refuses a cell with a NUL as a row error naming its line and column, and reads nothing', async () => {
    await expect(readTable(upload('房号,表单编号\n101,NO.7\n102,NO.\u0000-8\n'), columns)).rejects.toMatchObject({
      code: 'IMPORT.REJECTED',
      details: { errors: [{ line: 3, column: '表单编号', code: 'NUL', message: expect.stringContaining('NO.\\u0000-8') }] },
    });
  });
});
