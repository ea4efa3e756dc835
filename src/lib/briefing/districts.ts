/**
 * Beijing's districts in the official order (site.md §1), and the older names
 * that map to today's district for grouping while the text keeps what was
 * printed.
 */

export const DISTRICTS = [
  '东城区',
  '西城区',
  '朝阳区',
  '海淀区',
  '丰台区',
  '石景山区',
  '门头沟区',
  '房山区',
  '通州区',
  '顺义区',
  '昌平区',
  '大兴区',
  '怀柔区',
  '平谷区',
  '密云区',
  '延庆区',
  // Not one of the 16 districts, but listed beside them.
  '北京经济技术开发区',
] as const;

export type District = (typeof DISTRICTS)[number];

const FORMER_NAMES: Readonly<Record<string, District>> = {
  崇文区: '东城区',
  宣武区: '西城区',
  密云县: '密云区',
  延庆县: '延庆区',
};

const DISTRICT_RANK = new Map<string, number>(DISTRICTS.map((name, index) => [name, index]));

/** Every printed name, longest first so 北京经济技术开发区 wins over any shorter prefix. */
const PRINTED_NAMES = [...DISTRICTS, ...Object.keys(FORMER_NAMES)].sort((a, b) => b.length - a.length);

/** Today's name of a district as printed, or undefined when it is not a district. */
export function canonicalDistrict(printed: string): District | undefined {
  if (DISTRICT_RANK.has(printed)) return printed as District;
  return FORMER_NAMES[printed];
}

/**
 * The districts an attribution names: `东城区文明办` → 东城区,
 * `北京经济技术开发区文明办` → 北京经济技术开发区, `崇文区文明办` → 东城区.
 * An office department (`精神文明综合协调处`) names none.
 */
export function districtsOfSource(source: string | null): District[] {
  if (source === null) return [];
  const found = new Set<District>();
  for (const unit of source.split('、')) {
    const printed = PRINTED_NAMES.find((name) => unit.startsWith(name));
    if (printed !== undefined) found.add(canonicalDistrict(printed)!);
  }
  return sortDistricts([...found]);
}

/** Official order; names that are not districts go last, in code-point order. */
export function compareDistricts(a: string, b: string): number {
  const rankA = DISTRICT_RANK.get(a) ?? DISTRICTS.length;
  const rankB = DISTRICT_RANK.get(b) ?? DISTRICTS.length;
  return rankA - rankB || (a < b ? -1 : a > b ? 1 : 0);
}

export function sortDistricts<T extends string>(names: readonly T[]): T[] {
  return [...names].sort(compareDistricts);
}
