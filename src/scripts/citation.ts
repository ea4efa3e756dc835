/**
 * 引用本文 on an issue page: the 引用日期 becomes the reader's own day (the
 * page was built on another), and each copy button, hidden until this runs,
 * copies its reference's text and says so in its status.
 */
import { t } from '../lib/site/strings.ts';

function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function installCitations(root: Document = document): void {
  const today = localDay(new Date());
  for (const date of root.querySelectorAll<HTMLElement>('.citation__date')) date.textContent = today;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.citation__copy')) {
    const text = root.getElementById(button.dataset.copy ?? '');
    const status = button.parentElement?.querySelector<HTMLElement>('.citation__status');
    if (text === null) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(text.textContent ?? '').then(
        () => status && (status.textContent = t('cite.copied')),
        () => status && (status.textContent = t('cite.copyFailed')),
      );
    });
  }
}
