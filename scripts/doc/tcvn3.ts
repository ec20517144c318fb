/**
 * Retypes a .docx the way a 1990s–2000s office typed it with the ABC keyboard: every run in .VnTime
 * with TCVN3 codes (as Windows shows them: "Céng hoµ"), and what TCVN3 has no code for — capitals with a
 * tone mark — typed as the lowercase code in the all-capitals font .VnTimeH. Runs wholly in capitals
 * (the letterhead, the document type) are set in .VnTimeH throughout, every other one typed in lowercase
 * and left to the font to capitalise. The table is written out here from the TCVN 5712:1993 VN3 chart,
 * apart from the pipeline's decoder, so the fixture checks it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// Unicode letter → VN3 byte, as the byte's Windows-1252 character. Pairs: "letter code".
const VN3 =
  'Ă¡ Â¢ Ê£ Ô¤ Ơ¥ Ư¦ Đ§ ă¨ â© êª ô« ơ¬ ư\u00ad đ® àµ ả¶ ã· á¸ ạ¹ ằ» ẳ¼ ẵ½ ắ¾ ặÆ ầÇ ẩÈ ẫÉ ấÊ ậË èÌ ẻÎ ẽÏ éÐ ẹÑ ' +
  'ềÒ ểÓ ễÔ ếÕ ệÖ ì× ỉØ ĩÜ íÝ ịÞ òß ỏá õâ óã ọä ồå ổæ ỗç ốè ộé ờê ởë ỡì ớí ợî ùï ủñ ũò úó ụô ừõ ửö ữ÷ ứø ựù ỳú ỷû ỹü ýý ỵþ';
const CODE = new Map(VN3.split(' ').map((pair) => [pair[0]!, pair[1]!]));

/** A stretch of retyped text and whether it needs the capitals font. */
export interface Typed {
  text: string;
  upper: boolean;
}

const code = (ch: string) => CODE.get(ch) ?? CODE.get(ch.toLowerCase()) ?? ch;
// every letter has a code but the capitals with a mark (Ấ, Ủ …) other than Ă Â Ê Ô Ơ Ư Đ
const hasCode = (ch: string) => CODE.has(ch) || /[A-Z]/.test(ch) || !/\p{Lu}/u.test(ch);

/** TCVN3 typing of one run's text; `lowercaseCaps` types an all-capitals run in lowercase. */
export function typeTcvn3(text: string, lowercaseCaps: boolean): Typed[] {
  const nfc = text.normalize('NFC');
  if (/\p{L}/u.test(nfc) && nfc === nfc.toUpperCase()) {
    const typed = lowercaseCaps ? nfc.toLowerCase() : nfc;
    return [{ text: [...typed].map(code).join(''), upper: true }];
  }
  const out: Typed[] = [];
  for (const ch of nfc) {
    const upper = !hasCode(ch);
    const last = out[out.length - 1];
    if (last && last.upper === upper) last.text += code(ch);
    else out.push({ text: code(ch), upper });
  }
  return out;
}

const RUN = /<w:r>(<w:rPr>.*?<\/w:rPr>)((?:<w:br\/>)?)<w:t xml:space="preserve">(.*?)<\/w:t><\/w:r>/g;
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const withFont = (rPr: string, font: string) => rPr.replace(/(w:(?:ascii|cs|eastAsia|hAnsi)=)"[^"]*"/g, `$1"${font}"`);

export interface RetypeOptions {
  /** which runs (by index) are retyped; the others stay Unicode. Default: all */
  runs?: (index: number) => boolean;
  /** keep the runs' Unicode font (Times New Roman) instead of .VnTime/.VnTimeH: only the characters tell */
  keepFont?: boolean;
}

/** The .docx with its body retyped in TCVN3 (.VnTime / .VnTimeH runs). */
export function retypeDocx(docx: Uint8Array, opts: RetypeOptions = {}): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  let n = 0;
  let retypedRuns = 0;
  const retyped = xml.replace(RUN, (whole: string, rPr: string, br: string, text: string) => {
    const index = n++;
    if (opts.runs && !opts.runs(index)) return whole;
    retypedRuns++;
    // without the capitals font to draw them, capitals are typed as capitals where TCVN3 can
    const lowercaseCaps = !opts.keepFont && index % 2 === 0;
    return typeTcvn3(unescapeXml(text), lowercaseCaps)
      .map((t, i) => {
        const props = opts.keepFont ? rPr : withFont(rPr, t.upper ? '.VnTimeH' : '.VnTime');
        return `<w:r>${props}${i === 0 ? br : ''}<w:t xml:space="preserve">${escapeXml(t.text)}</w:t></w:r>`;
      })
      .join('');
  });
  if (retypedRuns === 0) throw new Error('no text runs found to retype');
  files['word/document.xml'] = strToU8(retyped);
  return zipSync(files);
}
