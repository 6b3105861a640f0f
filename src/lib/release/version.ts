/**
 * Data versions: `AAAA.M.J`, the calendar date of the latest change to the
 * data (as in CITATION.cff and the Data Package), so that versions sort by
 * date and read as semantic versions. One version per day at most.
 */
/** `2026-11-23` → `2026.11.23`: a calendar version that sorts and reads as semver. */
export function calendarVersion(partialDate: string): string {
  const [year = '0', month = '0', day = '0'] = partialDate.split('-');
  return [year, month, day].map((part) => String(Number(part))).join('.');
}

const VERSION = /^(\d{4})\.([1-9]|1[0-2])\.([1-9]|[12]\d|3[01])$/;

/** True for a well-formed version (`2026.12.5`; no leading zeros). */
export function isVersion(text: string): boolean {
  const match = VERSION.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return new Date(Date.UTC(year, month, 0)).getUTCDate() >= day;
}

/** `2026.12.5` → `2026-12-05`; throws on a malformed version. */
export function versionDate(version: string): string {
  if (!isVersion(version)) throw new Error(`version mal formée : « ${version} » (attendu AAAA.M.J, ex. 2026.12.5)`);
  const [year = '', month = '', day = ''] = version.split('.');
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Compares two versions, oldest first. */
export function compareVersions(a: string, b: string): number {
  const da = versionDate(a);
  const db = versionDate(b);
  return da < db ? -1 : da > db ? 1 : 0;
}

/** The file name of a version's archive. */
export function archiveName(version: string): string {
  return `oublies-du-segur-donnees-${version}.zip`;
}
