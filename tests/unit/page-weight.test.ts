/** The page-weight helpers of the benchmark, on made-up markup and modules. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moduleImports, pageWeight, referencedAssets } from '../../scripts/page-weight.ts';

const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('referencedAssets', () => {
  it('trouve les feuilles de style et les scripts du site, pas ceux d’ailleurs', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">' +
      '<script type="module" src="/_astro/b.js"></script><script src="https://ailleurs.exemple/x.js"></script>' +
      '<script type="application/json">{"src":"/x.js"}</script>';
    expect(referencedAssets(html)).toEqual({ css: ['/_astro/a.css'], js: ['/_astro/b.js'] });
  });
});

describe('moduleImports', () => {
  it('distingue les imports statiques des imports dynamiques', () => {
    const code =
      'import{a as b}from"./chunk.js";import"./side.js";export*from"./re.js";const m=()=>import("./lazy.js");';
    expect(moduleImports(code)).toEqual({ static: ['./chunk.js', './side.js', './re.js'], dynamic: ['./lazy.js'] });
  });
});

describe('pageWeight', () => {
  it('additionne le HTML, le CSS et le JS chargés avec la page, et compte à part le JS chargé à la demande', () => {
    const dist = mkdtempSync(join(tmpdir(), 'poids-'));
    made.push(dist);
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'page'));
    writeFileSync(
      join(dist, 'page', 'index.html'),
      '<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/m.js"></script>',
    );
    writeFileSync(join(dist, '_astro', 's.css'), 'p{color:red}');
    writeFileSync(join(dist, '_astro', 'm.js'), 'import"./c.js";import("./l.js");');
    writeFileSync(join(dist, '_astro', 'c.js'), 'export const c=1;');
    writeFileSync(join(dist, '_astro', 'l.js'), 'import"./c.js";export const l=2;');
    const weight = pageWeight(dist, '/page/');
    expect([weight.html.files, weight.css.files, weight.js.files, weight.lazyJs.files]).toEqual([1, 1, 2, 1]);
    expect(weight.css.raw).toBe(12);
    expect(weight.totalGzip).toBe(weight.html.gzip + weight.css.gzip + weight.js.gzip);
  });
});
