/**
 * Who the person is: the profession (or the professions a title may mean)
 * named by the query, the official grade if one is named, what that grade
 * says of the employer, and whether the match is strong enough to answer.
 *
 * A weak match is not an answer: only a job title of the data, word for word
 * (after typos are corrected word by word), names a profession; a title
 * followed by « de » and a word we do not know (« chauffeur de taxi ») is
 * another job; a first word shared by several professions (« éducatrice »,
 * « conseillère ») names them all, and the answer either agrees for all of
 * them or asks which.
 *
 * In the public services the corps decides (a civil servant on a technical
 * grade who works as a workshop instructor is, for the rules, on a technical
 * grade); in the private sector the function decides (a « ouvrier qualifié »
 * of the 1966 agreement who works as a house mistress is a house mistress).
 */
import { GRADE_FAMILY_SECTORS, isPublicFamily, type EmployerSector } from '../codes/metiers.ts';
import type { ParsedQuery, Span } from './parse.ts';
import type { IndexGrade } from './types.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface PersonReading {
  /** Professions the job title names, in the order named; one when the profession is identified. */
  metiers: string[];
  /**
   * Other professions of the same family, when the title is a first word they share and not a name of its
   * own profession (« éducatrice » may be an EJE or an ETS): they count only if they change the answer.
   */
  family: string[];
  /**
   * Professions of the title's family that are specialisations of it (« infirmière » → infirmière de
   * l'Éducation nationale): they replace it when the query names a workplace where only they work.
   */
  specialists: string[];
  /** The spans read as job titles. */
  spans: Span[];
  /** Grades named, for the professions read. */
  grades: IndexGrade[];
  /** A public-service grade that decides the rules while another profession is the function. */
  statusGrade: IndexGrade | null;
  /** The job title as typed. */
  typed: string | null;
  /** A word we do not know that qualifies the title (« taxi » in « chauffeur de taxi »), or null. */
  qualifier: string | null;
  /** Sectors a grade implies, used when nothing else is said of the employer. */
  impliedSectors: EmployerSector[];
  /** Where the grades named work, when each of them says so: it replaces the profession's usual contexts. */
  gradeContexts: string[];
}

const OF_WORDS = new Set(['de', 'd', 'du', 'des']);

interface Reading {
  span: Span | null;
  metiers: string[];
  /** Same-family professions (see PersonReading.family). */
  extras: string[];
  /** Same-family professions when the title is a name of its own profession (see PersonReading.specialists). */
  specialists: string[];
  grades: IndexGrade[];
  gradeOnly: boolean;
}

/** The spans that are job titles, once the ones that also name a place are settled. */
export function titleSpans(parsed: ParsedQuery): Set<Span> {
  const candidates = parsed.spans.filter(
    (span) => !span.weak && !span.negated && span.meanings.some((meaning) => meaning.kind === 'term'),
  );
  // A phrase that is both a job title and a place (« ASE », « aide à domicile ») is the job when it is the
  // only title, and the place when another title is there.
  const pure = candidates.filter((span) =>
    span.meanings.every((meaning) => meaning.kind === 'term' || meaning.kind === 'contract'),
  );
  return new Set(candidates.filter((span) => pure.length === 0 || pure.includes(span)));
}

/** Reads the person from a parsed query. */
export function readPerson(parsed: ParsedQuery, vocabulary: Vocabulary, titles: ReadonlySet<Span>): PersonReading {
  const { index, gradeById } = vocabulary;
  const readings: Reading[] = [];
  const ordered = [...titles].sort((a, b) => a.from - b.from);
  for (const span of ordered) {
    for (const meaning of span.meanings) {
      if (meaning.kind !== 'term') continue;
      const term = index.terms[meaning.term]!;
      const gradeOnly = term.metiers.length === 0;
      const grades = term.grades.flatMap((id) => (gradeById.has(id) ? [gradeById.get(id)!] : []));
      const metiers = gradeOnly ? [...new Set(grades.map((grade) => grade.metier))] : term.metiers;
      // « éducatrice » (a word of the family, not a name of its profession) may mean another profession of the family.
      const ownName = metiers.some((id) => vocabulary.labelNames.get(id)?.has(term.canon));
      const family = span.end - span.start === 1 ? (vocabulary.families.get(term.canon) ?? []) : [];
      const others = family.filter((id) => !metiers.includes(id));
      readings.push({
        span,
        metiers,
        extras: ownName ? [] : others,
        specialists: ownName ? others : [],
        grades: grades.filter((grade) => metiers.includes(grade.metier)),
        gradeOnly,
      });
    }
  }
  // A first word shared by several professions, alone (« conseillère CAF »), names them all.
  if (readings.length === 0) {
    const covered = new Set<number>();
    for (const span of parsed.spans) for (let w = span.from; w < span.to; w++) covered.add(w);
    parsed.words.forEach((word, w) => {
      if (word.stop || covered.has(w)) return;
      const family = vocabulary.families.get(word.canon);
      if (family && !readings.some((reading) => reading.extras.join() === family.join())) {
        readings.push({
          span: {
            from: w,
            to: w + 1,
            start: -1,
            end: -1,
            text: word.raw,
            meanings: [],
            negated: false,
            weak: false,
            clause: word.clause,
          },
          metiers: [],
          extras: family,
          specialists: [],
          grades: [],
          gradeOnly: false,
        });
      }
    });
  }

  let statusGrade: IndexGrade | null = null;
  let chosen = readings;
  if (readings.length > 1) {
    const publicGrade = readings.find((reading) => reading.grades.some((grade) => isPublicFamily(grade.family)));
    const others = readings.filter(
      (reading) => reading !== publicGrade && !reading.metiers.every((id) => publicGrade?.metiers.includes(id)),
    );
    if (publicGrade && others.length > 0) {
      // A public grade (« ouvrier principal », « agent social ») next to a function (« moniteur d’atelier »,
      // « l’accueil »): the function is the profession, the grade the status.
      statusGrade = publicGrade.grades.find((grade) => isPublicFamily(grade.family)) ?? null;
      chosen = others;
    } else {
      // A convention job title yields to the function named with it.
      const functions = readings.filter(
        (reading) => !(reading.gradeOnly && reading.grades.every((grade) => !isPublicFamily(grade.family))),
      );
      if (functions.length > 0 && functions.length < readings.length) chosen = functions;
    }
  }
  const metiers = [...new Set(chosen.flatMap((reading) => reading.metiers))];
  const family = [...new Set(chosen.flatMap((reading) => reading.extras))].filter((id) => !metiers.includes(id));
  const grades = [...new Set(readings.flatMap((reading) => reading.grades))];

  // « chauffeur de taxi »: the title is followed by « de » and a word we do not know.
  let qualifier: string | null = null;
  for (const reading of chosen) {
    const span = reading.span;
    if (!span) continue;
    let w = span.to;
    let sawOf = false;
    while (w < parsed.words.length && parsed.words[w]!.stop && parsed.words[w]!.clause === span.clause) {
      if (OF_WORDS.has(parsed.words[w]!.folded)) sawOf = true;
      w += 1;
    }
    const next = parsed.words[w];
    if (sawOf && next && next.clause === span.clause && parsed.unknown.includes(next.raw)) qualifier = next.raw;
  }

  const impliedSectors: EmployerSector[] = [];
  for (const reading of chosen) {
    if (!reading.gradeOnly) continue;
    const sectors = reading.grades.map((grade) => GRADE_FAMILY_SECTORS[grade.family]);
    if (sectors.length > 0 && sectors.every((sector) => sector !== null))
      impliedSectors.push(...(sectors as EmployerSector[]));
  }
  const located = statusGrade ? [statusGrade] : grades;
  const gradeContexts =
    located.length > 0 && located.every((grade) => grade.contexts.length > 0)
      ? [...new Set(located.flatMap((grade) => grade.contexts))]
      : [];
  const typedSpans = chosen.flatMap((reading) => (reading.span ? [reading.span] : []));
  return {
    metiers,
    spans: typedSpans,
    grades,
    statusGrade,
    typed: typedSpans.length > 0 ? [...new Set(typedSpans.map((span) => span.text))].join(' ') : null,
    family,
    specialists: [...new Set(chosen.flatMap((reading) => reading.specialists))],
    qualifier,
    impliedSectors: [...new Set(impliedSectors)],
    gradeContexts,
  };
}
