/**
 * The grammar of a briefing, one rule per construct, each shown on a real
 * line of the corpus after normalisation. Rules look at one normalised line
 * or block; where a construct sits in the file is parse.ts's business.
 */
import { PUBLICATION } from './schema.ts';

/**
 * 刊名 (masthead).
 * > | 首都精神文明建设情况简报
 */
export function isMasthead(text: string): boolean {
  return text.replaceAll(' ', '') === PUBLICATION;
}

/**
 * 期号, the number within the year; spaces around the digits were removed by
 * normalisation.
 * > | 第 3 期            (raw)
 * > | 第3期              (normalised)
 */
export const ISSUE_LINE = /^第\s*(.+?)\s*期$/;

/**
 * 总期号, the running number; either bracket width.
 * > | (总第 2169 期)
 */
export const TOTAL_ISSUE_LINE = /^[（(]\s*总第\s*(.*?)\s*期\s*[）)]$/;

/**
 * 日期; anything that starts like a year is read as a date so that a bad one
 * is reported as a bad date, not as an unknown line.
 * > | 2021 年 3 月 8 日
 */
export const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
export const DATE_LIKE = /^\d{2,4}\s*年/;

/**
 * 栏目 (section marker), alone on its line.
 * > | 【文明创建】
 */
export const SECTION_MARKER = /^【\s*([^【】]+?)\s*】$/;

/**
 * 副题 (subtitle): a title-block line that opens with a dash.
 * > | ——首都文明办学习贯彻全国文明办主任会议精神
 */
export const SUBTITLE = /^(?:——|—|──|―|--)\s*(.+)$/;

/**
 * Numbered headings; `一是…` opens an ordinary paragraph, not a heading.
 * > | 一、2020年台账完成情况
 * > | （一）…
 */
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十百零〇]+、|（[一二三四五六七八九十百零〇]+）)/;

/**
 * Attribution alone on its line: a unit in brackets, no sentence inside.
 * > | （房山区文明办）
 * > | （精神文明调查研究处）
 */
export const ATTRIBUTION = /^（([^（）。，；：！？\d]{2,40})）$/;

/**
 * Attribution closing the last paragraph, after its final punctuation.
 * > | …有效提升文明城区创建水平。（东城区文明办）
 * > | …画下精神文明工作的圆满句号。 （昌平区文明办）
 */
export const INLINE_ATTRIBUTION = /^(.*[。！？…”’」』])\s*（([^（）。，；：！？\d]{2,40})）$/;

/**
 * 版记 fields; several may share a line, and a value ends where the next
 * label starts, since normalising takes out the spaces between a number and
 * the label after it (`电话：55569506　传真：…` arrives as `电话：55569506传真：…`).
 * > | 责编：梅雪峰
 * > | 邮箱：jswmzhxhc@163.com
 * > | 责编：梅雪峰　　核稿：田文松
 * > | 电话：55569506　传真：55569505　邮箱：jswmzhxhc@163.com
 */
export const FOOTER_LABELS = {
  责编: 'editor',
  责任编辑: 'editor',
  核稿: 'reviewer',
  电话: 'phone',
  联系电话: 'phone',
  传真: 'fax',
  邮箱: 'email',
  电子邮箱: 'email',
} as const;
export type FooterKey = (typeof FOOTER_LABELS)[keyof typeof FOOTER_LABELS];
const LABEL = Object.keys(FOOTER_LABELS).sort((a, b) => b.length - a.length).join('|');
export const FOOTER_LINE = new RegExp(`^(?:${LABEL})：`);
export const FOOTER_FIELD = new RegExp(`(${LABEL})：\\s*((?:(?!(?:${LABEL})：)\\S)*)`, 'g');

/**
 * 报 / 送 / 发 distribution lists; `，` separates recipients, `、` joins the
 * parts of one.
 * > | 报：中央文明办，首都文明委主任、副主任，市委、市人大、市政府、市政协。
 */
export const DISTRIBUTION_LINE = /^([报送发])：(.*)$/;
export const DISTRIBUTION_KEYS = { 报: 'report', 送: 'send', 发: 'distribute' } as const;

/** Where a footer line's `：` stands: right after a label, or after 报/送/发. */
const FOOTER_COLON_AT = [...new Set([1, ...Object.keys(FOOTER_LABELS).map((label) => label.length)])];

/** Where the footer starts: the first line that is a 版记 field or a distribution list. */
export function isFooterLine(text: string): boolean {
  // Every line of the body is asked: a look where the colon would stand spares nearly all of them the patterns.
  if (!FOOTER_COLON_AT.some((at) => text.charCodeAt(at) === 0xff1a)) return false;
  return FOOTER_LINE.test(text) || DISTRIBUTION_LINE.test(text);
}

/**
 * A title-block line (引题 or 主题) is short and holds no sentence.
 * > | 常态化推进 项目化落实
 * > | 《首都文明委重点工作项目台账》凝聚齐创共建工作力量
 */
export const MAX_TITLE_LENGTH = 40;
/** An unnumbered heading inside the body is shorter still: one printed line at most. */
export const MAX_HEADING_LENGTH = 30;

/** Ends a sentence or clause: `。` `！` `？` `；` `：` `…`, or one of them inside a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[。！？；：…!?;:]$/.test(text) || /[。！？…!?][”’」』）)]$/.test(text);
}

/** Ends where a sentence cannot: a comma, an enumeration mark, an opening quote or bracket. */
export function endsMidClause(text: string): boolean {
  return /[，、（“‘《〈「『,(]$/.test(text);
}

/** Holds a sentence end somewhere, so it is prose rather than a title. */
export function holdsSentence(text: string): boolean {
  return /[。！？]/.test(text);
}

/** The first sentence of a paragraph, with a closing quote that follows its stop. */
export function firstSentence(text: string): string {
  const match = /^.*?[。！？](?:[”’」』])?/.exec(text);
  return match ? match[0] : text;
}
