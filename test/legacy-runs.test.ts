// Mixed text: which runs and lines are converted, and how TCVN3 capitals are restored without a font.
import { describe, expect, it } from 'vitest';
import { toTcvn3, toVni } from '../pipeline/ingest/legacy/encode.js';
import { conversionWarnings, decodeLegacyRuns, decodeLegacyText, fromLegacy } from '../pipeline/ingest/legacy/index.js';

const SENTENCE =
  'Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị tổ chức thực hiện nghiêm túc Chỉ thị số 12/CT-UBND.';
const OTHER =
  'Căn cứ Nghị quyết số 07/NQ-HĐND ngày 20 tháng 12 năm 2022 của Hội đồng nhân dân tỉnh về nhiệm vụ năm 2023.';

describe('TCVN3 capitals without the font', () => {
  it.each([
    ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['ñY BAN NH¢N D¢N HUYÖN', 'ỦY BAN NHÂN DÂN HUYỆN'],
    ['QUYÕT §ÞNH', 'QUYẾT ĐỊNH'],
    ['VÒ VIÖC TæNG KÕT', 'VỀ VIỆC TỔNG KẾT'],
    ['Uñy ban nh©n d©n', 'Ủy ban nhân dân'],
    ['¢Êp B¾c', 'Ấp Bắc'],
    ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
    ['Sè: 03/CT-UBND', 'Số: 03/CT-UBND'],
    ['Sè 05/UBND-VP', 'Số 05/UBND-VP'],
    // a header line typed with caps lock: every word shows its capitals only through its neighbours
    ['Së Y TÕ', 'SỞ Y TẾ'],
    ['Bé N¤NG NGHIÖP', 'BỘ NÔNG NGHIỆP'],
    ['X· T¢N PHó', 'XÃ TÂN PHÚ'],
    ['Sè 12-CT/HU', 'Số 12-CT/HU'],
    ['Bé GD&§T tæ chøc', 'Bộ GD&ĐT tổ chức'],
    ['Hµ Néi, ngµy 05 th¸ng 3 n¨m 2020', 'Hà Nội, ngày 05 tháng 3 năm 2020'],
    ['TP. Hå ChÝ Minh', 'TP. Hồ Chí Minh'],
    ['UBND x· §«ng Hµ', 'UBND xã Đông Hà'],
    ['CHñ TÞCH\tX· ®«ng', 'CHỦ TỊCH\tXã đông'],
  ])('%s → %s', (legacy, unicode) => {
    expect(fromLegacy(legacy, 'tcvn3')).toBe(unicode);
  });
});

describe('decodeLegacyRuns', () => {
  const tcvn3 = toTcvn3(SENTENCE, 'pair');
  it.each([
    ['a .VnTime run', [{ text: tcvn3, font: '.VnTime' }], [SENTENCE]],
    ['a VNI-Times run', [{ text: toVni(SENTENCE), font: 'VNI-Times' }], [SENTENCE]],
    [
      'a .VnTimeH run typed in lower case, ASCII-only runs in it too',
      [
        { text: 'ñy ban nh©n d©n', font: '.VnTimeH' },
        { text: ' huyen ', font: '.VnTimeH' },
        { text: 'Sè 12', font: '.VnTime' },
      ],
      ['ỦY BAN NHÂN DÂN', ' HUYEN ', 'Số 12'],
    ],
    [
      'Unicode runs beside TCVN3 runs',
      [{ text: OTHER }, { text: tcvn3, font: '.VnTime' }, { text: OTHER, font: 'Times New Roman' }],
      [OTHER, SENTENCE, OTHER],
    ],
    ['Unicode text that kept its .VnTime declaration', [{ text: OTHER, font: '.VnTime' }], [OTHER]],
    [
      'a font run with shared letters only, among Unicode runs that kept the font',
      [
        { text: OTHER, font: '.VnTime' },
        { text: 'Phan Chí Hùng', font: '.VnTime' },
        { text: OTHER, font: '.VnTime' },
      ],
      [OTHER, 'Phan Chí Hùng', OTHER],
    ],
    ['a font run with shared letters only, alone: the font decides', [{ text: 'Sè', font: '.VnTime' }], ['Số']],
    [
      'TCVN3 pasted without its font among Unicode lines',
      [{ text: OTHER }, { text: tcvn3 }, { text: toTcvn3(OTHER, 'pair') }, { text: OTHER }],
      [OTHER, SENTENCE, OTHER, OTHER],
    ],
    [
      'an undecided line between TCVN3 lines',
      [{ text: tcvn3 }, { text: 'Sè: 45/Q§-UBND' }, { text: 'Phan ChÝ Hïng' }, { text: tcvn3 }],
      [SENTENCE, 'Số: 45/QĐ-UBND', 'Phan Chí Hùng', SENTENCE],
    ],
    [
      'an undecided line between Unicode lines stays',
      [{ text: OTHER }, { text: 'Phan Chí Hùng' }, { text: OTHER }, { text: tcvn3 }, { text: toTcvn3(OTHER, 'pair') }],
      [OTHER, 'Phan Chí Hùng', OTHER, SENTENCE, OTHER],
    ],
    [
      'on a border, the likelier syllables win both ways',
      [
        { text: 'Sè: 12/CT-UBND' },
        { text: OTHER },
        { text: tcvn3 },
        { text: toTcvn3(OTHER, 'pair') },
        { text: 'Phan Chí Hùng' },
      ],
      ['Số: 12/CT-UBND', OTHER, SENTENCE, OTHER, 'Phan Chí Hùng'],
    ],
    [
      'English and French lines are left alone',
      [{ text: 'Report, 2021' }, { text: "L'élève à Noël" }],
      ['Report, 2021', "L'élève à Noël"],
    ],
  ])('%s', (_name, runs, expected) => {
    expect(decodeLegacyRuns(runs).texts).toEqual(expected);
  });

  it('reports what it converted, per encoding and font', () => {
    const { conversions } = decodeLegacyRuns([
      { text: 'ñy ban', font: '.VnTimeH' },
      { text: toTcvn3(SENTENCE, 'pair'), font: '.VnTime' },
      { text: OTHER },
      { text: toVni(OTHER), font: 'VNI-Times' },
    ]);
    expect(conversionWarnings(conversions, 'runs')).toEqual([
      {
        code: 'legacy-encoding-converted',
        message: 'converted 2 runs from TCVN3 (fonts .VnTimeH, .VnTime) to Unicode',
      },
      { code: 'legacy-encoding-converted', message: 'converted 1 run from VNI (font VNI-Times) to Unicode' },
    ]);
  });
});

describe('decodeLegacyText', () => {
  it('converts legacy lines pasted into Unicode text and says so', () => {
    const text = [OTHER, toTcvn3(SENTENCE, 'pair'), '', toTcvn3(OTHER, 'pair')].join('\n');
    expect(decodeLegacyText(text)).toEqual({
      text: [OTHER, SENTENCE, '', OTHER].join('\n'),
      encodings: ['tcvn3'],
      warnings: [{ code: 'legacy-encoding-converted', message: 'converted 2 lines from TCVN3 to Unicode' }],
    });
  });
  it.each([
    ['Unicode', `${SENTENCE}\n${OTHER}`],
    ['Unicode with « » and °', `${SENTENCE} «30°C»\n${OTHER}`],
    ['NFD Unicode', `${SENTENCE}\n${OTHER}`.normalize('NFD')],
    ['a short legacy fragment', 'Céng hoµ'],
  ])('leaves %s alone', (_name, text) => {
    expect(decodeLegacyText(text)).toEqual({ text, encodings: [], warnings: [] });
  });
});
