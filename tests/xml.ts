/**
 * Well-formedness check for the XML the site writes (SVG charts, Atom feeds,
 * the sitemap), shared by unit and browser tests. fast-xml-parser validates
 * while parsing when asked, and throws on malformed input.
 */
import { XMLParser } from 'fast-xml-parser';

/** True when `xml` is well-formed XML. */
export function isWellFormedXml(xml: string): boolean {
  try {
    new XMLParser().parse(xml, true);
    return true;
  } catch {
    return false;
  }
}
