/**
 * The fill and texture of each category of the département map, the same in
 * every view: an answer keeps its look from one question to the next. Colours
 * from the Okabe–Ito palette; every answer also has its own texture, so that
 * colour is never the only cue. The three empty categories are greys (the
 * stylesheet adapts them to dark mode through their classes).
 */
import type { CategoryKey } from '../lib/codes/map-views.ts';
import type { CategoryStyle } from './departements-map.ts';

const DARK_INK = '#1a1a1a';
const LIGHT_INK = '#ffffff';

/** Style of each category. */
export const CATEGORY_STYLES: ReadonlyMap<CategoryKey, CategoryStyle> = new Map<CategoryKey, CategoryStyle>([
  ['paiement_integral', { fill: '#009e73', texture: 'points', ink: LIGHT_INK }],
  ['paiement_partiel', { fill: '#56b4e9', texture: 'horizontales', ink: DARK_INK }],
  ['aucun_paiement', { fill: '#d55e00', texture: 'croisillons', ink: LIGHT_INK }],
  ['vote', { fill: '#0072b2', texture: 'verticales', ink: LIGHT_INK }],
  ['annonce', { fill: '#f0e442', texture: 'contre-diagonales', ink: DARK_INK }],
  ['refus', { fill: '#e69f00', texture: 'diagonales', ink: DARK_INK }],
  ['compensation_notifiee', { fill: '#0072b2', texture: 'points', ink: LIGHT_INK }],
  ['mesure_constatee', { fill: '#56b4e9', texture: 'horizontales', ink: DARK_INK }],
  ['mobilise', { fill: '#e4e6ea', texture: null, ink: DARK_INK }],
  ['autre_question', { fill: '#d4d7dc', texture: null, ink: DARK_INK }],
  ['cherche_rien_trouve', { fill: '#f3f4f6', texture: 'points-fins', ink: '#767c85' }],
  ['non_cherche', { fill: '#ffffff', texture: 'diagonales', ink: '#b0b4ba' }],
]);
