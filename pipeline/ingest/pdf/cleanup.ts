/**
 * Page furniture: page numbers and running headers/footers are typeset on every page but are not part of
 * the document's text, and they land in the middle of sentences that run across a page break.
 */

/** "2", "- 2 -", "Trang 2", "Trang 2/5", "2/5", "Page 2 of 5", "-- 2 of 5 --". */
const PAGE_NUMBER = /^(?:-{1,2}\s*)?(?:(?:trang|page|tr\.)\s*)?\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?(?:\s*-{1,2})?$/i;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text.trim());

/** How many lines at each end of a page may be furniture. */
const EDGE = 3;
const MAX_FURNITURE_LENGTH = 150;

/** Digits vary from page to page ("Trang 3"), the rest of a running header does not. */
const shape = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

function repeatedShapes(pages: string[][], edge: (page: string[]) => string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const s of new Set(edge(page).map(shape))) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const out = new Set<string>();
  for (const [s, n] of counts) if (n >= needed && s.length > 0 && s.length <= MAX_FURNITURE_LENGTH) out.add(s);
  return out;
}

/**
 * Drops page numbers and running headers/footers from the top and bottom of each page.
 * Generic over the line type so geometry survives; `text` reads a line's text.
 */
export function dropPageFurniture<T>(pages: T[][], text: (line: T) => string): T[][] {
  const texts = pages.map((p) => p.map(text));
  const heads = repeatedShapes(texts, (p) => p.slice(0, EDGE));
  const feet = repeatedShapes(texts, (p) => p.slice(-EDGE));
  return pages.map((page, n) => {
    const t = texts[n] ?? [];
    let top = 0;
    let bottom = page.length;
    const furniture = (i: number, known: Set<string>): boolean => {
      const line = t[i] ?? '';
      return isPageNumber(line) || known.has(shape(line));
    };
    while (top < bottom && top < EDGE && furniture(top, heads)) top++;
    while (bottom > top && page.length - bottom < EDGE && furniture(bottom - 1, feet)) bottom--;
    return page.slice(top, bottom);
  });
}
