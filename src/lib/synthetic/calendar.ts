/**
 * Numbering and dates of a synthetic archive. The archive ends where the
 * real one stands (总第2178期 is 2021's 第12期, 2021-03-08) and reaches back
 * as many years as the count needs, about 50 issues a year: 期号 starts
 * at 1 every January, 总期号 runs on without a gap, and dates advance
 * through the year on working days, roughly weekly, sometimes two issues on
 * one day. Each year's schedule comes from its own random stream, so a
 * year looks the same whatever the count.
 */
import { stream } from './random.ts';

export interface Slot {
  /** 期号 */
  issue: number;
  /** 总期号 */
  totalIssue: number;
  year: number;
  month: number;
  day: number;
}

/** The last year of the archive, and how many issues of it are out (as in the corpus). */
export const END_YEAR = 2021;
export const END_YEAR_ISSUES = 12;
/** 总期号 of the last issue when the count allows (总第2178期, the corpus's latest). */
export const LAST_TOTAL_ISSUE = 2178;
/** Years before 1000 cannot be written `YYYY 年`. */
export const MAX_COUNT = 40_000;

export function planCalendar(count: number, seed: string): Slot[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) throw new RangeError(`count must be a whole number from 1 to ${MAX_COUNT}`);
  const years: Array<{ year: number; planned: number; issued: number }> = [];
  let total = 0;
  for (let year = END_YEAR; total < count; year -= 1) {
    const planned = stream(seed, 'year', year).int(46, 54);
    const issued = year === END_YEAR ? Math.min(planned, END_YEAR_ISSUES) : planned;
    years.unshift({ year, planned, issued });
    total += issued;
  }
  // Whole years from the first issue on: what is too much comes off the end.
  let excess = total - count;
  while (excess > 0) {
    const last = years[years.length - 1]!;
    const cut = Math.min(excess, last.issued);
    last.issued -= cut;
    excess -= cut;
    if (last.issued === 0) years.pop();
  }

  const firstTotal = Math.max(1, LAST_TOTAL_ISSUE - count + 1);
  const slots: Slot[] = [];
  for (const { year, planned, issued } of years) {
    const days = issueDays(year, planned, seed);
    for (let index = 0; index < issued; index += 1) {
      const date = days[index]!;
      slots.push({ issue: index + 1, totalIssue: firstTotal + slots.length, year, month: date.month, day: date.day });
    }
  }
  return slots;
}

/** The dates of a year's `planned` issues: spread over its working days, in order, a few shared. */
function issueDays(year: number, planned: number, seed: string): Array<{ month: number; day: number }> {
  const random = stream(seed, 'dates', year);
  const workdays: Array<{ month: number; day: number }> = [];
  for (let time = Date.UTC(year, 0, 4); ; time += 86_400_000) {
    const date = new Date(time);
    if (date.getUTCFullYear() !== year || (date.getUTCMonth() === 11 && date.getUTCDate() > 29)) break;
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) workdays.push({ month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  }
  const days: Array<{ month: number; day: number }> = [];
  let previous = 0;
  for (let index = 0; index < planned; index += 1) {
    let at = Math.floor(((index + 0.1 + random.next() * 0.8) * workdays.length) / planned);
    if (index > 0 && random.chance(0.05)) at = previous;
    at = Math.min(Math.max(at, previous), workdays.length - 1);
    days.push(workdays[at]!);
    previous = at;
  }
  return days;
}
