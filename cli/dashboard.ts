import { Queue } from 'bullmq';
import type { Command } from 'commander';
import { connect } from '../pipeline/queue/connection.js';
import { createLog } from './log.js';
import { positiveInt, queueTarget, withQueue } from './options.js';

/** Bull Board, a web view of the queue; only runs when asked for. */
export function dashboardCommand(program: Command) {
  withQueue(program.command('dashboard'))
    .description('serve the Bull Board dashboard of the queue')
    .option('--port <n>', 'port', positiveInt, 3000)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (o: { redis?: string; queue: string; port: number; host: string }) => {
      // Loaded only here: no other command pays for the web server.
      const { createBullBoard } = await import('@bull-board/api');
      const { BullMQAdapter } = await import('@bull-board/api/bullMQAdapter');
      const { ExpressAdapter } = await import('@bull-board/express');
      const { default: express } = await import('express');
      const t = queueTarget(o);
      const queue = new Queue(t.name, { connection: connect(t.url, 'persistent') });
      const adapter = new ExpressAdapter();
      adapter.setBasePath('/');
      createBullBoard({ queues: [new BullMQAdapter(queue)], serverAdapter: adapter });
      const app = express();
      app.use('/', adapter.getRouter());
      app.listen(o.port, o.host, () => createLog('vbx-dashboard').info(`dashboard on http://${o.host}:${o.port}/`));
    });
}
