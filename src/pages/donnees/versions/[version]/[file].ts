/**
 * /donnees/versions/<version>/<fichier> — the files of each frozen version
 * (releases/<version>/), served byte for byte: CSVs, LICENCE.md,
 * datapackage.json and the zip. They never change once published.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allReleases, releaseFileBytes } from '../../../../queries/releases.ts';

export const getStaticPaths = (() =>
  allReleases().flatMap((release) =>
    release.files.map((file) => ({
      params: { version: release.version, file: file.name },
      props: { mediaType: file.mediaType },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const mediaType = String(props['mediaType']);
  const charset = mediaType.startsWith('text/') || mediaType === 'application/json' ? '; charset=utf-8' : '';
  return new Response(releaseFileBytes(String(params.version), String(params.file)), {
    headers: { 'Content-Type': `${mediaType}${charset}` },
  });
};
