/**
 * Reads public/_headers (Cloudflare Pages / Netlify syntax) and says which
 * headers a path receives, so that tests and the local static server apply
 * exactly what the host will. Semantics of Cloudflare Pages: every matching
 * rule contributes; the same header from two rules is joined with « , »; a
 * « ! Name » line detaches that header when another matching rule set it.
 */

export interface HeaderRule {
  /** Path pattern: `/*`, `/embed/*`, `/exact/path`, with `*` matching anything (slashes included). */
  pattern: string;
  headers: { name: string; value: string }[];
  /** Header names this rule removes from the other matching rules (lower case). */
  detach: string[];
}

/** Parses the file; comments (`#`) and blank lines are ignored, header lines are indented. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '' || rawLine.trim().startsWith('#')) continue;
    const indented = /^\s/.test(rawLine);
    const line = rawLine.trim();
    if (!indented) {
      rules.push({ pattern: line, headers: [], detach: [] });
      continue;
    }
    const rule = rules[rules.length - 1];
    if (!rule) throw new Error(`_headers : en-tête « ${line} » avant tout chemin`);
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers : ligne « ${line} » sans « Nom: valeur »`);
    rule.headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return rules;
}

/** Whether a rule's pattern matches a request path (`*` spans any characters, slashes included). */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** The headers a path receives, by lower-case name. */
export function headersFor(path: string, rules: readonly HeaderRule[]): Map<string, string> {
  const matching = rules.filter((rule) => patternMatches(rule.pattern, path));
  const result = new Map<string, string[]>();
  for (const rule of matching) {
    const detachedByOthers = new Set(matching.filter((other) => other !== rule).flatMap((other) => other.detach));
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      if (detachedByOthers.has(key)) continue;
      result.set(key, [...(result.get(key) ?? []), value]);
    }
  }
  return new Map([...result].map(([name, values]) => [name, values.join(', ')]));
}

/** A Content-Security-Policy as a map from directive to its sources (`default-src` → [`'self'`]). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
