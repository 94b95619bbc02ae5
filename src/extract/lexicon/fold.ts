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
