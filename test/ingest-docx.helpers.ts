import { strToU8, zipSync } from 'fflate';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

const ROOT_RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="DOC"/>' +
  '</Relationships>';

export interface WordParts {
  numbering?: string;
  styles?: string;
  /** main part name, to test resolution through _rels/.rels */
  documentPath?: string;
  /** replaces the conventional "w" prefix */
  prefix?: string;
}

/** A minimal .docx written by hand, so a test states exactly the markup it means. */
export function wordZip(body: string, parts: WordParts = {}): Uint8Array {
  const docPath = parts.documentPath ?? 'word/document.xml';
  let xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;
  const root = (name: string, inner: string) => `<?xml version="1.0"?><w:${name} ${NS}>${inner}</w:${name}>`;
  if (parts.prefix)
    xml = xml.replace(/(<\/?)w:/g, `$1${parts.prefix}:`).replace(/( |xmlns:)w([:=])/g, `$1${parts.prefix}$2`);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    '_rels/.rels': strToU8(ROOT_RELS.replace('DOC', `/${docPath}`)),
    [docPath]: strToU8(xml),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(root('numbering', parts.numbering));
  if (parts.styles) files['word/styles.xml'] = strToU8(root('styles', parts.styles));
  return zipSync(files);
}

export const para = (inner: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
export const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const numPr = (numId: number, ilvl = 0): string =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
export const item = (text: string, numId: number, ilvl = 0): string => para(run(text), numPr(numId, ilvl));

export interface LevelSpec {
  format: string;
  text: string;
  start?: number;
  extra?: string;
}

export const abstractNum = (id: number, levels: LevelSpec[], extra = ''): string =>
  `<w:abstractNum w:abstractNumId="${id}">${extra}${levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>` +
        `<w:lvlText w:val="${l.text}"/>${l.extra ?? ''}</w:lvl>`,
    )
    .join('')}</w:abstractNum>`;

export const num = (numId: number, abstractId: number, overrides = ''): string =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;

/** Overwrites the uncompressed size an entry declares, in both its local and central headers. */
export function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entry);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const [nameAt, sizeAt] = sig === 0x04034b50 ? [30, 22] : sig === 0x02014b50 ? [46, 24] : [0, 0];
    if (!nameAt || view.getUint16(i + nameAt - (sig === 0x04034b50 ? 4 : 18), true) !== name.length) continue;
    if (name.every((b, k) => out[i + nameAt + k] === b)) view.setUint32(i + sizeAt, size, true);
  }
  return out;
}
