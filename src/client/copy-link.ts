/**
 * <copy-link data-href="/chronologie/#id" data-described-by="…">: where the
 * Clipboard API is available, makes its « Copier le lien » button (described
 * by the element named in data-described-by) and a status line; the button
 * copies the absolute address of the anchor and the status line confirms it
 * (visible, and announced). Elsewhere, and without JavaScript, it stays empty.
 * Both attributes may be left out inside an element with an id (an event of
 * the timeline): the anchor is that id, the description its aria-labelledby —
 * a list of a hundred items then carries a bare <copy-link> each.
 */
const CONFIRMATION_MS = 6000;

class CopyLink extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const anchor = this.parentElement?.closest('[id]');
    const href = this.dataset.href ?? (anchor ? `${window.location.pathname}#${anchor.id}` : undefined);
    const describedBy =
      this.dataset.describedBy ?? this.closest('[aria-labelledby]')?.getAttribute('aria-labelledby') ?? undefined;
    // Without a secure context there is no navigator.clipboard: no button.
    if (!href || !window.isSecureContext || !navigator.clipboard || this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link-button';
    button.textContent = 'Copier le lien';
    if (describedBy) button.setAttribute('aria-describedby', describedBy);
    // The status line exists before anything is written in it, so that screen readers announce the change.
    const status = document.createElement('span');
    status.className = 'copy-link-status';
    status.setAttribute('role', 'status');
    status.dataset.copyStatus = '';
    this.append(button, status);
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
