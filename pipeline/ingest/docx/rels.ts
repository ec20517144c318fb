import { SaxesParser } from 'saxes';

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
export function relationshipTargets(xml: string, sourcePart: string): Map<string, string> {
  const targets = new Map<string, string>();
  const folder = folderOf(sourcePart);
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    if (!tag.name.endsWith('Relationship')) return;
    const { Type: type, Target: target, TargetMode: mode } = tag.attributes as Record<string, string | undefined>;
    if (!type || !target || mode === 'External') return;
    const kind = type.slice(type.lastIndexOf('/') + 1);
    if (!targets.has(kind)) targets.set(kind, resolveTarget(target, folder).toLowerCase());
  });
  try {
    parser.write(xml).close();
  } catch {
    // keep what was read before the damage
  }
  return targets;
}
