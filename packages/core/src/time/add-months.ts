/**
 * The ISO date `months` calendar months after `iso` (`YYYY-MM-DD`), clamped to the end of a shorter
 * month: 2026-11-30 plus 3 months is 2027-02-28.
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number);
  const total = (year ?? 0) * 12 + (month ?? 1) - 1 + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const targetDay = Math.min(day ?? 1, lastDay);
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(targetDay).padStart(2, "0")}`;
}
