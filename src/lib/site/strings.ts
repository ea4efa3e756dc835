/**
 * Every piece of UI text, Simplified Chinese, flat dotted keys. Components
 * and the search script take their text from here; `{name}` marks a value
 * filled in by `t()`.
 */
export const strings = {
  'site.name': '首都精神文明建设情况简报',
  'site.short': '简报档案',
  'site.description': '《首都精神文明建设情况简报》全部期次的文本档案，可按年份、区、栏目浏览和全文搜索。',
  'site.skip': '跳到正文',
  'site.footer': '本站为《首都精神文明建设情况简报》的静态档案，内容以原始简报为准。',
  'site.feed': '订阅新期次（Atom）',
  'site.data': '数据下载',
  'site.sitemap': '网站地图',
  'site.documents': '简报引用的文件',

  'aids.label': '阅读辅助',
  'aids.size': '字号',
  'aids.large': '大',
  'aids.medium': '中',
  'aids.small': '小',
  'aids.contrast': '高对比度',

  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.years': '按年份',
  'nav.districts': '按区',
  'nav.sections': '按栏目',
  'nav.search': '搜索',

  'home.title': '简报档案',
  'home.latest': '最新各期',
  'home.waysIn': '浏览方式',
  'home.figures': '档案概况',
  'home.figures.issues': '收录期数',
  'home.figures.first': '最早一期',
  'home.figures.last': '最新一期',
  'home.figures.missing': '缺少的总期号',
  'home.figures.range': '总期号范围',
  'home.figures.none': '无',
  'home.figures.empty': '档案中还没有简报。',
  'home.allYears': '全部年份',
  'home.allDistricts': '全部区',
  'home.allSections': '全部栏目',

  'issue.number': '第{issue}期',
  'issue.total': '总第{total}期',
  'issue.numbers': '第{issue}期 · 总第{total}期',
  'issue.heading': '{publication} 第{issue}期（总第{total}期）',
  'issue.contents': '本期目录',
  'issue.note': '编者注',
  'issue.tags': '标签',
  'issue.pdf': '原始 PDF',
  'issue.originalPdf': '原件（PDF）',
  'issue.originalWord': '原件（Word）',
  'issue.untitled': '（无标题）',
  'issue.editor': '责编',
  'issue.reviewer': '核稿',
  'issue.phone': '电话',
  'issue.fax': '传真',
  'issue.email': '邮箱',
  'issue.report': '报',
  'issue.send': '送',
  'issue.distribute': '发',
  'issue.unplaced': '版记中的其他文字',
  'issue.colophon': '版记',
  'issue.pager': '前后各期',
  'issue.previous': '上一期',
  'issue.next': '下一期',
  'issue.raw': '原始文本（TXT）',
  'issue.json': '结构化数据（JSON）',
  'issue.district': '区',
  'issue.section': '栏目',
  'issue.articles': '{count}篇',

  'meta.label': '公开信息',
  'meta.publisher': '发布机构',
  'meta.publication': '刊名',
  'meta.numbers': '期号',
  'meta.date': '成文日期',
  'meta.sections': '主题分类',
  'meta.original': '原文',
  'meta.none': '无',

  'cite.heading': '引用本文',
  'cite.copy': '复制引文',
  'cite.copied': '已复制',
  'cite.copyFailed': '无法复制，请手动选择文字',
  'cite.issueFiles': '引用本期',

  'data.title': '数据下载',
  'data.intro': '供研究者和开发者使用的全部数据文件。每个文件都标明大小和 SHA-256 校验值，下载前可先确认大小，下载后可核对完整性。字段名是稳定的约定，不会随意改变。',
  'data.files': '数据文件',
  'data.file': '文件',
  'data.description': '内容',
  'data.size': '大小',
  'data.bytes': '{count} 字节',
  'data.archive': '整个档案：全部期次的结构化数据（JSON，每期与单期 JSON 相同），按总期号排列',
  'data.articles': '稿件表：每篇稿件或每条区县信息一行（总期号、期号、日期、栏目、区、引题、标题或导语、来源、网址、字数）；UTF-8 带 BOM，Excel 可直接打开',
  'data.schema': '单期 JSON 的数据结构说明（JSON Schema），由解析器的数据模型生成',
  'data.year': '{year}年全部期次：每期的原始文本（TXT）和结构化数据（JSON）',
  'data.schemaTitle': '《首都精神文明建设情况简报》单期结构化数据',
  'data.more': '其他数据入口',
  'data.perIssue': '每期页面的“原文”一栏有该期的原始文本（TXT）和结构化数据（JSON）；每篇稿件下有“引用本文”，可导出 BibTeX 和 RIS。',
  'data.feeds': '各区、各栏目页面另有各自的订阅（Atom）。',
  'data.openSearch': '浏览器搜索引擎描述（OpenSearch）',

  'documents.title': '简报引用的文件',
  'documents.intro': '简报正文中以书名号《》提到的文件，按引用的稿件数排列。文中定义的简称（如“以下简称《条例》”）计入全称。',
  'documents.count': '{count}篇',
  'documents.page': '{title}（第{page}页）',
  'documents.heading': '《{title}》',
  'documents.cited': '引用这个文件的稿件共{count}篇，按日期从新到旧排列。',
  'documents.search': '全文搜索“{title}”',
  'documents.chart': '《{title}》各年被引用的稿件数',

  'years.title': '按年份浏览',
  'years.year': '{year}年',
  'years.heading': '{year}年各期',
  'years.count': '{count}期',

  'districts.title': '按区浏览',
  'districts.heading': '{district}',
  'districts.items': '{count}条',
  'districts.intro': '{district}在档案中的全部稿件，按日期从新到旧排列。',
  'districts.chart': '{district}各年稿件数',
  'districts.chartBar': '{year}年：{count}条',
  'districts.none': '档案中还没有来自这个区的稿件。',

  'sections.title': '按栏目浏览',
  'sections.heading': '栏目：{section}',
  'sections.count': '{count}篇',
  'sections.intro': '栏目“{section}”的全部稿件，按日期从新到旧排列。',

  'search.title': '搜索',
  'search.label': '搜索简报',
  'search.placeholder': '例如：垃圾分类',
  'search.submit': '搜索',
  'search.filters': '筛选',
  'search.filter.区': '区',
  'search.filter.栏目': '栏目',
  'search.filter.年份': '年份',
  'search.sort': '排序',
  'search.sort.relevance': '按相关度',
  'search.sort.date': '按日期（新到旧）',
  'search.results': '搜索结果',
  'search.prompt': '输入关键词，或选择筛选条件。',
  'search.loading': '正在搜索…',
  'search.found': '找到{count}篇稿件。',
  'search.showing': '找到{count}篇稿件，显示前{shown}篇。',
  'search.more': '显示更多',
  'search.none': '没有找到与“{query}”相关的稿件。',
  'search.noneFiltered': '没有找到符合筛选条件的稿件。',
  'search.unavailable': '搜索索引尚未生成：请先运行 npm run build，再用 npm start 打开网站。',
  'search.noscript': '搜索需要启用 JavaScript。也可以按年份、区或栏目浏览全部期次。',
  'search.clear': '清除筛选',

  'list.issue': '总第{total}期',
  'list.date': '日期',
  'list.jump': '按年份跳转',
  'list.pages': '分页',
  'list.page': '第{page}页',
  'list.pageOfYears': '{list}（{years}）',

  'notFound.title': '页面不存在',
  'notFound.body': '没有找到这个页面。它可能已经移动，或者地址有误。可以搜索，或从首页浏览。',

  'problems.title': '档案中有文件无法解析',
  'problems.body': '以下文件在修正之前不会出现在网站上（npm run check 会列出同样的问题）：',

  'feed.title': '首都精神文明建设情况简报 · 新期次',
  'feed.entry': '第{issue}期（总第{total}期）',
  'feed.of': '{name} · 订阅（Atom）',
  'feed.follow': '订阅（Atom）',

  'chart.none': '无数据',

} as const;

export type StringKey = keyof typeof strings;

/** The text for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: StringKey, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(strings[key], values);
}

/** `template` with its `{name}` placeholders filled from `values` (others left as they are). */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+|[^{}]+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
