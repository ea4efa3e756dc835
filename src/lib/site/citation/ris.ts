/**
 * RIS records (the tagged format EndNote, Zotero and 知网研学 import): JOUR
 * for an article in the briefing, JFULL for a whole issue. A tag's value is
 * one line, so line breaks in the text become spaces.
 */
import type { CitedWork } from './work.ts';

export function articleRis(work: CitedWork): string {
  return record('JOUR', work, [
    // T2 is the journal's title in a JOUR record, so a subtitle stays in TI, as printed.
    ['TI', work.subtitle === null ? work.title : `${work.title}——${work.subtitle}`],
    ['JO', work.journal],
  ]);
}

export function issueRis(work: CitedWork): string {
  return record('JFULL', work, [
    ['TI', work.title],
    ['JO', work.journal],
  ]);
}

function record(type: string, work: CitedWork, titles: ReadonlyArray<readonly [string, string]>): string {
  const tags: Array<readonly [string, string]> = [
    ['TY', type],
    ['ID', work.key],
    ['AU', work.author],
    ...titles,
    ['PB', work.publisher],
    ['PY', work.date.slice(0, 4)],
    ['DA', work.date.replaceAll('-', '/')],
    ['IS', String(work.issue)],
    ['N1', `总第${work.totalIssue}期`],
    ['UR', work.url],
    ['LA', 'zh'],
  ];
  const lines = tags.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`);
  return `${[...lines, 'ER  - '].join('\r\n')}\r\n`;
}
