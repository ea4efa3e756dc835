/**
 * Golden tests of the four real issues in content/ against format.md §1–§2.
 *
 * Every expected literal below was read off the raw file (`cat -n content/NNNN.txt`),
 * never copied from the parser's output. Each raw excerpt quoted in a table is
 * also checked to be in the file, so a misreading shows up as a failing
 * "should find … in the raw file" test rather than as a wrong expectation.
 * Line numbers in comments and test names are lines of the raw file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBriefing, type Article, type Issue, type ParseResult } from '../../src/lib/briefing/index.ts';

// ---------------------------------------------------------------- loading

const contentDir = new URL('../../content/', import.meta.url);
const results = new Map<string, { raw: string; result: ParseResult }>();

function load(file: string): { raw: string; result: ParseResult } {
  let loaded = results.get(file);
  if (loaded === undefined) {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL(file, contentDir))));
    loaded = { raw: new TextDecoder('utf-8').decode(bytes), result: parseBriefing(bytes, `content/${file}`) };
    results.set(file, loaded);
  }
  return loaded;
}

function issueOf(file: string): Issue {
  const { result } = load(file);
  if (result.issue === undefined) throw new Error(`content/${file} gave no issue:\n${result.problems.map(String).join('\n')}`);
  return result.issue;
}

const articlesOf = (issue: Issue): Article[] => issue.sections.flatMap((section) => section.articles);
const blockTextsOf = (issue: Issue): string[] => articlesOf(issue).flatMap((article) => article.blocks.map((block) => block.text));
/** What a reader sees of the body: section names, kickers, titles, subtitles, blocks (sources and leads apart). */
const bodyTextsOf = (issue: Issue): string[] =>
  issue.sections.flatMap((section) => [
    ...(section.name === null ? [] : [section.name]),
    ...section.articles.flatMap((article) => [
      ...[article.kicker, article.title, article.subtitle].filter((text): text is string => text !== null),
      ...article.blocks.map((block) => block.text),
    ]),
  ]);

// ---------------------------------------------------------------- expectation types

type BlockExpectation = { type: 'heading'; text: string } | { type: 'paragraph'; opens: string };
/** A heading, with its exact normalised text. */
const H = (text: string): BlockExpectation => ({ type: 'heading', text });
/** A paragraph, with the normalised text it opens with. */
const P = (opens: string): BlockExpectation => ({ type: 'paragraph', opens });

interface ArticleExpectation {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  lead: string | null;
  source: string | null;
  districts: string[];
  blocks: BlockExpectation[];
  /** How the last paragraph ends once its attribution is removed. */
  lastParagraphEnds: string;
  /** The attribution exactly as printed in the raw file, and whether it stands on its own line. */
  rawAttribution: { text: string; ownLine: boolean };
}

interface PageBreak {
  /** Raw line holding the fragment's end (the blank line of the break follows it). */
  line: number;
  /** End of the fragment and start of its continuation, as in the raw file (chosen free of noise, so raw = normalised). */
  tail: string;
  head: string;
}

interface Normalisation {
  /** An excerpt exactly as in the raw file. */
  raw: string;
  /** What the reader must see instead (the same when the text must stay as it is). */
  text: string;
  why: string;
}

interface IssueExpectation {
  file: string;
  rawHeader: { publication: string; issue: string; totalIssue: string; publisher: string; date: string };
  header: { id: string; publication: string; issue: number; totalIssue: number; publisher: string; date: string };
  footer: Pick<Issue, 'editor' | 'reviewer' | 'contact' | 'distribution'>;
  sections: Array<{ name: string | null; articles: ArticleExpectation[] }>;
  pageBreaks: PageBreak[];
  normalisations: Normalisation[];
}

// ---------------------------------------------------------------- the footer, read off each file

// The last 16 lines are the same in all four files except 2169's 邮箱 (…zhxyc@ instead of …zhxhc@).
//   责编:梅雪峰 / 核稿:田文松 / 电话:55569506 / 传真:55569505 / 邮箱:jswmzhxhc@163.com
//   报:中央文明办,首都文明委主任、副主任,市委、市人大、市政府、市政协。
//   送:首都文明委委员,市委、市政府各部委办局,各总公司、高等院校,市级群众团体。
//   发:各区委书记、区长、宣传部长,各区文明办,有关新闻单位。
const DISTRIBUTION = {
  report: ['中央文明办', '首都文明委主任、副主任', '市委、市人大、市政府、市政协'],
  send: ['首都文明委委员', '市委、市政府各部委办局', '各总公司、高等院校', '市级群众团体'],
  distribute: ['各区委书记、区长、宣传部长', '各区文明办', '有关新闻单位'],
};
const footer = (email: string): IssueExpectation['footer'] => ({
  editor: '梅雪峰',
  reviewer: '田文松',
  contact: { phone: '55569506', fax: '55569505', email },
  distribution: DISTRIBUTION,
});
const PUBLICATION = '首都精神文明建设情况简报';
const PUBLISHER = '首都精神文明办';

// ---------------------------------------------------------------- the four issues

const ISSUES: IssueExpectation[] = [
  {
    file: '2169.txt',
    rawHeader: { publication: PUBLICATION, issue: '第 3 期', totalIssue: '(总第 2169 期)', publisher: PUBLISHER, date: '2021 年 1 月 18 日' },
    header: { id: '2169', publication: PUBLICATION, issue: 3, totalIssue: 2169, publisher: PUBLISHER, date: '2021-01-18' },
    footer: footer('jswmzhxyc@163.com'),
    sections: [
      {
        name: null, // no 【…】 line: line 13 is the title
        articles: [
          {
            kicker: null,
            title: '在落细落实中树牢首善文明这面旗帜', // line 13
            subtitle: '首都文明办学习贯彻全国文明办主任会议精神', // line 15, after ——
            lead: null,
            source: '精神文明调查研究处', // line 35, own line
            districts: [],
            blocks: [
              P('全国文明办主任会议明确了2021年精神文明建设工作总体要求和重点工作，为推动'), // 17
              P('一是在学习贯彻习近平总书记关于加强社会主义精神文明建设的重要指示精神上落细落实。'), // 19
              P('二是在全力实施新时代公民思想道德建设工程上落细落实。'), // 21
              P('三是在弘扬时代新风上落细落实。'), // 23 + 25 (page break)
              P('四是在推进学雷锋志愿服务常态化上落细落实。'), // 27
              P('五是在深化拓展“五大创建”上落细落实。'), // 29 + 31 (page break)
              P('六是在增进精神文明建设工作合力上落细落实。'), // 33
            ],
            lastParagraphEnds: '促进首都精神文明建设各项工作落到实处、见到实效。',
            rawAttribution: { text: '(精神文明调查研究处)', ownLine: true },
          },
        ],
      },
    ],
    pageBreaks: [
      { line: 23, tail: '观赏、网络六大', head: '领域公共文明引导行动' },
      { line: 29, tail: '大力引导行业协会商会广泛开展文明单位创建', head: '活动' },
    ],
    normalisations: [
      {
        raw: '全国文明办主任会议明确了 2021 年精神文明建设工作总体要求和重点工作,为推动新时代精神文明建设高质量发展提供了重要遵循。',
        text: '全国文明办主任会议明确了2021年精神文明建设工作总体要求和重点工作，为推动新时代精神文明建设高质量发展提供了重要遵循。',
        why: 'spaces around a number and a half-width , in Chinese text are noise',
      },
      {
        raw: '全市17个新时代文明实践中心,347个新时代文明实践所,6962个新时代文明实践站,',
        text: '全市17个新时代文明实践中心，347个新时代文明实践所，6962个新时代文明实践站，',
        why: 'a , between a Chinese character and a digit is not a thousands separator',
      },
      {
        raw: '《关于深化文明城区创建的三年行动计划(2021—2023年)》',
        text: '《关于深化文明城区创建的三年行动计划（2021—2023年）》',
        why: 'half-width ( ) inside Chinese text become full-width',
      },
    ],
  },
  {
    file: '2171.txt',
    rawHeader: { publication: PUBLICATION, issue: '第 5 期', totalIssue: '(总第 2171 期)', publisher: PUBLISHER, date: '2021 年 1 月 18 日' },
    header: { id: '2171', publication: PUBLICATION, issue: 5, totalIssue: 2171, publisher: PUBLISHER, date: '2021-01-18' },
    footer: footer('jswmzhxhc@163.com'),
    sections: [
      {
        name: '文明创建', // line 13: 【文明创建】
        articles: [
          {
            kicker: '加快部署 全面整改', // line 15
            title: '海淀区力求在落实全会精神上出实招', // line 17
            subtitle: null,
            lead: null,
            source: '海淀区文明办', // line 43, inline after 。 and a space
            districts: ['海淀区'],
            blocks: [
              P('1月5日，首都文明委全会暨深化文明城区创建工作会召开后，海淀区迅速响应、立即行动。'), // 19 + 21
              P('回首过去的2020年，海淀区委区政府在做好新冠肺炎疫情防控的同时，'), // 23, ends with : before a heading
              H('一、提高认识、加强统筹，在融入融合上谋篇布局'), // 25
              P('深入学习贯彻习近平总书记关于精神文明建设的重要思想，'), // 27 + 29
              H('二、找准问题、对症施策，在狠抓治理上下足功夫'), // 31
              P('此次中央文明办复查测评结果反馈后，海淀区迅速分析形成了“体检报告”，'), // 33
              H('三、建章立制、落实责任，在长效常态上常抓不懈'), // 35
              P('牢固树立“创建永远在路上”的理念，'), // 37 + 39
              H('四、广泛宣传、深入拓展，在全域动员上凝聚共识'), // 41
              P('进一步加强区域统筹，凝聚区域力量，动员社会各界参与全国文明城区创建。'), // 43
            ],
            lastParagraphEnds: '着力提高文明城区创建的知晓度、参与度、满意度。',
            rawAttribution: { text: '满意度。 (海淀区文明办)', ownLine: false },
          },
        ],
      },
    ],
    pageBreaks: [
      { line: 19, tail: '严格执法、约', head: '谈惩治、建章立制' },
      { line: 27, tail: '为实现海淀', head: '“两新两高”战略' },
      { line: 37, tail: '紧紧围', head: '绕文明城区指标任务' },
    ],
    normalisations: [
      {
        raw: '1月5日,首都文明委全会暨深化文明城区创建工作会召开后,海淀区迅速响应、立即行动。',
        text: '1月5日，首都文明委全会暨深化文明城区创建工作会召开后，海淀区迅速响应、立即行动。',
        why: 'half-width , in Chinese text becomes ，',
      },
      { raw: '每月有测评;每日有反馈', text: '每月有测评；每日有反馈', why: 'half-width ; in Chinese text becomes ；' },
      { raw: '着力做好四个方面的工作:', text: '着力做好四个方面的工作：', why: 'half-width : in Chinese text becomes ：' },
      { raw: '一、提高认识、加强统筹,在融入融合上谋篇布局', text: '一、提高认识、加强统筹，在融入融合上谋篇布局', why: 'the , inside a heading too' },
      { raw: '加快部署 全面整改', text: '加快部署 全面整改', why: 'the space between two Chinese phrases of a title stays' },
    ],
  },
  {
    file: '2177.txt',
    rawHeader: { publication: PUBLICATION, issue: '第 11 期', totalIssue: '(总第 2177 期)', publisher: PUBLISHER, date: '2021 年 2 月 25 日' },
    header: { id: '2177', publication: PUBLICATION, issue: 11, totalIssue: 2177, publisher: PUBLISHER, date: '2021-02-25' },
    footer: footer('jswmzhxhc@163.com'),
    sections: [
      {
        name: '文明创建', // line 13: 【文明创建】
        articles: [
          {
            // lines 15 + 17, attribution inline without a space: …水平。（东城区文明办）
            kicker: null,
            title: null,
            subtitle: null,
            lead: '东城区坚持“四全”，深化全国文明城区创建工作。',
            source: '东城区文明办',
            districts: ['东城区'],
            blocks: [P('东城区坚持“四全”，深化全国文明城区创建工作。坚持全时创建。')],
            lastParagraphEnds: '发现问题立行立改，有效提升文明城区创建水平。',
            rawAttribution: { text: '水平。（东城区文明办）', ownLine: false },
          },
          {
            // lines 19 + 21, attribution on its own line 23
            kicker: null,
            title: null,
            subtitle: null,
            lead: '房山区以“行动计划+工作方案+问题清单”方式，全面开展创建工作。',
            source: '房山区文明办',
            districts: ['房山区'],
            blocks: [P('房山区以“行动计划+工作方案+问题清单”方式，全面开展创建工作。完善组织体系。')],
            lastParagraphEnds: '全面补短板、强弱项、促提升。',
            rawAttribution: { text: '(房山区文明办)', ownLine: true },
          },
          {
            // lines 25 + 27, attribution inline after 。 and a space.
            // The lead keeps the space of “回天共建 你我同行” (line 25): a space between two Chinese phrases is not noise (§1.3).
            kicker: null,
            title: null,
            subtitle: null,
            lead: '昌平区举办“回天共建 你我同行”——回天三年文明创建总结发布活动。',
            source: '昌平区文明办',
            districts: ['昌平区'],
            blocks: [P('昌平区举办“回天共建 你我同行”——回天三年文明创建总结发布活动。活动围绕“温暖”与“希望”两大主题，')],
            lastParagraphEnds: '引领带动回天居民践行榜样精神，助力家园共建。',
            rawAttribution: { text: '共建。 (昌平区文明办)', ownLine: false },
          },
        ],
      },
    ],
    pageBreaks: [
      { line: 15, tail: '各街', head: '道、各地区齐动员' },
      { line: 19, tail: '建立“月调度季点评”机制、检查', head: '整改机制、考评奖惩机制' },
      { line: 25, tail: '会同', head: '区城管委、区教委、区妇联、区市场监管局' },
    ],
    normalisations: [
      { raw: '组织机关志愿者在 42 个主要路口', text: '组织机关志愿者在42个主要路口', why: 'spaces around a number are noise' },
      { raw: '手机 APP 平台', text: '手机APP平台', why: 'spaces around Latin letters are noise' },
      { raw: '三年行动计划（2021—2023 年）》', text: '三年行动计划（2021—2023年）》', why: 'a space between a digit and 年 is noise' },
      { raw: '区委宣传部(区文明办)会同', text: '区委宣传部（区文明办）会同', why: 'half-width ( ) in Chinese text become full-width (and this is no attribution)' },
      { raw: '学雷锋志愿服务站(岗),推进', text: '学雷锋志愿服务站（岗），推进', why: 'half-width ( ) , in Chinese text become full-width' },
      { raw: '三年行动计划(2018—2020年)》', text: '三年行动计划（2018—2020年）》', why: 'half-width ( ) in Chinese text become full-width' },
      { raw: '“日巡十周查十月点评十季调度十年考核”', text: '“日巡十周查十月点评十季调度十年考核”', why: 'a known OCR slip is left as it is' },
    ],
  },
  {
    file: '2178.txt',
    rawHeader: { publication: PUBLICATION, issue: '第 12 期', totalIssue: '(总第 2178 期)', publisher: PUBLISHER, date: '2021 年 3 月 8 日' },
    header: { id: '2178', publication: PUBLICATION, issue: 12, totalIssue: 2178, publisher: PUBLISHER, date: '2021-03-08' },
    footer: footer('jswmzhxhc@163.com'),
    sections: [
      {
        name: null, // no 【…】 line: line 13 is the kicker
        articles: [
          {
            kicker: '常态化推进 项目化落实', // line 13
            title: '《首都文明委重点工作项目台账》凝聚齐创共建工作力量', // line 15
            subtitle: null,
            lead: null,
            source: '精神文明综合协调处', // line 35, inline after 。 and a space
            districts: [],
            blocks: [
              P('首都文明委自2020年起建立重点工作项目台账制度，每年年初由各成员单位围绕文明委重点任务确定2个工作项目，汇总形成工作台账。'), // 17
              H('一、2020年台账完成情况'), // 19
              P('2020年台账共有58个成员单位报送114个工作项目，分为制度建设、文明宣传、文明治理、机关建设四大类。'), // 21 + 23 + 25
              H('二、关于台账制度的几点思考'), // 27
              P('作为完善文明委工作机制的创新探索，台账制度为各成员单位参与精神文明建设提供了路径，'), // 29 + 31
              H('三、高标准开展2021年重点项目台账工作'), // 33
              P('根据首都文明委工作安排，首都文明办将继续加强研究总结，做好2021年重点工作项目台账工作。'), // 35
            ],
            lastParagraphEnds: '助力首都精神文明建设工作再上新台阶。',
            rawAttribution: { text: '新台阶。 (精神文明综合协调处)', ownLine: false },
          },
        ],
      },
    ],
    pageBreaks: [
      { line: 21, tail: '围绕立法监督、', head: '健全工作体系、明确行业标准' },
      { line: 23, tail: '中央和国家机', head: '关工委打造' },
      { line: 29, tail: '与各成员单位', head: '保持经常性的沟通联系' },
    ],
    normalisations: [
      {
        raw: '首都文明委自 2020 年起建立重点工作项目台账制度,每年年初由各成员单位围绕文明委重点任务确定 2 个工作项目,汇总形成工作台账。',
        text: '首都文明委自2020年起建立重点工作项目台账制度，每年年初由各成员单位围绕文明委重点任务确定2个工作项目，汇总形成工作台账。',
        why: '“2020 年” becomes “2020年”, and half-width , becomes ，',
      },
      { raw: '2020 年台账', text: '2020年台账', why: 'no “2020 年” is left anywhere' },
      { raw: '市人大常委会等 8 家单位', text: '市人大常委会等8家单位', why: 'spaces around a number are noise' },
      { raw: '常态化推进 项目化落实', text: '常态化推进 项目化落实', why: 'the space between two Chinese phrases of a title stays' },
    ],
  },
];

// ---------------------------------------------------------------- the tests

const label = (article: ArticleExpectation, index: number): string =>
  article.title !== null ? `article ${index + 1} (${article.title})` : `item ${index + 1} (${article.source})`;

for (const expected of ISSUES) {
  const { file } = expected;
  const raw = () => load(file).raw;
  const issue = () => issueOf(file);
  const expectedArticles = expected.sections.flatMap((section) => section.articles);

  describe(file, () => {
    describe('header', () => {
      it('should parse with no problems', () => {
        expect(load(file).result.problems.map(String)).toEqual([]);
        expect(load(file).result.issue).toBeDefined();
      });

      it('should find every quoted header line in the raw file', () => {
        const lines = raw().split(/\r?\n/).map((line) => line.trim());
        for (const line of Object.values(expected.rawHeader)) expect(lines, line).toContain(line);
      });

      it(`should read ${expected.rawHeader.totalIssue} as totalIssue ${expected.header.totalIssue} and id "${expected.header.id}"`, () => {
        expect(issue().totalIssue).toBe(expected.header.totalIssue);
        expect(issue().id).toBe(expected.header.id);
      });

      it(`should read ${expected.rawHeader.issue} as issue ${expected.header.issue}`, () => {
        expect(issue().issue).toBe(expected.header.issue);
      });

      it(`should read ${expected.rawHeader.publication} as the publication`, () => {
        expect(issue().publication).toBe(expected.header.publication);
      });

      it(`should read ${expected.rawHeader.publisher} as the publisher`, () => {
        expect(issue().publisher).toBe(expected.header.publisher);
      });

      it(`should read ${expected.rawHeader.date} as the date ${expected.header.date}`, () => {
        expect(issue().date).toBe(expected.header.date);
      });
    });

    describe('footer', () => {
      it(`should read 责编 ${expected.footer.editor} and 核稿 ${expected.footer.reviewer}`, () => {
        expect(raw()).toContain(`责编:${expected.footer.editor}`);
        expect(raw()).toContain(`核稿:${expected.footer.reviewer}`);
        expect(issue().editor).toBe(expected.footer.editor);
        expect(issue().reviewer).toBe(expected.footer.reviewer);
      });

      it(`should read 电话 ${expected.footer.contact.phone}, 传真 ${expected.footer.contact.fax} and 邮箱 ${expected.footer.contact.email}`, () => {
        expect(raw()).toContain(`邮箱:${expected.footer.contact.email}\n`);
        expect(issue().contact).toEqual(expected.footer.contact);
      });

      it('should split 报 into its recipients, 、 joining the parts of one and the final 。 dropped', () => {
        expect(issue().distribution.report).toEqual(expected.footer.distribution.report);
      });

      it('should split 送 into its recipients, 、 joining the parts of one and the final 。 dropped', () => {
        expect(issue().distribution.send).toEqual(expected.footer.distribution.send);
      });

      it('should split 发 into its recipients, 、 joining the parts of one and the final 。 dropped', () => {
        expect(issue().distribution.distribute).toEqual(expected.footer.distribution.distribute);
      });

      it('should place every footer line in a field, leaving none unplaced', () => {
        expect(issue().unplaced).toEqual([]);
      });
    });

    describe('sections and articles', () => {
      const names = expected.sections.map((section) => section.name);
      it(`should find ${names.length} section(s) named ${JSON.stringify(names)}`, () => {
        expect(issue().sections.map((section) => section.name)).toEqual(names);
        expect(issue().sections.map((section) => section.articles.length)).toEqual(expected.sections.map((section) => section.articles.length));
      });

      expectedArticles.forEach((article, index) => {
        const name = label(article, index);
        const actual = () => {
          const found = articlesOf(issue())[index];
          if (found === undefined) throw new Error(`${file} has no article ${index + 1}`);
          return found;
        };

        describe(name, () => {
          it(`should read its kicker as ${JSON.stringify(article.kicker)}`, () => expect(actual().kicker).toBe(article.kicker));
          it(`should read its title as ${JSON.stringify(article.title)}`, () => expect(actual().title).toBe(article.title));
          it(`should read its subtitle as ${JSON.stringify(article.subtitle)}, without the leading ——`, () =>
            expect(actual().subtitle).toBe(article.subtitle));
          it(`should read its lead as ${JSON.stringify(article.lead)}`, () => expect(actual().lead).toBe(article.lead));
          it(`should read its source as ${JSON.stringify(article.source)}, without brackets`, () =>
            expect(actual().source).toBe(article.source));
          it(`should read its districts as ${JSON.stringify(article.districts)}`, () =>
            expect(actual().districts).toEqual(article.districts));

          const types = article.blocks.map((block) => block.type);
          it(`should hold ${article.blocks.length} block(s): ${types.join(', ')}`, () => {
            expect(actual().blocks.map((block) => block.type)).toEqual(types);
          });

          const headings = article.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []));
          if (headings.length > 0) {
            it(`should read its headings as ${headings.join(' / ')}`, () => {
              expect(actual().blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(headings);
            });
          }

          it('should open each paragraph with the text read in the source', () => {
            const opened = actual().blocks.map((block, at) => {
              const want = article.blocks[at];
              return want?.type === 'paragraph' ? block.text.slice(0, want.opens.length) : block.text;
            });
            expect(opened).toEqual(article.blocks.map((block) => (block.type === 'paragraph' ? block.opens : block.text)));
          });

          if (article.lead !== null) {
            it('should open its first paragraph with its lead', () => {
              expect(actual().blocks[0]?.type).toBe('paragraph');
              expect(actual().blocks[0]?.text.startsWith(article.lead!)).toBe(true);
            });
          }

          const where = article.rawAttribution.ownLine ? 'on its own line' : 'at the end of the last paragraph';
          it(`should take the attribution ${where} off the last paragraph, which keeps its 。`, () => {
            const { text: rawAttribution, ownLine } = article.rawAttribution;
            if (ownLine) expect(raw().split(/\r?\n/).map((line) => line.trim())).toContain(rawAttribution);
            else expect(raw()).toContain(rawAttribution);

            const last = actual().blocks.at(-1);
            expect(last?.type).toBe('paragraph');
            expect(last?.text.endsWith(article.lastParagraphEnds)).toBe(true);
            for (const block of actual().blocks) {
              expect(block.text).not.toContain(`（${article.source}）`);
              expect(block.text).not.toContain(`(${article.source})`);
            }
          });
        });
      });
    });

    describe('page breaks', () => {
      for (const { line, tail, head } of expected.pageBreaks) {
        it(`should join …${tail} / ${head}… (break after line ${line}) into one paragraph`, () => {
          const lines = raw().split('\n');
          expect(lines[line - 1]?.endsWith(tail), `line ${line} ends with ${tail}`).toBe(true);
          expect(lines[line]?.trim(), `line ${line + 1} is blank`).toBe('');
          expect(lines[line + 1]?.startsWith(head), `line ${line + 2} starts with ${head}`).toBe(true);

          const texts = blockTextsOf(issue());
          expect(texts.filter((text) => text.includes(tail + head))).toHaveLength(1);
          expect(texts.filter((text) => text.endsWith(tail))).toEqual([]);
          expect(texts.filter((text) => text.startsWith(head))).toEqual([]);
        });
      }
    });

    describe('normalisation (format.md §1.3)', () => {
      for (const { raw: excerpt, text, why } of expected.normalisations) {
        const verb = excerpt === text ? 'keep' : 'write';
        it(`should ${verb} “${excerpt}” as “${text}”: ${why}`, () => {
          expect(raw()).toContain(excerpt);
          const texts = bodyTextsOf(issue());
          expect(texts.some((candidate) => candidate.includes(text)), `some body text contains ${text}`).toBe(true);
          if (excerpt !== text) expect(texts.filter((candidate) => candidate.includes(excerpt))).toEqual([]);
        });
      }

      it('should leave no half-width , : ; ( ) in the body (it has no e-mail, URL, 1,000-style number or Latin sentence)', () => {
        expect(bodyTextsOf(issue()).filter((text) => /[,:;()]/.test(text))).toEqual([]);
      });

      it('should leave no space between a Chinese character and a digit or Latin letter', () => {
        const noise = /[\u4e00-\u9fff] +[0-9A-Za-z]|[0-9A-Za-z] +[\u4e00-\u9fff]/;
        expect(bodyTextsOf(issue()).filter((text) => noise.test(text))).toEqual([]);
      });
    });

    describe('cross-check', () => {
      const sources = expectedArticles.map((article) => article.source);
      it(`should hold ${expectedArticles.length} article(s), with sources ${sources.join(', ')} in document order`, () => {
        expect(articlesOf(issue())).toHaveLength(expectedArticles.length);
        expect(articlesOf(issue()).map((article) => article.source)).toEqual(sources);
      });
    });
  });
}
