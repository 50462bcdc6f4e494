// `article-timeline render <doc.json> [--width 800] …`: a timeline document → the element rendered
// on the server (declarative shadow DOM), a static snippet to paste into any page or CMS.
import {readFile, writeFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {renderTimeline, RenderTimelineError} from '../ssr/render-timeline.js';
import type {TimelineDocument} from '../document/types.js';
import {InputError, UsageError, quoted, type Command} from './command.js';
import {fsReason} from './read-input.js';

const USAGE = `Usage: article-timeline render <doc.timeline.json> [options] > timeline.html

Writes <article-timeline> as server-rendered HTML: the heading, the axis and every event, laid
out, in declarative shadow DOM, which shows with scripts off. Load the element's script on the
page (the one-file bundle, or import 'article-timeline') and it becomes interactive in place.
A relative source.textUrl is read next to the document; the text goes into the snippet.

Options:
  --width PX             the width of the column it goes in (default 800)
  --locale L             BCP 47 language for dates and UI text (default en)
  --orientation O        horizontal, vertical or auto (default auto: vertical below 600 px)
  --heading T            the title shown (default: the article's)
  -o, --output FILE      write the HTML to FILE instead of stdout
  -h, --help             this help
`;

const OPTIONS = {
  width: {type: 'string'},
  locale: {type: 'string'},
  orientation: {type: 'string'},
  heading: {type: 'string'},
  output: {type: 'string', short: 'o'},
  help: {type: 'boolean', short: 'h'},
} as const;

export const renderCommand: Command = {
  usage: USAGE,
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({args, options: OPTIONS, allowPositionals: true, strict: true});
    } catch (error) {
      throw new UsageError(
        `${(error instanceof Error ? error.message : String(error)).split('\n')[0]} (see article-timeline render --help)`,
      );
    }
    const {values, positionals} = parsed;
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('which document? Give one timeline JSON file (see --help)');
    const width = values.width === undefined ? undefined : Number(values.width);
    if (width !== undefined && !(Number.isFinite(width) && width >= 120 && width <= 10_000)) {
      throw new UsageError(`--width ${quoted(values.width!)} is not a width between 120 and 10000 (px)`);
    }
    const orientation = values.orientation;
    if (orientation !== undefined && orientation !== 'horizontal' && orientation !== 'vertical' && orientation !== 'auto') {
      throw new UsageError(`--orientation ${quoted(orientation)}: expected horizontal, vertical or auto`);
    }
    const path = resolve(positionals[0]!);
    let doc: TimelineDocument;
    try {
      doc = JSON.parse(await readFile(path, 'utf8')) as TimelineDocument;
    } catch (error) {
      throw new InputError(
        error instanceof SyntaxError
          ? `${quoted(positionals[0]!)} is not JSON: ${error.message}`
          : `cannot read ${quoted(positionals[0]!)}: ${fsReason(error)}`,
      );
    }
    let html: string;
    try {
      html = await renderTimeline(doc, {width, locale: values.locale, orientation, heading: values.heading, baseUrl: pathToFileURL(path)});
    } catch (error) {
      if (error instanceof RenderTimelineError) throw new InputError(error.message);
      throw error;
    }
    if (values.output) await writeFile(values.output, `${html}\n`);
    else process.stdout.write(`${html}\n`);
    return 0;
  },
};
