import { lastEndedMonth, MONTH_TEXT } from './months';

describe('the month a bulletin is built for', () => {
  it('is the month before the one China is in', () => {
    expect(lastEndedMonth(new Date('2026-12-04T19:00:00Z'))).toBe('2026-11');
    expect(lastEndedMonth(new Date('2026-01-15T00:00:00Z'))).toBe('2025-12');
  });

  it("turns at midnight on China's clock, not UTC's", () => {
    // 16:00 UTC on 30 November is 00:00 on 1 December in China: November has ended.
    expect(lastEndedMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-10');
    expect(lastEndedMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-11');
  });

  it('reads only YYYY-MM', () => {
    expect(['2026-11', '2026-01'].every((m) => MONTH_TEXT.test(m))).toBe(true);
    expect(['2026-13', '2026-1', '2026-11-01', '202611'].some((m) => MONTH_TEXT.test(m))).toBe(false);
  });
});
