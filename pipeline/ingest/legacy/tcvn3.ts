/**
 * TCVN3 (TCVN 5712:1993 VN3, "ABC", fonts .VnTime/.VnTimeH) read as Windows-1252: every
 * non-ASCII letter code → its Unicode letter (reference vietnamese-text.md §1.9, checked
 * against glibc iconv TCVN5712-1). VN3 has no uppercase toned letters: they share the
 * lowercase code and an all-capitals font (.VnTimeH) draws them.
 */
export const TCVN3_LETTERS: Readonly<Record<string, string>> = {
  '¡': 'Ă',
  '¢': 'Â',
  '£': 'Ê',
  '¤': 'Ô',
  '¥': 'Ơ',
  '¦': 'Ư',
  '§': 'Đ',
  '¨': 'ă',
  '©': 'â',
  ª: 'ê',
  '«': 'ô',
  '¬': 'ơ',
  '\u00AD': 'ư', // soft hyphen as Windows-1252 shows it: invisible, so never strip it before decoding
  '®': 'đ',
  µ: 'à',
  '¶': 'ả',
  '·': 'ã',
  '¸': 'á',
  '¹': 'ạ',
  '»': 'ằ',
  '¼': 'ẳ',
  '½': 'ẵ',
  '¾': 'ắ',
  Æ: 'ặ',
  Ç: 'ầ',
  È: 'ẩ',
  É: 'ẫ',
  Ê: 'ấ',
  Ë: 'ậ',
  Ì: 'è',
  Î: 'ẻ',
  Ï: 'ẽ',
  Ð: 'é',
  Ñ: 'ẹ',
  Ò: 'ề',
  Ó: 'ể',
  Ô: 'ễ',
  Õ: 'ế',
  Ö: 'ệ',
  '×': 'ì',
  Ø: 'ỉ',
  Ü: 'ĩ',
  Ý: 'í',
  Þ: 'ị',
  ß: 'ò',
  á: 'ỏ',
  â: 'õ',
  ã: 'ó',
  ä: 'ọ',
  å: 'ồ',
  æ: 'ổ',
  ç: 'ỗ',
  è: 'ố',
  é: 'ộ',
  ê: 'ờ',
  ë: 'ở',
  ì: 'ỡ',
  í: 'ớ',
  î: 'ợ',
  ï: 'ù',
  ñ: 'ủ',
  ò: 'ũ',
  ó: 'ú',
  ô: 'ụ',
  õ: 'ừ',
  ö: 'ử',
  '÷': 'ữ',
  ø: 'ứ',
  ù: 'ự',
  ú: 'ỳ',
  û: 'ỷ',
  ü: 'ỹ',
  ý: 'ý',
  þ: 'ỵ',
};

const DECODE: string[] = [];
for (const [seen, letter] of Object.entries(TCVN3_LETTERS)) DECODE[seen.charCodeAt(0)] = letter;

/** Letters only, case as coded; every other character is kept. */
export function decodeTcvn3Letters(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa1 || c > 0xfe) continue;
    const letter = DECODE[c];
    if (letter === undefined) continue;
    out += text.slice(from, i) + letter;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
