/**
 * Presenter of the site footer: who publishes and how to reach them
 * (site.config.ts), the date and version of the latest data change, and the
 * two ways to report an error on the current page.
 */
import { SITE_CONFIG } from '../../../site.config.ts';
import { reportErrorMailto, repositoryIssuesUrl } from '../../lib/publication.ts';
import { latestDataChange } from '../../queries/changements.ts';
import { currentDataVersion, releaseByVersion } from '../../queries/releases.ts';

export interface FooterView {
  publisher: string;
  contactEmail: string;
  repositoryUrl: string | null;
  /** Date of the latest change to the data (`AAAA-MM-JJ`). */
  latest: string;
  /** Current data version (`AAAA.M.J`). */
  version: string;
  /** Page of the frozen version, when it is released. */
  releasePath: string | null;
  /** A mail to the contact whose subject names the page. */
  reportMailto: string;
  /** The repository's issues, when there is a repository. */
  issuesUrl: string | null;
}

/** The footer of a page, given its title and absolute address. */
export function footerView(pageTitle: string, pageUrl: string): FooterView {
  const { publisher, contactEmail, repositoryUrl } = SITE_CONFIG;
  const version = currentDataVersion();
  const release = releaseByVersion(version);
  return {
    publisher,
    contactEmail,
    repositoryUrl,
    latest: latestDataChange(),
    version,
    releasePath: release ? release.path : null,
    reportMailto: reportErrorMailto(contactEmail, { title: pageTitle, url: pageUrl }),
    issuesUrl: repositoryUrl ? repositoryIssuesUrl(repositoryUrl) : null,
  };
}
