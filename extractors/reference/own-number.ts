import type { ExtractContext } from '../types.js';
import { fold } from './vocabulary.js';

// The header (số, ký hiệu line) sits in the first lines; a "Số:" line further down is body text.
const HEADER_LINES = 15;
const NUMBER_LINE = /^(?:Số|SỐ)\s*:?\s*$/;

/** Tells whether a symbol at an offset is the document's own số/ký hiệu rather than a citation. */
export function ownNumberTest(text: string, ctx: ExtractContext): (symbolStart: number, symbol: string) => boolean {
  let headerEnd = 0;
  for (let n = 0; n < HEADER_LINES && headerEnd !== -1; n++) headerEnd = text.indexOf('\n', headerEnd + 1);
  if (headerEnd === -1) headerEnd = text.length;
  const span = ctx.header?.mentions?.symbol;
  const own = ctx.header?.number && ctx.header.symbol ? fold(ctx.header.symbol).replace(/\s+/g, '') : null;
  return (start, symbol) => {
    if (span && start >= span.start && start < span.end) return true;
    if (own && fold(symbol) === own) return true;
    if (start > headerEnd) return false;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return NUMBER_LINE.test(text.slice(lineStart, start));
  };
}
