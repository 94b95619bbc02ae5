// The shape of a language's lexicon: the closed classes news attribution leans on. Every regex and word set the
// extractors use is built from one of these, so another language is one more object of this type (see en.ts).

/** An inflection of a verb: base ("say"), third person ("says"), past ("said"), past participle ("written"). */
export type VerbForm = 'base' | 's' | 'past' | 'pastParticiple';

export interface ReportingVerb {
  lemma: string;
  /** Irregular or doubled forms; the rest are inflected by the language's rules. */
  s?: string;
  past?: string;
  pastParticiple?: string;
  ing?: string;
  /**
   * The forms that report speech in news. A form mostly read as a noun is left out: "states", "posts"
   * ("the United States", "blog posts") — default: base, s, past (and the past participle when it differs).
   */
  forms?: VerbForm[];
  /** Inverts after a quotation or comma: "..., said Mr. Antonov" ("told" takes an object there, so it does not). */
  invertible?: boolean;
  /** Its -ing form opens a participle clause whose subject is the sentence's ("..., adding that ..."). */
  participle?: boolean;
  /** Characterises more than it quotes ("called it", "described as"): attributes only when close by. */
  weak?: boolean;
  /** Attributes a claim in running text (/sources): "X alleged", "X believes". */
  claims?: boolean;
  /** Gives the source of a count (/toll): "the U.N. estimates", "the ministry put the toll at". */
  estimates?: boolean;
  /** Attributes a count or claim but never a quotation ("estimated", "believes"). */
  notSpeech?: boolean;
  /**
   * A phrasal verb that reports only with this particle right after it: "Roe shot back: "..."", "the aide fired
   * back", "as she pointed out". Alone the verb says nothing of speech ("was fired", "shot a video").
   */
  particle?: string;
}

export interface Lexicon {
  /** BCP 47 tag of the language. */
  language: string;
  reportingVerbs: ReportingVerb[];
  /** How the language inflects a regular verb. */
  inflect(lemma: string): { s: string; past: string; ing: string };
  /** Words between a subject and its verb, or after the verb before the quotation ("has", "also", "flatly"). */
  auxiliaries: string[];
  honorifics: Record<string, 'm' | 'f' | null>;
  /** Words that make up a role or title in front of a name ("Deputy Defense Minister", "Sen."). */
  titleWords: string[];
  /** Heads of organisation names: a capitalised run ending in one is no person. */
  organisationWords: string[];
  nameParticles: string[];
  nameSuffixes: string[];
  /** Words capitalised only because they open a sentence or clause. */
  sentenceOpeners: string[];
  /**
   * A member of a political party as news writes one before a name ("Fellow Tory Ben Bradley", "Labour MP"): the
   * party is the person's role, never a first name.
   */
  partyMembers: string[];
  /**
   * Bodies that speak for one person, written before "of" and that person's name ("the office of Gov. Jane Roe",
   * "the campaign of Sen. John Doe"): the body speaks, never the person named after it.
   */
  personalBodies: string[];
  pronouns: Record<string, 'm' | 'f' | 'n' | 'p'>;
  determiners: string[];
  /** Time words that end a name after an inverted verb ("said Antonov on Tuesday"). */
  timeWords: string[];
  /** Function words: they carry no content, so two different quotations share them freely. */
  stopWords: string[];
  /** Words the search index leaves out: function words, half of all tokens, which rank nothing. */
  searchStopWords: string[];
  /**
   * Words that carry no content of a claim: function words, days and spans of time, reporting verbs and the nouns
   * of reporting ("Antonov told reporters" is attribution, not what is claimed).
   */
  claimStopWords: string[];
  /** Phrases that attribute to a source named after them ("according to X"). */
  sourceIntroducers: string[];
  /** Hedges that attribute to no one ("reportedly"). */
  hedges: string[];
  femaleNouns: string[];
  maleNouns: string[];
  numbers: {
    /** Cardinal words and their values ("two" → 2 ... "ninety" → 90). */
    units: Record<string, number>;
    /** Multipliers ("hundred", "thousand", "dozen"). */
    scales: Record<string, number>;
    ordinals: Record<string, number>;
    /** Words joining number words ("two hundred and five"). */
    joiners: string[];
  };
}
