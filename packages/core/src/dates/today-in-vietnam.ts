/** Vietnam's offset from UTC (ICT, UTC+7, no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date in Vietnam at `now` (default: this moment) as `YYYY-MM-DD`. Agencies date
 * their documents in local time: between 00:00 and 07:00 there, UTC is still on the day before.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
