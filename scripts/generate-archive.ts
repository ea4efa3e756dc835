/**
 * A synthetic archive for scale work (site.md §6), recombined from the real
 * issues of an archive folder:
 *
 *   npm run generate-archive -- --count N --out DIR [--seed S] [--from DIR] [--force]
 *
 * Writes one `{总期号}.txt` per issue into DIR (created; refused when it is
 * the project's content/ folder, or not empty without --force) and prints a
 * one-line summary. The work is done by src/lib/synthetic/.
 */
import { parseArgs } from 'node:util';
import { GenerateError, MAX_COUNT, writeArchive } from '../src/lib/synthetic/index.ts';

const USAGE = `usage: npm run generate-archive -- --count N --out DIR [--seed S] [--from DIR] [--force]

  --count N    number of issues (1–${MAX_COUNT})
  --out DIR    folder to write {总期号}.txt files into (created if missing)
  --seed S     any text or number; the same seed gives the same bytes (default 1)
  --from DIR   archive folder whose issues are recombined (default content/)
  --force      write into a non-empty DIR, replacing the {number}.txt files in it`;

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        count: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        from: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`generate-archive: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const count = Number(values.count);
  if (values.count === undefined || !/^\d+$/.test(values.count) || count < 1 || count > MAX_COUNT) {
    console.error(`generate-archive: --count must be a whole number from 1 to ${MAX_COUNT}\n\n${USAGE}`);
    return 2;
  }
  if (values.out === undefined || values.out === '') {
    console.error(`generate-archive: --out DIR is required\n\n${USAGE}`);
    return 2;
  }

  try {
    const summary = writeArchive({ count, seed: values.seed, from: values.from, out: values.out, force: values.force });
    const years = summary.lastYear - summary.firstYear + 1;
    const span = years === 1 ? `${summary.firstYear} (1 year)` : `${summary.firstYear}–${summary.lastYear} (${years} years)`;
    const size = summary.bytes >= 1024 * 1024 ? `${(summary.bytes / 1024 / 1024).toFixed(1)} MB` : `${(summary.bytes / 1024).toFixed(1)} KB`;
    console.log(
      `${summary.files} files (总第${summary.firstTotalIssue}–${summary.lastTotalIssue}期), ${span}, ${size}, ` +
        `${summary.seconds.toFixed(2)} s → ${summary.out}` +
        (summary.replaced > 0 ? ` (replaced ${summary.replaced} earlier files)` : ''),
    );
    return 0;
  } catch (error) {
    if (error instanceof GenerateError) {
      console.error(`generate-archive: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
