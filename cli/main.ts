import { Command } from 'commander';
import { jsonSchemaText } from '../output/json-schema.js';
import { dashboardCommand } from './dashboard.js';
import { extractCommand } from './extract.js';
import { queueCommands } from './queue.js';

const program = new Command('vbx').description('Extract structured facts from Vietnamese administrative documents');

extractCommand(program);
queueCommands(program);
dashboardCommand(program);

program
  .command('schema')
  .description('print the JSON Schema of a result (one line of output per document)')
  .action(() => {
    process.stdout.write(jsonSchemaText());
  });

await program.parseAsync();
