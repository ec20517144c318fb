import { decodePart } from './xml.js';
import { scanXml } from './xml-scan.js';

/** Folder of a part name: "word/document.xml" → "word/". */
export const folderOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/** Where the relationships of a part live: "word/document.xml" → "word/_rels/document.xml.rels". */
export const relsPathOf = (part: string): string => {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
};

const resolveTarget = (target: string, sourceFolder: string): string => {
  const segments = (target.startsWith('/') ? target.slice(1) : sourceFolder + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
};

/**
 * Internal relationship targets of one part, keyed by the last segment of the
 * relationship type ("officeDocument", "numbering", "styles"); first one wins.
 * Parsed leniently: a broken .rels only means the conventional paths are used.
 */
export function relationshipTargets(bytes: Uint8Array, sourcePart: string): Map<string, string> {
  const targets = new Map<string, string>();
  const folder = folderOf(sourcePart);
  const open = (qname: string, attrs: { get(name: string): string | undefined }) => {
    if (!qname.endsWith('Relationship')) return;
    const type = attrs.get('Type');
    const target = attrs.get('Target');
    if (!type || !target || attrs.get('TargetMode') === 'External') return;
    const kind = type.slice(type.lastIndexOf('/') + 1);
    if (!targets.has(kind)) targets.set(kind, resolveTarget(target, folder).toLowerCase());
  };
  try {
    const { xml, decode } = decodePart(bytes);
    scanXml(xml, { open, close: () => {}, text: () => {} }, decode);
  } catch {
    // keep what was read before the damage
  }
  return targets;
}
