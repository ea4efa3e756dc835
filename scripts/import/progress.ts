/** The progress bar on a terminal: count, rate and time left, redrawn in place. */
export function progressLine(done: number, total: number, startedAt: number, now: number): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const seconds = (now - startedAt) / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? Math.round((total - done) / rate) : undefined;
  const clock = (value: number) => `${Math.floor(value / 60)}:${String(value % 60).padStart(2, '0')}`;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} · ${rate.toFixed(1)} 期/秒 · 剩余 ${left === undefined ? '—' : clock(left)}`;
}
