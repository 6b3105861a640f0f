/**
 * <copy-citation>: progressive enhancement around a citation printed in the
 * page. Without JavaScript (or without the Clipboard API) the « Copier »
 * button stays hidden and the citation remains readable and selectable under
 * « Citer ». With it, the button copies the citation and says so in a live region.
 */
class CopyCitation extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]');
    const citation = this.querySelector<HTMLElement>('[data-citation]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !citation || !status) return;
    if (!window.isSecureContext || !navigator.clipboard?.writeText) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(citation.textContent?.trim() ?? '');
        status.textContent = 'Citation copiée dans le presse-papiers.';
      } catch {
        status.textContent = 'Copie refusée par le navigateur : ouvrez « Citer » et sélectionnez le texte.';
      }
    });
  }
}

if (!customElements.get('copy-citation')) customElements.define('copy-citation', CopyCitation);
