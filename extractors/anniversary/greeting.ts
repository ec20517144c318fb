/**
 * "chào mừng 95 năm Ngày thành lập Đảng …", "hướng tới 50 năm Chiến thắng …", "nhân dịp 80 năm Quốc khánh":
 * an occasion greeted without "kỷ niệm". The offsets of the "N năm" such words lead to; whether an
 * anniversary follows (an event's head word, chain.ts) is for the chain to decide.
 */
const GREETING = /(?:chào\s+mừng|hướng\s+tới|nhân\s+dịp)\s+(?:tròn\s+)?(?=\d{1,4}\s+năm\s)/giu;
const LETTER = /\p{L}/u;

export function findGreetings(text: string): number[] {
  const out: number[] = [];
  GREETING.lastIndex = 0;
  for (let m = GREETING.exec(text); m; m = GREETING.exec(text)) {
    if (m.index > 0 && LETTER.test(text[m.index - 1]!)) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}
