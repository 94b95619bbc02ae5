// The English calendar's words, written once: the corpus reads datelines with them (src/corpus/infer.ts), the
// extractors read dates, days and names with them (re-exported by src/extract/lexicon), the charts print them. Here
// in src/util so that every layer may import it (the corpus may not import from src/extract).

/** Month names, January first (index + 1 is the month's number). */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Weekday names, Monday first, as news lists them. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The stems of weekday names before "day", Sunday first as Date.getUTCDay counts them: "sun", "mon", "tues". */
export const WEEKDAY_STEMS_FROM_SUNDAY = [WEEKDAYS[6], ...WEEKDAYS.slice(0, 6)].map((d) => d.replace(/day$/, ''));

/** A month's first three letters ("jan", "sep"), the short form charts print. */
export const MONTH_SHORT = MONTHS.map((m) => m.slice(0, 3));

/**
 * The abbreviations written with a period ("Jan. 31", "Sept. 11"): every month's first three letters and "sept",
 * longest first within a month so a regex alternation takes the whole word; "may" is never abbreviated.
 */
export const MONTH_ABBREVIATIONS = MONTHS.flatMap((m) =>
  m === 'may' ? [] : m === 'september' ? ['sept', m.slice(0, 3)] : [m.slice(0, 3)],
);

/** "January" for "january". */
export const capitalised = (w: string): string => w[0].toUpperCase() + w.slice(1);

/** Regex alternations (no group, no flags). Month names, lower case: "january|...|december". */
export const MONTH_PATTERN = MONTHS.join('|');
/** Weekday names, lower case: "monday|...|sunday". */
export const WEEKDAY_PATTERN = WEEKDAYS.join('|');
/** Weekday names as printed: "Monday|...|Sunday". */
export const WEEKDAY_NAMES = WEEKDAYS.map(capitalised).join('|');
/** Month names as printed: "January|...|December". */
export const MONTH_FULL_NAMES = MONTHS.map(capitalised).join('|');
/** Every way a month is printed, names before abbreviations: "January|...|December|Jan|...|Sept|Sep|Oct|Nov|Dec". */
export const MONTH_NAMES = [...MONTHS, ...MONTH_ABBREVIATIONS].map(capitalised).join('|');

/** A whole word (lower case) that is a month's name. */
export const IS_MONTH = new RegExp(`^(?:${MONTH_PATTERN})$`);
/** A whole word (lower case) that is a weekday's name. */
export const IS_WEEKDAY = new RegExp(`^(?:${WEEKDAY_PATTERN})$`);

/** The month's number, 1–12, of a name or abbreviation in any case, with or without its period; else undefined. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const k = MONTHS.findIndex((m) => m === w || m.slice(0, 3) === w || (m === 'september' && w === 'sept'));
  return k < 0 ? undefined : k + 1;
}
