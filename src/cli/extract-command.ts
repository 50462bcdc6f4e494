// `article-timeline extract <article.txt|page.html|-> [options]`: an article, or a saved page's
// article, → a draft timeline document (JSON) with the text inline.
import {writeFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {dayOf} from '../extract/html.js';
import {extractTimeline, ExtractError, type ExtractOptions} from '../extract/index.js';
import type {TimelineDocument} from '../document/types.js';
import {InputError, UsageError, quoted, type Command} from './command.js';
import {fsReason, readInput} from './read-input.js';

const USAGE = `Usage: article-timeline extract <article.txt|page.html|-> [options]

Reads a news article (plain text, or a saved web page) and writes a draft timeline document:
one event per dated happening, each with its verbatim sentence. "-" reads stdin.

Options:
  --published YYYY-MM-DD  the publication day; relative dates ("on Friday", "last month") are
                          resolved against it. A page's own date is used when this is not given.
  --title T               the article's title (default: the page's headline)
  --publisher P           who published it (default: the page's site name)
  --url U                 the article's http(s) address (default: the page's canonical address)
  --lang L                the article's language: en, de or fr (default: the page's, else en)
  -o, --output FILE       write the JSON to FILE instead of stdout
  -h, --help              this help

A .txt file is the article itself and becomes source.text exactly; from a page (.html, .htm),
the article's paragraphs are kept and its navigation, promos, lists and footer are dropped.
`;

const OPTIONS = {
  published: {type: 'string'},
  title: {type: 'string'},
  publisher: {type: 'string'},
  url: {type: 'string'},
  lang: {type: 'string'},
  output: {type: 'string', short: 'o'},
  help: {type: 'boolean', short: 'h'},
} as const;

export const extractCommand: Command = {
  usage: USAGE,
  async run(args) {
    const {values, positionals} = parse(args);
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length
          ? `one article at a time: got ${positionals.length} files (${positionals.map(quoted).join(', ')})`
          : 'which article? Give a file, or - for stdin (see --help)',
      );
    }
    const published = values.published === undefined ? undefined : checkDay(values.published);
    const url = values.url === undefined ? undefined : checkUrl(values.url);
    const lang = values.lang === undefined ? undefined : checkLang(values.lang);
    for (const name of ['title', 'publisher'] as const) {
      if (values[name] !== undefined && !values[name].trim()) throw new InputError(`--${name} is empty`);
    }

    const input = await readInput(positionals[0]);
    // linkedom and Readability load only for a page.
    const page = input.kind === 'page' ? (await import('./page.js')).readPage(input.content, url) : undefined;
    const text = page ? page.text : input.content;
    if (page && !text.trim()) throw new InputError(`${quoted(input.name)}: no article text found in the page`);

    const options: Omit<ExtractOptions, 'published'> = {};
    const title = values.title ?? page?.title;
    const publisher = values.publisher ?? page?.publisher;
    const pageUrl = url ?? page?.url;
    const language = lang ?? page?.lang;
    if (title !== undefined) options.title = title;
    if (publisher !== undefined) options.publisher = publisher;
    if (pageUrl !== undefined) options.url = pageUrl;
    if (language !== undefined) options.lang = language;

    // '' is no publication day: fine unless the text has relative dates.
    const doc = extract(text, {...options, published: published ?? page?.published ?? ''}, input);
    const json = `${JSON.stringify(doc, null, 2)}\n`;
    if (values.output === undefined || values.output === '-') {
      process.stdout.write(json);
    } else {
      try {
        await writeFile(values.output, json);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : fsReason(error);
        throw new InputError(`cannot write -o ${quoted(values.output)}: ${reason}`);
      }
    }
    return 0;
  },
};

function parse(args: string[]) {
  try {
    return parseArgs({args, options: OPTIONS, allowPositionals: true, strict: true});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = message.match(/'(-[^' ]+)/)?.[1] ?? '';
    switch ((error as {code?: string}).code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new UsageError(`unknown option ${option} (see article-timeline extract --help)`);
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new UsageError(`${option} needs a value (see article-timeline extract --help)`);
      default:
        throw new UsageError(message.split('\n')[0]);
    }
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A `--published` value, checked: `YYYY-MM-DD`, a day that exists. */
export function checkDay(value: string): string {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) throw new InputError(`--published ${quoted(value)} is not a day: write it as YYYY-MM-DD, e.g. 2024-05-14`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12)
    throw new InputError(`--published ${quoted(value)} is not a day: there is no month ${month} (write YYYY-MM-DD)`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days || !dayOf(value)) {
    throw new InputError(`--published ${quoted(value)} is not a day: ${MONTHS[month - 1]} ${year} has ${days} days (write YYYY-MM-DD)`);
  }
  return value;
}

function checkUrl(value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  throw new InputError(`--url ${quoted(value)} is not an http(s) address`);
}

function checkLang(value: string): string {
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    throw new InputError(`--lang ${quoted(value)} is not a language tag: write e.g. en, de or fr`);
  }
}

/**
 * Runs the extractor. Without a publication day (from the options or the page) absolute dates still
 * work; a relative one ("on Friday") is an ExtractError of the `published` option, told here in the
 * command line's terms.
 */
function extract(text: string, options: ExtractOptions, input: {name: string; kind: string}): TimelineDocument {
  try {
    return extractTimeline(text, options);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    if (error.option === 'published' && !options.published) {
      const phrase = error.message.match(/\(("(?:[^"\\]|\\.)*")/)?.[1];
      const where =
        input.kind === 'page' ? `${quoted(input.name)} gives no publication date` : `no publication date for ${quoted(input.name)}`;
      throw new InputError(`${where}, and ${phrase ? `its date ${phrase}` : 'the text'} is relative to it: pass --published YYYY-MM-DD`);
    }
    if (error.option === 'lang' && !options.lang) throw new InputError(`${quoted(input.name)}: ${error.message}`);
    if (error.option === 'lang') throw new InputError(`--lang ${quoted(options.lang ?? '')}: ${error.message.replace(/^lang: /, '')}`);
    throw new InputError(`${quoted(input.name)}: ${error.message}`);
  }
}
