/**
 * The desk's text editor: a plain <textarea> (native typing, input methods,
 * undo, keyboard) over a copy of its text, one element per line, which
 * shows the line numbers and marks the lines with problems. The copy is
 * laid out exactly as the textarea (same font, width and wrapping, see
 * desk.css), so each line's number and mark stand beside it however it
 * wraps. The copy is text only (textContent) and hidden from screen
 * readers, which read the problem list instead.
 */
import type { Severity } from '../../lib/briefing/errors.ts';

export interface Editor {
  readonly text: string;
  setText(text: string): void;
  /** Mark these lines (1-based); every other line unmarked. */
  mark(lines: ReadonlyMap<number, Severity>): void;
  /** Put the cursor at a line and column (1-based, as problems give them) and show it. */
  goTo(line: number, column: number): void;
}

export function deskEditor(textarea: HTMLTextAreaElement, copy: HTMLElement, onInput: () => void): Editor {
  const rows: HTMLElement[] = [];
  let marks: ReadonlyMap<number, Severity> = new Map();

  function classOf(line: number): string {
    const severity = marks.get(line);
    return severity === undefined ? 'desk-line' : `desk-line desk-line--${severity}`;
  }

  /** Bring the copy up to date with the textarea, touching only the lines that changed. */
  function redraw(): void {
    const lines = textarea.value.split('\n');
    for (const [index, text] of lines.entries()) {
      let row = rows[index];
      if (row === undefined) {
        row = document.createElement('div');
        row.dataset.line = String(index + 1);
        row.append(document.createElement('span'));
        row.firstElementChild!.className = 'desk-line__text';
        copy.append(row);
        rows.push(row);
      }
      const span = row.firstElementChild as HTMLElement;
      if (span.textContent !== text) span.textContent = text;
      const wanted = classOf(index + 1);
      if (row.className !== wanted) row.className = wanted;
    }
    for (const row of rows.splice(lines.length)) row.remove();
  }

  textarea.addEventListener('input', () => {
    redraw();
    onInput();
  });
  redraw();

  return {
    get text() {
      return textarea.value;
    },
    setText(text) {
      textarea.value = text;
      textarea.setSelectionRange(0, 0);
      redraw();
    },
    mark(lines) {
      marks = lines;
      redraw();
    },
    goTo(line, column) {
      const lines = textarea.value.split('\n');
      const row = Math.min(Math.max(line, 1), lines.length);
      const before = lines.slice(0, row - 1).reduce((sum, text) => sum + text.length + 1, 0);
      const offset = before + Math.min(Math.max(column - 1, 0), lines[row - 1]!.length);
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(offset, offset);
      rows[row - 1]?.scrollIntoView({ block: 'center' });
    },
  };
}
