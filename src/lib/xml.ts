/** Escaping for XML and HTML text written by hand (SVG charts, the Atom feed). */

/** Characters XML 1.0 forbids anywhere (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must be removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe inside an XML or HTML element or a double- or single-quoted
 * attribute: & < > " ' escaped, characters XML cannot carry removed. Line
 * breaks and tabs become character references: an XML parser turns a literal
 * one inside an attribute into a space (a chart's multi-line tooltip would
 * lose its lines in the .svg file), while a reference survives, and means the
 * same character in a text node.
 */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
