/** What the « rien de documenté » notice says is missing from the sources, from the data. */
import { datePhrase } from '../../lib/dataset-citation.ts';
import { rowById } from '../../queries/data.ts';

/** The civil-service decrees of the Conférence des métiers (mesures.csv), which employers applied by deliberation. */
const CIVIL_SERVICE_DECREES_ID = 'conf-metiers-public-2022';

/** « les délibérations qui ont appliqué les décrets d’avril 2022 ». */
export function missingDeliberations(): string {
  const { date_accord: signed } = rowById('mesures', CIVIL_SERVICE_DECREES_ID);
  if (!signed)
    throw new Error(`mesures.csv : ${CIVIL_SERVICE_DECREES_ID} doit avoir une date_accord (date des décrets).`);
  return `les délibérations qui ont appliqué les décrets ${datePhrase(signed.slice(0, 7))}`;
}
