import {noChange} from 'lit';
import {Directive, PartType, directive, type AttributePart, type PartInfo} from 'lit/directive.js';

/** Style properties by name: camelCase (`maxWidth`) or dashed (`max-width`, `--custom`). */
export type StyleInfo = Readonly<Record<string, string | number | undefined | null>>;

/**
 * Lit's `styleMap`, minus one thing: it never writes the `style` attribute. Lit's version does on
 * first render, and a page whose Content-Security-Policy has no `'unsafe-inline'` in `style-src`
 * blocks that ("style-src-attr"), leaving every mark at 0,0. Setting properties through the CSSOM
 * (`element.style`) is not governed by CSP, so this directive only ever does that.
 */
class CssomStyleMapDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleMap() must be the whole value of a `style` attribute');
    }
  }

  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.applied) {
      if (styles[name] == null) {
        this.applied.delete(name);
        setStyle(style, name, '');
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      this.applied.add(name);
      setStyle(style, name, String(value));
    }
    return noChange;
  }
}

function setStyle(style: CSSStyleDeclaration, name: string, value: string): void {
  if (name.includes('-')) {
    const important = value.endsWith(' !important');
    style.setProperty(name, important ? value.slice(0, -' !important'.length) : value, important ? 'important' : '');
  } else {
    (style as unknown as Record<string, string>)[name] = value;
  }
}

/** Sets an element's inline style properties through the CSSOM, so a strict CSP allows them. */
export const styleMap = directive(CssomStyleMapDirective);
