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
  return entry('article', work.key, [
    ['author', `{${escape(work.author)}}`],
    ['title', escape(work.subtitle === null ? work.title : `${work.title}——${work.subtitle}`)],
    ['journal', escape(work.journal)],
    ['publisher', escape(work.publisher)],
    ['year', work.date.slice(0, 4)],
    ['month', String(Number(work.date.slice(5, 7)))],
    ['date', work.date],
    ['number', String(work.issue)],
    ['note', escape(`总第${work.totalIssue}期`)],
    ['url', work.url],
    ['language', 'chinese'],
  ]);
}

/** A whole issue: @misc (BibTeX has no type for one issue of a serial). */
export function issueBibtex(work: CitedWork): string {
  return entry('misc', work.key, [
    ['author', `{${escape(work.author)}}`],
    ['title', escape(work.title)],
    ['publisher', escape(work.publisher)],
    ['year', work.date.slice(0, 4)],
    ['month', String(Number(work.date.slice(5, 7)))],
    ['date', work.date],
    ['number', String(work.issue)],
    ['url', work.url],
    ['language', 'chinese'],
  ]);
}

function entry(type: string, key: string, fields: ReadonlyArray<readonly [string, string]>): string {
  return `@${type}{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

function escape(text: string): string {
  return text.replace(SPECIAL, (character) => (character === '\\' ? '\\textbackslash{}' : character === '^' || character === '~' ? `\\${character}{}` : `\\${character}`));
}
