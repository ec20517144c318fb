import { z } from 'zod';

// Bumped on any change a consumer could notice; see README "Schema".
export const SCHEMA_VERSION = '1.1.0';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Span = z.object({
  start: z.number().int().nonnegative().describe('UTF-16 offset into `text`, inclusive'),
  end: z.number().int().nonnegative().describe('UTF-16 offset into `text`, exclusive'),
});

export const Mention = Span.extend({ text: z.string().describe('text.slice(start, end)') });

export const Message = z.object({
  code: z.string().describe('stable machine-readable code, e.g. "anniversary-year-mismatch"'),
  message: z.string(),
  span: Span.optional(),
});

export const OcrPage = z.object({
  page: z.number().int().positive().describe('1-based page number'),
  confidence: z.number().min(0).max(100).describe("the OCR engine's mean word confidence on this page"),
});

export const Source = z.object({
  path: z.string().describe('the input path as given (relative paths stay relative)'),
  format: z.enum(['docx', 'doc', 'pdf', 'txt', 'md']),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  encodings: z
    .array(z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni']))
    .optional()
    .describe('character encodings the text was decoded from, when any is not plain Unicode/UTF-8'),
  ocr: z
    .object({
      engine: z.string().describe('e.g. "tesseract 5.3.0 (vie)"'),
      pages: z.array(OcrPage),
    })
    .optional()
    .describe('present when some text came from OCR of page images rather than a text layer'),
});

export const Signer = z.object({
  authority: z.string().nullable().describe('TM. / KT. / TL. / TUQ. / Q. as written, or null'),
  onBehalfOf: z.string().nullable().describe('the body or title after the authority prefix'),
  title: z.string().nullable(),
  name: z.string().nullable(),
  mention: Mention.nullable(),
});

export const DigitalSignature = z.object({
  signedBy: z.string().nullable().describe('the name after "Ký bởi:"'),
  organization: z.string().nullable().describe('"Cơ quan:" / "Tổ chức:" when given'),
  email: z.string().nullable(),
  signedAt: z.string().nullable().describe('ISO date-time of "Thời gian ký:", local time as written'),
  mention: Mention,
});

export const DocumentHeader = z.object({
  docType: z.string().nullable().describe('"Chỉ thị", "Thông báo", …; "Công văn" for a V/v letter'),
  symbol: z.string().nullable().describe('số/ký hiệu, canonical ("03/CT-UBND"); ký hiệu only when the number is blank'),
  number: z.string().nullable(),
  issuer: z.string().nullable().describe('issuing body, sentence case, one line'),
  parentIssuer: z.string().nullable(),
  place: z.string().nullable(),
  issuedOn: isoDay.nullable().describe('null when the day is left blank'),
  year: z.number().int().nullable(),
  subject: z.string().nullable().describe('trích yếu'),
  recipients: z.array(z.string()).describe('Kính gửi'),
  distribution: z.array(z.string()).describe('Nơi nhận'),
  signer: Signer.nullable(),
  digitalSignatures: z
    .array(DigitalSignature)
    .optional()
    .describe('stamps of a digital signature ("Ký bởi: … Thời gian ký: …"), signing metadata, not body text'),
  mentions: z.record(z.string(), Mention).describe('where each header field was read'),
});

export const Reference = z.object({
  docType: z.string().describe('"Chỉ thị", "Nghị định", "Luật", …'),
  symbol: z.string().nullable().describe('canonical số/ký hiệu: "34-CT/TW", "98/2023/NĐ-CP"'),
  number: z.string().nullable(),
  issuedOn: isoDay.nullable(),
  issuer: z.string().nullable().describe('as the text names it: "Bộ Chính trị", "UBND tỉnh"'),
  title: z.string().nullable().describe('the "về …" subject, or a law\'s name'),
  mentions: z.array(Mention).min(1),
  raw: z.record(z.string(), z.string()).describe('captures of the first mention, as written'),
});

export const Campaign = z.object({
  name: z.string().describe('without quotes or markup, white space collapsed'),
  kind: z.enum(['phong trào', 'cuộc vận động', 'chủ đề', 'đợt thi đua', 'other']),
  mentions: z.array(Mention).min(1),
});

export const Anniversary = z.object({
  years: z.number().int().positive(),
  event: z.string(),
  originDate: isoDay.nullable(),
  date: isoDay.nullable(),
  mention: Mention,
});

export const DateMention = Mention.extend({
  value: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/)
    .describe('YYYY-MM-DD, YYYY-MM or YYYY as written; --MM-DD when the text gives no year'),
  precision: z.enum(['day', 'month', 'year']),
  kind: z.enum(['date', 'period', 'deadline']),
  until: z.string().nullable().describe('last value of a period ("2025" in "giai đoạn 2021 - 2025")'),
  yearImplied: z
    .boolean()
    .describe(
      'true when the text gives no year for this day, not even through the other end of its range ("từ 01/02 đến 28/02/2025" gives one); the year was taken from the document',
    ),
  impliedValue: isoDay.nullable().describe('the full day when yearImplied'),
  role: z.enum(['issued', 'reference', 'anniversary', 'signature', 'body']),
});

export const ExtractionResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  ok: z.literal(true),
  source: Source,
  text: z.string().describe('the normalized text every span points into'),
  document: DocumentHeader,
  references: z.array(Reference),
  campaigns: z.array(Campaign),
  anniversaries: z.array(Anniversary),
  dates: z.array(DateMention),
  warnings: z.array(Message),
});

export const ErrorRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  ok: z.literal(false),
  source: z.object({ path: z.string(), format: z.string().nullable(), bytes: z.number().int().nullable() }),
  error: z.object({
    code: z.enum([
      'empty',
      'unsupported-format',
      'corrupt',
      'encrypted',
      'too-large',
      'timeout',
      'not-vietnamese',
      'no-text',
      'read-failed',
      'ocr-unavailable',
      'ocr-failed',
      'internal',
    ]),
    message: z.string(),
  }),
});

export const Output = z.discriminatedUnion('ok', [ExtractionResult, ErrorRecord]);

export type Span = z.infer<typeof Span>;
export type Mention = z.infer<typeof Mention>;
export type Message = z.infer<typeof Message>;
export type Source = z.infer<typeof Source>;
export type Signer = z.infer<typeof Signer>;
export type OcrPage = z.infer<typeof OcrPage>;
export type DigitalSignature = z.infer<typeof DigitalSignature>;
export type DocumentHeader = z.infer<typeof DocumentHeader>;
export type Reference = z.infer<typeof Reference>;
export type Campaign = z.infer<typeof Campaign>;
export type Anniversary = z.infer<typeof Anniversary>;
export type DateMention = z.infer<typeof DateMention>;
export type ExtractionResult = z.infer<typeof ExtractionResult>;
export type ErrorRecord = z.infer<typeof ErrorRecord>;
export type ErrorCode = ErrorRecord['error']['code'];
export type Output = z.infer<typeof Output>;
