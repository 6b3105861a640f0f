/** Reads a query the way the resolver does, for the table-driven tests of the understanding modules. */
import { compatibleContexts, readWorkplace, type Workplace } from '../../../src/lib/metiers/context.ts';
import { parseQuery } from '../../../src/lib/metiers/parse.ts';
import { readPerson, titleSpans, type PersonReading } from '../../../src/lib/metiers/person.ts';
import { compileVocabulary } from '../../../src/lib/metiers/vocabulary.ts';
import type { ContractKind } from '../../../src/lib/codes/metiers.ts';
import { realIndex } from '../helpers/metiers-data.ts';

const index = realIndex();
const vocabulary = compileVocabulary(index);

export interface Reading {
  workplace: Workplace;
  /** Ids of the contexts the query allows, or null when it says nothing of the workplace. */
  contexts: string[] | null;
  person: PersonReading;
  contracts: ContractKind[];
  quotite: number | null;
  negated: string[];
}

/** Everything the resolver reads from a query, before answering. */
export function read(query: string): Reading {
  const parsed = parseQuery(query, vocabulary);
  const titles = titleSpans(parsed);
  const workplace = readWorkplace(parsed.spans, index, titles);
  const contracts = parsed.spans
    .filter((span) => !span.negated)
    .flatMap((span) => span.meanings.flatMap((meaning) => (meaning.kind === 'contract' ? meaning.kinds : [])));
  return {
    workplace,
    contexts: compatibleContexts(workplace, index)?.map((context) => context.id) ?? null,
    person: readPerson(parsed, vocabulary, titles),
    contracts: [...new Set(contracts)],
    quotite: parsed.quotite,
    negated: parsed.spans.filter((span) => span.negated).map((span) => span.text),
  };
}
