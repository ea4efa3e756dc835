/**
 * The documents the briefings cite: every 《…》 title in an article's text,
 * with the articles citing it. Rules, read off the corpus's text:
 *
 * - A title counts once per article, however often the article names it
 *   (2178 names 《北京市文明行为促进条例》 twice).
 * - A short form defined in the article, `《北京市文明行为促进条例》（以下简称《条例》）`,
 *   stands for its full title there: the article's 《条例》 counts under it.
 * - A short form the article does not define cannot be resolved and is not a
 *   document of its own: a title that some article of the archive defines as
 *   a short form, or that is no more than a kind of document (《条例》,
 *   《实施意见》), is left out where nothing resolves it.
 * - A title needs a letter (《2》 cites nothing), which also keeps every
 *   document's folder apart from the numbered pages of /documents/.
 * - The text is the parser's (width of brackets normalised, page breaks
 *   repaired), so `《创建全国文明城市 2021 年工作方案》` is 《创建全国文明城市2021年工作方案》;
 *   an untitled item's lead is the start of its first paragraph and is not
 *   read twice.
 */
import type { Article, Issue } from '../briefing/index.ts';
import { allArticles, type ArticleRef } from './archive.ts';
import { pathSegment } from './urls.ts';

const TITLE = /《([^《》\n]+)》/gu;
const SHORT_FORM_DEFINED = /《([^《》\n]+)》[（(]以下简称《([^《》\n]+)》[）)]/gu;
/** A title that only names a kind of document is a short form wherever it stands. */
const KIND_OF_DOCUMENT = /^(?:实施)?(?:条例|办法|意见|规定|方案|通知|决定|规划|纲要|细则|规范|计划|公约|守则|准则|行动计划|实施方案|工作方案)$/u;

export interface CitedDocument {
  title: string;
  /** Folder name of its page. */
  slug: string;
  /** The articles citing it, newest first. */
  articles: ArticleRef[];
}

/** Every document cited in the archive: most cited first, then by title (pinyin). */
export function citedDocuments(issues: readonly Issue[]): CitedDocument[] {
  const refs = allArticles(issues);
  const shortForms = new Set(refs.flatMap((ref) => [...definedShortForms(articleText(ref.article)).keys()]));
  const byTitle = new Map<string, ArticleRef[]>();
  for (const ref of refs) {
    for (const title of documentsCitedBy(ref.article, shortForms)) {
      const citing = byTitle.get(title);
      if (citing === undefined) byTitle.set(title, [ref]);
      else citing.push(ref);
    }
  }
  return [...byTitle]
    .map(([title, articles]) => ({ title, slug: pathSegment(title), articles }))
    .sort((a, b) => b.articles.length - a.articles.length || collator.compare(a.title, b.title));
}

/** The full titles one article cites, in the order it first names them. */
export function documentsCitedBy(article: Article, shortFormsElsewhere: ReadonlySet<string> = new Set()): string[] {
  const text = articleText(article);
  const defined = definedShortForms(text);
  const titles = new Set<string>();
  for (const [, named] of text.matchAll(TITLE)) {
    const full = defined.get(named!);
    if (full !== undefined) titles.add(full);
    else if (!shortFormsElsewhere.has(named!) && !KIND_OF_DOCUMENT.test(named!) && /\p{L}/u.test(named!)) titles.add(named!);
  }
  return [...titles];
}

const collator = new Intl.Collator('zh-CN');

/** Short form → full title, as the text defines them. */
function definedShortForms(text: string): Map<string, string> {
  return new Map([...text.matchAll(SHORT_FORM_DEFINED)].map(([, full, short]) => [short!, full!]));
}

function articleText(article: Article): string {
  return [article.kicker, article.title, article.subtitle, ...article.blocks.map((block) => block.text), article.source].filter((part) => part !== null).join('\n');
}
