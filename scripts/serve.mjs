// `npm start`: serves the demo at http://localhost:8000/demo/ (PORT picks another port).
import {startDevServer} from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const server = await startDevServer({config, readCliArgs: false, readFileConfig: false, logStartMessage: false});
const {port, hostname} = config;
console.log(`article-timeline demo: http://${hostname}:${port}/demo/`);
console.log('Press Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
