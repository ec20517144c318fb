/** The fixtures: which document, and each producer's traits. */
import { join, resolve } from 'node:path';
import type { Traits } from './model.js';
import { officeStamp, personStamp } from './stamps.js';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'fixtures/pdf-producers');
const shared = process.env.VBX_SHARED ?? resolve(root, '../shared');

export interface Spec {
  /** source document id */
  doc: string;
  text: string;
  gold: string;
  word: Traits;
  chromium: Traits;
}

const seed = (id: string, word: Traits, chromium: Traits): Spec => ({
  doc: id,
  text: join(root, 'fixtures/seeds', `${id}.txt`),
  gold: join(shared, 'gold', `${id}.json`),
  word,
  chromium,
});

/** Paragraphs broken into lines exactly where a wrap case needs it, keyed by the paragraph's text. */
const breaks = (paragraphs: string[][]): Map<string, string[]> =>
  new Map(paragraphs.map((ls) => [ls.reduce((a, l) => (/\S-$/.test(a) ? a + l : `${a} ${l}`)), ls]));

const dashed = (n: number) => `- ${n} -`;
const trang = (n: number) => `Trang ${n}`;

export const SPECS: Spec[] = [
  seed(
    '000_c21ba88fb6e881a3',
    {
      footer: 'Ủy ban nhân dân huyện Bình Sơn - Văn bản điện tử',
      stamps: [
        officeStamp(
          {
            signedBy: 'Ủy ban Nhân dân huyện Bình Sơn',
            email: 'ubndbinhson@quangngai.gov.vn',
            organization: 'Tỉnh Quảng Ngãi',
            time: '03.01.2024 08:49:26 +07:00',
          },
          'top-right',
        ),
      ],
    },
    { pageNumber: dashed, watermark: { text: 'BẢN SAO', rotated: false } },
  ),
  seed(
    '001_86f23684388f38af',
    { headerShift: -1, watermark: { text: 'BẢN SAO', rotated: false }, pageNumber: dashed },
    {
      headerShift: 1,
      stamps: [
        officeStamp(
          {
            signedBy: 'Sở Nội vụ',
            email: 'snv@gialai.gov.vn',
            organization: 'Tỉnh Gia Lai',
            time: '20.05.2023 15:02:11 +07:00',
          },
          'over-header',
        ),
      ],
    },
  ),
  seed(
    '002_9f03f7d026056359',
    {
      headerShift: 1,
      stamps: [
        officeStamp(
          {
            signedBy: 'Ủy ban Nhân dân huyện Hương Sơn',
            email: 'ubndhuongson@hatinh.gov.vn',
            organization: 'Tỉnh Hà Tĩnh',
            time: '16.02.2023 16:35:08 +07:00',
          },
          'over-header',
        ),
        personStamp({ signedBy: 'Lê Văn Hải', title: 'Phó Chủ tịch', time: '16.02.2023 10:12:40 +07:00' }),
      ],
    },
    { headerShift: -1, footer: 'Cổng thông tin điện tử huyện Hương Sơn', pageNumber: trang },
  ),
  seed(
    '003_99555f0750182167',
    { watermark: { text: 'DỰ THẢO', rotated: true }, pageNumber: trang },
    {
      watermark: { text: 'DỰ THẢO', rotated: true },
      stamps: [
        personStamp({ signedBy: 'Nguyễn Văn Tùng', email: 'tungnv@tayninh.gov.vn', time: '10.02.2023 09:15:00' }),
      ],
    },
  ),
  seed(
    '004_89e1df001228f3ec',
    { footer: 'Văn bản điện tử - Ban Thi đua - Khen thưởng', headerShift: -1 },
    { pageNumber: dashed, footer: 'Bản điện tử - UBND thị xã' },
  ),
  {
    doc: 'ke-hoach-bang',
    text: join(out, 'ke-hoach-bang.txt'),
    gold: join(out, 'ke-hoach-bang.expected.json'),
    word: {
      pageNumber: dashed,
      stamps: [
        officeStamp(
          {
            signedBy: 'Ủy ban Nhân dân tỉnh Quảng Ngãi',
            email: 'ubnd@quangngai.gov.vn',
            organization: 'Tỉnh Quảng Ngãi',
            time: '15.04.2024 08:49:26 +07:00',
          },
          'over-header',
        ),
      ],
      brokenLines: breaks([
        [
          'Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp',
          'tục đổi mới công tác thi đua, khen thưởng và Nghị định số 98/2023/NĐ-',
          'CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều',
          'của Luật Thi đua, khen thưởng, Ủy ban nhân dân tỉnh ban hành Kế hoạch',
          'triển khai công tác thi đua, khen thưởng năm 2024 như sau:',
        ],
        [
          '2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố',
          'thực hiện nghiêm Thông tư số 01/2024/TT-BNV ngày 29/02/2024 của Bộ',
          'Nội vụ quy định chi tiết thi hành Nghị định số 98/2023/NĐ-CP, gửi báo',
          'cáo kết quả về Sở Nội vụ trước ngày 30/11/2024 để tổng hợp.',
        ],
        [
          'Giao Sở Nội vụ (Ban Thi đua - Khen thưởng) chủ trì, phối hợp với các cơ',
          'quan liên quan hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch này;',
          'tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định tại Nghị định số',
          '98/2023/NĐ-CP và Thông tư số 01/2024/TT-BNV. Trong quá trình thực hiện,',
          'nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về',
          'Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.',
        ],
      ]),
    },
    chromium: {
      footer: 'Cổng thông tin điện tử tỉnh Quảng Ngãi',
      stamps: [
        officeStamp(
          {
            signedBy: 'Ủy ban Nhân dân tỉnh Quảng Ngãi',
            email: 'ubnd@quangngai.gov.vn',
            organization: 'Tỉnh Quảng Ngãi',
            time: '15.04.2024 08:49:26 +07:00',
          },
          'top-right',
        ),
        personStamp({
          signedBy: 'Đặng Văn Minh',
          title: 'Phó Chủ tịch',
          email: 'minhdv@quangngai.gov.vn',
          time: '12.04.2024 17:20:05 +07:00',
        }),
      ],
    },
  },
];
