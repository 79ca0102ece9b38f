/**
 * The users' calendar: China Standard Time, UTC+8 all year (no daylight saving). Dates a user
 * writes (a contract's last day, a collection's day, a rectification deadline), months a bulletin
 * covers and every time a printed document shows are read on it.
 */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';
const CHINA_UTC_OFFSET_MS = 8 * 3600 * 1000;

/** A calendar date as users write it: YYYY-MM-DD. */
export const DATE_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A date, or a date and time with an optional offset (without one it is read in China time). */
export const DEADLINE_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

/** China's wall clock at an instant, as the fields of a UTC date (read them with getUTC*). */
export function chinaWallClock(at: Date): Date {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_MS);
}

/** The instant at which China's wall clock reads what `chinaWallClock` gave. */
export function fromChinaWallClock(wall: Date): Date {
  return new Date(wall.getTime() - CHINA_UTC_OFFSET_MS);
}

/** 00:00 in China on a day (month from 0; a day past the month's end rolls over, as Date.UTC does). */
export function chinaMidnightOf(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day) - CHINA_UTC_OFFSET_MS);
}

/** The calendar date in China at an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return chinaWallClock(at).toISOString().slice(0, 10);
}

/** An instant as a person in China reads it on paper: `2026-12-04 09:21`. */
export function chinaTime(at: Date | string): string {
  const iso = chinaWallClock(new Date(at)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** 00:00 in China on a date (YYYY-MM-DD); null for text that is no date of the calendar. */
function chinaMidnight(date: string): number | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const midnight = chinaMidnightOf(year, month, day);
  // 2026-02-30 would roll over into March: not a date.
  if (chinaWallClock(midnight).getUTCDate() !== day) return null;
  return midnight.getTime();
}

/**
 * The last instant of a date in China: a deadline written as a day lasts the whole of that day
 * where its users are, so "2026-12-09" is met until 23:59:59.999+08:00 and missed from 00:00 of
 * the 10th. Compare with `<`: past it when `dayEnd < now`.
 */
export function chinaDayEnd(date: string): Date {
  const midnight = chinaMidnight(date);
  if (midnight === null) throw new RangeError(`${JSON.stringify(date)} is not a date YYYY-MM-DD`);
  return new Date(midnight + 24 * 3600 * 1000 - 1);
}

/**
 * A deadline as a user writes it: a date means the end of that day in China; a date and time
 * without an offset is China's wall clock; with an offset, that instant. Null when the text is not
 * one of these, or names a day the calendar does not have.
 */
export function chinaDeadline(text: string): Date | null {
  if (!DEADLINE_PATTERN.test(text) || chinaMidnight(text.slice(0, 10)) === null) return null;
  if (text.length === 10) return chinaDayEnd(text);
  const zoned = /(Z|[+-]\d\d:\d\d)$/.test(text) ? text : `${text}+08:00`;
  return new Date(zoned);
}
