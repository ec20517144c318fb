import { hasUpper, type Seg } from './text.js';

export interface SymbolRead {
  symbol: string;
  number: string | null;
  /** the ký hiệu groups after the number: ["CT", "UBND"], ["HD", "VPTW"], ["2023", "NĐ", "CP"] */
  codes: string[];
  /** offsets of the whole "Số: …" phrase */
  start: number;
  end: number;
}

// "Số:" (or "Số" without colon, Party style) at the start of a header segment, then the number
// (blank or dotted in drafts), "/" or "-", and ký hiệu groups joined by "/" or "-" (spaces tolerated).
const SO =
  /^(?:Số|SỐ)(?:\s*(?:và\s*)?ký\s*hiệu)?\s*:?\s*(\d+[a-z]?)?[\s.…_]*([/-])\s*([\p{L}\d&]+(?:\s*[/-]\s*[\p{Lu}\d][\p{L}\d&]*)*)/u;

export function readSymbol(seg: Seg): SymbolRead | null {
  const m = SO.exec(seg.text);
  if (!m || !hasUpper(m[3]!)) return null;
  const code = m[3]!.replace(/\s+/g, '');
  const number = m[1] ?? null;
  return {
    symbol: number ? `${number}${m[2]}${code}` : code,
    number,
    codes: code.split(/[/-]/),
    start: seg.start,
    end: seg.start + m[0].length,
  };
}

/** The document's số/ký hiệu: the first header segment that reads as one. */
export function findSymbol(zone: Seg[]): SymbolRead | null {
  for (const s of zone) {
    const r = s.text ? readSymbol(s) : null;
    if (r) return r;
  }
  return null;
}
