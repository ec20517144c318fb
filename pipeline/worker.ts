// A pool worker: one file per task, the same code path as the in-process runner.
import { type FileTask, processFile } from './process-file.js';

export default (task: FileTask) => processFile(task);
