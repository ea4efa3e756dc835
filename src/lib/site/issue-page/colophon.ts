/**
 * The 版记: 责编, 核稿, telephone, fax, e-mail, any line the parser kept as
 * it was, and 报/送/发 (recipients joined by ， as printed).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Distribution, Issue } from '../../briefing/index.ts';
import { t, type StringKey } from '../strings.ts';

type Field = readonly [StringKey, string | null];

export function issueColophon(issue: Issue): Element {
  const people: Field[] = [
    ['issue.editor', issue.editor],
    ['issue.reviewer', issue.reviewer],
  ];
  const contact: Field[] = [
    ['issue.phone', issue.contact.phone],
    ['issue.fax', issue.contact.fax],
    ['issue.email', issue.contact.email],
  ];
  return h('section.colophon', { ariaLabel: t('issue.colophon') }, [
    fieldLine(people),
    fieldLine(contact),
    issue.unplaced.map((line) => h('p.colophon__line', line.text)),
    distributionList(issue.distribution),
  ]);
}

/** One line of labelled fields, or nothing when none of them is known. */
function fieldLine(fields: readonly Field[]): Element[] {
  const shown = fields.filter((field): field is readonly [StringKey, string] => field[1] !== null);
  return shown.length === 0 ? [] : [h('p.colophon__line', shown.map(([label, value]) => h('span.colophon__field', `${t(label)}：${value}`)))];
}

function distributionList(distribution: Distribution): Element[] {
  const lists: Array<readonly [StringKey, readonly string[]]> = [
    ['issue.report', distribution.report],
    ['issue.send', distribution.send],
    ['issue.distribute', distribution.distribute],
  ];
  const shown = lists.filter(([, recipients]) => recipients.length > 0);
  if (shown.length === 0) return [];
  return [
    h(
      'dl.distribution',
      shown.map(([label, recipients]) => h('div.distribution__list', [h('dt', `${t(label)}：`), h('dd', `${recipients.join('，')}。`)])),
    ),
  ];
}
