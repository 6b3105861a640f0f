/**
 * The ARIA 1.2 combobox pattern with a list popup (« list autocomplete »,
 * as in the WAI-ARIA Authoring Practices): an input with role=combobox that
 * owns a listbox through aria-controls; the active option is named by
 * aria-activedescendant while focus stays in the input.
 *
 * Keys: ↓ opens the list or moves to the next option, ↑ to the previous one
 * (both wrap), Alt+↓ opens without moving, Enter picks the active option,
 * Escape closes the list, or clears the input when it is closed, Tab leaves.
 */

export interface ComboboxOption {
  /** Visible text, also the option's accessible name. */
  label: string;
  /** A second line (the profession's full label). */
  detail?: string;
}

export interface ComboboxHandlers<T extends ComboboxOption> {
  /** Options for the current text. */
  options: (text: string) => T[];
  /** An option was picked (Enter or click). */
  onPick: (option: T) => void;
  /** The text changed (typing, or cleared by Escape). */
  onInput: (text: string) => void;
}

export class Combobox<T extends ComboboxOption> {
  readonly input: HTMLInputElement;
  readonly listbox: HTMLUListElement;
  readonly #handlers: ComboboxHandlers<T>;
  #options: T[] = [];
  #active = -1;

  constructor(input: HTMLInputElement, handlers: ComboboxHandlers<T>, listLabel: string) {
    this.input = input;
    this.#handlers = handlers;
    const id = `${input.id}-liste`;
    this.listbox = document.createElement('ul');
    this.listbox.id = id;
    this.listbox.className = 'combobox-listbox';
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.setAttribute('aria-label', listLabel);
    this.listbox.hidden = true;
    input.after(this.listbox);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    input.addEventListener('input', () => {
      this.#handlers.onInput(input.value);
      this.refresh(false);
    });
    input.addEventListener('keydown', (event) => this.#onKey(event));
    input.addEventListener('blur', () => this.close());
    // Keep the focus in the input when an option is clicked.
    this.listbox.addEventListener('pointerdown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const item = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (!item) return;
      const option = this.#options[Number(item.dataset.index)];
      if (option) this.#pick(option);
    });
  }

  /** True while the list is shown. */
  get isOpen(): boolean {
    return !this.listbox.hidden;
  }

  /** Recomputes the options for the input's text and shows them (or hides an empty list). */
  refresh(activateFirst: boolean): void {
    this.#options = this.input.value.trim() === '' ? [] : this.#handlers.options(this.input.value);
    this.listbox.replaceChildren(
      ...this.#options.map((option, index) => {
        const item = document.createElement('li');
        item.id = `${this.listbox.id}-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.dataset.index = String(index);
        const label = document.createElement('span');
        label.className = 'combobox-label';
        label.textContent = option.label;
        item.append(label);
        if (option.detail) {
          const detail = document.createElement('span');
          detail.className = 'combobox-detail';
          detail.textContent = option.detail;
          item.append(detail);
        }
        return item;
      }),
    );
    this.#active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (this.#options.length === 0) {
      this.close();
      return;
    }
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (activateFirst) this.#activate(0);
  }

  /** Hides the list. */
  close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }

  /** How many options are shown. */
  get count(): number {
    return this.isOpen ? this.#options.length : 0;
  }

  #activate(index: number): void {
    const items = this.listbox.querySelectorAll<HTMLElement>('[role="option"]');
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    this.#active = index;
    const item = items[index];
    if (item) {
      this.input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  #pick(option: T): void {
    this.close();
    this.#handlers.onPick(option);
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.isOpen) {
          this.refresh(!event.altKey);
        } else if (count > 0 && !event.altKey) {
          this.#activate((this.#active + 1) % count);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.isOpen) {
          this.refresh(false);
          if (this.#options.length > 0) this.#activate(this.#options.length - 1);
        } else if (count > 0) {
          this.#activate(this.#active <= 0 ? count - 1 : this.#active - 1);
        }
        break;
      case 'Enter': {
        const option = this.isOpen && this.#active >= 0 ? this.#options[this.#active] : undefined;
        if (option) {
          // The option, not the form: the page must not submit.
          event.preventDefault();
          this.#pick(option);
        } else {
          this.close();
        }
        break;
      }
      case 'Escape':
        if (this.isOpen) {
          event.preventDefault();
          this.close();
        } else if (this.input.value !== '') {
          event.preventDefault();
          this.input.value = '';
          this.#handlers.onInput('');
        }
        break;
      case 'Tab':
        this.close();
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text; no option stays active.
        if (this.#active >= 0) this.#activate(-1);
        break;
      default:
        break;
    }
  }
}
