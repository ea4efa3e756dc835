/**
 * The preview: the issue paper as the issue page shows it, built by the same
 * function (lib/site/issue-page/paper.ts) and made into DOM nodes, not
 * parsed from HTML, so a briefing's text can only ever be text.
 */
import { toDom } from 'hast-util-to-dom';
import type { Issue } from '../../lib/briefing/index.ts';
import { issuePaper } from '../../lib/site/issue-page/paper.ts';

export function showPreview(target: HTMLElement, issue: Issue | undefined): void {
  target.replaceChildren(...(issue === undefined ? [] : [toDom(issuePaper(issue))]));
}
