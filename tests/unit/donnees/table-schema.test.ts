/**
 * Table Schemas and the Data Package are generated from the column
 * definitions: fields equal each CSV header, constraints follow the columns,
 * the package validates against the Frictionless JSON Schemas (ajv, draft-04
 * profiles shipped with the `datapackage` package) and against that package's
 * own strict loader, and every real row conforms to its schema.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/schemas/index.ts';
import {
  calendarVersion,
  dataPackage,
  tableSchema,
  tableSchemaField,
  xsdPattern,
} from '../../../src/schemas/table-schema.ts';
import { code, codes, decimal, partialDate, references, text, textList, yesNo } from '../../../src/schemas/columns.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { datasetBySlug } from './fixtures.ts';

const PROFILES = 'node_modules/datapackage/lib/profiles';
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

  it('chaque schéma de table est valide selon le schéma JSON Table Schema', () => {
    const validate = validator('tabular-data-resource');
    for (const resource of data.resources) {
      expect(
        validate(JSON.parse(JSON.stringify(resource))),
        `${resource.name} : ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
    }
  });

  it('se charge en mode strict avec la bibliothèque datapackage, et toutes les lignes réelles respectent leur schéma', async () => {
    const { Package } = await import('datapackage');
    const loaded = await Package.load(JSON.parse(JSON.stringify(data)), { basePath: 'data', strict: true });
    expect(loaded.valid).toBe(true);
    for (const resource of loaded.resources) {
      // relations: false — the foreign keys sit on `;`-lists, which Table Schema v1 cannot split (see table-schema.ts).
      const rows = (await resource.read({ keyed: true, relations: false, forceCast: true })) as unknown[];
      const problems = rows
        .filter((row): row is Error & { errors?: { message: string }[] } => row instanceof Error)
        .flatMap((error) => (error.errors ?? [error]).map((inner) => inner.message))
        // tableschema-js rejects a host with a trailing dot (« senat.fr. »), a valid absolute name
        // (RFC 3986 and the WHATWG URL parser accept it; data/README.md explains this mirror).
        .filter(
          (message) =>
            !/is not type "string" and format "uri"/.test(message) || !/"https?:\/\/[^/"]+\.\/[^"]*"/.test(message),
        );
      expect(problems, resource.name).toEqual([]);
      expect(rows.length).toBe(parseCsv(readFileSync(`data/${resource.name}.csv`, 'utf8')).rows.length);
    }
  });

  it('décrit aussi les fixtures de test, cellules multilignes comprises, sans erreur de schéma', async () => {
    const { Package } = await import('datapackage');
    const loaded = await Package.load(JSON.parse(JSON.stringify(descriptor('tests/fixtures/valid'))), {
      basePath: 'tests/fixtures/valid',
      strict: true,
    });
    for (const resource of loaded.resources) {
      const rows = (await resource.read({ keyed: true, relations: false, forceCast: true })) as unknown[];
      expect(
        rows.filter((row) => row instanceof Error),
        resource.name,
      ).toEqual([]);
    }
  });
});

describe('calendarVersion', () => {
  it('fait de la date de mise à jour une version triable', () => {
    expect(calendarVersion('2026-11-23')).toBe('2026.11.23');
    expect(calendarVersion('2026-03')).toBe('2026.3.0');
    expect(calendarVersion('2026')).toBe('2026.0.0');
  });
});
