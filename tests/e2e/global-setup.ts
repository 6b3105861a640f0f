/**
 * Serves dist/ for the browser tests with the project's own static server
 * (scripts/static-server.ts), which sends the headers of public/_headers — so
 * the Content-Security-Policy is enforced in every browser test — and answers
 * 404 with 404.html, as a static host does. Tests read its address with
 * `inject('baseUrl')` (tests/e2e/browser.ts does it for them).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` of the served dist/. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ absent : lancez d’abord `npm run build`.');
  const server = await startStaticServer({ root: 'dist', headersFile: 'public/_headers' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
