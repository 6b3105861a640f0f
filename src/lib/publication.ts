/**
 * Who publishes the site and where: its public address, the publisher's name,
 * a contact address and the address of the source repository. Read from
 * environment variables in one place (site.config.ts at the project root);
 * this module only turns them into settings and says, in French, what is
 * missing or wrong. Development and test builds fall back to test values;
 * a production build takes none and stops on any problem.
 */

/** The environment variables, by setting. */
export const PUBLICATION_VARIABLES = {
  mode: 'SITE_ENV',
  siteUrl: 'SITE_URL',
  publisher: 'PUBLISHER_NAME',
  contactEmail: 'CONTACT_EMAIL',
  repositoryUrl: 'REPOSITORY_URL',
} as const;

/** Values for development and test builds only, on the reserved `.example` domain so that they never pass for real. */
export const TEST_PUBLICATION = {
  siteUrl: 'https://oublies-du-segur.example',
  contactEmail: 'contact@oublies-du-segur.example',
  repositoryUrl: 'https://depot.oublies-du-segur.example/oublies-du-segur',
} as const;

export interface PublicationSettings {
  /** True for a production build (SITE_ENV=production). */
  production: boolean;
  /** Public origin of the site, without trailing slash (`https://exemple.fr`). */
  siteUrl: string;
  /** Who publishes (« Oubliés du Ségur — l’observatoire » unless PUBLISHER_NAME says otherwise). */
  publisher: string;
  /** Where readers write, e.g. to report an error. */
  contactEmail: string;
  /** The source repository (code and data), or null when a production build has none to show. */
  repositoryUrl: string | null;
}

export interface Publication {
  settings: PublicationSettings;
  /** Every problem found, in French; a build stops when there is one. */
  problems: string[];
}

type Environment = Readonly<Record<string, string | undefined>>;

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

function isTestHost(host: string): boolean {
  return host === 'example' || host.endsWith('.example') || host === 'localhost';
}

function checkUrl(name: string, value: string, production: boolean, problems: string[]): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name} vaut « ${value} » : attendu une adresse complète, par exemple https://exemple.fr.`);
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !production)) {
    problems.push(`${name} vaut « ${value} » : attendu une adresse en https://.`);
    return null;
  }
  if (production && isTestHost(url.hostname)) {
    problems.push(`${name} vaut « ${value} », une adresse de test : donnez la vraie adresse.`);
    return null;
  }
  return url.href.replace(/\/$/, '');
}

/** Reads the settings from an environment (process.env at build time). */
export function resolvePublication(env: Environment, defaultPublisher: string): Publication {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const mode = read(PUBLICATION_VARIABLES.mode);
  if (mode !== undefined && mode !== 'production' && mode !== 'developpement') {
    problems.push(
      `${PUBLICATION_VARIABLES.mode} vaut « ${mode} » : attendu « production » (ou « developpement », la valeur par défaut).`,
    );
  }
  const production = mode === 'production';

  const siteValue = read(PUBLICATION_VARIABLES.siteUrl);
  let siteUrl: string = TEST_PUBLICATION.siteUrl;
  if (siteValue !== undefined) {
    siteUrl = checkUrl(PUBLICATION_VARIABLES.siteUrl, siteValue, production, problems) ?? siteUrl;
  } else if (production) {
    problems.push(
      `${PUBLICATION_VARIABLES.siteUrl} n’est pas défini : donnez l’adresse publique du site (par exemple ${PUBLICATION_VARIABLES.siteUrl}=https://exemple.fr), sans quoi les adresses des pages, des flux, des citations et du plan du site seraient fausses.`,
    );
  }

  const contactValue = read(PUBLICATION_VARIABLES.contactEmail);
  let contactEmail: string = TEST_PUBLICATION.contactEmail;
  if (contactValue !== undefined) {
    if (!EMAIL.test(contactValue)) {
      problems.push(
        `${PUBLICATION_VARIABLES.contactEmail} vaut « ${contactValue} » : attendu une adresse électronique (nom@domaine.fr).`,
      );
    } else if (production && isTestHost(contactValue.split('@')[1] ?? '')) {
      problems.push(
        `${PUBLICATION_VARIABLES.contactEmail} vaut « ${contactValue} », une adresse de test : donnez la vraie adresse.`,
      );
    } else {
      contactEmail = contactValue;
    }
  } else if (production) {
    problems.push(
      `${PUBLICATION_VARIABLES.contactEmail} n’est pas défini : donnez l’adresse où les lecteurs écrivent pour signaler une erreur (par exemple ${PUBLICATION_VARIABLES.contactEmail}=contact@exemple.fr).`,
    );
  }

  const repositoryValue = read(PUBLICATION_VARIABLES.repositoryUrl);
  let repositoryUrl: string | null = production ? null : TEST_PUBLICATION.repositoryUrl;
  if (repositoryValue !== undefined) {
    repositoryUrl = checkUrl(PUBLICATION_VARIABLES.repositoryUrl, repositoryValue, production, problems);
  }

  return {
    settings: {
      production,
      siteUrl,
      publisher: read(PUBLICATION_VARIABLES.publisher) ?? defaultPublisher,
      contactEmail,
      repositoryUrl,
    },
    problems,
  };
}

/** The message a build stops with. */
export function publicationErrorMessage(publication: Publication): string {
  const what = publication.settings.production ? 'Construction de production impossible' : 'Configuration invalide';
  return [
    `${what} :`,
    ...publication.problems.map((problem) => `  - ${problem}`),
    'Définissez ces variables d’environnement (voir « Publier » dans README.md), puis relancez la construction.',
  ].join('\n');
}

/**
 * A `mailto:` link whose subject names the page (« Signalement d’erreur :
 * Chronologie ») and whose body gives its address and what to write; without
 * a page, the body asks for it. Encoded per RFC 6068 (spaces as %20, never +).
 */
export function reportErrorMailto(contactEmail: string, page?: { title: string; url: string }): string {
  const subject = page ? `Signalement d’erreur : ${page.title}` : 'Signalement d’erreur';
  const body = [
    `Page : ${page?.url ?? '(adresse de la page concernée)'}`,
    '',
    'Ce qui est faux ou manque :',
    '',
    'La source qui le corrige (titre, adresse, page) :',
    '',
  ].join('\n');
  return `mailto:${contactEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Where to open a ticket: the repository's issues (GitHub, GitLab, Gitea and Forgejo all serve `<dépôt>/issues`). */
export function repositoryIssuesUrl(repositoryUrl: string): string {
  return `${repositoryUrl.replace(/\/$/, '')}/issues`;
}
