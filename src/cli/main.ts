// `article-timeline <command> …`: the dispatch table and the top-level help. A command is one entry
// in COMMANDS; bin/article-timeline.mjs runs `main` from the bundle scripts/build-extract.mjs builds.
import {InputError, type CommandEntry} from './command.js';

export const PROGRAM = 'article-timeline';

/** Every subcommand by name. */
export const COMMANDS: Record<string, CommandEntry> = {
  extract: {
    summary: 'an article (.txt) or a saved web page (.html) → a draft timeline document (JSON)',
    load: async () => (await import('./extract-command.js')).extractCommand,
  },
  render: {
    summary: 'a timeline document (JSON) → the timeline as server-rendered HTML, a static snippet',
    load: async () => (await import('./render-command.js')).renderCommand,
  },
};

function help(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`),
    '',
    `Run \`${PROGRAM} <command> --help\` for a command's options.`,
    '',
  ].join('\n');
}

/**
 * Runs the command line and resolves to the exit code. Bad input is one line on stderr, never a
 * stack trace (set ARTICLE_TIMELINE_DEBUG=1 to see the stack of an unexpected error).
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    process.stderr.write(
      `${PROGRAM}: unknown command ${JSON.stringify(name)}; the commands are: ${Object.keys(COMMANDS).join(', ')} (see ${PROGRAM} --help)\n`,
    );
    return 2;
  }
  try {
    return await (await entry.load()).run(args);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${PROGRAM} ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (process.env.ARTICLE_TIMELINE_DEBUG) console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${PROGRAM} ${name}: unexpected error: ${message.split('\n')[0]} (ARTICLE_TIMELINE_DEBUG=1 shows where)\n`);
    return 70;
  }
}
