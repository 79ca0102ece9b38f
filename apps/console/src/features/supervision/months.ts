import { chinaWallClock } from '@domain/calendar';

/** A month written as the API reads it: YYYY-MM. */
export const MONTH_TEXT = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The last month that has ended in China at an instant, YYYY-MM: the one a bulletin can be built for. */
export function lastEndedMonth(now: Date): string {
  const wall = chinaWallClock(now);
  const previous = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() - 1, 1));
  return previous.toISOString().slice(0, 7);
}
