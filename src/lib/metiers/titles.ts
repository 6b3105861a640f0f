/** How the titles of the data are cut into the titles people type. */

/**
 * A profession label's alternatives: « Veilleur ou surveillant de nuit » →
 * Veilleur, surveillant de nuit; « Accompagnant éducatif et social (AES, AMP,
 * AVS) » → Accompagnant éducatif et social, AES, AMP, AVS. So that « veilleur »
 * alone is a known job title.
 */
export function labelAlternatives(label: string): string[] {
  const acronyms: string[] = [];
  const withoutBrackets = label.replace(/\(([^)]*)\)/g, (_, inside: string) => {
    for (const item of inside.split(',')) {
      const trimmed = item.trim();
      if (/^\p{Lu}[\p{Lu}\d]+$/u.test(trimmed)) acronyms.push(trimmed);
    }
    return ' ';
  });
  const pieces: string[] = [];
  for (const part of withoutBrackets.split(',')) {
    const alternatives = part
      .split(/\s+ou\s+/)
      .map((piece) => piece.trim())
      .filter((piece) => piece !== '');
    // « Infirmier ou infirmière de l’Éducation nationale »: the masculine shares the feminine's complement.
    alternatives.forEach((piece, i) => {
      const next = alternatives[i + 1];
      const words = piece.split(/\s+/);
      const nextWords = next?.split(/\s+/) ?? [];
      const sameStem = (a: string, b: string) => fold(a).slice(0, 4) === fold(b).slice(0, 4);
      if (words.length === 1 && next !== undefined && nextWords.length > 1 && sameStem(words[0]!, nextWords[0]!))
        pieces.push([words[0], ...nextWords.slice(1)].join(' '));
      else pieces.push(piece);
    });
  }
  return [...pieces, ...acronyms];
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** A grade's title without its bracketed precision, and its parts around « / ». */
export function gradeTitles(title: string): string[] {
  const plain = title
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const titles = [plain, ...plain.split(/\s+\/\s+/)];
  // « Moniteur-éducateur et intervenant familial territorial, spécialité moniteur-éducateur »: the cadre d'emplois alone too.
  const speciality = /^(.*?),\s+spécialité\s/.exec(plain);
  if (speciality) titles.push(speciality[1]!);
  return [...new Set(titles)];
}
