/**
 * What one synthetic issue says, before it is written out in the raw format:
 * its kind, sections, articles (title block, headings, paragraphs,
 * attribution) and footer values. Paragraphs are recombined from the
 * sources' sentences and varied (vary.ts); titles and headings from their
 * titles, headings and parallel clauses.
 *
 * Kinds, as in the corpus:
 * - report (2169, 2178): one titled article from an office department, with
 *   一、二、 headings or 一是、二是 paragraphs;
 * - district report (2171): a 【section】 with one titled article of a
 *   district, attributed to its 文明办;
 * - items (2177): a 【section】 (sometimes two) of 2–6 untitled district
 *   items, each closed by its district's attribution.
 */
import { DISTRICTS, type Issue } from '../briefing/index.ts';
import type { Slot } from './calendar.ts';
import { usableWords, type Material, type Sentence } from './material.ts';
import { stream, type Random } from './random.ts';
import { mentionsDistrict, vary, type VaryContext } from './vary.ts';

export type IssueKind = 'report' | 'district-report' | 'items';

export interface PlannedBlock {
  type: 'heading' | 'paragraph';
  text: string;
}

export interface PlannedArticle {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  blocks: PlannedBlock[];
  source: string;
}

export interface PlannedSection {
  name: string | null;
  articles: PlannedArticle[];
}

export interface PlannedIssue {
  slot: Slot;
  kind: IssueKind;
  publisher: string;
  sections: PlannedSection[];
  editor: string;
  reviewer: string;
  contact: { phone: string | null; fax: string | null; email: string | null };
  distribution: Issue['distribution'];
}

/** 栏目 names of the briefing; used when their characters occur in the sources. */
const SECTION_NAMES = ['文明创建', '志愿服务', '文明实践', '工作动态', '典型经验', '基层动态', '各区动态', '文明引导', '诚信建设', '网络文明', '经验交流'];
const SECTION_WEIGHTS = [8, 4, 4, 3, 2, 2, 2, 1, 1, 1, 1];
/** Departments of the office that sign reports. */
const DEPARTMENTS = ['精神文明综合协调处', '精神文明调查研究处', '综合处', '文明创建处', '志愿服务工作处', '未成年人思想道德建设处', '网络文明处', '精神文明宣传教育处'];
/** Plausible editors and reviewers (责编, 核稿), made of the sources' characters. */
const STAFF = ['梅雪峰', '田文松', '王立新', '张建民', '高志强', '林海', '马丽', '范晓东', '杜军', '程红', '金平', '钟明', '方明', '史红'];
/** Subjects of an office report's title or subtitle. */
const OFFICE_SUBJECTS = ['首都文明办', '首都文明委', '全市', '各区'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

/** The material, with built-in words kept to the sources' characters. */
export interface Vocabulary {
  material: Material;
  sectionNames: string[];
  sectionWeights: number[];
  departments: string[];
  staff: string[];
  officeSubjects: string[];
  numerals: string[];
  shortZone: string;
  districts: string[];
}

export function vocabularyOf(material: Material): Vocabulary {
  const districtChars = DISTRICTS.join('');
  const sectionNames = usableWords(SECTION_NAMES, material);
  const extraSections = material.sectionNames.filter((name) => !sectionNames.includes(name));
  const staff = usableWords(STAFF, material);
  for (const name of [...material.editors, ...material.reviewers, ...STAFF]) if (!staff.includes(name) && staff.length < 3) staff.push(name);
  const departments = [...new Set([...material.departments, ...usableWords(DEPARTMENTS, material)])];
  const numerals = usableWords(NUMERALS, material).filter((numeral, index) => numeral === NUMERALS[index]);
  return {
    material,
    sectionNames: [...sectionNames, ...extraSections],
    sectionWeights: [...sectionNames.map((name) => SECTION_WEIGHTS[SECTION_NAMES.indexOf(name)]!), ...extraSections.map(() => 4)],
    departments: departments.length > 0 ? departments : DEPARTMENTS.slice(0, 2),
    staff,
    officeSubjects: usableWords(OFFICE_SUBJECTS, material),
    numerals: numerals.length >= 4 ? numerals : NUMERALS.slice(0, 6),
    shortZone: usableWords(['经开区', '开发区'], material, districtChars)[0] ?? '北京经济技术开发区',
    districts: [...DISTRICTS],
  };
}

export function composeIssue(slot: Slot, vocabulary: Vocabulary, seed: string): PlannedIssue {
  const random = stream(seed, 'issue', slot.totalIssue);
  const { material } = vocabulary;
  const kind = random.weighted<IssueKind>(['report', 'district-report', 'items'], [38, 12, 50]);
  const writer = new Writer(random, vocabulary, slot);
  const sections: PlannedSection[] = [];
  if (kind === 'report') {
    const marked = random.chance(0.15);
    sections.push({ name: marked ? writer.sectionName([]) : null, articles: [writer.report(null)] });
  } else if (kind === 'district-report') {
    sections.push({ name: writer.sectionName([]), articles: [writer.report(random.pick(vocabulary.districts))] });
  } else {
    const twoSections = random.chance(0.15);
    const counts = twoSections ? [random.int(2, 3), random.int(2, 3)] : [random.weighted([2, 3, 4, 5, 6], [25, 30, 25, 12, 8])];
    const districts = random.sample(vocabulary.districts, counts.reduce((sum, count) => sum + count, 0));
    const names: string[] = [];
    for (const count of counts) {
      const name = writer.sectionName(names);
      names.push(name);
      sections.push({ name, articles: districts.splice(0, count).map((district) => writer.item(district)) });
    }
  }

  const era = eraOf(vocabulary, seed, slot.year);
  const staffRandom = stream(seed, 'staff', slot.totalIssue);
  return {
    slot,
    kind,
    publisher: random.pick(material.publishers),
    sections,
    editor: staffRandom.chance(0.1) ? era.deputy : era.editor,
    reviewer: era.reviewer,
    contact: era.contact,
    distribution: era.distribution,
  };
}

interface Era {
  editor: string;
  /** Edits an issue now and then in the editor's place. */
  deputy: string;
  reviewer: string;
  contact: PlannedIssue['contact'];
  distribution: Issue['distribution'];
}

/**
 * Footer values change every few years: the editor and reviewer, the
 * numbers, the distribution lists. No e-mail before 2005, no fax before
 * 1985, seven-digit numbers before 1996; the latest years keep the sources'.
 */
function eraOf(vocabulary: Vocabulary, seed: string, year: number): Era {
  const era = Math.floor(year / 5);
  const random = stream(seed, 'era', era);
  const { material } = vocabulary;
  const [editor, reviewer, deputy] = random.sample(vocabulary.staff, 3) as [string, string, string];
  const latest = year >= 2016;
  const source = random.pick(material.contacts);
  let contact: PlannedIssue['contact'];
  if (latest) contact = { ...source };
  else {
    const digits = year >= 1996 ? 8 : 7;
    const phone = String(random.int(5, 8)) + String(random.int(10 ** (digits - 2), 10 ** (digits - 1) - 2));
    contact = {
      phone,
      fax: year >= 1985 ? String(Number(phone) + random.pick([-1, 1, 2])) : null,
      email: year >= 2005 ? source.email : null,
    };
  }
  const base = latest ? material.latest.distribution : random.pick(material.distributions);
  const distribution = {
    report: [...base.report],
    send: dropOne(base.send, random, latest ? 0 : 0.4),
    distribute: dropOne(base.distribute, random, latest ? 0 : 0.3),
  };
  const current = { editor: material.latest.editor ?? editor, reviewer: material.latest.reviewer ?? reviewer };
  const staff = latest ? current : { editor, reviewer };
  return { ...staff, deputy: [deputy, editor, reviewer].find((name) => name !== staff.editor && name !== staff.reviewer) ?? deputy, contact, distribution };
}

function dropOne(list: readonly string[], random: Random, p: number): string[] {
  if (list.length < 3 || !random.chance(p)) return [...list];
  const drop = random.int(1, list.length - 1);
  return list.filter((_, index) => index !== drop);
}

/** Writes the articles of one issue; remembers the sentences used so an issue does not repeat one. */
class Writer {
  private readonly used = new Set<string>();
  private readonly random: Random;
  private readonly vocabulary: Vocabulary;
  private readonly material: Material;
  private readonly slot: Slot;

  constructor(random: Random, vocabulary: Vocabulary, slot: Slot) {
    this.random = random;
    this.vocabulary = vocabulary;
    this.material = vocabulary.material;
    this.slot = slot;
  }

  sectionName(taken: readonly string[]): string {
    const { sectionNames, sectionWeights } = this.vocabulary;
    const names = sectionNames.filter((name) => !taken.includes(name));
    if (names.length === 0) return sectionNames[0] ?? '文明创建';
    return this.random.weighted(names, names.map((name) => sectionWeights[sectionNames.indexOf(name)]!));
  }

  /** How an article's text is varied: its district (or, for an office report, a district per name it mentions). */
  private context(district: string | null): VaryContext {
    const { random } = this;
    const mapping = new Map<string, string>();
    return {
      random,
      year: this.slot.year,
      month: this.slot.month,
      units: this.material.units,
      shortZone: this.vocabulary.shortZone,
      district: (printed) => {
        if (district !== null) return district;
        let mapped = mapping.get(printed);
        if (mapped === undefined) {
          mapped = random.chance(0.3) ? printed : random.pick(this.vocabulary.districts);
          mapping.set(printed, mapped);
        }
        return mapped;
      },
    };
  }

  /** A sentence not yet used in this issue, from the pools by weight (from any pool when these are empty). */
  private sentence(pools: ReadonlyArray<readonly Sentence[]>, weights: readonly number[]): Sentence {
    let available = pools.map((pool, index) => [pool, weights[index]!] as const).filter(([pool]) => pool.length > 0);
    if (available.length === 0) {
      const { openers, sentences, itemSentences, leads } = this.material;
      available = [openers, sentences, itemSentences, leads].filter((pool) => pool.length > 0).map((pool) => [pool, 1] as const);
    }
    let choice: Sentence | undefined;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const pool = this.random.weighted(available.map(([pool]) => pool), available.map(([, weight]) => weight));
      choice = this.random.pick(pool);
      if (!this.used.has(choice.text)) break;
    }
    this.used.add(choice!.text);
    return choice!;
  }

  /** How long an article or item runs, in characters: about as long as one of the sources'. */
  private articleLength(lengths: readonly number[], fallback: number): number {
    const length = lengths.length > 0 ? this.random.pick(lengths) : fallback;
    return Math.round(length * (0.55 + this.random.next() * 0.65));
  }

  /**
   * A paragraph: `first` (already varied) if given, then sentences from the
   * pools until it is about `length` characters long; now and then a short
   * topic sentence (`坚持全时创建。`) opens what the next sentence tells.
   */
  private paragraph(context: VaryContext, first: string | null, length: number, pools: ReadonlyArray<readonly Sentence[]>, weights: readonly number[]): string {
    const parts = first === null ? [] : [first];
    let size = first?.length ?? 0;
    const add = (sentence: Sentence) => {
      const text = vary(sentence.text, sentence.year, context);
      parts.push(text);
      size += text.length;
    };
    while ((parts.length < 2 || size < length) && parts.length < 12) {
      const afterShort = parts.length > 0 && parts[parts.length - 1]!.length <= 16;
      if (this.material.topics.length > 0 && !afterShort && this.random.chance(0.2)) add(this.sentence([this.material.topics], [1]));
      add(this.sentence(pools, weights));
    }
    return parts.join('');
  }

  /** A titled report: an office department's (district null) or a district's (the 2171 kind). */
  report(district: string | null): PlannedArticle {
    const { random, material } = this;
    const context = this.context(district);
    const pools = [material.sentences, material.openers, material.itemSentences];
    const weights = [60, 10, 30];
    const opening = () => {
      const sentence = this.sentence([material.openers, material.sentences], [60, 40]);
      return vary(sentence.text, sentence.year, context);
    };
    const titles = this.titleBlock(context, district);
    const blocks: PlannedBlock[] = [];
    const style = random.weighted(['headings', 'enumerated', 'plain'], [55, 30, 15]);
    const length = Math.max(900, this.articleLength(material.articleLengths, 2800));
    const intro = Math.max(90, Math.round(length * (0.08 + random.next() * 0.08)));

    if (style === 'headings') {
      const headings = this.headings(context, random.int(3, Math.min(4, this.vocabulary.numerals.length)));
      const counts = headings.map(() => random.weighted([1, 2, 3], [60, 32, 8]));
      const each = (length - intro) / counts.reduce((sum, count) => sum + count, 0);
      let text = this.paragraph(context, null, intro, [material.openers, material.sentences], [50, 50]);
      if (material.announcing.length > 0 && random.chance(0.45)) text += this.announcing(context, headings.length);
      blocks.push({ type: 'paragraph', text });
      const subNumbering = random.chance(0.15);
      for (const [index, heading] of headings.entries()) {
        const numeral = this.vocabulary.numerals[index]!;
        blocks.push({ type: 'heading', text: subNumbering ? `（${numeral}）${heading}` : `${numeral}、${heading}` });
        for (let count = 0; count < counts[index]!; count += 1) {
          blocks.push({ type: 'paragraph', text: this.paragraph(context, null, each, pools, weights) });
        }
      }
    } else if (style === 'enumerated') {
      blocks.push({ type: 'paragraph', text: this.paragraph(context, opening(), intro, pools, weights) });
      const count = random.int(3, Math.min(6, this.vocabulary.numerals.length));
      for (let index = 0; index < count; index += 1) {
        const first = `${this.vocabulary.numerals[index]!}是${this.enumerated(context)}`;
        blocks.push({ type: 'paragraph', text: this.paragraph(context, first, (length - intro) / count, pools, weights) });
      }
    } else {
      const count = random.int(3, 6);
      for (let index = 0; index < count; index += 1) {
        blocks.push({ type: 'paragraph', text: this.paragraph(context, opening(), length / count, pools, weights) });
      }
    }

    const source = district === null ? random.pick(this.vocabulary.departments) : `${district}文明办`;
    return { ...titles, blocks, source };
  }

  /** An untitled district item: its lead names the district; its attribution is the district's office. */
  item(district: string): PlannedArticle {
    const { random, material } = this;
    const context = this.context(district);
    const pools = [material.itemSentences, material.sentences];
    const weights = [60, 40];
    const blocks: PlannedBlock[] = [];
    const paragraphs = random.weighted([1, 2, 3], [60, 30, 10]);
    const length = Math.max(200, this.articleLength(material.itemLengths, 800));
    for (let index = 0; index < paragraphs; index += 1) {
      const first = index === 0 ? this.lead(context, district) : null;
      blocks.push({ type: 'paragraph', text: this.paragraph(context, first, length / paragraphs, pools, weights) });
    }
    const source = random.chance(0.9) ? `${district}文明办` : `${district}委宣传部`;
    return { kicker: null, title: null, subtitle: null, blocks, source };
  }

  /** `东城区坚持“四全”，深化全国文明城区创建工作。`: a source lead, or the district and a subject-less sentence. */
  private lead(context: VaryContext, district: string): string {
    const { random, material } = this;
    if (material.leads.length > 0 && (material.predicates.length === 0 || random.chance(0.25))) {
      const lead = this.sentence([material.leads], [1]);
      const text = vary(lead.text, lead.year, context);
      if (text.startsWith(district)) return text;
    }
    if (material.predicates.length === 0) {
      const sentence = this.sentence([material.sentences, material.itemSentences], [1, 1]);
      return `${district}${vary(sentence.text, sentence.year, context)}`;
    }
    const predicate = this.sentence([material.predicates], [1]);
    return `${district}${vary(predicate.text, predicate.year, context)}`;
  }

  /** The sentence after `二是`: a source one, a subject-less sentence, or `在…上…。`. */
  private enumerated(context: VaryContext): string {
    const { random, material } = this;
    const choice = random.weighted(['enumerated', 'predicate', 'place'], [material.enumerated.length > 0 ? 3 : 0, material.predicates.length > 0 ? 4 : 0, material.placePhrases.length > 0 ? 2 : 0]);
    if (choice === 'place' && material.placePhrases.length > 0) return `${random.pick(material.placePhrases)}。`;
    const sentence = this.sentence([choice === 'enumerated' ? material.enumerated : material.predicates], [1]);
    return vary(sentence.text, sentence.year, context);
  }

  /** `着力做好四个方面的工作：` with the number of headings that follow. */
  private announcing(context: VaryContext, count: number): string {
    const { random, material } = this;
    const sentence = random.pick(material.announcing);
    let text = vary(sentence.text, sentence.year, context);
    if (random.chance(0.5)) {
      // Only the announcing clause, after a sentence of the report's own.
      const tail = text.slice(text.lastIndexOf('，') + 1);
      const stem = this.sentence([material.openers, material.sentences], [1, 1]);
      const body = vary(stem.text, stem.year, context).replace(/[。！？][”’」』]?$/, '');
      if (body.length <= 80 && /^[^。！？]*$/.test(body)) text = `${body}，${tail}`;
    }
    return text.replace(/[一二三四五六七八九十]+(个方面)/, `${this.vocabulary.numerals[count - 1]}$1`);
  }

  private headings(context: VaryContext, count: number): string[] {
    const { random, material } = this;
    const headings = new Set<string>();
    for (let attempt = 0; headings.size < count && attempt < count * 6; attempt += 1) {
      const choice = random.weighted(['source', 'pair', 'clause'], [
        material.headings.length > 0 ? 25 : 0,
        material.pairs.length > 0 && material.placePhrases.length > 0 ? 35 : 0,
        material.clauses.length > 0 ? 40 : 0,
      ]);
      if (choice === 'source') headings.add(vary(random.pick(material.headings), this.sourceYear(), context));
      else if (choice === 'pair') {
        const [first, second] = random.pick(material.pairs);
        headings.add(`${first}、${second}，${random.pick(material.placePhrases)}`);
      } else headings.add(vary(random.pick(material.clauses), this.sourceYear(), context));
    }
    return [...headings];
  }

  /** Year of the sources' newest issue: title material has no year of its own. */
  private sourceYear(): number {
    const sentences = this.material.openers;
    return sentences.length > 0 ? Math.max(...sentences.map((sentence) => sentence.year)) : this.slot.year;
  }

  /** Kicker, title and subtitle, as in the corpus: title + ——subtitle, kicker + title, or a title alone. */
  private titleBlock(context: VaryContext, district: string | null): Pick<PlannedArticle, 'kicker' | 'title' | 'subtitle'> {
    const { random, material } = this;
    const shape = random.weighted(['subtitle', 'kicker', 'kicker-subtitle', 'title'], [30, 38, 7, 25]);
    const title = this.title(context, district);
    let kicker: string | null = null;
    let subtitle: string | null = null;
    if ((shape === 'kicker' || shape === 'kicker-subtitle') && (material.pairs.length > 0 || material.kickers.length > 0)) {
      kicker = material.kickers.length > 0 && random.chance(0.15) ? random.pick(material.kickers) : random.pick(material.pairs).join(' ');
    }
    if (shape === 'subtitle' || shape === 'kicker-subtitle') {
      const subject = district ?? random.pick(this.vocabulary.officeSubjects.length > 0 ? this.vocabulary.officeSubjects : ['首都文明办']);
      const text =
        material.subtitles.length > 0 && random.chance(0.2)
          ? vary(random.pick(material.subtitles), this.sourceYear(), context)
          : `${subject}${random.pick(material.clauses.length > 0 ? material.clauses : material.headings)}`;
      if (text !== title) subtitle = `——${text}`;
    }
    return { kicker, title, subtitle };
  }

  private title(context: VaryContext, district: string | null): string {
    const { random, material } = this;
    const subjects = district !== null ? [district] : this.vocabulary.officeSubjects;
    const districtTitles = material.titles.filter(mentionsDistrict);
    const ownTitles = district !== null && districtTitles.length > 0 ? districtTitles : material.titles;
    const choice = random.weighted(['source', 'clause', 'subject-clause', 'subject-place', 'pair-place'], [
      ownTitles.length > 0 ? 15 : 0,
      district === null && material.clauses.length > 0 ? 30 : 0,
      subjects.length > 0 && material.clauses.length > 0 ? 35 : 0,
      subjects.length > 0 && material.placePhrases.length > 0 ? 12 : 0,
      material.pairs.length > 0 && material.placePhrases.length > 0 ? 8 : 0,
    ]);
    const text = (() => {
      if (choice === 'source') return vary(random.pick(ownTitles), this.sourceYear(), context);
      if (choice === 'pair-place') return `${random.pick(material.pairs).join('、')}，${random.pick(material.placePhrases)}`;
      if (choice === 'clause') return random.pick(material.clauses);
      if (choice === 'subject-clause') return `${random.pick(subjects)}${random.pick(material.clauses)}`;
      return `${random.pick(subjects)}${random.pick(material.placePhrases)}`;
    })();
    return text.length <= 36 || material.clauses.length === 0 ? text : random.pick(material.clauses);
  }
}
