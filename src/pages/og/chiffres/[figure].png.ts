/** /og/chiffres/<id>.png — the social card of each key figure of the home page (1200 × 675), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyFigureById, keyFigures } from '../../../views/accueil/key-figures.ts';
import { socialCardResponse } from '../../../views/cards/social-card-png.ts';

// The ids do not depend on the site's address; the words of the card are made with it below.
export const getStaticPaths = (() =>
  keyFigures('https://oublies-du-segur.example').map((figure) => ({
    params: { figure: figure.id },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const figure = keyFigureById(params.figure, site ?? 'https://oublies-du-segur.example');
  if (!figure) return new Response(null, { status: 404 });
  return socialCardResponse(figure.card, site);
};
