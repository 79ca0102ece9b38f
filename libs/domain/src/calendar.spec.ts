import { chinaDate, chinaDateTime } from './calendar.js';

describe('China time', () => {
  it.each([
    ['2026-05-31T15:59:59.999Z', '2026-05-31', '2026-05-31 23:59'],
    ['2026-05-31T16:00:00.000Z', '2026-06-01', '2026-06-01 00:00'],
    ['2026-12-31T16:30:00.000Z', '2027-01-01', '2027-01-01 00:30'],
    ['2026-03-08T01:05:40.000Z', '2026-03-08', '2026-03-08 09:05'],
  ])('reads %s as %s, %s', (instant, date, minute) => {
    expect(chinaDate(new Date(instant))).toBe(date);
    expect(chinaDateTime(new Date(instant))).toBe(minute);
  });
});
