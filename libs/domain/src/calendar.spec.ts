import { chinaDate, chinaDayEnd, chinaDeadline, chinaTime } from './calendar.js';

describe('the users\u2019 calendar (China Standard Time)', () => {
  it('reads the date and the time of an instant as Beijing does', () => {
    expect(chinaDate(new Date('2026-12-03T15:59:59.999Z'))).toBe('2026-12-03');
    expect(chinaDate(new Date('2026-12-03T16:00:00.000Z'))).toBe('2026-12-04');
    expect(chinaTime(new Date('2026-12-04T01:21:30Z'))).toBe('2026-12-04 09:21');
    expect(chinaTime('2026-12-31T16:05:00.000Z')).toBe('2027-01-01 00:05');
  });

  it('ends a day at 23:59:59.999 in Beijing, not at UTC midnight', () => {
    expect(chinaDayEnd('2026-12-09').toISOString()).toBe('2026-12-09T15:59:59.999Z');
    expect(chinaTime(chinaDayEnd('2026-12-09'))).toBe('2026-12-09 23:59');
    expect(chinaDayEnd('2028-02-29').toISOString()).toBe('2028-02-29T15:59:59.999Z');
    expect(() => chinaDayEnd('2026-02-30')).toThrow(RangeError);
  });

  it('a deadline of day D is met at D 23:59 in Beijing and missed at D+1 00:00', () => {
    const due = chinaDeadline('2026-12-09')!;
    const at = (local: string) => new Date(`${local}+08:00`);
    expect(due.getTime() < at('2026-12-09T23:59:00').getTime()).toBe(false);
    expect(due.getTime() < at('2026-12-09T23:59:59.999').getTime()).toBe(false);
    expect(due.getTime() < at('2026-12-10T00:00:00').getTime()).toBe(true);
  });

  it.each([
    ['a time with an offset, as given', '2026-12-09T10:00:00Z', '2026-12-09T10:00:00.000Z'],
    ['a time with another offset', '2026-12-09T10:00+09:00', '2026-12-09T01:00:00.000Z'],
    ['a time without an offset, on Beijing\u2019s clock', '2026-12-09T10:00', '2026-12-09T02:00:00.000Z'],
    ['with seconds and milliseconds', '2026-12-09T10:00:05.250', '2026-12-09T02:00:05.250Z'],
  ])('reads %s', (_, text, iso) => {
    expect(chinaDeadline(text)!.toISOString()).toBe(iso);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-12-9', '20261209', '2026-W49', '2026-12-09T24:00', '2026-12-09 10:00', 'soon'])(
    'refuses %s',
    (text) => {
      expect(chinaDeadline(text)).toBeNull();
    },
  );

  it.each([
    ['2026-05-31T15:59:59.999Z', '2026-05-31', '2026-05-31 23:59'],
    ['2026-05-31T16:00:00.000Z', '2026-06-01', '2026-06-01 00:00'],
    ['2026-12-31T16:30:00.000Z', '2027-01-01', '2027-01-01 00:30'],
    ['2026-03-08T01:05:40.000Z', '2026-03-08', '2026-03-08 09:05'],
  ])('reads %s as %s, %s', (instant, date, minute) => {
    expect(chinaDate(new Date(instant))).toBe(date);
    expect(chinaTime(new Date(instant))).toBe(minute);
  });
});
