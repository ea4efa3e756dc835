/**
 * benchmarks/scale.svg: build time and peak memory against the number of
 * issues, ours and the Hugo peer's, as two panels. Plain SVG text written
 * by hand, so the benchmark needs no charting dependency.
 */
export interface Series {
  name: string;
  colour: string;
  /** [issues, value] pairs; a missing measurement is left out. */
  points: ReadonlyArray<readonly [number, number]>;
}

export interface Panel {
  title: string;
  unit: string;
  series: readonly Series[];
}

const WIDTH = 960;
const HEIGHT = 380;
const PANEL_WIDTH = WIDTH / 2;
const MARGIN = { top: 48, right: 24, bottom: 56, left: 64 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A round step that gives about five ticks up to `max`. */
function tickStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((step) => step >= raw) ?? raw;
}

function panel(spec: Panel, offsetX: number, maxIssues: number): string {
  const plotWidth = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const values = spec.series.flatMap((series) => series.points.map(([, value]) => value));
  const yStep = tickStep(Math.max(...values, 1));
  const yMax = Math.ceil(Math.max(...values, 1) / yStep) * yStep;
  const xStep = tickStep(maxIssues);
  const xMax = Math.ceil(maxIssues / xStep) * xStep;
  const x = (issues: number) => +(offsetX + MARGIN.left + (issues / xMax) * plotWidth).toFixed(1);
  const y = (value: number) => +(MARGIN.top + plotHeight - (value / yMax) * plotHeight).toFixed(1);
  const parts: string[] = [];
  parts.push(`<text x="${offsetX + MARGIN.left}" y="28" font-size="15" font-weight="bold">${escape(spec.title)}</text>`);
  for (let value = 0; value <= yMax + 1e-9; value += yStep) {
    parts.push(`<line x1="${x(0)}" x2="${x(xMax)}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`);
    parts.push(`<text x="${+(x(0) - 8).toFixed(1)}" y="${+(y(value) + 4).toFixed(1)}" font-size="11" text-anchor="end">${+value.toFixed(2)}</text>`);
  }
  for (let issues = 0; issues <= xMax + 1e-9; issues += xStep) {
    parts.push(`<line x1="${x(issues)}" x2="${x(issues)}" y1="${y(0)}" y2="${y(0) + 5}" stroke="#333"/>`);
    parts.push(`<text x="${x(issues)}" y="${y(0) + 18}" font-size="11" text-anchor="middle">${issues}</text>`);
  }
  parts.push(`<line x1="${x(0)}" x2="${x(xMax)}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>`);
  parts.push(`<line x1="${x(0)}" x2="${x(0)}" y1="${y(0)}" y2="${y(yMax)}" stroke="#333"/>`);
  parts.push(`<text x="${x(xMax / 2)}" y="${HEIGHT - 14}" font-size="12" text-anchor="middle">issues (N)</text>`);
  parts.push(
    `<text x="${offsetX + 16}" y="${MARGIN.top + plotHeight / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 ${offsetX + 16} ${MARGIN.top + plotHeight / 2})">${escape(spec.unit)}</text>`,
  );
  spec.series.forEach((series, index) => {
    const points = [...series.points].sort((a, b) => a[0] - b[0]);
    if (points.length > 1) {
      parts.push(`<polyline fill="none" stroke="${series.colour}" stroke-width="2" points="${points.map(([n, v]) => `${x(n)},${y(v)}`).join(' ')}"/>`);
    }
    for (const [n, v] of points) {
      parts.push(`<circle cx="${x(n)}" cy="${y(v)}" r="3.5" fill="${series.colour}"/>`);
      // Labels of points at the right edge go to their left, so the panel does not cut them.
      const atRight = x(n) > x(xMax) - 40;
      const label = v >= 100 ? v.toFixed(0) : String(+v.toFixed(1));
      parts.push(
        `<text x="${+(x(n) + (atRight ? -6 : 6)).toFixed(1)}" y="${+(y(v) - 6).toFixed(1)}" font-size="10" fill="${series.colour}"${atRight ? ' text-anchor="end"' : ''}>${label}</text>`,
      );
    }
    const legendY = MARGIN.top + 4 + index * 16;
    parts.push(`<rect x="${x(0) + 12}" y="${legendY - 9}" width="12" height="3" fill="${series.colour}"/>`);
    parts.push(`<text x="${x(0) + 30}" y="${legendY - 4}" font-size="11">${escape(series.name)}</text>`);
  });
  return parts.join('\n');
}

export function scaleChart(panels: readonly [Panel, Panel], caption: string): string {
  const maxIssues = Math.max(1, ...panels.flatMap((spec) => spec.series.flatMap((series) => series.points.map(([n]) => n))));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT + 20}" viewBox="0 0 ${WIDTH} ${HEIGHT + 20}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel(panels[0], 0, maxIssues),
    panel(panels[1], PANEL_WIDTH, maxIssues),
    `<text x="${WIDTH / 2}" y="${HEIGHT + 12}" font-size="11" text-anchor="middle" fill="#555">${escape(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
