/** The four corpus issues, parsed, and small issues made to order for the site's tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBriefing, type Article, type Issue } from '../../src/lib/briefing/index.ts';

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

export function corpusIssues(): Issue[] {
  return readdirSync(CONTENT)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const { issue, problems } = parseBriefing(readFileSync(path.join(CONTENT, name)), `content/${name}`);
      if (issue === undefined) throw new Error(problems.join('\n'));
      return issue;
    });
}

export function corpusIssue(totalIssue: number): Issue {
  const issue = corpusIssues().find((candidate) => candidate.totalIssue === totalIssue);
  if (issue === undefined) throw new Error(`no corpus issue ${totalIssue}`);
  return issue;
}

export function article(fields: Partial<Article> = {}): Article {
  return {
    kicker: null,
    title: null,
    subtitle: null,
    lead: null,
    blocks: [{ type: 'paragraph', text: '正文。' }],
    source: null,
    districts: [],
    ...fields,
  };
}

/** An issue with the given numbers, date and sections; everything else empty. */
export function issue(fields: Partial<Issue> & Pick<Issue, 'totalIssue'>): Issue {
  return {
    id: String(fields.totalIssue),
    publication: '首都精神文明建设情况简报',
    issue: 1,
    publisher: '首都精神文明办',
    date: '2021-01-01',
    sections: [{ name: null, articles: [article()] }],
    editor: null,
    reviewer: null,
    contact: { phone: null, fax: null, email: null },
    distribution: { report: [], send: [], distribute: [] },
    unplaced: [],
    tags: [],
    note: null,
    pdf: null,
    ...fields,
  };
}
