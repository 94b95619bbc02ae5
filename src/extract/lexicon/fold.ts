/**
 * Folds text for comparison: accents dropped ("Zoë" → "zoe"), curly apostrophes made straight, lower case. The one
 * accent-folding function of the project: names printed with and without their accents by different outlets
 * compare equal.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** Letters without their accents, case kept ("Chrétien" is "Chretien", "U.S." stays): where case still matters. */
export function foldAccents(w: string): string {
  return /[^\x00-\x7f]/.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : w;
}
