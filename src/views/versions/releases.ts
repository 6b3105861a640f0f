/** Presenter of the published data versions (the list on /donnees/ and /donnees/versions/). */
import type { Release } from '../../lib/release/types.ts';
import { allReleases, currentDataVersion } from '../../queries/releases.ts';

export interface ReleaseListView {
  /** The newest published version, if any. */
  latest: Release | undefined;
  /** The earlier ones, newest first. */
  earlier: readonly Release[];
  /** The version of the data the site shows (it may not be published yet in a development build). */
  current: string;
}

/** The versions as the release list shows them. */
export function releaseList(): ReleaseListView {
  const [latest, ...earlier] = allReleases();
  return { latest, earlier, current: currentDataVersion() };
}
