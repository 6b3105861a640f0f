/**
 * Who publishes the site, and where — the one place of its configuration.
 * Each setting comes from an environment variable, so that a deployment sets
 * it without touching the code (rules and messages in src/lib/publication.ts):
 *
 *   SITE_URL        public address of the site            https://exemple.fr
 *   PUBLISHER_NAME  who publishes (default: the site name) Association Exemple
 *   CONTACT_EMAIL   where readers write                   contact@exemple.fr
 *   REPOSITORY_URL  source repository (code and data)     https://forge.exemple.fr/oublies-du-segur
 *   SITE_ENV        « production » for a production build (npm run build:production sets it)
 *
 * Development and test builds use test values on the reserved .example domain;
 * a production build stops when SITE_URL or CONTACT_EMAIL is missing or a test value.
 */
import { resolvePublication } from './src/lib/publication.ts';
import { SITE_NAME } from './src/lib/site.ts';

export const PUBLICATION = resolvePublication(process.env, SITE_NAME);

/** The settings every page reads. */
export const SITE_CONFIG = PUBLICATION.settings;
