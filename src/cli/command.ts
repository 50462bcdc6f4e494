// What every subcommand of `article-timeline` is, and the two ways one fails on purpose.

/** One subcommand: `article-timeline <name> …`. */
export interface Command {
  /** The full `--help` text of the command. */
  usage: string;
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

/** An entry of the dispatch table: the command's code loads only when it runs (`--help` stays quick). */
export interface CommandEntry {
  /** One line for the list of commands in `article-timeline --help`. */
  summary: string;
  load(): Promise<Command>;
}

/** Bad input (a file, an option's value): one line on stderr, exit code 1. */
export class InputError extends Error {
  override name = 'InputError';
  readonly exitCode: number = 1;
}

/** A command line that cannot be understood (unknown option, missing argument): exit code 2. */
export class UsageError extends InputError {
  override name = 'UsageError';
  override readonly exitCode: number = 2;
}

/** A value quoted for a one-line message: `"2024-13-45"`, cut at 60 characters. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}
