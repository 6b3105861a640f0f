/**
 * Column builders shared by every dataset schema. A column knows how to turn
 * one CSV cell (a string, or null when empty) into a typed value with zod,
 * what to say when the cell is wrong, and how to describe itself in the data
 * dictionary and the Frictionless Table Schema.
 */
import { z } from 'astro/zod';
import { comparePartialDates, parsePartialDate } from '../lib/dates.ts';
import { hasOnlyWellFormedMarks } from '../lib/citation-markup.ts';

/** Table Schema field types this project uses. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/**
 * Which builder made the column: the data dictionary and the Table Schema
 * describe a column from it (« liste d’identifiants », « nombre ≥ 0 » …).
 */
export type ColumnKind =
  | 'text'
  | 'slug'
  | 'code'
  | 'codes'
  | 'references'
  | 'textList'
  | 'partialDate'
  | 'partialPeriod'
  | 'integer'
  | 'decimal'
  | 'yesNo'
  | 'url'
  | 'pattern';

export interface Column<T> {
  /** The builder that made it. */
  readonly kind: ColumnKind;
  /** One line of French: what the column holds (data dictionary). */
  readonly description: string;
  /** What a valid cell looks like, in French, for error messages (« une date AAAA-MM-JJ … »). */
  readonly expected: string;
  /** Table Schema type and format. */
  readonly fieldType: FieldType;
  readonly format?: string;
  /** Whether an empty cell is an error. */
  readonly required: boolean;
  /** Allowed codes; for a list column, the allowed items. */
  readonly values?: readonly string[];
  /** True for `;`-separated list cells. */
  readonly list: boolean;
  /** A regular expression every value (or list item) matches, for the Table Schema. */
  readonly pattern?: string;
  /** A valid example cell, for the data dictionary. */
  readonly example?: string;
  /** Cell → value. */
  readonly schema: z.ZodType<T, string | null>;
}

interface Options {
  description: string;
  example?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** How a text cell cites a source (src/lib/citation-markup.ts), for error messages. */
const CITATION_FORM = '[@identifiant] (un identifiant de data/sources.csv : minuscules, chiffres, tirets, sans espace)';
const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

function splitList(cell: string): string[] {
  return cell.split(';').map((item) => item.trim());
}

function nullable<T>(inner: z.ZodType<T, string>): z.ZodType<T | null, string | null> {
  return z.union([z.null(), inner]) as unknown as z.ZodType<T | null, string | null>;
}

function notNull<T>(inner: z.ZodType<T, string>): z.ZodType<T, string | null> {
  return z.string({ error: 'cellule vide' }).pipe(inner) as unknown as z.ZodType<T, string | null>;
}

function wrap<T>(inner: z.ZodType<T, string>, required: boolean) {
  return required ? notNull(inner) : nullable(inner);
}

/** Free text. */
export function text(options: Options & { required?: true }): Column<string>;
export function text(options: Options & { required: false }): Column<string | null>;
export function text(options: Options & { required?: boolean }): Column<string | null> {
  const required = options.required ?? true;
  return {
    kind: 'text',
    ...options,
    expected: `${required ? 'un texte non vide' : 'un texte (ou une cellule vide)'}, où chaque renvoi à une source s’écrit ${CITATION_FORM}`,
    fieldType: 'string',
    required,
    list: false,
    schema: wrap(z.string().refine(hasOnlyWellFormedMarks, 'renvoi mal formé'), required),
  };
}

/**
 * A code of a fixed shape that an official list defines (a commune's INSEE
 * code, a SIREN): the shape is checked here, its existence by a row rule.
 */
export function patterned(options: Options & { required: false; regex: RegExp; shape: string }): Column<string | null> {
  const { regex, shape, ...rest } = options;
  return {
    kind: 'pattern',
    ...rest,
    expected: `${shape} (ou une cellule vide)`,
    fieldType: 'string',
    required: false,
    list: false,
    pattern: regex.source,
    schema: nullable(z.string().regex(regex)),
  };
}

/** A stable identifier: lowercase slug, no accents. */
export function slug(options: Options & { required?: true }): Column<string>;
export function slug(options: Options & { required: false }): Column<string | null>;
export function slug(options: Options & { required?: boolean }): Column<string | null> {
  const required = options.required ?? true;
  return {
    kind: 'slug',
    ...options,
    expected: 'un identifiant en minuscules sans accents, mots séparés par des tirets (ex. « conference-des-metiers »)',
    fieldType: 'string',
    required,
    list: false,
    pattern: SLUG_PATTERN,
    schema: wrap(z.string().regex(SLUG), required),
  };
}

/** One code from a closed list. */
export function code<const V extends readonly [string, ...string[]]>(
  values: V,
  options: Options & { required?: true },
): Column<V[number]>;
export function code<const V extends readonly [string, ...string[]]>(
  values: V,
  options: Options & { required: false },
): Column<V[number] | null>;
export function code<const V extends readonly [string, ...string[]]>(
  values: V,
  options: Options & { required?: boolean },
): Column<V[number] | null> {
  const required = options.required ?? true;
  return {
    kind: 'code',
    ...options,
    expected: `une valeur parmi ${values.map((v) => `« ${v} »`).join(', ')}${required ? '' : ' (ou une cellule vide)'}`,
    fieldType: 'string',
    required,
    list: false,
    values,
    schema: wrap(z.enum(values), required),
  };
}

/** Several codes from a closed list, separated by `;`. */
export function codes<const V extends readonly [string, ...string[]]>(
  values: V,
  options: Options & { required?: boolean },
): Column<V[number][]> {
  const required = options.required ?? false;
  const list = z
    .string()
    .transform(splitList)
    .pipe(z.array(z.enum(values)).refine((items) => new Set(items).size === items.length, 'valeur répétée'));
  return {
    kind: 'codes',
    ...options,
    expected: `une ou plusieurs valeurs séparées par « ; » parmi ${values.map((v) => `« ${v} »`).join(', ')}${required ? '' : ' (ou une cellule vide)'}`,
    fieldType: 'string',
    required,
    list: true,
    values,
    schema: (required
      ? notNull(list)
      : z.union([z.null().transform((): V[number][] => []), list])) as unknown as z.ZodType<V[number][], string | null>,
  };
}

/** Identifiers of rows of another (or the same) dataset, separated by `;`. */
export function references(options: Options & { required?: boolean; dataset: string }): Column<string[]> {
  const required = options.required ?? true;
  const list = z
    .string()
    .transform(splitList)
    .pipe(
      z
        .array(z.string().regex(SLUG))
        .min(1)
        .refine((items) => new Set(items).size === items.length, 'identifiant répété'),
    );
  return {
    kind: 'references',
    description: options.description,
    ...(options.example === undefined ? {} : { example: options.example }),
    expected: `${required ? 'au moins un' : 'des'} identifiant(s) de data/${options.dataset}.csv séparés par « ; »${required ? '' : ' (ou une cellule vide)'}`,
    fieldType: 'string',
    required,
    list: true,
    pattern: SLUG_PATTERN,
    schema: (required
      ? notNull(list)
      : z.union([z.null().transform((): string[] => []), list])) as unknown as z.ZodType<string[], string | null>,
  };
}

/** A list of free-text items separated by `;`. */
export function textList(options: Options & { required?: boolean }): Column<string[]> {
  const required = options.required ?? false;
  const list = z
    .string()
    .transform(splitList)
    .pipe(z.array(z.string().min(1)));
  return {
    kind: 'textList',
    ...options,
    expected: `des textes séparés par « ; »${required ? '' : ' (ou une cellule vide)'}`,
    fieldType: 'string',
    required,
    list: true,
    schema: (required
      ? notNull(list)
      : z.union([z.null().transform((): string[] => []), list])) as unknown as z.ZodType<string[], string | null>,
  };
}

/** A date at its known precision: `2021`, `2021-07` or `2021-07-13`, that exists. */
export function partialDate(options: Options & { required?: true }): Column<string>;
export function partialDate(options: Options & { required: false }): Column<string | null>;
export function partialDate(options: Options & { required?: boolean }): Column<string | null> {
  const required = options.required ?? true;
  return {
    kind: 'partialDate',
    ...options,
    expected: `une date qui existe, au format AAAA, AAAA-MM ou AAAA-MM-JJ${required ? '' : ' (ou une cellule vide)'}`,
    // Table Schema has no partial date type; a pattern documents the form.
    fieldType: 'string',
    required,
    list: false,
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
    schema: wrap(
      z.string().refine((cell) => parsePartialDate(cell) !== null, 'date inexistante ou mal formée'),
      required,
    ),
  };
}

/** A date, or a period `début/fin` of two dates (each `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`), the start not after the end. */
function isPartialPeriod(cell: string): boolean {
  const parts = cell.split('/');
  if (parts.length > 2 || parts.some((part) => parsePartialDate(part) === null)) return false;
  const [start, end] = parts as [string, string | undefined];
  return end === undefined || comparePartialDates(start, end) <= 0;
}

/** A date or a period at its known precision: `2024`, `2023-11/2024-02`, `2022/2025`. */
export function partialPeriod(options: Options & { required: false }): Column<string | null> {
  return {
    kind: 'partialPeriod',
    ...options,
    expected:
      'une date (AAAA, AAAA-MM ou AAAA-MM-JJ) ou une période début/fin de deux telles dates, le début avant la fin (ou une cellule vide)',
    fieldType: 'string',
    required: false,
    list: false,
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$',
    schema: nullable(z.string().refine(isPartialPeriod, 'période mal formée')),
  };
}

/** A whole number ≥ 0 written with digits only. */
export function integer(options: Options & { required?: true }): Column<number>;
export function integer(options: Options & { required: false }): Column<number | null>;
export function integer(options: Options & { required?: boolean }): Column<number | null> {
  const required = options.required ?? true;
  return {
    kind: 'integer',
    ...options,
    expected: `un nombre entier positif écrit en chiffres, sans espace ni unité (ex. « 120800 »)${required ? '' : ' (ou une cellule vide)'}`,
    fieldType: 'integer',
    required,
    list: false,
    schema: wrap(z.string().regex(INTEGER).transform(Number), required),
  };
}

/** A number ≥ 0 with `.` as decimal separator. */
export function decimal(options: Options & { required?: true }): Column<number>;
export function decimal(options: Options & { required: false }): Column<number | null>;
export function decimal(options: Options & { required?: boolean }): Column<number | null> {
  const required = options.required ?? true;
  return {
    kind: 'decimal',
    ...options,
    expected: `un nombre positif avec « . » comme séparateur décimal, sans espace ni unité (ex. « 7500000 » ou « 0.34 »)${required ? '' : ' (ou une cellule vide)'}`,
    fieldType: 'number',
    required,
    list: false,
    schema: wrap(z.string().regex(DECIMAL).transform(Number), required),
  };
}

/** `oui` or `non`. */
export function yesNo(options: Options): Column<boolean> {
  return {
    kind: 'yesNo',
    ...options,
    expected: '« oui » ou « non »',
    fieldType: 'boolean',
    required: true,
    list: false,
    values: ['oui', 'non'],
    schema: notNull(z.enum(['oui', 'non']).transform((cell) => cell === 'oui')),
  };
}

/** An http(s) address. */
export function url(options: Options & { required: false }): Column<string | null> {
  return {
    kind: 'url',
    ...options,
    expected: 'une adresse web complète commençant par http:// ou https:// (ou une cellule vide)',
    fieldType: 'string',
    format: 'uri',
    required: false,
    list: false,
    schema: nullable(
      z.string().refine((cell) => {
        try {
          const parsed = new URL(cell);
          return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !/\s/.test(cell);
        } catch {
          return false;
        }
      }, 'adresse invalide'),
    ),
  };
}
