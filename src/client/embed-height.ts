/**
 * On an embed page: tells the page that frames it how tall the content is,
 * at load and whenever it changes (the host's frame gets narrower, the layout
 * switches, a font arrives), with `postMessage` (message shape in
 * src/lib/embed-message.ts). The host's snippet sets the <iframe>'s height
 * from it; a host without a script keeps the default height of the embed
 * code, which already shows everything.
 *
 * The message goes to any origin (`'*'`): a host can be any site, and the
 * message holds nothing private (a height and a public path). It is the
 * host's snippet that checks where a message comes from (`event.origin`, and
 * `event.source` against each frame). This page accepts no message.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../lib/embed-message.ts';

function reportHeight(): void {
  // Shown on its own (not framed): nobody to tell.
  if (window.parent === window) return;
  let reported = 0;
  const report = (): void => {
    // The root element's own box: the content's height, never the frame's (no feedback loop).
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported || height === 0) return;
    reported = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height, path: location.pathname };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

reportHeight();
