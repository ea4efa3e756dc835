/**
 * Variation of a recombined sentence, so that a few source issues give a
 * varied archive without inventing words:
 * - numbers: years move with the year (a 2021 source saying
 *   “2020年” says “1995年” in a 1996 issue), dates stay inside the issue's
 *   year so far, counts and percentages change by up to about half or
 *   double, round numbers stay round;
 * - districts: every district an article names becomes the one the article
 *   is about (an item of 房山区 says 房山区 in its text and its attribution),
 *   short forms too (`东城社工` → `房山社工`);
 * - units: the city and district offices the text names are swapped among
 *   like ones the sources name (`市公安局等7家单位` → `市交管局等7家单位`);
 * - lists: the inner items of a list of four or more joined by 、 change
 *   places (`文明村镇、文明单位、文明家庭、文明校园` →
 *   `文明村镇、文明家庭、文明单位、文明校园`); the first and last stay, as
 *   where they begin and end is not marked.
 */
import { DISTRICTS } from '../briefing/index.ts';
import type { Random } from './random.ts';

export interface VaryContext {
  random: Random;
  /** Year and month of the issue being written. */
  year: number;
  month: number;
  /** The district an article's mention of `printed` becomes (full names). */
  district(printed: string): string;
  /** Groups of like offices, swapped within their group. */
  units: ReadonlyArray<readonly string[]>;
  /** How the 北京经济技术开发区 is shortened where a source shortens a district (`东城社工`). */
  shortZone: string;
}

const FULL_NAMES: readonly string[] = [...DISTRICTS].sort((a, b) => b.length - a.length);
/** `东城` for 东城区; the zone has no short form in the sources. */
const SHORT_NAMES = DISTRICTS.filter((name) => name.endsWith('区') && name.length <= 4).map((name) => name.slice(0, -1));
const DISTRICT_PATTERN = new RegExp(`${FULL_NAMES.join('|')}|(?:${SHORT_NAMES.join('|')})(?!区)`, 'g');

export function mentionsDistrict(text: string): boolean {
  DISTRICT_PATTERN.lastIndex = 0;
  return DISTRICT_PATTERN.test(text);
}

/** The text with its numbers, offices and districts varied; `sourceYear` is the year of the issue it came from. */
export function vary(text: string, sourceYear: number, context: VaryContext): string {
  return varyDistricts(varyUnits(varyNumbers(varyLists(text, context.random), sourceYear, context), context), context);
}

const LIST = /[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+){3,}/g;

function varyLists(text: string, random: Random): string {
  if (!text.includes('、')) return text;
  return text.replace(LIST, (list, offset: number) => {
    const items = list.split('、');
    const inner = items.slice(1, -1);
    const inTitle = text.lastIndexOf('《', offset) > text.lastIndexOf('》', offset);
    if (inTitle || inner.some((item) => item.length > 8) || !random.chance(0.7)) return list;
    return [items[0]!, ...random.sample(inner, inner.length), items[items.length - 1]!].join('、');
  });
}

export function varyDistricts(text: string, context: VaryContext): string {
  return text.replace(DISTRICT_PATTERN, (printed) => {
    if (printed.endsWith('区')) return context.district(printed);
    const target = context.district(`${printed}区`);
    return target.length <= 4 ? target.slice(0, -1) : context.shortZone;
  });
}

interface UnitSwaps {
  any: RegExp;
  groups: Array<{ units: readonly string[]; pattern: RegExp }>;
}

const unitSwaps = new WeakMap<VaryContext['units'], UnitSwaps | null>();

function swapsOf(units: VaryContext['units']): UnitSwaps | null {
  let swaps = unitSwaps.get(units);
  if (swaps === undefined) {
    const alternation = (names: readonly string[]) => new RegExp([...names].sort((a, b) => b.length - a.length).join('|'), 'g');
    const groups = units.filter((group) => group.length >= 2);
    swaps = groups.length === 0 ? null : { any: alternation(groups.flat()), groups: groups.map((group) => ({ units: group, pattern: alternation(group) })) };
    unitSwaps.set(units, swaps);
  }
  return swaps;
}

function varyUnits(text: string, context: VaryContext): string {
  const swaps = swapsOf(context.units);
  if (swaps === null) return text;
  swaps.any.lastIndex = 0;
  if (!swaps.any.test(text)) return text;
  let result = text;
  for (const { units, pattern } of swaps.groups) {
    // An office named once per sentence: `区城管委、区教委` never becomes `区教委、区教委`.
    const named = new Set(units.filter((unit) => result.includes(unit)));
    if (named.size === 0) continue;
    result = result.replace(pattern, (unit) => {
      const others = units.filter((other) => !named.has(other));
      if (others.length === 0 || !context.random.chance(0.5)) return unit;
      const swapped = context.random.pick(others);
      named.add(swapped);
      return swapped;
    });
  }
  return result;
}

function varyNumbers(text: string, sourceYear: number, context: VaryContext): string {
  const { random } = context;
  return text.replace(/\d+/g, (digits, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + digits.length] ?? '';
    const value = Number(digits);
    if (digits.length > 1 && digits.startsWith('0')) return digits;

    const isYear = digits.length === 4 && value >= 1900 && value <= 2099 && (/^[年—\-–至~）)]$/.test(after) || /^[—\-–至~]$/.test(before));
    if (isYear) return String(Math.max(1000, value + context.year - sourceYear));
    if (after === '月' && value >= 1 && value <= 12) return String(random.int(1, context.month));
    if (after === '日' && before === '月' && value >= 1 && value <= 31) return String(random.int(1, 28));
    if (after === '周' && text[offset + digits.length + 1] === '年' && text.slice(Math.max(0, offset - 4), offset).includes('建党')) {
      const years = context.year - 1921;
      if (years >= 1) return String(years);
    }
    if (after === '%' || after === '％') return String(Math.min(99, Math.max(1, Math.round(value * factor(random)))));
    return String(varyCount(value, digits, random));
  });
}

/** A count about half to double the original, round when the original is (2000 → 1500, 6842 → 5317). */
function varyCount(value: number, digits: string, random: Random): number {
  if (value <= 12) return random.int(Math.max(1, value - 3), value + 4);
  const zeros = value >= 100 ? (/0+$/.exec(digits)?.[0].length ?? 0) : 0;
  const step = 10 ** Math.min(zeros, digits.length - 1);
  const varied = Math.round((value * factor(random)) / step) * step;
  return Math.max(13, varied, step);
}

function factor(random: Random): number {
  return Math.exp((random.next() * 2 - 1) * 0.7);
}
