/**
 * The answer for one person in one context, from the rules of regles.csv and
 * the contracts of contrats.csv.
 *
 * 1. A rule applies when its scope names the person (everyone, their track,
 *    one of their functions or corps) and its exceptions do not.
 * 2. The most precise rules win: a corps or a function over a track, a track
 *    over everyone. If they disagree, the answer is « selon le cas ».
 * 3. A person excepted from a rule and named by no other is not covered by it:
 *    « non », with that rule as the reason.
 * 4. In the public services the corps decides: a public grade named in the
 *    query replaces the profession's codes, and a profession whose members
 *    may belong to another corps (portee_fonction_publique) is evaluated both
 *    ways — two different answers make « selon le cas ».
 *    Equally precise rules with the same verdict but another first month or
 *    measure (titulaires and contractuels) are read one by one: each reading
 *    says for whom it holds.
 * 5. The contract then acts: excluded (apprentice in the public sector,
 *    student on placement, volunteer) turns a « oui » into « non »; « selon
 *    le cas » (interim) turns it into « selon le cas »; a kind of contract the
 *    data say nothing about in that sector, other than the usual ones, makes
 *    the answer « selon le cas ».
 */
import {
  PUBLIC_EMPLOYER_SECTORS,
  REGULAR_CONTRACT_KINDS,
  scopeLevel,
  type ContractKind,
  type ScopeCode,
  type Verdict,
} from '../codes/metiers.ts';
import type { IndexContext, IndexContract, IndexGrade, IndexMetier, IndexRule, SearchIndex } from './types.ts';

/** One way the rules read a person in a context. */
export interface Branch {
  /**
   * Which status this branch assumes in the public services: the profession's own (`main`) or the other
   * one it may have (`alternative`); null when there is only one.
   */
  profile: 'main' | 'alternative' | null;
  /** The contract kind this branch assumes, when the query's contract has two readings (« stagiaire »). */
  contract: ContractKind | null;
  /**
   * The rule this branch reads alone, when equally precise rules give the same verdict from different
   * months or by different measures (titulaires and contractuels of one corps): one reading per rule.
   */
  readingOf: IndexRule | null;
  verdict: Verdict;
  /** The rules that give the answer (the most precise ones). */
  rules: IndexRule[];
  /** The rule that covers the context but excepts the person, when that is the reason for « non ». */
  exceptedBy: IndexRule | null;
  /** Contract rows that apply. */
  contracts: IndexContract[];
  /** The contract stated has no row for this sector (and is not a usual one). */
  contractUnknown: ContractKind | null;
  /** No rule of the context names the person. */
  noRule: boolean;
}

/** The answer in one context. */
export interface Case {
  context: IndexContext;
  metier: IndexMetier;
  verdict: Verdict;
  branches: Branch[];
  /** Precision rules (non-adherent employer, interim) that bear on this case. */
  caveats: IndexRule[];
}

/** What the rules are computed for. */
export interface Person {
  metier: IndexMetier;
  /** A public grade that decides the codes in the public services. */
  statusGrade: IndexGrade | null;
  /** The status grade's profession (its track and codes), when there is one. */
  statusMetier: IndexMetier | null;
  /** Extra codes from grades named with the profession. */
  gradeScope: ScopeCode[];
  /** Contract kinds stated; two for « stagiaire » alone. */
  contracts: ContractKind[];
  /** Precision contexts named. */
  precisions: readonly string[];
}

function combine(verdicts: readonly Verdict[]): Verdict {
  const set = new Set(verdicts);
  return set.size === 1 ? verdicts[0]! : 'selon_cas';
}

function matches(scope: readonly ScopeCode[], profile: ReadonlySet<ScopeCode>): boolean {
  return scope.some((code) => code === 'tous' || profile.has(code));
}

function levelFor(rule: IndexRule, profile: ReadonlySet<ScopeCode>): number {
  return Math.max(...rule.scope.filter((code) => code === 'tous' || profile.has(code)).map(scopeLevel));
}

/** The rules of a context for one profile of codes. */
export function rulesFor(
  rules: readonly IndexRule[],
  profile: ReadonlySet<ScopeCode>,
): { verdict: Verdict | null; rules: IndexRule[]; exceptedBy: IndexRule | null } {
  const applicable = rules.filter((rule) => matches(rule.scope, profile) && !matches(rule.exceptions, profile));
  if (applicable.length === 0) {
    const excepting = rules.find((rule) => matches(rule.scope, profile) && matches(rule.exceptions, profile)) ?? null;
    return { verdict: excepting ? 'non' : null, rules: [], exceptedBy: excepting };
  }
  const best = Math.max(...applicable.map((rule) => levelFor(rule, profile)));
  const kept = applicable.filter((rule) => levelFor(rule, profile) === best);
  return { verdict: combine(kept.map((rule) => rule.verdict)), rules: kept, exceptedBy: null };
}

/**
 * The readings of the most precise rules: one (all of them, null) when they agree on the first month and the
 * measures, or when their verdicts differ (then the answer is « selon le cas » anyway); otherwise one per rule,
 * so that each says its own date and measure for whom it covers.
 */
function readings(kept: readonly IndexRule[]): (IndexRule | null)[] {
  if (kept.length < 2 || new Set(kept.map((rule) => rule.verdict)).size > 1) return [null];
  const outcomes = new Set(kept.map((rule) => `${rule.since ?? ''}|${rule.measures.join(';')}`));
  return outcomes.size > 1 ? [...kept] : [null];
}

/** A function that evaluates people in contexts on one index. */
export interface RuleBook {
  evaluate(person: Person, context: IndexContext): Case;
  /**
   * The contexts where a rule of their own (one whose scope is not everyone) may name this person: outside
   * them, every rule that can apply to the person is a rule for everyone.
   */
  ownRuleContexts(person: Person): ReadonlySet<string>;
}

/** Compiles the rules of an index by context. */
export function ruleBook(index: SearchIndex): RuleBook {
  const byContext = new Map<string, IndexRule[]>();
  for (const rule of index.rules) byContext.set(rule.context, [...(byContext.get(rule.context) ?? []), rule]);
  const precisionContexts = new Map(
    index.contexts.filter((context) => context.nature !== 'employeur').map((context) => [context.id, context]),
  );
  // Scope code → contexts with a rule not for everyone that names it: a profession's page asks every
  // employer for such rules, and looking them up keeps that linear in the data, not quadratic.
  const contextsByOwnCode = new Map<ScopeCode, Set<string>>();
  for (const rule of index.rules) {
    if (rule.scope.includes('tous')) continue;
    for (const code of rule.scope) {
      const contexts = contextsByOwnCode.get(code) ?? new Set<string>();
      contexts.add(rule.context);
      contextsByOwnCode.set(code, contexts);
    }
  }

  const profilesOf = (
    person: Person,
    context: IndexContext,
  ): { profile: 'main' | 'alternative' | null; codes: Set<ScopeCode> }[] => {
    const isPublic = context.sectors.every((sector) => PUBLIC_EMPLOYER_SECTORS.includes(sector));
    const base = person.statusGrade && isPublic && person.statusMetier ? person.statusMetier : person.metier;
    const extra = person.statusGrade && isPublic ? person.statusGrade.scope : person.gradeScope;
    const main = new Set<ScopeCode>([`filiere:${base.filiere}`, ...base.scope, ...extra]);
    const profiles: { profile: 'main' | 'alternative' | null; codes: Set<ScopeCode> }[] = [
      { profile: null, codes: main },
    ];
    if (isPublic && !person.statusGrade && base.publicScope.length > 0) {
      profiles[0]!.profile = 'main';
      profiles.push({ profile: 'alternative', codes: new Set(base.publicScope) });
    }
    return profiles;
  };

  const contractBranches = (
    person: Person,
    context: IndexContext,
    verdict: Verdict,
  ): { verdict: Verdict; contracts: IndexContract[]; unknown: ContractKind | null; kind: ContractKind | null }[] => {
    if (person.contracts.length === 0) return [{ verdict, contracts: [], unknown: null, kind: null }];
    return person.contracts.map((kind) => {
      const rows = index.contracts.filter(
        (contract) => contract.kind === kind && contract.sectors.some((sector) => context.sectors.includes(sector)),
      );
      if (rows.length === 0) {
        const regular = REGULAR_CONTRACT_KINDS.includes(kind);
        return {
          verdict: regular || verdict === 'non' ? verdict : 'selon_cas',
          contracts: [],
          unknown: regular ? null : kind,
          kind,
        };
      }
      let result = verdict;
      for (const row of rows) {
        if (row.effect === 'exclu') result = 'non';
        else if (row.effect === 'selon_cas' && result === 'oui') result = 'selon_cas';
      }
      return { verdict: result, contracts: rows, unknown: null, kind };
    });
  };

  /** Every code any profile of the person may have, in any context (a superset of profilesOf's codes). */
  const possibleCodes = (person: Person): Set<ScopeCode> => {
    const codes = new Set<ScopeCode>([...person.gradeScope, ...(person.statusGrade?.scope ?? [])]);
    for (const base of [person.metier, person.statusMetier]) {
      if (!base) continue;
      codes.add(`filiere:${base.filiere}`);
      for (const code of [...base.scope, ...base.publicScope]) codes.add(code);
    }
    return codes;
  };

  return {
    ownRuleContexts(person) {
      const found = new Set<string>();
      for (const code of possibleCodes(person)) for (const id of contextsByOwnCode.get(code) ?? []) found.add(id);
      return found;
    },
    evaluate(person, context) {
      const rules = byContext.get(context.id) ?? [];
      const branches: Branch[] = [];
      for (const profile of profilesOf(person, context)) {
        const found = rulesFor(rules, profile.codes);
        const verdict = found.verdict ?? 'selon_cas';
        for (const readingOf of readings(found.rules)) {
          for (const contract of contractBranches(person, context, verdict)) {
            branches.push({
              profile: profile.profile,
              contract: person.contracts.length > 1 ? contract.kind : null,
              readingOf,
              verdict: contract.verdict,
              rules: readingOf ? [readingOf] : found.rules,
              exceptedBy: found.exceptedBy,
              contracts: contract.contracts,
              contractUnknown: contract.unknown,
              noRule: found.verdict === null,
            });
          }
        }
      }
      // Precision rules: an employer that adheres to no signatory organisation, an interim worker.
      const measures = new Set(branches.flatMap((branch) => branch.rules.flatMap((rule) => rule.measures)));
      const caveats: IndexRule[] = [];
      for (const [id, precision] of precisionContexts) {
        if (precision.nature === 'adhesion' && !precision.sectors.some((sector) => context.sectors.includes(sector)))
          continue;
        const relevant =
          precision.nature === 'interim'
            ? person.contracts.includes('interimaire') || person.precisions.includes(id)
            : branches.some((branch) => branch.verdict !== 'non');
        if (!relevant) continue;
        for (const rule of byContext.get(id) ?? []) {
          if (precision.nature === 'interim' || (rule.measures[0] !== undefined && measures.has(rule.measures[0])))
            caveats.push(rule);
        }
      }
      return {
        context,
        metier: person.metier,
        verdict: combine(branches.map((branch) => branch.verdict)),
        branches,
        caveats,
      };
    },
  };
}
