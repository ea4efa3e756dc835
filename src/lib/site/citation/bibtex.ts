/**
 * BibTeX entries (biblatex field names where BibTeX has none: `date`,
 * `urldate` is left to the reference manager that imports it). The
 * responsible body is a corporate author, so it is braced whole and no
 * tool splits it into given and family names.
 */
import type { CitedWork } from './work.ts';

const SPECIAL = /[\\{}%&$#_^~]/g;

/** An article of the briefing: @article in the serial, with its 期号 as `number`. */
export function articleBibtex(work: CitedWork): string {
  const title = work.subtitle === null ? work.title : `${work.title}——${work.subtitle}`;
  return entry('article', work, [
    ['title', escape(title)],
    ['journal', escape(work.journal)],
    ['note', escape(`总第${work.totalIssue}期`)],
  ]);
}

/** A whole issue: @misc (BibTeX has no type for one issue of a serial). */
export function issueBibtex(work: CitedWork): string {
  return entry('misc', work, [['title', escape(work.title)]]);
}

function entry(type: string, work: CitedWork, own: ReadonlyArray<readonly [string, string]>): string {
  const fields: Array<readonly [string, string]> = [
    ['author', `{${escape(work.author)}}`],
    ...own,
    ['publisher', escape(work.publisher)],
    ['year', work.date.slice(0, 4)],
    ['month', String(Number(work.date.slice(5, 7)))],
    ['date', work.date],
    ['number', String(work.issue)],
    ['url', work.url],
    ['language', 'chinese'],
  ];
  return `@${type}{${work.key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

function escape(text: string): string {
  return text.replace(SPECIAL, (character) => (character === '\\' ? '\\textbackslash{}' : character === '^' || character === '~' ? `\\${character}{}` : `\\${character}`));
}
