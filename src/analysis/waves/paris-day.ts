/**
 * Local days in Europe/Paris, computed without a time-zone library because the baseline calls this
 * once per incident of a million-incident history. Since 1996 France follows the EU rule: summer time
 * (UTC+2) from the last Sunday of March to the last Sunday of October, switching at 01:00 UTC;
 * UTC+1 otherwise. Earlier dates use the same rule, which is close enough for weekday factors.
 */

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const summerByYear = new Map<number, [number, number]>();

/** [start, end) of summer time in a UTC year, in epoch milliseconds. */
function summerTime(year: number): [number, number] {
  let bounds = summerByYear.get(year);
  if (!bounds) {
    bounds = [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)];
    summerByYear.set(year, bounds);
  }
  return bounds;
}

function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** The offset of Paris local time from UTC at an instant, in milliseconds (1 h or 2 h). */
export function parisOffsetMs(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const [start, end] = summerTime(year);
  return time >= start && time < end ? 2 * HOUR_MS : HOUR_MS;
}

/** The Paris local day an instant falls in, numbered from 1970-01-01 (day 0). */
export function parisDay(time: number): number {
  return Math.floor((time + parisOffsetMs(time)) / DAY_MS);
}

/** The weekday of a Paris local day: 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The UTC instant at which a Paris local day starts (local midnight). */
export function parisDayStart(day: number): number {
  // local midnight is 22:00 or 23:00 UTC the day before, always before the 01:00 UTC switch,
  // so the offset two hours before the UTC midnight is the one in force at local midnight
  return day * DAY_MS - parisOffsetMs(day * DAY_MS - 2 * HOUR_MS);
}

/**
 * Which 24-hour block before `now` an instant falls in: 0 for [now − 1 day, now), d for
 * [now − (d + 1) days, now − d days). Scan windows are counted in these blocks, not in calendar days,
 * so a window of w days is exactly the last w × 24 hours.
 */
export function dayBefore(now: number, time: number): number {
  return Math.ceil((now - time) / DAY_MS) - 1;
}
