/**
 * The users' calendar: China Standard Time, UTC+8 all year (no daylight saving). Dates a user
 * writes (a contract's last day, a collection's day) and months a bulletin covers are read on it.
 */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';
export const CHINA_UTC_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar date in China at an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The time in China at an instant, to the minute, as a person reads it on paper: YYYY-MM-DD HH:mm. */
export function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
