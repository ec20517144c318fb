/** Made-up document texts for the test PDFs (not taken from any real document). */

const nq = 'Nghị quyết số 168/NQ-CP ngày 29/12/2022 của Chính phủ';

/** Sentences with the references the tests look for, placed at varying offsets so some wrap. */
const sentences = [
  `Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng và ${nq}, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tập trung thực hiện tốt các nội dung sau.`,
  `Các cơ quan, đơn vị quán triệt sâu sắc ${nq} đến toàn thể cán bộ, công chức, viên chức và người lao động.`,
  `Đẩy mạnh phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” gắn với việc triển khai ${nq} trên địa bàn tỉnh.`,
  `Tổ chức sơ kết, tổng kết việc thực hiện Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.`,
  `Đánh giá đúng thực chất kết quả thực hiện các chỉ tiêu kinh tế - xã hội, kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong thực hiện ${nq}.`,
  `Sở Nội vụ chủ trì, phối hợp với Ban Thi đua - Khen thưởng tỉnh theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch số 58/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh.`,
  `Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện ${nq} trong phạm vi quản lý của mình.`,
  `Việc khen thưởng phải bảo đảm chính xác, công khai, minh bạch, công bằng, kịp thời và chú trọng khen thưởng người lao động trực tiếp, đúng tinh thần Chỉ thị số 34-CT/TW của Bộ Chính trị.`,
];

/** Numbered body paragraphs of a three-page directive. */
export const chiThiParagraphs = (): string[] => {
  const out: string[] = [];
  for (let i = 0; i < 16; i++) {
    const a = sentences[i % sentences.length] ?? '';
    const b = sentences[(i * 3 + 1) % sentences.length] ?? '';
    const lead = 'trong thời gian tới, '.repeat(i % 4);
    out.push(`${i + 1}. Năm 2024, ${lead}${a} ${b}`);
  }
  return out;
};

export const congVanParagraphs = (): string[] => [
  `Thực hiện ${nq} và Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, Sở Nội vụ đề nghị các cơ quan, đơn vị triển khai một số nội dung sau:`,
  ...sentences.slice(1, 7).map((s, i) => `${String.fromCharCode(97 + i)}) Trong năm 2024, ${s}`),
  'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) để được hướng dẫn.',
  ...sentences.slice(0, 5).map((s) => `- ${s}`),
  'Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.',
];

/** A letter typed as plain text (no table: the header columns are laid out with spaces). */
export const plainLetterText = [
  'ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'XÃ AN PHÚ                              Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 27/TB-UBND                     An Phú, ngày 02 tháng 5 năm 2024',
  '',
  'THÔNG BÁO',
  'Về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
  '',
  `Căn cứ ${nq}; Ủy ban nhân dân xã thông báo đến toàn thể Nhân dân trên địa bàn xã được biết và thực hiện các nội dung sau đây.`,
  '1. Thời gian tổ chức: từ ngày 10/11/2024 đến ngày 18/11/2024.',
  '2. Các thôn tổ chức ngày hội theo hướng dẫn của Ủy ban Mặt trận Tổ quốc Việt Nam xã./.',
  '',
  'Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN',
  '- Các thôn;                                            CHỦ TỊCH',
  '- Lưu: VT.',
  '                                               Trần Văn Bình',
  '',
].join('\n');
