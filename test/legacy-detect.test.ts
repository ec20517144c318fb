// Detection of TCVN3/VNI text read as Windows-1252 (reference §1.7): rows that must fire and rows that must not.
import { describe, expect, it } from 'vitest';
import { contradicts, detectFromStats, hasMarkers, legacyStats } from '../pipeline/ingest/legacy/detect.js';
import { toTcvn3, toVni } from '../pipeline/ingest/legacy/encode.js';
import { detectLegacy, hasLegacyHint } from '../pipeline/ingest/legacy/index.js';
import { notVietnameseReason } from '../pipeline/language.js';

const VI = [
  'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tổ chức thực hiện nghiêm túc Quyết định số 45/QĐ-UBND ngày 12 tháng 3 năm 2019 về việc tăng cường công tác phòng chống lụt bão.',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 218/TTr-SNV.',
  'Thường trực Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở quán triệt và triển khai đến toàn thể cán bộ, đảng viên, người lao động.',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc – “Tuổi trẻ sáng tạo” năm học 2003 - 2004',
];
const cp1252 = (text: string) => new TextDecoder('latin1').decode(Buffer.from(text, 'utf8'));

describe('detectLegacy fires on legacy text', () => {
  it.each<readonly [string, string, 'tcvn3' | 'vni']>([
    ...VI.map((t) => [`TCVN3: ${t.slice(0, 30)}…`, toTcvn3(t, 'pair'), 'tcvn3'] as const),
    ...VI.map((t) => [`TCVN3 in an all-capitals font: ${t.slice(0, 20)}…`, toTcvn3(t.toLowerCase()), 'tcvn3'] as const),
    ...VI.map((t) => [`VNI: ${t.slice(0, 30)}…`, toVni(t), 'vni'] as const),
    [
      'the reference sample',
      'Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc sè 76-Q§/TW ngµy 15/6/2000',
      'tcvn3',
    ],
    [
      'an extract with ư already lost',
      'bé tµi chÝnh  céng hoµ x· héi chñ nghÜa ViÖt nam / Hµ néi, ngµy 22 th¸ng 11 n¨m 2002 / quyÕt ®Þnh cña bé trëng',
      'tcvn3',
    ],
    [
      'VNI sample',
      'Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam Ñoäc laäp - Töï do - Haïnh phuùc Thuû töôùng Chính phuû',
      'vni',
    ],
  ])('%s', (_name, text, encoding) => {
    expect(detectLegacy(text)).toBe(encoding);
    expect(hasLegacyHint(text)).toBe(true);
  });
});

describe('detectLegacy stays silent', () => {
  it.each<readonly [string, string]>([
    ...VI.map((t) => [`Unicode NFC: ${t.slice(0, 30)}…`, t] as const),
    ...VI.map((t) => [`Unicode NFD: ${t.slice(0, 30)}…`, t.normalize('NFD')] as const),
    [
      'English',
      'The provincial committee requests all departments to implement the decision strictly and report by March.',
    ],
    [
      'French',
      "L'élève à Noël où il était né, naïve et gaie, lit « Les Misérables » près de la forêt, où règne l'été.",
    ],
    [
      'German',
      'Die Größe der Schöße über dem Flüsschen wächst; Müller äußert Bedenken gegenüber den Behörden in München.',
    ],
    ['Spanish', 'El niño español comió piña en la montaña; también añadió que la canción fue compuesta por él.'],
    ['Portuguese', 'A população não pôde votar nas eleições; as informações são públicas e estão disponíveis.'],
    ['a short TCVN3 string', 'Céng hoµ x· héi'],
    ['a TCVN3 word', 'ViÖt Nam'],
    ['numbers and codes', '12/2020/NĐ-CP 15.000.000 đồng 30°C § 4 © 2021 ½'],
    ['Unicode with stray symbols', `${VI[0]} « ${VI[1]} » 30°C §2 ©`],
    ['UTF-8 read as Windows-1252 (mojibake)', cp1252(VI[0]!) + cp1252(VI[1]!)],
    ['empty', ''],
  ])('%s', (_name, text) => {
    expect(detectLegacy(text)).toBeNull();
  });
});

describe('statistics', () => {
  it('tell Windows-1258 read as Windows-1252 apart (for bytes only: parsers never hand it over so)', () => {
    const cp1258 = new TextDecoder('latin1').decode(
      Uint8Array.from(Buffer.from('Côòng hoaÌ xaÞ hôòi chuÒ nghiÞa Viêòt Nam, ðôòc lâòp týò do haònh phuìc', 'latin1')),
    );
    expect(detectFromStats(legacyStats(cp1258))).toBe('windows-1258');
  });
  it('count VNI letter pairs only where the base takes the mark ("oë" is no VNI letter)', () => {
    expect(legacyStats('aù oá ôù uï').vni).toBe(4);
    expect(legacyStats('Noël élève').vni).toBe(0);
    expect(legacyStats('Noël élève').vniOrphans).toBe(3);
  });
});

describe('per-run evidence', () => {
  it.each([
    ['tcvn3', 'ViÖt', true, false],
    ['tcvn3', 'ng\u00adêi', true, false],
    ['tcvn3', 'Sè', false, false],
    ['tcvn3', 'và các', false, true],
    ['tcvn3', 'Các phòng', false, false],
    ['vni', 'Vieät', true, false],
    ['vni', 'ñoàng', true, false],
    ['vni', 'Chí', false, false],
    ['vni', 'Các', false, true],
    ['vni', 'élève', false, true],
  ] as const)('%s: "%s" has markers %s, contradicts %s', (encoding, text, markers, contra) => {
    expect(hasMarkers(text, encoding)).toBe(markers);
    expect(contradicts(text, encoding)).toBe(contra);
  });
});

describe('notVietnameseReason', () => {
  const long = (s: string) => Array(6).fill(s).join(' ');
  it.each([
    ['Unicode Vietnamese', long(VI.join(' ')), null],
    [
      'English',
      long('The provincial committee requests all departments to implement the decision strictly.'),
      /another language/,
    ],
    ['TCVN3 a reader did not convert', long(toTcvn3(VI.join(' '), 'pair')), /legacy TCVN3/],
    ['VNI a reader did not convert', long(toVni(VI.join(' '))), /legacy VNI/],
  ])('%s', (_name, text, reason) => {
    const got = notVietnameseReason(text);
    if (reason === null) expect(got).toBeNull();
    else expect(got).toMatch(reason);
  });
});
