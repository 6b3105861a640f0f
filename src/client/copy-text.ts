/**
 * <copy-text data-target="id">: reveals its hidden button (or makes one, named
 * « Copier » + data-label, when the HTML has none) and copies the text
 * of the target (a textarea's value, or an element's text) to the clipboard,
 * then says so in its live region. Without JavaScript the button stays
 * hidden and the text remains selectable by hand.
 *
 * An element marked `data-access-date` inside the target (the « consulté le »
 * of a citation) gets the reader's date when the page runs, and again when the
 * text is copied: the page was built on another day. Without JavaScript it
 * keeps its placeholder, which says to add the date.
 */
import { formatLocalDay } from '../lib/format.ts';

class CopyText extends HTMLElement {
  connectedCallback(): void {
    if (!this.querySelector('button') && this.dataset['label']) this.#makeButton(this.dataset['label']);
    const button = this.querySelector('button');
    if (!button || button.dataset['ready']) return;
    button.dataset['ready'] = 'oui';
    button.hidden = false;
    button.addEventListener('click', () => void this.copy());
    this.#fillAccessDate();
  }

  /**
   * A table with a citation per row gets its buttons here, not in the HTML:
   * hundreds of inert buttons and status lines would weigh on the page without JavaScript.
   */
  #makeButton(label: string): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.hidden = true;
    button.append('Copier');
    const hiddenLabel = document.createElement('span');
    hiddenLabel.className = 'visually-hidden';
    hiddenLabel.textContent = ` ${label}`;
    button.append(hiddenLabel);
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    this.append(button, status);
  }

  #fillAccessDate(): void {
    for (const slot of this.#target()?.querySelectorAll('[data-access-date]') ?? []) {
      slot.textContent = formatLocalDay(new Date());
    }
  }

  #target(): HTMLElement | null {
    const id = this.dataset['target'];
    return id ? document.getElementById(id) : null;
  }

  #say(message: string): void {
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = message;
  }

  async copy(): Promise<void> {
    const target = this.#target();
    if (!target) return;
    this.#fillAccessDate();
    const text = target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '').trim();
    try {
      await navigator.clipboard.writeText(text);
      this.#say(this.dataset['done'] ?? 'Copié dans le presse-papiers.');
    } catch {
      // No clipboard access (permissions, insecure context): select the text so that Ctrl+C works.
      if (target instanceof HTMLTextAreaElement) target.select();
      else window.getSelection()?.selectAllChildren(target);
      this.#say('Copie automatique impossible : le texte est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).');
    }
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
