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

/** `2021年3月8日` → `2021-03-08`: the printed date back (search results carry it as printed). */
export function isoDate(printed: string): string {
  const [, year = '', month = '', day = ''] = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(printed) ?? [];
  return year === '' ? '' : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Today in Beijing, YYYY-MM-DD: the day a page is built, as the briefing's readers count days. */
export function todayInBeijing(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
