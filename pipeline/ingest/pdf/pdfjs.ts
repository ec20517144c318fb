/**
 * Loads pdfjs (the legacy build, the one meant for Node) on first use. Its bundled core-js replaces
 * built-ins process-wide on Node 20 — Array.prototype.push becomes a JS loop about 9x slower — which
 * would slow every later stage. The natives are put back once pdfjs and its worker module are loaded;
 * the polyfills only cover engine bugs no document triggers (arrays of 2^32 elements).
 */

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const natives = {
  push: Array.prototype.push,
  parse: JSON.parse,
  toString: Function.prototype.toString,
};

function restoreNatives(): void {
  const put = (target: object, key: string, value: unknown): void => {
    if ((target as Record<string, unknown>)[key] !== value) {
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
    }
  };
  put(Array.prototype, 'push', natives.push);
  put(JSON, 'parse', natives.parse);
  put(Function.prototype, 'toString', natives.toString);
}

let loading: Promise<Pdfjs> | undefined;

async function load(): Promise<Pdfjs> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdfjs runs its worker in this thread; loading it now keeps all patching in one place.
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  restoreNatives();
  return lib;
}

export const pdfjs = (): Promise<Pdfjs> => {
  loading ??= load();
  return loading;
};

/** Cheap to call after each document, in case pdfjs patches lazily. */
export { restoreNatives };
