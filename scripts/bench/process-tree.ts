/**
 * Runs a command and measures what it costs: wall time and the PEAK MEMORY
 * OF ITS WHOLE PROCESS TREE. `/usr/bin/time` reports only the largest single
 * process it waits for, but an Astro build hands its search index to
 * Pagefind's indexer, a separate child process, and `hugo && pagefind` are
 * two programs: the figure a machine must have free is the sum of what every
 * descendant holds at the same moment.
 *
 * Every ~100 ms the /proc table is read, the descendants of the spawned pid
 * found through their parent pids, and their resident set sizes
 * (/proc/PID/statm, second field, in pages) summed. Limits worth knowing:
 * a peak shorter than the interval can be missed, and pages shared between
 * processes (libraries, copy-on-write) count once per process.
 */
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';

const SAMPLE_MS = 100;

const PAGE_SIZE = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();

export interface MeasuredRun extends Peak {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  /**
   * CPU seconds (user + system) the whole tree used. Unlike wall time it
   * barely moves when other work shares the machine.
   */
  cpuSeconds: number;
  /** stdout and stderr interleaved as they arrived. */
  output: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with each chunk of output (progress for a long step). */
  onOutput?: (text: string) => void;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * Fields 3 onwards of /proc/PID/stat (stat(5) numbers them from 1): they
 * follow the command name, which is in parentheses and may hold spaces.
 * Undefined when the process has ended.
 */
function statFields(pid: number | 'self'): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Field `number` of stat(5), as a number. */
const statField = (fields: readonly string[], number: number) => Number(fields[number - 3]);

/** CPU seconds of this process's children that have ended and been waited for (cutime + cstime). */
function reapedChildrenCpuSeconds(): number {
  const fields = statFields('self')!;
  return (statField(fields, 16) + statField(fields, 17)) / CLOCK_TICKS;
}

interface ProcessStat {
  parent: number;
  /** User + system time so far, all threads. */
  cpuSeconds: number;
}

/** Every process on the machine, read once from /proc/PID/stat. */
function readProcesses(): Map<number, ProcessStat> {
  const processes = new Map<number, ProcessStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(Number(name));
    if (fields === undefined) continue; // the process ended between the listing and the read
    processes.set(Number(name), { parent: statField(fields, 4), cpuSeconds: (statField(fields, 14) + statField(fields, 15)) / CLOCK_TICKS });
  }
  return processes;
}

/** The pid and all its descendants. */
export function processTree(root: number, processes = readProcesses()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of processes) {
    const siblings = children.get(parent);
    if (siblings === undefined) children.set(parent, [pid]);
    else siblings.push(pid);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The program a process runs (the executable's file name: node, pagefind_extended, esbuild, hugo); its thread name (Node's is MainThread) when that cannot be read. */
function programOf(pid: number): string {
  try {
    return basename(readlinkSync(`/proc/${pid}/exe`)).replace(/ \(deleted\)$/, '');
  } catch {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  }
}

/** Resident bytes of the tree now, how many processes it has, the bytes of each program (by its name) in it, and each process's CPU seconds so far. */
function sampleTree(root: number): { bytes: number; processes: number; byProgram: Record<string, number>; cpuByPid: Map<number, number> } {
  let bytes = 0;
  let processes = 0;
  const byProgram: Record<string, number> = {};
  const cpuByPid = new Map<number, number>();
  const running = readProcesses();
  for (const pid of processTree(root, running)) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      const program = programOf(pid);
      bytes += resident;
      processes += 1;
      byProgram[program] = (byProgram[program] ?? 0) + resident;
      cpuByPid.set(pid, running.get(pid)?.cpuSeconds ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return { bytes, processes, byProgram, cpuByPid };
}

export interface Peak {
  /** Largest sum of resident memory over the process tree seen in one sample, in bytes. */
  peakBytes: number;
  /** Most processes seen in the tree at once (the indexer child caught, for instance). */
  peakProcesses: number;
  /** What each program (node, pagefind, esbuild, hugo…) held at the sample with the peak: who the memory belongs to. */
  peakByProgram: Record<string, number>;
}

/**
 * Keeps the largest tree size seen while `pid` runs, and the CPU seconds
 * each process of the tree had used when last seen (their sum misses at
 * most a sample's time of each process's end).
 */
export function startSampler(pid: number): { stop(): Peak & { sampledCpuSeconds: number } } {
  let peakBytes = 0;
  let peakProcesses = 0;
  let peakByProgram: Record<string, number> = {};
  const lastCpu = new Map<number, number>();
  const sample = () => {
    const { bytes, processes, byProgram, cpuByPid } = sampleTree(pid);
    if (bytes > peakBytes) {
      peakBytes = bytes;
      peakByProgram = byProgram;
    }
    peakProcesses = Math.max(peakProcesses, processes);
    for (const [process, cpu] of cpuByPid) lastCpu.set(process, cpu);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      const sampledCpuSeconds = [...lastCpu.values()].reduce((sum, cpu) => sum + cpu, 0);
      return { peakBytes, peakProcesses, peakByProgram, sampledCpuSeconds };
    },
  };
}

/** Spawn `command args` (no shell, so the tree holds only the program itself) and measure it to its end. */
export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = reapedChildrenCpuSeconds();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid === undefined) {
      child.once('error', reject);
      return;
    }
    const sampler = startSampler(child.pid);
    let output = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (error) => {
      sampler.stop();
      reject(error);
    });
    // 'exit' ends the wall time; the last sample before it holds the peak.
    let seconds = 0;
    child.once('exit', () => (seconds = (performance.now() - started) / 1000));
    child.once('close', (code, signal) => {
      // Exact when every process of the tree was waited for by its parent; a process that was not (Pagefind's
      // indexers, started from worker threads) is missing from it, and then the samples count more.
      const reaped = reapedChildrenCpuSeconds() - cpuBefore;
      const { sampledCpuSeconds, ...peak } = sampler.stop();
      resolve({ code, signal, seconds: seconds || (performance.now() - started) / 1000, cpuSeconds: Math.max(reaped, sampledCpuSeconds), ...peak, output });
    });
  });
}
