/**
 * The lossless invariant of format.md §2, computed without the parser's
 * help: the body of a raw file is everything between its date line and its
 * first footer line; its letters and digits, in order, must be what the
 * issue's section names, kickers, titles, subtitles, blocks and sources give.
 */
import type { Issue } from '../../../src/lib/briefing/index.ts';

const DATE_LINE = /^[ \t\u3000]*\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t]*$/m;
const FOOTER_LINE = /^[ \t\u3000]*(?:责编|核稿|电话|传真|邮箱|报|送|发)[ \t]*[:：]/m;

/** Letters (Chinese characters included) and digits, in order. */
export function lettersAndDigits(text: string): string {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');
}

export function rawBody(text: string): string {
  const date = DATE_LINE.exec(text);
  if (!date) throw new Error('test input has no date line');
  const afterDate = text.slice(date.index + date[0].length);
  const footer = FOOTER_LINE.exec(afterDate);
  return footer ? afterDate.slice(0, footer.index) : afterDate;
}

/** Section names, kickers, titles, subtitles, blocks and sources, in document order. */
export function bodyOfIssue(issue: Issue): string {
  return issue.sections
    .flatMap((section) => [
      section.name ?? '',
      ...section.articles.flatMap((article) => [
        article.kicker ?? '',
        article.title ?? '',
        article.subtitle ?? '',
        ...article.blocks.map((block) => block.text),
        article.source ?? '',
      ]),
    ])
    .join('\n');
}

/** The shape of an issue with whitespace left out of its text, for comparing parses of mutated inputs. */
export function structureOf(issue: Issue): unknown {
  const squeeze = (text: string | null) => (text === null ? null : text.replace(/\s+/g, ''));
  return {
    header: [issue.issue, issue.totalIssue, issue.publisher, issue.date],
    footer: [issue.editor, issue.reviewer, issue.contact, issue.distribution],
    sections: issue.sections.map((section) => ({
      name: section.name,
      articles: section.articles.map((article) => ({
        kicker: squeeze(article.kicker),
        title: squeeze(article.title),
        subtitle: squeeze(article.subtitle),
        lead: squeeze(article.lead),
        source: article.source,
        districts: article.districts,
        blocks: article.blocks.map((block) => [block.type, squeeze(block.text)]),
      })),
    })),
  };
}
