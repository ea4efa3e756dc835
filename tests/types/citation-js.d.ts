/** The part of Citation.js the tests use (it ships no types): read a text in any registered format as CSL-JSON. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: Array<Record<string, unknown>>;
  }
  export const plugins: { list(): string[] };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
