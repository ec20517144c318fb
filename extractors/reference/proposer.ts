// A Quyết định's preamble names who submitted the Tờ trình before citing it (NĐ 30/2020 Phụ lục I):
// "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 112/TTr-SNV …". That body issued the cited document.
const PROPOSER = /(?:đề nghị|đề xuất)\s+của\s+([^\n;.]{2,120}?)\s+tại\s*$/iu;
// Long enough for the longest body name; the look-back stays on the mention's line.
const WINDOW = 160;
const BODY = /^\p{Lu}/u;

/** The body named in "đề nghị của <body> tại" right before a mention starting at `start`, or null. */
export function proposerBefore(text: string, start: number): string | null {
  // cheap test first: almost no citation follows "tại"
  if (!/tại\s*$/iu.test(text.slice(Math.max(0, start - 6), start))) return null;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - WINDOW), start);
  const m = PROPOSER.exec(before);
  const body = m?.[1]?.replace(/\s+/g, ' ');
  return body && BODY.test(body) ? body : null;
}
