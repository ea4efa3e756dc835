/**
 * What a reader hands the layout stage: the visual lines of a document, each
 * with its place on its page. A PDF gives many per paragraph; a .docx gives
 * one per paragraph (Word lays the lines out only when it prints).
 */
export interface VisualLine {
  /** Cells printed apart on one line (publisher ⟷ date, 责编 ⟷ 核稿), left to right; most lines have one. */
  cells: string[];
  /** 1-based page of the source file. */
  page: number;
  /** Font size in points. */
  size: number;
  /** Left and right edge of the printed text, in points from the page's left edge (null: no geometry, as in a .docx). */
  left: number | null;
  right: number | null;
  /** How the paragraph is aligned when the file says so (a .docx); a PDF's is read from the geometry. */
  align?: 'left' | 'centre' | 'right' | 'justify';
  /** The line ends in a space (hidden at the wrap): what continues it follows after a space. */
  endsWithSpace?: boolean;
  /** The file says a new paragraph starts here (a .docx paragraph); a PDF's lines are joined by the layout stage. */
  paragraphStart?: boolean;
}

/** A line the importer left out of the text, so the report can list it. */
export interface DroppedLine {
  page: number;
  text: string;
  reason: 'page number' | 'decoration' | 'running header or footer';
}

/** A line of the text the importer writes, and the page of the source it came from. */
export interface LogicalLine {
  cells: string[];
  page: number;
}
