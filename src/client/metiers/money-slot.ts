/**
 * The slots where the money part of the answer goes (the amount today, the
 * arrears estimate, the model letter): one `.answer-money` element per « oui »,
 * whose data attributes hold its input (data-mesures, data-depuis,
 * data-secteur, data-quotite). The money part fills them; until it is
 * plugged in, they stay empty.
 */

/** The input of one slot, as the money part reads it. */
export interface MoneySlotInput {
  mesureIds: string[];
  /** First month due, AAAA-MM. */
  depuis: string;
  secteur: string;
  /** Share of full time (0–1), when the query says it. */
  quotite?: number;
}

/** Reads a slot's input from its attributes. */
export function slotInput(slot: HTMLElement): MoneySlotInput {
  const quotite = slot.dataset.quotite ? Number(slot.dataset.quotite) : undefined;
  return {
    mesureIds: (slot.dataset.mesures ?? '').split(';').filter((id) => id !== ''),
    depuis: slot.dataset.depuis ?? '',
    secteur: slot.dataset.secteur ?? '',
    ...(quotite === undefined || Number.isNaN(quotite) ? {} : { quotite }),
  };
}

/** Every money slot of an answer region, with its input: where the money part renders. */
export function fillMoneySlots(region: ParentNode): { slot: HTMLElement; input: MoneySlotInput }[] {
  return [...region.querySelectorAll<HTMLElement>('.answer-money[data-money]')].map((slot) => ({
    slot,
    input: slotInput(slot),
  }));
}
