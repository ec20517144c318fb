import type { ZipEntry } from './zip.js';

/** What a zip that is not a Word package is, by its ODF mimetype or the content type of its main part. */
const KINDS: [RegExp, string][] = [
  [/spreadsheetml|ms-excel|opendocument\.spreadsheet/, 'a spreadsheet (Excel .xlsx or OpenDocument .ods)'],
  [/presentationml|ms-powerpoint|opendocument\.presentation/, 'a presentation (PowerPoint .pptx or OpenDocument .odp)'],
  [/opendocument\.text/, 'an OpenDocument text (.odt)'],
  [/opendocument/, 'an OpenDocument file'],
];
const WORD = /wordprocessingml|ms-word/;

const latin1 = (b: Uint8Array | undefined): string =>
  b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1') : '';

/** The content type [Content_Types].xml gives a part, from its Override (the Default by extension is generic). */
function contentTypeOf(types: string, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  for (const m of types.matchAll(/<(?:\w+:)?Override\b([^>]*)>/g)) {
    const attrs = m[1] as string;
    if (/PartName\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1]?.toLowerCase() !== name) continue;
    return /ContentType\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
  }
  return undefined;
}

/**
 * Why a zip is not a Word document, when it says what else it is: an ODF package's `mimetype`
 * entry, or the content type of the main part its relationships name. Undefined when it does not.
 */
export function otherOfficeKind(
  directory: Map<string, ZipEntry>,
  read: (part: string) => Uint8Array | undefined,
  mainPart: string | undefined,
): string | undefined {
  const mimetype = directory.has('mimetype') ? latin1(read('mimetype')).trim() : '';
  const type = mimetype || (mainPart ? (contentTypeOf(latin1(read('[content_types].xml')), mainPart) ?? '') : '');
  if (!type || WORD.test(type)) return undefined;
  return KINDS.find(([pattern]) => pattern.test(type))?.[1] ?? `a package of type ${type}`;
}
