/**
 * The paper briefing's head (红头): masthead in red, 第N期 · 总第M期,
 * publisher and date, and the red rule under them.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Issue } from '../../briefing/index.ts';
import { formatDate } from '../dates.ts';
import { t } from '../strings.ts';

export function issueHeader(issue: Issue): Element {
  const numbers = t('issue.numbers', { issue: issue.issue, total: issue.totalIssue });
  return h('header.issue-header', [
    h('h1.masthead', [issue.publication, h('span.visually-hidden', ` ${numbers}`)]),
    h('p.issue-numbers', { ariaHidden: 'true' }, numbers),
    h('p.issue-imprint', [h('span.issue-publisher', issue.publisher), h('time.issue-date', { dateTime: issue.date }, formatDate(issue.date))]),
  ]);
}
