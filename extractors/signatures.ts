import type { DigitalSignature } from '../output/schema.js';
import type { Doc } from '../pipeline/document.js';
import type { Field } from './signature/labels.js';
import { findStamps, type StampRead } from './signature/stamp.js';
import { signingTime } from './signature/time.js';
import type { Extracted } from './types.js';

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/u;
// The stamp's own labels never hold these; a cheap test skips most documents.
const CUE = /k[ýÝ]\s*(?:bởi|ngày)|thời\s*gian\s*k[ýÝ]|người\s*k[ýÝ]|ngày\s*k[ýÝ]|signed\s*by|signing\s*time/iu;

const value = (s: StampRead, f: Field): string | null => s.fields.find((x) => x.field === f && x.value)?.value ?? null;

function read(text: string, s: StampRead): { item: DigitalSignature; unreadTime: boolean } {
  const when = value(s, 'signedAt');
  const signedAt = when === null ? null : signingTime(when);
  const email = value(s, 'email');
  return {
    item: {
      signedBy: value(s, 'signedBy'),
      organization: value(s, 'organization'),
      email: email === null ? null : (EMAIL.exec(email)?.[0] ?? null),
      signedAt,
      mention: { text: text.slice(s.start, s.end), start: s.start, end: s.end },
    },
    unreadTime: when !== null && signedAt === null,
  };
}

const identity = (d: DigitalSignature): string => JSON.stringify([d.signedBy, d.organization, d.email, d.signedAt]);

/**
 * Digital-signature stamps ("Ký bởi: … Email: … Cơ quan: … Thời gian ký: 16.06.2021 08:49:26 +07:00"):
 * signing metadata, kept apart from the body. A stamp repeated on every page is one signature.
 */
export function extractSignatures(doc: Doc): Extracted<DigitalSignature> {
  const { text } = doc;
  if (!CUE.test(text)) return { items: [], warnings: [] };
  const items: DigitalSignature[] = [];
  const warnings: Extracted<DigitalSignature>['warnings'] = [];
  const seen = new Set<string>();
  for (const stamp of findStamps(text)) {
    const { item, unreadTime } = read(text, stamp);
    if (unreadTime) {
      warnings.push({
        code: 'signature-time-unreadable',
        message: `the signing time of a digital-signature stamp is not a date: "${value(stamp, 'signedAt')}"`,
        span: { start: stamp.start, end: stamp.end },
      });
    }
    if (seen.has(identity(item))) continue;
    seen.add(identity(item));
    items.push(item);
  }
  return { items, warnings };
}
