// Generic word lists of how English news attributes speech. Nothing here names a person, outlet or story:
// these are the closed classes (reporting verbs, titles, honorifics, pronouns) the attribution rules lean on.

const VERB_STEMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  note: ['note', 'notes', 'noted', 'noting'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  state: ['stated', 'stating'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  answer: ['answered', 'answers'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  observe: ['observe', 'observes', 'observed', 'observing'],
  remark: ['remark', 'remarks', 'remarked', 'remarking'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  conclude: ['conclude', 'concludes', 'concluded', 'concluding'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasised'],
  maintain: ['maintains', 'maintained'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  boast: ['boast', 'boasts', 'boasted', 'boasting'],
  joke: ['joke', 'jokes', 'joked', 'joking'],
  quip: ['quip', 'quips', 'quipped'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  promise: ['promised', 'promises'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  shout: ['shout', 'shouts', 'shouted', 'shouting'],
  yell: ['yell', 'yells', 'yelled', 'yelling'],
  chant: ['chant', 'chants', 'chanted', 'chanting'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  continue: ['continued', 'continues'],
  exclaim: ['exclaim', 'exclaims', 'exclaimed'],
  lament: ['lament', 'laments', 'lamented'],
  muse: ['muse', 'muses', 'mused'],
  retort: ['retort', 'retorts', 'retorted'],
  counter: ['counter', 'counters', 'countered'],
  charge: ['charged', 'charges'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  report: ['report', 'reports', 'reported', 'reporting'],
  describe: ['describe', 'describes', 'described', 'describing'],
  call: ['call', 'calls', 'called', 'calling'],
  blast: ['blasted'],
  accuse: ['accused', 'accuses'],
  agree: ['agreed', 'agrees'],
  reiterate: ['reiterate', 'reiterates', 'reiterated'],
  mention: ['mentioned'],
  whisper: ['whispered'],
  scream: ['screamed'],
  sing: ['sang', 'sings'],
  put: ['put'],
  demand: ['demanded', 'demands'],
  wonder: ['wondered', 'wonders'],
  question: ['questioned'],
  snap: ['snapped'],
  plead: ['pleaded'],
  brag: ['bragged', 'brags'],
  tout: ['touted'],
  recount: ['recounted'],
  speculate: ['speculated'],
  protest: ['protested'],
  proclaim: ['proclaimed'],
  remind: ['reminded'],
  scoff: ['scoffed'],
  thunder: ['thundered'],
  opine: ['opined'],
  inform: ['informed'],
  advise: ['advised'],
  instruct: ['instructed'],
  implore: ['implored'],
  beg: ['begged'],
  sigh: ['sighed'],
  gush: ['gushed'],
  rail: ['railed'],
  fume: ['fumed'],
  mock: ['mocked'],
};

/** Verbs that report speech or writing, every inflection. "read" is left out: a sign or a wall reads words. */
// Participles ("observing", "adding that") open clauses whose subject is elsewhere; only "saying" stays, for
// "was quoted as saying".
export const REPORTING_VERBS = new Set(Object.values(VERB_STEMS).flat().filter((v) => !v.endsWith('ing') || v === 'saying'));

/** Verbs that introduce characterisations more than words ("called it", "described as"): only close by. */
export const WEAK_VERBS = new Set([
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'put', 'report',
  'reports', 'reported', 'reporting', 'charged', 'charges', 'accused', 'accuses', 'blasted', 'agreed', 'agrees',
  'continued', 'continues', 'mentioned', 'promised', 'promises', 'answers', 'answered', 'stating', 'posted',
]);

/** Words that may sit between a subject and its verb, or after the verb before the quotation. */
export const AUX = new Set([
  'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'also', 'later', 'then', 'once', 'again', 'quoted',
  'as', 'recently', 'previously', 'earlier', 'often', 'repeatedly', 'simply', 'just', 'publicly', 'privately',
  'reportedly', 'allegedly', 'famously', 'frequently', 'subsequently', 'since', 'still', 'even', 'never', 'ever',
  'already', 'has', 'been', 'be', 'did', 'does', 'do', 'not', 'can', 'could', 'may', 'might', 'should', 'went', 'on',
  "didn't", "doesn't", "don't", "wasn't", "isn't", "hasn't", "haven't", "won't", "wouldn't", "can't", "couldn't",
  'didn’t', 'doesn’t', 'don’t', 'wasn’t', 'isn’t', 'hasn’t', 'haven’t', 'won’t', 'wouldn’t', 'can’t', 'couldn’t',
  'first', 'finally', 'flatly', 'bluntly', 'angrily', 'quietly', 'tersely', 'simply',
]);

export const HONORIFICS: Record<string, 'm' | 'f' | null> = {
  'mr.': 'm', mr: 'm', 'mrs.': 'f', mrs: 'f', 'ms.': 'f', ms: 'f', miss: 'f', 'dr.': null, 'prof.': null,
  sir: 'm', dame: 'f', lady: 'f', lord: 'm',
};

/** Words that make up a role or title in front of a name ("Deputy Defense Minister", "Sen.", "press secretary"). */
export const TITLE_WORDS = new Set(
  (
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
    'sir dame lord lady mr mrs ms dr rep sen gov gen sens. reps. sens reps del. del'
  ).split(/\s+/),
);

/** Heads of organisation names: a capitalised run ending in one of these is no person. */
export const ORG_WORDS = new Set(
  (
    'house senate congress department ministry council committee commission agency office administration association ' +
    'institute institution university college school foundation center centre party campaign union nations states ' +
    'state court army navy force forces police bank fund group company corp. corp inc. inc news times post journal ' +
    'press network channel service services bureau board authority organization organisation league federation ' +
    'coalition alliance watch rights crescent cross club magazine review tribune herald gazette globe daily media ' +
    'project society church assembly parliament cabinet kremlin pentagon government regime republic kingdom ' +
    'ministry embassy mission staff team conference convention caucus pac tv radio online today ' +
    'street square avenue road city county province region valley river sea ocean island islands bay east west ' +
    'north south airport station hospital hall center tower building statement report poll survey book act law ' +
    'plan program programme agreement treaty'
  ).split(/\s+/),
);

export const PARTICLES = new Set(['al-', 'al', 'el-', 'bin', 'ibn', 'abu', 'de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'le', 'la', 'du', 'dos', 'das', 'st.', 'mc']);
export const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** Words that open a sentence or clause and are capitalised only for that reason. */
export const SENTENCE_OPENERS = new Set(
  (
    'but and yet so still however meanwhile also then now in on at after before when while as if although though ' +
    'because since during for with from by of to the a an this that these those there here what who why how where ' +
    'asked speaking according earlier later last next today yesterday tonight instead indeed even still rather ' +
    'moreover furthermore despite under over about like unlike among between into through without within ' +
    'monday tuesday wednesday thursday friday saturday sunday given following including amid citing considering ' +
    'regarding whereas whatever whenever wherever unless until once dear thanks sorry yes no okay ok against toward ' +
    'towards upon onto via vs versus is are was were will would says said'
  ).split(/\s+/),
);

export const PERSON_PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = {
  he: 'm', she: 'f', it: 'n', they: 'p', i: 'p', we: 'p',
};

export const DETERMINERS = new Set(
  'a an the one some many several two three four five other another his her their its this that these those most few each every both any'.split(' '),
);

/** Words after a name that end it: time words and prepositions that start an adjunct ("said Antonov on Tuesday"). */
export const TIME_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier later ' +
    'last this next morning afternoon evening night week month year'
  ).split(/\s+/),
);

export const FEMALE_NOUNS = /\b(?:woman|women|mother|wife|daughter|sister|grandmother|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|queen|princess|girl|lady|widow|her)\b/i;
export const MALE_NOUNS = /\b(?:man|father|husband|son|brother|grandfather|spokesman|chairman|congressman|councilman|businessman|actor|king|prince|boy|widower)\b/i;
