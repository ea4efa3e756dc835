import { describe, expect, it } from 'vitest';
import { canonicalDistrict, DISTRICTS, districtsOfSource, sortDistricts } from '../../src/lib/briefing/districts.ts';

describe('districts', () => {
  it('should list the 16 districts in official order, then 北京经济技术开发区', () => {
    expect(DISTRICTS.join('、')).toBe(
      '东城区、西城区、朝阳区、海淀区、丰台区、石景山区、门头沟区、房山区、通州区、顺义区、昌平区、大兴区、怀柔区、平谷区、密云区、延庆区、北京经济技术开发区',
    );
  });

  it('should sort by official order, not by code point', () => {
    expect(sortDistricts(['延庆区', '昌平区', '东城区', '海淀区'])).toEqual(['东城区', '海淀区', '昌平区', '延庆区']);
  });

  it('should map older names to today’s district', () => {
    expect(['崇文区', '宣武区', '密云县', '延庆县', '朝阳区', '市文明办'].map(canonicalDistrict)).toEqual(['东城区', '西城区', '密云区', '延庆区', '朝阳区', undefined]);
  });

  it('should read the district from the unit before 文明办', () => {
    expect(districtsOfSource('东城区文明办')).toEqual(['东城区']);
    expect(districtsOfSource('北京经济技术开发区文明办')).toEqual(['北京经济技术开发区']);
    expect(districtsOfSource('精神文明综合协调处')).toEqual([]);
    expect(districtsOfSource(null)).toEqual([]);
  });

  it('should read every district of a joint attribution', () => {
    expect(districtsOfSource('昌平区文明办、海淀区文明办')).toEqual(['海淀区', '昌平区']);
  });
});
