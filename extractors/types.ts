import type { Anniversary, DocumentHeader, Message, Reference } from '../output/schema.js';
import type { Doc } from '../pipeline/document.js';

/** What earlier extractors found, for later ones (like chrono's refiners see parser results). */
export interface ExtractContext {
  header?: DocumentHeader;
  references?: Reference[];
  anniversaries?: Anniversary[];
}

export interface Extracted<T> {
  items: T[];
  warnings: Message[];
}

export type Extractor<T> = (doc: Doc, ctx: ExtractContext) => Extracted<T>;
