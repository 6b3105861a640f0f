/** Data access for data/grades.csv: pages read these rows only through this module. */
import { gradesDataset, type GradeRow } from '../schemas/grades.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly GradeRow[] = loadRows(rawCsv('grades'), gradesDataset);
const byId: ReadonlyMap<string, GradeRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allGrades(): readonly GradeRow[] {
  return rows;
}

/** One row by its id. */
export function gradeById(id: string): GradeRow | undefined {
  return byId.get(id);
}
