/** Site-wide constants: name, navigation, licences. */

export const SITE_NAME = 'Oubliés du Ségur — l’observatoire';
export const SITE_SHORT_NAME = 'Oubliés du Ségur';

export interface NavItem {
  href: string;
  label: string;
}

/** The header navigation, in reading order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Accueil' },
  { href: '/chronologie/', label: 'Chronologie' },
  { href: '/estimations/', label: 'Estimations' },
  { href: '/departements/', label: 'Départements' },
  { href: '/metiers/', label: 'Métiers' },
  { href: '/donnees/', label: 'Données' },
  { href: '/sources/', label: 'Sources' },
  { href: '/a-propos/', label: 'À propos' },
];

export const DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  short: 'Licence Ouverte 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export const CODE_LICENCE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;

/** True when `href` is the current page or one of its children (the home page matches only itself). */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}
