/**
 * The one line `briefing check` prints for a good issue, and the editor's
 * desk shows: numbers and date, sections, how many articles, which districts.
 */
import { sortDistricts } from './districts.ts';
import type { Issue } from './schema.ts';

/** `总第2177期（第11期） 2021年2月25日 · 栏目：文明创建 · 文章 3 篇 · 区：东城区、房山区、昌平区` */
export function summarise(issue: Issue): string {
  const articles = issue.sections.flatMap((section) => section.articles);
  const sections = issue.sections.map((section) => section.name ?? '（无栏目）').join('、');
  const districts = sortDistricts([...new Set(articles.flatMap((article) => article.districts))]);
  const [year, month, day] = issue.date.split('-').map(Number);
  return [
    `总第${issue.totalIssue}期（第${issue.issue}期） ${year}年${month}月${day}日`,
    `栏目：${sections}`,
    `文章 ${articles.length} 篇`,
    `区：${districts.length > 0 ? districts.join('、') : '—'}`,
  ].join(' · ');
}
