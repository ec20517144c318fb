// A body may be named after a campaign it steers: "Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời
// sống văn hóa” tỉnh", "Ban Chỉ đạo cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” huyện". The quote
// is part of the name, and so is the administrative level written after it.
const CUE_BEFORE = /(?:phong trào|cuộc vận động|Ban Chỉ đạo)$/iu;
const QUOTED =
  /[ ]?“[^”\n]{1,160}”(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|Trung ương)(?![\p{L}\p{N}]))?/uy;

/** Where a quoted campaign name (and its level word) that continues a body's name ends, or -1. */
export function quotedNameEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 0x201c) return -1;
  if (!CUE_BEFORE.test(text.slice(Math.max(start, end - 16), end))) return -1;
  QUOTED.lastIndex = end;
  return QUOTED.test(text) ? QUOTED.lastIndex : -1;
}
