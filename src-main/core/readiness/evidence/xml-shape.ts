/**
 * Bounds checks and entity decoding for untrusted XML, done before and after fast-xml-parser so
 * that the library never sees an over-deep or over-long document and never expands an entity.
 */

/**
 * One pass over the text: the deepest element nesting and the number of elements. Comments,
 * CDATA sections and processing instructions are skipped; a '>' inside a quoted attribute value
 * does not end a tag. Malformed text is left to the validator: this only counts.
 */
export function xmlShapeProblem(
  text: string,
  maxDepth: number,
  maxElements: number,
): 'too-deep' | 'too-many-items' | null {
  let depth = 0;
  let count = 0;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const skipTo = text.startsWith('<!--', i)
      ? '-->'
      : text.startsWith('<![CDATA[', i)
        ? ']]>'
        : text.startsWith('<?', i)
          ? '?>'
          : null;
    if (skipTo !== null) {
      const end = text.indexOf(skipTo, i + 2);
      if (end === -1) return null;
      i = end;
      continue;
    }
    if (text.charCodeAt(i + 1) === 0x2f) {
      depth--;
      continue;
    }
    let j = i + 1;
    let quote = 0;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e) break;
    }
    if (++count > maxElements) return 'too-many-items';
    if (text.charCodeAt(j - 1) !== 0x2f && ++depth > maxDepth) return 'too-deep';
    i = j;
  }
  return null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined XML entities and character references; anything else stays as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}
