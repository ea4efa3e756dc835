/** Issues from `generate-archive` (recombined from the corpus in content/), parsed: what the round trip and the benchmark print. */
import { parseBriefing, type Issue } from '../../src/lib/briefing/index.ts';
import { generateIssues, PROJECT_ROOT, readSources } from '../../src/lib/synthetic/index.ts';
import { join } from 'node:path';

export const GENERATED_COUNT = 200;

export function generatedIssues(count = GENERATED_COUNT, seed: string | number = 'import'): Issue[] {
  const sources = readSources(join(PROJECT_ROOT, 'content'));
  return [...generateIssues({ count, seed, sources })].map(({ name, text }) => {
    const { issue, problems } = parseBriefing(new TextEncoder().encode(text), name);
    if (issue === undefined) throw new Error(`generated ${name} does not parse:\n${problems.join('\n')}`);
    return issue;
  });
}
