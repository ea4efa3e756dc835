/**
 * The structured issue (format.md §2): the single source of its TypeScript
 * types. The CLI prints it, the Astro collection validates with it, and front
 * matter is checked against it. Field names are a public contract.
 */
import { z } from 'zod';

/** The publication every file in the archive belongs to (刊名). */
export const PUBLICATION = '首都精神文明建设情况简报';

const text = z.string().min(1);

export const blockSchema = z.object({
  /** `heading` for 一、… / （一）… and short unpunctuated lines; otherwise `paragraph`. */
  type: z.enum(['heading', 'paragraph']),
  /** Normalised text, page breaks repaired. */
  text,
});

export const articleSchema = z.object({
  /** 引题: the short line above the title, when present. */
  kicker: text.nullable(),
  /** 主题; null for untitled district items. */
  title: text.nullable(),
  /** 副题, without its leading ——. */
  subtitle: text.nullable(),
  /** Untitled items: their first sentence (printed bold), which also stays in the first paragraph. */
  lead: text.nullable(),
  /** Body, in document order, attribution removed. */
  blocks: z.array(blockSchema).min(1),
  /** The attribution without its brackets, e.g. 东城区文明办. */
  source: text.nullable(),
  /** Today's district names the article comes from (older names mapped), [] when none. */
  districts: z.array(text),
});

export const sectionSchema = z.object({
  /** 栏目 from 【…】; null when the issue has no marker. */
  name: text.nullable(),
  articles: z.array(articleSchema).min(1),
});

/** An ISO date (YYYY-MM-DD) that exists in the calendar. */
export const isoDateSchema = z.string().refine(isRealIsoDate, {
  message: 'expected a real date written YYYY-MM-DD',
});

export const contactSchema = z.object({
  /** 电话 */
  phone: text.nullable(),
  /** 传真 */
  fax: text.nullable(),
  /** 邮箱 */
  email: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/).nullable(),
});

export const distributionSchema = z.object({
  /** 报: recipients; 、 joins parts of one recipient. */
  report: z.array(text),
  /** 送 */
  send: z.array(text),
  /** 发 */
  distribute: z.array(text),
});

/** A line of the footer the parser could not place: kept, and reported as a warning. */
export const unplacedLineSchema = z.object({ line: z.number().int().positive(), text });

export const issueSchema = z.object({
  /** String(totalIssue): the permalink key. */
  id: z.string().regex(/^[1-9]\d*$/),
  publication: text,
  /** 期号: number within the year. */
  issue: z.number().int().positive(),
  /** 总期号: running number since the first issue, unique across the archive. */
  totalIssue: z.number().int().positive().max(999_999),
  /** 编发单位 */
  publisher: text,
  date: isoDateSchema,
  sections: z.array(sectionSchema).min(1),
  /** 责编 */
  editor: text.nullable(),
  /** 核稿 */
  reviewer: text.nullable(),
  contact: contactSchema,
  distribution: distributionSchema,
  /** Footer lines that fit no field, kept in order. */
  unplaced: z.array(unplacedLineSchema),
  /** From front matter only. */
  tags: z.array(text),
  /** From front matter only: an editor's note shown with the issue. */
  note: text.nullable(),
  /** From front matter only: where the original PDF lives (http or https). */
  pdf: z.url({ protocol: /^https?$/ }).nullable(),
});

export type Block = z.output<typeof blockSchema>;
export type Article = z.output<typeof articleSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Contact = z.output<typeof contactSchema>;
export type Distribution = z.output<typeof distributionSchema>;
export type Issue = z.output<typeof issueSchema>;

/**
 * What front matter may set: any parsed field (a correction) plus tags, note
 * and pdf. `id` always follows `totalIssue`, so it cannot be set apart from it.
 */
export const frontMatterSchema = issueSchema.omit({ id: true, unplaced: true }).partial().strict();
export type FrontMatter = z.output<typeof frontMatterSchema>;

function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
