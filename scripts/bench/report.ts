/**
 * The figures of a benchmark run as Markdown tables (printed, and written
 * into BENCHMARKS.md between `<!-- scale:start -->` and `<!-- scale:end -->`),
 * the budgets of the scale issue with PASS/FAIL, and the chart's series.
 */
import type { BuildPhases, BuildRun, DevRun } from './astro.ts';
import type { Panel } from './chart.ts';
import type { HugoBuild } from './hugo.ts';
import type { IndexAlone } from './index-alone.ts';
import type { MedianRun } from './median.ts';
import type { ParserSpeed } from './parser-speed.ts';
import type { Quality } from './quality.ts';
import { FETCH_KINDS, type PageWeight, type QueryCost, type SearchSession, type SearchTimeline } from './transfer.ts';

/** Some static hosts cap a site at this many files. */
const HOST_FILE_LIMIT = 20_000;

export interface SizeResult {
  issues: number;
  megabytes: number;
  parser?: ParserSpeed;
  /** The median of the full builds (by wall time). */
  full?: MedianRun<BuildRun & { pages: number; phases: BuildPhases | undefined }>;
  unchanged?: BuildRun;
  addOne?: BuildRun;
  dev?: MedianRun<DevRun>;
  /** Our search indexing by itself, as the peer's Pagefind runs (./index-alone.ts). */
  indexAlone?: MedianRun<IndexAlone>;
  index?: { files: number; bytes: number };
  /** The whole built site, and how many of its files are the .gz/.br copies a web server sends as they are (src/integrations/precompress.ts). */
  output?: { files: number; bytes: number; copies: number; copyBytes: number };
  /** Each transfer query as the first search on a fresh page, followed by the next one in the list. */
  sessions?: SearchSession[];
  issuePages?: { median: PageWeight; largest: PageWeight };
  quality?: Quality;
  hugo?: MedianRun<HugoBuild> & { index: { files: number; bytes: number }; quality?: Quality };
  /** Steps that crashed, with their message. */
  crashed: Array<{ step: string; message: string }>;
}

export interface RunInfo {
  date: string;
  commit: string;
  machine: string;
  command: string;
  totalSeconds: number;
  hugoVersion: string | undefined;
}

/** Budgets of the scale issue. */
export const BUDGET = {
  /** Per-issue cost (time, memory) at the largest N ÷ at the smallest. */
  linearity: 1.25,
  at5000Seconds: 60,
  at5000Bytes: 6 * 1024 ** 3,
  /** Search indexing at 5,000 issues (the search issue), time and peak memory of its process tree. */
  at5000IndexSeconds: 45,
  at5000IndexBytes: 6 * 1024 ** 3,
  /** Our indexing ÷ Pagefind's default indexing of the same archive (the peer), each alone: time, and peak memory. */
  peerIndexTime: 1.5,
  peerMemory: 1.2,
  devSeconds: 2,
  parserMegabytesPerSecond: 50,
  /**
   * Everything an issue page loads. Its scripts (the copy button of 引用本文, the reading aids) only add to a
   * page that reads whole without them, which the no-JavaScript browser test holds, so they count in bytes
   * rather than being forbidden.
   */
  issuePageBytes: 30 * 1024,
  recall: 0.99,
  precision: 0.99,
  /** First search, queries of at most 4 characters. */
  shortFirstBytes: 300 * 1024,
  /** First search, longer queries up to the longest. */
  longFirstBytes: 600 * 1024,
  /** From the last keystroke (Enter) to the results shown, first and second searches. */
  searchSeconds: 0.3,
} as const;

const MB = 1024 * 1024;
const s = (seconds: number | undefined) => (seconds === undefined ? '—' : seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1));
const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : (bytes / MB).toFixed(0));
const rebuilt = (run: BuildRun | undefined) => (run === undefined ? '—' : `${run.parsed} · ${run.shardsWritten} of ${run.shards}`);
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : (bytes / 1024).toFixed(1));
/** `160 · 377 · 455`: a search's milestones after Enter, in ms (— for what it did not fetch). */
const milestones = (timeline: SearchTimeline | undefined) =>
  timeline === undefined ? '—' : [timeline.indexIn, timeline.fragmentsAsked, timeline.fragmentsIn].map((ms) => (ms === undefined ? '—' : ms.toFixed(0))).join(' · ');
/** `3718 MB (node 2900, pagefind 818)`: the peak and whose it was. */
const peak = (bytes: number | undefined, byProgram: Record<string, number> | undefined) => {
  if (bytes === undefined) return '—';
  const parts = Object.entries(byProgram ?? {})
    .filter(([, value]) => value >= 10 * MB)
    .sort((a, b) => b[1] - a[1])
    .map(([program, value]) => `${program} ${mb(value)}`);
  return `${mb(bytes)} MB${parts.length > 1 ? ` (${parts.join(', ')})` : ''}`;
};
/** Wall time with the CPU time of the whole tree: `51.8 s (CPU 70 s)`. */
/** `83.2 s (CPU 149 s)`, and the range of every run's time when it is a median of several. */
const wall = (run: { seconds: number; cpuSeconds: number; spread?: number[] } | undefined) =>
  run === undefined ? '—' : `${s(run.seconds)} s (${[`CPU ${run.cpuSeconds.toFixed(0)} s`, runRange(run.spread)].filter((note) => note !== undefined).join('; ')})`;
/** `3 runs 79.0–90.1 s`, for a median of several runs. */
const runRange = (spread: readonly number[] | undefined) => (spread === undefined || spread.length < 2 ? undefined : `${spread.length} runs ${s(spread[0])}–${s(spread.at(-1))} s`);
const ratio = (value: number | undefined, digits = 3) => (value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));

/** Our indexing alone ÷ the peer's Pagefind, in time and peak memory; undefined where either was not measured. */
function indexRatios(r: SizeResult): { time: number; memory: number } | undefined {
  if (r.indexAlone === undefined || r.hugo === undefined) return undefined;
  return { time: r.indexAlone.seconds / r.hugo.pagefindSeconds, memory: r.indexAlone.peakBytes / r.hugo.pagefindPeakBytes };
}

/** `**3.80 s** (loader re-read the folder after 0.31 s; 3 runs 3.5–4.2 s)` */
function devServed(dev: MedianRun<DevRun> | undefined): string {
  if (dev === undefined) return '—';
  const notes = [dev.syncedSeconds === undefined ? undefined : `loader re-read the folder after ${s(dev.syncedSeconds)} s`, runRange(dev.spread)].filter((note) => note !== undefined);
  return `**${s(dev.servedSeconds)} s**${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
}

export function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export interface Budget {
  budget: string;
  measured: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
}

export function budgets(results: readonly SizeResult[]): Budget[] {
  const list: Budget[] = [];
  const built = results.filter((result) => result.full !== undefined);
  const smallest = built[0];
  const largest = built.at(-1);
  if (smallest !== undefined && largest !== undefined && smallest !== largest) {
    const perIssue = (result: SizeResult, value: (run: NonNullable<SizeResult['full']>) => number) => value(result.full!) / result.issues;
    const time = perIssue(largest, (run) => run.seconds) / perIssue(smallest, (run) => run.seconds);
    const memory = perIssue(largest, (run) => run.peakBytes) / perIssue(smallest, (run) => run.peakBytes);
    const span = `N=${smallest.issues}→${largest.issues}`;
    // The ratio of averages hides a fixed start-up cost; the marginal cost per added issue is shown beside it.
    const added = largest.issues - smallest.issues;
    const marginalMs = ((largest.full!.seconds - smallest.full!.seconds) / added) * 1000;
    const marginalMb = (largest.full!.peakBytes - smallest.full!.peakBytes) / added / MB;
    list.push({
      budget: `full build time grows at most linearly (per-issue time ratio ≤ ${BUDGET.linearity})`,
      measured: `${ratio(time, 2)} (${span}; each added issue costs ${marginalMs.toFixed(0)} ms)`,
      pass: time <= BUDGET.linearity,
    });
    list.push({
      budget: `peak memory grows at most linearly (per-issue memory ratio ≤ ${BUDGET.linearity})`,
      measured: `${ratio(memory, 2)} (${span}; each added issue costs ${marginalMb.toFixed(2)} MB)`,
      pass: memory <= BUDGET.linearity,
    });
  } else {
    list.push({ budget: `build time and memory grow at most linearly (per-issue ratio ≤ ${BUDGET.linearity})`, measured: 'needs two sizes', pass: undefined });
  }

  const at5000 = built.find((result) => result.issues === 5000);
  if (at5000 !== undefined) {
    list.push({ budget: `N=5000: full build ≤ ${BUDGET.at5000Seconds} s`, measured: `${s(at5000.full!.seconds)} s`, pass: at5000.full!.seconds <= BUDGET.at5000Seconds });
    list.push({ budget: 'N=5000: peak memory ≤ 6 GB', measured: `${mb(at5000.full!.peakBytes)} MB`, pass: at5000.full!.peakBytes <= BUDGET.at5000Bytes });
  } else {
    const estimate = extrapolate(built, 5000);
    const note = estimate === undefined ? 'not measured' : `not measured; straight line through the two largest sizes gives ${s(estimate.seconds)} s, ${mb(estimate.bytes)} MB`;
    list.push({ budget: `N=5000: full build ≤ ${BUDGET.at5000Seconds} s and ≤ 6 GB peak`, measured: note, pass: undefined });
  }

  const indexAt5000 = results.find((result) => result.issues === 5000)?.indexAlone;
  list.push({
    budget: `N=5000: search indexing ≤ ${BUDGET.at5000IndexSeconds} s and ≤ 6 GB peak memory (alone)`,
    measured: indexAt5000 === undefined ? 'not measured' : `${s(indexAt5000.seconds)} s, ${mb(indexAt5000.peakBytes)} MB (beside the pages in the build: ${s(at5000?.full?.indexSeconds)} s)`,
    pass: indexAt5000 === undefined ? undefined : indexAt5000.seconds <= BUDGET.at5000IndexSeconds && indexAt5000.peakBytes <= BUDGET.at5000IndexBytes,
  });

  const each = <T>(name: string, pick: (result: SizeResult) => T | undefined, show: (value: T) => string, ok: (value: T) => boolean) => {
    const measured = results.map((result) => ({ issues: result.issues, value: pick(result) })).filter((entry): entry is { issues: number; value: T } => entry.value !== undefined);
    list.push({
      budget: name,
      measured: measured.length === 0 ? 'not measured' : measured.map(({ issues, value }) => `${show(value)} (N=${issues})`).join(', '),
      pass: measured.length === 0 ? undefined : measured.every(({ value }) => ok(value)),
    });
  };
  each(
    `search indexing ≤ ${BUDGET.peerIndexTime}× the time of Pagefind's default indexing of the same archive (peer), each alone`,
    (r) => indexRatios(r)?.time,
    (value) => `${value.toFixed(2)}×`,
    (value) => value <= BUDGET.peerIndexTime,
  );
  each(
    `search indexing peak memory ≤ ${BUDGET.peerMemory}× that of Pagefind's default indexing (peer), each alone`,
    (r) => indexRatios(r)?.memory,
    (value) => `${value.toFixed(2)}×`,
    (value) => value <= BUDGET.peerMemory,
  );
  each('nothing changed: the rebuild parses 0 files', (r) => r.unchanged?.parsed, (parsed) => `${parsed} parsed`, (parsed) => parsed === 0);
  each('one issue added: the rebuild parses exactly that file', (r) => r.addOne?.parsed, (parsed) => `${parsed} parsed`, (parsed) => parsed === 1);
  each(`astro dev serves a new issue within ${BUDGET.devSeconds} s`, (r) => r.dev?.servedSeconds, (seconds) => `${s(seconds)} s`, (seconds) => seconds <= BUDGET.devSeconds);
  each(`parser ≥ ${BUDGET.parserMegabytesPerSecond} MB/s`, (r) => r.parser?.megabytesPerSecond, (rate) => `${rate.toFixed(1)} MB/s`, (rate) => rate >= BUDGET.parserMegabytesPerSecond);
  each(
    'issue page ≤ 30 KB (everything it loads, gzip; median-sized issue)',
    (r) => r.issuePages?.median,
    (page) => `${kb(page.totalBytes)} KB (HTML+CSS ${kb(page.htmlCssBytes)} KB), ${page.scripts} scripts`,
    (page) => page.totalBytes <= BUDGET.issuePageBytes,
  );
  each(`search recall ≥ ${BUDGET.recall}`, (r) => r.quality?.recall, (value) => ratio(value), (value) => value >= BUDGET.recall);
  each(`search precision ≥ ${BUDGET.precision}`, (r) => r.quality?.precision, (value) => ratio(value), (value) => value >= BUDGET.precision);
  each('absent terms find nothing', (r) => r.quality, (quality) => `${quality.absentFound} of ${quality.queries.filter((q) => q.kind === 'absent').length} found something`, (quality) => quality.absentFound === 0 && quality.absentPresent.length === 0);
  const firsts = (result: SizeResult) => result.sessions?.map((session) => session.first);
  const short = (result: SizeResult) => firsts(result)?.filter((cost) => [...cost.query].length <= 4);
  const long = (result: SizeResult) => firsts(result)?.filter((cost) => [...cost.query].length > 4);
  const show = (costs: readonly QueryCost[]) => costs.map((cost) => `${kb(cost.bytes)} KB for “${cost.query}”`).join(', ');
  each('first search ≤ 300 KB (queries of ≤ 4 characters)', short, show, (costs) => costs.every((cost) => cost.bytes <= BUDGET.shortFirstBytes));
  each('first search ≤ 600 KB (longer queries, up to the longest)', long, show, (costs) => costs.every((cost) => cost.bytes <= BUDGET.longFirstBytes));
  const slowest = (costs: readonly QueryCost[]) => costs.reduce((worst, cost) => (cost.seconds > worst.seconds ? cost : worst));
  each(
    `results shown within ${BUDGET.searchSeconds * 1000} ms of Enter (slowest first and second search)`,
    (result) => (result.sessions === undefined || result.sessions.length === 0 ? undefined : result.sessions),
    (sessions) => [slowest(sessions.map((session) => session.first)), slowest(sessions.map((session) => session.second))].map((cost, index) => `${index === 0 ? 'first' : 'second'} ${s(cost.seconds)} s (“${cost.query}”)`).join(', '),
    (sessions) => sessions.every((session) => session.first.seconds <= BUDGET.searchSeconds && session.second.seconds <= BUDGET.searchSeconds),
  );
  return list;
}

/** A straight line through the two largest measured sizes, evaluated at `issues`. */
function extrapolate(built: readonly SizeResult[], issues: number): { seconds: number; bytes: number } | undefined {
  if (built.length < 2) return undefined;
  const [a, b] = built.slice(-2) as [SizeResult, SizeResult];
  const at = (pick: (result: SizeResult) => number) => pick(b) + ((pick(b) - pick(a)) / (b.issues - a.issues)) * (issues - b.issues);
  return { seconds: at((r) => r.full!.seconds), bytes: at((r) => r.full!.peakBytes) };
}

export function renderTables(results: readonly SizeResult[]): string {
  const sections: string[] = [];
  sections.push(
    '### Parser and full build (fresh cache, fresh output folder)',
    '',
    table(
      ['N', 'archive', 'parser', 'parser issues/s', 'full build', 'peak memory (tree)', 'processes', 'pages', 'pages/s', 'search indexing (beside the pages)', 'phases: content · bundle · pages · waiting for the index · rest (s)'],
      results.map((r) => [
        r.issues,
        `${r.megabytes.toFixed(1)} MB`,
        r.parser === undefined ? '—' : `${r.parser.megabytesPerSecond.toFixed(1)} MB/s`,
        r.parser === undefined ? '—' : r.parser.issuesPerSecond.toFixed(0),
        wall(r.full),
        peak(r.full?.peakBytes, r.full?.peakByProgram),
        r.full?.peakProcesses ?? '—',
        r.full?.pages ?? '—',
        r.full === undefined ? '—' : (r.full.pages / r.full.seconds).toFixed(0),
        r.full === undefined ? '—' : `${r.full.indexSeconds.toFixed(1)} s`,
        r.full?.phases === undefined ? '—' : [r.full.phases.content, r.full.phases.bundle, r.full.phases.pages, r.full.phases.index, r.full.phases.rest].map((value) => value.toFixed(1)).join(' · '),
      ]),
    ),
    '',
    '### Rebuilds and the editor\'s preview',
    '',
    table(
      ['N', 'rebuild, nothing changed', 'its peak', 'files parsed · search shards indexed', 'rebuild, one issue added', 'files parsed · search shards indexed', 'astro dev start-up', 'astro dev: new issue served after', 'dev peak'],
      results.map((r) => [
        r.issues,
        wall(r.unchanged),
        peak(r.unchanged?.peakBytes, r.unchanged?.peakByProgram),
        rebuilt(r.unchanged),
        wall(r.addOne),
        rebuilt(r.addOne),
        `${s(r.dev?.readySeconds)} s`,
        devServed(r.dev),
        `${mb(r.dev?.peakBytes)} MB`,
      ]),
    ),
    '',
    '### The built site: files and size (against static hosts that cap a site at 20,000 files)',
    '',
    table(
      ['N', 'files in dist/', 'of which .gz/.br copies', 'files without the copies (BRIEFING_PRECOMPRESS=0)', 'size', 'size without the copies', 'fits a 20,000-file host'],
      results.map((r) => {
        const o = r.output;
        if (o === undefined) return [r.issues, '—', '—', '—', '—', '—', '—'];
        const plain = o.files - o.copies;
        return [r.issues, o.files, o.copies, plain, `${(o.bytes / MB).toFixed(0)} MB`, `${((o.bytes - o.copyBytes) / MB).toFixed(0)} MB`, plain <= HOST_FILE_LIMIT ? 'yes' : `no (${(plain / HOST_FILE_LIMIT).toFixed(1)}× the limit without copies)`];
      }),
    ),
    '',
    '### Search index and what a reader downloads (gzip for text types, as a static host sends them)',
    '',
    table(
      ['N', 'articles indexed', 'index files', 'index size', 'issue page HTML+CSS (median / largest issue)', 'scripts on it', 'search page itself'],
      results.map((r) => [
        r.issues,
        r.full?.articles ?? '—',
        r.index?.files ?? '—',
        r.index === undefined ? '—' : `${(r.index.bytes / MB).toFixed(1)} MB`,
        r.issuePages === undefined ? '—' : `${kb(r.issuePages.median.htmlCssBytes)} KB / ${kb(r.issuePages.largest.htmlCssBytes)} KB`,
        r.issuePages === undefined ? '—' : `${r.issuePages.median.scripts} / ${r.issuePages.largest.scripts}`,
        r.sessions?.[0] === undefined ? '—' : `${kb(r.sessions[0].pageBytes)} KB`,
      ]),
    ),
    '',
    table(
      ['N', 'query', 'as first query: bytes', 'of which script · wasm · meta · filters · index · fragments (KB)', 'requests', 'results listed / found', 'Enter → results shown', 'of which: index in · fragments asked · fragments in (ms)', 'as second query: bytes', 'requests', 'Enter → results shown'],
      results.flatMap((r) => {
        const sessions = r.sessions ?? [];
        const queries = sessions.map((session) => session.first.query);
        return queries.map((query) => {
          const first = sessions.find((session) => session.first.query === query)?.first;
          const second = sessions.find((session) => session.second.query === query)?.second;
          const split = first === undefined ? '—' : FETCH_KINDS.filter((kind) => kind !== 'other').map((kind) => kb(first.byKind[kind] ?? 0)).join(' · ');
          return [r.issues, query, `**${kb(first?.bytes)} KB**`, split, first?.requests ?? '—', first === undefined ? '—' : `${first.results} / ${first.found ?? '?'}`, `${s(first?.seconds)} s`, milestones(first?.timeline), `${kb(second?.bytes)} KB`, second?.requests ?? '—', `${s(second?.seconds)} s`];
        });
      }),
    ),
    '',
  );

  const withQuality = results.filter((r) => r.quality !== undefined);
  if (withQuality.length > 0) {
    sections.push(
      '### Chinese search quality (truth: exact substring match over the same text)',
      '',
      table(
        ['N', 'queries (with non-empty truth)', 'recall', 'precision', 'absent terms finding anything', 'Hugo + Pagefind defaults: recall', 'precision', 'absent'],
        withQuality.map((r) => [
          r.issues,
          `${r.quality!.queries.length} (${r.quality!.counted})`,
          `**${ratio(r.quality!.recall)}**`,
          `**${ratio(r.quality!.precision)}**`,
          `${r.quality!.absentFound}${r.quality!.absentPresent.length > 0 ? ` (in the archive after all: ${r.quality!.absentPresent.join('、')})` : ''}`,
          ratio(r.hugo?.quality?.recall),
          ratio(r.hugo?.quality?.precision),
          r.hugo?.quality?.absentFound ?? '—',
        ]),
      ),
      '',
    );
    const last = withQuality.at(-1)!;
    const peer = new Map((last.hugo?.quality?.queries ?? []).map((q) => [q.query, q]));
    sections.push(
      `<details><summary>Every query at N=${last.issues} (ours: articles; peer: pages)</summary>`,
      '',
      table(
        ['query', 'kind', 'truth', 'found', 'recall', 'precision', 'time', 'peer truth', 'peer found', 'peer recall', 'peer precision'],
        last.quality!.queries.map((q) => {
          const p = peer.get(q.query);
          return [q.query, q.kind, q.truth, q.found, ratio(q.recall), ratio(q.precision), `${s(q.seconds)} s`, p?.truth ?? '—', p?.found ?? '—', ratio(p?.recall), ratio(p?.precision)];
        }),
      ),
      '',
      '</details>',
      '',
    );
  }

  const withHugo = results.filter((r) => r.hugo !== undefined);
  if (withHugo.length > 0) {
    sections.push(
      '### The peer stack: Hugo (one page per issue) + `pagefind --site public` with its defaults',
      '',
      table(
        ['N', 'hugo', 'pagefind', 'total', 'peak memory (tree)', 'pages indexed', 'index size', 'our build time ÷ theirs', 'our peak memory ÷ theirs'],
        withHugo.map((r) => [
          r.issues,
          `${s(r.hugo!.hugoSeconds)} s`,
          `${s(r.hugo!.pagefindSeconds)} s`,
          wall(r.hugo),
          peak(r.hugo!.peakBytes, r.hugo!.peakByProgram),
          r.hugo!.pages,
          `${(r.hugo!.index.bytes / MB).toFixed(1)} MB (${r.hugo!.index.files} files)`,
          r.full === undefined ? '—' : `${(r.full.seconds / r.hugo!.seconds).toFixed(1)}×`,
          r.full === undefined ? '—' : `${(r.full.peakBytes / r.hugo!.peakBytes).toFixed(1)}×`,
        ]),
      ),
      '',
    );
  }

  const withIndex = results.filter((r) => r.indexAlone !== undefined);
  if (withIndex.length > 0) {
    sections.push(
      "### Search indexing alone: ours and Pagefind's default indexing of the same archive",
      '',
      table(
        ['N', 'ours: articles · shards', 'ours: indexing alone', 'its peak memory (tree)', 'peer: `pagefind --site public`', 'its peak memory (tree)', 'time ÷ peer', 'memory ÷ peer'],
        withIndex.map((r) => {
          const ours = r.indexAlone!;
          const ratios = indexRatios(r);
          return [
            r.issues,
            `${ours.articles} · ${ours.shards}`,
            wall(ours),
            peak(ours.peakBytes, ours.peakByProgram),
            r.hugo === undefined ? '—' : `${s(r.hugo.pagefindSeconds)} s (CPU ${r.hugo.pagefindCpuSeconds.toFixed(0)} s)`,
            r.hugo === undefined ? '—' : `${mb(r.hugo.pagefindPeakBytes)} MB`,
            ratios === undefined ? '—' : `${ratios.time.toFixed(2)}×`,
            ratios === undefined ? '—' : `${ratios.memory.toFixed(2)}×`,
          ];
        }),
      ),
      '',
    );
  }

  const crashed = results.flatMap((r) => r.crashed.map((c) => [r.issues, c.step, c.message.split('\n')[0]!.slice(0, 160)]));
  if (crashed.length > 0) sections.push('### Steps that crashed', '', table(['N', 'step', 'message'], crashed), '');
  return sections.join('\n');
}

export function renderBudgets(list: readonly Budget[]): string {
  return table(
    ['budget', 'measured', 'status'],
    list.map((b) => [b.budget, b.measured, b.pass === undefined ? 'n/a' : b.pass ? 'PASS' : '**FAIL**']),
  );
}

export function chartPanels(results: readonly SizeResult[]): [Panel, Panel] {
  const ours = results.filter((r) => r.full !== undefined);
  const peer = results.filter((r) => r.hugo !== undefined);
  return [
    {
      title: 'Full build time',
      unit: 'seconds',
      series: [
        { name: 'ours: astro build + Pagefind articles', colour: '#b22222', points: ours.map((r) => [r.issues, r.full!.seconds] as const) },
        { name: 'Hugo + pagefind CLI', colour: '#1f5fa8', points: peer.map((r) => [r.issues, r.hugo!.seconds] as const) },
      ],
    },
    {
      title: 'Peak memory of the process tree',
      unit: 'MB',
      series: [
        { name: 'ours', colour: '#b22222', points: ours.map((r) => [r.issues, r.full!.peakBytes / MB] as const) },
        { name: 'Hugo + pagefind CLI', colour: '#1f5fa8', points: peer.map((r) => [r.issues, r.hugo!.peakBytes / MB] as const) },
      ],
    },
  ];
}

export function renderSection(info: RunInfo, results: readonly SizeResult[], budgetList: readonly Budget[], name = 'scale'): string {
  return [
    `<!-- ${name}:start -->`,
    name === 'scale' ? '## Scale' : `## Scale: ${name.replace(/^scale-/, '')}`,
    '',
    `Measured ${info.date} at commit ${info.commit} on ${info.machine}${info.hugoVersion === undefined ? '' : `; peer: ${info.hugoVersion}`}.`,
    `Reproduce with \`${info.command}\` (the whole run took ${(info.totalSeconds / 60).toFixed(1)} min). Synthetic archives from \`generate-archive\`, seed 1; each size in its own temporary folder with its own Astro cache.`,
    '',
    `![Build time and peak memory against the number of issues, ours and Hugo + Pagefind](benchmarks/${name}.svg)`,
    '',
    renderTables(results),
    '### Budgets',
    '',
    renderBudgets(budgetList),
    '',
    'How it is measured: the full build, the peer\'s build and the time `astro dev` takes to show a new issue are each the median run of several (the number and range are given beside each); wall time from spawning the command to its exit, with the CPU time (user + system) of its whole process tree, which shifts less than wall time when other work shares the machine; peak memory is the largest sum of resident memory (/proc/PID/statm) over the spawned process and all its descendants (Pagefind\'s indexer included), sampled every 100 ms. Phases are read from when Astro\'s log lines arrive. Search indexing alone is the build\'s indexing code run by itself over the same archive into a fresh cache folder, from the start of its process (reading and parsing the archive included) to its exit, as the peer\'s `pagefind` runs by itself after Hugo; the budgets that compare indexing with Pagefind\'s default indexing use it, while the build\'s table gives the time indexing took beside the page rendering, which shares the cores with it. Transfer sizes are counted in Chromium from after the search page has loaded, typing the query into the page\'s own box a key every 20 ms (what the page loads while the query is typed counts too); headers are not counted. A search\'s time runs from the Enter key\'s press (its keydown\'s timestamp) to the frame after the list is filled. Where a first search\'s time went is read from the page\'s resource timings: when the last index chunk it fetched after Enter had arrived (— where the page had every chunk it needed by then, loaded as the query was typed), when it asked for its first fragment (the time between is Pagefind\'s and the page\'s work on the index) and when its last fragment had arrived (the rest, to the results shown, is making and drawing the list). Linearity compares the per-issue cost at the largest N with the smallest, so a fixed start-up cost makes it look better than the marginal cost.',
    `<!-- ${name}:end -->`,
  ].join('\n');
}
