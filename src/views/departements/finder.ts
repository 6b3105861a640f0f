/**
 * « Trouver un département »: every collectivity page from A to Z, as a list
 * of links that works without JavaScript; the browser turns it into a
 * combobox that searches names and numbers (src/client/collectivite-finder.ts).
 */
import { foldFrench } from '../../lib/fold.ts';
import { collectivitePageHref } from '../../lib/departements.ts';
import { plural } from '../../lib/format.ts';
import { collectivitePages } from '../../queries/collectivites.ts';

export interface FinderEntry {
  /** « Ain (01) », « Métropole de Lyon (69M) », « Grand Est (région) ». */
  label: string;
  href: string;
  /** What the search matches: the folded name, then the code (« cote d or 21 ») or « region ». */
  terms: string;
  /** « 3 faits documentés », « cherché, rien trouvé ». */
  status: string;
}

export interface FinderGroup {
  letter: string;
  entries: readonly FinderEntry[];
}

/** The entries, grouped by the first letter of their folded name, A to Z. */
export function finderGroups(): FinderGroup[] {
  const entries = collectivitePages().map((page) => ({
    label: page.title,
    href: collectivitePageHref(page.code),
    // A region's INSEE code would collide with a département's number (« 84 »): regions are found by name.
    terms: `${foldFrench(page.name)} ${page.kind === 'region' ? 'region' : page.code.toLowerCase()}`,
    status:
      page.rows.length > 0
        ? plural(page.rows.length, 'fait documenté', 'faits documentés')
        : page.searched
          ? 'cherché, rien trouvé'
          : 'rien de documenté',
    sortKey: foldFrench(page.name),
  }));
  entries.sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'fr') || a.label.localeCompare(b.label, 'fr'));
  const groups = new Map<string, FinderEntry[]>();
  for (const { sortKey, ...entry } of entries) {
    const letter = sortKey.charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, entries: grouped }));
}
