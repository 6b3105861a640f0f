/** The ICO container of /favicon.ico: header, one directory entry, the PNG after them. */
import { describe, expect, it } from 'vitest';
import { icoOfPng } from '../../src/lib/ico.ts';

describe('le fichier ICO', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  const ico = icoOfPng(png, 64, 64);
  const view = new DataView(ico.buffer);

  it('annonce une icône d’une image, de sa taille et de sa longueur', () => {
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([64, 64]);
    expect(view.getUint32(14, true)).toBe(png.length);
    expect(view.getUint32(18, true)).toBe(22);
  });

  it('porte le PNG tel quel après l’en-tête', () => {
    expect([...ico.slice(22)]).toEqual([...png]);
  });

  it('écrit 0 pour 256 pixels et refuse plus grand', () => {
    expect(icoOfPng(png, 256, 256)[6]).toBe(0);
    expect(() => icoOfPng(png, 512, 512)).toThrow(/Taille d’icône invalide/);
  });
});
