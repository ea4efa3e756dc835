/**
 * One problem type for every stage. Each names the file, the place in the raw
 * file (1-based line and column, front matter included), the field, what was
 * expected and what was found, so an editor can go straight to it.
 */

export type Severity = 'error' | 'warning';

export interface Place {
  line: number;
  column: number;
}

export interface ProblemInit {
  file: string;
  place: Place;
  /** The field in the editor's terms: 期号, 总期号, 日期, 责编, 来源… */
  field: string;
  /** What is wrong, in a few words. */
  reason: string;
  expected?: string;
  found?: string;
  severity?: Severity;
}

export class BriefingProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly field: string;
  readonly reason: string;
  readonly expected: string | undefined;
  readonly found: string | undefined;
  readonly severity: Severity;

  constructor(init: ProblemInit) {
    this.file = init.file;
    this.line = init.place.line;
    this.column = init.place.column;
    this.field = init.field;
    this.reason = init.reason;
    this.expected = init.expected;
    this.found = init.found;
    this.severity = init.severity ?? 'error';
  }

  /** `FILE:LINE:COL: [warning: ]field: reason (expected …, found …)` */
  toString(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.message}`;
  }

  /** What is wrong without the place: `[warning: ]field: reason (expected …, found …)` (the desk shows the place beside it). */
  get message(): string {
    const details = [
      this.expected === undefined ? undefined : `expected ${this.expected}`,
      this.found === undefined ? undefined : `found ${quote(this.found)}`,
    ].filter((part) => part !== undefined);
    const tail = details.length > 0 ? ` (${details.join(', ')})` : '';
    const level = this.severity === 'warning' ? 'warning: ' : '';
    return `${level}${this.field}: ${this.reason}${tail}`;
  }
}

/** Thrown only where a caller asked for an issue or nothing (the Astro loader). */
export class BriefingError extends Error {
  readonly problems: readonly BriefingProblem[];

  constructor(problems: readonly BriefingProblem[]) {
    super(problems.map(String).join('\n'));
    this.name = 'BriefingError';
    this.problems = problems;
  }
}

const MAX_QUOTED = 40;

/** Quote found text, shortened so a long paragraph does not flood the terminal. */
export function quote(text: string): string {
  const chars = Array.from(text);
  const shown = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : text;
  return `“${shown}”`;
}
