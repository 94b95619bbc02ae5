// English, as news prose uses it to say who said what. Nothing here names a person, outlet or story: these are
// closed classes (reporting verbs, titles, honorifics, pronouns, function words, number words). To add a reporting
// verb, add one line to REPORTING_VERBS; its inflections follow from `inflect` unless it is irregular.
import type { Lexicon, ReportingVerb } from './types';
import { WEEKDAYS } from '../../util/calendar';

const REPORTING_VERBS: ReportingVerb[] = [
  { lemma: 'say', past: 'said', invertible: true, participle: true, claims: true, estimates: true },
  { lemma: 'tell', past: 'told', participle: true, claims: true, estimates: true },
  { lemma: 'add', invertible: true, participle: true, claims: true },
  { lemma: 'ask', invertible: true, participle: true },
  { lemma: 'warn', invertible: true, participle: true, claims: true },
  { lemma: 'insist', invertible: true, participle: true, claims: true },
  { lemma: 'write', past: 'wrote', pastParticiple: 'written', invertible: true, participle: true, claims: true },
  { lemma: 'tweet', invertible: true, participle: true },
  { lemma: 'post', forms: ['past'], participle: true, weak: true },
  { lemma: 'declare', invertible: true, participle: true, claims: true },
  { lemma: 'explain', invertible: true, participle: true, claims: true },
  { lemma: 'note', invertible: true, participle: true, claims: true },
  { lemma: 'argue', invertible: true, participle: true, claims: true },
  { lemma: 'claim', participle: true, claims: true, estimates: true },
  // "states" is mostly the noun ("the United States").
  { lemma: 'state', forms: ['past'], participle: true, claims: true, estimates: true },
  { lemma: 'recall', invertible: true, participle: true },
  { lemma: 'acknowledge', invertible: true, participle: true, claims: true },
  { lemma: 'admit', past: 'admitted', invertible: true, participle: true, claims: true },
  { lemma: 'announce', invertible: true, claims: true, estimates: true },
  { lemma: 'reply', invertible: true, participle: true },
  { lemma: 'respond', invertible: true, participle: true },
  { lemma: 'answer', forms: ['s', 'past'], invertible: true, weak: true },
  { lemma: 'contend', claims: true },
  { lemma: 'predict', invertible: true, participle: true, claims: true },
  { lemma: 'suggest', invertible: true, participle: true, claims: true },
  { lemma: 'observe', invertible: true },
  { lemma: 'remark', invertible: true },
  { lemma: 'complain', invertible: true, participle: true },
  { lemma: 'conclude', invertible: true },
  { lemma: 'concede', invertible: true, claims: true },
  { lemma: 'caution', invertible: true },
  { lemma: 'urge', participle: true },
  { lemma: 'stress', invertible: true },
  { lemma: 'emphasize', invertible: true },
  { lemma: 'emphasise', invertible: true },
  { lemma: 'maintain', forms: ['s', 'past'], claims: true },
  { lemma: 'assert', participle: true, claims: true },
  { lemma: 'boast', participle: true },
  { lemma: 'joke', invertible: true, participle: true },
  { lemma: 'quip', past: 'quipped', invertible: true, participle: true },
  { lemma: 'vow', participle: true },
  { lemma: 'promise', forms: ['s', 'past'], participle: true, weak: true },
  { lemma: 'pledge' },
  { lemma: 'shout' },
  { lemma: 'yell' },
  { lemma: 'chant' },
  { lemma: 'testify', claims: true },
  { lemma: 'continue', forms: ['s', 'past'], invertible: true, weak: true },
  { lemma: 'exclaim', invertible: true },
  { lemma: 'lament', invertible: true },
  { lemma: 'muse', invertible: true },
  { lemma: 'retort', invertible: true },
  { lemma: 'counter', invertible: true },
  { lemma: 'charge', forms: ['s', 'past'], weak: true },
  { lemma: 'confirm', claims: true, estimates: true },
  { lemma: 'report', weak: true, claims: true, estimates: true },
  { lemma: 'describe', participle: true, weak: true },
  { lemma: 'call', participle: true, weak: true },
  { lemma: 'blast', forms: ['past'], weak: true },
  { lemma: 'accuse', forms: ['s', 'past'], weak: true },
  { lemma: 'agree', forms: ['s', 'past'], weak: true },
  { lemma: 'reiterate' },
  { lemma: 'mention', forms: ['past'], weak: true },
  { lemma: 'whisper', forms: ['past'] },
  { lemma: 'scream', forms: ['past'] },
  { lemma: 'sing', past: 'sang', forms: ['s', 'past'] },
  { lemma: 'put', past: 'put', forms: ['s', 'past'], weak: true, estimates: true },
  { lemma: 'demand', forms: ['s', 'past'] },
  { lemma: 'wonder', forms: ['s', 'past'] },
  { lemma: 'question', forms: ['past'] },
  { lemma: 'snap', past: 'snapped', forms: ['past'] },
  { lemma: 'plead', forms: ['past'] },
  { lemma: 'brag', past: 'bragged', forms: ['s', 'past'] },
  { lemma: 'tout', forms: ['past'] },
  { lemma: 'recount', forms: ['past'] },
  { lemma: 'speculate', forms: ['past'] },
  { lemma: 'protest', forms: ['past'] },
  { lemma: 'proclaim', forms: ['past'] },
  { lemma: 'remind', forms: ['past'] },
  { lemma: 'scoff', forms: ['past'] },
  { lemma: 'thunder', forms: ['past'] },
  { lemma: 'opine', forms: ['past'] },
  { lemma: 'inform', forms: ['past'] },
  { lemma: 'advise', forms: ['past'] },
  { lemma: 'instruct', forms: ['past'] },
  { lemma: 'implore', forms: ['past'] },
  { lemma: 'beg', past: 'begged', forms: ['past'] },
  { lemma: 'sigh', forms: ['past'] },
  { lemma: 'gush', forms: ['past'] },
  { lemma: 'rail', forms: ['past'] },
  { lemma: 'fume', forms: ['past'] },
  { lemma: 'mock', forms: ['past'] },
  // Phrasal verbs of retort and remark: they report only with their particle ("Roe shot back: "..."", ""...," the
  // aide fired back", "As she pointed out, "...""); alone they say nothing of speech ("was fired", "shot a video").
  { lemma: 'shoot', s: 'shoots', past: 'shot', forms: ['s', 'past'], particle: 'back' },
  { lemma: 'fire', forms: ['s', 'past'], particle: 'back' },
  { lemma: 'push', forms: ['s', 'past'], particle: 'back' },
  { lemma: 'hit', past: 'hit', forms: ['s', 'past'], particle: 'back' },
  { lemma: 'snap', past: 'snapped', forms: ['s'], particle: 'back' },
  { lemma: 'point', forms: ['past'], particle: 'out' },
  // Verbs of judgement that characterise in the speaker's words ("attacked "the hateful ideology ..."", "dismissed
  // Estonia as being in the "suburbs of St. Petersburg""): weak, so they attribute only close by.
  { lemma: 'attack', forms: ['past'], weak: true },
  { lemma: 'dismiss', forms: ['past'], weak: true },
  { lemma: 'denounce', forms: ['past'], weak: true },
  { lemma: 'condemn', forms: ['past'], weak: true },
  { lemma: 'criticize', forms: ['past'], weak: true },
  { lemma: 'criticise', forms: ['past'], weak: true },
  { lemma: 'decry', forms: ['past'], weak: true },
  { lemma: 'praise', forms: ['past'], weak: true },
  { lemma: 'laud', forms: ['past'], weak: true },
  { lemma: 'hail', forms: ['past'], weak: true },
  { lemma: 'deride', forms: ['past'], weak: true },
  // Verbs that give the source of a claim or a count but never introduce a quotation.
  { lemma: 'estimate', notSpeech: true, claims: true, estimates: true },
  { lemma: 'allege', notSpeech: true, claims: true },
  { lemma: 'believe', forms: ['s', 'past'], notSpeech: true, claims: true, estimates: true },
  { lemma: 'reveal', forms: ['s', 'past'], notSpeech: true, claims: true },
  { lemma: 'disclose', forms: ['s', 'past'], notSpeech: true, claims: true, estimates: true },
  { lemma: 'count', notSpeech: true, estimates: true },
  { lemma: 'document', forms: ['past'], notSpeech: true, estimates: true },
  { lemma: 'record', forms: ['past'], notSpeech: true, estimates: true },
  { lemma: 'register', forms: ['past'], notSpeech: true, estimates: true },
  { lemma: 'tally', forms: ['past'], notSpeech: true, estimates: true },
  { lemma: 'calculate', forms: ['s', 'past'], notSpeech: true, estimates: true },
];

/** Regular English inflection: "warn" → warns, warned, warning; "testify" → testifies, testified; "argue" → argued. */
function inflect(lemma: string): { s: string; past: string; ing: string } {
  const s = /(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = /e$/.test(lemma) ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return { s, past, ing };
}

const words = (s: string) => s.trim().split(/\s+/);

export const en: Lexicon = {
  language: 'en',
  reportingVerbs: REPORTING_VERBS,
  inflect,
  auxiliaries: words(
    'has have had was is were are will would also later then once again quoted as recently previously earlier often ' +
      'repeatedly simply just publicly privately reportedly allegedly famously frequently subsequently since still even ' +
      "never ever already been be did does do not can could may might should went on didn't doesn't don't wasn't isn't " +
      "hasn't haven't won't wouldn't can't couldn't didn’t doesn’t don’t wasn’t isn’t hasn’t haven’t won’t wouldn’t can’t " +
      'couldn’t first finally flatly bluntly angrily quietly tersely',
  ),
  honorifics: {
    'mr.': 'm',
    mr: 'm',
    'mrs.': 'f',
    mrs: 'f',
    'ms.': 'f',
    ms: 'f',
    miss: 'f',
    'dr.': null,
    'prof.': null,
    sir: 'm',
    dame: 'f',
    lady: 'f',
    lord: 'm',
  },
  titleWords: words(
    'president vice prime minister secretary deputy ambassador senator sen. rep. representative gov. governor mayor ' +
      'general gen. lt. col. maj. capt. adm. admiral commander chairman chairwoman chair chief director spokesman ' +
      'spokeswoman spokesperson judge justice attorney commissioner envoy king queen prince princess sheikh pope rev. ' +
      'father bishop professor prof. dr. mr. mrs. ms. miss speaker leader majority minority whip chancellor foreign ' +
      'defense defence interior finance treasury congressman congresswoman councilman councilwoman assemblyman ' +
      'assemblywoman officer executive ceo founder co-founder nominee candidate democrat republican democratic ' +
      'sgt. superintendent inspector detective sheriff trooper high senior former acting coach agent analyst adviser ' +
      'advisor economist pastor lawyer manager strategist pollster host anchor correspondent reporter editor columnist ' +
      'author activist official officials aide campaign press national security counsel counselor state assistant ' +
      'special first lady gop libertarian independent presidential vice-president running mate hopeful challenger ' +
      'incumbent u.s. u.n. american russian british chinese french german syrian israeli iranian iraqi ' +
      'sir dame lord lady mr mrs ms dr rep sen gov gen sens. reps. sens reps del. del rear vice-adm. adm cmdr. col gen. lt',
  ),
  organisationWords: words(
    'house senate congress department ministry council committee commission agency office administration association ' +
      'institute institution university college school foundation center centre party campaign union nations states ' +
      'state court army navy force forces police bank fund group company corp. corp inc. inc news times post journal ' +
      'press network channel service services bureau board authority organization organisation league federation ' +
      'coalition alliance watch rights crescent cross club magazine review tribune herald gazette globe daily media ' +
      'project society church assembly parliament cabinet kremlin pentagon government regime republic kingdom ' +
      'ministry embassy mission staff team conference convention caucus pac tv radio online today ' +
      'street square avenue road city county province region valley river sea ocean island islands bay east west ' +
      'north south airport station hospital hall center tower building statement report poll survey book act law ' +
      'plan program programme agreement treaty observatory',
  ),
  nameParticles: [
    'al-',
    'al',
    'el-',
    'bin',
    'ibn',
    'abu',
    'de',
    'del',
    'della',
    'di',
    'da',
    'van',
    'von',
    'der',
    'le',
    'la',
    'du',
    'dos',
    'das',
    'do',
    'st.',
    'mc',
  ],
  nameSuffixes: ['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv'],
  partyMembers: words(
    'tory tories labour conservative conservatives liberal liberals whig democrat democrats republican republicans ' +
      'gop libertarian socialist communist unionist nationalist',
  ),
  personalBodies: words('office campaign camp team staff administration family estate'),
  sentenceOpeners: words(
    'but and yet so still however meanwhile also then now in on at after before when while as if although though ' +
      'because since during for with from by of to the a an this that these those there here what who why how where ' +
      'asked speaking according earlier later last next today yesterday tonight instead indeed even still rather ' +
      'moreover furthermore despite under over about like unlike among between into through without within ' +
      `${WEEKDAYS.join(' ')} given following including amid citing considering ` +
      'regarding whereas whatever whenever wherever unless until once dear thanks sorry yes no okay ok against toward ' +
      'towards upon onto via vs versus is are was were will would says said',
  ),
  pronouns: { he: 'm', she: 'f', it: 'n', they: 'p', i: 'p', we: 'p' },
  determiners: words(
    'a an the one some many several two three four five other another his her their its this that these those most few each every both any',
  ),
  timeWords: words(
    `${WEEKDAYS.join(' ')} today yesterday tonight recently earlier later ` +
      'last this next morning afternoon evening night week month year',
  ),
  stopWords: words(
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
      'those there their they them we us our you your he him his she her i me my not no do does did have has had will ' +
      'would can could should shall may might must so than then what which who whom when where why how all any some ' +
      "it's that's there's we're they're i'm don't doesn't can't won't isn't",
  ),
  searchStopWords: words(
    'a an the and or but nor of to in on at for with by from as is are was were be been being am it its this that these ' +
      'those he she they we you i me him her them us his hers their theirs our ours your yours my mine not so if than then ' +
      'there here have has had having do does did will would can could should may might must shall also about into over ' +
      'after before such which who whom whose what when where why how all any both each few more most other some own same ' +
      'only very just too s t d ll m re ve',
  ),
  claimStopWords: words(
    'a an the and or but nor so yet of in on at to for from by with about as into onto upon over under than then ' +
      "this that these those there here it its it's he she they we i you him her them us me my our your their his hers " +
      'is are was were be been being am do does did doing have has had having will would shall should can could may ' +
      'might must also just only even still very too more most much many some any each every all both either such own ' +
      'same other another which who whom whose what when where why how while whether if because since until unless ' +
      'after before during again further once up down out off s t now today yesterday tomorrow ' +
      `${WEEKDAYS.join(' ')} week weekend month year last next ago day days time ` +
      'say says said saying tell tells told telling add adds added note noted according reporter reporters ' +
      'journalist journalists statement mr mrs ms dr one',
  ),
  sourceIntroducers: ['according to', 'citing', 'as reported by', 'cited by', 'per'],
  hedges: words('reportedly allegedly purportedly reputedly supposedly apparently'),
  femaleNouns: words(
    'woman women mother wife daughter sister grandmother spokeswoman chairwoman congresswoman councilwoman businesswoman actress queen princess girl lady widow her',
  ),
  maleNouns: words(
    'man father husband son brother grandfather spokesman chairman congressman councilman businessman actor king prince boy widower',
  ),
  numbers: {
    units: {
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      eleven: 11,
      twelve: 12,
      thirteen: 13,
      fourteen: 14,
      fifteen: 15,
      sixteen: 16,
      seventeen: 17,
      eighteen: 18,
      nineteen: 19,
      twenty: 20,
      thirty: 30,
      forty: 40,
      fifty: 50,
      sixty: 60,
      seventy: 70,
      eighty: 80,
      ninety: 90,
    },
    scales: {
      dozen: 12,
      hundred: 100,
      thousand: 1_000,
      million: 1_000_000,
      billion: 1_000_000_000,
      trillion: 1_000_000_000_000,
    },
    ordinals: {
      first: 1,
      second: 2,
      third: 3,
      fourth: 4,
      fifth: 5,
      sixth: 6,
      seventh: 7,
      eighth: 8,
      ninth: 9,
      tenth: 10,
      twentieth: 20,
      thirtieth: 30,
      fortieth: 40,
      fiftieth: 50,
      sixtieth: 60,
      seventieth: 70,
      hundredth: 100,
    },
    joiners: ['and'],
  },
};
