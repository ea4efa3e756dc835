/**
 * The problem list: each problem as `briefing check` words it, after its
 * 行:列; choosing one puts the cursor there. Text only (textContent), so a
 * message quoting a line full of markup shows the markup.
 */
import type { BriefingProblem } from '../../lib/briefing/errors.ts';
import { d } from '../../lib/desk/strings.ts';

export function showProblems(list: HTMLElement, problems: readonly BriefingProblem[]): void {
  list.replaceChildren(
    ...problems.map((problem) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = problem.severity === 'warning' ? 'desk-problem desk-problem--warning' : 'desk-problem';
      button.dataset.line = String(problem.line);
      button.dataset.column = String(problem.column);
      const place = document.createElement('span');
      place.className = 'desk-problem__place';
      place.setAttribute('aria-hidden', 'true');
      place.textContent = `${problem.line}:${problem.column}`;
      const spoken = document.createElement('span');
      spoken.className = 'visually-hidden';
      spoken.textContent = `${d('desk.placeOf', { line: problem.line, column: problem.column })}：`;
      const message = document.createElement('span');
      message.className = 'desk-problem__message';
      message.textContent = problem.message;
      button.append(place, spoken, message);
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
}

/** Call `goTo` with the place of the problem chosen in the list. */
export function onProblemChosen(list: HTMLElement, goTo: (line: number, column: number) => void): void {
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('.desk-problem');
    if (button === null) return;
    goTo(Number(button.dataset.line), Number(button.dataset.column));
  });
}
