import { Command, InvalidArgumentError } from 'commander';
import { jsonSchemaText } from '../output/json-schema.js';
import { runBatch } from '../pipeline/embedded.js';
import { DEFAULT_INGEST } from '../pipeline/ingest/index.js';
import { DEFAULT_LIMITS } from '../pipeline/pool.js';
import { createProgress } from './progress.js';
import { formatSummary } from './summary.js';

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

const nonNegative = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number, 0 or more');
  return n;
};

const program = new Command('vbx').description('Extract structured facts from Vietnamese administrative documents');

program
  .command('extract')
  .description('extract every document under the given files or folders (embedded mode, no server)')
  .argument('<inputs...>', 'files or folders (folders are searched recursively)')
  .requiredOption('-o, --out <dir>', 'folder for one JSON result per document (mirrors input paths, ".json" appended)')
  .option('--jsonl <file>', 'also write all results to one JSON Lines file')
  .option('--resume', 'skip documents whose result already exists for the same content', false)
  .option('--max-mb <n>', 'refuse files larger than this many MB', positiveInt, DEFAULT_INGEST.maxBytes / 2 ** 20)
  .option('--max-pages <n>', 'refuse PDFs with more pages than this', positiveInt, DEFAULT_INGEST.maxPages)
  .option(
    '-w, --workers <n>',
    'documents processed at once, one worker thread each (default: one per core for 2,000+ documents, else 1)',
    positiveInt,
  )
  .option(
    '--timeout <s>',
    'stop a document after this many seconds (0: no limit)',
    nonNegative,
    DEFAULT_LIMITS.timeoutMs / 1000,
  )
  .option('--max-memory-mb <n>', 'heap limit per worker thread', positiveInt, DEFAULT_LIMITS.memoryMb)
  .option('-q, --quiet', 'no progress bar', false)
  .action(
    async (
      inputs: string[],
      o: {
        out: string;
        jsonl?: string;
        resume: boolean;
        maxMb: number;
        maxPages: number;
        workers?: number;
        timeout: number;
        maxMemoryMb: number;
        quiet: boolean;
      },
    ) => {
      const progress = createProgress(!o.quiet);
      const summary = await runBatch(inputs, {
        out: o.out,
        jsonl: o.jsonl,
        resume: o.resume,
        workers: o.workers,
        timeoutMs: o.timeout * 1000,
        memoryMb: o.maxMemoryMb,
        job: { maxBytes: o.maxMb * 2 ** 20, maxPages: o.maxPages },
        onStart: progress.start,
        onDocument: progress.tick,
      });
      progress.stop();
      process.stdout.write(formatSummary(summary));
      process.exitCode = summary.failed > 0 ? 1 : 0;
    },
  );

program
  .command('schema')
  .description('print the JSON Schema of a result (one line of output per document)')
  .action(() => {
    process.stdout.write(jsonSchemaText());
  });

await program.parseAsync();
