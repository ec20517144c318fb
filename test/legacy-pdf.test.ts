// PDFs whose text layer is in a legacy Vietnamese font (fixtures/legacy-pdf/, made by
// scripts/make-legacy-pdf-fixtures.ts): each gives exactly the facts of the Unicode seed PDF, says what
// it converted, and is read from its text layer, not by OCR. Unicode PDFs convert nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../output/schema.js';
import { type DrawnGlyph, drawnTexts } from '../pipeline/ingest/pdf/drawn-text.js';
import { decodeLegacyItems, type LegacyItem, legacyFamily } from '../pipeline/ingest/pdf/legacy-runs.js';
import { encodingFacts, runOk } from './facts.js';

const SEEDS = 'fixtures/seeds';
const LEGACY = 'fixtures/legacy-pdf';
const WARNING = 'legacy-encoding-converted';

/** What each kind of fixture must report. */
const KINDS: Record<string, { encodings?: string[]; fonts?: string[] }> = {
  vntime: { encodings: ['tcvn3'], fonts: ['.VnTime', '.VnTimeH'] },
  mixed: { encodings: ['tcvn3'], fonts: ['.VnTime', '.VnTimeH'] },
  fontless: { encodings: ['tcvn3'], fonts: [] },
  vni: { encodings: ['vni'], fonts: ['VNI-Times'] },
  'unicode-vntime': {},
};

const facts = encodingFacts;
const run = runOk;
const seedResults = new Map<string, Promise<ExtractionResult>>();
const seedResult = (id: string) => {
  const path = join(SEEDS, `${id}.pdf`);
  return seedResults.get(path) ?? seedResults.set(path, run(path)).get(path)!;
};

const fixtures = readdirSync(LEGACY)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => {
    const [id, kind] = f.slice(0, -4).split('.') as [string, string];
    return [f, id, kind] as const;
  });
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.slice(0, -4));

describe('legacy-font PDFs give the Unicode seed’s facts', () => {
  it('cover every kind, two seeds in .VnTime', () => {
    expect(new Set(fixtures.map(([, , kind]) => kind))).toEqual(new Set(Object.keys(KINDS)));
    expect(fixtures.filter(([, , kind]) => kind === 'vntime').length).toBeGreaterThanOrEqual(2);
  });

  it.each(fixtures)('%s', async (file, id, kind) => {
    const [legacy, seed] = await Promise.all([run(join(LEGACY, file)), seedResult(id)]);
    expect(facts(legacy)).toEqual(facts(seed));
    const { encodings, fonts } = KINDS[kind]!;
    expect(legacy.source.encodings).toEqual(encodings);
    expect(legacy.source.ocr).toBeUndefined();
    const said = legacy.warnings.filter((w) => w.code === WARNING);
    expect(said.length).toBe(encodings ? 1 : 0);
    for (const font of fonts ?? []) expect(said[0]!.message).toContain(font);
    if (fonts?.length === 0) expect(said[0]!.message).not.toContain('font');
  });

  it('keeps Unicode text drawn in a font named .VnTime as it is', async () => {
    const r = await run(join(LEGACY, '002_9f03f7d026056359.unicode-vntime.pdf'));
    expect(r.text).toContain('Nhiệt độ phòng họp giữ ở 25°C ± 2°C');
  });

  it.each(seeds)('the Unicode seed %s.pdf converts nothing', async (id) => {
    const seed = await seedResult(id);
    expect(seed.source.encodings).toBeUndefined();
    expect(seed.warnings.filter((w) => w.code === WARNING)).toEqual([]);
  });
});

describe('legacyFamily: the family a PDF font name stands for', () => {
  it.each([
    ['BAAAAA+.VnTimeH-Bold', '.VnTimeH'],
    ['.VnTime,BoldItalic', '.VnTime'],
    ['.VnTimeH,Bold', '.VnTimeH'],
    ['ABCDEF+.VnArial NarrowH', '.VnArial NarrowH'],
    ['VNI-Times-Bold', 'VNI-Times'],
    ['CAAAAA+VNI-Helve-Condense', 'VNI-Helve-Condense'],
    // not legacy fonts
    ['TimesNewRomanPS-BoldMT', null],
    ['BAAAAA+LiberationSerif-Bold', null],
    ['VnTime', null],
    ['F1', null],
    [null, null],
  ])('%s → %s', (font, family) => {
    expect(legacyFamily(font)).toBe(family);
  });
});

/** Items of one line each, unless `y` says otherwise. */
const items = (font: string | null, ...strs: string[]): LegacyItem[] =>
  strs.map((str, i) => ({ str, page: 0, y: 700 - 20 * i, size: 12, font }));
const decoded = (list: LegacyItem[]) => {
  const { texts } = decodeLegacyItems(list);
  return texts.map((t, i) => t ?? list[i]!.str);
};
const TCVN3_BODY = [
  'Ngµy 10/3/2023, t¹i Héi tr­êng UBND huyÖn B×nh S¬n, ®ång chÝ Chñ tÞch UBND huyÖn chñ tr× Héi nghÞ',
  'tæng kÕt c«ng t¸c thi ®ua, khen th­ëng n¨m 2022 vµ ph¸t ®éng phong trµo thi ®ua n¨m 2023.',
];

describe('decodeLegacyItems: the font narrows, the characters decide', () => {
  it.each([
    [
      'a .VnTime item',
      items('DAAAAA+.VnTime', 'Céng hoµ x· héi chñ nghÜa ViÖt Nam'),
      ['Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ],
    ['a .VnTimeH item: lowercase codes, capitals drawn', items('BAAAAA+.VnTimeH-Bold', 'th«ng b¸o'), ['THÔNG BÁO']],
    ['pdfjs’s μ is TCVN3’s µ (à)', items('.VnTime', 'vμ ngμy'), ['và ngày']],
    ['a VNI-Times item', items('VNI-Times', 'Coäng hoøa xaõ hoäi'), ['Cộng hòa xã hội']],
    [
      'TCVN3 in a font named F1: the statistics',
      items('F1', ...TCVN3_BODY),
      [
        'Ngày 10/3/2023, tại Hội trường UBND huyện Bình Sơn, đồng chí Chủ tịch UBND huyện chủ trì Hội nghị',
        'tổng kết công tác thi đua, khen thưởng năm 2022 và phát động phong trào thi đua năm 2023.',
      ],
    ],
  ])('%s', (_, list, want) => {
    expect(decoded(list)).toEqual(want);
  });

  it('converts each item of a run apart, keeping their number (positions stay with them)', () => {
    const line = [
      { str: 'KÕt luËn cña ®ång chÝ NguyÔn T', page: 0, y: 600, size: 14, font: '.VnTime-Bold' },
      { str: '­êng Duy', page: 0, y: 600.2, size: 14, font: '.VnTime-Bold' },
    ];
    expect(decoded(line)).toEqual(['Kết luận của đồng chí Nguyễn T', 'ường Duy']);
  });

  it.each([
    ['legacy text in the font', ['huyÖn b×nh', 'son'], ['HUYỆN BÌNH', 'SON']],
    ['only Unicode text in the font', ['huyện Bình', 'son'], ['huyện Bình', 'son']],
  ])('capitals an ASCII .VnTimeH item when %s', (_, strs, want) => {
    expect(decoded(items('.VnTimeH', ...strs))).toEqual(want);
  });

  it.each([
    ['Unicode text in a font named .VnTime', items('.VnTime', 'Nhiệt độ giữ ở 25°C ± 2°C', 'Cộng hòa xã hội')],
    ['Unicode text in F1 with °, ± and «»', items('F1', 'Nhiệt độ phòng 25°C ± 2°C; mục «Ghi chú» để trống')],
    ['French in Times', items('TimesNewRomanPSMT', 'L’élève a reçu «le prix» à Noël, 3° édition, §2')],
    ['a font named VnTime (not a TCVN3 name) with Latin-1 text', items('VnTime', 'Café «crème» ± 5°')],
    ['a Greek μ in Unicode text', items('F1', 'Độ dày 5 μm theo tiêu chuẩn')],
  ])('keeps %s', (_, list) => {
    const { texts, conversions } = decodeLegacyItems(list);
    expect(texts.every((t) => t === undefined)).toBe(true);
    expect(conversions).toEqual([]);
  });
});

const g = (unicode: string, originalCharCode = unicode.charCodeAt(0)): DrawnGlyph => ({
  unicode,
  originalCharCode,
  width: 500,
});
/** Glyphs of one text operator each time the text has a "|" (the next glyph starts an operator). */
const glyphs = (text: string): DrawnGlyph[] =>
  text.split('|').flatMap((op) => [...op].map((c, i) => ({ ...g(c), ...(i === 0 && { opStart: true }) })));
const AD = '\u00AD';

describe('drawnTexts: what pdfjs’s text content lost', () => {
  it.each([
    ['a soft hyphen (TCVN3 ư) dropped inside a word', ['Têng'], glyphs(`T${AD}êng`), [`T${AD}êng`]],
    ['one before a space', ['nh ®ã'], glyphs(`nh${AD} ®ã`), [`nh${AD} ®ã`]],
    ['one starting an item', ['u tiªn'], glyphs(`${AD}u tiªn`), [`${AD}u tiªn`]],
    ['code 0xAD read as WinAnsi’s hyphen', ['T-êng'], [g('T'), g('-', 0xad), ...glyphs('êng')], [`T${AD}êng`]],
    ['a real hyphen stays', ['tb-ubnd'], glyphs('tb-ubnd'), [undefined]],
    ['items in order', ['Tr', 'êng th', 'ëng'], glyphs(`Tr${AD}êng th${AD}ëng`), [`Tr${AD}`, `êng th${AD}`, undefined]],
    ['glyphs the text left out, then a lost one', ['ab', 'tha'], glyphs(`abXYth${AD}a`), [undefined, `th${AD}a`]],
    ['text the glyphs do not have', ['xyz'], glyphs(`T${AD}êng`), [undefined]],
    ['NFKC in the text content (µ shown as μ)', ['vμ'], glyphs('vµ'), [undefined]],
    // where the next operator places its glyphs, pdfjs saw the skipped advance as a gap
    [
      'the space pdfjs wrote for the skipped advance goes',
      ['khen th ëng ”'],
      glyphs(`khen th${AD}|ëng |”`),
      [`khen th${AD}ëng ”`],
    ],
    ['a space between words of one operator stays', ['nh vËy'], glyphs(`nh${AD}vËy`), [`nh${AD} vËy`]],
  ])('%s', (_, strs, drawn, want) => {
    expect(drawnTexts(strs, drawn).map((d) => d?.text)).toEqual(want);
  });

  it.each([
    ['an item ending short of a lost glyph', ['th'], glyphs(`th${AD}|ëng`), 0.5],
    ['two lost in one operator', ['Têng thëng'], glyphs(`T${AD}êng th${AD}ëng`), 1],
    ['the next operator caught up inside the item', ['th ëng'], glyphs(`th${AD}|ëng`), 0],
  ])('reports the advance missing from the item’s width: %s', (_, strs, drawn, lost) => {
    expect(drawnTexts(strs, drawn)[0]?.lostWidth).toBe(lost);
  });
});
