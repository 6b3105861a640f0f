/**
 * Every dataset schema: a minimal valid row passes, and each rule, broken
 * alone, is reported on the right column.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/schemas/dataset.ts';
import { sourcesDataset } from '../../../src/schemas/sources.ts';
import { evenementsDataset } from '../../../src/schemas/evenements.ts';
import { estimationsDataset } from '../../../src/schemas/estimations.ts';
import { exclusAujourdhuiDataset } from '../../../src/schemas/exclus-aujourdhui.ts';
import { chiffresDataset } from '../../../src/schemas/chiffres.ts';
import { mesuresDataset } from '../../../src/schemas/mesures.ts';
import { metiersDataset } from '../../../src/schemas/metiers.ts';
import { contextesDataset } from '../../../src/schemas/contextes.ts';
import { reglesDataset } from '../../../src/schemas/regles.ts';
import { contratsDataset } from '../../../src/schemas/contrats.ts';
import { gradesDataset } from '../../../src/schemas/grades.ts';
import { employeursDataset } from '../../../src/schemas/employeurs.ts';
import { collectivitesDataset } from '../../../src/schemas/collectivites.ts';
import { recherchesDataset } from '../../../src/schemas/recherches.ts';
import { changementsDataset } from '../../../src/schemas/index.ts';
import { montantsDataset } from '../../../src/schemas/montants.ts';
import { delaisDataset } from '../../../src/schemas/delais.ts';
import { demarchesDataset } from '../../../src/schemas/demarches.ts';
import { problemsFor, reportedColumns, type Case, type Cells } from './factory.ts';

const provenance = { source_ids: 'source-a', statut_verification: 'confirme', note: '' };

interface Suite {
  dataset: Dataset;
  minimal: Cells;
  cases: Case[];
}

const SUITES: Suite[] = [
  {
    dataset: sourcesDataset as unknown as Dataset,
    minimal: {
      id: 'rapport-x',
      titre: 'Rapport',
      editeur: 'Ministère',
      date_publication: '2023-12',
      date_deduite: 'non',
      url: 'https://exemple.fr/r',
      url_origine: 'relevee',
      reference: '',
      type: 'rapport',
      note: '',
    },
    cases: [
      ['un identifiant avec majuscules ou accents', { id: 'Rapport-É' }, 'id'],
      ['un titre vide', { titre: '' }, 'titre'],
      ['une date qui n’existe pas', { date_publication: '2023-02-30' }, 'date_publication'],
      ['une date au format français', { date_publication: '30/12/2023' }, 'date_publication'],
      ['un booléen autre que oui/non', { date_deduite: 'vrai' }, 'date_deduite'],
      ['une adresse qui n’est pas http(s)', { url: 'ftp://exemple.fr' }, 'url'],
      ['ni adresse ni référence', { url: '', url_origine: '', reference: '' }, 'url'],
      ['un type inconnu', { type: 'tweet' }, 'type'],
      ['un renvoi à une source qui n’existe pas', { note: 'Repris par [@source-inconnue].' }, 'note'],
      ['un renvoi mal formé', { note: 'Repris par [@Rapport X].' }, 'note'],
      ['une adresse sans son origine', { url_origine: '' }, 'url_origine'],
      ['une origine sans adresse', { url: '', reference: 'JO du 1er mars 2024' }, 'url_origine'],
      ['une origine inconnue', { url_origine: 'devinee' }, 'url_origine'],
      [
        'un décret sur un site qui n’est pas officiel, sans dire pourquoi',
        { type: 'decret', url: 'https://miroir.exemple.fr/decret' },
        'url',
      ],
      [
        'une question parlementaire sur un autre sous-domaine du Sénat',
        { type: 'question_parlementaire', url: 'https://conferenceconsensuslogement.senat.fr/q.html' },
        'url',
      ],
      [
        'une loi sans adresse, sans dire pourquoi',
        { type: 'loi', url: '', url_origine: '', reference: 'Loi n° 2022-1616' },
        'url',
      ],
    ],
  },
  {
    dataset: evenementsDataset as unknown as Dataset,
    minimal: {
      id: '2022-02-18-x',
      date: '2022-02-18',
      precision_date: 'jour',
      titre: 'Titre',
      resume: 'Résumé.',
      type: 'annonce',
      acteurs: 'Gouvernement',
      secteurs: '',
      filieres: '',
      montant_eur: '',
      effectif: '',
      jalon: 'non',
      ...provenance,
      date_mise_a_jour: '2026-11-23',
    },
    cases: [
      ['une date qui n’existe pas', { date: '2022-02-30' }, 'date'],
      ['une précision qui ne correspond pas à la date', { precision_date: 'mois' }, 'precision_date'],
      ['un titre de plus de 90 caractères', { titre: 'x'.repeat(91) }, 'titre'],
      ['un type inconnu', { type: 'tweet' }, 'type'],
      ['aucun acteur', { acteurs: '' }, 'acteurs'],
      ['un secteur inconnu', { secteurs: 'public;associatif' }, 'secteurs'],
      ['une filière répétée', { filieres: 'soignante;soignante' }, 'filieres'],
      ['un montant négatif', { montant_eur: '-5' }, 'montant_eur'],
      ['un effectif avec espace', { effectif: '120 800' }, 'effectif'],
      ['un renvoi à une source qui n’existe pas dans le résumé', { resume: 'Annonce [@source-z].' }, 'resume'],
      ['des sources vides', { source_ids: '' }, 'source_ids'],
      ['une source inconnue', { source_ids: 'source-a;inconnue' }, 'source_ids'],
      ['un statut inconnu', { statut_verification: 'probable' }, 'statut_verification'],
      ['un doute sans note', { statut_verification: 'incertain', note: '' }, 'note'],
      ['une mise à jour datée au mois seulement', { date_mise_a_jour: '2026-11' }, 'date_mise_a_jour'],
      ['une mise à jour vide', { date_mise_a_jour: '' }, 'date_mise_a_jour'],
    ],
  },
  {
    dataset: estimationsDataset as unknown as Dataset,
    minimal: {
      id: 'rapport',
      estimateur: 'Gouvernement',
      date: '2023-12',
      date_etat: '2023-12',
      valeur: '120800',
      valeur_min: '',
      valeur_max: '',
      approximatif: 'non',
      unite: 'personnes',
      nature: 'exclus',
      objet: 'exclus_restants',
      periodicite: '',
      annee_concernee: '',
      perimetre: 'Ensemble',
      perimetre_code: 'ensemble',
      methode: '',
      officiel: 'oui',
      derive: 'non',
      anterieur_accord_2024: 'oui',
      conteste_ids: '',
      localisation: 'Tableau de synthèse',
      ...provenance,
    },
    cases: [
      ['un effectif négatif', { valeur: '-120800' }, 'valeur'],
      ['ni valeur ni fourchette', { valeur: '' }, 'valeur'],
      [
        'une borne basse au-dessus de la borne haute',
        { valeur: '', valeur_min: '9000', valeur_max: '8000' },
        'valeur_min',
      ],
      ['une valeur hors de sa fourchette', { valeur: '100', valeur_min: '8000', valeur_max: '9000' }, 'valeur'],
      ['un coût compté en personnes', { nature: 'cout', objet: 'cout', periodicite: 'annuel' }, 'unite'],
      ['un coût sans périodicité', { nature: 'cout', objet: 'cout', unite: 'eur' }, 'periodicite'],
      ['un effectif avec périodicité', { periodicite: 'annuel' }, 'periodicite'],
      ['un effectif avec une année concernée', { annee_concernee: '2024' }, 'annee_concernee'],
      [
        'une année concernée improbable',
        { nature: 'cout', objet: 'cout', unite: 'eur', periodicite: 'annuel', annee_concernee: '1850' },
        'annee_concernee',
      ],
      ['un périmètre inconnu', { perimetre_code: 'monde' }, 'perimetre_code'],
      ['une estimation qui se conteste elle-même', { conteste_ids: 'rapport' }, 'conteste_ids'],
      ['une estimation contestée inconnue', { conteste_ids: 'inconnue' }, 'conteste_ids'],
      ['un chiffre dérivé sans méthode', { derive: 'oui' }, 'methode'],
      ['un objet inconnu', { objet: 'exclus' }, 'objet'],
      ['des couverts comptés comme exclus restants', { nature: 'couverts' }, 'objet'],
      ['un coût qui n’est pas un coût', { objet: 'cout' }, 'objet'],
      ['une date de situation vide', { date_etat: '' }, 'date_etat'],
      ['un caractère historique ni oui ni non', { anterieur_accord_2024: '' }, 'anterieur_accord_2024'],
      ['ni emplacement ni raison', { localisation: '' }, 'localisation'],
      ['des sources vides', { source_ids: '' }, 'source_ids'],
    ],
  },
  {
    dataset: chiffresDataset as unknown as Dataset,
    minimal: {
      id: 'hausse',
      theme: 'montant_individuel',
      indicateur: 'Hausse nette',
      valeur: '183',
      unite: 'eur_par_mois_net',
      date: '2020-09',
      periode_reference: '2020-09/2020-11',
      perimetre: 'Hôpitaux',
      base: '',
      localisation: 'Article 8',
      ...provenance,
    },
    cases: [
      ['un thème inconnu', { theme: 'divers' }, 'theme'],
      ['une valeur avec virgule décimale', { valeur: '7,5' }, 'valeur'],
      ['une valeur négative', { valeur: '-1' }, 'valeur'],
      ['un pourcentage au-dessus de 100', { unite: 'pourcentage', valeur: '140' }, 'valeur'],
      ['une unité inconnue', { unite: 'francs' }, 'unite'],
      ['une date au mois 13', { date: '2020-13' }, 'date'],
      ['une source inconnue', { source_ids: 'inconnue' }, 'source_ids'],
      ['une période à l’envers', { periode_reference: '2024/2022' }, 'periode_reference'],
      ['une période à trois bornes', { periode_reference: '2022/2023/2024' }, 'periode_reference'],
      ['une période au format français', { periode_reference: '09/2020' }, 'periode_reference'],
      ['ni emplacement ni raison', { localisation: '' }, 'localisation'],
      [
        'une note sans raison pour l’emplacement manquant',
        { localisation: '', note: 'Chiffre cité par un syndicat.' },
        'localisation',
      ],
    ],
  },
  {
    dataset: mesuresDataset as unknown as Dataset,
    minimal: {
      id: 'mesure-x',
      nom: 'CTI',
      type: 'decret',
      date_accord: '2020-09-19',
      date_effet: '2020-09',
      montant: '49',
      unite_montant: 'points_indice',
      base_juridique: 'Décret',
      secteurs: 'fph',
      etablissements: 'Hôpitaux',
      professions_couvertes: 'Tous',
      exclus_explicites: '',
      hors_segur: 'non',
      localisation: 'Article 1er',
      ...provenance,
    },
    cases: [
      ['un montant sans unité', { unite_montant: '' }, 'unite_montant'],
      ['une unité sans montant', { montant: '' }, 'unite_montant'],
      ['aucun secteur', { secteurs: '' }, 'secteurs'],
      ['un secteur inconnu', { secteurs: 'fph;hopital' }, 'secteurs'],
      ['une date d’effet inexistante', { date_effet: '2021-02-29' }, 'date_effet'],
      ['une base juridique vide', { base_juridique: '' }, 'base_juridique'],
      ['ni emplacement ni raison', { localisation: '' }, 'localisation'],
    ],
  },
  {
    dataset: metiersDataset as unknown as Dataset,
    minimal: {
      id: 'aide-soignant',
      libelle: 'Aide-soignant',
      filiere: 'soignante',
      portee: '',
      portee_fonction_publique: '',
      contextes: 'hopital-public',
      variantes: 'AS',
      description: 'Soins d’hygiène et de confort.',
      note: '',
    },
    cases: [
      ['une filière inconnue', { filiere: 'paramedicale' }, 'filiere'],
      ['un code de portée inconnu', { portee: 'corps:inconnu' }, 'portee'],
      ['« tous » comme portée d’un métier', { portee: 'tous' }, 'portee'],
      ['un contexte inconnu', { contextes: 'usine' }, 'contextes'],
      ['aucun contexte', { contextes: '' }, 'contextes'],
      ['une description vide', { description: '' }, 'description'],
    ],
  },
  {
    dataset: contextesDataset as unknown as Dataset,
    minimal: {
      id: 'hopital-x',
      libelle: 'Hôpital public',
      nature: 'employeur',
      secteurs: 'fph',
      type_employeur: 'etablissement_public_sante',
      lieux: 'hopital',
      rattachement: 'sans_objet',
      financement: 'assurance_maladie',
      etablissements: 'Centres hospitaliers',
      convention: 'Statut de la fonction publique hospitalière',
      exemples_saisis: 'CHU',
      note: '',
    },
    cases: [
      ['un secteur inconnu', { secteurs: 'public' }, 'secteurs'],
      ['un employeur sans lieu', { lieux: '' }, 'lieux'],
      ['un lieu inconnu', { lieux: 'usine' }, 'lieux'],
      ['un rattachement inconnu', { rattachement: 'annexe' }, 'rattachement'],
      ['un financement inconnu', { financement: 'mecenat' }, 'financement'],
      ['une nature inconnue', { nature: 'autre' }, 'nature'],
    ],
  },
  {
    dataset: reglesDataset as unknown as Dataset,
    minimal: {
      id: 'hopital-x-tous',
      contexte_id: 'hopital-public',
      portee: 'tous',
      portee_detail: '',
      exceptions: 'filiere:medicale',
      exceptions_detail: 'médecins',
      verdict: 'oui',
      mesure_ids: 'mesure-a',
      depuis: '2020-09',
      montant: '49 points',
      explication: 'Tout le personnel non médical.',
      localisation: '',
      ...provenance,
    },
    cases: [
      ['un verdict inconnu', { verdict: 'peut-etre' }, 'verdict'],
      ['un « non » avec une date', { verdict: 'non' }, 'depuis'],
      ['un « oui » sans mesure', { mesure_ids: '' }, 'mesure_ids'],
      ['une mesure inconnue', { mesure_ids: 'mesure-inconnue' }, 'mesure_ids'],
      ['un contexte inconnu', { contexte_id: 'usine' }, 'contexte_id'],
      ['deux contextes', { contexte_id: 'hopital-public;association-essms' }, 'contexte_id'],
      ['une portée inconnue', { portee: 'filiere:paramedicale' }, 'portee'],
      ['une exception qui est aussi la portée', { portee: 'filiere:medicale' }, 'exceptions'],
      ['une explication vide', { explication: '' }, 'explication'],
      ['un doute sans note', { statut_verification: 'incertain' }, 'note'],
    ],
  },
  {
    dataset: contratsDataset as unknown as Dataset,
    minimal: {
      id: 'apprenti-x',
      contrat: 'Apprenti',
      genre: 'apprenti',
      secteurs: 'fph',
      effet: 'exclu',
      explication: 'Contrat de droit privé.',
      localisation: '',
      ...provenance,
    },
    cases: [
      ['un genre inconnu', { genre: 'stagiaire' }, 'genre'],
      ['un effet inconnu', { effet: 'partiel' }, 'effet'],
      ['aucun secteur', { secteurs: '' }, 'secteurs'],
    ],
  },
  {
    dataset: gradesDataset as unknown as Dataset,
    minimal: {
      id: 'ouvrier-principal-x',
      intitule: 'Ouvrier principal',
      variantes: 'OP',
      famille: 'fph',
      type: 'corps',
      metier_id: 'aide-soignant',
      portee: '',
      contextes: '',
      note: '',
    },
    cases: [
      ['une famille inconnue', { famille: 'ccn99' }, 'famille'],
      ['un métier inconnu', { metier_id: 'boulanger' }, 'metier_id'],
      ['deux métiers', { metier_id: 'aide-soignant;moniteur-atelier' }, 'metier_id'],
      ['un contexte inconnu', { contextes: 'usine' }, 'contextes'],
    ],
  },
  {
    dataset: employeursDataset as unknown as Dataset,
    minimal: {
      id: 'chu-x',
      nom: 'CHU',
      variantes: 'CHU',
      contexte_ids: 'hopital-public',
      lieux: '',
      secteurs: '',
      financement: '',
      note: '',
    },
    cases: [
      ['ni contexte ni lieu', { contexte_ids: '' }, 'contexte_ids'],
      ['un contexte inconnu', { contexte_ids: 'usine' }, 'contexte_ids'],
      ['aucune variante', { variantes: '' }, 'variantes'],
      ['un financement inconnu', { financement: 'mecenat' }, 'financement'],
    ],
  },
  {
    dataset: collectivitesDataset as unknown as Dataset,
    minimal: {
      id: 'allier-motion',
      collectivite: 'Département de l’Allier',
      niveau: 'departement',
      code_insee: '03',
      code_commune: '',
      siren_epci: '',
      code_region: '',
      date: '2024-10-03',
      type_fait: 'decision',
      volet: 'segur_pour_tous',
      annee_concernee: '2024',
      etape: 'motion',
      nature: 'motion',
      montant_eur: '1000000',
      unite_montant: 'eur',
      periodicite: 'ponctuel',
      perimetre: 'Structures tarifées par le département',
      suite: '',
      source_ids: 'source-a',
      localisation: 'troisième paragraphe',
      statut_verification: 'confirme',
      note: '',
    },
    cases: [
      ['un code INSEE qui n’est pas un département', { code_insee: '20' }, 'code_insee'],
      ['un code INSEE sans zéro initial', { code_insee: '1' }, 'code_insee'],
      ['un département sans code', { code_insee: '' }, 'code_insee'],
      ['une ligne nationale avec code', { niveau: 'national' }, 'code_insee'],
      ['une région sans code de région', { niveau: 'region', code_insee: '' }, 'code_region'],
      ['un code de région inconnu', { niveau: 'region', code_insee: '', code_region: '99' }, 'code_region'],
      ['un département avec un code de région', { code_region: '84' }, 'code_region'],
      [
        'une association ni située dans un département ni dans une région',
        { niveau: 'association', type_fait: 'autre_acteur', etape: 'constat', nature: 'autre', code_insee: '' },
        'code_insee',
      ],
      // The level must match the codes: a commune's row, or a département's row coded as a commune's.
      ['une ligne de département codée comme une commune', { code_commune: '03001' }, 'code_commune'],
      ['une commune sans code de commune', { niveau: 'commune' }, 'code_commune'],
      ['un code de commune qui n’existe pas', { niveau: 'commune', code_commune: '03999' }, 'code_commune'],
      ['une commune d’un autre département', { niveau: 'commune', code_commune: '51454' }, 'code_commune'],
      ['un code de commune mal formé', { niveau: 'commune', code_commune: '3001' }, 'code_commune'],
      ['une métropole au SIREN inconnu', { niveau: 'metropole', siren_epci: '999999999' }, 'siren_epci'],
      ['une métropole d’un autre département', { niveau: 'metropole', siren_epci: '242900314' }, 'siren_epci'],
      ['une métropole confirmée sans SIREN', { niveau: 'metropole' }, 'siren_epci'],
      ['un SIREN sur une ligne de département', { siren_epci: '200071082' }, 'siren_epci'],
      ['une date dans le futur', { date: '2999-01-01' }, 'date'],
      ['un montant sans unité', { unite_montant: '' }, 'unite_montant'],
      ['un montant sans périodicité', { periodicite: '' }, 'periodicite'],
      ['une unité sans montant', { montant_eur: '', periodicite: '' }, 'unite_montant'],
      ['une nature inconnue', { nature: 'subvention' }, 'nature'],
      ['une nature de mobilisation pour une décision', { nature: 'greve' }, 'nature'],
      ['une étape de mobilisation pour une décision', { etape: 'action' }, 'etape'],
      ['une décision prise par une association', { niveau: 'association' }, 'niveau'],
      ['une année concernée hors liste', { annee_concernee: '2019' }, 'annee_concernee'],
      ['un montant négatif', { montant_eur: '-7500000' }, 'montant_eur'],
      ['ni emplacement ni raison', { localisation: '' }, 'localisation'],
      ['des sources vides', { source_ids: '' }, 'source_ids'],
      ['une source inconnue', { source_ids: 'source-z' }, 'source_ids'],
      ['une citation d’une source inconnue dans la suite', { suite: 'Voir [@source-z].' }, 'suite'],
      ['ni localisation ni note', { localisation: '' }, 'localisation'],
      ['un doute sans note', { statut_verification: 'incertain' }, 'note'],
    ],
  },
  {
    dataset: recherchesDataset as unknown as Dataset,
    minimal: {
      id: 'departement-06',
      collectivite: 'Département des Alpes-Maritimes',
      niveau: 'departement',
      code_insee: '06',
      code_region: '',
      date: '2026-12',
      recherche: 'Deux requêtes.',
    },
    cases: [
      ['un département sans code', { code_insee: '' }, 'code_insee'],
      ['une région sans code de région', { niveau: 'region', code_insee: '' }, 'code_region'],
      ['un niveau autre que département ou région', { niveau: 'commune' }, 'niveau'],
      ['une date dans le futur', { date: '2999-12' }, 'date'],
      ['une recherche non décrite', { recherche: '' }, 'recherche'],
    ],
  },
  {
    dataset: montantsDataset as unknown as Dataset,
    minimal: {
      id: 'cti-49-points',
      grandeur: 'montant',
      libelle: 'Complément à 49 points',
      valeur: '49',
      unite: 'points_indice',
      debut: '2020-12-01',
      fin: '2022-06-30',
      mesure_ids: 'mesure-a',
      temps_partiel: 'au_prorata',
      localisation: '',
      ...provenance,
    },
    cases: [
      ['une grandeur inconnue', { grandeur: 'prime' }, 'grandeur'],
      ['une unité qui ne va pas avec la grandeur', { grandeur: 'net_approximatif', temps_partiel: '' }, 'unite'],
      ['une valeur du point en points', { grandeur: 'valeur_point', mesure_ids: '', temps_partiel: '' }, 'unite'],
      ['un rapport supérieur à 1', { grandeur: 'rapport_net_brut', unite: 'rapport', temps_partiel: '' }, 'valeur'],
      ['une valeur nulle', { valeur: '0' }, 'valeur'],
      ['un début qui n’est pas le 1er du mois', { debut: '2020-12-15' }, 'debut'],
      ['un début au mois près', { debut: '2020-12' }, 'debut'],
      ['une fin qui n’est pas le dernier jour du mois', { fin: '2022-06-29' }, 'fin'],
      ['une fin avant le début', { fin: '2019-06-30' }, 'fin'],
      ['un montant sans mesure', { mesure_ids: '' }, 'mesure_ids'],
      [
        'une valeur du point liée à une mesure',
        { grandeur: 'valeur_point', unite: 'eur_brut_mensuel', valeur: '4.9', temps_partiel: '' },
        'mesure_ids',
      ],
      ['une mesure inconnue', { mesure_ids: 'mesure-inconnue' }, 'mesure_ids'],
      ['un montant sans règle de temps partiel', { temps_partiel: '' }, 'temps_partiel'],
      [
        'une règle de temps partiel pour un net',
        { grandeur: 'net_approximatif', unite: 'eur_net_mensuel', valeur: '183' },
        'temps_partiel',
      ],
      ['un doute sans note', { statut_verification: 'source_unique' }, 'note'],
    ],
  },
  {
    dataset: delaisDataset as unknown as Dataset,
    minimal: {
      id: 'prescription-quadriennale',
      nature: 'prescription',
      secteurs: 'fph;fpt;fpe',
      regle: 'Prescription quadriennale',
      duree: '4',
      unite_duree: 'ans',
      depart: 'annee_suivante',
      depart_detail: 'Le 1er janvier de l’année qui suit.',
      interruption: 'Une réclamation écrite.',
      interrompu_par: 'une réclamation écrite',
      lettre_interrompt: 'oui',
      exemple: '',
      base_juridique: 'loi n° 68-1250 du 31 décembre 1968',
      localisation: 'Loi n° 68-1250, art. 1er',
      ...provenance,
    },
    cases: [
      ['une nature inconnue', { nature: 'forclusion' }, 'nature'],
      ['aucun secteur', { secteurs: '' }, 'secteurs'],
      ['une durée nulle', { duree: '0' }, 'duree'],
      ['une durée décimale', { duree: '2.5' }, 'duree'],
      ['une prescription comptée en mois', { unite_duree: 'mois' }, 'depart'],
      ['une prescription qui part d’une décision', { depart: 'decision' }, 'depart'],
      [
        'un recours qui part de la paie',
        { nature: 'recours', unite_duree: 'mois', depart: 'paie_du_mois', lettre_interrompt: 'non' },
        'depart',
      ],
      [
        'un recours qu’une lettre à l’employeur interromprait',
        { nature: 'recours', unite_duree: 'mois', depart: 'decision' },
        'lettre_interrompt',
      ],
      ['une prescription sans texte', { base_juridique: '' }, 'base_juridique'],
      ['un point de départ non expliqué', { depart_detail: '' }, 'depart_detail'],
      ['des sources vides', { source_ids: '' }, 'source_ids'],
    ],
  },
  {
    dataset: demarchesDataset as unknown as Dataset,
    minimal: {
      id: 'public-1-demande',
      secteurs: 'fph',
      ordre: '1',
      etape: 'Écrire à l’employeur',
      interlocuteur: 'Direction des ressources humaines',
      action: 'Demander le versement.',
      explication: '',
      localisation: '',
      ...provenance,
    },
    cases: [
      ['un secteur inconnu', { secteurs: 'public' }, 'secteurs'],
      ['un rang négatif', { ordre: '-1' }, 'ordre'],
      ['une étape vide', { etape: '' }, 'etape'],
      ['aucun interlocuteur', { interlocuteur: '' }, 'interlocuteur'],
      ['une action vide', { action: '' }, 'action'],
      ['un doute sans note', { statut_verification: 'incertain' }, 'note'],
    ],
  },
  {
    dataset: exclusAujourdhuiDataset as unknown as Dataset,
    minimal: {
      id: 'creches-municipales',
      groupe: 'Personnels des crèches municipales',
      description: 'Agents des crèches municipales.',
      statut_groupe: 'autre_hausse',
      effectif: '',
      unite: '',
      date_etat: '2024-04',
      mesure_voisine_ids: 'mesure-a',
      autre_mesure: '« Bonus attractivité » de la CNAF.',
      localisation: 'Texte de la réponse',
      ...provenance,
    },
    cases: [
      ['un statut inconnu', { statut_groupe: 'exclu' }, 'statut_groupe'],
      ['un effectif sans unité', { effectif: '3000' }, 'unite'],
      ['une unité sans effectif', { unite: 'personnes' }, 'unite'],
      ['un effectif en euros', { effectif: '3000', unite: 'eur' }, 'unite'],
      ['une autre hausse qui n’est pas nommée', { autre_mesure: '' }, 'autre_mesure'],
      ['une mesure propre qui n’est pas nommée', { statut_groupe: 'mesure_propre', autre_mesure: '' }, 'autre_mesure'],
      ['une mesure voisine inconnue', { mesure_voisine_ids: 'mesure-inconnue' }, 'mesure_voisine_ids'],
      ['une date de situation vide', { date_etat: '' }, 'date_etat'],
      ['ni emplacement ni raison', { localisation: '' }, 'localisation'],
      ['un doute sans note', { statut_verification: 'incertain' }, 'note'],
    ],
  },
  {
    dataset: changementsDataset as unknown as Dataset,
    minimal: {
      id: 'publication',
      date: '2026-11-23',
      jeu_de_donnees: 'tous',
      nature: 'ajout',
      description: 'Première publication.',
    },
    cases: [
      ['un jeu de données inconnu', { jeu_de_donnees: 'autres' }, 'jeu_de_donnees'],
      ['une nature inconnue', { nature: 'refonte' }, 'nature'],
      ['une description vide', { description: '' }, 'description'],
    ],
  },
];

describe.each(SUITES)('le schéma $dataset.slug', ({ dataset, minimal, cases }) => {
  it('a une ligne minimale valide qui couvre toutes ses colonnes', () => {
    expect(Object.keys(minimal).sort()).toEqual(Object.keys(dataset.columns).sort());
    expect(problemsFor(dataset, [minimal])).toEqual([]);
  });

  it.each(cases)('refuse %s', (_title, overrides, column) => {
    expect(reportedColumns(dataset, { ...minimal, ...overrides })).toEqual([column]);
  });

  it('refuse un identifiant en double', () => {
    const problems = problemsFor(dataset, [minimal, minimal]);
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([[3, 'id']]);
  });

  it('documente chaque colonne', () => {
    for (const column of Object.values(dataset.columns)) {
      expect(column.description.length).toBeGreaterThan(10);
    }
  });
});

describe('les codes officiels de data/collectivites.csv', () => {
  const minimal = SUITES.find((suite) => suite.dataset.slug === 'collectivites')!.minimal;
  it('acceptent une commune qui existe dans son département, et un EPCI qui le couvre', () => {
    const commune = { ...minimal, niveau: 'commune', collectivite: 'Commune d’essai', code_commune: '03001' };
    const epci = { ...minimal, niveau: 'intercommunalite', collectivite: 'Agglomération', siren_epci: '200071082' };
    expect(problemsFor(collectivitesDataset as unknown as Dataset, [commune])).toEqual([]);
    expect(problemsFor(collectivitesDataset as unknown as Dataset, [{ ...epci, id: 'epci' }])).toEqual([]);
  });
  it('rattachent la Métropole de Lyon (69M) au Rhône, où sont ses communes', () => {
    const lyon = {
      ...minimal,
      niveau: 'metropole',
      collectivite: 'Métropole de Lyon',
      code_insee: '69M',
      siren_epci: '200046977',
    };
    expect(problemsFor(collectivitesDataset as unknown as Dataset, [lyon])).toEqual([]);
  });
});
