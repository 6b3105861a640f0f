/**
 * Columns and rules every curated dataset shares: provenance (`source_ids`),
 * verification status and the note that explains any doubt.
 */
import { code, references, text } from './columns.ts';
import type { RowRule } from './dataset.ts';
import { startOf } from '../lib/dates.ts';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../lib/codes/common.ts';

/** The three provenance columns, to spread at the end of a dataset's columns. */
export const provenanceColumns = {
  /** Sources of the row. */
  source_ids: references({
    dataset: 'sources',
    description: 'Identifiants des sources qui étayent la ligne (data/sources.csv), séparés par « ; » ; au moins un.',
    example: 'an-ppr-liot-segur-pour-tous-2024;lms-cfdt-2024',
  }),
  /** Verification status. */
  statut_verification: code(VERIFICATION_STATUSES, {
    description:
      'confirme : attesté par un texte officiel ou par au moins une source autre que les cinq documents d’où le projet est parti ; source_unique : une seule source l’atteste ; incertain : sources divergentes ou valeur déduite.',
    example: 'confirme',
  }),
  /** Why the row is not confirmed, or any caveat. */
  note: text({
    required: false,
    description: 'Pourquoi la ligne n’est pas confirmée (obligatoire dans ce cas), ou toute réserve utile.',
    example: 'Chiffre lu uniquement dans la proposition de résolution.',
  }),
};

/**
 * How a note says why a figure has no `localisation`: « Emplacement dans la
 * source non relevé : … », or that the source could not be consulted or read
 * again (« n’a pas pu consulter de nouveau », « non relue »).
 */
const LOCATOR_REASON = /emplacement[^.]*non relevé|n[’']a pas pu (?:consulter|relire|être relu)|non relue?\b/i;

/** Where a figure stands in its first source: the column every figure dataset shares. */
export const localisationColumn = text({
  required: false,
  description:
    'Où se trouve le chiffre dans la première source de source_ids : article, annexe, page, section, intertitre ou paragraphe, ou « document entier » pour un texte court. Vide seulement si la note dit pourquoi (« Emplacement dans la source non relevé : … »).',
  example: 'Article 8 (montants du complément par date)',
});

/** A figure without `localisation` says why in its note. */
export function locatorOrReason<R extends { localisation: string | null; note: string | null }>(): RowRule<R> {
  return {
    column: 'localisation' as keyof R & string,
    expected:
      'l’emplacement du chiffre dans sa première source, ou une note qui dit pourquoi il manque (« Emplacement dans la source non relevé : … »)',
    test: (row) => row.localisation !== null || (row.note !== null && LOCATOR_REASON.test(row.note)),
  };
}

/** A row that is not `confirme` must say why. */
export function noteExplainsDoubt<
  R extends { statut_verification: VerificationStatus; note: string | null },
>(): RowRule<R> {
  return {
    column: 'note' as keyof R & string,
    expected: 'une note qui explique le doute quand statut_verification n’est pas « confirme »',
    test: (row) => row.statut_verification === 'confirme' || (row.note !== null && row.note.trim().length > 0),
  };
}

/** A date column that may not lie in the future (read against the clock of the validation). */
export function notInTheFuture<R extends Record<C, string>, C extends string>(column: C): RowRule<R> {
  return {
    column: column as keyof R & string,
    expected: 'une date passée ou d’aujourd’hui, pas dans le futur',
    test: (row) => startOf(row[column]).getTime() <= Date.now(),
  };
}
