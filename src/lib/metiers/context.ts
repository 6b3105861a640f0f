/**
 * From what the query says about the workplace to the contexts of
 * contextes.csv it can be. Each phrase narrows the contexts: an employer
 * named (« CAF », « ADMR », « Croix-Rouge »), a kind of establishment
 * (« MAS », « MECS », « crèche »), a sector (« public », « associatif »), who
 * runs a public establishment (« rattaché à un hôpital », « autonome »), who
 * funds it (« financé par le département »).
 *
 * A negated phrase is never read as stated: a word with an opposite is
 * inverted (public ↔ privé, lucratif ↔ non lucratif, rattaché ↔ autonome —
 * but « pas rattaché à un hôpital » only rules out the hospital, since the
 * establishment may be run by a public body that also runs an EHPAD);
 * anything else is ruled out.
 */
import { attachmentsOf, type Attachment, type Funding, type Place, type EmployerSector } from '../codes/metiers.ts';
import type { Span } from './parse.ts';
import type { IndexContext, SearchIndex } from './types.ts';
import type { Meaning } from './vocabulary.ts';

/** Establishments that a hospital or an EHPAD can run: named with one, the hospital is its manager. */
const MANAGED_PLACES: ReadonlySet<Place> = new Set([
  'esms_handicap',
  'protection_enfance',
  'hebergement_insertion',
  'domicile',
  'addictologie_precarite',
  'residence_autonomie',
  'ehpad',
]);

/** What the query says about the workplace. */
export interface Workplace {
  /** Whether anything was said about the workplace (strongly). */
  said: boolean;
  /** What was understood, to show back: the words as typed and what they mean. */
  described: { text: string; label: string; negated: boolean }[];
  contexts: Set<string> | null;
  places: Set<Place> | null;
  sectors: Set<EmployerSector> | null;
  attachments: Set<Attachment> | null;
  funding: Funding | null;
  excludedContexts: Set<string>;
  excludedPlaces: Set<Place>;
  excludedSectors: Set<EmployerSector>;
  /** Attachments ruled out (« hors hôpital »): a context that allows only these is ruled out. */
  excludedAttachments: Set<Attachment>;
  /** Precision contexts named (« association non adhérente », « Adecco »). */
  precisions: Set<string>;
  /** Département named, if any. */
  departement: string | null;
}

function intersect<T>(current: Set<T> | null, next: Iterable<T>): Set<T> {
  const values = new Set(next);
  if (current === null) return values;
  const both = new Set([...current].filter((value) => values.has(value)));
  // Two phrases that cannot both hold (« EHPAD public ou associatif ») widen instead of emptying.
  return both.size > 0 ? both : new Set([...current, ...values]);
}

function contextMeanings(span: Span): Meaning[] {
  return span.meanings.filter((meaning) => meaning.kind !== 'term' && meaning.kind !== 'contract');
}

/** Whether a context of this funding can be one funded as the query says. */
function fundingFits(context: Funding, said: Funding): boolean {
  if (context === said) return true;
  if (context === 'variable' || context === 'mixte' || context === 'sans_objet') return true;
  if (context === 'departement_ou_etat') return said === 'departement' || said === 'etat';
  return false;
}

/**
 * Reads the workplace from the spans. `termSpans` are the spans kept as job
 * titles: phrases that are both a job title and a place (« aide à domicile »)
 * count weakly when they are the job title.
 */
export function readWorkplace(spans: readonly Span[], index: SearchIndex, termSpans: ReadonlySet<Span>): Workplace {
  const workplace: Workplace = {
    said: false,
    described: [],
    contexts: null,
    places: null,
    sectors: null,
    attachments: null,
    funding: null,
    excludedContexts: new Set(),
    excludedPlaces: new Set(),
    excludedSectors: new Set(),
    excludedAttachments: new Set(),
    precisions: new Set(),
    departement: null,
  };
  const strong = spans.filter((span) => !span.weak && !termSpans.has(span) && contextMeanings(span).length > 0);
  // A title that is also a place (« aide à domicile ») says nothing more than the profession does.
  const weak = spans.filter((span) => span.weak && contextMeanings(span).length > 0);

  // Places named in each clause: with one of them, a hospital is who runs it, not where one works.
  const placesByClause = new Map<number, Set<Place>>();
  for (const span of strong) {
    const placesNamed = placesByClause.get(span.clause) ?? new Set<Place>();
    placesByClause.set(span.clause, placesNamed);
    for (const meaning of contextMeanings(span)) {
      if (meaning.kind !== 'employer') continue;
      const employer = index.employers[meaning.employer]!;
      for (const place of employer.places) placesNamed.add(place);
      for (const id of employer.contexts) {
        const context = index.contexts.find((item) => item.id === id);
        for (const place of context?.places ?? [])
          if (employer.contexts.length === 1 && place !== 'hopital') placesNamed.add(place);
      }
    }
  }
  const isHospital = (meaning: Meaning): boolean => {
    if (meaning.kind !== 'employer') return false;
    const employer = index.employers[meaning.employer]!;
    return (
      employer.contexts.includes('fph-hopital') ||
      (employer.contexts.length === 0 && employer.places.includes('hopital'))
    );
  };
  const hospitalAsManager = (span: Span, meaning: Meaning): boolean =>
    isHospital(meaning) && [...(placesByClause.get(span.clause) ?? [])].some((place) => MANAGED_PLACES.has(place));

  const defaultSectors: EmployerSector[] = [];
  const read = (span: Span, meaning: Meaning, isWeak: boolean): void => {
    if (isWeak && span.negated) return;
    if (meaning.kind === 'employer' && span.negated && isHospital(meaning)) {
      // « pas à l’hôpital », « hors hôpital »: neither the hospital itself nor an establishment it runs.
      workplace.excludedPlaces.add('hopital');
      workplace.excludedAttachments.add('rattache_hopital');
      workplace.described.push({ text: span.text, label: 'hôpital', negated: true });
      return;
    }
    if (hospitalAsManager(span, meaning)) {
      // « MAS de l’hôpital », « IME du centre hospitalier »: the hospital runs it.
      workplace.attachments = intersect(workplace.attachments, ['rattache_hopital']);
      workplace.described.push({ text: span.text, label: 'rattaché à un hôpital', negated: false });
      return;
    }
    switch (meaning.kind) {
      case 'employer': {
        const employer = index.employers[meaning.employer]!;
        const precisions = employer.contexts.filter(
          (id) => index.contexts.find((context) => context.id === id)?.nature !== 'employeur',
        );
        if (precisions.length > 0 && !span.negated) {
          for (const id of precisions) workplace.precisions.add(id);
          workplace.described.push({ text: span.text, label: employer.label, negated: false });
          return;
        }
        if (span.negated) {
          for (const id of employer.contexts) workplace.excludedContexts.add(id);
          if (employer.contexts.length === 0) for (const place of employer.places) workplace.excludedPlaces.add(place);
        } else {
          if (employer.contexts.length > 0) workplace.contexts = intersect(workplace.contexts, employer.contexts);
          // An employer named by its contexts is those contexts, whatever its kind of place.
          if (employer.places.length > 0 && employer.contexts.length === 0)
            workplace.places = intersect(workplace.places, employer.places);
          // An employer's usual sector (« crèche familiale » is mostly associative) yields to a sector word.
          if (employer.sectors.length > 0) defaultSectors.push(...employer.sectors);
          if (employer.funding)
            workplace.funding =
              workplace.funding === null || workplace.funding === employer.funding ? employer.funding : null;
        }
        workplace.described.push({ text: span.text, label: employer.label, negated: span.negated });
        return;
      }
      case 'sector': {
        if (span.negated) {
          if (meaning.opposite) workplace.sectors = intersect(workplace.sectors, meaning.opposite);
          else for (const sector of meaning.sectors) workplace.excludedSectors.add(sector);
        } else {
          workplace.sectors = intersect(workplace.sectors, meaning.sectors);
        }
        workplace.described.push({ text: span.text, label: meaning.label, negated: span.negated });
        return;
      }
      case 'attachment': {
        workplace.attachments = intersect(workplace.attachments, span.negated ? meaning.opposite : meaning.attachments);
        workplace.described.push({ text: span.text, label: meaning.label, negated: span.negated });
        return;
      }
      case 'funding': {
        if (!span.negated) workplace.funding = meaning.funding;
        workplace.described.push({
          text: span.text,
          label: `financé par ${meaning.funding === 'departement' ? 'le département' : meaning.funding === 'etat' ? 'l’État' : 'l’Assurance maladie'}`,
          negated: span.negated,
        });
        return;
      }
      case 'departement': {
        if (!span.negated) workplace.departement = meaning.code;
        const departement = index.departements.find((item) => item.code === meaning.code);
        workplace.described.push({
          text: span.text,
          label: departement ? `${departement.name} (${departement.code})` : meaning.code,
          negated: span.negated,
        });
        return;
      }
    }
  };

  for (const span of strong) for (const meaning of contextMeanings(span)) read(span, meaning, false);
  if (workplace.sectors === null && defaultSectors.length > 0) workplace.sectors = new Set(defaultSectors);
  workplace.said =
    workplace.contexts !== null ||
    workplace.places !== null ||
    workplace.sectors !== null ||
    workplace.attachments !== null ||
    workplace.funding !== null ||
    workplace.excludedContexts.size + workplace.excludedPlaces.size + workplace.excludedSectors.size > 0 ||
    workplace.excludedAttachments.size > 0;
  // Words inside the job title count only for what nothing else said.
  for (const span of weak) {
    for (const meaning of contextMeanings(span)) {
      if (meaning.kind === 'sector' && workplace.sectors === null && !span.negated) {
        workplace.sectors = new Set(meaning.sectors);
        workplace.described.push({ text: span.text, label: meaning.label, negated: false });
        workplace.said = true;
      } else if (
        meaning.kind === 'employer' &&
        workplace.contexts === null &&
        workplace.places === null &&
        !span.negated &&
        index.employers[meaning.employer]!.contexts.every(
          (id) => index.contexts.find((context) => context.id === id)?.nature === 'employeur',
        )
      ) {
        const employer = index.employers[meaning.employer]!;
        if (employer.contexts.length > 0) workplace.contexts = new Set(employer.contexts);
        if (employer.places.length > 0) workplace.places = new Set(employer.places);
        if (employer.sectors.length > 0 && workplace.sectors === null) workplace.sectors = new Set(employer.sectors);
        workplace.described.push({ text: span.text, label: employer.label, negated: false });
        workplace.said = true;
      }
    }
  }
  return workplace;
}

/** Whether a context fits what the query says; `withContexts` false ignores the employers named by name. */
function fits(
  context: IndexContext,
  workplace: Workplace,
  withContexts: boolean,
  sectors: Set<EmployerSector> | null,
): boolean {
  if (context.nature !== 'employeur') return false;
  if (withContexts && workplace.contexts && !workplace.contexts.has(context.id)) return false;
  if (sectors && !context.sectors.some((sector) => sectors.has(sector))) return false;
  if (workplace.places && !context.places.some((place) => workplace.places!.has(place))) return false;
  if (workplace.attachments) {
    const allowed = attachmentsOf(context.attachment);
    if (allowed === null || !allowed.some((attachment) => workplace.attachments!.has(attachment))) return false;
  }
  if (workplace.funding && !fundingFits(context.funding, workplace.funding)) return false;
  const allowed = attachmentsOf(context.attachment);
  if (allowed !== null && allowed.every((attachment) => workplace.excludedAttachments.has(attachment))) return false;
  if (workplace.excludedContexts.has(context.id)) return false;
  if (context.places.length > 0 && context.places.every((place) => workplace.excludedPlaces.has(place))) return false;
  if (context.sectors.every((sector) => workplace.excludedSectors.has(sector))) return false;
  return true;
}

/**
 * The contexts the query allows, in file order; null when it says nothing of
 * the workplace. When an employer named by name cannot be combined with the
 * rest (« EHPAD de la ville »: the town's own services have no EHPAD), its
 * sector is kept instead of its contexts.
 */
export function compatibleContexts(workplace: Workplace, index: SearchIndex): IndexContext[] | null {
  if (!workplace.said) return null;
  const direct = index.contexts.filter((context) => fits(context, workplace, true, workplace.sectors));
  if (direct.length > 0 || !workplace.contexts) return direct;
  // Keep what the named employer says that the rest does not contradict: its sector, unless a sector word
  // says another (« hôpital privé non lucratif »), and its kind of place, unless a place is named.
  const named = index.contexts.filter((context) => workplace.contexts!.has(context.id));
  const namedSectors = new Set(named.flatMap((context) => context.sectors));
  const both = workplace.sectors ? [...namedSectors].filter((sector) => workplace.sectors!.has(sector)) : [];
  const sectors = both.length > 0 ? new Set(both) : (workplace.sectors ?? namedSectors);
  const places = workplace.places ?? new Set(named.flatMap((context) => context.places));
  return index.contexts.filter((context) => fits(context, { ...workplace, places }, false, sectors));
}
