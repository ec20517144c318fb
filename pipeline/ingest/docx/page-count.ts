/**
 * How many pages a Word document has, without laying it out: the count the saving program
 * recorded (Word writes <Pages> into docProps/app.xml; LibreOffice's converter does not), or the
 * pages its breaks start: Word marks where each page began when it last rendered
 * (w:lastRenderedPageBreak), and explicit breaks start a page each. The largest of these is a
 * lower bound a long document cannot hide below unless it lies in every one.
 */

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

// WordprocessingML written with the customary "w:" prefix; a document with another prefix is only
// counted by what app.xml records.
const RENDERED = /<w:lastRenderedPageBreak\b/g;
const EXPLICIT =
  /<w:br\b[^>]*\bw:type\s*=\s*["']page["']|<w:pageBreakBefore\s*\/>|<w:pageBreakBefore\s+w:val\s*=\s*["'](?:1|true|on)["']/g;
const RECORDED = /<(?:[\w.-]+:)?Pages>\s*(\d+)\s*</;

export interface PageCount {
  pages: number;
  /** where the number comes from, for the error message */
  how: string;
}

export function pageCount(app: Uint8Array | undefined, document: Uint8Array): PageCount {
  const recorded = app ? Number(RECORDED.exec(latin1(app))?.[1] ?? 0) : 0;
  const xml = latin1(document);
  const broken = 1 + Math.max(count(xml, RENDERED), count(xml, EXPLICIT));
  return recorded >= broken
    ? { pages: recorded, how: 'as recorded by the program that saved it' }
    : { pages: broken, how: 'counted from its page breaks' };
}
