// Reads the command's input (a file, or stdin for `-`) as text, and tells an article's plain text
// from a saved web page. Every failure names the file.
import {readFile} from 'node:fs/promises';
import {extname} from 'node:path';
import {InputError, quoted} from './command.js';

export interface Input {
  /** How messages name the input: the path as given, or `stdin`. */
  name: string;
  /** `page`: HTML to take the article from; `text`: the article itself. */
  kind: 'page' | 'text';
  /** The decoded contents (a UTF-8 byte-order mark dropped, nothing else changed). */
  content: string;
}

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
/** Bytes looked at for NUL bytes and the page's <meta charset>. */
const SNIFF = 4096;

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/** A file-system error as a short reason: `no such file`. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  return FS_REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(path: string): Promise<Input> {
  const name = path === '-' ? 'stdin' : path;
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    throw new InputError(`cannot read ${quoted(name)}: ${fsReason(error)}`);
  }
  if (bytes.subarray(0, SNIFF).includes(0)) {
    throw new InputError(`${quoted(name)} is a binary file, not an article: give a plain-text (.txt) or HTML (.html) file`);
  }
  const ext = path === '-' ? '' : extname(path).toLowerCase();
  const kind = PAGE_EXTENSIONS.has(ext) ? 'page' : TEXT_EXTENSIONS.has(ext) ? 'text' : looksLikeHtml(bytes) ? 'page' : 'text';
  return {name, kind, content: decode(bytes, kind === 'page' ? pageCharset(bytes) : 'utf-8', name)};
}

function looksLikeHtml(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, SNIFF)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && /<(head|body)[\s>]/.test(head));
}

/** A saved page's declared encoding (`<meta charset>`, or `http-equiv` Content-Type); UTF-8 by default. */
function pageCharset(bytes: Buffer): string {
  const head = bytes.subarray(0, SNIFF).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return m ? m[1].toLowerCase() : 'utf-8';
}

function decode(bytes: Buffer, charset: string, name: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, {fatal: true});
  } catch {
    throw new InputError(`${quoted(name)} declares the encoding ${quoted(charset)}, which is not supported: save it as UTF-8`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(
      `${quoted(name)} is not ${charset === 'utf-8' ? 'UTF-8' : charset} text: save it as UTF-8 (or it is a binary file)`,
    );
  }
}
