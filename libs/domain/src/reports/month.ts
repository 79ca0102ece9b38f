import { chinaMidnightOf, chinaWallClock } from '../calendar.js';

/** Bulletin months are months of the users' calendar: a month starts at 00:00+08:00 on its first day. */

/** `YYYY-MM`; years 2000 to 2099, the span plan years live in. */
export const MONTH_PATTERN = /^(20\d\d)-(0[1-9]|1[0-2])$/;

/** A month as the half-open interval [start, end) of instants. */
export interface MonthWindow {
  month: string;
  start: Date;
  end: Date;
}

/** The month's window, or null when the text is not a month. */
export function monthWindow(month: string): MonthWindow | null {
  const match = MONTH_PATTERN.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return {
    month,
    start: chinaMidnightOf(year, index, 1),
    end: chinaMidnightOf(year, index + 1, 1),
  };
}

/** The month an instant falls in, on the users' calendar. */
export function monthOf(at: Date): string {
  const local = chinaWallClock(at);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month before the one an instant falls in: the latest month that has ended. */
export function previousMonth(at: Date): string {
  const local = chinaWallClock(at);
  const startOfMonth = chinaMidnightOf(local.getUTCFullYear(), local.getUTCMonth(), 1);
  return monthOf(new Date(startOfMonth.getTime() - 1));
}

/** A month can be reported on once its last instant has passed. */
export function monthHasEnded(window: MonthWindow, now: Date): boolean {
  return now.getTime() >= window.end.getTime();
}
