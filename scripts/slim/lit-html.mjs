// Bundle-only: drops the indentation inside lit's html`…` and svg`…` templates. Template text is
// kept byte for byte by every minifier, so the source's indentation (about 1 KB here) would
// otherwise reach every reader. Only the static text changes, and newlines stay, so line numbers
// (and the source map) do not move; `${…}` expressions are skipped whole. Whitespace at the start of
// a line inside a template is never rendered differently without it: HTML collapses a newline
// and the spaces after it into one space, and lit's attribute parts do not depend on it.

const TAG = /\b(?:html|svg)`/g;

/**
 * The source with the indentation of every line inside html`…`/svg`…` static text removed.
 * Throws when a template does not end, so that a construct the scanner does not know fails the build.
 * @param {string} source TypeScript source.
 * @returns {string}
 */
export function dedentTemplates(source) {
  const parts = [];
  const emit = (text) => parts.push(text);
  let from = 0;
  let match;
  TAG.lastIndex = 0;
  while ((match = TAG.exec(source))) {
    const start = match.index + match[0].length;
    parts.push(source.slice(from, start));
    from = templateEnd(source, start, true, emit);
    TAG.lastIndex = from;
  }
  parts.push(source.slice(from));
  return parts.join('');
}

/**
 * Scans a template literal from just after its opening backtick; returns the index just after its
 * closing backtick. Static text goes to `emit` dedented when `dedent`; expressions go as they are.
 */
function templateEnd(s, i, dedent, emit) {
  let text = '';
  const emitText = () => {
    emit(dedent ? text.replace(/\n[ \t]+/g, '\n') : text);
    text = '';
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') {
      text += s.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      emitText();
      emit('`');
      return i + 1;
    } else if (c === '$' && s[i + 1] === '{') {
      emitText();
      i = expressionEnd(s, i + 2, emit);
    } else {
      text += c;
      i++;
    }
  }
  throw new Error('dedent-lit-templates: a template literal does not end');
}

/** Scans `${…}` from just after `${`; emits it (nested html/svg templates dedented); returns the index after `}`. */
function expressionEnd(s, i, emit) {
  emit('${');
  let depth = 0;
  let code = '';
  const emitCode = () => {
    emit(code);
    code = '';
  };
  while (i < s.length) {
    const c = s[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
      code += s.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && s[i + 1] === '/') {
      const j = s.indexOf('\n', i);
      code += s.slice(i, j);
      i = j;
    } else if (c === '/' && s[i + 1] === '*') {
      const j = s.indexOf('*/', i) + 2;
      code += s.slice(i, j);
      i = j;
    } else if (c === '`') {
      const tagged = /\b(?:html|svg)$/.test(code);
      code += '`';
      emitCode();
      i = templateEnd(s, i + 1, tagged, emit);
    } else if (c === '{') {
      depth++;
      code += c;
      i++;
    } else if (c === '}') {
      if (depth === 0) {
        emitCode();
        emit('}');
        return i + 1;
      }
      depth--;
      code += c;
      i++;
    } else {
      code += c;
      i++;
    }
  }
  throw new Error('dedent-lit-templates: an expression in a template does not end');
}
