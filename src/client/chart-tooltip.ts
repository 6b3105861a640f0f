/**
 * <chart-tooltip>: a tooltip for the marks of a build-time SVG chart, shown on
 * hover and on keyboard focus. Progressive enhancement only: every mark
 * already has an accessible name that carries its value, and the table beside
 * the chart holds the same rows, so the tooltip is hidden from assistive
 * technologies (aria-hidden) to avoid saying things twice.
 *
 * Marks are the descendants with `data-tooltip` (lines separated by "\n");
 * the tooltip points at their `.tip-anchor` child when they have one.
 * WCAG 1.4.13: it stays while the pointer is over the chart or the tooltip
 * itself, and Escape closes it.
 */
class ChartTooltip extends HTMLElement {
  #tip: HTMLDivElement | null = null;
  #current: Element | null = null;

  connectedCallback(): void {
    if (this.#tip) return;
    const tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.setAttribute('aria-hidden', 'true');
    tip.hidden = true;
    this.append(tip);
    this.#tip = tip;
    this.addEventListener('focusin', this.#onFocusIn);
    this.addEventListener('focusout', this.#onFocusOut);
    this.addEventListener('pointerover', this.#onPointerOver);
    this.addEventListener('pointerleave', this.#onPointerLeave);
    this.setAttribute('data-enhanced', '');
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKeyDown);
  }

  #markOf(target: EventTarget | null): Element | null {
    return target instanceof Element ? target.closest('[data-tooltip]') : null;
  }

  #onFocusIn = (event: FocusEvent): void => {
    const mark = this.#markOf(event.target);
    if (mark) this.show(mark);
  };

  #onFocusOut = (event: FocusEvent): void => {
    // Moving to another mark shows that one (focusin); leaving the marks closes.
    if (!this.#markOf(event.relatedTarget)) this.hide();
  };

  #onPointerOver = (event: PointerEvent): void => {
    const mark = this.#markOf(event.target);
    if (mark && mark !== this.#current) this.show(mark);
  };

  #onPointerLeave = (): void => {
    // Keep the tooltip of the focused mark: only hover-opened tooltips close here.
    if (!this.contains(document.activeElement) || !this.#markOf(document.activeElement)) this.hide();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#current) {
      event.preventDefault();
      this.hide();
    }
  };

  /** Shows the tooltip of one mark, above its anchor, kept inside the chart's width. */
  show(mark: Element): void {
    const tip = this.#tip;
    if (!tip) return;
    tip.textContent = mark.getAttribute('data-tooltip') ?? '';
    tip.hidden = false;
    this.#current = mark;
    document.addEventListener('keydown', this.#onKeyDown);
    const anchor = mark.querySelector('.tip-anchor') ?? mark;
    const box = anchor.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    const tipWidth = tip.offsetWidth;
    const centre = box.left - host.left + box.width / 2;
    const left = Math.max(0, Math.min(centre - tipWidth / 2, host.width - tipWidth));
    const above = box.top - host.top - tip.offsetHeight - 8;
    // CSSOM, not a style attribute in markup: allowed by the Content-Security-Policy.
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(above < 0 ? box.bottom - host.top + 8 : above)}px`;
  }

  hide(): void {
    if (this.#tip) this.#tip.hidden = true;
    this.#current = null;
    document.removeEventListener('keydown', this.#onKeyDown);
  }
}

if (!customElements.get('chart-tooltip')) customElements.define('chart-tooltip', ChartTooltip);
