import cliProgress from 'cli-progress';
import type { FileOutcome } from '../pipeline/process-file.js';

/** A progress bar on stderr when it is a terminal; silent otherwise (logs, CI). */
export function createProgress(enabled: boolean) {
  const bar =
    enabled && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: '{bar} {value}/{total} docs | {failed} failed | {eta_formatted} left',
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  let failed = 0;
  return {
    start: (total: number) => bar?.start(total, 0, { failed }),
    tick: (outcome: FileOutcome) => {
      if (outcome.status === 'failed') failed++;
      bar?.increment(1, { failed });
    },
    stop: () => bar?.stop(),
  };
}
