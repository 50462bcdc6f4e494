// `npm start`: serves the demo at http://localhost:8000/demo/ (PORT picks another port).
import {startDevServer} from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const server = await startDevServer({config, readCliArgs: false, readFileConfig: false, logStartMessage: false});
const {port, hostname} = config;
const origin = `http://${hostname}:${port}`;
// Ask for the demo and what it loads once before saying the server is ready: a dev server's first
// requests pay for compiling its own code and its plugins' (a second or more here), which the
// reader's first load of the demo would otherwise wait for.
const DEMO = ['/demo/', '/demo/demo.js', '/demo/demo.css', '/__prebuilt/article-timeline.js', '/data/xi-putin-moscow-2023.timeline.json'];
await Promise.all(
  DEMO.map((path) =>
    fetch(origin + path).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    ),
  ),
);
console.log(`article-timeline demo: ${origin}/demo/`);
console.log('Press Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
