/**
 * Renders a resolution of the search (src/lib/metiers/search.ts) into the
 * answer region: the verdict (on an element with data-verdict), the rows with
 * their measure, date, amount, why, sources and doubts, the texts with their
 * legal basis and caveats, and the follow-up question when one is needed.
 */
import { SECTOR_LABELS, VERIFICATION_STATUS_LABELS } from '../../lib/codes/common.ts';
import { ATTACHMENT_SHORT, VERDICT_LABELS, VERDICT_MARKS, type Verdict } from '../../lib/codes/metiers.ts';
import { MEASURE_TYPE_LABELS } from '../../lib/codes/mesures.ts';
import { formatMeasureAmount, formatSince, measureRole } from '../../lib/metiers/wording.ts';
import { formatPartialDate, plural } from '../../lib/format.ts';
import { foldFrench } from '../../lib/fold.ts';
import type { Question, Resolution, Understood } from '../../lib/metiers/search.ts';
import type { IndexMeasure, IndexRow, SearchIndex } from '../../lib/metiers/types.ts';
import { fill, h, type Children } from './dom.ts';

/** What the page needs besides the resolution. */
export interface RenderContext {
  index: SearchIndex;
  /** The disclaimer's markup, built at build time (a <template>). */
  disclaimer: HTMLTemplateElement | null;
  /** The query as typed, echoed in messages. */
  query: string;
}

const ETATS: Record<Resolution['kind'], string> = {
  empty: 'vide',
  not_found: 'introuvable',
  choose_metier: 'choix',
  question: 'question',
  answer: 'reponse',
  no_row: 'sans-ligne',
};

const REFINE_WHAT: Record<Question['dimension'], string> = {
  secteur: 'votre secteur',
  etablissement: 'votre type d’établissement',
  rattachement: 'si votre établissement est rattaché à un hôpital',
};

function badge(verdict: Verdict): HTMLElement {
  return h(
    'span',
    { class: 'verdict-badge', 'data-badge': verdict },
    h('span', { class: 'verdict-mark', 'aria-hidden': 'true' }, VERDICT_MARKS[verdict]),
    ` ${VERDICT_LABELS[verdict]}`,
  );
}

function verdictsText(verdicts: readonly Verdict[]): string {
  if (verdicts.length === 0) return '';
  return `réponse : ${verdicts.map((verdict) => VERDICT_LABELS[verdict].toLowerCase()).join(' ou ')}${verdicts.length > 1 ? ' selon d’autres précisions' : ''}`;
}

function sourceLinks(ids: readonly string[], index: SearchIndex): HTMLElement {
  return h(
    'span',
    { class: 'source-links' },
    h('span', { class: 'source-links-label' }, 'Sources :'),
    ids.map((id, i) => {
      const source = index.sources[id];
      const name = source ? `${source.title}, ${source.publisher}` : id;
      return [
        ' ',
        h('a', { href: `/sources/#${id}`, title: name, 'aria-label': `Source ${i + 1} : ${name}` }, `[${i + 1}]`),
      ];
    }),
  );
}

function statusLine(status: IndexRow['status'], note: string | null): HTMLElement | null {
  if (status === 'confirme') return note ? h('p', { class: 'answer-note' }, `Note : ${note}`) : null;
  return h(
    'p',
    {},
    h('span', { class: 'status-flag', 'data-statut': status }, VERIFICATION_STATUS_LABELS[status]),
    note ? h('span', { class: 'answer-note' }, ` ${note}`) : null,
  );
}

function definition(term: string, ...value: Children[]): Children[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

function heading(text: string): HTMLHeadingElement {
  return h('h2', { id: 'reponse-titre', tabindex: '-1' }, text);
}

function understoodLine(understood: Understood): HTMLElement | null {
  const parts: string[] = [];
  const shown = understood.typed ?? understood.term;
  if (shown && understood.metiers.length > 0) {
    parts.push(`métier « ${shown} » → ${understood.metiers.map((metier) => metier.label).join(' ; ')}`);
  }
  for (const item of understood.context)
    parts.push(foldFrench(item.text) === foldFrench(item.label) ? item.label : `« ${item.text} » → ${item.label}`);
  if (understood.unknown.length > 0) {
    const names = {
      secteur: 'le secteur',
      etablissement: 'le type d’établissement',
      rattachement: 'le rattachement',
    } as const;
    parts.push(`vous ne savez pas : ${understood.unknown.map((dimension) => names[dimension]).join(', ')}`);
  }
  if (parts.length === 0) return null;
  return h('p', { class: 'answer-understood' }, h('strong', {}, 'Compris : '), parts.join(' ; '), '.');
}

function sectorsText(row: IndexRow): string {
  return `${row.sectors.map((sector) => SECTOR_LABELS[sector]).join(' ou ')}${row.attachment ? ` · établissement ${ATTACHMENT_SHORT[row.attachment]}` : ''}`;
}

/** One row, in full. */
function rowArticle(row: IndexRow, context: RenderContext): HTMLElement {
  const since = formatSince(row.since);
  const measures = row.measures.flatMap((id) => (context.index.measures[id] ? [context.index.measures[id]!] : []));
  return h(
    'article',
    { class: 'answer-row', 'data-row': row.id },
    h('h4', {}, row.detail),
    h('p', { class: 'answer-row-context' }, sectorsText(row)),
    h(
      'p',
      {},
      badge(row.verdict),
      since ? ` depuis ${since}` : row.verdict === 'oui' ? ' (premier mois dû non établi)' : null,
    ),
    h(
      'dl',
      {},
      measures.map((measure) =>
        definition(measureRole(measure, row.verdict), h('a', { href: `#mesure-${measure.id}` }, measure.name)),
      ),
      row.amount ? definition('Montant', row.amount) : null,
      definition('Pourquoi', row.why),
    ),
    h('p', {}, sourceLinks(row.sources, context.index)),
    statusLine(row.status, row.note),
  );
}

/** One measure: nature, date, amount as the text states it, legal basis, caveats, sources. */
function measureArticle(measure: IndexMeasure, context: RenderContext): HTMLElement {
  const amount = formatMeasureAmount(measure);
  return h(
    'article',
    { class: 'answer-measure', id: `mesure-${measure.id}`, 'data-mesure': measure.id },
    h('h4', {}, measure.name, measure.outsideSegur ? ' (hors Ségur)' : null),
    h(
      'dl',
      {},
      definition(
        'Nature',
        `${MEASURE_TYPE_LABELS[measure.kind]}${measure.agreed ? `, ${formatPartialDate(measure.agreed)}` : ''}`,
      ),
      measure.effective ? definition('Premier mois dû', formatPartialDate(measure.effective)) : null,
      definition('Montant fixé par le texte', amount ?? 'pas de montant unique'),
      definition('Base juridique', measure.legalBasis),
      measure.excludes ? definition('Qui est exclu', measure.excludes) : null,
      measure.note ? definition('Ce qui peut varier, précisions', measure.note) : null,
    ),
    h(
      'p',
      {},
      sourceLinks(measure.sources, context.index),
      measure.status === 'confirme'
        ? null
        : [
            ' ',
            h(
              'span',
              { class: 'status-flag', 'data-statut': measure.status },
              VERIFICATION_STATUS_LABELS[measure.status],
            ),
          ],
    ),
  );
}

/** A row in one line, for lists of possible cases. */
function rowLine(row: IndexRow): HTMLElement {
  const since = formatSince(row.since);
  return h(
    'li',
    {},
    badge(row.verdict),
    ' ',
    h('a', { href: `/metiers/${row.metier}/#${row.id}` }, row.detail),
    h(
      'span',
      { class: 'answer-hint' },
      ` (${row.sectors.map((sector) => SECTOR_LABELS[sector]).join(' ou ')}${row.attachment ? `, ${ATTACHMENT_SHORT[row.attachment]}` : ''})${since ? `, depuis ${since}` : ''}`,
    ),
  );
}

/** A follow-up question as a group of buttons. */
function questionGroup(question: Question, id: string, intro?: string): HTMLElement {
  return h(
    'div',
    { class: 'answer-question', role: 'group', 'aria-labelledby': id, 'data-question': question.dimension },
    h('p', { id }, h('strong', {}, intro ?? question.prompt)),
    h(
      'ul',
      { class: 'answer-options' },
      question.options.map((option) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', 'data-dimension': question.dimension, 'data-value': option.value },
            h('span', { class: 'option-label' }, option.label),
            option.hint ? h('span', { class: 'option-hint' }, option.hint) : null,
            option.verdicts.length > 0 ? h('span', { class: 'option-hint' }, verdictsText(option.verdicts)) : null,
          ),
        ),
      ),
    ),
  );
}

function disclaimer(context: RenderContext): Node | null {
  return context.disclaimer ? context.disclaimer.content.cloneNode(true) : null;
}

function professionLinks(understood: Understood): HTMLElement | null {
  if (understood.metiers.length === 0) return null;
  return h(
    'p',
    {},
    understood.metiers.map((metier, i) => [
      i > 0 ? ' · ' : null,
      h('a', { href: `/metiers/${metier.slug}/` }, `Tous les cas du métier « ${metier.label} »`),
    ]),
  );
}

function verdictSentence(resolution: Extract<Resolution, { kind: 'answer' }>): string {
  const { verdict, rows, mixed } = resolution;
  if (mixed)
    return 'La réponse dépend de votre situation, que vos réponses ne permettent pas de préciser : voici chaque cas.';
  const several = rows.length > 1;
  if (verdict === 'oui') {
    if (!several) {
      const row = rows[0]!;
      const since = formatSince(row.since);
      return `La revalorisation s’applique${row.amount ? ` : ${row.amount}` : ''}${since ? `, due depuis ${since}` : ''}.`;
    }
    return `Dans les ${rows.length} situations recensées qui correspondent à votre recherche ; la mesure, la date ou le montant varient (détail ci-dessous).`;
  }
  if (verdict === 'non')
    return several
      ? `Dans les ${rows.length} situations recensées qui correspondent à votre recherche, pas de revalorisation Ségur.`
      : 'Pas de revalorisation Ségur dans cette situation.';
  return 'La réponse dépend d’éléments que les textes ou nos données ne tranchent pas : voyez pourquoi ci-dessous.';
}

/** Replaces the content of the answer region; returns the sentence for the status region. */
export function renderResolution(section: HTMLElement, resolution: Resolution, context: RenderContext): string {
  section.dataset.etat = ETATS[resolution.kind];
  section.dataset.requete = context.query;
  if (resolution.kind === 'empty') {
    section.hidden = true;
    fill(section);
    return '';
  }
  section.hidden = false;

  if (resolution.kind === 'not_found') {
    fill(
      section,
      heading('Métier non trouvé'),
      h('p', {}, `Aucun métier de nos données ne correspond à « ${resolution.text} ».`),
      resolution.mentions.length > 0
        ? [
            h(
              'p',
              {},
              'Ce métier est cité dans le texte de ces mesures, mais nos données n’en détaillent pas encore les situations :',
            ),
            h(
              'ul',
              {},
              resolution.mentions.map((mention) =>
                h(
                  'li',
                  { 'data-mesure': mention.measure.id },
                  h('strong', {}, mention.measure.name),
                  mention.where === 'covers'
                    ? ` — parmi les professions couvertes : ${mention.measure.covers}`
                    : ` — parmi les personnels exclus : ${mention.measure.excludes ?? ''}`,
                ),
              ),
            ),
          ]
        : null,
      resolution.near.length > 0
        ? h(
            'div',
            { class: 'answer-question', role: 'group', 'aria-labelledby': 'reponse-proches' },
            h('p', { id: 'reponse-proches' }, h('strong', {}, 'Vouliez-vous dire :')),
            h(
              'ul',
              { class: 'answer-options' },
              resolution.near.map((near) =>
                h('li', {}, h('button', { type: 'button', 'data-query': near.term }, near.term)),
              ),
            ),
          )
        : null,
      h(
        'p',
        {},
        'Essayez un autre intitulé ou un sigle, suivez le ',
        h('a', { href: '#parcours' }, 'parcours guidé'),
        ', ou parcourez ',
        h('a', { href: '#index-az' }, 'tous les métiers de A à Z'),
        '.',
      ),
    );
    return `Aucun métier trouvé pour « ${resolution.text} ».`;
  }

  if (resolution.kind === 'choose_metier') {
    const onlyContext =
      resolution.understood.term === null && resolution.understood.context.length > 0 && resolution.note === null;
    fill(
      section,
      heading(onlyContext ? 'Quel est votre métier ?' : 'Précisez votre métier'),
      understoodLine(resolution.understood),
      resolution.note ? h('p', { class: 'answer-note-block' }, resolution.note) : null,
      h(
        'div',
        { class: 'answer-question', role: 'group', 'aria-labelledby': 'reponse-choix', 'data-question': 'metier' },
        h(
          'p',
          { id: 'reponse-choix' },
          h(
            'strong',
            {},
            onlyContext
              ? 'Les métiers que nos données recensent dans ce contexte :'
              : 'Plusieurs métiers correspondent. Lequel est le vôtre ?',
          ),
        ),
        h(
          'ul',
          { class: 'answer-options' },
          resolution.options.map((option) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', 'data-metier': option.metier.slug },
                h('span', { class: 'option-label' }, option.metier.label),
                option.verdicts.length > 0 ? h('span', { class: 'option-hint' }, verdictsText(option.verdicts)) : null,
              ),
            ),
          ),
        ),
      ),
    );
    return `${plural(resolution.options.length, 'métier possible', 'métiers possibles')} : précisez lequel.`;
  }

  const labels = resolution.understood.metiers.map((metier) => metier.label).join(' ; ');

  if (resolution.kind === 'no_row') {
    fill(
      section,
      heading(labels),
      understoodLine(resolution.understood),
      h('p', {}, 'Nos données n’ont pas de situation pour ce métier dans ce contexte. Celles que nous recensons :'),
      h('ul', { class: 'answer-cases' }, resolution.rows.map(rowLine)),
      professionLinks(resolution.understood),
      disclaimer(context),
    );
    return `Pas de situation recensée pour ${labels} dans ce contexte.`;
  }

  if (resolution.kind === 'question') {
    fill(
      section,
      heading(labels),
      understoodLine(resolution.understood),
      questionGroup(resolution.question, 'reponse-question'),
      h(
        'details',
        {},
        h('summary', {}, `Voir les ${plural(resolution.rows.length, 'situation possible', 'situations possibles')}`),
        h('ul', { class: 'answer-cases' }, resolution.rows.map(rowLine)),
      ),
      professionLinks(resolution.understood),
    );
    return `${labels} : ${resolution.question.prompt}`;
  }

  const { verdict, rows } = resolution;
  // Nothing said of the workplace: the answer holds only for the workplaces the data knows.
  const noContext = resolution.understood.context.length === 0 && resolution.understood.unknown.length === 0;
  const measures = [...new Set(rows.flatMap((row) => row.measures))].flatMap((id) =>
    context.index.measures[id] ? [context.index.measures[id]!] : [],
  );
  fill(
    section,
    heading(labels),
    understoodLine(resolution.understood),
    h(
      'p',
      { class: 'answer-verdict', 'data-verdict': verdict },
      badge(verdict),
      ' ',
      h('span', {}, verdictSentence(resolution)),
    ),
    resolution.note ? h('p', { class: 'answer-note-block' }, resolution.note) : null,
    resolution.refine
      ? questionGroup(
          resolution.refine,
          'reponse-preciser',
          `Pour connaître la mesure et la date exactes, précisez ${REFINE_WHAT[resolution.refine.dimension]} :`,
        )
      : null,
    noContext
      ? h(
          'p',
          {},
          'Cette réponse vaut pour les situations recensées ci-dessous ; si vous travaillez ailleurs, nos données n’en disent rien. Précisez votre lieu de travail dans la recherche pour une réponse plus sûre.',
        )
      : null,
    h('h3', {}, rows.length > 1 ? 'Situation par situation' : noContext ? 'La situation recensée' : 'Votre situation'),
    rows.map((row) => rowArticle(row, context)),
    measures.length > 0
      ? [
          h('h3', {}, measures.length > 1 ? 'Les textes' : 'Le texte'),
          measures.map((measure) => measureArticle(measure, context)),
        ]
      : null,
    disclaimer(context),
    professionLinks(resolution.understood),
  );
  return `Réponse : ${VERDICT_LABELS[verdict].toLowerCase()}. ${labels}, ${plural(rows.length, 'situation', 'situations')}.`;
}
