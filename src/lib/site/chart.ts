/**
 * Geometry of the small bar chart of items per year on a district's page.
 * Computed at build time; the component draws it as inline SVG with no
 * script. Every number here is a plain number, every label plain text.
 */
import type { YearCount } from './archive.ts';

export interface Bar {
  year: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the year label sits (x is the bar's centre). */
  labelX: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** Height of the plot area; labels go below it. */
  plotHeight: number;
  max: number;
  bars: Bar[];
}

export interface ChartSize {
  /** Width of one bar slot, in SVG units. */
  slot: number;
  plotHeight: number;
  /** Room under the plot for the year labels. */
  labelHeight: number;
  /** Room above the tallest bar for its count. */
  headroom: number;
}

const DEFAULT_SIZE: ChartSize = { slot: 36, plotHeight: 80, labelHeight: 18, headroom: 16 };

export function barChart(counts: readonly YearCount[], size: ChartSize = DEFAULT_SIZE): BarChart {
  const max = Math.max(0, ...counts.map(({ count }) => count));
  const barWidth = Math.round(size.slot * 0.6);
  const bars = counts.map(({ year, count }, index) => {
    const height = max === 0 ? 0 : Math.round((count / max) * (size.plotHeight - size.headroom));
    const x = index * size.slot + Math.round((size.slot - barWidth) / 2);
    return { year, count, x, y: size.plotHeight - height, width: barWidth, height, labelX: index * size.slot + size.slot / 2 };
  });
  return {
    width: Math.max(size.slot, counts.length * size.slot),
    height: size.plotHeight + size.labelHeight,
    plotHeight: size.plotHeight,
    max,
    bars,
  };
}
