// .docx runs in legacy fonts: the font of each run, wherever Word put it (run, character style,
// paragraph style, document defaults), decides with the characters which runs are converted.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../pipeline/ingest/docx.js';
import { toTcvn3, toVni } from '../pipeline/ingest/legacy/encode.js';
import { para, wordZip } from './ingest-docx.helpers.js';

const SENTENCE = 'Ủy ban nhân dân huyện đề nghị các xã thực hiện Quyết định số 45/QĐ-UBND ngày 12/3/2019.';
const TCVN3 = toTcvn3(SENTENCE, 'pair');

const fonts = (ascii?: string, hAnsi = ascii) =>
  ascii === undefined ? '' : `<w:rFonts w:ascii="${ascii}" w:hAnsi="${hAnsi}" w:cs="${ascii}"/>`;
const run = (text: string, rPr = '') => `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const style = (id: string, rPr: string, extra = '', type = 'paragraph') =>
  `<w:style w:type="${type}" w:styleId="${id}">${extra}<w:rPr>${rPr}</w:rPr></w:style>`;
const defaults = (rPr: string) => `<w:docDefaults><w:rPrDefault><w:rPr>${rPr}</w:rPr></w:rPrDefault></w:docDefaults>`;

interface Row {
  body: string;
  styles?: string;
  text: string;
  warning?: string;
}

const ROWS: Record<string, Row> = {
  'runs in .VnTime and .VnTimeH (typed in lower case)': {
    body: para(run('ñy ban nh©n d©n', fonts('.VnTimeH'))) + para(run(TCVN3, fonts('.VnTime'))),
    text: `ỦY BAN NHÂN DÂN\n${SENTENCE}`,
    warning: 'converted 2 runs from TCVN3 (fonts .VnTimeH, .VnTime) to Unicode',
  },
  'the paragraph style’s font': {
    body: para(run('céng hßa x· héi chñ nghÜa viÖt nam'), '<w:pStyle w:val="Caps"/>') + para(run(TCVN3)),
    styles:
      style('Caps', fonts('.VnTimeH')) +
      style('Normal', fonts('.VnTime')).replace('w:styleId', 'w:default="1" w:styleId'),
    text: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${SENTENCE}`,
    warning: 'converted 2 runs from TCVN3 (fonts .VnTimeH, .VnTime) to Unicode',
  },
  'the document defaults’ font': {
    body: para(run(TCVN3)),
    styles: defaults(fonts('.VnTime')),
    text: SENTENCE,
    warning: 'converted 1 run from TCVN3 (font .VnTime) to Unicode',
  },
  'a character style based on another': {
    body: para(run('Sè', '<w:rStyle w:val="Old"/>') + run(' 45')),
    styles:
      style('Base', fonts('.VnTime'), '', 'character') + style('Old', '', '<w:basedOn w:val="Base"/>', 'character'),
    text: 'Số 45',
    warning: 'converted 1 run from TCVN3 (font .VnTime) to Unicode',
  },
  'the high-ANSI font alone (the letters are high-ANSI characters)': {
    body: para(run('Sè', fonts('Times New Roman', '.VnTime'))),
    text: 'Số',
    warning: 'converted 1 run from TCVN3 (font .VnTime) to Unicode',
  },
  'a run’s own font over its style’s': {
    body: para(run('Các phòng ban', fonts('Times New Roman'))),
    styles: defaults(fonts('.VnTime')),
    text: 'Các phòng ban',
  },
  'a theme font over the name beside it': {
    body: para(
      run('Các phòng ban', '<w:rFonts w:ascii=".VnTime" w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>'),
    ),
    text: 'Các phòng ban',
  },
  'Unicode text that kept its .VnTime declaration': {
    body:
      para(run(SENTENCE, fonts('.VnTime'))) +
      para(run('Phan Chí Hùng', fonts('.VnTime'))) +
      para(run(SENTENCE, fonts('.VnTime'))),
    text: `${SENTENCE}\nPhan Chí Hùng\n${SENTENCE}`,
  },
  'a VNI-Times run': {
    body: para(run(toVni(SENTENCE), fonts('VNI-Times'))),
    text: SENTENCE,
    warning: 'converted 1 run from VNI (font VNI-Times) to Unicode',
  },
  'a word split over runs of one font': {
    body: para(run('Q', fonts('.VnTime')) + run('§-UBND ngµy', fonts('.VnTime'))),
    text: 'QĐ-UBND ngày',
    warning: 'converted 1 run from TCVN3 (font .VnTime) to Unicode',
  },
  'Unicode and TCVN3 runs in one paragraph': {
    body: para(run('Căn cứ ', fonts('Times New Roman')) + run(TCVN3, fonts('.VnTime')) + run(' – hết hiệu lực.')),
    text: `Căn cứ ${SENTENCE} – hết hiệu lực.`,
    warning: 'converted 1 run from TCVN3 (font .VnTime) to Unicode',
  },
  'a symbol font’s private-use characters': {
    body: para(run('C\uF0E9ng ho\uF0B5 x\uF0B7 h\uF0E9i', fonts('.VnTime'))),
    text: 'Cộng hoà xã hội',
    warning: 'converted 1 run from TCVN3 (font .VnTime) to Unicode',
  },
  'TCVN3 pasted without its font': {
    body: para(run(TCVN3)) + para(run(toTcvn3('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))),
    text: `${SENTENCE}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    warning: 'converted 2 lines from TCVN3 to Unicode',
  },
  'a Unicode document': {
    body: para(run(SENTENCE, fonts('Times New Roman'))) + para(run('Nhiệt độ 30°C, điều 5 § 2 «trích»')),
    text: `${SENTENCE}\nNhiệt độ 30°C, điều 5 § 2 «trích»`,
  },
};

describe('readDocx converts legacy-font runs', () => {
  it.each(Object.entries(ROWS))('%s', async (_name, row) => {
    const read = await readDocx(wordZip(row.body, { styles: row.styles }));
    expect(read.text).toBe(`${row.text}\n`);
    const converted = read.warnings.filter((w) => w.code === 'legacy-encoding-converted').map((w) => w.message);
    expect(converted).toEqual(row.warning ? [row.warning] : []);
    expect(read.encodings).toEqual(row.warning ? [row.warning.includes('VNI') ? 'vni' : 'tcvn3'] : undefined);
  });
});
