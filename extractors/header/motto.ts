import type { Seg } from './text.js';

/**
 * Quốc hiệu (both tone styles, marks lost or kept), the Party heading in its place, and the Tiêu ngữ.
 * `\s*` between words also crosses a line break (a PDF wraps the Quốc hiệu when its cell runs into the
 * issuer's) and matches no space at all (two cells glued: "VIỆT NAMCỘNG HOÀ").
 */
const MOTTO =
  /C[ỘÔO]NG\s*H(?:ÒA|OÀ|ÕA|OA)\s*X[ÃA]\s*H[ỘO]I\s*CH[ỦU]\s*NGH[ĨI]A\s*VI[ỆE]T\s*NAM|Đ[ẢA]NG\s*C[ỘO]NG\s*S[ẢA]N\s*VI[ỆE]T\s*NAM|Đ[ộo]c\s*l[ậa]p\s*-\s*T[ựu]\s*do\s*-\s*H[ạa]nh\s*ph[úu]c/giu;
const MOTTO_LINE = new RegExp(`^(?:${MOTTO.source})$`, 'iu');

// Running text names the country in sentence case ("nước Cộng hòa xã hội chủ nghĩa Việt Nam"); the
// Quốc hiệu and the Party heading are headings, each word capitalized. The Tiêu ngữ is never prose.
const TIEU_NGU_START = /^[Đđ][ộỘôÔoO][cC]/u;
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;
const isHeading = (m: string): boolean => TIEU_NGU_START.test(m) || !LOWER_WORD.test(m);

/** The whole line is the Quốc hiệu, the Party heading or the Tiêu ngữ. */
export const isMotto = (s: string): boolean => MOTTO_LINE.test(s) && isHeading(s);

/** A piece of the header that is part of a motto, on its own line or cut out of a longer one. */
export const isMottoSeg = (s: Seg): boolean => s.motto === true || isMotto(s.text);

export interface Span {
  start: number;
  end: number;
}

/** Where the mottos lie in `text[from, to)`, in order; one may run over a line break. */
export function mottoSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const piece = text.slice(from, to);
  MOTTO.lastIndex = 0;
  for (let m = MOTTO.exec(piece); m; m = MOTTO.exec(piece)) {
    if (isHeading(m[0])) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
