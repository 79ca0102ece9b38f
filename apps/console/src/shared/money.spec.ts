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

describe('money typed in yuan', () => {
  it.each([
    ['12', '1200'],
    ['0.05', '5'],
    ['1,234.5', '123450'],
    [' 850.10 ', '85010'],
    ['0', '0'],
    ['007.70', '770'],
    // 0.1 + 0.2 in floating point is not 0.3; moved in the text, 0.29 stays 29 fen.
    ['0.29', '29'],
    ['9999999999999.99', '999999999999999'],
  ])('%s yuan is %s fen', (yuan, fen) => {
    expect(fenFromYuan(yuan)).toBe(fen);
  });

  it('refuses what is not an amount in yuan with at most two decimals', () => {
    for (const bad of ['', '1.234', '-1', '1e3', 'abc', '1.', '.5', '1.2.3', '12 元']) expect(fenFromYuan(bad)).toBeNull();
  });

  it('goes back to the same yuan, and to the number a request carries', () => {
    expect(yuanFromFen(fenFromYuan('1,234.56')!)).toBe('1,234.56');
    expect(yuanNumber(fenFromYuan('1,234.5')!)).toBe(1234.5);
    // What the API does with it (Math.round(yuan * 100)) lands on the same fen.
    for (const fen of ['29', '1', '123456789', '100000000007']) expect(String(Math.round(yuanNumber(fen) * 100))).toBe(fen);
  });
});
