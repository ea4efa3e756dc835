/**
 * The editor's desk's UI text, Simplified Chinese, flat dotted keys, as
 * ../site/strings.ts holds the rest of the site's. Kept apart because the
 * search page's script carries the site's strings whole, and no page but
 * the desk should carry the desk's.
 */
import { fill } from '../site/strings.ts';

export const deskStrings = {
  'desk.link': '编辑台（供编辑部检查新的一期）',
  'desk.title': '编辑台',
  'desk.description': '在浏览器中检查、改正和预览一期简报，并下载放入 content/ 的文本文件。文件不会上传。',
  'desk.intro': '打开或粘贴一期简报的全文：这里用和网站相同的程序检查它，列出每个问题所在的行和列；在文本框中直接改正，改正后的问题会自动消失。没有问题时，下方显示这一期在网站上的样子。文件只在这台电脑的浏览器中处理，不会上传到任何地方。',
  'desk.noscript': '编辑台需要启用 JavaScript。也可以在命令行运行 npm run check 检查文件。',
  'desk.open': '打开文件',
  'desk.drop': '把文件拖到这里，或',
  'desk.pick': '选择文件…',
  'desk.formats': '可以是 .txt（UTF-8、UTF-16、GB18030/GBK 均可）、.pdf 或 .docx。也可以直接在下面的文本框中粘贴全文。',
  'desk.loading': '正在读取已发布各期的编号……',
  'desk.ready': '可以打开文件或粘贴文本了。',
  'desk.indexFailed': '没有读到已发布各期的编号，跨期检查（总期号重复、期号、日期先后）暂不可用。',
  'desk.opened': '已打开 {file}（{encoding}）。',
  'desk.imported': '已从 {file} 中取出文本。',
  'desk.importFailed': '无法读取 {file}：{reason}',
  'desk.encoding.utf-8': 'UTF-8',
  'desk.encoding.utf-8-bom': 'UTF-8，带 BOM',
  'desk.encoding.utf-16le': 'UTF-16',
  'desk.encoding.utf-16be': 'UTF-16（大端）',
  'desk.encoding.gb18030': 'GB18030/GBK',
  'desk.undecodable': '{file} 无法作为文本读取，见下面的问题。',
  'desk.text': '文本',
  'desk.textLabel': '简报全文（可直接编辑或粘贴）',
  'desk.pasted': '粘贴的文本.txt',
  'desk.problems': '问题',
  'desk.legend': '每个问题前是它所在的“行:列”，后面是字段和说明（expected 应为…，found 实为…）。',
  'desk.placeOf': '第{line}行第{column}列',
  'desk.noProblems': '没有发现问题。',
  'desk.empty': '还没有文本。',
  'desk.errors': '{errors}个错误，{warnings}个警告。点击一个问题，光标会移到出错的位置。',
  'desk.dropped': '导入时略去的内容',
  'desk.droppedNone': '导入时没有略去任何内容。',
  'desk.droppedLine': '第{page}页：{text}（{reason}）',
  'desk.reason.page number': '页码',
  'desk.reason.decoration': '装饰线或符号',
  'desk.reason.running header or footer': '页眉或页脚',
  'desk.importing': '正在读取 {file}……',
  'desk.download': '下载',
  'desk.downloadText': '下载文本文件（{file}）',
  'desk.downloadJson': '下载结构化数据（JSON）',
  'desk.downloadHint': '把文本文件放进 content/ 文件夹，再运行 npm run build 发布。文件是 UTF-8 编码，内容与文本框中的完全一致。',
  'desk.preview': '预览',
  'desk.previewHint': '这一期在网站上的样子。',
  'desk.previewNone': '文本还有错误，改正后显示预览。',
} as const;

export type DeskStringKey = keyof typeof deskStrings;

/** The desk's text for `key`, with `{name}` placeholders filled from `values`. */
export function d(key: DeskStringKey, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(deskStrings[key], values);
}
