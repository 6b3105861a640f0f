/**
 * Table Schemas and the Data Package are generated from the column
 * definitions: fields equal each CSV header, constraints follow the columns,
 * the package validates against the official Frictionless JSON Schemas (Data
 * Package, Tabular Data Package, Tabular Data Resource, Table Schema: draft-04
 * profiles vendored in tests/fixtures/frictionless/, checked with ajv), and
 * every real row conforms to the published schema of its file, read the way
 * Table Schema v1 defines it.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/schemas/index.ts';
import {
  calendarVersion,
  dataPackage,
  type DataPackage,
  tableSchema,
  tableSchemaField,
  xsdPattern,
} from '../../../src/schemas/table-schema.ts';
import { code, codes, decimal, partialDate, references, text, textList, yesNo } from '../../../src/schemas/columns.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { datasetBySlug } from './fixtures.ts';

const PROFILES = 'tests/fixtures/frictionless';
const profile = (name: string): object => JSON.parse(readFileSync(`${PROFILES}/${name}.json`, 'utf8')) as object;

function descriptor(folder: string) {
  return dataPackage(
    DATASETS.map((dataset) => ({ dataset, text: readFileSync(`${folder}/${dataset.slug}.csv`, 'utf8') })),
    {
      site: 'https://exemple.fr/',
      updated: '2026-11-23',
      name: 'oublies-du-segur',
      title: 'Oubliés du Ségur — l’observatoire',
      licence: {
        name: 'etalab-2.0',
        title: 'Licence Ouverte 2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      },
    },
  );
}

function validator(name: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true); // A display hint of the Frictionless profiles, not a constraint.
  return ajv.compile(profile(name));
}

describe('tableSchemaField', () => {
  it('déclare un code avec ses valeurs permises et son caractère obligatoire', () => {
    const field = tableSchemaField('statut', code(['a', 'b'], { description: 'Statut.', example: 'a' }));
    expect(field).toEqual({
      name: 'statut',
      type: 'string',
      description: 'Statut.',
      example: 'a',
      constraints: { required: true, enum: ['a', 'b'] },
    });
  });

  it('déclare un booléen oui/non avec ses valeurs vraies et fausses', () => {
    const field = tableSchemaField('jalon', yesNo({ description: 'Jalon.' }));
    expect(field).toMatchObject({
      type: 'boolean',
      trueValues: ['oui'],
      falseValues: ['non'],
      constraints: { required: true },
    });
    expect(field.constraints.enum).toBeUndefined();
  });

  it('déclare un nombre décimal positif, facultatif', () => {
    expect(tableSchemaField('montant', decimal({ required: false, description: 'Montant.' }))).toMatchObject({
      type: 'number',
      constraints: { required: false, minimum: 0 },
    });
  });

  it('donne à une date à précision variable un motif sans ancres (syntaxe XML Schema)', () => {
    const field = tableSchemaField('date', partialDate({ description: 'Date.' }));
    expect(field.type).toBe('string');
    expect(field.constraints.pattern).toBe('\\d{4}(-\\d{2}(-\\d{2})?)?');
  });

  it('décrit une liste d’identifiants : motif de la cellule entière et mode d’emploi de la clé étrangère', () => {
    const field = tableSchemaField(
      'source_ids',
      references({ dataset: 'sources', description: 'Sources.' }),
      'sources',
    );
    const pattern = new RegExp(`^(?:${field.constraints.pattern})$`);
    expect(pattern.test('an-ppr-liot-segur-pour-tous-2024;lms-cfdt-2024')).toBe(true);
    expect(pattern.test('an-ppr-liot-segur-pour-tous-2024 ; lms-cfdt-2024')).toBe(true);
    expect(pattern.test('Seed-003')).toBe(false);
    expect(pattern.test('an-ppr-liot-segur-pour-tous-2024;;x')).toBe(false);
    expect(field.description).toMatch(/^Sources\. Liste : identifiants séparés par « ; ».*sources\.csv.*foreignKeys/);
  });

  it('donne à une liste de codes un motif qui n’accepte que les codes', () => {
    const field = tableSchemaField('secteurs', codes(['public', 'prive_lucratif'], { description: 'Secteurs.' }));
    const pattern = new RegExp(`^(?:${field.constraints.pattern})$`);
    expect(['public', 'public;prive_lucratif'].every((cell) => pattern.test(cell))).toBe(true);
    expect(['associatif', 'public;', 'public,prive_lucratif'].some((cell) => pattern.test(cell))).toBe(false);
    expect(field.constraints.enum).toBeUndefined();
  });

  it('refuse dans une liste de textes un élément vide', () => {
    const field = tableSchemaField('acteurs', textList({ required: true, description: 'Acteurs.' }));
    const pattern = new RegExp(`^(?:${field.constraints.pattern})$`);
    expect(pattern.test('Gouvernement;Départements de France')).toBe(true);
    expect(pattern.test('Gouvernement;;CGT')).toBe(false);
  });

  it('laisse un texte libre sans motif', () => {
    expect(tableSchemaField('titre', text({ description: 'Titre.' })).constraints).toEqual({ required: true });
  });
});

describe('tableSchema', () => {
  it.each(DATASETS.map((dataset) => [dataset.slug, dataset] as const))(
    '%s : les champs sont l’en-tête du CSV, dans l’ordre',
    (slug, dataset) => {
      const schema = tableSchema(dataset);
      const { header } = parseCsv(readFileSync(`data/${slug}.csv`, 'utf8'));
      expect(schema.fields.map((field) => field.name)).toEqual(header);
      expect(schema.fields.map((field) => field.description)).toEqual(
        Object.values(dataset.columns).map((column) => expect.stringContaining(column.description)),
      );
      expect(schema.primaryKey).toBe('id');
      expect(schema.missingValues).toEqual(['']);
    },
  );

  it('déclare les clés étrangères : source_ids → sources, mesure_ids → mesures, conteste_ids → estimations elle-même', () => {
    expect(tableSchema(datasetBySlug('regles')).foreignKeys).toEqual([
      { fields: 'contexte_id', reference: { resource: 'contextes', fields: 'id' } },
      { fields: 'mesure_ids', reference: { resource: 'mesures', fields: 'id' } },
      { fields: 'source_ids', reference: { resource: 'sources', fields: 'id' } },
    ]);
    expect(tableSchema(datasetBySlug('metiers')).foreignKeys).toEqual([
      { fields: 'contextes', reference: { resource: 'contextes', fields: 'id' } },
    ]);
    expect(tableSchema(datasetBySlug('estimations')).foreignKeys).toEqual([
      { fields: 'conteste_ids', reference: { resource: '', fields: 'id' } },
      { fields: 'source_ids', reference: { resource: 'sources', fields: 'id' } },
    ]);
    expect(tableSchema(datasetBySlug('sources')).foreignKeys).toBeUndefined();
  });

  it('enlève les ancres ^ et $ des motifs', () => {
    expect(xsdPattern('^[a-z]+$')).toBe('[a-z]+');
    expect(xsdPattern('[a-z]+')).toBe('[a-z]+');
  });
});

describe('le Data Package', () => {
  const data = descriptor('data');

  it('a une ressource par CSV, au chemin relatif du fichier publié, avec sa taille en octets', () => {
    expect(data.resources.map((resource) => resource.name)).toEqual(DATASETS.map((dataset) => dataset.slug));
    for (const resource of data.resources) {
      expect(resource.path).toBe(`${resource.name}.csv`);
      expect(resource.bytes).toBe(readFileSync(`data/${resource.name}.csv`).byteLength);
    }
  });

  it('porte licence, sources, contributeurs, version datée et date de mise à jour', () => {
    expect(data.licenses).toEqual([
      {
        name: 'etalab-2.0',
        title: 'Licence Ouverte 2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      },
    ]);
    expect(data.sources[0]?.path).toBe('https://exemple.fr/sources/');
    expect(data.contributors[0]).toMatchObject({ role: 'author' });
    expect(data.version).toBe('2026.11.23');
    expect(data.updated).toBe('2026-11-23');
  });

  it('est valide selon les schémas JSON Tabular Data Package et Data Package', () => {
    for (const name of ['tabular-data-package', 'data-package']) {
      const validate = validator(name);
      expect(validate(JSON.parse(JSON.stringify(data))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('est refusé par ces schémas quand il lui manque l’essentiel (le test sait échouer)', () => {
    const validate = validator('tabular-data-package');
    const broken = JSON.parse(JSON.stringify(data)) as { resources: { schema?: unknown; profile?: string }[] };
    delete broken.resources[0]?.schema;
    expect(validate(broken)).toBe(false);
  });

  it('a des ressources valides selon les schémas JSON Tabular Data Resource et Data Resource', () => {
    for (const name of ['tabular-data-resource', 'data-resource']) {
      const validate = validator(name);
      for (const resource of data.resources) {
        expect(
          validate(JSON.parse(JSON.stringify(resource))),
          `${name}, ${resource.name} : ${JSON.stringify(validate.errors)}`,
        ).toBe(true);
      }
    }
  });

  it('donne à chaque ressource un schéma valide selon le schéma JSON Table Schema lui-même', () => {
    const validate = validator('table-schema');
    for (const resource of data.resources) {
      expect(
        validate(JSON.parse(JSON.stringify(resource.schema))),
        `${resource.name} : ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
    }
    expect(validate({ fields: [{ name: 'x', type: 'nombre' }] }), 'un type inconnu est refusé').toBe(false);
  });

  it('accepte toutes les lignes réelles selon le schéma publié de leur fichier', () => {
    for (const resource of data.resources) {
      const text = readFileSync(`data/${resource.path}`, 'utf8');
      expect(tableSchemaProblems(resource.schema, text, keysIn('data', data), resource.name), resource.name).toEqual(
        [],
      );
    }
  });

  it('décrit aussi les fixtures de test, cellules multilignes comprises, sans erreur de schéma', () => {
    const fixtures = descriptor('tests/fixtures/valid');
    for (const resource of fixtures.resources) {
      const text = readFileSync(`tests/fixtures/valid/${resource.path}`, 'utf8');
      expect(
        tableSchemaProblems(resource.schema, text, keysIn('tests/fixtures/valid', fixtures), resource.name),
        resource.name,
      ).toEqual([]);
    }
  });

  it('refuse selon le schéma publié une cellule hors des valeurs permises, une clé en double ou un renvoi inconnu (le contrôle sait échouer)', () => {
    const fixtures = descriptor('tests/fixtures/valid');
    const schemaOf = (name: string) => fixtures.resources.find((resource) => resource.name === name)!.schema;
    const keys = keysIn('tests/fixtures/valid', fixtures);
    const mesures = readFileSync('tests/fixtures/valid/mesures.csv', 'utf8');
    expect(
      tableSchemaProblems(schemaOf('mesures'), mesures.replace(',decret,', ',circulaire,'), keys, 'mesures'),
    ).toEqual(['ligne 2, type : « circulaire » hors des valeurs permises']);
    expect(
      tableSchemaProblems(schemaOf('mesures'), mesures.replace('decision-a,', 'mesure-a,'), keys, 'mesures'),
    ).toEqual(['ligne 3, id : « mesure-a » répète une clé primaire']);
    const regles = readFileSync('tests/fixtures/valid/regles.csv', 'utf8');
    expect(
      tableSchemaProblems(
        schemaOf('regles'),
        regles.replace(',mesure-a,2020-09,', ',mesure-z,2020-09,'),
        keys,
        'regles',
      ),
    ).toEqual(['ligne 2, mesure_ids : « mesure-z » absent de mesures']);
  });
});

type Schema = DataPackage['resources'][number]['schema'];

/** The primary keys of every resource of a package whose files are in `folder`: what foreign keys may name. */
function keysIn(folder: string, descriptor: DataPackage): Map<string, Set<string>> {
  return new Map(
    descriptor.resources.map((resource) => {
      const { rows } = parseCsv(readFileSync(`${folder}/${resource.path}`, 'utf8'));
      return [resource.name, new Set(rows.map((row) => row.cells['id'] ?? ''))];
    }),
  );
}

/**
 * Every cell checked against a published Table Schema, as Table Schema v1 reads
 * it (an independent reading of the descriptor, not the site's own validator):
 * missing values, types, enum, pattern (implicitly anchored), minimum, unique
 * primary key, and foreign keys on each item of a `;`-list (this package's
 * documented convention). Returns one French line per problem.
 */
function tableSchemaProblems(
  schema: Schema,
  text: string,
  keys: ReadonlyMap<string, ReadonlySet<string>>,
  self: string,
): string[] {
  const problems: string[] = [];
  const { header, rows } = parseCsv(text);
  if (header.join(',') !== schema.fields.map((field) => field.name).join(','))
    problems.push(`en-tête : ${header.join(',')}`);
  const seen = new Set<string>();
  for (const { line, cells } of rows) {
    for (const field of schema.fields) {
      const cell = cells[field.name] ?? '';
      const where = `ligne ${line}, ${field.name} : « ${cell} »`;
      if (schema.missingValues.includes(cell)) {
        if (field.constraints.required) problems.push(`${where} manque`);
        continue;
      }
      if (field.type === 'integer' && !/^[+-]?\d+$/.test(cell)) problems.push(`${where} n’est pas un entier`);
      if (field.type === 'number' && !Number.isFinite(Number(cell))) problems.push(`${where} n’est pas un nombre`);
      if (field.type === 'boolean' && ![...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(cell)) {
        problems.push(`${where} n’est pas un booléen`);
      }
      if (field.format === 'uri' && !URL.canParse(cell)) problems.push(`${where} n’est pas une adresse`);
      if (field.constraints.minimum !== undefined && Number(cell) < field.constraints.minimum) {
        problems.push(`${where} est sous le minimum`);
      }
      if (field.constraints.enum && !field.constraints.enum.includes(cell))
        problems.push(`${where} hors des valeurs permises`);
      if (field.constraints.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`, 'u').test(cell)) {
        problems.push(`${where} ne suit pas le motif`);
      }
    }
    if (schema.primaryKey) {
      const key = cells[schema.primaryKey] ?? '';
      if (seen.has(key)) problems.push(`ligne ${line}, ${schema.primaryKey} : « ${key} » répète une clé primaire`);
      seen.add(key);
    }
    for (const foreignKey of schema.foreignKeys ?? []) {
      const target = foreignKey.reference.resource === '' ? self : foreignKey.reference.resource;
      const cell = cells[foreignKey.fields] ?? '';
      if (schema.missingValues.includes(cell)) continue;
      for (const item of cell.split(';').map((value) => value.trim())) {
        if (!keys.get(target)?.has(item))
          problems.push(`ligne ${line}, ${foreignKey.fields} : « ${item} » absent de ${target}`);
      }
    }
  }
  return problems;
}

describe('calendarVersion', () => {
  it('fait de la date de mise à jour une version triable', () => {
    expect(calendarVersion('2026-11-23')).toBe('2026.11.23');
    expect(calendarVersion('2026-03')).toBe('2026.3.0');
    expect(calendarVersion('2026')).toBe('2026.0.0');
  });
});
