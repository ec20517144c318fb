/** The smallest Word package around a given word/document.xml, for archives built part by part. */
import { entry, type RawEntry } from './zip-writer.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One w:p per line of text. */
export const paragraphs = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line ? `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>` : '<w:p/>'))
    .join('');

/** A document.xml whose body is `body` (WordprocessingML markup), with an optional prolog before the root. */
export const documentXml = (body: string, prolog = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${prolog}<w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;

/** The package entries around a document part given as an entry (so a test can make it lie). */
export const wordEntries = (document: RawEntry): RawEntry[] => [
  entry('[Content_Types].xml', CONTENT_TYPES),
  entry('_rels/.rels', PACKAGE_RELS),
  document,
];

/** A Word package of `text` whose docProps/app.xml records `pages` pages, as Word writes it. */
export const withRecordedPages = (text: string, pages: number): RawEntry[] => [
  ...wordEntries(entry('word/document.xml', documentXml(paragraphs(text)))),
  entry(
    'docProps/app.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Pages>${pages}</Pages></Properties>`,
  ),
];
