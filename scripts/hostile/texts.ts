/** Texts of the hostile fixtures: a short Vietnamese letter (the good content bad packages wrap) and other languages. */

export const officeLetter = `ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG ANH
Số: 215/UBND-VP
V/v triển khai Kế hoạch số 48/KH-UBND ngày 12/3/2024
Đông Anh, ngày 20 tháng 3 năm 2024
Kính gửi: Các phòng, ban, ngành thuộc huyện.
Thực hiện Kế hoạch số 48/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân thành phố về cải cách hành chính năm 2024, Ủy ban nhân dân huyện đề nghị các đơn vị rà soát thủ tục hành chính, báo cáo kết quả trước ngày 15/4/2024.
Đề nghị các đơn vị nghiêm túc thực hiện.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình`;

export const english = `MINUTES OF THE BOARD MEETING
The board met on Tuesday, 4 March 2024, to review the annual budget and the staffing plan for the coming year.
The chair opened the meeting and asked each department head to report on spending against last year's targets.
After discussion, the board approved the budget with two amendments and asked the finance office to publish the final figures before the end of the month.
The next meeting will be held in the main hall of the county office.`;

export const french = `COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL
Le conseil s'est réuni le mardi 4 mars 2024 à la mairie pour examiner le budget annuel et le plan de recrutement.
Le maire a ouvert la séance et a demandé à chaque chef de service de présenter les dépenses de l'année écoulée.
Après une longue discussion, le conseil a adopté le budget avec deux amendements et a chargé le service financier d'en publier les chiffres définitifs avant la fin du mois.
La prochaine réunion aura lieu dans la grande salle de l'hôtel de ville.`;

export const chinese = `会议纪要
二〇二四年三月四日，县人民政府召开常务会议，审议年度预算和人员编制计划。
县长主持会议，要求各部门负责人汇报上一年度预算执行情况和存在的主要问题。
经过认真讨论，会议原则通过年度预算方案，并责成财政部门在本月底前公布最终数字。
会议强调，各部门要严格执行预算，厉行节约，提高资金使用效益，确保各项工作任务按期完成。
会议要求各乡镇、各部门认真贯彻落实会议精神，切实做好春耕生产、安全生产和疫情防控等各项工作，为全年经济社会发展目标的实现打下坚实基础。
下次会议将在县政府大会议室举行，具体时间另行通知。`;

const COMMUNES = [
  'Bắc Hồng',
  'Cổ Loa',
  'Dục Tú',
  'Đại Mạch',
  'Đông Hội',
  'Hải Bối',
  'Kim Chung',
  'Kim Nỗ',
  'Liên Hà',
  'Mai Lâm',
  'Nam Hồng',
  'Nguyên Khê',
  'Tàm Xá',
  'Thụy Lâm',
  'Tiên Dương',
  'Uy Nỗ',
  'Vân Hà',
  'Vân Nội',
  'Việt Hùng',
  'Vĩnh Ngọc',
  'Võng La',
  'Xuân Canh',
  'Xuân Nộn',
];
const TOPICS = ['thủ tục hành chính', 'hồ sơ đất đai', 'hồ sơ hộ tịch', 'hồ sơ xây dựng', 'hồ sơ chính sách xã hội'];
const DIFFICULTIES = [
  'cơ sở vật chất của bộ phận một cửa còn thiếu',
  'một số cán bộ chưa thành thạo phần mềm quản lý văn bản',
  'đường truyền mạng chưa ổn định vào giờ cao điểm',
  'người dân cao tuổi còn ngại nộp hồ sơ trực tuyến',
];
const REQUESTS = [
  'bổ sung kinh phí mua sắm máy tính',
  'tổ chức tập huấn trong quý I năm 2025',
  'cử cán bộ hướng dẫn tại chỗ',
  'nâng cấp đường truyền cho bộ phận một cửa',
  'khen thưởng các cá nhân có thành tích',
];

/**
 * One page of the long plan: a commune's report. Pages differ in words, not only in numbers, as real
 * reports do (the PDF reader drops lines that open or close most pages the same way: running headers).
 */
export const longPlanPage = (page: number): string[] => {
  const commune = COMMUNES[page % COMMUNES.length] as string;
  const topic = TOPICS[page % TOPICS.length] as string;
  return [
    `Phụ lục ${page}. Báo cáo của Ủy ban nhân dân xã ${commune} về ${topic}`,
    `Thực hiện Kế hoạch số 48/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân huyện, xã ${commune} đã tổ chức ${(page % 7) + 2} hội nghị quán triệt cho cán bộ, công chức và ${(page % 9) + 3} buổi tuyên truyền tại thôn.`,
    `Trong quý ${(page % 4) + 1} năm 2024, xã đã tiếp nhận ${page * 3 + 17} ${topic}, giải quyết đúng hạn ${page * 3 + 11} hồ sơ, công khai kết quả trên cổng thông tin điện tử của huyện.`,
    `Khó khăn: ${DIFFICULTIES[page % DIFFICULTIES.length]}; xã ${commune} đã báo cáo Ủy ban nhân dân huyện.`,
    `Kiến nghị của xã ${commune}: ${REQUESTS[page % REQUESTS.length]}.`,
  ];
};
