/**
 * Characters a PDF's text layer gives as look-alikes of the ideographs a
 * reader types. A font that draws 首 with the glyph of the Kangxi radical ⾸
 * may map that glyph back to the radical (Chromium's printer with Noto CJK
 * does), and a search for 首都 would then miss the text. In this order:
 * - the look-alikes Chromium with Noto CJK SC is seen to write
 *   (look-alikes.ts, derived by scripts/import/derive-look-alikes.ts): the
 *   briefing is printed in simplified characters, so ⼾ is the 户 whose glyph
 *   it borrowed, not the 戶 its Unicode decomposition names;
 * - other Kangxi radicals (U+2F00–U+2FDF): their compatibility decomposition
 *   (NFKC);
 * - other CJK radicals (U+2E80–U+2EFF): Unicode gives them no
 *   decomposition, so the table below holds EquivalentUnifiedIdeograph.txt
 *   (Unicode 15) for the range, as pairs of radical and ideograph;
 * - CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F): their
 *   canonical decomposition (NFC).
 * Everything else (full-width punctuation and digits above all) is left as
 * it is: normalising the whole text would change what the parser reads.
 */
import { PRINTED_LOOK_ALIKES } from './look-alikes.ts';

const pairs = (table: string) => new Map(Array.from(table.matchAll(/(.)(.)/gu), ([, lookAlike, character]) => [lookAlike!, character!]));

const PRINTED = pairs(PRINTED_LOOK_ALIKES);
const RADICALS_SUPPLEMENT = pairs(
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕𫜹⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟',
);

const LOOK_ALIKE = new RegExp(`[${[...PRINTED.keys()].map((character) => character.replace(/[\\\]\[^-]/, '\\$&')).join('')}\\u2E80-\\u2EFF\\u2F00-\\u2FDF\\uF900-\\uFAFF\\u{2F800}-\\u{2FA1F}]`, 'gu');

export function foldLookAlikes(text: string): string {
  return text.replace(LOOK_ALIKE, (character) => {
    const printed = PRINTED.get(character);
    if (printed !== undefined) return printed;
    const code = character.codePointAt(0)!;
    if (code >= 0x2e80 && code <= 0x2eff) return RADICALS_SUPPLEMENT.get(character) ?? character;
    return character.normalize(code >= 0x2f00 && code <= 0x2fdf ? 'NFKC' : 'NFC');
  });
}
