// Every letter of the reference's Appendix A (vietnamese-text.md, from Unikey's tables checked
// against glibc iconv) through our TCVN3, VNI and Windows-1258 tables, both ways.
import { describe, expect, it } from 'vitest';
import { cp1252Char, decodeCp1252, encodeCp1252 } from '../pipeline/ingest/legacy/cp1252.js';
import { toTcvn3, toTcvn3Letter, toVni, toVniLetter } from '../pipeline/ingest/legacy/encode.js';
import { fromLegacy } from '../pipeline/ingest/legacy/index.js';
import { TCVN3_LETTERS } from '../pipeline/ingest/legacy/tcvn3.js';
import { toWindows1258 } from '../scripts/legacy/cp1258.js';

/** [letter, TCVN3 byte (uppercase toned letters share the lowercase byte), VNI as Windows-1252 shows it, Windows-1258 bytes] */
const APPENDIX_A: [string, number, string, string][] = [
  ['Á', 0xb8, 'AÙ', '41 EC'],
  ['á', 0xb8, 'aù', '61 EC'],
  ['À', 0xb5, 'AØ', '41 CC'],
  ['à', 0xb5, 'aø', '61 CC'],
  ['Ả', 0xb6, 'AÛ', '41 D2'],
  ['ả', 0xb6, 'aû', '61 D2'],
  ['Ã', 0xb7, 'AÕ', '41 DE'],
  ['ã', 0xb7, 'aõ', '61 DE'],
  ['Ạ', 0xb9, 'AÏ', '41 F2'],
  ['ạ', 0xb9, 'aï', '61 F2'],
  ['Â', 0xa2, 'AÂ', 'C2'],
  ['â', 0xa9, 'aâ', 'E2'],
  ['Ấ', 0xca, 'AÁ', 'C2 EC'],
  ['ấ', 0xca, 'aá', 'E2 EC'],
  ['Ầ', 0xc7, 'AÀ', 'C2 CC'],
  ['ầ', 0xc7, 'aà', 'E2 CC'],
  ['Ẩ', 0xc8, 'AÅ', 'C2 D2'],
  ['ẩ', 0xc8, 'aå', 'E2 D2'],
  ['Ẫ', 0xc9, 'AÃ', 'C2 DE'],
  ['ẫ', 0xc9, 'aã', 'E2 DE'],
  ['Ậ', 0xcb, 'AÄ', 'C2 F2'],
  ['ậ', 0xcb, 'aä', 'E2 F2'],
  ['Ă', 0xa1, 'AÊ', 'C3'],
  ['ă', 0xa8, 'aê', 'E3'],
  ['Ắ', 0xbe, 'AÉ', 'C3 EC'],
  ['ắ', 0xbe, 'aé', 'E3 EC'],
  ['Ằ', 0xbb, 'AÈ', 'C3 CC'],
  ['ằ', 0xbb, 'aè', 'E3 CC'],
  ['Ẳ', 0xbc, 'AÚ', 'C3 D2'],
  ['ẳ', 0xbc, 'aú', 'E3 D2'],
  ['Ẵ', 0xbd, 'AÜ', 'C3 DE'],
  ['ẵ', 0xbd, 'aü', 'E3 DE'],
  ['Ặ', 0xc6, 'AË', 'C3 F2'],
  ['ặ', 0xc6, 'aë', 'E3 F2'],
  ['Đ', 0xa7, 'Ñ', 'D0'],
  ['đ', 0xae, 'ñ', 'F0'],
  ['É', 0xd0, 'EÙ', '45 EC'],
  ['é', 0xd0, 'eù', '65 EC'],
  ['È', 0xcc, 'EØ', '45 CC'],
  ['è', 0xcc, 'eø', '65 CC'],
  ['Ẻ', 0xce, 'EÛ', '45 D2'],
  ['ẻ', 0xce, 'eû', '65 D2'],
  ['Ẽ', 0xcf, 'EÕ', '45 DE'],
  ['ẽ', 0xcf, 'eõ', '65 DE'],
  ['Ẹ', 0xd1, 'EÏ', '45 F2'],
  ['ẹ', 0xd1, 'eï', '65 F2'],
  ['Ê', 0xa3, 'EÂ', 'CA'],
  ['ê', 0xaa, 'eâ', 'EA'],
  ['Ế', 0xd5, 'EÁ', 'CA EC'],
  ['ế', 0xd5, 'eá', 'EA EC'],
  ['Ề', 0xd2, 'EÀ', 'CA CC'],
  ['ề', 0xd2, 'eà', 'EA CC'],
  ['Ể', 0xd3, 'EÅ', 'CA D2'],
  ['ể', 0xd3, 'eå', 'EA D2'],
  ['Ễ', 0xd4, 'EÃ', 'CA DE'],
  ['ễ', 0xd4, 'eã', 'EA DE'],
  ['Ệ', 0xd6, 'EÄ', 'CA F2'],
  ['ệ', 0xd6, 'eä', 'EA F2'],
  ['Í', 0xdd, 'Í', '49 EC'],
  ['í', 0xdd, 'í', '69 EC'],
  ['Ì', 0xd7, 'Ì', '49 CC'],
  ['ì', 0xd7, 'ì', '69 CC'],
  ['Ỉ', 0xd8, 'Æ', '49 D2'],
  ['ỉ', 0xd8, 'æ', '69 D2'],
  ['Ĩ', 0xdc, 'Ó', '49 DE'],
  ['ĩ', 0xdc, 'ó', '69 DE'],
  ['Ị', 0xde, 'Ò', '49 F2'],
  ['ị', 0xde, 'ò', '69 F2'],
  ['Ó', 0xe3, 'OÙ', '4F EC'],
  ['ó', 0xe3, 'où', '6F EC'],
  ['Ò', 0xdf, 'OØ', '4F CC'],
  ['ò', 0xdf, 'oø', '6F CC'],
  ['Ỏ', 0xe1, 'OÛ', '4F D2'],
  ['ỏ', 0xe1, 'oû', '6F D2'],
  ['Õ', 0xe2, 'OÕ', '4F DE'],
  ['õ', 0xe2, 'oõ', '6F DE'],
  ['Ọ', 0xe4, 'OÏ', '4F F2'],
  ['ọ', 0xe4, 'oï', '6F F2'],
  ['Ô', 0xa4, 'OÂ', 'D4'],
  ['ô', 0xab, 'oâ', 'F4'],
  ['Ố', 0xe8, 'OÁ', 'D4 EC'],
  ['ố', 0xe8, 'oá', 'F4 EC'],
  ['Ồ', 0xe5, 'OÀ', 'D4 CC'],
  ['ồ', 0xe5, 'oà', 'F4 CC'],
  ['Ổ', 0xe6, 'OÅ', 'D4 D2'],
  ['ổ', 0xe6, 'oå', 'F4 D2'],
  ['Ỗ', 0xe7, 'OÃ', 'D4 DE'],
  ['ỗ', 0xe7, 'oã', 'F4 DE'],
  ['Ộ', 0xe9, 'OÄ', 'D4 F2'],
  ['ộ', 0xe9, 'oä', 'F4 F2'],
  ['Ơ', 0xa5, 'Ô', 'D5'],
  ['ơ', 0xac, 'ô', 'F5'],
  ['Ớ', 0xed, 'ÔÙ', 'D5 EC'],
  ['ớ', 0xed, 'ôù', 'F5 EC'],
  ['Ờ', 0xea, 'ÔØ', 'D5 CC'],
  ['ờ', 0xea, 'ôø', 'F5 CC'],
  ['Ở', 0xeb, 'ÔÛ', 'D5 D2'],
  ['ở', 0xeb, 'ôû', 'F5 D2'],
  ['Ỡ', 0xec, 'ÔÕ', 'D5 DE'],
  ['ỡ', 0xec, 'ôõ', 'F5 DE'],
  ['Ợ', 0xee, 'ÔÏ', 'D5 F2'],
  ['ợ', 0xee, 'ôï', 'F5 F2'],
  ['Ú', 0xf3, 'UÙ', '55 EC'],
  ['ú', 0xf3, 'uù', '75 EC'],
  ['Ù', 0xef, 'UØ', '55 CC'],
  ['ù', 0xef, 'uø', '75 CC'],
  ['Ủ', 0xf1, 'UÛ', '55 D2'],
  ['ủ', 0xf1, 'uû', '75 D2'],
  ['Ũ', 0xf2, 'UÕ', '55 DE'],
  ['ũ', 0xf2, 'uõ', '75 DE'],
  ['Ụ', 0xf4, 'UÏ', '55 F2'],
  ['ụ', 0xf4, 'uï', '75 F2'],
  ['Ư', 0xa6, 'Ö', 'DD'],
  ['ư', 0xad, 'ö', 'FD'],
  ['Ứ', 0xf8, 'ÖÙ', 'DD EC'],
  ['ứ', 0xf8, 'öù', 'FD EC'],
  ['Ừ', 0xf5, 'ÖØ', 'DD CC'],
  ['ừ', 0xf5, 'öø', 'FD CC'],
  ['Ử', 0xf6, 'ÖÛ', 'DD D2'],
  ['ử', 0xf6, 'öû', 'FD D2'],
  ['Ữ', 0xf7, 'ÖÕ', 'DD DE'],
  ['ữ', 0xf7, 'öõ', 'FD DE'],
  ['Ự', 0xf9, 'ÖÏ', 'DD F2'],
  ['ự', 0xf9, 'öï', 'FD F2'],
  ['Ý', 0xfd, 'YÙ', '59 EC'],
  ['ý', 0xfd, 'yù', '79 EC'],
  ['Ỳ', 0xfa, 'YØ', '59 CC'],
  ['ỳ', 0xfa, 'yø', '79 CC'],
  ['Ỷ', 0xfb, 'YÛ', '59 D2'],
  ['ỷ', 0xfb, 'yû', '79 D2'],
  ['Ỹ', 0xfc, 'YÕ', '59 DE'],
  ['ỹ', 0xfc, 'yõ', '79 DE'],
  ['Ỵ', 0xfe, 'Î', '59 F2'],
  ['ỵ', 0xfe, 'î', '79 F2'],
];

const isUpper = (c: string) => c !== c.toLowerCase();
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

describe('TCVN3: every letter of Appendix A', () => {
  it.each(APPENDIX_A)('%s ⇄ byte %i', (letter, byte) => {
    const seen = cp1252Char(byte);
    // VN3 has no toned capitals: they decode lowercase unless an all-capitals font drew them
    expect(fromLegacy(seen, 'tcvn3', { upper: isUpper(letter) })).toBe(letter);
    expect(toTcvn3Letter(letter)).toBe(seen);
  });
  it('decodes a toned capital lowercase without the all-capitals font, and an untoned capital as itself', () => {
    for (const [letter, byte] of APPENDIX_A) {
      const decoded = fromLegacy(cp1252Char(byte), 'tcvn3');
      const ownCode = APPENDIX_A.filter(([, b]) => b === byte).length === 1;
      expect(decoded, letter).toBe(ownCode ? letter : letter.toLowerCase());
    }
  });
  it('uses exactly the 74 letter codes of §1.9, and no other byte changes', () => {
    const codes = new Set(APPENDIX_A.map(([, byte]) => cp1252Char(byte)));
    expect([...codes].sort()).toEqual(Object.keys(TCVN3_LETTERS).sort());
    expect(codes.size).toBe(74);
    for (let b = 0x20; b < 0x100; b++) {
      const c = cp1252Char(b);
      if (b !== 0x7f && !codes.has(c)) expect(fromLegacy(c, 'tcvn3'), `byte ${b}`).toBe(c);
    }
  });
});

describe('VNI: every letter of Appendix A', () => {
  it.each(APPENDIX_A)('%s ⇄ %s', (letter, _byte, vni) => {
    expect(fromLegacy(vni, 'vni')).toBe(letter);
    expect(toVniLetter(letter)).toBe(vni);
  });
});

describe('Windows-1258: every letter of Appendix A', () => {
  it.each(APPENDIX_A)('%s ⇄ %s', (letter, _byte, _vni, cp1258) => {
    const bytes = Uint8Array.from(cp1258.split(' ').map((b) => Number.parseInt(b, 16)));
    expect(new TextDecoder('windows-1258').decode(bytes).normalize('NFC')).toBe(letter);
    expect(hex(toWindows1258(letter))).toBe(cp1258);
  });
});

// Every letter in running text, in lower case, title case and capitals, with the punctuation of real documents.
const letters = APPENDIX_A.map(([l]) => l).filter((l) => !isUpper(l));
const SENTENCES = [
  letters.join(' '),
  letters.map((l) => `${l.toUpperCase()}n`).join(' '),
  `“${letters.join('').toUpperCase()}” – Số: 12/QĐ-UBND … ngày 05 tháng 3 năm 2020`,
];

describe('whole texts round-trip', () => {
  it.each(SENTENCES)('VNI: %s', (text) => {
    expect(fromLegacy(toVni(text), 'vni')).toBe(text);
  });
  it.each(SENTENCES)('TCVN3, toned capitals as capital base + lowercase code: %s', (text) => {
    expect(fromLegacy(toTcvn3(text, 'pair'), 'tcvn3')).toBe(text);
  });
  it.each(SENTENCES)('bytes: Windows-1252 view of legacy text ⇄ bytes: %s', (text) => {
    const legacy = toVni(text);
    expect(decodeCp1252(encodeCp1252(legacy))).toBe(legacy);
  });
  it('an all-capitals font makes everything capitals, letters typed in lower case included', () => {
    expect(fromLegacy('céng hßa x· héi chñ nghÜa viÖt nam', 'tcvn3', { upper: true })).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    );
  });
  it('refuses to encode what the encoding lacks instead of dropping it', () => {
    expect(() => toTcvn3('Zürich ✓')).toThrow(RangeError);
    expect(() => toVni('“ok” ✓')).toThrow(RangeError);
    expect(() => encodeCp1252('ơ')).toThrow(RangeError);
  });
});

describe('Windows-1252 view', () => {
  it('maps the 0x80–0x9F row to its symbols (Node 20 decodes windows-1252 as Latin-1)', () => {
    expect(decodeCp1252(Uint8Array.of(0x93, 0x94, 0x96, 0x85, 0x80, 0x81))).toBe('“”–…€\u0081');
  });
  it('folds a symbol font’s private-use characters back to bytes before decoding', () => {
    expect(fromLegacy('C\uF0E9ng ho\uF0B5', 'tcvn3')).toBe('Cộng hoà');
  });
});
