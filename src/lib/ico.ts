/**
 * An ICO file holding one PNG image (allowed since Windows Vista, read by
 * every current browser): what a browser fetches at /favicon.ico before, or
 * instead of, reading the page's <link rel="icon">.
 */

/** The ICO container of one PNG of `width` × `height` pixels (each at most 256). */
export function icoOfPng(png: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
  if (width < 1 || height < 1 || width > 256 || height > 256)
    throw new Error(`Taille d’icône invalide : ${width} × ${height}`);
  const header = 6;
  const entry = 16;
  const ico = new Uint8Array(header + entry + png.length);
  const view = new DataView(ico.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, 1, true); // one image
  // Width and height: 0 stands for 256.
  view.setUint8(6, width % 256);
  view.setUint8(7, height % 256);
  view.setUint8(8, 0); // no palette
  view.setUint8(9, 0); // reserved
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true);
  view.setUint32(18, header + entry, true);
  ico.set(png, header + entry);
  return ico;
}
