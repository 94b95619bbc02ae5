// What a page says about itself and to its reader, rather than about the world: the paywall, the sign-in, the
// comment box, the editor's note on the article, the tip line. A news sentence reports people and events; a
// page's own line names the page's things (this article, our newsroom, reading on, subscribing, logging in, the
// comments) and either speaks of the page itself ("This article is for subscribers only.") or addresses its
// reader, in the second person ("You must be logged in to post a comment.") or the imperative ("Contact our
// newsroom securely via Signal."). Only asked of a block that no reporting verb or quotation mark already makes
// a report of ("Residents were told to log in to the state portal to claim aid.", "‘Subscribe to our channel,’
// the militant group's video said."), and only of a page that would otherwise be empty, or whose every kept
// line speaks to its reader (see clean.ts).
import { opensImperative } from './verbs';

/** A noun of the page not run on into another word ("this post-Cold War era" is no post). */
const END = "(?![-\\w'’])";

/**
 * The page's own things, as sites name them when they address their reader: the article, the newsroom and its
 * work, reading on, subscribing, signing in or up, a free trial, a premium tier or full access, an account to
 * create, a comment to post, the reader's support.
 */
const PAGE_THINGS = new RegExp(
  '\\b(?:' +
    [
      `this (?:article|story|page|post|piece|site|website|content|newsletter|podcast)${END}`,
      `our (?:newsroom|editors|editorial team|journalism|reporting|reporters|journalists|work|site|website|home ?page|app|newsletters?|readers|coverage|podcasts?|investigations)${END}`,
      '(?:independent|local|quality) journalism',
      '(?:breaking )?news alerts|push notifications',
      'subscri(?:be|bed|bing|bers?|ptions?)\\b',
      '(?:log|sign)(?:ged|ging)?[ -](?:in|on|up)\\b(?! to vote)',
      'regist(?:er|ering) (?:for free|now|today|to (?:read|continue|comment))',
      'registered (?:users|members|readers)',
      '(?:keep|continue|continuing) reading',
      'read (?:more|on|the (?:full|rest|whole))\\b',
      'free (?:trial|articles?|stories)',
      'trial (?:has|period|ends?|ended|expired?)',
      'premium (?:content|members?|subscribers?|access)',
      '(?:full|unlimited|digital|premium|early|instant) access\\b',
      // The reader's support as what keeps the page going, not a voter's for a candidate ("you have to show your
      // support for a candidate").
      "(?:your|readers?['’]?) (?:support|donations?|contributions?) (?:helps?|makes?|keeps?|allows?|enables?|funds?|powers?|sustains?|matters?)\\b",
      '(?:needs?|relies on|rely on|depends? on|count on) your (?:support|donations?|contributions?)\\b',
      '(?:make|making) a (?:donation|contribution|gift)\\b',
      'paywall',
      'create (?:an?|your)(?: free)? account',
      '(?:an?|your) account (?:has|is|was|to)\\b',
      '(?:post|leave|add|submit|share|keep|send) (?:an?|your|the|all|tips and)? ?comments?\\b',
      'your comment\\b',
      'comments? (?:section|policy|below)',
    ].join('|') +
    ')',
  'i',
);

/**
 * The article speaking of itself, as editors' notes and paywalls do: its making (updated, corrected, published,
 * reported, produced), its availability (for subscribers, available, free, a preview), its place (part of a
 * series), its age ("This article is more than 1 year old"), its warnings ("This story contains graphic
 * descriptions"), with the page's apology ("Sorry, this video is no longer
 * available."). "This story likely isn’t going away" or "This story is riveting on many levels" is an author's
 * view of the news and stays.
 */
const PAGE_NOTE = new RegExp(
  "^(?:(?:sorry|we['’]re sorry|unfortunately),\\s*)?(?:this|the following) (?:article|story|post|piece|content|page|feature|newsletter|video|interview|transcript|report|column|commentary|op-ed)" +
    END +
    '(?: has| have| is| was| will)?(?: been| be| now| only| also| exclusively| first| originally| no longer| not)*\\s+' +
    '(?:updated|corrected|amended|edited|condensed|published|republished|reprinted|produced|reported|written|adapted|excerpted|' +
    'translated|syndicated|sponsored|funded|made possible|available|accessible|reserved|restricted|locked|free|' +
    'for (?:subscribers|members|premium|registered|paying)|part of|more than \\d|developing|being updated|' +
    'original(?:ly)? appeared|appeared|brought to you|a preview|an excerpt|best viewed|' +
    '(?:contains|includes) (?:material|reporting|language|graphic|disturbing|strong|explicit|descriptions|images|spoilers|affiliate))\\b',
  'i',
);

/**
 * The comment box and its policy, in the forms sites print under an article: comments (or letters, or readers'
 * submissions) being removed, reviewed or edited,
 * the views in them or in the article disowned ("Readers’ comments are reviewed before they are published.",
 * "Abusive comments will be removed.", "The views expressed in the comments are those of the readers."). Comments
 * that someone made are news ("… has been accused of sexually inappropriate comments"): only what is done to
 * the comments in the box marks it.
 */
const COMMENT_BOX = new RegExp(
  [
    '\\b(?:comments?|commenting|comments? section|comment thread|this discussion|letters(?: to the editor)?|submissions)(?: on this (?:article|story|post|page))? (?:(?:are|is|will|may|can|must|have|has)(?: not)?(?: be| been| now)* )+(?:removed|deleted|reviewed|screened|closed|disabled|turned off|held|published|edited)\\b',
    '\\b(?:views|opinions) expressed (?:in|here|by|on)\\b.{0,60}\\b(?:are (?:those|solely|the (?:author|writer)|not)|do not (?:necessarily )?(?:reflect|represent))\\b',
    "\\b(?:views|opinions) expressed\\b.{0,60}\\b(?:author|writer|commenter|reader)s?['’]s? own\\b",
  ].join('|'),
  'i',
);

/**
 * Access to the page made conditional ("An account is required to view this page.", "Access to this story is
 * reserved for our members."), when the sentence names the page's things: seats reserved for members of
 * Congress are news.
 */
const ACCESS_NEEDS =
  /\b(?:required|needed|necessary) to (?:view|read|access|see|continue|watch|comment|post)\b|\b(?:reserved|restricted|limited|available|open) (?:only |exclusively )?(?:for|to) (?:our |paying |premium |registered |digital )*(?:members|subscribers|users|readers)\b/i;

/**
 * The site speaking of its own journalism and those who pay for it ("Reader support makes our reporting
 * possible."); "our work" is left out, being a campaign's or an agency's word as often ("… our work here is not
 * done").
 */
const SITE_SUPPORT =
  /\bour (?:journalism|reporting|newsroom|investigations)\b(?=.*\b(?:support|members|subscribers|readers|donations?|donors|possible|funded|free)\b)|\b(?:support|members|subscribers|readers|donations?|donors)\b(?=.*\bour (?:journalism|reporting|newsroom|investigations)\b)/i;

/**
 * The editor's voice, labelled as such at the head of a line: "Editor’s note: This story contains …",
 * "Correction: An earlier version of this article misstated …", "Disclosure: …". ("Update: Police have
 * arrested a suspect." is a live report's news and is not among them.)
 */
const EDITOR_LABEL =
  /^(?:editor['’]?s['’]? note|corrections?|clarifications?|disclosure|note to (?:our )?readers|programming note|posting (?:rules|guidelines|policy))\s*:/i;

/**
 * The writer's disclosure and contact line, the page's credits in a sentence: "The author has no financial
 * interest in any company mentioned in this article.", "Staff writer Jane Doe can be reached at …".
 */
const WRITER_NOTE =
  /\bthe (?:author|writer|reporter|columnist)s? (?:has|have|holds?|owns?|does not|do not|did not|is not)\b.*\b(?:this (?:article|story|piece|post|column)|mentioned (?:here|above|in this))\b|\b(?:reporters?|writers?|columnists?|editors?|authors?|correspondents?)\b(?: [\p{Lu}][\p{L}.'’-]*){0,4} (?:can|may) be (?:reached|contacted|emailed)\b/iu;

/**
 * The site saying what it is, in the first person plural ("We’re a nonprofit newsroom powered by readers."); a
 * speaker's "we are a nation of immigrants" names no newsroom.
 */
const SITE_SELF =
  /^(?:we['’]re|we are) (?:an? |the )(?:[\w-]+ ){0,3}(?:newsroom|news (?:organi[sz]ation|site|outlet|service)|publication|newspaper|magazine|website)\b/i;

/** Thanks addressed to the reader for using the page ("Thanks for reading!", "Thank you for subscribing."). */
const THANKS =
  /^(?:thanks|thank you) for (?:reading|subscribing|signing up|registering|visiting|your (?:support|interest))\b/i;

const SECOND_PERSON = /\b(?:you|your)\b/i;
/** A speaker or an author in the first person singular: "I hope you won't read this piece as a defense …". */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my)\b/;
const QUOTED = /["“”]/;

/**
 * The sentences of a block, as a page writes them one after the other ("Your free trial has ended. Choose a
 * plan to keep reading.").
 */
function sentences(t: string): string[] {
  return t.split(/(?<=[.!?…])["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/u).filter((s) => s.trim().length > 0);
}

/**
 * What follows a leading phrase that sets the scene for an imperative ("To continue reading, subscribe for just
 * $2 a month.", "For questions about this article, contact the reporter.") and a leading "Please".
 */
function mainClause(s: string): string {
  let c = s.trim().replace(/^please,?\s+/i, '');
  const lead = c.match(/^(?:to|for|if|when|once|before|after|by|until|unless|while|as|in order to)\b[^,]{0,80},\s*/i);
  if (lead) c = c.slice(lead[0].length).replace(/^please,?\s+/i, '');
  return c;
}

/**
 * A block that speaks of the page or to its reader about the page, by its words alone: the article about itself,
 * the comment box and its policy, thanks for reading, or "you" with the page's things in one sentence ("You must
 * be logged in to post a comment.", "Your free trial has ended."). The caller has made sure no one is reported.
 */
export function talksAboutPage(t: string): boolean {
  if (QUOTED.test(t)) return false;
  if (COMMENT_BOX.test(t)) return true;
  return sentences(t).some(
    (s) =>
      PAGE_NOTE.test(s.trim()) ||
      THANKS.test(s.trim()) ||
      EDITOR_LABEL.test(s.trim()) ||
      SITE_SELF.test(s.trim()) ||
      WRITER_NOTE.test(s) ||
      SITE_SUPPORT.test(s) ||
      (ACCESS_NEEDS.test(s) && PAGE_THINGS.test(s)) ||
      (SECOND_PERSON.test(s) && !FIRST_PERSON.test(s) && PAGE_THINGS.test(s)),
  );
}

/**
 * An offer's price, which an imperative to the reader names when it sells the page ("Get 3 months for $1 and enjoy
 * everything we publish.", "Subscribe for just $2 a month."); asked only of an imperative, since a report of
 * prices is news, and a sum alone is no offer ("Imagine the government handing you a check for $52,000 …").
 */
const OFFER =
  /\bfor (?:just|only|as little as) (?:[$£€]\s?\d|\d+ (?:cents|pence)\b)|\b\d+ (?:weeks?|months?|years?) for [$£€]\s?\d|[$£€]\s?\d+(?:\.\d\d)? ?(?:a|per|\/) ?(?:week|month|year|wk|mo)\b|\b\d+ (?:cents|pence) (?:a|per) (?:day|week|month)\b/i;

/**
 * A block with a sentence that tells its reader, in the imperative, to do something about the page ("Choose a
 * plan to keep reading.", "Contact our newsroom securely via Signal.", "Consider supporting our work."), which the
 * tagger alone would read as a sentence with a verb when another sentence stands beside it. An official's
 * imperative names no page thing ("Call 911 if you see the suspect."). Asks the tagger only of a sentence that
 * names one.
 */
export function promptsReader(t: string): boolean {
  if (QUOTED.test(t)) return false;
  const all = sentences(t);
  return all.some(
    (s, k) =>
      // The page's thing may stand in a question put to the reader just before ("Questions about this story?
      // Write to the editor.").
      (PAGE_THINGS.test(s) || OFFER.test(s) || (k > 0 && /\?\s*$/.test(all[k - 1]) && PAGE_THINGS.test(all[k - 1]))) &&
      !FIRST_PERSON.test(s) &&
      opensImperative(mainClause(s)),
  );
}
