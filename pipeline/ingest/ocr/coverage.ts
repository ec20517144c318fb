/** How much of a PDF page its images cover: a page that is mostly a picture is a scan. */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from '../pdf/pdfjs.js';

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2],
  n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2],
  n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4],
  n[4] * m[1] + n[5] * m[3] + m[5],
];

/** Share of the page's area (0–1) painted by images; overlapping images count twice, capped at 1. */
export async function imageCoverage(page: PDFPageProxy): Promise<number> {
  const { OPS } = await pdfjs();
  const images = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
  ]);
  const list = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let painted = 0;
  list.fnArray.forEach((op, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (op === OPS.save) stack.push(ctm);
    else if (op === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (op === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (op === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (op === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    // an image fills the unit square of the current transform
    else if (images.has(op)) painted += Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
  });
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const area = Math.abs((x1 - x0) * (y1 - y0));
  return area > 0 ? Math.min(1, painted / area) : 0;
}
