/**
 * Dates as the paper briefing prints them. The parser's dates are ISO
 * strings (YYYY-MM-DD) already checked against the calendar.
 */

/** `2021-03-08` → `2021年3月8日` */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** `2021-03-08` → `2021` */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}
