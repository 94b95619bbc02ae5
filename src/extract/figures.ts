// Casualty and displacement figures in news prose: the number as written, its qualifier, what it counts, who gave
// it and the day it stands at.
//
// Every rule here comes from how wire copy states tolls, never from one story:
// - a toll is a number tied to a casualty predicate: "N people have been killed", "killed N", "the death toll rose to
//   N", "N refugees", "N have fled to <country>". A number with no such predicate (troops deployed, a $550-million
//   deal, "every 100 meters", "10-month-old") is no toll, whatever nouns sit near it;
// - the qualifier in front of the number is kept, never rounded into precision ("more than 5,400" is low 5400 and
//   no upper bound);
// - the estimator is only what the sentence names: "according to X", "X estimates/says/said", "X said" after the
//   clause, or a pronoun subject ("He says") that points back to the last named speaker. No name, no estimator;
// - the as-of day is the day the sentence gives, else the day the article reports on (see articleNewsDay);
// - a figure dated to an event years before the article (a massacre of 1982 recalled on its anniversary) is history.
import type { Article } from '../corpus/schema';
import type { Metric, Qualifier } from './vocabulary';
import {
  addDays,
  anniversaryYear,
  daysBetween,
  endedOverAYearBefore,
  sentenceDates,
  type DatePrecision,
} from './dates';
import {
  alternation,
  capitalised,
  ESTIMATE_FORMS,
  lexicon,
  MONTH_NAMES,
  MONTH_PATTERN,
  MONTH_SHORT,
  ORG_SET,
  TITLE_SET,
  WEEKDAY_NAMES,
  WEEKDAY_PATTERN,
  WEEKDAY_STEMS_FROM_SUNDAY,
} from './lexicon';
import { reportingClauses, resolveSource } from './reporting/clauses';
import { paragraphSource } from './figures-paragraph-source';
import { readClause } from './figures-clause';
import { elidedMetric } from './figures-ellipsis';
import { levelOfNumber } from './figures-level';
import { directedToLeave, directsOthers, LEAVING_INFINITIVE } from './figures-control';
import { isPersonKind, isPlaceKind, oneCountsPerson, readGeneral } from './figures-general';
import { demonstrativeDate, eventDateElsewhere, pastDates } from './figures-time';
import { countedNoun, readNominal, type Count } from './figures-nominal';
import { quotedBy } from './figures-quoted';
import { readArticle } from './figures-article';
import { harmsToDeath, metricOfWord } from './figures-meaning';
import { realizedInfinitive } from './figures-implicative';
import { countsAnimals, countsThings, partOfThings } from './figures-things';
import { baseForms, sensesOf } from './meaning/wordnet';
import { PARTICLE_JOINED, PARTICLE_STEMS } from './quote-words';
import { escapeRegExp } from '../util/regexp';
import { isPlaceName } from './name-entities';
import { lemmaOf } from './meaning/tagger';
import { reachesInto } from './figures-speaker';

/** A name's particle (and the capitalised words before it) just before a stretch: "Wassim al-" of "Wassim al-Ahmad". */
const PARTICLE_BEFORE = new RegExp(String.raw`((?:[A-Z][\w'’.-]*\s+)*(?:${PARTICLE_STEMS})[-\s])$`);

export type { Qualifier };

export interface Figure {
  metric: Metric;
  /** Lowest value the wording allows (null: no lower bound given, as in "up to 300"). */
  low: number | null;
  /** Highest value the wording allows (null: open, as in "more than 5,400"). */
  high: number | null;
  qualifier: Qualifier;
  /** The vague word a value stands for ("thousands"), so a reader is never shown a made-up 1,000. */
  vague: string | null;
  /** The figure as the article put it: "more than 5,400", "an estimated 7,500", "thousands". */
  display: string;
  /** The estimator as the sentence names it ("the U.N.", "the Syrian Arab Red Crescent"), or null. */
  estimator: string | null;
  /** Grouping key for the estimator: "the U.N.", "The UN" and "The United Nations" all give "UN". */
  estimatorKey: string | null;
  /**
   * The day the figure stands at. Null when the article gives no date at all (no manifest date, no dateline): a
   * copied page without its date can say "more than 7,500 have been killed" and no day can honestly be put on it.
   */
  asOf: string | null;
  asOfPrecision: DatePrecision;
  /** Where the as-of day came from. */
  asOfFrom: 'sentence' | 'context' | 'article';
  history: boolean;
  /** A located part of a population ("mostly Iraqi refugees living in Syria"), kept apart from the totals. */
  population: string | null;
  /** The counted noun phrase as written ("people", "Syrians", "civilians"). */
  subject: string;
  sentence: string;
  sentenceIndex: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

// The lexicon's number words but "one", which reads as a pronoun or an article far more often than as a count
// ("one of the injured", "one said").
const SMALL: Record<string, number> = Object.fromEntries(
  Object.entries(lexicon.numbers.units).filter(([w]) => w !== 'one'),
);
const SCALE: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
/**
 * Vague quantities get the smallest value the word can mean, as conflict-event coders do (ACLED codes "dozens" as
 * 12 and "hundreds" as 100), so a chart never overstates them; the word itself is what a reader is shown.
 */
const VAGUE: [RegExp, number][] = [
  [/^hundreds of thousands$/i, 100_000],
  [/^tens of thousands$/i, 10_000],
  [/^tens of millions$/i, 10_000_000],
  [/^(?:several|a few) (hundred|thousand|million)$/i, 0], // computed below
  [/^millions$/i, 1_000_000],
  [/^thousands$/i, 1_000],
  [/^hundreds$/i, 100],
  [/^scores$/i, 20],
  [/^dozens$/i, 12],
];

const SMALL_WORD = Object.keys(SMALL).join('|');
const NUMBER_RE = new RegExp(
  [
    // vague words first, so "tens of thousands" is read whole
    String.raw`\b(?:hundreds|tens) of (?:thousands|millions)\b`,
    String.raw`\b(?:several|a few) (?:dozen|hundred|thousand|million)\b`,
    String.raw`\b(?:millions|thousands|hundreds|dozens|scores)\b`,
    // digits with separators or decimals, with an optional scale word ("1.2 million", "30,000")
    String.raw`(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s+(?:million|billion))?\b`,
    String.raw`(?<![\w.,])\d+(?:\.\d+)?(?:\s+(?:million|billion|thousand))?\b`,
    // "half a million", "a half million": read whole, never as "a million"
    String.raw`\b(?:half (?:a|one)|a half|one half)\s+(?:million|billion|thousand|dozen)\b`,
    // words: "a million", "two million", "twenty-five", "three hundred"
    String.raw`\b(?:a|one|${SMALL_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:hundred|thousand|million|billion|dozen)(?:\s+(?:thousand))?(?:\s+(?:and\s+)?(?:${SMALL_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?\b`,
    String.raw`\b(?:${SMALL_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b`,
    // "one" is a count only before a person ("one man dead at scene"); elsewhere it is a pronoun or "one of"
    // (or a part of a group, a figure only by a predicate of its own: "Police shot one of the occupiers dead")
    String.raw`\bone(?=\s+of\s+(?:the|them|those|these|its|his|her|their|us)\b)`,
    // "killing one and wounding eight", "leaving one dead": after a participle of a toll, "one" is the count itself
    String.raw`(?<=\b(?:killing|killed|wounding|wounded|injuring|injured|leaving|left)\s+)one\b(?=\s+(?:and|dead|wounded|injured)\b|\s*[,.;]|\s*$)`,
    String.raw`\bone(?=\s+(?:other\s+)?(?:person|man|woman|child|boy|girl|civilian|soldier|officer|policeman|protester|student|victim|worker|journalist|passenger|resident|pilgrim|migrant|refugee|fighter|militant|guard)\b)`,
  ].join('|'),
  'gi',
);

/** Whether a stretch holds a number (NUMBER_RE without its global state). */
const HAS_NUMBER = new RegExp(NUMBER_RE.source, 'i');

/** The value of a number as written, and the vague word when it is one. */
export function parseNumber(raw: string): { value: number; vague: string | null } | null {
  const t = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const half = /^(?:half (?:a|one)|a half|one half) (million|billion|thousand|dozen)$/.exec(t);
  if (half) return { value: SCALE[half[1]] / 2, vague: null };
  // "several dozen" is "dozens" (12, as ACLED codes it): a dozen is no round number a reporter multiplies
  if (/^(?:several|a few) dozen$/.test(t)) return { value: 12, vague: t };
  const sev = /^(several|a few) (hundred|thousand|million)$/.exec(t);
  if (sev) return { value: (sev[1] === 'several' ? 3 : 2) * SCALE[sev[2]], vague: t };
  for (const [re, v] of VAGUE) if (re.test(t) && v) return { value: v, vague: t };
  const digits = /^(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|thousand))?$/.exec(t);
  if (digits) {
    const n = Number(digits[1].replace(/,/g, ''));
    if (!Number.isFinite(n)) return null;
    return { value: digits[2] ? Math.round(n * SCALE[digits[2]]) : n, vague: null };
  }
  let total = 0;
  let current = 0;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w === 'a' || w === 'one') current += 1;
    else if (SMALL[w] !== undefined) current += SMALL[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (SCALE[w]) {
      total += (current || 1) * SCALE[w];
      current = 0;
    } else return null;
  }
  total += current;
  return total > 0 ? { value: total, vague: null } : null;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

// ---------------------------------------------------------------------------------------------------------------
// What a number is not

/** Words right after a number that make it a measure, a sum, a duration or an age, never a head count. */
const UNIT_AFTER = new RegExp(
  String.raw`^(?:-[a-z]|\s*(?:%|percent\b|per\s*cent\b|percentage\b|(?:square\s+)?(?:meters|metres|miles|mile|kilometers|kilometres|km|yards|feet|foot|inches|acres|hectares|tons|tonnes|pounds|kilograms|kg|barrels|gallons|liters|litres)\b|(?:dollars|euros|pounds|rubles|roubles|yuan|yen|rupees|shekels|dinars|lira|riyals|bucks)\b|(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|nights?)\b|(?:of\s+)?times\b|votes\b|seats\b|points\b|rounds\b|[ap]\.m\.|(?:am|pm)\b|:\d|st\b|nd\b|rd\b|th\b|o'clock\b))`,
  'i',
);
/** Currency or a label right before a number: "$550", "No. 5", "Resolution 2042", "Jan. 31", "page 3", "per 100,000". */
const BEFORE_NOT_COUNT = new RegExp(
  String.raw`(?:\b(?:every|per|out of|in every)\s+|[$€£¥]|\bUS\$|\b(?:No|Nos|no|Vol|vol|p|pp|Fig|Art|Article|Resolution|Chapter|Section|Route|Highway|Flight|Room|Page|${MONTH_NAMES}|aged|age|ages|Ages)\.?\s*|\b(?:in\s+)?ages?\s+(?:from|between|of)\s+|\d[-/]|[-/])$`,
);

// ---------------------------------------------------------------------------------------------------------------
// Qualifiers: the words in front of a number

const QUALIFIERS: [RegExp, Qualifier][] = [
  [
    /\b(?:more than|over|upwards of|in excess of|greater than|above|just over|well over|well above|just above|beyond)\s+$/i,
    'over',
  ],
  [/\b(?:at least|no fewer than|no less than|a minimum of|not less than)\s+$/i, 'at-least'],
  [
    /\b(?:nearly|almost|up to|as many as|as high as|close to|fewer than|less than|under|just under|not more than|no more than|a maximum of|as much as)\s+$/i,
    'up-to',
  ],
  [
    /\b(?:some|about|around|roughly|approximately|an estimated|estimated|closer to|in the region of|on the order of|an approximate|approx\.|circa|c\.|perhaps|possibly|more or less|an additional|another)\s+$/i,
    'approx',
  ],
];
// "another 20", "an additional 20" are increments, not tolls: caught and dropped below.
const INCREMENT = /\b(?:another|an additional|a further|additional|further)\s+$/i;

// ---------------------------------------------------------------------------------------------------------------
// Metrics: predicates after the counted noun, and verbs or nouns before the number

const AUX = String.raw`(?:(?:have|has|had|were|was|are|is|be|been|being|reportedly|now|already|also|still|so far|since|allegedly|apparently|believed to have|thought to have|feared|feared to have|estimated to have|said to have|reported to have|known to have|to have|either|mostly|all|later|then|just|recently|officially|confirmed|reported|reportedly|believed|shot and|stabbed and|may have|who|that|which)\s+)*`;

/** Country and region names a flight "to" makes a border crossing of (refugees, not the internally displaced). */
const COUNTRIES =
  'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Benin|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Lithuania|Macedonia|Madagascar|Malawi|Malaysia|Mali|Mauritania|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|the United States|the U\.S\.|the US|the United Kingdom|Britain|the U\.K\.|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Europe|Germany|the West|Kurdistan';
const ABROAD = String.raw`(?:abroad|overseas|the country|their country|(?:neighbo(?:u)?ring|nearby|bordering|other|surrounding|foreign|western|European)\s+(?:countries|states|nations)|(?:across|over)\s+the\s+(?:border|frontier)|the\s+border|(?:${COUNTRIES})\b)`;

interface PredRule {
  metric: Metric;
  re: RegExp;
  /** A condition on the match the pattern cannot say (a word's meaning) */
  when?: (m: RegExpExecArray) => boolean;
}
/** Predicates after the counted noun phrase. Order matters: the first matching metric wins for a clause. */
const AFTER_PREDICATES: PredRule[] = [
  {
    metric: 'refugees',
    re: new RegExp(
      String.raw`^(?:fled|escaped|crossed|poured|streamed|gone|went|sought (?:refuge|asylum|shelter)|taken refuge|crossing|fleeing|arrived|arriving|registered|sheltering)\s+(?:(?:in|to|into|across|over|from|the border into|the border to)\s+)?${ABROAD}`,
      'i',
    ),
  },
  { metric: 'refugees', re: /^(?:refugees|asylum[- ]seekers|asylum applicants)\b/i },
  // "31,000 people requested asylum in Mexico": asking a country for asylum is the refugee's act wherever it is asked
  {
    metric: 'refugees',
    re: /^(?:requested|requesting|sought|seeking|applied for|applying for|filed for|claimed|claiming|were granted|granted) asylum\b/i,
  },
  {
    metric: 'displaced',
    re: /^(?:(?:internally\s+)?displaced|homeless(?!\s+(?:people|men|women|persons|shelters?|veterans|population|encampments?|camps?))|uprooted|forced (?:out of|from) their homes|driven (?:out of|from) their homes|fled(?: from)? their homes|left their homes|lost their homes|abandoned their homes|evacuated(?!\s+from\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|building|school|office|plane|train|stadium|mall|hospital|court|campus|site))|made homeless|left homeless|(?:ordered|told|forced) to (?:[a-z]+\s+){0,3}?(?:evacuate|leave|flee)|(?:fled|flee|flees)(?!\s+(?:the\s+)?(?:scene|building|subway|trains?|station|stadium|venue|restaurant|club|store|mall|plane|bus|car|vehicle|theat(?:er|re)|concert|school|campus|office|room|area on foot)\b))\b/i,
  },
  // "were warned to leave their homes", "were urged to evacuate": any verb that directs others (figures-control.ts)
  {
    metric: 'displaced',
    re: /^([a-z]+)\s+(to\s.*)$/i,
    when: (m) => directsOthers(m[1]) && LEAVING_INFINITIVE.test(m[2]),
  },
  // A combined count stays combined: "12 killed or wounded", "300 casualties" (the dead and the wounded together).
  {
    metric: 'killed-or-injured',
    re: /^(?:(?:killed|dead) (?:or|and\/or) (?:wounded|injured|hurt)|(?:killed|dead) and (?:wounded|injured)(?=\s*(?:[,.;]|$|(?:in|at|on|by|during|since|across)\b))|(?:wounded|injured) or killed|casualties)\b/i,
  },
  // "two guards were tortured to death": any verb of harming before "to death" (WordNet), not the idiom ("bored")
  { metric: 'killed', re: /^([a-z]+) to death\b/i, when: (m) => harmsToDeath(m[1]) },
  {
    metric: 'killed',
    re: /^(?:killed|slain|massacred|murdered|executed|found dead|homicides|murders|dead(?!\s+(?:heat|end|weight|ringer|last|center|centre|wrong))|died|(?:shot|stabbed|struck|hit)\b[^,;.]{0,40}?\band (?:later |then |subsequently |eventually )?died|die|perished|lives (?:were |have been |had been )?(?:lost|taken)|deaths?(?!\s+(?:row|penalty|penalties|sentences?|threats?|certificates?|squads?|rates?|march))|fatalities|lost their lives|lost (?:his|her) li(?:fe|ves)|shot dead|gunned down|killed|beheaded|drowned|bodies)\b/i,
  },
  // The wounded and the sick: "14 patients came to the hospital", "seven people were shot", "about 100 people still
  // with symptoms", "3,600 patients displaying neurotoxic symptoms" (or with "neurotoxic symptoms" in quotation
  // marks), "N people were treated for smoke inhalation", "N were hospitalized".
  {
    metric: 'injured',
    re: /^(?:injured|wounded|hurt|injuries|maimed|shot(?!\s+(?:dead|and killed|to death|down)\b)(?![^,;.]{0,40}\band (?:later |then |subsequently |eventually )?died\b)|(?:taken|rushed|transported|airlifted|flown|came|went|arrived|brought|were brought) to (?:a |the )?(?:[a-z][\w'’.-]* ){0,4}?hospitals?|hospitali[sz]ed|(?:sustained|suffered|received)\s+(?:[\w“”"-]+\s+){0,2}?(?:injuries|wounds|burns)|recover(?:s|ed|ing)? from (?:their )?(?:injuries|wounds)|(?:with|showing|displaying|suffering(?: from)?|exhibiting|treated for)\s+["“]?(?:[\w-]+\s+){0,2}?(?:symptoms|injuries|wounds|burns|gunshot wounds|smoke inhalation)|treated (?:in|at) (?:a |the )?(?:local )?hospitals?)\b/i,
  },
  // Verbs only: "N detainees" or "N prisoners" is usually a population described by something else (tested
  // positive, a centre's capacity), not a count of arrests.
  {
    metric: 'detained',
    re: /^(?:detained|arrested|jailed|imprisoned|political prisoners|held in (?:detention|custody|prison|jail)|in (?:detention|custody)|taken into custody|rounded up|behind bars)\b/i,
  },
  { metric: 'missing', re: /^(?:missing|disappeared|unaccounted for|forcibly disappeared|vanished)\b/i },
];

/** Verbs or nouns before the number: "killed thousands of people", "the death toll rose to 100". */
const BEFORE_PREDICATES: PredRule[] = [
  { metric: 'killed-or-injured', re: /\b(?:shootings? of)\s+$/i },
  {
    metric: 'killed',
    // ("fatally shot three men outside a bar", "fatally stabbing two": the adverb makes the attack a killing)
    re: /\b(?:slew|fatally (?:shot|shooting|shoots|stabbed|stabbing|stabs|wounded|wounding|struck|striking|beat|beaten|beating|injured|injuring)|shot dead|shooting dead|shot and killed|gunned down|gunning down|(?:claimed|claiming|took|taking|taken|cost|costing) (?:the )?lives of|left dead|(?<!\b(?:no|few|fewer|zero)\s+)deaths (?:have |has |had )?(?:risen|rose|climbed|passed|surpassed|topped|exceeded|reached|hit)(?: to)?|death (?:toll|count)(?: [\w'’,]+){0,8}? (?:passed|surpassed|topped|crossed|hit|reached|exceeded|broke) the|death (?:toll|count)(?: [\w'’,]+){0,8}? (?:to|at|of|reached|hit|passed|topped|surpassed|exceeded|crossed|climbs toward|climbed toward|approaching|approached|nearing|neared|nears|is|was|stood at|stands at|now)|(?:number|count|tally) of (?:the )?(?:dead|deaths|people killed|those killed|fatalities|victims)(?: [\w'’,]+){0,6}? (?:to|at|is|was|reached|of|passed|topped|surpassed|exceeded|stands at|stood at)|deaths? in (?:1[6-9]\d\d|20\d\d) of|(?:murderer|killer) of(?:\s+(?:the|those|these))?|bodies of)\s+$/i,
  },
  // "an attack that killed and wounded more than 300 people": one count of both, as "killed or wounded" is
  {
    metric: 'killed-or-injured',
    re: /\b(?:killed (?:or|and) (?:wounded|injured)|killing (?:or|and) (?:wounding|injuring))\s+$/i,
  },
  {
    metric: 'injured',
    // ("The number of people injured now stands at 1,926", "the number of wounded rose to 300")
    re: /\b(?:hurt|hurting|(?:wounding|injuring) of(?:\s+(?:the|those|these))?|(?:number|count|tally) of (?:the )?(?:people |those )?(?:injured|wounded|hurt)(?: [\w'’,]+){0,6}? (?:to|at|is|was|reached|of|passed|topped|surpassed|exceeded|stands at|stood at))\s+$/i,
  },
  {
    metric: 'displaced',
    re: /\b(?:uprooted|uprooting|(?:number|count) of (?:the )?(?:internally )?displaced(?: [\w'’,]+){0,6}? (?:to|at|is|was|reached|of|passed|topped|stands at|stood at))\s+$/i,
  },
  {
    metric: 'refugees',
    re: /\b(?:(?:number|count|tally) of (?:\w+ )?refugees(?: [\w'’,]+){0,6}? (?:to|at|is|was|reached|of|passed|topped|surpassed|exceeded|stands at|stood at)|home to|hosts|hosting|host|sheltering|shelters|taken in|took in|taking in|take in|accept|accepting|accepted|admitted|admitting|admit|resettled|resettling|resettle|welcome|welcomed|welcoming)\s+$/i,
  },
  {
    metric: 'detained',
    re: /\b(?:detention of|rounded up|(?:number|count) of (?:detainees|prisoners|people detained)(?: [\w'’,]+){0,6}? (?:to|at|is|was|reached|of|stands at|stood at))\s+$/i,
  },
];
// "hosts 1 million refugees" is a refugee count only when refugees are the counted noun.
const REFUGEE_HOST_VERB =
  /\b(?:home to|hosts|hosting|host|sheltering|shelters|taken in|took in|taking in|take in|accept|accepting|accepted|admitted|admitting|admit|resettled|resettling|resettle|welcome|welcomed|welcoming|received|receiving|receives)\s+$/i;
/** A country as the host: "The United States has received about 1,500 Syrians" counts refugees by nationality. */
const COUNTRY_HOST = new RegExp(
  String.raw`\b(?:${COUNTRIES}|the country|the nation)\s+(?:(?:has|have|had|already|so far|now|also)\s+)*(?:\w+\s+)?$`,
  'i',
);
/** A nationality in the plural, by its shape ("Syrians", "Iraqis", "Afghans", "Sudanese"). */
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:ans|is|ese)$/;

// A clause of the counted noun phrase: words only, no verb (a verb would start the predicate), no clause break.
const NP_STOP = new Set(
  'and but while when where after before because as if than to said says say told tell tells according who whom whose which that have has had were was are is be been being will would could should may might can did do does not no their his her its our your my this these those there here then also still already now only just more most some about over under with without for by caught found held seen taken brought kept made given sent known thought built got'.split(
    ' ',
  ),
);
const NP_ED_OK = new Set(
  'armed unarmed alleged suspected unidentified besieged registered trapped stranded unaccompanied estimated reported confirmed documented verified named identified recorded'.split(
    ' ',
  ),
);

const NUMBERISH_WORD = /^\s+(?:dozens|hundreds|thousands|millions|scores|tens)\b/i;
const COORD_NOT = new RegExp(
  String.raw`^\s+(?:the|a|an|their|his|her|its|our|other|others|more|many|some|all|\d|(?:${SMALL_WORD})\b)`,
  'i',
);

interface NounPhrase {
  text: string;
  end: number;
}

/**
 * The words before an elliptical figure that compare it with the toll before it: "compared with 18,253", "up from
 * 12", or a count coordinated with the one compared ("compared with over 1,200 on May 21 and over 2,600").
 */
const COMPARED_WITH_BEFORE =
  /\b(?:(?:compared (?:with|to)|up from|down from|versus|vs\.?)\s+|(?:compared (?:with|to)|versus|vs\.?)\s+(?:[^\s.;:]+\s+){0,2}\d[\d,]*(?:\s+[^\s.;:,]+){0,4},?\s+(?:and|or)\s+)$/i;

/** The counted noun phrase right after a number ("people", "mostly Iraqi refugees living in Syria"). */
function readNounPhrase(after: string): NounPhrase {
  // "of people", "of Syrians": the vague words and "N of them" take "of".
  let pos = 0;
  const words: string[] = [];
  const wordRe = /\s*(,\s*)?([A-Za-z][\w'’.-]*)/y;
  while (words.length < 7) {
    wordRe.lastIndex = pos;
    const m = wordRe.exec(after);
    if (!m) break;
    const w = m[2].replace(/[.]+$/, '');
    const lw = w.toLowerCase();
    // a comma may only open an apposition of the counted group ("110,000, mostly Iraqi refugees")
    if (
      m[1] &&
      !(
        words.length === 0 &&
        /^(?:mostly|mainly|largely|most|many|including|primarily|predominantly|nearly all|almost all)$/.test(lw)
      )
    )
      break;
    // "12 students and teachers were killed", "thousands of Kurdish and Christian families flee": one group of two nouns
    // (not "20 people and 30 others", "soldiers and their families", "killed and wounded")
    if (
      lw === 'and' &&
      words.length > 0 &&
      !PREDICATE_WORD.test(words[words.length - 1]) &&
      /^\s+(?:[A-Z][\w'’-]*\s+|[a-z][\w'’-]*\s+)?(?:[a-z]{3,}s|people|men|women|children)\b/.test(
        after.slice(wordRe.lastIndex),
      ) &&
      !COORD_NOT.test(after.slice(wordRe.lastIndex)) &&
      !/^\s+\w+(?:ed|ing)\b/.test(after.slice(wordRe.lastIndex)) &&
      !NUMBERISH_WORD.test(after.slice(wordRe.lastIndex))
    ) {
      words.push(w);
      pos = wordRe.lastIndex;
      continue;
    }
    // "65 people in his country had been killed": a possessive after a preposition of place stays in the phrase
    const placed =
      /^(?:his|her|their|its|our)$/.test(lw) && /^(?:in|across|throughout)$/i.test(words[words.length - 1] ?? '');
    if (NP_STOP.has(lw) && !(words.length === 0 && lw === 'of') && !placed) break;
    // a participle ends the phrase, but a capitalised word is a name ("the United States"), and a compound adjective
    // is part of it ("41,000 drug-related deaths")
    const participle = !/^[A-Z]/.test(w) && !/^[a-z]+-[a-z]+ed$/.test(lw);
    if (participle && /ed$/.test(lw) && !NP_ED_OK.has(lw)) break;
    if (participle && /ing$/.test(lw) && !/^(?:living|staying|sheltering)$/.test(lw)) break;
    if (lw === 'living' || lw === 'staying' || lw === 'sheltering') {
      // "refugees living in Syria": the location belongs to the group
      words.push(w);
      pos = wordRe.lastIndex;
      continue;
    }
    words.push(w);
    pos = wordRe.lastIndex;
  }
  return { text: after.slice(0, pos).trim().replace(/^,\s*/, ''), end: pos };
}

// Words that make a clause a rate, not a count: "hundreds are crossing on a daily basis", "50 a day" (but "at a time
// when" opens a clause about the time, "at a time when Trump is under scrutiny over ... a pandemic that has killed").
// ("over a week", "within a day", "in less than a month": a span the toll took, not a rate)
const RATE =
  /\b(?:(?<!\b(?:over|within|in|during|for|than|under|inside|across|throughout)\s+)a|per|each|every|in a given) (?:day|week|month|hour|year)\b(?!\s+(?:after|before|later|earlier|ago|or two|and a half|following|since|into)\b)|\bat a time\b(?!\s+(?:when|of|in which|where|that)\b)|\bdaily\b|\bweekly\b|\bmonthly\b|\bannually\b|\byearly\b|\bon a daily basis\b|\bevery single day\b|\bin (?:a single|one) day\b/i;

// ---------------------------------------------------------------------------------------------------------------
// Estimators

/** Lowercase groups a sentence may name as the source of a count ("activists say"); nationalities by their
 * demonym's shape (-ian, -an, -ish, -ese, -i), not a list of one region's. */
const GROUP_SOURCES = String.raw`(?:(?:local|opposition|human rights|rights|government|state|health|hospital|security|military|police|medical|u\.?n\.?|un|aid|relief|humanitarian|u\.?s\.?|western|rebel|army|official|independent|international|[a-z]+(?:ian|an|ish|ese|i))\s+)*(?:activists|rights groups|groups|officials|authorities|the government|government|state media|media|state television|state tv|witnesses|residents|medics|doctors|hospital officials|police|the police|the military|the army|rebels|the opposition|opposition groups|monitors|observers|organizers|organisers|aid workers|aid agencies|agencies|campaigners|sources|group|official|ministry|the ministry|spokesman|spokeswoman|spokesperson)`;
const REPORT_VERB = `(?:(?:has|have)\\s+)?(?:${alternation(ESTIMATE_FORMS)})`;
const PRONOUN = /^(?:he|she|they|it)$/i;

/** Descriptive names of agencies that are usually named by acronym: how wire copy refers to them on second mention. */
const AGENCY_DESCRIPTIONS: [RegExp, string][] = [
  [/^(?:the )?u\.?n\.?(?:'s)? refugee (?:agency|body|office)$/i, 'UNHCR'],
  [/^(?:the )?u\.?n\.?(?:'s)? (?:children's (?:agency|fund)|child agency)$/i, 'UNICEF'],
  [
    /^(?:the )?u\.?n\.?(?:'s)? (?:human rights office|rights office|human rights agency|human rights body|rights body)$/i,
    'OHCHR',
  ],
  [/^(?:the )?u\.?n\.?(?:'s)? (?:food agency|food aid agency|food program|food programme)$/i, 'WFP'],
  [/^(?:the )?u\.?n\.?(?:'s)? (?:health agency|health body)$/i, 'WHO'],
  [
    /^(?:the )?u\.?n\.?(?:'s)? (?:humanitarian (?:office|agency|affairs office)|aid (?:office|agency|coordination office))$/i,
    'OCHA',
  ],
  [/^(?:the )?u\.?n\.?(?:'s)? (?:migration agency)$/i, 'IOM'],
];
// Words that mark a capitalised name as an organisation, which may then be known by its initials.
const ORG_WORD =
  /\b(?:Nations|Organi[sz]ation|Committee|Council|Agency|Office|Ministry|Crescent|Cross|Observatory|Commission|Commissioner|Fund|Programme|Program|Watch|International|Network|Union|League|Association|Federation|Institute|Center|Centre|Group|Department|Bureau|Service|Services|Authority|Coalition|Front|Movement|Society|Foundation|Court|Assembly|Project|Mission|Forces|Army|Party|Campaign|Alliance|Board|Administration|Secretariat|Corps)\b/;
const MINOR_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'al', '&']);

/** A cleaned estimator name: no leading article, no trailing possessive or punctuation, single spaces. */
export function cleanEstimator(raw: string): string {
  return (
    raw
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:"“”'‘’(]+|[\s,;:"“”'‘’)]+$/g, '')
      .replace(/^(?:the|a|an)\s+/i, '')
      // "UN estimates", "U.N. figures": the estimator is the body, not its document
      // (lowercase only: "Civilian Death Count", a monitor's name, is a name whole; and not when only an adjective would be left, "a state
      // report")
      .replace(
        /(?:'s|’s)?\s+(?:estimates?|figures|data|count|tally|statistics|numbers|records|report|reports)$/,
        (m, at, all) => (/^(?:the\s+|a\s+|an\s+)?[a-z]+$/.test(all.slice(0, at)) ? m : ''),
      )
      .replace(/(?:'s|’s|'|’)$/i, '')
      // a sentence's full stop is no part of a name ("according to Amnesty International."), an acronym's is
      .replace(/(?<!\b[A-Z])\.$/, '')
      .trim()
  );
}

/**
 * A key under which different spellings of one estimator group: "the U.N.", "The UN", "United Nations" → "UN";
 * "UN High Commissioner for Refugees" → "UNHCR"; "activists" → "activists". Organisations (a name with an
 * organisation word) are keyed by their initials, counting an acronym inside the name whole; people and one-word
 * names are keyed by their letters.
 */
export function estimatorKey(raw: string): string {
  const name = cleanEstimator(raw);
  // "Centers for Disease Control and Prevention (CDC)": the initials it goes by
  const initials = /\(([A-Z]{2,})\)?$/.exec(name);
  if (initials) return initials[1];
  for (const [re, key] of AGENCY_DESCRIPTIONS) if (re.test(name)) return key;
  const undotted = name.replace(/\b((?:[A-Za-z]\.){2,})/g, (m) => m.replace(/\./g, ''));
  const words = undotted.split(/[\s-]+/).filter(Boolean);
  const capital = words.filter((w) => /^[A-Z]/.test(w));
  if (words.length === 1 && /^[A-Z]{2,}$/.test(words[0])) return words[0];
  if (capital.length >= 2 && ORG_WORD.test(undotted)) {
    let initials = '';
    for (const w of words) {
      if (MINOR_WORDS.has(w.toLowerCase())) continue;
      if (/^[A-Z]{2,}$/.test(w))
        initials += w; // an acronym inside a name ("UN High Commissioner") counts whole
      else if (/^[A-Z]/.test(w)) initials += w[0];
      else return undotted.toLowerCase(); // a lowercase word in a name: no safe initials
    }
    return initials;
  }
  return undotted
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();
}

interface Attribution {
  name: string;
  index: number;
  end: number;
  kind: 'according' | 'subject' | 'after' | 'pronoun' | 'unnamed';
}

/** A relative clause set off by commas right before a verb: ", whose offices were near the blast, ". */
const RELATIVE_ASIDE = /,\s*(?:who|whose|which)\s[^,;:"“”]{1,100},\s*$/;

/** The capitalised name or source group that ends right before a reporting verb (the verb's subject). */
function subjectBefore(text: string): string | null {
  // "a whistleblower who said": the speaker is the noun before "who", not whatever precedes it
  // (lowercase: "WHO said" is the World Health Organization)
  text = text.replace(/\s+(?:who|which|that)\s*$/, ' ');
  // a relative clause between the subject and its verb: "The alliance's mission, whose offices stand near the
  // blast, said", "The governor, who toured the site on Monday, said"
  text = text.replace(RELATIVE_ASIDE, ' ');
  // an apposition between the name and the verb: "Richard Durbin, D-Ill., said", "Ahmed Jimejmi, a resident, said"
  text = text.replace(/([A-Z][\w'’.-]+)\s*,\s*[^,]{1,40},\s*$/, '$1 ');
  // Cut at the last clause opener: the subject of "says" in "... during which the U.N. says" is "the U.N.".
  const cut = text.split(
    /(?:[,;:(—–]|\s-\s|\b(?:that|which|whom|while|and|but|as|when|after|because|where|whereas|although|though|if)\b)/i,
  );
  let seg = (cut[cut.length - 1] ?? '').trim();
  const ADVERB =
    /\s+(?:also|now|meanwhile|again|previously|earlier|later|last|first|recently|still|separately|already|has|have|had|on|in|this|week|on \w+day|\w+day|today|yesterday|initially|originally|subsequently|reportedly|officially|publicly|formally|quickly|then|consistently|repeatedly|long|always|never|since|just)$/i;
  for (let k = 0; k < 3; k++) seg = seg.replace(ADVERB, '').trim();
  // drop a place after the name: "the UN refugee agency in Geneva"
  seg = seg.replace(/\s+(?:in|at|from)\s+(?:[A-Z][\w.'’-]*\s?)+$/, '').trim();
  // or a place told by a common noun: "Syrians in the area claim", "residents of the town say" (WordNet: a location)
  seg = seg.replace(/\s+(?:in|at|from|near|of)\s+the\s+([a-z]+)$/, (m, w: string) => (isPlaceName(w) ? '' : m)).trim();
  // "UN estimates say", "Health ministry figures show": the body behind the document
  seg = seg
    .replace(/(?:'s|’s)?\s+(?:estimates?|figures|data|count|tally|statistics|records|report|reports|numbers)$/, '')
    .trim();
  if (!seg) return null;
  if (PRONOUN.test(seg)) return seg;
  // "The UN High Commissioner for Refugees' coordinator for Syria": the organisation whose officer speaks
  const possessive =
    /^((?:the\s+)?(?:[A-Z][\w.&-]*\s*|(?:for|of|on|and|the|de)\s+)*[A-Z][\w.&-]*)(?:'s|’s|'|’)\s+(?:[a-z][\w-]*\s*)+(?:(?:for|of|in|on)\s+(?:[A-Z][\w.-]*\s*)+)?$/.exec(
      seg,
    );
  if (possessive) {
    // "the UNHCR's coordinator for Syria" speaks for the UNHCR (an organisation); "Afghanistan's interior ministry"
    // or "Egypt's chief prosecutor" is named whole: a country is not the estimator, its office is
    const owner = possessive[1].replace(/^the\s+/i, '');
    if (
      (ORG_WORD.test(owner) || /^[A-Z]{2,}$/.test(owner.replace(/\./g, ''))) &&
      !/\b(?:ministry|government|military|army|police|office|agency|department|council|authorities|officials|media|forces|embassy|mission|commission)$/i.test(
        seg,
      )
    )
      return possessive[1];
    return seg;
  }
  const words = seg.split(/\s+/);
  if (words.length > 10) return null;
  // A name: capitalised words (and minor joiners), optionally after a lowercase title ("deputy minister X").
  const name =
    /((?:(?:the|The)\s+)?(?:[A-Z][\w.&'’-]*|U\.N\.|U\.S\.)(?:\s+(?:(?:for|of|on|and|de|al|the)\s+)?(?:[A-Z][\w.&'’-]*|U\.N\.|U\.S\.))*(?:\s+(?:refugee agency|children's agency|human rights office|rights office|food agency|health agency|migration agency|humanitarian office|refugee body))?)$/.exec(
      seg,
    );
  if (name && name[1].split(/\s+/).some((w) => /^[A-Z]/.test(w))) return name[1];
  const institution =
    /((?:(?:the|The)\s+)?(?:[A-Z][\w.&'’-]*\s+)+(?:[a-z'’]+\s+)?(?:office|ministry|agency|mission|department|officials|official|authorities|police|military|army|government|media|spokesman|spokeswoman|spokesperson))$/.exec(
      seg,
    );
  if (institution) return institution[1];
  const office =
    /((?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:office|ministry|agency|department|authorities|officials|police|military|army|government|spokesman|spokeswoman|media|committee|commission|council|service))$/i.exec(
      seg,
    );
  if (office && !/^(?:the\s+)?(?:office|ministry|agency|department|government)$/i.test(office[1])) return office[1];
  const group = new RegExp(
    `(?:^|\\s)((?:the\\s+|some\\s+|local\\s+|another\\s+|a\\s+|one\\s+)?${GROUP_SOURCES})$`,
    'i',
  ).exec(seg);
  if (group) return group[1];
  return null;
}

/** A document that gives a count, and the verbs by which it gives it ("figures show", "a report found"). */
const DOCUMENT_NOUNS =
  'figures|data|statistics|records|estimates|numbers|report|study|investigation|analysis|review|survey|audit';
const DOCUMENT_VERBS =
  'show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests|suggested|found|finds|concluded|concludes|detailed|details|documented|documents';

/**
 * A verb of counting or claiming in its other sense: "claimed 14 lives", "claimed the lives of 64,000 Americans" (what
 * killed them, not who counted them: "COVID-19 claimed 14 lives between 10 a.m. and 6 p.m."), "counts on" (relies on:
 * "the virus counts on our laxity"). Its subject is the cause of the deaths, never their source.
 */
const NOT_A_REPORT =
  /^(?:(?:has|have|had)\s+)?(?:claim(?:ed|s)?\s+(?:(?:the|their|his|her|its)\s+)?(?:(?:more than|at least|nearly|almost|about|some|over|up to|an estimated|another)\s+)?(?:[\w,.-]+\s+){0,2}?(?:more\s+)?lives?\b|counts?\s+(?:on|upon)\b)/i;

/** Every attribution in a sentence, in order: "according to X", "X says", ", X said". */
function regexAttributions(sentence: string): Attribution[] {
  const out: Attribution[] = [];
  const according =
    /\b(?:[Aa]ccording to|[Cc]ited by|[Cc]iting|[Pp]er)\s+((?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:(?:(?:a|an)\s+)?(?:figures|estimates|data|count|tally|numbers|statistics|database)\s+(?:from|by|of|compiled by|released by|collected by|gathered by|published by|provided by|kept by|maintained by)\s+)?(?:(?:the|a|an)\s+)?(?:[A-Z][\w.&'’-]*|U\.N\.)(?:\s+(?:(?:for|of|on|and|de|al|the|province|state|city|county|district|provincial|regional)\s+)?(?:[A-Z][\w.&'’-]*))*(?:\s+(?:refugee agency|children's agency|human rights office|rights office|food agency|health agency|migration agency|(?:[a-z]+\s+)?(?:government|office|ministry|officials|military|army|police|authorities|agency|department|media|data|count|tally)))?|(?:the\s+)?(?:[a-z]+\s+){0,3}(?:activists|rights groups|officials|authorities|witnesses|residents|medics|doctors|media|police|monitors|observers|sources|estimates|figures|reports)(?:\s+in\s+[A-Z]\w+)?)/g;
  for (const m of sentence.matchAll(according)) {
    let name = m[1].replace(
      /^(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:(?:a|an)\s+)?(?:figures|estimates|data|count|tally|numbers|statistics|database)\s+(?:from|by|of|compiled by|released by|collected by|gathered by|published by|provided by|kept by|maintained by)\s+/i,
      '',
    );
    name = name.replace(/\s+(?:in|at|from)\s+[A-Z]\w+$/, '');
    out.push({ name, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'according' });
  }
  const verbRe = new RegExp(`\\b${REPORT_VERB}\\b`, 'g');
  for (const m of sentence.matchAll(verbRe)) {
    const idx = m.index ?? 0;
    const before = sentence.slice(0, idx);
    // "Warren's claims", "the reports": a noun, not a verb; "claimed responsibility" names no count's source
    if (/(?:['’]s|\b(?:the|his|her|their|its|these|those|a|an|such|of))\s+$/i.test(before)) continue;
    if (/^\s*(?:responsibility|credit)\b/i.test(sentence.slice(idx + m[0].length))) continue;
    if (NOT_A_REPORT.test(`${m[0]}${sentence.slice(idx + m[0].length)}`)) continue;
    // ", said X" after a clause: the subject follows the verb
    // (", reports the Daily Ledger.": a paper or an agency named after its verb, as wire copy credits another outlet)
    if (/,\s*$/.test(before) && /^(?:said|says|reports|reported)$/.test(m[0])) {
      // ", said X." closes the sentence: the name must end it (or a comma, or "on Tuesday"), or it is no attribution
      const post =
        /^\s*((?:[A-Z][\w.'’-]*\s+)?(?:[a-z]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|official|minister|chief|director|commander|secretary|governor|mayor)\s+(?:[A-Z][\w.'’-]*\s?)+|(?:the\s+)?(?:[A-Z][\w.&'’-]*)(?:\s+(?:(?:for|of|on|and|the)\s+)?[A-Z][\w.&'’-]*)*|(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:activists|officials|witnesses|residents|medics|doctors|rights groups|police|office|ministry|agency|department|authorities|spokesman|spokeswoman|military|army|government))(?=\s*(?:[.,;:"”]|$|\s(?:on|in|at|told|as|after|who|of|for|with)\b))/.exec(
          sentence.slice(idx + m[0].length),
        );
      if (post) {
        out.push({ name: post[1], index: idx, end: idx + m[0].length + post[0].length, kind: 'after' });
        continue;
      }
    }
    const subj = subjectBefore(before);
    // a reporting verb whose speaker is not named still speaks for what follows: no estimator, not a farther one
    if (!subj) {
      out.push({ name: '', index: idx - 1, end: idx + m[0].length, kind: 'unnamed' });
      continue;
    }
    out.push({ name: subj, index: idx - 1, end: idx + m[0].length, kind: PRONOUN.test(subj) ? 'pronoun' : 'subject' });
  }
  // "The prosecutor raised the death toll to 305", "The ministry put the toll at 10": who moved the count
  for (const m of sentence.matchAll(
    /\b(?:raised|revised|updated|lowered|increased|put|puts|set|sets)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:death toll|toll|count|tally|number|estimate)\b/g,
  )) {
    const idx = m.index ?? 0;
    const subj = subjectBefore(sentence.slice(0, idx));
    if (subj && !PRONOUN.test(subj) && !out.some((a) => a.index === idx - 1))
      out.push({ name: subj, index: idx - 1, end: idx + m[0].length, kind: 'subject' });
  }
  // "Interior Ministry figures released Monday show", "Home Office data revealed", "a 2016 Reuters investigation
  // documented scores of deaths in custody": a body's document as the subject of a verb of showing or finding names
  // the body as the source; a document no name owns is named by its adjective ("a new state report found that about
  // 1,200 people died": the state report)
  const shows = new RegExp(
    String.raw`\b(?:(?:recent|new|latest|separate|(?:19|20)\d\d)\s+)*((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w.&'’-]*)*|[a-z]+)(?:'s|’s)?\s+(${DOCUMENT_NOUNS})\b[^,.;]{0,50}?\b(${DOCUMENT_VERBS})\b`,
    'g',
  );
  for (const m of sentence.matchAll(shows)) {
    const idx = (m.index ?? 0) + m[0].length - m[3].length;
    const owner = m[1];
    const lower = /^[a-z]/.test(owner);
    // ("the figures show", "its report found": no one named; "data show" alone names no one)
    // (a poll's or a survey's findings are opinions, not counts: "a new survey shows")
    if (
      lower &&
      (STOP_WORDS.has(owner) ||
        /^(?:recent|new|latest|separate|first|second|final|last|previous|earlier)$/.test(owner) ||
        !/^(?:report|study|investigation|analysis|review|audit)$/.test(m[2]))
    )
      continue;
    if (!lower && OPENERS.has(owner.split(/\s+/)[0].toLowerCase()) && owner.split(/\s+/).length === 1) continue;
    out.push({ name: lower ? `${owner} ${m[2]}` : owner, index: idx - 1, end: idx + m[3].length, kind: 'subject' });
  }
  // "..., data Johns Hopkins University revealed Saturday", "figures the ministry released": a document the body
  // named after it gave out (a relative clause on the document, its "that" left out)
  for (const m of sentence.matchAll(
    /\b(?:data|figures|statistics|numbers|estimates)\s+(?:that\s+)?((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w.&'’-]*)*)\s+(?:released|revealed|published|reported|compiled)\b/g,
  )) {
    const idx = (m.index ?? 0) + m[0].lastIndexOf(' ') + 1;
    if (plausibleSource(m[1]) && !out.some((o) => Math.abs(o.index + 1 - idx) < 3))
      out.push({ name: m[1], index: idx - 1, end: (m.index ?? 0) + m[0].length, kind: 'subject' });
  }
  // "..., with local officials saying four civilians were killed": a source told in an absolute phrase, the
  // reporting verb's participle after "with" and its subject
  for (const m of sentence.matchAll(
    /\bwith\s+((?:the\s+)?[^,;:"“”]{2,60}?)\s+(?:saying|reporting|estimating|confirming|putting the (?:death )?toll at)\b/g,
  )) {
    const name = subjectBefore(`${m[1]} `) ?? m[1];
    if (plausibleSource(name)) {
      const idx = (m.index ?? 0) + m[0].indexOf(m[1]) + m[1].length + 1;
      out.push({ name, index: idx - 1, end: (m.index ?? 0) + m[0].length, kind: 'subject' });
    }
  }
  // "The congresswoman issued a statement saying, “… the deaths of four …”": who issued the statement says what it says
  // (not "issued a statement that was criticized": "that" there opens a relative clause on the statement)
  for (const m of sentence.matchAll(
    /\b(?:issued|released|put out|posted|sent|published)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|tweet|message|communiqu[eé])\s+(?:saying|stating)\b/g,
  )) {
    const idx = m.index ?? 0;
    const name = subjectBefore(sentence.slice(0, idx));
    if (name && !PRONOUN.test(name) && plausibleSource(name))
      out.push({ name, index: idx - 1, end: idx + m[0].length, kind: 'subject' });
  }
  // "a general accused by the United Nations of killing 500 civilians": who accuses gives the count of the act
  for (const m of sentence.matchAll(
    /\b(?:accused|blamed|charged|faulted|condemned|criticized|criticised)\s+by\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)?[A-Z][\w.&'’-]*)*|(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:activists|rights groups|groups|officials|authorities|prosecutors|investigators|monitors|observers|critics))\s+(?:of|for)\b/g,
  ))
    if (plausibleSource(m[1]))
      out.push({ name: m[1], index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'according' });
  // "by the U.N.'s count", "U.N. figures show": a possessive or attributive source of a count
  const countOf =
    /\b(?:by|in|under)\s+((?:the\s+)?(?:[A-Z][\w.&-]*)(?:\s+[A-Z][\w.&-]*)*)(?:'s|’s)\s+(?:count|tally|estimate|estimates|figures|reckoning)\b/g;
  for (const m of sentence.matchAll(countOf))
    out.push({ name: m[1], index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'according' });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Every attribution in a sentence, in order, from the reporting-clause stage (the same cue and source rules /quote
 * and /sources read): "according to X", "X says", ", said X". The toll's own shapes ("raised the death toll to",
 * "by the U.N.'s count") come from the patterns above.
 */
// A sentence with several figures is read once: the last sentence's attributions are kept.
let lastRead: { sentence: string; atts: Attribution[] } = { sentence: '', atts: [] };
function attributions(sentence: string): Attribution[] {
  if (lastRead.sentence !== sentence) lastRead = { sentence, atts: readAttributions(sentence) };
  return lastRead.atts;
}

function readAttributions(sentence: string): Attribution[] {
  const out: Attribution[] = [];
  for (const c of reportingClauses(sentence, { verbs: ESTIMATE_FORMS })) {
    if (c.rule === 'according-to') {
      if (!c.source) continue;
      const name = c.source
        .replace(
          /^(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:(?:a|an)\s+)?(?:figures|estimates|data|count|tally|numbers|statistics|database)\s+(?:from|by|of|compiled by|released by|collected by|gathered by|published by|provided by|kept by|maintained by)\s+/i,
          '',
        )
        // "a 2013 study from researchers at …", "a new report by the agency": the document's authors
        .replace(
          /^(?:the|a|an)\s+(?:(?:new|recent|latest|separate|(?:19|20)\d\d)\s+)*(?:study|report|analysis|survey|review|investigation|audit)\s+(?:from|by|of)\s+/i,
          '',
        )
        .replace(/\s+(?:in|at|from)\s+[A-Z]\w+$/, '');
      // "citing the 19 lives lost": "citing" a fact names no source
      if (plausibleSource(name)) out.push({ name, index: c.start, end: c.end, kind: 'according' });
      continue;
    }
    const idx = c.cueAt;
    // "the virus, which experts say began in the city, ... has killed 600": a comment on the antecedent
    if (c.source && /^(?:which|that)\s/i.test(c.source)) continue;
    // "claimed responsibility" names no count's source
    if (/^\s*(?:responsibility|credit)\b/i.test(sentence.slice(idx + c.cue.length))) continue;
    if (NOT_A_REPORT.test(sentence.slice(idx))) continue;
    const after = c.rule === 'verb-after';
    const index = after ? idx : idx - 1;
    const end = after ? c.end : idx + c.cue.length;
    if (!c.source || !c.subject) {
      // a participle that describes a noun reports nothing: "812 confirmed cases", "more reported deaths", "Of the
      // deaths reported Friday, 312 occurred in the capital"
      if (!adjectivalCue(sentence, idx, c.cue)) out.push({ name: '', index, end, kind: 'unnamed' });
      continue;
    }
    if (c.subject.kind === 'pronoun') {
      out.push({ name: c.source, index, end, kind: 'pronoun' });
      continue;
    }
    // The estimator behind the phrase: "the UNHCR's coordinator for Syria" speaks for the UNHCR, "UN estimates" is the UN.
    let name = after ? c.source : (subjectBefore(c.source + ' ') ?? c.source);
    let kind: Attribution['kind'] = after ? 'after' : 'subject';
    let at = index;
    // A source that names no one ("killing two people and seizing hostages, the country's interior minister said", "a
    // police chase and a shootout, authorities say"), or a name far back across other clauses ("The gunman, who killed
    // 8 people ..., was a military contractor ..., law enforcement officials said"): the subject right before the
    // verb, when there is one; a source that names no one and has none is no attribution.
    const far = !after && farBeforeCue(sentence, name, idx);
    if (!plausibleSource(name) || far) {
      const lead = sentence.slice(0, idx).replace(PARTICIPIAL_APPOSITION, ' ');
      // "..., the sheriff said": the last stretch before the verb, when it names a person or a body by itself
      const segment = /[,;:]\s*((?:the\s+|a\s+|an\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4})\s*$/.exec(lead)?.[1];
      const near =
        subjectBefore(lead) ?? (segment && !/^(?:and|but|or|which|who|that)\b/i.test(segment) ? segment : null);
      if (near && !PRONOUN.test(near) && plausibleSource(near)) {
        // a name's lowercase particle ("Wassim al-Ahmad") is part of it
        const particle = PARTICLE_BEFORE.exec(sentence.slice(0, sentence.lastIndexOf(near, idx)));
        name = particle ? particle[1] + near : near;
        kind = 'subject';
        at = idx - 1;
      } else if (!plausibleSource(name)) continue;
    }
    out.push({ name, index: at, end, kind });
  }
  for (const a of regexAttributions(sentence)) {
    if (a.kind === 'according' && !out.some((o) => o.kind === 'according' && Math.abs(o.index - a.index) < 3))
      out.push(a);
    // ", reports the Daily Ledger.": an outlet named after the verb that closes the sentence, which the reporting-clause stage
    // (speech verbs) does not invert
    else if (a.kind === 'after' && /^report/i.test(sentence.slice(a.index)) && plausibleSource(a.name)) {
      const same = out.findIndex((o) => Math.abs(o.index - a.index) < 3);
      if (same < 0) out.push(a);
      else if (out[same].kind === 'unnamed') out[same] = a;
    } else if (a.kind === 'subject' && plausibleSource(a.name)) {
      // a name right before the verb that the reporting-clause stage left unnamed ("As of November 26, WHO said"
      // reads "WHO" as the pronoun) names the source after all
      const same = out.findIndex((o) => o.index === a.index);
      if (same < 0) out.push(a);
      else if (
        out[same].kind === 'unnamed' &&
        (/^\p{Lu}{2,}$/u.test(a.name) ||
          // (the subject before a relative clause set off by commas: "The mission, whose offices were near the blast,
          // said")
          RELATIVE_ASIDE.test(sentence.slice(0, a.index + 1).trimEnd() + ' ') ||
          // (", police said." closing a long sentence the reporting-clause stage left unnamed: the group that stands
          // alone between the last comma and the verb)
          sentence
            .slice(0, a.index + 1)
            .trimEnd()
            .endsWith(`, ${a.name}`))
      )
        out[same] = a;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * "in what police called a hate crime", "in what officials said was an act of terror": a comment on what the thing
 * named after it was. It gives the source of a figure inside that complement ("after what monitors say was the
 * killing of 300 villagers"), never of one before it ("injuring at least 14 people in what police said was a
 * deliberate attack").
 */
function commentOnWhat(sentence: string, a: Attribution): boolean {
  return (
    /\bwhat\s+(?:[\w'’.-]+\s+){1,5}$/i.test(sentence.slice(0, a.index + 1)) &&
    /^[a-z]+\s+(?:was|were|is|are|had been|has been)\b/i.test(sentence.slice(a.index + 1))
  );
}

/**
 * Whether a source named after a toll tells something else: its reporting verb opens a content of its own, in a clause
 * after the toll's ("At least 59 people were killed, and police report more than 500 were injured": the police gave
 * the injured, not the dead), or the toll sits in the source's own description ("The president, who has been
 * condemned for a crackdown that left thousands dead, also said he would ..."). A closing attribution (", police
 * said.") gives the toll before it, so it stays.
 */
function reportsOwnContent(sentence: string, a: Attribution, start: number, end: number): boolean {
  if (a.kind !== 'subject' && a.kind !== 'pronoun') return false;
  // (where the source's name starts: its last whole occurrence up to the verb)
  const names = a.name
    ? [...sentence.slice(0, a.index + 1).matchAll(new RegExp(String.raw`\b${escapeRegExp(a.name)}\b`, 'g'))]
    : [];
  const from = names.at(-1)?.index ?? -1;
  if (from < 0) return false;
  if (from < start) return true;
  const rest = sentence.slice(a.end);
  const content =
    /^\s*that\b/i.test(rest) ||
    rest
      .split(/[.!?;]/)[0]
      .trim()
      .split(/\s+/).length >= 4;
  return content && /,\s*(?:and|but|while|as)\s|;\s|[.!?]["”]?\s*(?=\p{Lu})/u.test(sentence.slice(end, from));
}

/** "using a definition of four deaths or more," between a source and its verb: no part of the source. */
const PARTICIPIAL_APPOSITION = /,\s*(?:using|citing|including|based on|drawing on|relying on)\b[^,]{0,80},\s*$/i;
const OPENERS = new Set(lexicon.sentenceOpeners);

/**
 * Whether a phrase the reporting-clause stage took for a source can name one: a person or a body, not a count ("three
 * hospitals it supports"), a participle ("killing two people"), a headline ("ENVOY A NO SHOW AT TALKS - Newly"), a
 * sentence's opening word ("To put those numbers in comparison, ...") or a thing ("a police chase and a shootout",
 * "the national death count"). A phrase that ends in a lowercase word must end in a person or a body ("the country's
 * interior minister", "the UN refugee agency", "researchers").
 */
export function plausibleSource(raw: string): boolean {
  const name = raw
    .trim()
    .replace(/^(?:which|who|whom|that)\s+/i, '')
    .replace(/(?:'s|’s|'|’)$/, '');
  if (!name || /\s[-–—]\s|:/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 9) return false;
  const first = words[0].toLowerCase();
  if (/^\d/.test(first) || (SMALL[first] !== undefined && words.length > 1)) return false;
  if (/^[a-z][\w-]*ing$/.test(words[0]) || /^(?:including|when|where|after|before|while|if|as)$/.test(first))
    return false;
  // a prepositional phrase opening the sentence names no one: "In the Democratic report, the authors insisting …"
  if (words.length > 1 && /^(?:in|on|at|for|from|with|by|to|of|under|during|since)$/.test(first)) return false;
  // an organisation's initials are a source even when they spell a word ("WHO said")
  if (words.length === 1 && /^[A-Z]{2,}$/.test(words[0])) return true;
  if (words.length === 1 && (/ly$/.test(first) || OPENERS.has(first))) return false;
  // "summarily eclipsing an earlier estimate": an adverb, a comparative
  if (/^[a-z]+ly$/.test(words[0])) return false;
  const last = words[words.length - 1];
  // (a surname joined to its particle is a name: "rebel spokesman Yusuf al-Masri")
  if (/^\p{Lu}/u.test(last) || /^\(?[A-Z]{2,}\)?$/.test(last) || PARTICLE_JOINED.test(last)) return true;
  const head = last.toLowerCase().replace(/['’]s?$/, '');
  if (/^(?:earlier|later|other|former|latter|never|ever|over|under|rather|further|together|another)$/.test(head))
    return false;
  return (
    TITLE_SET.has(head) ||
    ORG_SET.has(head) ||
    new RegExp(`^${GROUP_SOURCES}$`, 'i').test(head) ||
    /(?:ist|er|or|ian|ant|ent|ary|ee)s?$/.test(head) ||
    /^(?:experts|people|police|staff|military|media|authorities|witnesses|medics|personnel|opposition|rebels|regime)$/.test(
      head,
    ) ||
    new RegExp(`(?:^|\\s)${GROUP_SOURCES}$`, 'i').test(name)
  );
}

/** A name that ends more than a clause before its verb: other clauses stand between them. */
function farBeforeCue(sentence: string, name: string, cueAt: number): boolean {
  const at = sentence.lastIndexOf(name, cueAt);
  if (at < 0) return false;
  const gap = sentence.slice(at + name.length, cueAt);
  return gap.length > 40 && (gap.match(/,/g) ?? []).length >= 2 && /\b(?:was|were|is|are|has|had|have)\b/.test(gap);
}

/** A reporting verb's participle used of a noun: "confirmed cases", "more reported deaths", "the deaths reported". */
function adjectivalCue(sentence: string, cueAt: number, cue: string): boolean {
  if (!/ed$/i.test(cue)) return false;
  const before = sentence.slice(0, cueAt);
  const after = sentence.slice(cueAt + cue.length);
  if (/\b(?:was|were|is|are|be|been|being|has|have|had|it|they|he|she|who|which|that)\s+(?:\w+ly\s+)?$/i.test(before))
    return false;
  const next = /^\s+([a-z][\w-]*)/.exec(after)?.[1];
  return (
    (!!next && !STOP_WORDS.has(next) && !OPENERS.has(next) && !/^\w+ly$/.test(next)) ||
    /(?:\d|\b(?:the|more|most|all|any|no|of)|[a-z]s)\s+$/i.test(before)
  );
}
const STOP_WORDS = new Set(lexicon.stopWords);

/** The name a person or group is reported by in a sentence (for "He says" in the next one). */
function lastNamedSpeaker(sentences: string[], from: number): string | null {
  for (let i = from; i >= Math.max(0, from - 2); i--) {
    const atts = attributions(sentences[i]).filter((a) => a.kind !== 'pronoun' && a.kind !== 'unnamed');
    if (atts.length) return atts[0].name; // the first attribution is the sentence's main speaker
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The day an article reports on

const WEEKDAY = new RegExp(String.raw`\b(?:on\s+)?(${WEEKDAY_NAMES})\b`);
/**
 * The day the story is about. Wire copy is written for the day of its lead ("said Tuesday"); a reprint published the
 * next day keeps that lead, and its figures stand as of that day, not the reprint's. So when one of the first
 * sentences names a weekday within the six days before publication, that day is the article's news day.
 */
export function articleNewsDay(article: Pick<Article, 'published' | 'sentences'>): string | null {
  if (!article.published) return null;
  for (const s of article.sentences.slice(0, 3)) {
    if (!WEEKDAY.test(s.text)) continue;
    const dates = sentenceDates(s.text, article.published).filter(
      (d) => d.precision === 'day' && /day\b/i.test(d.text),
    );
    for (const d of dates) {
      const gap = daysBetween(d.date, article.published);
      if (gap >= 0 && gap <= 6) return d.date;
    }
  }
  return article.published;
}

// ---------------------------------------------------------------------------------------------------------------
// Extraction

export interface Mention {
  start: number;
  end: number;
  raw: string;
  value: number;
  vague: string | null;
  /** "two of them", "102 of the suspects": a part of a group, a figure only by a predicate of its own. */
  part: boolean;
}

export function mentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  const found: RegExpMatchArray[] = [...sentence.matchAll(NUMBER_RE)];
  // "One patient died", "One young man had been shot and killed": "one" before a person kind (WordNet), not only
  // before the few nouns NUMBER_RE names (never "no one", "the one", "any one")
  for (const m of sentence.matchAll(/\bone\b/gi)) {
    const at = m.index ?? 0;
    if (found.some((x) => (x.index ?? 0) <= at && at < (x.index ?? 0) + x[0].length)) continue;
    if (/\b(?:no|any|every|each|the|this|that|which|some|someone|no-)\s*$/i.test(sentence.slice(0, at))) continue;
    if (oneCountsPerson(sentence, at + 3)) found.push(m);
  }
  found.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of found) {
    const start = m.index ?? 0;
    const raw = m[0];
    const end = start + raw.length;
    const parsed = parseNumber(raw);
    if (!parsed) continue;
    const after = sentence.slice(end);
    const before = sentence.slice(0, start);
    if (UNIT_AFTER.test(after)) continue;
    if (BEFORE_NOT_COUNT.test(before)) continue;
    // "$550 million" is caught by "$"; "550 million dollars" by the unit; a bare year is no count
    if (
      /^(?:1[6-9]\d\d|20\d\d)$/.test(raw) &&
      (/\b(?:in|since|of|by|during|until|till|from|before|after|early|late|mid|year|summer|winter|spring|autumn|fall)\s+$/i.test(
        before,
      ) ||
        !/^\s+(?:people|persons|civilians|refugees|migrants)\b/i.test(after))
    )
      continue;
    // an age as a relative clause's complement: "Bush, who was 94, died in November"
    if (/\b(?:who|he|she)\s+(?:was|is|had turned|turned)\s+$/i.test(before) && /^\s*[,.;]/.test(after)) continue;
    // an age in apposition: "Daron Wint, 34, was arrested"
    if (/[A-Za-z.]\s*,\s*$/.test(before) && /^\s*,/.test(after) && /[A-Z][\w'’-]+\s*,\s*$/.test(before)) continue;
    // "one of the ...", "two of them" belong to a larger group, not a count of their own
    // ("twelve officers, five of whom were killed": that part is the toll)
    // (kept as a part: only a predicate of its own makes it a figure, "102 of the suspects were arrested", "eight
    // of them fatally"; see readClause)
    const part = /^\s+of\s+(?:the|them|those|these|its|his|her|their|us)\b/i.test(after) && !parsed.vague;
    if (
      /^\s+of\s+whom\b/i.test(after) &&
      !/^\s+of\s+whom\s+(?:were|are|was|had|have)\s+(?:\w+\s+)?(?:killed|dead|died|wounded|injured|hurt|arrested|detained|missing)\b/i.test(
        after,
      )
    )
      continue;
    out.push({ start, end, raw, value: parsed.value, vague: parsed.vague, part });
  }
  return out;
}

/** The casualty noun a part's number heads ("including more than 40 deaths"), read by figures-nominal.ts. */
function partNoun(sentence: string, m: Mention, lead: number) {
  return countedNoun(sentence, { start: m.start, end: m.end, value: m.value, lead, open: false });
}

function qualifierOf(before: string): { q: Qualifier; text: string } | null {
  for (const [re, q] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { q, text: m[0].trim() };
  }
  return null;
}

/**
 * The clause a figure sits in: back to the last clause break or opening quotation, on to the next comma, quotation
 * or conjoined clause. "30,000 have fled ... and \"on a daily basis hundreds are crossing\"" is two clauses.
 */
function clauseAround(sentence: string, start: number, end: number): string {
  const left = sentence.slice(0, start);
  const right = sentence.slice(end);
  const l = Math.max(...[';', ':', '"', '“', '(', ' and ', ' but ', ' while '].map((c) => left.lastIndexOf(c)));
  const r = right.search(/[;:,"“”()]|\s(?:and|but|while)\s/);
  return sentence.slice(l + 1, r < 0 ? sentence.length : end + r);
}

function metricAfter(
  after: string,
): { metric: Metric; np: NounPhrase; predicateEnd: number; aux: string; predicate: string } | null {
  // An aside set off by dashes between the counted people and their verb is no part of either: "more than 100
  // transgender people — most of whom are women of color — have been killed" (masked, so offsets stay)
  after = after.replace(
    /^([^—–]{1,40}?\s)([—–]\s[^—–]{1,120}?\s[—–])(?=\s)/,
    (_, head: string, aside: string) => head + ' '.repeat(aside.length),
  );
  const np = readNounPhrase(after);
  // The predicate follows the counted noun ("5,400 people have been killed") or is its head noun ("30,000 Syrian
  // refugees", "5,400 dead"): try every split of the phrase, leftmost first, so the nearest predicate wins.
  const wordRe = /\s*,?\s*[A-Za-z][\w'’.-]*/y;
  const cuts = [0];
  let pos = 0;
  while (pos < np.end) {
    wordRe.lastIndex = pos;
    const m = wordRe.exec(after);
    if (!m) break;
    pos = wordRe.lastIndex;
    // a conjoined group is read whole: "hundreds of migrants and refugees" is not a count of refugees
    if (/^\s*and$/i.test(m[0])) continue;
    cuts.push(Math.min(pos, np.end));
  }
  // "close to 200 more were injured": "more" (other people) stands for the counted noun
  const more = /^\s+(?:more|others)\b/i.exec(after);
  if (more) cuts.splice(1, 0, more[0].length);
  const auxRe = new RegExp(`^\\s*,?\\s*${AUX}`, 'i');
  for (const cut of cuts) {
    const rest = after.slice(cut);
    const aux0 = auxRe.exec(rest)?.[0] ?? '';
    // "40 people were shot and 9 died": "shot and" opens a clause of its own unless the verb it joins follows
    const short = /^(.*?)\b(?:shot|stabbed) and\s+$/i.exec(aux0);
    for (const auxText of short ? [aux0, short[1]] : [aux0]) {
      const aux = auxText ? [auxText] : null;
      const tail = rest.slice(auxText.length).replace(/^\s+/, '');
      // "In the 20 largest cities in the country, homicides are up": a noun after a comma heads another
      // clause
      if (cut > 0 && /^\s*,\s*$/.test(auxText) && NOUN_PREDICATE.test(tail)) continue;
      for (const rule of AFTER_PREDICATES) {
        const m = rule.re.exec(tail);
        if (m && (!rule.when || rule.when(m))) {
          const head = after
            .slice(0, cut)
            .replace(/^[\s,]+/, '')
            .trim();
          return {
            metric: rule.metric,
            np: { text: head, end: cut },
            predicateEnd: after.length - tail.length + m[0].length,
            aux: aux ? aux[0].trim() : '',
            predicate: m[0],
          };
        }
      }
    }
  }
  return null;
}
const NOUN_PREDICATE = /^(?:homicides|murders|deaths?|dead|bodies|fatalities|casualties|refugees|asylum|injuries)\b/i;

/**
 * A noun the number counts when a verb before it names the metric ("killed thousands of people"); a nationality by
 * its demonym's plural shape ("Syrians", "Iraqis", "Sudanese"), not a list of one region's.
 */
const PEOPLE_NOUN =
  /^(?:\s+(?:of\s+)?(?:[A-Za-z'’-]+\s+){0,3}?(?:people|persons|civilians|protesters|protestors|demonstrators|men|women|children|kids|students|soldiers|troops|policemen|police officers|officers|fighters|militants|rebels|insurgents|refugees|migrants|villagers|residents|worshippers|pilgrims|passengers|workers|journalists|others|more|members|victims|individuals|inmates|detainees|prisoners|activists|opponents|supporters|youths|citizens|nationals|foreigners|Muslims|Christians|Jews|Shiites|Sunnis|bodies|[A-Z][a-z]+(?:ans|is|ese)))?/;

/**
 * Verbs that take lives or give them up, before "N lives": "the war has claimed 500 lives", "the country has sacrificed
 * 300 lives", "invested $1 billion and some 900 lives" (a cost in money joined before the cost in lives).
 */
const LIVES_VERB =
  /\b(?:claimed|claiming|claims|claim|cost|costing|costs|taken|took|taking|take|sacrificed|sacrificing|invested|investing|spent|spending|lost|losing)\s+(?:already\s+|so far\s+)?(?:[$€£]?[\d.,]+\s+(?:[a-z]+\s+)?and\s+)?$/i;

/** Words that end a clause of its own ("3 were killed and 5 wounded"), so what precedes "and" is no conjoined group. */
const PREDICATE_WORD = new RegExp(
  String.raw`^(?:killed|dead|died|wounded|injured|hurt|missing|arrested|detained|displaced|fled|refugees|others?|more|shot|slain|kidnapped|abducted|executed|murdered|hospitali[sz]ed|today|yesterday|${WEEKDAY_PATTERN}|${MONTH_PATTERN})$`,
  'i',
);
function predicateWord(text: string): boolean {
  return text
    .trim()
    .split(/\s+/)
    .some((w) => PREDICATE_WORD.test(w.replace(/[.,]$/, '')));
}
/** A singular person joined after the counted group: "two journalists and their driver", "... and a soldier". */
const NAMED_AFTER =
  /^((?:\s+[A-Za-z][\w'’-]*){1,3}?)\s+and\s+(?:a|an|one|their|his|her|its)\s+(?!(?:\w+\s+)?(?:number|total|others?)\b)[a-z][\w'’-]*(?<!s)\b/;
const NAMED_AFTER_NOUN =
  /^\s+and\s+(?:a|an|one|their|his|her|its)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*(?<!s)\b(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|during|when|while|after|before|and|as)\b))()/;

/**
 * What a count is added to when a conjoined group stands before it: "the ambassador and three other Americans"
 * (one named person and three others), "20 first-graders and six staff" (another count). Only a noun phrase of
 * up to eight words counts as that group, never a clause ("3 were killed and 5 wounded") or a range ("20 and 30").
 */
function conjunctBefore(
  bare: string,
  tail: string,
  all: Mention[],
  m: Mention,
): { value: number; start: number; group: number } | null {
  const and = /\s+and\s+(?:the\s+)?$/.exec(bare);
  if (!and) return null;
  const head = bare.slice(0, and.index);
  // the group: back to a clause break or a word that cannot sit inside a noun phrase
  const words = [...head.matchAll(/[^\s]+/g)];
  let k = words.length;
  while (k > 0 && words.length - k < 8) {
    const w = words[k - 1][0];
    if (/[,;:(—–"“”]$/.test(w)) break;
    const lw = w.toLowerCase();
    if (NP_STOP.has(lw) && !['the', 'his', 'her', 'their', 'its', 'our'].includes(lw)) break;
    if (/(?:ed|ing)$/.test(lw) && !NP_ED_OK.has(lw) && !/^[A-Z]/.test(w)) break;
    if (['of', 'in', 'at', 'on', 'from', 'leaving', 'left'].includes(lw)) break;
    k--;
    if (/^[(“"]/.test(w)) break;
  }
  if (k >= words.length) return null;
  const start = words[k].index ?? 0;
  const group = head.slice(start);
  // ("Seven other officers and two civilians also were wounded": "other" before a noun is no predicate's "others")
  if (!group.trim() || predicateWord(group.replace(/\bother\s+(?=[A-Za-z])/gi, ''))) return null;
  // a verb's object before "and", a predicate of its own after: two clauses ("killed 49 people and 53 others were
  // wounded")
  if (VERB_BEFORE_LIST.test(head.slice(0, start)) && PREDICATE_AFTER_LIST.test(tail)) return null;
  // a group that is a preposition's object is no subject: "were killed in Nepal and 981 were injured"
  // (but "mourning for the ambassador and the three other staffers killed" counts the ambassador among them)
  if (
    k > 0 &&
    /^(?:in|at|on|for|from|to|with|by|into|across|near|than)$/i.test(words[k - 1][0]) &&
    !/^\s+other\b/i.test(tail)
  )
    return null;
  const inner = all.filter((x) => x.start >= start && x.end <= head.length && x !== m);
  if (inner.length) {
    const x = inner[0];
    // "between 20 and 30": a range, not two groups; "dozens and 20": a vague word adds nothing exact; "at least 27
    // people and as many as 180 people": two bounds of one count; "31,500 cases and 2,500 deaths": not people
    const firstNoun = head.slice(x.end).trim().split(/\s+/).pop()!.toLowerCase();
    const secondNoun = (/^\s+((?:other\s+)?[A-Za-z][\w'’-]*)/.exec(tail)?.[1] ?? '').toLowerCase();
    // a vague count beside an exact one adds nothing, but the verb before both still names it ("killed around
    // 675,000 Americans and tens of millions of others")
    if ((x.vague || m.vague) && !inner.slice(1).length && /^\s+[A-Za-z]/.test(head.slice(x.end)))
      return { value: 0, start, group: start };
    if (
      x.vague ||
      !/^\s+[A-Za-z]/.test(head.slice(x.end)) ||
      inner.length > 1 ||
      qualifierOf(bare) ||
      firstNoun === secondNoun ||
      /^(?:cases|infections|tests|positives?|confirmed|homes|houses|buildings|vehicles|times|years|days|weeks|months|shootings|attacks|incidents|strikes|airstrikes|bombings|crashes|fires|arrests|robberies|assaults|burglaries|explosions|raids)$/.test(
        firstNoun,
      )
    )
      return null;
    return { value: x.value, start: x.start, group: start };
  }
  // a named person or a singular group before "and": one more, when the count is of the others ("and three other
  // Americans", "and two others") or the group opens with a determiner or a name
  // a named person counts only beside "others" ("Chatah, his driver and four others"); a group with a determiner
  // ("the driver and two passengers") counts one
  const others = /^\s+others?\b/i.test(tail);
  let person = /^(?:the|a|an|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*$/.test(group.trim());
  // one person by a singular noun WordNet files as a person kind, whatever describes it ("a Romanian service
  // member"), and the like before it, set off by commas: "killed a U.S. soldier, a Romanian service member and at
  // least 10 civilians" is at least 12
  const SINGLE = /^(?:the|a|an|his|her|their)\s+(?:[\w.'’-]+\s+){0,3}([a-z][\w'’-]*)$/;
  const onePerson = (g: string) => {
    const w = SINGLE.exec(g.trim())?.[1];
    return !!w && !/s$/.test(w) && isPersonKind(w, lemmaOf(w));
  };
  if (!person && !m.vague && onePerson(group)) person = true;
  if (person && !m.vague && !others) {
    let value = 1;
    let first = start;
    for (;;) {
      const prev = /(?:^|[\s])((?:the|a|an|his|her|their)\s+(?:[\w.'’-]+\s+){0,3}[a-z][\w'’-]*),\s+$/.exec(
        head.slice(0, first),
      );
      if (!prev || !onePerson(prev[1])) break;
      value++;
      first = head.lastIndexOf(prev[1], first);
    }
    if (value > 1) return { value, start: first, group: first };
  }
  // a person named with a title: "the governor and six bodyguards died in the attack" is seven
  const named = /^(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*$/.test(group.trim());
  // "the arrests of top leaders and hundreds of members": the group is counted by no one, but the verb before it
  // still names what the count is
  if ((!others && !person && !named) || m.vague || (/s$/.test(group.trim()) && !others && !named))
    return { value: 0, start, group: start };
  return { value: 1, start, group: start };
}

/**
 * A sum over groups listed before the last one: "two other Westerners, two of the security forces and two guards
 * from the base were wounded" is six; "killed one of our soldiers and 12 other innocent people" is 13. Every group
 * opens on an exact number and holds no predicate (so "3 were killed, 5 wounded and 2 missing" is three clauses);
 * two groups only when the last is "others" ("N other ...").
 */
function listBefore(bare: string, tail: string): { value: number; start: number } | null {
  const num = String.raw`(?:${SMALL_WORD}|one|\d[\d,]*)`;
  const item = String.raw`${num}\s+(?:of\s+(?:the|our|their|his|her|its)\s+)?(?:[A-Za-z'’-]+\s+){0,4}?[A-Za-z'’-]+`;
  const re = new RegExp(String.raw`(?:^|[\s(])((?:${item},\s+)*${item}),?\s+and\s+$`, 'i');
  const m = re.exec(bare);
  if (!m) return null;
  const groups = m[1].split(/,\s+/);
  if (groups.length < 2 && !/^\s+others?\b/i.test(tail)) return null;
  // two clauses, not one list: the groups before are a verb's object and the last has a predicate of its own
  // ("The gunman killed 49 people and 53 others were wounded" is 49 killed and 53 wounded, not 102 wounded)
  const listStart = bare.length - m[0].length + m[0].indexOf(m[1]);
  if (VERB_BEFORE_LIST.test(bare.slice(0, listStart)) && PREDICATE_AFTER_LIST.test(tail)) return null;
  let value = 0;
  for (const g of groups) {
    const words = g.trim().split(/\s+/);
    if (
      words
        .slice(1)
        .some(
          (w) =>
            (NP_STOP.has(w.toLowerCase()) && !/^(?:of|the|our|their|his|her|its)$/i.test(w)) ||
            (PREDICATE_WORD.test(w) && !/^(?:other|more)$/i.test(w)) ||
            (/(?:ed|ing)$/i.test(w) && !NP_ED_OK.has(w.toLowerCase())),
        )
    )
      return null;
    const n = parseNumber(words[0]);
    if (!n || n.vague) return null;
    value += n.value;
  }
  return { value, start: listStart };
}
/** A count written as a number, for the breakdowns below. */
const COUNT_WORD = String.raw`(?:${SMALL_WORD}|one|\d[\d,]*)`;
const BREAKDOWN_PART = String.raw`${COUNT_WORD}\s+[a-z][\w'’-]*`;
/**
 * A breakdown of a count of people set off by commas right after it, every part a number and one word: "three
 * suspects, one female, two male, are in custody", "twelve people, three children and nine adults, were killed". The
 * breakdown is group 1.
 */
const BREAKDOWN = new RegExp(
  String.raw`\b${COUNT_WORD}\s+(?:[A-Za-z'’-]+\s+){0,2}?[a-z'’-]+\b(,\s+${BREAKDOWN_PART}(?:(?:,|,?\s+and)\s+${BREAKDOWN_PART})+,)`,
  'gi',
);
/** The same after the counted number, in the tail read for a predicate. */
const BREAKDOWN_AFTER = new RegExp(
  String.raw`^((?:\s+[\w'’-]+){1,3}),\s+${BREAKDOWN_PART}(?:(?:,|,?\s+and)\s+${BREAKDOWN_PART})+,`,
  'i',
);
/** A verb in the past right before a list of groups: the list is its object ("killed 49 people and ..."). */
const VERB_BEFORE_LIST = /\b(?:[a-z]+ed|left|shot|slew|hit|took|claimed|hurt)\s+$/i;
/** The last group's own predicate: "... and 53 others were wounded", "... and two others died". */
const PREDICATE_AFTER_LIST =
  /^\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:were|was|are|is|have|has|had|remain|remained|died|perished|suffered|sustained)\b/i;

function figureFromBefore(before: string): Metric | null {
  for (const rule of BEFORE_PREDICATES) if (rule.re.test(before)) return rule.metric;
  // a noun of "of" by its meaning: "the deaths of", "the massacre of", "the killings of those", "the arrests of"
  const noun = /\b([A-Za-z]+)\s+of(?:\s+(?:the|those|these))?\s+$/.exec(before);
  if (noun) return metricOfWord(noun[1], 'noun');
  // a verb by its meaning, the number its object: "killed", "massacred", "executing", "wounded", "arrested", "jailed",
  // "displaced" (its first sense: "shot" is "hit with a missile", its wounded told by the patterns above)
  // (not a particle, "lay off 1,000", "set off two bombs", which WordNet also holds as a verb, "to off")
  const verb = /\b([a-z]+)\s+$/.exec(before);
  if (!verb || baseForms(verb[1]).some((b) => b.pos === 'r')) return null;
  return metricOfWord(verb[1], 'verb');
}

interface Raw {
  metric: Metric;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  vague: string | null;
  display: string;
  start: number;
  end: number;
  subject: string;
  population: string | null;
}

/**
 * How a number is bounded as written: its qualifier ("more than", "up to", a verb such as "surpassed"), a range ("between
 * 20 and 30", "20 to 30"), the bounds that follow, and the stretch of the sentence the figure takes. Read for every
 * figure, by the rules (readFigure) and by a second reader's proposals alike (proposed()).
 */
export function readBounds(
  sentence: string,
  m: Mention,
  all: Mention[],
  increment = false,
): {
  qual: { q: Qualifier; text: string } | null;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  start: number;
  end: number;
} {
  const before = sentence.slice(0, m.start);
  const after = sentence.slice(m.end);
  const qual = increment ? null : qualifierOf(before);
  // the verb can be the qualifier: "the death toll had surpassed 80,000" (more), "climbs toward 100,000" (not yet)
  const verbQual: Qualifier | null = qual
    ? null
    : /\b(?:surpassed|surpassing|surpasses|passed|passing|topped|topping|tops|exceeded|exceeding|exceeds|crossed)\s+(?:the\s+)?$/i.test(
          before,
        )
      ? 'over'
      : /\b(?:climbs toward|climbed toward|climbing toward|approaching|approached|approaches|nearing|neared|nears)\s+$/i.test(
            before,
          )
        ? 'up-to'
        : null;
  let qualifier: Qualifier = m.vague ? 'vague' : (qual?.q ?? verbQual ?? 'exact');
  let low: number | null = m.value;
  let high: number | null = m.value;
  let start = qual ? before.lastIndexOf(qual.text) : m.start;
  let end = m.end;
  // ranges: "between 20 and 30", "20 to 30", "20-30", "20 or 30"
  const rangeRe =
    /^\s*(?:and|to|or|-|–)\s*(\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand))?|[a-z]+(?:\s+(?:hundred|thousand|million))?)\b/i;
  const rm = rangeRe.exec(after);
  // "rose from 5,400 to 7,500" is a change, its second number the figure; "anywhere from 6 to 18" is a range
  const changeVerb =
    /\b(?:rose|risen|rising|increased|increasing|climbed|climbing|jumped|grew|grown|raised|raising|revised|went up|gone up)\b[^,.;]*\bfrom\s+$/i.test(
      before,
    );
  if (rm && !changeVerb) {
    const second = all.find((x) => x.start === m.end + rm[0].length - rm[1].length);
    if (second && second.value > m.value) {
      // "a famine that left 20 to 30 million dead", "between 3 and 4 million": the scale word of the second bound is the first's too
      // (not "500 to 1 million", whose first bound is already a count of its own)
      const scale = /\b(million|billion|thousand)$/i.exec(second.raw)?.[1].toLowerCase();
      const shared = scale && !/\b(?:million|billion|thousand|hundred)$/i.test(m.raw) && !m.vague ? SCALE[scale] : 1;
      low = m.value * shared <= second.value ? m.value * shared : m.value;
      high = second.value;
      qualifier = 'range';
      end = second.end;
      if (/\bbetween\s+$/i.test(before)) start = before.search(/\bbetween\s+$/i);
    }
  }
  if (qualifier === 'over' || qualifier === 'at-least' || qualifier === 'vague') high = null;
  if (qualifier === 'up-to') low = null;
  return { qual, qualifier, low, high, start, end };
}

function readFigure(
  sentence: string,
  m: Mention,
  all: Mention[],
  priorMetrics: Metric[] = [],
  earlierMetrics: Metric[] = [],
  previousMetrics: Metric[] = [],
): Raw | null {
  const before = sentence.slice(0, m.start);
  if (m.part) return readPart(sentence, m, before, priorMetrics, previousMetrics);
  // "another 20 were killed" adds to a toll told before; but after a count of something else in the same sentence
  // it names other people: "Eight people have died while another 11 recover from injuries" (checked below, once
  // the metric is known)
  // (so does one after the article's earlier tolls when none was of its kind: "A car bomb killed 12 people near the
  // embassy. ... Another 40 people were wounded in the attack, the ministry said." adds to no count of the wounded)
  const increment = INCREMENT.test(before);
  if (increment && !priorMetrics.length && !earlierMetrics.length && !DAY_OF_ITS_OWN.test(sentence.slice(m.end)))
    return null;
  const { qual, qualifier, low: low0, high: high0, start: start0, end: end0 } = readBounds(sentence, m, all, increment);
  let low = low0;
  let high = high0;
  let start = start0;
  let end = end0;
  const tail = sentence.slice(end);
  // the words before the figure as written (qualifier and "between" included in the figure)
  const bare = before.slice(0, Math.min(start, qual ? before.lastIndexOf(qual.text) : before.length));
  let fromBefore = figureFromBefore(bare) ?? figureFromBefore(bare.replace(/\ball\s+(?:of\s+)?(?:the\s+)?$/i, ''));
  // A running toll told by what it cost: "a war that has already cost more than 100,000 Syrian lives", "an attack
  // six weeks ago that claimed eight lives".
  // "The United States has received about 1,500 Syrians": a country receiving people of another nation
  if (!fromBefore && /\b(?:received|receiving|receives)\s+$/i.test(bare) && COUNTRY_HOST.test(bare)) {
    const pn =
      PEOPLE_NOUN.exec(tail)?.[0]
        .trim()
        .replace(/^of\s+/i, '') ?? '';
    if (/refugee|asylum/i.test(pn) || DEMONYM_PLURAL.test(pn)) fromBefore = 'refugees';
  }
  // "urged more than 500,000 coastal residents to evacuate": people a verb directs to leave home (figures-control.ts)
  if (!fromBefore && directedToLeave(bare, tail)) fromBefore = 'displaced';
  if (!fromBefore && LIVES_VERB.test(bare) && /^\s+(?:[A-Za-z'’-]+\s+){0,2}?lives\b(?!['’])/i.test(tail))
    fromBefore = 'killed';
  // "air raids, which kill thousands of civilians": a habit, not a count that stands at a date
  if (fromBefore && /\b(?:which|that|who|they)\s+kill\s+$/i.test(bare)) return null;
  // Counts built from names: "the ambassador and three other Americans were killed" is four, "20 first-graders and
  // six staff were killed" is 26.
  const list = m.vague || qual ? null : listBefore(bare, tail);
  const conj = fromBefore
    ? null
    : list
      ? { value: list.value, start: list.start, group: list.start }
      : conjunctBefore(bare, tail, all, m);
  const figureStart = start;
  if (conj?.value) {
    if (low !== null) low += conj.value;
    if (high !== null) high += conj.value;
    start = conj.start;
  }
  let metric: Metric | null = null;
  let subject = '';
  let population: string | null = null;
  // A count inside a parenthetical part ("1,000 people, including hundreds of civilians, have been killed") is a
  // part of the total beside it, not a figure of its own.
  // (but a part set off by dashes from a group no number counts is the only count there is: "several people —
  // including nine firefighters — were hurt")
  const partOf =
    /(?:^|[,;:(]|\s(?:--|—|–))([^,;:(]*?)\s*(?:--|—|–)?\s*\b(?:including|among them|among whom|of whom|of which)\s+$/i.exec(
      bare,
    );
  if (partOf && !(/(?:--|—|–)\s*including\s+$/i.test(bare) && !HAS_NUMBER.test(partOf[1]))) {
    // A part told after its toll is complete is a figure of that toll's kind: "At least 21 people were injured,
    // including three police officers", "2,500 people were displaced, including 2,000 tourists" (a part set inside
    // the subject, "1,000 people, including hundreds of civilians, have been killed", stays a detail of the total)
    const np = readNounPhrase(tail);
    const head = /([A-Za-z][\w'’-]*)[.,;]?$/.exec(np.text)?.[1] ?? '';
    // a part that names its own casualty noun is a figure of that noun's kind, whatever the group it is part of:
    // "2,000 people were infected, including more than 40 deaths" (figures-nominal.ts)
    const own = partNoun(sentence, m, start);
    if (own)
      return {
        metric: own.metric,
        low,
        high,
        qualifier,
        vague: m.vague,
        display: sentence.slice(start, Math.max(end, own.end)).replace(/\s+/g, ' ').trim(),
        start,
        end: Math.max(end, own.end),
        subject: own.noun,
        population: null,
      };
    if (
      !priorMetrics.length ||
      !/,\s*including\s+$/i.test(bare) ||
      m.vague ||
      !personGroup(head) ||
      !/^\s*(?:[.;]|$|,\s*(?:(?:the|a|an)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}\s+(?:said|says|reported|told)\b)/i.test(
        tail.slice(np.end),
      )
    )
      return null;
    return {
      metric: priorMetrics[priorMetrics.length - 1],
      low,
      high,
      qualifier,
      vague: m.vague,
      display: sentence.slice(start, end).replace(/\s+/g, ' ').trim(),
      start,
      end,
      subject: np.text.replace(/[.,;]$/, ''),
      population: null,
    };
  }
  // "1,000 people, including hundreds of civilians, have been killed": read past the parenthetical to the verb
  // (a quotation opening on the predicate changes nothing: the four Americans "were killed in ...")
  const readTail = tail
    .replace(/^\s+of\s+whom(?=\s)/i, '')
    .replace(/^((?:\s+[A-Za-z][\w'’-]*){1,3})\s+["“](?=(?:were|was|have|had|are)\b)/, '$1 ')
    .replace(
      /^((?:\s+[\w'’-]+){0,4}),\s*(?:including|among them|most of them|many of them|mostly|mainly)\b[^,]*,/i,
      '$1',
    )
    // the same set off by dashes: "at least 60,000 people -- most of them civilians -- have been killed"
    .replace(
      /^((?:\s+[\w'’-]+){0,4})\s*(?:--|—|–)\s*(?:including|among them|most of them|many of them|mostly|mainly)\b[^—–]*?(?:--|—|–)/i,
      '$1 ',
    )
    // a dash closing a part before the predicate: "several people — including nine firefighters — were hurt"
    .replace(/^((?:\s+[\w'’-]+){1,4})\s*(?:--|—|–)\s*(?=(?:were|was|have|has|had|are)\s)/i, '$1 ')
    // a breakdown of the group set off by commas: "three suspects, one female, two male, are in custody"
    .replace(BREAKDOWN_AFTER, '$1 ')
    // an apposition that describes the group: "At least 900 fighters, a militia which includes Arab, Kurdish and
    // Assyrian units, have died"
    .replace(/^((?:\s+[\w'’-]+){1,4}),\s*(?:a|an)\s[^.;:]*?,\s*(?=(?:have|has|had|were|was|are)\s)/i, '$1 ');
  // A verb right before the number takes it as its object ("killed 49 people and wounded 53"): that verb wins.
  let a = fromBefore ? null : metricAfter(readTail);
  // "killed Ambassador J. Christopher Stevens and three other Americans": the verb before the first conjunct
  if (!a && conj && !fromBefore) fromBefore = figureFromBefore(bare.slice(0, conj.group));
  // "more than 2,300 American soldiers and 450 British troops had died": two counts of two groups under one
  // predicate, each a figure of its own when a bound keeps them from being one sum ("20 first-graders and six staff
  // were killed" is 26)
  if (!a && !fromBefore && !m.vague) {
    const next = new RegExp(
      String.raw`^((?:\s+[\w.'’-]+){1,4}?)\s+and\s+((?:(?:more than|over|at least|about|some|nearly|almost|around)\s+)?)(?:\d[\d,]*|${SMALL_WORD})\b`,
      'i',
    ).exec(readTail);
    if (next && (qual || next[2]) && !predicateWord(next[1])) {
      const rest = readTail.slice(next[0].length);
      const shared = metricAfter(rest);
      if (shared && shared.np.text)
        a = { ...shared, np: { text: next[1].trim(), end: next[1].length }, predicateEnd: 0 };
    }
  }
  // "two journalists and their driver were killed": a named person joined after the counted group
  let named = 0;
  if (!a && !fromBefore) {
    const after1 = NAMED_AFTER.exec(readTail);
    if (after1 && !predicateWord(after1[1])) {
      const rest = metricAfter(readTail.slice(after1[0].length));
      if (rest) {
        a = {
          ...rest,
          np: { text: after1[1].trim(), end: after1[0].length + rest.np.end },
          predicateEnd: after1[0].length + rest.predicateEnd,
        };
        named = 1;
      }
    }
  }
  if (a) {
    // "two students killed 13 people", "two bombings killed at least 45": the number is the agent, not the victims
    if (
      /^missing$/i.test(a.predicate.trim()) &&
      /^\s+(?:their|his|her|the|a|an|our|my)\b/i.test(readTail.slice(a.predicateEnd))
    )
      return null;
    // ("two assailants shot and killed a reporter", "attacks at five sites that killed 120 people": no passive)
    // (a day or a month after the verb is when, not whom: "80 people were killed and 231 injured Saturday")
    if (
      !/\b(?:were|was|are|is|be|been|being)\b/i.test(a.aux) &&
      !TIME_AFTER_VERB.test(readTail.slice(a.predicateEnd)) &&
      /^(?:killed|slain|massacred|murdered|executed|shot dead|gunned down|injured|wounded|hurt|maimed|detained|arrested|jailed|imprisoned|displaced|uprooted)$/i.test(
        a.predicate.trim(),
      ) &&
      new RegExp(
        String.raw`^\s+(?:at least|more than|nearly|almost|about|some|up to|as many as|over|around|an estimated|\d|a |an |the |his |her |their |(?:${SMALL_WORD}|one)\b|dozens|hundreds|thousands|scores|millions|people|civilians|[A-Z])`,
      ).test(readTail.slice(a.predicateEnd))
    )
      return null;
    // "21 million that vanished": a relative clause about a thing the sentence named before
    if (!a.np.text && /^\s*(?:that|which)\b/i.test(readTail)) return null;
    // "the killing of the three teens had been arrested": the count sits inside another subject
    // (a relative clause is the counted people's own: "the lives of the four Americans who perished")
    if (a.aux && !/^(?:who|that)\b/i.test(a.aux) && /\bof\s+(?:the\s+)?$/i.test(bare) && !m.vague) return null;
    metric = a.metric;
    subject = readNounPhrase(readTail).text.replace(/^of\s+/i, '');
    if (named) {
      if (low !== null) low += named;
      if (high !== null) high += named;
      end += a.np.end;
    } else if (conj?.value) end += a.np.end;
    if (metric === 'refugees' || metric === 'displaced') {
      // Refugees or displaced counted where they are now ("refugees living in Syria", "refugees in Lebanon") are
      // a part of some population, not the total: kept as their own series. "within the country" is what
      // displaced means, not a place.
      const phrase = (readTail.slice(0, a.predicateEnd) + readTail.slice(a.predicateEnd).split(/[,;.]/)[0])
        .replace(/^[\s,]+/, '')
        .replace(/\s+/g, ' ');
      const located =
        /^(.*?\b(?:living|staying|sheltering|hosted|in|inside)\s+(?:the\s+)?(?!country\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)/.exec(
          phrase,
        );
      if (located && !/\b(?:fled|crossed|escaped|poured|streamed)\b/i.test(located[1])) population = located[1].trim();
    }
  } else if (fromBefore) {
    metric = fromBefore;
    const pn = PEOPLE_NOUN.exec(tail);
    subject = pn ? pn[0].trim().replace(/^of\s+/i, '') : '';
    // "killed millions of animals": no casualties of this kind
    if (pn && ANIMALS.test(tail.slice(0, pn[0].length + 40).split(/[,;.]/)[0])) return null;
    // "killed two police officers and a soldier" is three
    const joined = pn && pn[0] ? NAMED_AFTER_NOUN.exec(tail.slice(pn[0].length)) : null;
    // "the killing of 12 students and two teachers" is 14 (not "killed 49 people and 53 were wounded")
    // (the counted noun may be any plural: "15 first-graders and four educators")
    const noun = pn && pn[0] ? pn : /^\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*s\b/.exec(tail);
    const second =
      noun && noun[0] && !conj?.value && !m.vague && !qual
        ? (new RegExp(
            String.raw`^\s+and\s+(${SMALL_WORD}|\d{1,3}(?:,\d{3})*|\d+)\s+(?:other\s+)?[a-z][\w'’-]*\b(?!\s+(?:were|was|are|is|had|have|has|been)\b)`,
            'i',
          ).exec(tail.slice(noun[0].length)) ??
          // "murdered eight staff members at the newspaper along with four other people" is 12: past a place, or
          // "along with", only "N other(s)" is another group of the same victims
          new RegExp(
            String.raw`^(?:\s+(?:at|in|on|inside)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s*,?\s+(?:and|along with|as well as|together with)\s+(${SMALL_WORD}|\d{1,3}(?:,\d{3})*|\d+)\s+others?\b(?:\s+[a-z][\w'’-]*s\b)?(?!\s+(?:were|was|are|is|had|have|has|been)\b)`,
            'i',
          ).exec(tail.slice(noun[0].length)))
        : null;
    // the group after "and" with a predicate of its own is another clause's ("killed 8 soldiers and 20 other people
    // were injured"), whichever words the pattern above backtracked to
    const ownPredicate =
      second &&
      PREDICATE_AFTER_LIST.test(
        tail.slice(noun![0].length + (second.index ?? 0) + second[0].indexOf(second[1]) + second[1].length),
      );
    const addend = second && !ownPredicate ? parseNumber(second[1]) : null;
    if (joined && !predicateWord(joined[1]) && !conj?.value) {
      if (low !== null) low += 1;
      if (high !== null) high += 1;
      end += pn![0].length + joined[0].length;
    } else if (
      addend &&
      !addend.vague &&
      !predicateWord(second![0].replace(/^.*?\b(?:and|with)\s+\S+(?:\s+others?\b)?/i, ''))
    ) {
      if (low !== null) low += addend.value;
      if (high !== null) high += addend.value;
      end += noun![0].length + second![0].length;
    } else if (conj?.value && pn) end += pn[0].length;
    // "hosts 1 million refugees": a host verb counts refugees only when refugees are the noun
    // (or when the noun is left out after a parallel clause that gave it: "he resettled 10,565 refugees and his
    // predecessor resettled 14,841")
    if (
      metric === 'refugees' &&
      REFUGEE_HOST_VERB.test(bare) &&
      !/refugee|asylum|displaced/i.test(subject) &&
      !(DEMONYM_PLURAL.test(subject) && COUNTRY_HOST.test(bare)) &&
      !(!subject && elidedMetric(sentence, start, end, all) === 'refugees')
    )
      return null;
    // "to accept 40,000 refugees", "will resettle 10,000": a plan or a quota, not people who came
    if (
      metric === 'refugees' &&
      /\b(?:to|will|would|could|should|must|might|may|shall)\s+(?:\w+\s+)?$/i.test(bare.replace(REFUGEE_HOST_VERB, ''))
    )
      return null;
  }
  // "the authorities had made at least four arrests": arrests made are people detained
  // ("the student protests led to dozens of arrests", "the raids resulted in 40 arrests": arrests an event caused)
  if (
    !metric &&
    /\b(?:made|make|makes|making|carried out|led to|lead to|leading to|resulted in|resulting in)\s+$/i.test(bare) &&
    /^\s+(?:of\s+)?arrests\b/i.test(tail)
  )
    metric = 'detained';
  // An elliptical figure compared with the one before it takes its metric: "CDC data counted 11,078 gun homicide
  // deaths, compared with 18,253 in 1993", "up from 12 a year earlier"; and so do the counts joined to that one
  // ("283 fatalities reported Sunday compared with over 1,200 on May 21 and over 2,600 on April 21")
  if (!metric && priorMetrics.length && COMPARED_WITH_BEFORE.test(bare)) metric = priorMetrics[priorMetrics.length - 1];
  if (!metric && !qual && !increment) metric = partOfToll(sentence, m, before, priorMetrics, previousMetrics);
  // The general reading: what the number is to the words around it, whatever the sentence is about ("an attack that
  // left at least several dozen of them dead", "the assassination of Ambassador X and three other Americans")
  if (!metric && !increment) {
    const c = readClause(sentence, figureStart, end);
    // (a name before "and three other Americans" is counted once: by the conjoined group read above, or here)
    if (c && (!conj?.value || c.added)) {
      metric = c.metric;
      if (!conj?.value) {
        if (low !== null) low += c.added;
        if (high !== null) high += c.added;
        if (c.added) start = sentence.lastIndexOf(' of ', start) + 4;
      }
    }
  }
  // The general reading, last: a count of people (a noun WordNet files as a person kind) and the first word of their
  // clause that names a metric ("90 senior to midlevel leaders were killed", "two clinic personnel killed by a
  // gunman", "1 Danish citizen, aged 40, killed"); see figures-general.ts
  if (!metric && !increment) {
    const g = readGeneral(sentence, figureStart, end);
    if (g) {
      metric = g.metric;
      subject = g.group;
    }
  }
  // The noun phrase and its coordination: a count a casualty noun stands to, with the people joined to it ("161
  // arrests", "the deaths of the envoy and three other diplomats", "deaths at 78,000"); see figures-nominal.ts
  if (!metric && !increment) {
    const counts: Count[] = all.map((x) => ({
      start: x.start,
      end: x.end,
      value: x.value,
      lead: x === m ? figureStart : x.start,
      open: !!x.vague || (x !== m && qualifierOf(sentence.slice(0, x.start)) !== null),
    }));
    const own = counts[all.indexOf(m)];
    const n = own ? readNominal(sentence, own, counts, bare) : null;
    if (n) {
      metric = n.metric;
      subject = n.noun;
      // (the people before the number that listBefore or conjunctBefore already added are counted once; where the
      // coordination of person phrases opens before theirs, it is the one read: "the death of the envoy to the island
      // and three other diplomats" joins the envoy, not the island)
      const replace = !!conj?.value && n.start < start && (n.relation === 'of' || n.relation === 'included');
      const added = replace ? n.added - conj!.value : conj?.value ? 0 : n.added;
      if (low !== null) low += added;
      if (high !== null) high += added;
      if (added || replace) start = Math.min(start, n.start);
      end = Math.max(end, n.end);
    }
  }
  // A count told as the level of "the number of …" before it: "The number of missing is in the thousands", "the
  // number of people who have fled the country has risen above 2 million" (figures-level.ts)
  // A bare count whose casualty noun a parallel clause gave: "Spain reported 864 deaths, while France registered 509"
  // (figures-ellipsis.ts)
  if (!metric && !increment && !m.vague) metric = elidedMetric(sentence, start, end, all);
  if (!metric && !increment) {
    const level = levelOfNumber(sentence, figureStart);
    if (level) {
      metric = level.metric;
      subject = level.phrase;
    }
  }
  if (!metric) return null;
  // "injured 210 people, including the 12 fatalities": the hurt counted with the dead is a combined count
  if (
    metric === 'injured' &&
    /^\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+including\s+(?:the\s+|those\s+)?(?:[\w-]+\s+)?(?:fatalities|deaths|dead|killed|people killed)\b/i.test(
      sentence.slice(end),
    )
  )
    metric = 'killed-or-injured';
  if (
    increment &&
    (priorMetrics.includes(metric) || (earlierMetrics.includes(metric) && !DAY_OF_ITS_OWN.test(sentence.slice(m.end))))
  )
    return null;
  // "the 10-month-old uprising in which thousands ...": fine; but "troops" counted with "were in the city" never
  // reaches here because no predicate matched.
  const display = sentence.slice(start, end).replace(/\s+/g, ' ').trim();
  return { metric, low, high, qualifier, vague: m.vague, display, start, end, subject, population };
}

/**
 * A part of a toll told before it in the sentence, by what its people were: "the quake killed more than 2,000, and
 * the ministry said about 600 of those were children", "Most of the dead were pilgrims, and six were Pakistani
 * citizens". The toll's metric, when the part's predicate is a copula and a group of people ("two of them were
 * foreign nationals" with no toll before is none).
 */
function partOfToll(
  sentence: string,
  m: Mention,
  before: string,
  priorMetrics: Metric[],
  previousMetrics: Metric[] = [],
): Metric | null {
  if (
    !new RegExp(
      String.raw`^\s+(?:of\s+(?:those|them|these)\s+)?(?:were|was)\s+(?:[\w'’-]+\s+){0,2}?(?:children|kids|women|men|girls|boys|teenagers|civilians|nationals|citizens|residents|students|soldiers|officers|police officers|foreigners|tourists|[A-Z][a-z]+(?:ans|is|ese))\b`,
    ).test(sentence.slice(m.end)) &&
    !thenPart(sentence, m, before, previousMetrics)
  )
    return null;
  if (priorMetrics.length) return priorMetrics[priorMetrics.length - 1];
  // "Eight people died in the crash. Five of them were friends from one town.": a part of the toll just told
  if (thenPart(sentence, m, before, previousMetrics)) return previousMetrics[previousMetrics.length - 1];
  const group = /\b(?:the|those)\s+(dead|killed|injured|wounded|victims)\b/i.exec(before);
  return group ? (/^(?:injured|wounded)$/i.test(group[1]) ? 'injured' : 'killed') : null;
}

/**
 * A sentence opening on a part of the people the sentence before counted, told by what they were: "Five of them were
 * friends from one town" after "Eight people died". The group a person kind by WordNet, or a plural the list above
 * holds.
 */
function thenPart(sentence: string, m: Mention, before: string, previousMetrics: Metric[]): boolean {
  if (!previousMetrics.length || before.trim() !== '') return false;
  const g = /^\s+of\s+(?:them|those|these)\s+(?:were|was)\s+(?:[\w'’-]+\s+){0,2}?([a-z][\w'’-]*s)\b/.exec(
    sentence.slice(m.end),
  );
  return !!g && personGroup(g[1]);
}

/** A group named by its toll word, with at most a number before it: "of the four injured", "of the dead". */
const PART_OF_COUNTED = new RegExp(
  String.raw`^\s+of\s+(?:the|those|these)\s+(?:(?:\d[\d,]*|${SMALL_WORD})\s+)?(injured|wounded|dead|killed|hospitali[sz]ed|arrested|detained|missing|displaced|refugees)\b`,
  'i',
);
const COUNTED_GROUP: Record<string, Metric> = {
  injured: 'injured',
  wounded: 'injured',
  hospitalized: 'injured',
  hospitalised: 'injured',
  dead: 'killed',
  killed: 'killed',
  arrested: 'detained',
  detained: 'detained',
  missing: 'missing',
  displaced: 'displaced',
  refugees: 'refugees',
};

/** A part of a group ("eight of them", "102 of the suspects"): a figure only when its own predicate names a metric. */
function readPart(
  sentence: string,
  m: Mention,
  before: string,
  priorMetrics: Metric[] = [],
  previousMetrics: Metric[] = [],
): Raw | null {
  const qual = qualifierOf(before);
  const c = readClause(sentence, m.start, m.end);
  // or the object of a verb before it: "the bastards who killed 3,000 of us"
  const verb = figureFromBefore(qual ? before.slice(0, before.lastIndexOf(qual.text)) : before);
  const metric =
    (c && c.relation !== 'nominal' ? c.metric : verb) ?? partOfToll(sentence, m, before, priorMetrics, previousMetrics);
  if (!metric) return null;
  // the object of a verb picked out of things: "the crisis hurt one of the region's fastest growing economies"
  if (!(c && c.relation !== 'nominal') && partOfThings(sentence.slice(m.end))) return null;
  // "Three of the five wounded were in critical condition": a part of a group counted by the same metric is a
  // detail of that count, not another figure ("five of the injured later died" is: a death among the wounded)
  const group = PART_OF_COUNTED.exec(sentence.slice(m.end));
  if (group && COUNTED_GROUP[group[1].toLowerCase()] === metric) return null;
  const qualifier: Qualifier = qual?.q ?? 'exact';
  const start = qual ? before.lastIndexOf(qual.text) : m.start;
  return {
    metric,
    low: qualifier === 'up-to' ? null : m.value,
    high: qualifier === 'over' || qualifier === 'at-least' ? null : m.value,
    qualifier,
    vague: null,
    display: sentence.slice(start, m.end),
    start,
    end: m.end,
    subject: /^\s+of\s+((?:\w+\s+)?[\w'’-]+)/.exec(sentence.slice(m.end))?.[1] ?? '',
    population: null,
  };
}

/**
 * Whether a relative clause on the counted people tells what befell them, by the meaning of its verb: "the three
 * marines who were killed last spring", "the four Americans who perished" (a fact, whatever the clause around it
 * supposes).
 */
function ownRelative(after: string): boolean {
  // (the verb, or the word after an adverb: "who were later killed")
  const r =
    /^\s+(?:[\w'’-]+\s+){0,3}(?:that|who)\s+(?:(?:were|was|had been|have been|had|have)\s+)?([a-z]+)(?:\s+([a-z]+))?/i.exec(
      after,
    );
  return !!r && [r[1], r[2]].some((w) => !!w && (w === 'shot' || metricOfWord(w, 'predicate') !== null));
}

/** A day or a month named right after a verb: the time of the act, not its object ("231 injured Saturday"). */
const TIME_AFTER_VERB = new RegExp(String.raw`^\s+(?:${WEEKDAY_NAMES}|${MONTH_NAMES})\b\.?(?!\s+[A-Z])`);
const ANIMALS =
  /\b(?:horses|cattle|animals|dogs|cats|birds|fish|sheep|cows|livestock|pigs|chickens|goats|camels|whales|dolphins|bees|wildlife)\b/i;

/** A weekday or "yesterday" after a count: the day the count is of. */
const DAY_OF_ITS_OWN = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES}|yesterday|overnight)\b`);

/** Stretches of a sentence that are a web page's related links (see extractFigures). */
function LINK_RUNS(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(/\b[A-Z][a-z]+(?:[A-Z][a-z]|\d{4}\b)[^]*?(?<=[a-z0-9)’'"]\s)MORE\b/g))
    out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}
/** A study's, a trial's or a test's people right before the count (the qualifier included). */
const SAMPLE_BEFORE =
  /\b(?:(?:study|studies|survey|trial|analysis|review|sample|cohort)\s+of|analy[sz]ed|studied|surveyed|tested|screened|enrolled|sampled|polled|examined)\s+(?:data\s+(?:on|from)\s+)?(?:(?:more than|over|at least|some|about|around|nearly|almost|roughly|an estimated|approximately)\s+)?$/i;

/** Whether a counted phrase's last word is a kind of person ("clinic personnel", "Danish citizens"). */
function personGroup(subject: string): boolean {
  const head = /([A-Za-z][\w'’-]*)\s*$/.exec(subject)?.[1];
  return !!head && isPersonKind(head, baseForms(head, lemmaOf(head)).find((b) => b.pos === 'n')?.lemma ?? head);
}

/**
 * A count listed after a figure by place, its predicate left out: "reported at least 35 dead in Amatrice, 11 in
 * Accumoli, near Rieti, and 17 in the province of Ascoli" is three counts of the dead, each "at least" as the first
 * (the qualifier before a list reaches every item that has none of its own). Both the figure and the count are told
 * "in" a place; nothing but places stands between them.
 */
function listedAfter(sentence: string, m: Mention, last: Figure): Raw | null {
  const lastEnd = sentence.indexOf(last.display) + last.display.length;
  if (lastEnd < last.display.length || lastEnd > m.start || m.vague) return null;
  const IN_PLACE = /^\s+in\s+(?:the\s+(?:[a-z]+\s+){1,2}(?:of\s+)?)?[A-Z]/;
  if (!/^\s+(?:[a-z]+\s+){0,2}in\s+(?:the\s+)?[A-Z]/.test(sentence.slice(lastEnd))) return null;
  if (!IN_PLACE.test(sentence.slice(m.end))) return null;
  const between = sentence.slice(lastEnd, m.start);
  if (!/,\s*(?:and\s+)?$/.test(between) || /[;:.]\s|["“”]/.test(between) || between.length > 120) return null;
  // only places between: each comma-separated piece opens on "in"/"near" or a name
  const pieces = between.split(',').slice(1, -1);
  if (pieces.some((p) => !/^\s*(?:(?:in|near|outside)\s+)?(?:the\s+)?[A-Z]/.test(p))) return null;
  const own = qualifierOf(sentence.slice(0, m.start));
  const qualifier: Qualifier =
    own && own.text && sentence.slice(0, m.start).endsWith(own.text + ' ') ? own.q : last.qualifier;
  if (qualifier === 'range' || qualifier === 'vague') return null;
  return {
    metric: last.metric,
    low: qualifier === 'up-to' ? null : m.value,
    high: qualifier === 'over' || qualifier === 'at-least' ? null : m.value,
    qualifier,
    vague: null,
    display: m.raw,
    start: m.start,
    end: m.end,
    subject: '',
    population: null,
  };
}

/**
 * A figure a second reader proposes for a number the rules read none in: its metric from the reader, its bounds and
 * qualifier as any figure's (readBounds), its counted noun phrase as written. It then passes the guards every figure
 * passes, and finish() gives it its estimator and its day. No reader is asked by default: the learned one tried
 * (bench/fit-toll-proposer.ts) gained nothing in cross-validation (docs/measured/toll.md, 2026-12-03), and the option
 * stays for the bench that fits and measures such readers.
 */
function proposed(
  sentence: string,
  m: Mention,
  all: Mention[],
  here: Metric[],
  previous: Figure[],
  propose: Proposer,
): Raw | null {
  const bounds = readBounds(sentence, m, all);
  const metric = propose({
    sentence,
    mention: m,
    qualifier: bounds.qualifier,
    here,
    previous: previous.map((f) => f.metric),
  });
  if (!metric) return null;
  const { low, high, qualifier, start, end } = bounds;
  const display = sentence.slice(start, end).replace(/\s+/g, ' ').trim();
  const subject = readNounPhrase(sentence.slice(end)).text;
  return { metric, low, high, qualifier, vague: m.vague, display, start, end, subject, population: null };
}

/** What a second reader is told of a number the rules read no figure in. */
export interface Candidate {
  sentence: string;
  mention: Mention;
  /** How the number is bounded as written (readBounds). */
  qualifier: Qualifier;
  /** Metrics of the figures the rules read earlier in this sentence, and in the sentence before. */
  here: Metric[];
  previous: Metric[];
}

/** A second reader: the metric it proposes for a number the rules read no figure in, or null. */
export type Proposer = (c: Candidate) => Metric | null;

/** Figures of one article, in sentence order. */
export function extractFigures(
  article: Pick<Article, 'id' | 'published' | 'sentences'> & { paragraphs?: string[] },
  options: { propose?: Proposer } = {},
): Figure[] {
  const { propose } = options;
  const reference = articleNewsDay(article);
  const texts = article.sentences.map((s) => s.text);
  const out: Figure[] = [];
  const speakerAt = quotedBy(article);
  texts.forEach((sentence, i) => {
    const ms = mentions(sentence);
    if (!ms.length) return;
    const consumed = new Set<number>();
    const breakdowns = [...sentence.matchAll(BREAKDOWN)].map((b) => [
      b.index + b[0].length - b[1].length,
      b.index + b[0].length,
    ]);
    for (const m of ms) {
      if (consumed.has(m.start)) continue;
      // the parts of a count broken down after it ("three suspects, one female, two male, are in custody") are no
      // figures of their own: the count is
      if (breakdowns.some(([a, b]) => m.start >= a && m.start < b)) continue;
      const priorMetrics = out.filter((f) => f.sentenceIndex === i).map((f) => f.metric);
      const last = out.filter((f) => f.sentenceIndex === i).at(-1);
      const earlierMetrics = out.filter((f) => f.sentenceIndex < i).map((f) => f.metric);
      const raw =
        readFigure(
          sentence,
          m,
          ms,
          priorMetrics,
          earlierMetrics,
          out.filter((f) => f.sentenceIndex === i - 1).map((f) => f.metric),
        ) ??
        (last ? listedAfter(sentence, m, last) : null) ??
        (propose
          ? proposed(
              sentence,
              m,
              ms,
              priorMetrics,
              out.filter((f) => f.sentenceIndex === i - 1),
              propose,
            )
          : null);
      if (!raw) continue;
      for (const x of ms) if (x.start >= raw.start && x.end <= raw.end) consumed.add(x.start);
      // A web page's run of related links, copied in with the text: a name glued to the next headline ("Sen. Jane
      // Roe Jane Alice RoeVoters rally at forum ...", "... Roe2020 hopefuls meet ...") and headlines up to "MORE"
      // ("... charged over 3 deaths at a clinic ... MORE"): no figure of this article
      if (LINK_RUNS(sentence).some(([a, b]) => raw.start >= a && raw.start < b)) continue;
      // People a study, a trial or a test took in are a sample, not casualties: "A study of about 40,000 hospitalized
      // adults found no benefit", "The trial enrolled 1,800 patients who had been hospitalized", "the county said it
      // tested three people with flu symptoms"
      if (SAMPLE_BEFORE.test(sentence.slice(0, raw.start))) continue;
      // an adverbial opening ("After averaging 55 police deaths per year for a decade, the number of deaths fell to
      // 27 in 2013") tells of another time: its rate is not this figure's
      const clause = clauseAround(sentence, raw.start, raw.end);
      const openingAdverbial =
        /^(?:After|Before|Since|Despite|Compared|Unlike|Like|While|Although|Though|Following)\b[^,]*,/.exec(sentence);
      if (
        RATE.test(
          openingAdverbial && openingAdverbial[0].length <= raw.start
            ? clause.replace(openingAdverbial[0], '')
            : clause,
        )
      )
        continue; // a flow per day is not a count that stands at a date
      // "Netanyahu speaks with Sorin Hershko, one of the Israeli soldiers wounded in Operation Entebbe": "one of" set off
      // as an apposition picks a named person out of a group, it counts none ("police shot one of the occupiers dead"
      // counts one)
      if (
        /^one$/i.test(raw.display) &&
        /,\s*$/.test(sentence.slice(0, raw.start)) &&
        /^\s+of\s+(?:the|his|her|their|its|our|my|your|those|these)\b/i.test(sentence.slice(raw.end))
      )
        continue;
      // "counties with fewer than 10 reported deaths": places sorted by a count, no toll
      const sortedBy = /\b([a-z]+s)\s+with\s+$/i.exec(sentence.slice(0, raw.start));
      if (sortedBy && isPlaceKind(sortedBy[1])) continue;
      // "the dispute between the two bodies", "the two ethics bodies": bodies are corpses only where the sentence
      // tells of death or of finding them ("the bodies of 12 men were found", "two bodies lay in the street")
      if (
        /^(?:[\w-]+\s+){0,2}?bod(?:y|ies)\b/i.test(raw.subject) &&
        !/\b(?:dead|death|deaths|die[ds]?|killed|killings?|murder\w*|slain|shot|found|recovered|discovered|identified|unidentified|buried|burned|charred|pulled|dumped|lay|lying|morgue|remains|retrieved|exhumed|graves?|mutilated|decomposed|washed|bearing|victims?|casualties)\b/i.test(
          sentence,
        )
      )
        continue;
      // "There could be 100 deaths", "a plan to bring 10,000 refugees", "threatened to kill 30": a hypothesis, a
      // plan or a threat, not a count
      const [cs] = commaClause(sentence, raw.start, raw.end);
      // A relative clause on the war or the attack states what happened, whatever the clause around it supposes:
      // "it would allow Assad to continue a war that has already cost more than 100,000 lives", "would have stopped
      // the December massacre, in which 20 first-graders and six staff were killed".
      // ("prefer that", "warned that": a complement, not a relative clause)
      const rel =
        /^.*\b(?:(?<!\b(?:say|says|said|prefer|prefers|hope|hopes|hoped|fear|fears|feared|warn|warns|warned|think|thinks|thought|believe|believes|believed|know|knew|expect|expects|expected|claim|claims|claimed|suggest|suggests|suggested|argue|argues|argued|mean|means|meant|show|shows|showed|find|finds|found|estimate|estimates|estimated|predict|predicts|predicted|worry|worries|worried|is|was|are|were|so|such|now)\s+)that|which|who|in which|during which|where|when)\s+/i.exec(
          sentence.slice(cs, raw.start),
        );
      // (not a relative clause on a supposition: "researchers produced a worst-case scenario in which 2.2 million
      // Americans died")
      const supposed =
        rel !== null &&
        /\b(?:scenarios?|projections?|forecasts?|predictions?|simulations?|models?)\s*,?\s*(?:in which|where|that|which)\s+$/i.test(
          rel[0],
        );
      if (supposed) continue;
      let lead = sentence.slice(cs + (rel ? rel[0].length : 0), raw.start);
      // A second predicate of its own is a fact whatever the first supposed: "a war that no one wanted and cost tens
      // of thousands of lives" (a modal or an infinitive shared by both, "would kill and wound 30", "vowed to kill
      // and maim 30", stays one supposition)
      // ("was poorly planned and left only the two assailants dead": the verb and its object's first words)
      const conjoined =
        /\b(?:and|but)\s+(?:(?:has|have|had|already|also|eventually|ultimately)\s+)*[a-z]+(?:\s+[a-z]+){0,3}\s+$/.exec(
          lead,
        );
      if (
        conjoined &&
        !/\b(?:could|would|might|will|may|must|should|shall|can|to)\b/i.test(
          lead.slice(0, conjoined.index).split(/\s+/).slice(-7).join(' '),
        )
      )
        lead = conjoined[0];
      // A clause opened by "before", "after" or "since" with a subject and a verb in the past tells what happened,
      // whatever the clause it hangs on supposed: "could be a future school shooter more than a month before Smith
      // killed 17 people"
      const told =
        /\b(?:before|after|since)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|he|she|they|we|the\s+[a-z]+|an?\s+[a-z]+)\s+(?:[a-z]+ed|shot|slew|left|hit|took)\s+$/.exec(
          lead,
        );
      if (told) lead = told[0];
      // A toll named as a noun inside the supposition is still a fact: "a breakdown that might have led to the killing
      // of four Americans", "could face charges for killing five people", "failing to prevent the killing of
      // hundreds of protesters" (the supposition is about a cause or a charge; the dead are dead)
      // (the noun by its meaning: "to avenge the assassination of Ambassador X and three other Americans")
      const nounOf = /\b(?:of|for|over|in|to|with|after|by)\s+(?:the\s+)?([A-Za-z]+)\s+of\s+(?:[\w-]+\s+)?$/i.exec(
        sentence.slice(0, raw.start),
      );
      const named =
        /\b(?:of|for|over|in|to|with|after|by)\s+(?:the\s+)?(?:killing|murdering|massacring|slaying)\s+(?:[\w-]+\s+)?$/i.test(
          sentence.slice(0, raw.start),
        ) ||
        (nounOf !== null && (/^(?:shootings?|wounding)$/i.test(nounOf[1]) || metricOfWord(nounOf[1], 'noun') !== null));
      if (
        !named &&
        // a relative clause on the counted group states what happened, whatever the clause around it asks or
        // supposes: "Would you explain that to the families of the three marines who were killed last spring?"
        !ownRelative(sentence.slice(raw.end)) &&
        /\b(?:could|would|might|will|if|unless|plans?|planned|planning|proposals?|proposed|proposes|proposing|wants?|(?<!\b(?:was|were|is|are|been|be)\s+)wanted|potential(?:ly)?|threaten(?:ed|s|ing)?|vow(?:ed|s)?|pledge[ds]?|promise[ds]?|aims?|seeks?|seeking|hopes?|hoping|let's|let us|expected to|expects? to|maybe|perhaps|project(?:ed|s|ions?)?|forecasts?|predict(?:ed|s|ions?)?|(?:in|over) the (?:coming|next) (?:days|weeks|months|years|decades)|models?|prevent(?:ed|ing|s)?|avert(?:ed|ing|s)?|sav(?:e|ed|es|ing)|spared?)\b/i.test(
          lead,
        )
      )
        continue;
      // a projection named after the count: "warned Americans to brace for 100,000 to 240,000 deaths projected in the
      // U.S."
      if (
        /^\s+(?:[\w-]+\s+){0,2}(?:projected|forecast|predicted|modeled|modelled)\b(?!\s+(?:that|by)\b)/i.test(
          sentence.slice(raw.end),
        )
      )
        continue;
      // what did not happen: "a trained guard may stop the gunman instead of him killing a dozen more", "rather
      // than shooting 20 people"
      if (/\b(?:instead of|rather than)\s+(?:[\w'’-]+\s+){0,3}$/i.test(lead)) continue;
      // a change, not a level: "an increase of 9,798", "6,161 deaths higher", "12 more deaths"
      // ("wounding a dozen more before crashing": the others of the same attack, not an increment)
      // ("more than 60 people were dead, and close to 200 more were injured": after a count of something else,
      // "more" names other people, not an increment)
      // ("Five more people were killed in two attacks Thursday and Friday", "reported another 40 dead on Monday": an
      // increment told with a day of its own is that day's count)
      // ("Dozens more were missing or feared dead" after a sentence of the dead and the injured: other people)
      const before1 = out.filter((f) => f.sentenceIndex === i - 1).map((f) => f.metric);
      const others =
        ((priorMetrics.length > 0 || (sentence.slice(0, raw.start).trim() === '' && before1.length > 0)) &&
          ![...priorMetrics, ...before1].includes(raw.metric) &&
          /^\s+more\b/i.test(sentence.slice(raw.end))) ||
        (!priorMetrics.length && DAY_OF_ITS_OWN.test(sentence.slice(raw.end)));
      if (
        /\b(?:increase|increases|rise|jump|drop|decrease|decline|fall)\b[^,.;]{0,60}\b(?:of|by)\s+(?:\w+\s+)?$/i.test(
          lead,
        ) ||
        (!others &&
          /^\s+(?:more|fewer|additional)\s+(?!than\b|(?:before|after|in|on|at|during|when|while|and|but|as|since|inside|near)\b)/i.test(
            sentence.slice(raw.end),
          )) ||
        // (not a second count joined by "and": "509 and more than 4,000 in all")
        /^\s+(?!(?:and|or)\s)[\w-]+\s+(?:more|fewer|higher|lower)\s+than\b/i.test(sentence.slice(raw.end))
      )
        continue;
      // a threshold, not a count: "a definition of four deaths or more", "five or more people"
      if (/^\s+(?:[\w-]+\s+){0,2}or (?:more|fewer|less)\b/i.test(sentence.slice(raw.end))) continue;
      // animals are no casualties of this kind (a few by name, any by WordNet: "8,000 koalas have died")
      if (ANIMALS.test(raw.subject) || countsAnimals(raw.subject)) continue;
      // things counted, not people: "four trains of asylum-seekers have arrived"
      if (countsThings(raw.subject)) continue;
      // events or categories counted, not people: "365 drone strikes that have killed", "35 causes of death"
      if (
        /\b(?:causes|types|kinds|forms|ways|strikes|airstrikes|attacks|incidents|accidents|shootings|bombings|crashes|raids|explosions|cases|reasons|bombs|shells|rockets|missiles|grenades|bullets|shots|devices|vehicles|trucks|cars|planes|drones|mines|mass)\b/i.test(
          raw.subject.replace(/\b(?:deaths?|dead|bodies|casualties|injuries|fatalities)\b.*$/i, ''),
        )
      )
        continue;
      // "3.6 gun deaths per 100,000 people", "337 died in the previous 24 hours": rates
      if (
        /^[^.;]{0,40}?(?:\bper\s+|(?<!\d)\/\s*)(?:\d|capita|cent|million|thousand|hundred)|^[^.;]{0,60}?\bin (?:the )?(?:previous|past|last) 24 hours|^[^.;]{0,40}?\bin (?:a single|one) day\b/i.test(
          sentence.slice(raw.end),
        )
      )
        continue;
      // "to" before the number is an infinitive's ("threatened to kill 30", "plans to bring 10,000") or a change's
      // ("rose to 100"); not a preposition before a determiner or a gerund ("a memorial to the six miners killed
      // last winter", "admitted to killing two other women"), nor one whose object is itself a toll ("the policy led to
      // thousands of needless deaths")
      const toObject =
        /\bto\s+(?:the|those|these|his|her|their|its|our|all|[a-z]+ing)\s+$/i.test(sentence.slice(0, raw.start)) ||
        (/\bto\s+$/i.test(sentence.slice(0, raw.start)) &&
          /^\s+(?:of\s+)?(?:[a-z]+\s+)?(?:deaths|casualties|fatalities|injuries|arrests)\b/i.test(
            sentence.slice(raw.end),
          )) ||
        // "a plaque dedicated to two clinic workers killed by a gunman": an infinitive has its verb before the count;
        // "to" right before a count of people is a preposition
        (/\bto\s+$/i.test(sentence.slice(0, raw.start)) && personGroup(raw.subject)) ||
        // "officials were relieved to see fewer than 300 deaths": a feeling at what was seen or heard tells a fact
        perceivedFact(sentence.slice(0, raw.start)) ||
        // "a gunman used an assault rifle to kill 58 people": an implicative verb in the past tells the act was done
        realizedInfinitive(sentence.slice(0, raw.start));
      if (
        !toObject &&
        /\bto\s+(?:\w+\s+)?$/i.test(
          sentence
            .slice(0, raw.start)
            .replace(
              /\s*(?:more than|over|at least|some|about|around|nearly|almost|up to|as many as|close to|closer to|an estimated)\s*$/i,
              ' ',
            ),
        ) &&
        !/\b(?:rose|risen|rising|climbed|jumped|increased|brought|bringing|raising|raised|fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|down|toll|number|count|tally|total|up)\s+(?:\w+\s+){0,3}to\s+(?:\w+\s+)?$/i.test(
          sentence.slice(0, raw.start),
        )
      )
        continue;
      // An article with no date gives figures no day to stand at: they cannot be placed on a timeline.
      const f = finish(raw, sentence, i, texts, reference, article.published);
      // a toll inside a quotation that names no source of its own is its speaker's
      if (f && !f.estimator) {
        const speaker = speakerAt(i, raw.start);
        if (speaker) {
          f.estimator = speaker;
          f.estimatorKey = estimatorKey(speaker);
        }
      }
      // a sentence that names no source, under a paragraph that opens with one ("According to the ministry, …")
      if (f && !f.estimator && !attributions(sentence).length && !speakerAt(i, raw.start)) {
        const carried = paragraphSource(article.sentences, i, (t) => attributions(t).length > 0);
        attributions(sentence);
        if (carried && plausibleSource(carried)) {
          f.estimator = cleanEstimator(carried);
          f.estimatorKey = estimatorKey(f.estimator);
        }
      }
      // "Mr. Cuomo said 10 people died": the person the article named in full before ("Gov. Andrew Cuomo")
      if (f?.estimator) {
        const full = fullNameOf(f.estimator, texts.slice(0, i + 1));
        if (full) {
          f.estimator = full;
          f.estimatorKey = estimatorKey(full);
        }
      }
      // "Six people died at the scene, while two others died in hospital": the others join the toll before them, one
      // event's dead (eight), as the parts of a toll joined by "and" are summed
      const prev = out.at(-1);
      if (f && prev && othersJoin(prev, f, sentence, i, raw.start, raw.end)) {
        const from = sentence.lastIndexOf(prev.display, raw.start);
        prev.display = sentence.slice(from, raw.end) + /^\s+others/i.exec(sentence.slice(raw.end))![0];
        prev.low = prev.low! + f.low!;
        prev.high = prev.low;
        continue;
      }
      if (f) out.push(f);
    }
  });
  return readArticle(article, out);
}

/**
 * Whether a count of "others" joins the toll told just before it in the sentence: the same metric, the same day, both
 * exact, the two clauses joined by "and" or "while" ("Four people died at the scene, while three others died in
 * hospital" is seven dead; "Three were killed and five others wounded" stays two metrics).
 */
function othersJoin(prev: Figure, f: Figure, sentence: string, i: number, start: number, end: number): boolean {
  if (prev.sentenceIndex !== i || prev.metric !== f.metric || prev.asOf !== f.asOf) return false;
  if (prev.qualifier !== 'exact' || f.qualifier !== 'exact' || prev.low === null || f.low === null) return false;
  if (prev.low !== prev.high || f.low !== f.high || !/^\s+others\b/i.test(sentence.slice(end))) return false;
  const at = sentence.lastIndexOf(prev.display, start);
  if (at < 0) return false;
  return /^[^;:.]*?(?:,\s*(?:while|and)|\s+and)\s+$/i.test(sentence.slice(at + prev.display.length, start));
}

/** The honorifics without their dots ("mr", "dr", "miss"), as a regex alternation. */
const HONORIFIC_WORDS = alternation(new Set(Object.keys(lexicon.honorifics).map((h) => h.replace(/\.$/, ''))));
const HONORIFIC = new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+([A-Z][\w'’-]+)$`, 'i');
/** An honorific with no name after it ("Mr", "Dr"), as a cut estimator is left. */
const BARE_HONORIFIC = new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?$`, 'i');
/**
 * The full name of a person an estimator names by honorific and surname ("Mr. Cuomo", "Dr. Reyes"): news names a
 * person in full at the first mention ("Gov. Andrew Cuomo said ...") and by "Mr." and the surname after. The given
 * name is the capitalised word right before the surname in an earlier sentence, when it is no title, honorific or
 * sentence opener. Null when the article never gives it.
 */
function fullNameOf(estimator: string, texts: string[]): string | null {
  const m = HONORIFIC.exec(estimator);
  if (!m) return null;
  const surname = m[1];
  // (the surname holds letters, an apostrophe or a hyphen: nothing a pattern reads as a sign)
  const re = new RegExp(String.raw`\b([A-Z][a-z][\w'’-]*)(\s+[A-Z]\.)?\s+${surname}\b`, 'g');
  for (const t of texts)
    for (const x of t.matchAll(re)) {
      const given = x[1].toLowerCase();
      if (TITLE_SET.has(given) || TITLE_SET.has(`${given}.`) || given in lexicon.honorifics || OPENERS.has(given))
        continue;
      return `${x[1]}${x[2] ?? ''} ${surname}`;
    }
  return null;
}

/** A relative clause set off by commas between a source's verb and a toll: ", which", ", who", ", where". */
const RELATIVE_BETWEEN = /,\s*(?:which|who|whom|where)\b/i;
/** A relative clause whose verb takes the toll: "the attack that killed 12", "the gunman who has killed five". */
const RELATIVE_TOLL =
  /\b(?:that|which|who)\s+(?:(?:has|have|had|reportedly|allegedly|also|later)\s+)*(?:killed|kill|kills|killing|claimed|left|wounded|injured|murdered|massacred)\s+(?:(?:more than|at least|nearly|about|some|around|as many as|over|up to|an estimated)\s+)?$/i;

function finish(
  raw: Raw,
  sentence: string,
  i: number,
  texts: string[],
  reference: string | null,
  published: string | null,
): Figure | null {
  // Estimator: the nearest attribution before the figure in its sentence, else one after it.
  const atts = attributions(sentence);
  // An attribution before the figure speaks for it, into a relative clause or an aside of what the source says (the
  // gold's convention since 2026-12-03: "The mayor said the storm, which killed 12, was the worst in a century"; "the
  // militants claimed their members carried out a bombing that killed nine"), unless the source's words end before
  // the toll (figures-speaker.ts: "the group claimed a bombing that wounded five" claims the act), or a time clause
  // starts in between ("the president told reporters just after twin blasts ripped through a crowd, killing three").
  // Nor when the verb's object is a thing and the toll sits in a time clause after it: "The president announced a
  // truce on Wednesday after clashes with police killed at least 26 people" (he announced the truce, not the toll).
  // (nor across a time clause that recalls the event: "the governor said Monday, one month after the shooting that
  // took the lives of 26": he spoke a month after the toll, he did not give it)
  const span = timeAfter(sentence.slice(0, raw.start));
  // (a relative clause between the source and the toll: its opening stops the reach only where the source's words
  // have ended, or for a source that names no one)
  const relativeBetween = (a: Attribution) => {
    const between = sentence.slice(a.end, raw.start);
    const at = RELATIVE_BETWEEN.exec(between)?.index ?? RELATIVE_TOLL.exec(between)?.index;
    if (at === undefined) return false;
    if (a.kind !== 'according' && a.kind !== 'subject' && a.kind !== 'pronoun') return true;
    const cue = a.kind === 'according' ? null : sentence.slice(a.index + 1, a.end);
    return !reachesInto(sentence, cue, a.end, a.end + at);
  };
  const reaches = (a: Attribution) =>
    !(span && span.at >= a.end) &&
    !/,\s*(?:after|before)\b/i.test(sentence.slice(a.end, raw.start)) &&
    !relativeBetween(a) &&
    !(
      a.kind === 'subject' &&
      !/^\s*(?:said|says|say|told|tells|reported|reports|stated|states|added|adds)\b/i.test(
        sentence.slice(a.index + 1, a.end),
      ) &&
      /^\s+(?:a|an|the|its|his|her|their)\s+[a-z][\w-]*\b(?![^,;]*\bthat\b)[^,;]*\b(?:after|before|when|while|as|because)\s/i.test(
        sentence.slice(a.end, raw.start),
      )
    ) &&
    !/\b(?:just|shortly|soon|hours|days|minutes)\s+(?:after|before)\b[^.;]*\b(?:killing|leaving|wounding|injuring)\s+(?:(?:more than|at least|nearly|about|some|around|as many as|over|up to)\s+)?$/i.test(
      sentence.slice(a.end, raw.start),
    );
  let att =
    [...atts].reverse().find((a) => a.index < raw.start && reaches(a)) ??
    // not one past a new clause ("The names of the three civilians killed had not been released, but they were not
    // believed to include ...")
    atts.find(
      (a) =>
        a.index >= raw.end &&
        !commentOnWhat(sentence, a) &&
        !reportsOwnContent(sentence, a, raw.start, raw.end) &&
        // (a quotation's own clauses all belong to who said it)
        (/[”"]/.test(sentence.slice(raw.end, a.index)) ||
          // (", while two more were killed in the north, the state news agency reported.": an attribution that
          // closes the sentence covers both halves of a contrast of tolls)
          !new RegExp(
            String.raw`,\s*(?:but|yet|although|though${/^[\s,]*(?:\w+\s*)?[.!?]?["”]?$/.test(sentence.slice(a.end)) ? '' : '|while'})\s`,
            'i',
          ).test(sentence.slice(raw.end, a.index))),
    ) ??
    null;
  let estimator: string | null = null;
  // "an international aid group said it has tallied 355 deaths": the pronoun of a reported clause is the speaker
  // right before it, not a name of an earlier sentence
  if (att?.kind === 'pronoun') {
    const at = att.index;
    const speaker = [...atts]
      .reverse()
      .find(
        (a) =>
          a.index < at &&
          a.kind !== 'pronoun' &&
          a.name &&
          /^\s*(?:that\s+)?(?:it|they|he|she)\s+(?:[a-z]+\s+)?$/i.test(sentence.slice(a.end, at + 1)),
      );
    if (speaker) att = speaker;
  }
  if (att) {
    // "It said", "The group said": the organisation or person the text named as the source before.
    // ("the Paris-based group said": a body described, not named, is the one named as a source just before)
    const described =
      att.kind === 'subject' &&
      ORG_SET.has(att.name.toLowerCase()) &&
      /\bthe\s+[\w-]+\s+$/i.test(sentence.slice(0, sentence.lastIndexOf(att.name, att.index + 1)));
    const refers =
      att.kind === 'pronoun' ||
      described ||
      (att.kind === 'subject' && /^the\s+\p{L}+$/iu.test(att.name) && ORG_SET.has(att.name.slice(4).toLowerCase()));
    const clause = refers
      ? reportingClauses(sentence, { verbs: ESTIMATE_FORMS }).find((c) => Math.abs(c.cueAt - (att.index + 1)) <= 1)
      : undefined;
    if (refers)
      estimator =
        (clause && resolveSource(clause, texts.slice(Math.max(0, i - 3), i))) ??
        (att.kind === 'pronoun'
          ? lastNamedSpeaker(texts, i - 1)
          : described
            ? ((n) => (n && /^\p{Lu}/u.test(n) ? n : att!.name))(lastNamedSpeaker(texts, i - 1))
            : att.name);
    else estimator = att.name || null;
  }
  if (estimator) {
    // "the Office for Disease Tracking and Prevention (ODTP)": the name whole, with the initials it goes by
    const at = sentence.indexOf(estimator);
    const rest =
      at >= 0
        ? /^(?:\s+(?:and|for|of|on)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*\s*\([A-Z]{2,}\)/.exec(
            sentence.slice(at + estimator.length),
          )
        : null;
    if (rest) estimator += rest[0];
    estimator = cleanEstimator(estimator);
    // "Mr. Long, who is steeped in the response to the storm, said": an honorific read alone takes its surname
    if (BARE_HONORIFIC.test(estimator)) {
      // as the sentence writes it: "Mr. Long", "Miss Long"
      const named = new RegExp(String.raw`\b(${escapeRegExp(estimator.replace(/\.$/, ''))}\.?)\s+([A-Z][\w'’-]+)`).exec(
        sentence,
      );
      estimator = named ? `${named[1]} ${named[2]}` : '';
    }
    if (/\([A-Z]{2,}$/.test(estimator)) estimator += ')';
    // a day or a month is no one's estimate ("Wednesday's projections")
    if (
      !estimator ||
      /^(?:it|this|that|there|here|they|he|she|we|you|i)$/i.test(estimator) ||
      new RegExp(
        String.raw`^(?:(?:last|this|next)\s+)?(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}|today|yesterday)$`,
        'i',
      ).test(estimator)
    )
      estimator = null;
  }
  const key = estimator ? estimatorKey(estimator) : null;

  // As-of: the date the figure's own clause gives, or the date of its attribution ("said Tuesday"), never the start
  // of a period; else the article's news day. A date in another clause is another event's ("Mateen, who killed 49
  // people, was put on a watch list in 2013").
  // An article with no date: the figure is kept, with who gave it, but no day is made up for it ("Tuesday" and "last
  // month" need the day the article came out).
  if (!reference)
    return {
      metric: raw.metric,
      low: raw.low,
      high: raw.high,
      qualifier: raw.qualifier,
      vague: raw.vague,
      display: raw.display,
      estimator,
      estimatorKey: key,
      asOf: null,
      asOfPrecision: 'day',
      asOfFrom: 'article',
      history: false,
      population: raw.population,
      subject: raw.subject,
      sentence,
      sentenceIndex: i,
    };
  const ref = reference;
  // (a running toll in a clause on a place or an event, ", where more than 500,000 people have been killed", stands at
  // the article's day, not at the time of the clause before: "A pivotal moment came in March when …, where …")
  const [cs0, ce0] = commaClause(sentence, raw.start, raw.end);
  const [cs, ce] = presentPerfect(sentence.slice(cs0, ce0))
    ? [cs0, ce0]
    : commaClause(sentence, raw.start, raw.end, true);
  // A date opening the sentence ("Last month, ...", "On Tuesday, ...") governs all of it.
  // "In 2012, ...", "Later, in May 2015, ...": short leading segments set the time of the whole sentence
  // (a date's own comma is no clause break: "By the time the truce took hold on March 3, 2009, some 1,300 people had
  // died" opens on a time clause whose date is the figure's)
  const unDated = sentence.replace(
    new RegExp(String.raw`\b((?:${MONTH_NAMES})\.?\s+\d{1,2}),(?=\s+\d{4}\b)`, 'g'),
    '$1 ',
  );
  const opener =
    /^((?:By the time|By the end of|When|Until|As of|At the time)\b[^,]{1,100}),/.exec(unDated) ??
    /^([^,]{1,40}),(?:([^,]{1,30}),)?/.exec(unDated);
  const openerEnd = opener ? opener[0].length : 3;
  const near = (d: { index: number; text: string }) =>
    d.index <= openerEnd ||
    (d.index >= cs && d.index < ce) ||
    (att !== null && d.index >= att.index - 25 && d.index <= att.end + 25) ||
    timeSegment(unDated, d, cs, ce) ||
    // "The assault, which took place on Sept. 11, 2012, and claimed the lives of four Americans": a predicate joined by
    // "and" to the one before shares its subject and, giving no time of its own, its time
    (/^\s*and\s+(?:then\s+)?[a-z]+ed\b/.test(unDated.slice(cs)) &&
      d.index < cs &&
      d.index > Math.max(...[',', ';', ':', '—', '–', '('].map((c) => unDated.lastIndexOf(c, cs - 2))));
  // Resolve against the day the article came out ("Wednesday" in a Wednesday paper is that day), even when its
  // figures default to the lead's news day.
  // (a date at the end of a "since" clause starts the period too: "have been killed since the protests turned
  // into an armed revolt in 2014")
  const dates = pastDates(sentence, published ?? ref).filter(
    (d) =>
      !d.periodStart &&
      near(d) &&
      !(
        /\bsince\b[^,;]*$/i.test(sentence.slice(0, d.index)) &&
        !/^\s*,?\s*when\b/i.test(sentence.slice(d.index + d.text.length))
      ),
  );
  let asOf = ref;
  let precision: DatePrecision = 'day';
  let asOfFrom: Figure['asOfFrom'] = 'article';
  /** Where the sentence's date that gave the as-of stands, when one did. */
  let datedAt = -1;
  if (dates.length) {
    // a date in the figure's own clause dates the event; the attribution's ("reported Tuesday") only the report
    const own = dates.filter((d) => d.index >= cs && d.index < ce);
    // (nearest by the words between them: "over 1,200 on May 21 and over 2,600 on April 21", each count the date
    // written right after it)
    const gap = (d: { index: number; text: string }) =>
      d.index >= raw.end ? d.index - raw.end : Math.max(0, raw.start - (d.index + d.text.length));
    const nearest = (own.length ? own : dates).reduce((best, d) => (gap(d) < gap(best) ? d : best));
    datedAt = nearest.index;
    asOf = nearest.date;
    precision = nearest.precision;
    asOfFrom = 'sentence';
  }
  // A caption's "on Wednesday, August 6" with no year: the last year, up to the article's, in which that day fell on
  // that weekday ("Thousands of people flee the city on Wednesday, August 6" in a gallery published in 2016 is 2014)
  const weekday = new RegExp(
    String.raw`\b(${WEEKDAY_STEMS_FROM_SUNDAY.map(capitalised).join('|')})day,?\s+(${MONTH_NAMES})\.?\s+(\d{1,2})\b(?!(?:st|nd|rd|th)?,?\s+\d{4})`,
  ).exec(sentence);
  if (weekday) {
    const wanted = WEEKDAY_STEMS_FROM_SUNDAY.indexOf(weekday[1].toLowerCase());
    const md = `${monthNumber(weekday[2])}-${weekday[3].padStart(2, '0')}`;
    for (let y = Number(ref.slice(0, 4)); y >= Number(ref.slice(0, 4)) - 6; y--) {
      const day = `${y}-${md}`;
      if (day > ref) continue;
      if (new Date(`${day}T12:00:00Z`).getUTCDay() === wanted) {
        asOf = day;
        precision = 'day';
        asOfFrom = 'sentence';
        break;
      }
    }
  }
  // A year or a month is history only once it ended more than a year before: "the city's 412 murders last year" is
  // last year's count, not a past event's
  let history = endedOverAYearBefore(asOf, precision, ref);
  // "Six months after a gunman ... slaughtered 14 children", "weeks after 9 people were killed": the event a time
  // clause recalls stands that long before the day the sentence tells of
  // (and so before a day the main clause gives, told before the span: "Cuomo said Monday night, one month after the
  // shooting that took the lives of 26", "A vote Monday would come one month after a gunman killed 26")
  const after = asOfFrom === 'article' || asOfFrom === 'sentence' ? timeAfter(sentence.slice(0, raw.start)) : null;
  if (after && (asOfFrom === 'article' || (precision === 'day' && datedAt >= 0 && datedAt < after.at))) {
    asOf = addDays(asOfFrom === 'article' ? ref : asOf, -after.days);
    precision = 'month';
    asOfFrom = 'context';
    // (an event a year or more back is history: "a year after the bombing")
    history = after.days >= 365;
  }
  // A figure told in the simple past with no date of its own belongs to an old event when its sentence marks the
  // event's anniversary ("the 20-year anniversary of the attack, which killed 12"), or when it opens on that event
  // ("The assault ... killed thousands") beside sentences that date it (the year, "the 30-year anniversary").
  if (asOfFrom === 'article' && !presentPerfect(sentence)) {
    const own = anniversaryYear(sentence, ref);
    const refYear = Number(ref.slice(0, 4));
    const dated = EVENT_YEAR.exec(sentence);
    const eventYear = dated ? Number(dated[2] ?? dated[3]) : null;
    // "the August 2011 suicide bombing ... that killed 23": the month is the event's too
    const eventDay = eventYear !== null ? `${eventYear}-${monthNumber(dated![1]) ?? '01'}-01` : null;
    // "In 2009, Boko Haram killed two police officers. The military responded with a crackdown that killed 700":
    // a story's background told in the simple past keeps the year the sentence before opened on
    const opened = i > 0 && !THEN_OPENER.test(sentence) ? OPENER_YEAR.exec(texts[i - 1]) : null;
    // ("In January 2013, terrorists ... struck a gas plant. The terrorists executed some 40 foreigners" in a May 2014
    // paper: that month, more than a year before, is history)
    const openedDay = opened?.[1] ? `${opened[2]}-${monthNumber(opened[1])}-01` : null;
    // "a virus that killed around 675,000 Americans in the early 1900s": a decade long past
    const decade = /\b(?:in|during|throughout)\s+the\s+(?:early\s+|mid-?|late\s+)?(1[6-9]\d0|20[0-2]0)s\b/i.exec(
      sentence,
    );
    const year =
      own !== null && refYear - own >= 2
        ? own
        : eventYear !== null && (refYear - eventYear >= 2 || (dated![1] && daysBetween(eventDay!, ref) > 366))
          ? eventYear
          : DEFINITE_EVENT.test(sentence)
            ? contextYear(texts, i, ref)
            : opened && (refYear - Number(opened[2]) >= 2 || (openedDay && daysBetween(openedDay, ref) > 366))
              ? Number(opened[2])
              : decade && refYear - Number(decade[1]) >= 11
                ? Number(decade[1])
                : null;
    if (year !== null) {
      const month = (year === eventYear && dated![1]) || (openedDay && year === Number(opened![2]) && !eventYear);
      asOf = month ? (year === eventYear ? eventDay! : openedDay!) : `${year}-01-01`;
      precision = month ? 'month' : 'year';

      asOfFrom = own !== null && year === own ? 'sentence' : 'context';
      history = true;
    } else {
      // a recent event named by its month: "the December massacre in Newtown, in which 20 first-graders ... were
      // killed" (the last December before the article), "the August 2013 attack"
      const named = eventDay && dated![1] ? eventDay : MONTH_EVENT.exec(sentence);
      const day = typeof named === 'string' ? named : named ? lastMonthBefore(monthNumber(named[1])!, ref) : null;
      if (day && day <= ref) {
        asOf = day;
        precision = 'month';
        asOfFrom = 'sentence';
        history = daysBetween(day, ref) > 366;
      } else if (i > 0) {
        // A caption, or a sentence that dates an event, then the toll in the next one: "... at the site of a double
        // car bomb attack in Homs, Syria, on February 21, 2016. Multiple attacks ... kill at least 122". The toll
        // takes the calendar day (a month and its day) of one of the two sentences before, never a later day.
        const shown = new RegExp(String.raw`\b(?:${MONTH_NAMES})\.?\s+\d{1,2}\b`);
        for (const j of [i - 1, i - 2]) {
          if (j < 0) break;
          // a caption's day without its year ("on Sunday, May 31") is the last such day on or before the article's
          // (read against a day a year on, since a day after the article's is dropped as a plan)
          // (chrono takes the nearest such day and a later one is dropped as a plan, so it is read against the middle
          // and the end of the next year, and taken back to the article's year or the one before)
          const next = Number(ref.slice(0, 4)) + 1;
          const d = [...sentenceDates(texts[j], `${next}-06-30`), ...sentenceDates(texts[j], `${next}-12-31`)]
            .sort((a, b) => a.index - b.index)
            .filter((x) => !x.periodStart && x.precision === 'day' && shown.test(x.text))
            .map((x) => {
              let day = x.date;
              while (day > ref && !/\d{4}/.test(x.text)) day = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
              return day;
            })
            .find((x) => x <= ref);
          if (d) {
            asOf = d;
            asOfFrom = 'context';
            history = daysBetween(d, ref) > 366;
            break;
          }
        }
      }
    }
  }
  // An event the sentence names by a definite noun, told in the past and dated elsewhere in the article: "The
  // Benghazi attack left the U.S. ambassador and three other Americans dead" stands at "last month's consulate
  // attack in Benghazi", not at the article's day
  if (asOfFrom === 'article' && !presentPerfect(sentence)) {
    // (the event may follow the figure: "who was one of six guards killed in the raid")
    // (or the counted people's phrase names it: "blamed her for the death of the envoy and three other Americans in
    // the attacks")
    const inEvent =
      /^[^,;.]{0,60}?\b(?:killed|dead|died|wounded|injured|slain|murdered)\s+(?:in|during|at|by)\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,3}?[\w-]+/i.exec(
        sentence.slice(raw.end),
      )?.[0] ??
      /^\s+(?:[\w'’-]+\s+){0,3}?(?:in|during|at)\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,3}?[\w-]+/i.exec(
        sentence.slice(raw.end),
      )?.[0] ??
      '';
    const e = eventDateElsewhere(texts, i, `${sentence.slice(0, raw.start)} ${inEvent}`, ref);
    if (e && daysBetween(e.date, ref) > 3) {
      asOf = e.date;
      precision = e.precision;
      asOfFrom = 'context';
      history = endedOverAYearBefore(asOf, precision, ref);
    }
  }
  // "Mexico detained more than 29,000 migrants that month", "At least 27 people died in that attack": the time the
  // sentences just before told
  if (asOfFrom === 'article' && !presentPerfect(sentence)) {
    const e = demonstrativeDate(texts, i, sentence.slice(0, ce), ref);
    if (e) {
      asOf = e.date;
      precision = e.precision;
      asOfFrom = 'context';
      history = endedOverAYearBefore(asOf, precision, ref);
    }
  }
  // "the four Americans who died in the 2012 attack", where the article also names "the Sept. 11, 2012 attacks": the
  // same event's day, when another sentence gives it in the same year
  if (precision === 'year') {
    const d = EVENT_YEAR.exec(sentence);
    const y = d && !d[1] ? (d[2] ?? d[3]) : undefined;
    const e = y && asOf.startsWith(y) ? eventDateElsewhere(texts, i, d![0], ref) : null;
    if (e && e.precision !== 'year' && e.date.startsWith(y!)) {
      asOf = e.date;
      precision = e.precision;
    }
  }
  // "Decades ago, a man ... precipitated a war in Asia that ... cost tens of thousands of American lives", "those
  // hopes died long ago, after years of fighting that took thousands of lives": an event long past whose year the
  // text does not give is history all the same
  if (
    (asOfFrom === 'article' || asOf === ref) &&
    /\b(?:(?:decades|centuries|generations|many years)\s+(?:ago|earlier|before)|long ago)\b/i.test(
      sentence.slice(0, raw.start),
    )
  ) {
    history = true;
    asOfFrom = 'context';
  }
  // "a peace deal ending a 20-year war that saw some 40,000 people killed": a war told in the simple past ("saw",
  // not "has seen") is over, and its toll history when the sentence gives no year
  if (
    asOfFrom === 'article' &&
    /\b(?:war|conflict|insurgency)\b[^,;.]{0,60}?\b(?:that|which)\s+saw\b/i.test(sentence.slice(0, raw.start))
  ) {
    history = true;
    asOfFrom = 'context';
  }
  // "the Korean War, a conflict that cost more than a million lives", "the Vietnam War and the hundreds of thousands
  // of deaths it caused": a war known by a capitalised name
  // is a finished one (news names a war under way in lowercase, "Syria's civil war", "the war in Yemen"); its toll
  // is history even when the sentence gives no year
  if (
    asOfFrom === 'article' &&
    /\b(?:World War (?:I{1,3}|One|Two|1|2)|(?:the|a)\s+(?:[A-Z][a-z]+\s+){1,2}War)\b(?!\s*,?\s*(?:which|that)\s+(?:has|have)\b)/.test(
      sentence,
    )
  ) {
    history = true;
    asOfFrom = 'context';
  }
  // "the shooting that killed 7 in July 2009 and the massacre five months later that killed 19", "In 2008 the group
  // launched attacks which ... a year later killed 31": that long after the date the sentence told before
  const later = new RegExp(
    String.raw`\b(a|an|one|${SMALL_WORD}|\d{1,2})\s+(day|week|month|year)s?\s+later\b(?![^,;]*,)`,
    'i',
  ).exec(sentence.slice(0, raw.start));
  if (later && asOf !== ref && /\b(?:1[6-9]\d\d|20\d\d)\b/.test(sentence.slice(0, later.index))) {
    const n = /^(?:a|an|one)$/i.test(later[1]) ? 1 : (parseNumber(later[1])?.value ?? 1);
    const unit = later[2].toLowerCase();
    const moved =
      unit === 'year'
        ? `${Number(asOf.slice(0, 4)) + n}${asOf.slice(4)}`
        : addDays(asOf, n * SPAN_DAYS[unit] + (precision === 'month' ? 14 : 0));
    if (moved <= ref) {
      asOf = moved;
      if (unit !== 'year') precision = 'month';
      history = daysBetween(precision === 'year' ? `${asOf.slice(0, 4)}-12-31` : asOf, ref) > 366;
    }
  }
  return {
    metric: raw.metric,
    low: raw.low,
    high: raw.high,
    qualifier: raw.qualifier,
    vague: raw.vague,
    display: raw.display,
    estimator,
    estimatorKey: key,
    asOf,
    asOfPrecision: precision,
    asOfFrom,
    history,
    population: raw.population,
    subject: raw.subject,
    sentence,
    sentenceIndex: i,
  };
}

const SPAN_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
/**
 * Whether the words before a count are a feeling at a perception: "pleased to see", "shocked to hear" (an
 * adjective, then "to" and a verb whose first WordNet sense is one of perception). What was seen happened; an
 * infinitive of purpose or plan ("to bring 10,000 refugees") does not.
 */
function perceivedFact(before: string): boolean {
  const m = /\b([a-z]+)\s+to\s+([a-z]+)\s+$/.exec(
    before.replace(
      /\s*(?:fewer than|more than|over|at least|some|about|around|nearly|almost|up to|as many as)\s*$/i,
      ' ',
    ),
  );
  if (!m || !baseForms(m[1]).some((b) => b.pos === 'a')) return false;
  const verb = baseForms(m[2]).find((b) => b.pos === 'v');
  return !!verb && sensesOf(verb.lemma, 'v', 1)[0]?.lexFile === VERB_PERCEPTION;
}
/** WordNet's lexicographer file of verbs of seeing, hearing and feeling. */
const VERB_PERCEPTION = 39;

/**
 * How many days before the sentence's own time an event stands when the figure sits in a clause that opens "N
 * <units> after": "Six months after a gunman burst into the school and slaughtered 14 children, ...", "less than two
 * weeks after a gunman massacred 9 people", "weeks after 12 people were killed". Null when there is none.
 */
function timeAfter(before: string): { days: number; at: number } | null {
  const m = new RegExp(
    String.raw`\b(?:(?:less than|more than|nearly|almost|about|some|just|only|barely)\s+)?(?:(a|an|one|a few|several|a couple of|${SMALL_WORD}|\d{1,2})\s+)?\b(day|week|month|year)(s?)\s+(?:after|since|following)\s+([^;:]*)$`,
    'i',
  ).exec(before);
  if (!m) return null;
  // the figure must be inside the recalled event's clause: no main clause opens between ("Two weeks after the vote,
  // 20 people were killed"); a place's commas break no clause ("a school in Dover, Delaware, ...")
  // (nor does a relative clause on the recalled event: "a year after the bombing, which took the lives of 22")
  if (
    /,/.test(
      m[4]
        .replace(/([A-Z][\w.'’-]*),(\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),/g, '$1 $2 ')
        .replace(/,\s*(?=(?:which|in which|that|when|where)\s)/g, ' '),
    )
  )
    return null;
  // "weeks after", "months after": a few; "the day after": one
  const n = !m[1]
    ? m[3]
      ? 3
      : 1
    : /^(?:a|an|one)$/i.test(m[1])
      ? 1
      : /few|couple/i.test(m[1])
        ? 2
        : /several/i.test(m[1])
          ? 3
          : (parseNumber(m[1])?.value ?? 1);
  return { days: n * SPAN_DAYS[m[2].toLowerCase()], at: m.index };
}

const EVENT_NOUN = String.raw`(?:attack|attacks|assault|massacre|bombing|bombings|war|siege|raid|offensive|invasion|famine|genocide|uprising|revolt|shooting|earthquake|quake|tsunami|storm|hurricane|fire|blast|explosion|crackdown|battle|killings?|riots?|crash|disaster|epidemic|pandemic|flood|floods|cyclone|typhoon|conflict)`;
/** An event dated by its year: "the 1933 Griffith Park fire", "the war, which began in 1990". */
/** "07" for "July" or "Jul.", null for anything else. */
function monthNumber(name: string | undefined): string | null {
  if (!name) return null;
  const k = MONTH_SHORT.indexOf(name.slice(0, 3).toLowerCase());
  return k < 0 ? null : String(k + 1).padStart(2, '0');
}
/** The first day of the last month of that name on or before a day. */
function lastMonthBefore(month: string, ref: string): string {
  const year = Number(ref.slice(0, 4)) - (month > ref.slice(5, 7) ? 1 : 0);
  return `${year}-${month}-01`;
}
/** A sentence that opens on a year: "In 2009, ...", "In August 2011, ...". */
const OPENER_YEAR = new RegExp(
  String.raw`^(?:In|By|During|Back in|Later in)\s+(?:(?:early|late|mid-?)\s*)?(?:(${MONTH_NAMES})\.?\s+)?(1[6-9]\d\d|20\d\d)\s*,`,
);
/** A sentence that moves the time on by itself: "A year later, ...", "Two months after that, ...". */
const THEN_OPENER =
  /^(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?|decades?)\s+(?:later|after|earlier|before)\b|^(?:Today|Now|This|Last|On)\b/i;
// (an event over a span of years, "the 2009-2010 flu pandemic", stands at the span's last year, when its toll was whole)
const EVENT_YEAR = new RegExp(
  String.raw`\b(?:the|a|an|its|their)\s+(?:(${MONTH_NAMES})\.?\s+(?:\d{1,2},?\s+)?)?(?:(?:1[6-9]\d\d|20\d\d)[-–])?(1[6-9]\d\d|20\d\d)\s+(?:[\w'’.-]+\s+){0,4}?${EVENT_NOUN}\b|\b${EVENT_NOUN}\b,?\s+(?:which|that)\s+(?:began|started|took place|happened|occurred|broke out|erupted)\s+in\s+(1[6-9]\d\d|20\d\d)\b`,
  'i',
);

/** An event named by its month alone: "the December massacre in Newtown", "the March 2 bombing". */
const MONTH_EVENT = new RegExp(
  String.raw`\b[Tt]he\s+(${MONTH_NAMES})\.?\s+(?:\d{1,2}\s+)?(?:[\w'’.-]+\s+){0,3}?${EVENT_NOUN}\b`,
);

/** A sentence that opens on a particular event: "The three-week assault ...", "That attack ...". */
const DEFINITE_EVENT =
  /^(?:The|That|This|Its)\s+(?:[\w-]+\s+){0,3}(?:attack|assault|massacre|bombing|bombings|war|siege|raid|offensive|invasion|famine|genocide|uprising|revolt|shooting|earthquake|quake|tsunami|storm|hurricane|fire|blast|explosion|crackdown|campaign|battle|killings?)\b/;

/**
 * A date that stands in a stretch of its own, set off by commas, with nothing but its preposition (and a
 * conjunction): it times the clause it opens or closes. "…, and in 2017, one single year, over 70,000 people died"
 * (the stretch opens the coordinated clause that holds the figure, an apposition may stand between); "a plaque to two
 * clinic workers killed by a gunman, who also wounded five others, in 1994." (the stretch closes the sentence: its
 * time is the whole sentence's). `cs`–`ce` is the figure's own stretch; the sentence has a date's comma masked ("March
 * 3 2009").
 */
function timeSegment(sentence: string, d: { index: number; text: string }, cs: number, ce: number): boolean {
  const before = sentence.slice(0, d.index);
  const after = sentence.slice(d.index + d.text.length);
  const open =
    /(?:(?:^|[,;])\s*|\s)(?:and|but|then|or)\s+(?:(?:in|on|at|by|during|back in)\s+)?$|(?:^|[,;])\s*(?:(?:in|on|at|by|during|back in)\s+)?$/i.exec(
      before,
    );
  if (!open) return false;
  // (the stretch holds the date alone; a year's or a day's own words end it)
  const close = /^\s*(?:[,;]|[.!?]["”]?\s*$)/.exec(after);
  if (!close) return false;
  const segStart = open.index;
  const segEnd = d.index + d.text.length;
  // closing the sentence, after the figure's stretch
  if (/^\s*[.!?]["”]?\s*$/.test(after)) return segStart >= ce - 1;
  // opening the figure's stretch: right before it, or with one apposition between ("and in 2017, one single year,")
  if (segEnd > cs) return false;
  const between = sentence.slice(segEnd, cs);
  return /^\s*,\s*(?:[^,;.]{0,40},\s*)?$/.test(between);
}

/** Bounds of the comma-delimited stretch a figure sits in. */
function commaClause(sentence: string, start: number, end: number, overRelative = false): [number, number] {
  // A place's commas break no clause: "at two mosques in Christchurch, New Zealand, last March", "in Newtown,
  // Conn., in which 20 ... were killed". (Masked with spaces, so every offset stays where it was.)
  sentence = sentence.replace(/([A-Z][\w.'’-]*),(\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),/g, '$1 $2 ');
  // Nor does a closed parenthesis: "The latest forecast from the Institute for Health Metrics and Evaluation (IHME) is
  // for more than 147,000 deaths" is one clause
  sentence = sentence.replace(/\([^()]{0,60}\)/g, (x) => ' '.repeat(x.length));
  const left = sentence.slice(0, start);
  const breakBefore = (text: string) =>
    Math.max(...[',', ';', '—', '–', ' - ', '(', ':', '…', '...'].map((c) => text.lastIndexOf(c)));
  let l = breakBefore(left);
  // ", when 139 died", ", in which 13 were killed": the clause refers back to the event (and its date) just before
  // likewise a participle of the main clause (", killing six", ", leaving 22 dead") or a relative clause on an event
  // (", that killed 17"); not "who": a person's other act has its own date ("Mateen, who killed 49, ... in 2013")
  if (
    overRelative &&
    l >= 0 &&
    /^,\s*(?:when|in which|during which|at which|where|that|which|killing|leaving|wounding|injuring|displacing|claiming|including)\b/i.test(
      sentence.slice(l),
    )
  )
    l = breakBefore(left.slice(0, l));
  const r = sentence.slice(end).search(/[,;—–(:…]|\s-\s|\.\.\./);
  return [l + 1, r < 0 ? sentence.length : end + r];
}

function presentPerfect(sentence: string): boolean {
  return /\b(?:have|has)\s+(?:\w+\s+)?(?:been|died|fled|lost|perished)\b|\b(?:are|is)\s+(?:\w+\s+)?(?:displaced|missing|detained|dead|homeless)\b|\bso far\b|\bto date\b|\bnow\b/i.test(
    sentence,
  );
}

/** An old year the neighbouring sentences (two before, one after) date an event to, if any. */
function contextYear(texts: string[], i: number, reference: string): number | null {
  const refYear = Number(reference.slice(0, 4));
  for (const j of [i - 1, i + 1, i - 2]) {
    if (j < 0 || j >= texts.length) continue;
    const ann = anniversaryYear(texts[j], reference);
    if (ann !== null && refYear - ann >= 2) return ann;
    const old = sentenceDates(texts[j], reference).find(
      (d) => !d.periodStart && d.precision === 'year' && refYear - Number(d.date.slice(0, 4)) >= 2,
    );
    if (old) return Number(old.date.slice(0, 4));
  }
  return null;
}
