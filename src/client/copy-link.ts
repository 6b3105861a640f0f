/**
 * <copy-link data-href="/chronologie/#id">: reveals its hidden button where the
 * Clipboard API is available, copies the absolute address of the anchor, and
 * writes a confirmation in its status element (visible, and announced).
 */
const CONFIRMATION_MS = 6000;

class CopyLink extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    const href = this.dataset.href;
    // Without a secure context there is no navigator.clipboard: the button stays hidden.
    if (!button || !status || !href || !window.isSecureContext || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const address = new URL(href, window.location.origin).href;
      clearTimeout(this.#timer);
      try {
        await navigator.clipboard.writeText(address);
        status.textContent = 'Lien copié';
        this.#timer = setTimeout(() => {
          status.textContent = '';
        }, CONFIRMATION_MS);
      } catch {
        // Refused (permissions, focus lost): give the address to copy by hand, and leave it there.
        status.textContent = `Copie refusée par le navigateur ; adresse : ${address}`;
      }
    });
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
