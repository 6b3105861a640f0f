/**
 * The message an embed page (/embed/<chart>/) sends to the page that frames
 * it, so that the host can size the <iframe> to the content. A public
 * contract: the host snippet offered beside each embed code, and any host's
 * own script, read exactly this (documented in README.md, « Intégrer un
 * graphique »).
 */

/** The `type` of the message: namespaced, so that a host can tell it from other sites' messages. */
export const EMBED_HEIGHT_MESSAGE = 'oublies-du-segur:hauteur';

/** What `event.data` holds in the host's `message` listener. */
export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** Height of the embed page's content, in CSS pixels, rounded up: the frame's height that shows it all. */
  height: number;
  /** The embed page's path (`/embed/<chart>/`), to tell several frames of this site apart when needed. */
  path: string;
}
