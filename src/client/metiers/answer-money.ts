/**
 * <answer-money>: the « Montant, rappel et lettre » block in the browser.
 * The page builds it filled (src/components/metiers/AnswerMoney.astro); this
 * element reveals the form and the letter buttons, and on « Estimer » fills
 * the same markup again with the estimate at the reader's date. The rows come
 * from /metiers/calcul.json, loaded once, on first use.
 *
 * For the in-browser answer: clone the block's `<template>`, then either call
 * `fillAnswerMoney(copy, input, data)`, or set `data-input` (JSON of the
 * answer) and `data-fill` on the copy and insert it: it fills itself.
 */
import { fill } from './fill.ts';
import {
  moneyView,
  parseMoneyInput,
  serializeMoneyInput,
  type MoneyData,
  type ReaderAnswers,
} from '../../lib/metiers/money-view.ts';
import type { MoneyInput } from '../../lib/metiers/money.ts';
import { isYearMonth, localDay } from '../../lib/metiers/months.ts';

/** Where the rows are served. */
const MONEY_DATA_URL = '/metiers/calcul.json';

let loading: Promise<MoneyData> | null = null;

/** The rows of the calculator, fetched once per page. */
export function loadMoneyData(url = MONEY_DATA_URL): Promise<MoneyData> {
  loading ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url} : ${response.status}`);
    return response.json() as Promise<MoneyData>;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

let counter = 0;

/**
 * Fills a block (a copy of the template, or a block already on the page) for
 * an answer; with the reader's answers, adds the estimate at their date.
 */
export function fillAnswerMoney(
  block: HTMLElement,
  input: MoneyInput,
  data: MoneyData,
  reader: ReaderAnswers | null = null,
): void {
  const key = block.dataset['key'] ?? `montant-${++counter}`;
  block.dataset['key'] = key;
  block.dataset['input'] = serializeMoneyInput(input);
  fill(block, moneyView(input, data, { key, reader }));
}

/** Why the form cannot be computed, in French, and the field to go back to. */
interface FormProblem {
  message: string;
  field: HTMLElement;
}

class AnswerMoney extends HTMLElement {
  #ready = false;

  connectedCallback(): void {
    if (this.#ready) return;
    this.#ready = true;
    if (this.hasAttribute('data-fill')) void this.#fillSelf();
    else this.#enable();
  }

  async #fillSelf(): Promise<void> {
    const input = parseMoneyInput(this.dataset['input']);
    if (!input) return;
    fillAnswerMoney(this, input, await loadMoneyData());
    this.removeAttribute('data-fill');
    this.#enable();
  }

  #enable(): void {
    const form = this.querySelector<HTMLFormElement>('[data-money-form]');
    if (form) {
      form.hidden = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void this.#estimate(form);
      });
      // Choosing a month or a year means « paid since ».
      form.querySelectorAll('[data-paid-month], [data-paid-year]').forEach((field) =>
        field.addEventListener('input', () => {
          const since = form.querySelector<HTMLInputElement>('[data-paid="depuis"]');
          if (since) since.checked = true;
        }),
      );
    }
    const actions = this.querySelector<HTMLElement>('[data-letter-actions]');
    if (actions) {
      actions.hidden = false;
      actions.addEventListener('click', (event) => {
        const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
        if (!button) return;
        if (button.dataset['action'] === 'copier') void this.#copy();
        if (button.dataset['action'] === 'imprimer') this.#print();
        if (button.dataset['action'] === 'telecharger') this.#download(button.dataset['fileName'] ?? 'lettre.txt');
      });
    }
    this.dataset['ready'] = 'oui';
  }

  /** Reads the form; a problem names the field to fix. */
  #read(form: HTMLFormElement): { paidFrom: string | null; quotite: number } | FormProblem {
    const since = form.querySelector<HTMLInputElement>('[data-paid="depuis"]');
    const month = form.querySelector<HTMLSelectElement>('[data-paid-month]')!;
    const year = form.querySelector<HTMLInputElement>('[data-paid-year]')!;
    const quotiteField = form.querySelector<HTMLInputElement>('[data-quotite]')!;
    let paidFrom: string | null = null;
    if (since?.checked) {
      if (month.value === '') return { message: 'Choisissez le mois du premier versement.', field: month };
      if (!/^\d{4}$/.test(year.value.trim()))
        return { message: 'Indiquez l’année du premier versement, en quatre chiffres.', field: year };
      paidFrom = `${year.value.trim()}-${month.value}`;
      if (!isYearMonth(paidFrom)) return { message: 'Ce mois n’existe pas.', field: month };
    }
    const percent = Number(quotiteField.value.replace(',', '.'));
    if (!Number.isFinite(percent) || percent <= 0 || percent > 100)
      return {
        message: 'Indiquez la quotité de travail en pourcentage, de 1 à 100 (100 pour un temps plein).',
        field: quotiteField,
      };
    return { paidFrom, quotite: percent / 100 };
  }

  async #estimate(form: HTMLFormElement): Promise<void> {
    const error = form.querySelector<HTMLElement>('[data-money-error]');
    form.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
    const read = this.#read(form);
    if ('message' in read) {
      if (error) error.textContent = read.message;
      read.field.setAttribute('aria-invalid', 'true');
      if (error) read.field.setAttribute('aria-errormessage', error.id);
      read.field.focus();
      return;
    }
    if (error) error.textContent = '';
    const input = parseMoneyInput(this.dataset['input']);
    if (!input) return;
    let data: MoneyData;
    try {
      data = await loadMoneyData();
    } catch {
      if (error) error.textContent = 'Les montants n’ont pas pu être chargés : vérifiez la connexion et réessayez.';
      return;
    }
    fillAnswerMoney(this, input, data, { today: localDay(new Date()), paidFrom: read.paidFrom, quotite: read.quotite });
    this.dataset['estimation'] = 'oui';
  }

  #letterText(): string {
    const paragraphs = [...this.querySelectorAll('[data-letter] > p')].map((paragraph) => paragraph.textContent ?? '');
    return `${paragraphs.join('\n\n')}\n`;
  }

  #say(message: string): void {
    const status = this.querySelector('[data-letter-status]');
    if (status) status.textContent = message;
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#letterText());
      this.#say('Lettre copiée dans le presse-papiers.');
    } catch {
      // No clipboard access: select the letter so that Ctrl+C works.
      const letter = this.querySelector('[data-letter]');
      if (letter) window.getSelection()?.selectAllChildren(letter);
      this.#say('Copie automatique impossible : la lettre est sélectionnée, copiez-la avec Ctrl+C (ou Cmd+C).');
    }
  }

  #print(): void {
    const root = document.documentElement;
    this.dataset['printing'] = 'oui';
    root.classList.add('print-letter');
    const done = (): void => {
      root.classList.remove('print-letter');
      delete this.dataset['printing'];
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  #download(fileName: string): void {
    const url = URL.createObjectURL(new Blob([this.#letterText()], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#say(`Lettre téléchargée : ${fileName}.`);
  }
}

if (!customElements.get('answer-money')) customElements.define('answer-money', AnswerMoney);
