/**
 * A reference in the form of GB/T 7714-2015 (信息与文献 参考文献著录规则).
 *
 * The form is §4.4's (连续出版物中的析出文献):
 *   主要责任者. 题名: 其他题名信息[文献类型标志/文献载体标志]. 连续出版物题名, 年, 卷(期): 页码[引用日期]. 获取和访问路径.
 *
 * Type code J (期刊), carrier OL (联机网络): the briefing is a serial
 * published in numbered issues (期号 in the year, 总期号 since the first),
 * so an article in it is cited as an article in a serial; Appendix B gives
 * serials two codes, N for newspapers (dated daily news, cited by date and
 * page) and J for the rest, and a weekly numbered briefing is the latter. R
 * (报告) is for a report that stands alone, which an item in an issue does
 * not; A (档案) would cite the original in a records office, while this
 * reference is to the archive's online copy. /OL is what makes the standard
 * require the 引用日期 and the URL (获取和访问路径). The briefing has no volumes and
 * the online copy no pages, so 年, 卷(期): 页码 is 年(期), as the standard
 * writes a serial without volumes. Punctuation is the standard's own
 * (half-width, as in its examples, whatever the script).
 */
import type { CitedWork } from './work.ts';

/** `accessDate` is the reader's 引用日期, YYYY-MM-DD. */
export function gbtReference(work: CitedWork, accessDate: string): string {
  const [head, tail] = gbtReferenceAround(work);
  return `${head}[${accessDate}]${tail}`;
}

/** The reference before and after its 引用日期, for a page that fills in the reader's own date. */
export function gbtReferenceAround(work: CitedWork): [string, string] {
  const title = work.subtitle === null ? work.title : `${work.title}: ${work.subtitle}`;
  return [`${work.author}. ${title}[J/OL]. ${work.journal}, ${work.date.slice(0, 4)}(${work.issue})`, `. ${work.url}.`];
}
