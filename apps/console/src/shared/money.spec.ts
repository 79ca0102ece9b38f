import { fenFromYuan, formatFen, formatYuan, yuanFromFen, yuanNumber } from './money';

describe('money from fen', () => {
  it.each([
    ['0', '0.00'],
    ['5', '0.05'],
    ['99', '0.99'],
    ['100', '1.00'],
    ['123456', '1,234.56'],
    ['100000000', '1,000,000.00'],
    ['-5', '-0.05'],
    ['-123456789', '-1,234,567.89'],
    ['007', '0.07'],
    ['-0', '0.00'],
  ])('%s fen is %s yuan', (fen, yuan) => {
    expect(yuanFromFen(fen)).toBe(yuan);
  });

  it('stays exact beyond what a float holds', () => {
    // 2^53 + 1 fen: a Number would round it.
    expect(yuanFromFen('9007199254740993')).toBe('90,071,992,547,409.93');
    expect(yuanFromFen(9007199254740993n)).toBe('90,071,992,547,409.93');
    expect(formatFen('9007199254740993')).toBe('9,007,199,254,740,993 分');
  });

  it('takes whole numbers and bigints, and refuses anything that is not whole fen', () => {
    expect(yuanFromFen(150)).toBe('1.50');
    expect(formatYuan(150n)).toBe('1.50 元');
    for (const bad of ['1.5', '', ' ', '1e3', 'abc', '--1']) expect(() => yuanFromFen(bad)).toThrow(RangeError);
    expect(() => yuanFromFen(1.5)).toThrow(RangeError);
    expect(() => yuanFromFen(2 ** 60)).toThrow(RangeError);
  });

  it('writes the fen figure grouped, with its unit', () => {
    expect(formatFen('0')).toBe('0 分');
    expect(formatFen('123456')).toBe('123,456 分');
    expect(formatFen('-1000')).toBe('-1,000 分');
  });
});

describe('yuan typed in', () => {
  it.each([
    ['0.01', '1'],
    ['1', '100'],
    ['1.5', '150'],
    ['1,234.56', '123456'],
    [' 0012.30 ', '1230'],
    ['0', '0'],
    // 0.29 * 100 is 28.999999999999996 in floating point: the digits are counted, not multiplied.
    ['0.29', '29'],
    ['90071992547409.93', '9007199254740993'],
  ])('%s yuan is %s fen', (yuan, fen) => {
    expect(fenFromYuan(yuan)).toBe(fen);
  });

  it('refuses what is not an amount of whole fen', () => {
    for (const bad of ['', '1.234', '-1', '1e3', 'abc', '.5', '1.', '１２']) expect(fenFromYuan(bad)).toBeNull();
  });

  it('sends exact fen as the yuan number that JSON writes as the same decimals', () => {
    expect(JSON.stringify({ amount: yuanNumber('29') })).toBe('{"amount":0.29}');
    expect(JSON.stringify({ amount: yuanNumber('123456') })).toBe('{"amount":1234.56}');
    expect(JSON.stringify({ amount: yuanNumber('1000000000000') })).toBe('{"amount":10000000000}');
  });
});
