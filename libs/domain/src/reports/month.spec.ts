import { monthHasEnded, monthOf, monthWindow, previousMonth } from './month.js';

describe('monthWindow', () => {
  it.each([
    ['2026-05', '2026-04-30T16:00:00.000Z', '2026-05-31T16:00:00.000Z'],
    ['2026-01', '2025-12-31T16:00:00.000Z', '2026-01-31T16:00:00.000Z'],
    ['2026-12', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2028-02', '2028-01-31T16:00:00.000Z', '2028-02-29T16:00:00.000Z'],
  ])('%s runs from 00:00+08:00 on its first day to 00:00+08:00 on the next month’s', (month, start, end) => {
    expect(monthWindow(month)).toEqual({ month, start: new Date(start), end: new Date(end) });
  });

  it.each(['2026-13', '2026-00', '2026-5', '26-05', '2026/05', '1999-12', '2026-05-01', ' 2026-05', ''])('refuses %p', (text) => {
    expect(monthWindow(text)).toBeNull();
  });
});

describe('monthOf', () => {
  it.each([
    ['2026-05-31T15:30:00Z', '2026-05'], // 23:30 on 31 May in Changsha
    ['2026-05-31T16:00:00Z', '2026-06'], // midnight: June begins
    ['2026-05-31T16:10:00Z', '2026-06'], // 00:10 on 1 June, still 31 May in UTC
    ['2026-04-30T16:00:00Z', '2026-05'],
    ['2026-04-30T15:59:59.999Z', '2026-04'],
  ])('%s falls in %s', (at, month) => {
    expect(monthOf(new Date(at))).toBe(month);
  });
});

describe('previousMonth', () => {
  it.each([
    ['2026-06-01T00:05:00+08:00', '2026-05'],
    ['2026-06-30T23:59:00+08:00', '2026-05'],
    ['2026-01-01T00:05:00+08:00', '2025-12'],
    ['2026-05-31T20:00:00Z', '2026-05'], // already 1 June in Changsha
  ])('at %s is %s', (at, month) => {
    expect(previousMonth(new Date(at))).toBe(month);
  });
});

describe('monthHasEnded', () => {
  const may = monthWindow('2026-05')!;

  it('not during its last minute in Changsha', () => {
    expect(monthHasEnded(may, new Date('2026-05-31T23:59:59+08:00'))).toBe(false);
  });

  it('from midnight on the first of the next month', () => {
    expect(monthHasEnded(may, new Date('2026-06-01T00:00:00+08:00'))).toBe(true);
  });
});
