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

describe('yuan typed or given, to fen', () => {
  it.each([
    ['1234.56', '123456'],
    ['1,234.56', '123456'],
    [' 80 ', '8000'],
    ['0.5', '50'],
    ['0.05', '5'],
    ['0', '0'],
    ['007.10', '710'],
    ['730000.00', '73000000'],
    ['90071992547409.93', '9007199254740993'],
  ])('%s yuan is %s fen', (yuan, fen) => {
    expect(fenFromYuan(yuan)).toBe(fen);
  });

  it('refuses what is not an amount of at most two decimals', () => {
    for (const bad of ['', ' ', '1.234', '12a', '-5', '1e3', '.5', '5.', '1,23.00', '1,2345', '一百', '1 000'])
      expect(fenFromYuan(bad)).toBeNull();
  });

  it('gives the API the number that rounds back to the same fen', () => {
    for (const fen of ['123456', '5', '0', '99999999999999', '100000000000000', '1999']) {
      const yuan = yuanNumber(fen);
      expect(String(Math.round(yuan * 100))).toBe(fen);
    }
    expect(yuanNumber('123456')).toBe(1234.56);
    expect(() => yuanNumber('-5')).toThrow(RangeError);
    expect(() => yuanNumber('1.5')).toThrow(RangeError);
  });
});
