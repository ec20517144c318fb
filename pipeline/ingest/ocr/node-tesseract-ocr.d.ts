// node-tesseract-ocr ships no types; this is the part of its API that vbx uses.
declare module 'node-tesseract-ocr' {
  export interface Config {
    /** the command line prefix that starts tesseract (put in front of the arguments as is) */
    binary?: string;
    lang?: string;
    oem?: number;
    psm?: number;
    dpi?: number;
    /** config files after the options, e.g. ['tsv'] */
    presets?: string[];
    [variable: string]: unknown;
  }
  export function recognize(input: string | Buffer, config?: Config): Promise<string>;
  const tesseract: { recognize: typeof recognize };
  export default tesseract;
}
