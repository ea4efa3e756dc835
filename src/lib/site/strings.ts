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
  'site.data': '整个档案的数据（JSON）',
  'site.sitemap': '网站地图',

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
  return strings[key].replace(/\{(\w+|[^{}]+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
