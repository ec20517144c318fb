import { detectLegacy } from './ingest/legacy/index.js';

// Letters that occur in Vietnamese and in no other Latin-script language we meet in archives. Not â ê ô:
// French has them, and VNI text not yet converted is full of them (its circumflex and breve bytes).
const VIETNAMESE = new Uint8Array(0x1f00);
for (const c of 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ') {
  VIETNAMESE[c.charCodeAt(0)] = 1;
}
// A few thousand characters decide it as well as the whole text would.
const SAMPLE = 6000;
const isLetter = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);

/**
 * True when the text is long enough to judge and has almost none of the letters that
 * every Vietnamese sentence carries (real documents: > 10% of letters).
 */
export function notVietnamese(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let letters = 0;
  let vi = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) continue;
    letters++;
    if (c < 0x1f00 && VIETNAMESE[c] === 1) vi++;
  }
  return letters >= 200 && vi / letters < 0.02;
}

const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI' } as const;

/**
 * Why a document is refused as not Vietnamese, or null when it is Vietnamese. Readers convert
 * TCVN3/VNI text before this check; text that still looks like it came from a reader that could
 * not tell (a PDF text layer, a code page we do not decode) is named as such.
 */
export function notVietnameseReason(text: string): string | null {
  if (!notVietnamese(text)) return null;
  const legacy = detectLegacy(text.slice(0, SAMPLE));
  return legacy
    ? `text is in the legacy ${ENCODING_NAMES[legacy]} encoding, which this reader did not convert`
    : 'text has almost no Vietnamese letters (another language?)';
}
