/** What a producer lays out: a parsed document and the traits of the PDF it makes of it. */
import type { StyledText } from '../fixtures/emphasis.js';
import type { SeedLayout } from '../fixtures/seed-layout.js';

/** A digital-signature stamp as a signing tool prints it, one field a line. */
export interface Stamp {
  lines: string[];
  /** top right of page 1 (the office's stamp), or beside the signer's title (the signer's own) */
  where: 'top-right' | 'over-header' | 'signature';
}

export interface Watermark {
  text: string;
  /** drawn diagonally (rotated text) or straight across the body in large light letters */
  rotated: boolean;
}

export interface Traits {
  /** the right header column (Quốc hiệu, date) starts this many header lines lower (negative: higher) */
  headerShift?: number;
  stamps?: Stamp[];
  watermark?: Watermark;
  /** a running footer on every page */
  footer?: string;
  /** how page numbers are written at the top centre from page 2: "2", "- 2 -", "Trang 2" */
  pageNumber?: (n: number) => string;
  /** body lines broken exactly here (the .txt paragraph's words, split into lines), for wrap cases */
  brokenLines?: Map<string, string[]>;
}

export interface Parsed {
  styled: StyledText;
  layout: SeedLayout;
}

/** A body paragraph of " | "-separated cells is a table row (the fixtures' plain-text tables). */
export const tableCells = (text: string): string[] | null => {
  const cells = text.split(' | ').map((c) => c.trim());
  return cells.length >= 3 ? cells : null;
};
