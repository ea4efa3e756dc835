/**
 * The Chinese queries the scale benchmark measures search quality with
 * (site.md §2: recall and precision against exact substring matching), kept
 * apart so the search issue's browser test can run the same list.
 *
 * Each is something a reader of the briefing types: a district in full or
 * short, a topic, a regulation's title, an editor or leader's name, a number
 * or date as printed, 1- and 2-character fragments, a few two-term queries
 * (every term must occur), and terms the briefing never uses (`absent`: must
 * find nothing; the benchmark checks the archive really lacks them).
 */
export type QueryKind = 'district' | 'topic' | 'regulation' | 'person' | 'number' | 'short' | 'terms' | 'absent';

export interface BenchQuery {
  query: string;
  kind: QueryKind;
}

const of = (kind: QueryKind, queries: readonly string[]): BenchQuery[] => queries.map((query) => ({ query, kind }));

export const BENCH_QUERIES: readonly BenchQuery[] = [
  ...of('district', ['东城区', '西城区', '朝阳区', '海淀', '海淀区', '丰台', '石景山区', '门头沟', '房山', '通州区', '顺义', '昌平区', '大兴区', '怀柔', '平谷', '密云', '延庆区', '北京经济技术开发区', '经开区']),
  ...of('topic', [
    '垃圾分类', '志愿服务', '文明城区', '台账', '回天', '背街小巷', '光盘行动', '礼让斑马线', '物业管理', '新时代文明实践',
    '新时代文明实践中心', '文明家庭', '疫情防控', '公筷', '烟头不落地', '学雷锋', '创城', '社会主义核心价值观', '首都文明办', '精神文明宣传教育处',
  ]),
  ...of('regulation', ['文明行为促进条例', '志愿服务促进条例', '《北京市文明行为促进条例》']),
  ...of('person', ['梅雪峰', '田文松', '蔡奇', '习近平']),
  ...of('number', ['2020年', '2019年', '2017至2019年', '第12期', '114', '55569506']),
  ...of('short', ['区', '办', '文明', '创建', '街']),
  ...of('terms', ['海淀 垃圾分类', '回天 台账', '东城区 志愿服务']),
  ...of('absent', ['量子计算', '元宇宙', '比特币', '火星探测']),
];

/**
 * The queries whose transfer size the benchmark measures as a reader pays it:
 * a common 2-character one, a 4-character one (the longest the 300 KB budget
 * covers), a regulation's title (site.md §2's long query) and the longest of
 * the list, which is that title as it is cited, in 《》.
 */
export const TRANSFER_QUERIES: readonly string[] = [
  '海淀',
  '垃圾分类',
  '文明行为促进条例',
  [...BENCH_QUERIES].filter((entry) => entry.kind !== 'absent' && !entry.query.includes(' ')).sort((a, b) => b.query.length - a.query.length)[0]!.query,
];
