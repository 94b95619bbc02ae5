// Fixture generator for issue 17 (a short article is an article): writes a folder of short news items, one
// sentence a file, beside files that are only page furniture (menus, share bars, cookie notices, subscription
// prompts, photo credits alone), in .txt, .md and .html in turn, with a corpus.json dating and crediting the news.
//
//   npx tsx bench/short-items.ts OUT_DIR            news items from the seeds (data/)
//
// The test (test/short-articles.test.ts) and the evaluation (bench/eval-short.ts) use writeShortItems directly.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Page furniture, one file each, written from the kinds the issue names. DEV is what the rules were checked
 * against while they were written; HELD_OUT was written at the same time and scored only once at the end.
 * (Lines of a file are separated by "\n".)
 */
export const FURNITURE_DEV: string[] = [
  // menus
  'Home | News | World | Business | Sport | Weather',
  'Home\nNews\nWorld\nPolitics\nBusiness\nOpinion',
  'Sections: World, U.S., Politics, Business, Tech, Science, Health, Sports',
  'Menu\nSearch\nSign in',
  'Skip to main content',
  'Top Stories • Local • National • World • Entertainment',
  // share bars
  'Share this',
  'Share this article',
  'Share on Facebook\nShare on Twitter\nShare via Email',
  'Tweet\nShare\nPin\nEmail',
  'Facebook Twitter LinkedIn WhatsApp Email Print',
  'Share this story with your friends.',
  // cookie notices
  'We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.',
  'This site uses cookies. Find out more in our cookie policy.',
  'Accept all cookies\nManage preferences',
  'By clicking Accept, you consent to the use of cookies and similar technologies.',
  // subscription prompts
  'Subscribe now',
  'Subscribe now for unlimited access.',
  'Already a subscriber? Log in.',
  'Get unlimited digital access for $1 a week. Cancel anytime.',
  'Sign up for our daily newsletter.',
  'Support independent journalism. Become a member today.',
  'Enjoy this story? Subscribe to continue reading.',
  // photo credits alone
  'Photo: Jane Doe / Reuters',
  'Credit: AFP/Getty Images',
  'Photograph: John Smith/AP',
  'Image copyright Getty Images',
  '(AP Photo/Hussein Malla)',
  'Picture: Supplied',
];

export const FURNITURE_HELD_OUT: string[] = [
  'Subscribe now\nShare this',
  'Navigation\nHome\nLatest\nVideo\nPodcasts\nNewsletters',
  'About Us | Contact | Careers | Advertise | Privacy Policy',
  'More in World News',
  'Print this page',
  'Email this article to a friend',
  'Share to Facebook. Share to Twitter. Share by email.',
  'Our website uses cookies to improve your experience and to show you personalised content.',
  'Cookie settings\nReject all\nAccept all',
  'We value your privacy. We and our partners store and access information on your device.',
  'Start your free trial today.',
  'Unlock this article by subscribing.',
  'Want more stories like this? Sign up for our morning briefing.',
  'Get the latest headlines delivered to your inbox every morning.',
  'Donate now to keep our reporting free for everyone.',
  'Photo by Maria Lopez for The Chronicle',
  'Image: Getty Images / iStockphoto',
  'Photographer: Tom Brenner/Bloomberg',
  '(Reuters/Stringer)',
  'Credit: Courtesy of the family',
  'Advertisement',
  'Continue reading the main story',
  'Read more: The week in pictures',
  'Follow us on Instagram',
  'Download our app for breaking news alerts.',
  'Comments are closed.',
  'Loading comments...',
  'Copyright 2012 The Associated Press. All rights reserved.',
  'Terms of Use | Privacy Policy | Cookie Policy',
  'Related: More coverage of the election',
];

/**
 * A third list, written for the second pass on issue 17 before any rule of that pass was changed (menus, share
 * bars, cookie and consent notices, subscription, sign-up and donation prompts, photo credits alone, widgets and
 * link lines, the kinds a page holds without sentence punctuation as well as with it) and scored only at the end.
 */
export const FURNITURE_UNTOUCHED: string[] = [
  'World\nU.S.\nPolitics\nEconomy\nTech\nCulture\nOpinion',
  'News › World › Middle East',
  'Latest | Most Read | Video | Podcasts | Newsletters',
  'You are here: Home / News / Local',
  'Share this with\nFacebook\nTwitter\nMessenger\nEmail\nCopy this link',
  'Share this article on social media',
  'Click here to share this story on Facebook.',
  'This website uses cookies to improve your experience while you navigate through the website.',
  'We and our partners use cookies to personalise content and ads and to analyse our traffic',
  'Accept\nDecline\nCookie preferences',
  'Your use of this website constitutes acceptance of our Terms of Service and Privacy Policy.',
  'You have reached your limit of free articles this month.',
  'Already have an account? Sign in here.',
  'Subscribers get unlimited access to all our journalism',
  'Sign up to receive our top stories in your inbox every weekday morning',
  'Thank you for signing up! Check your inbox to confirm your subscription.',
  'Please enable JavaScript to view the comments powered by Disqus.',
  'Your support helps us keep our journalism free for all readers.',
  'If you value our reporting, please consider making a donation today.',
  'Photo courtesy of the city of Springfield',
  'Photo credit: Alex Brandon / Associated Press',
  'Getty Images',
  'File photo',
  'Watch: Highlights from last night’s debate',
  'Listen to this article (5 minutes)',
  'Updated at 3:45 p.m. ET on March 4, 2020',
  'Sponsored content from our partners',
  'Most Popular\nThe week in review\nWhat we know so far',
  'Report a typo or error in this article',
  'Have a news tip? Email us at tips@example.com.',
];

/**
 * A fourth list, written for the third pass on issue 17 before any rule of that pass was changed, once the
 * untouched list above had been scored (and so became development material): the kinds the issue names, as sites
 * phrase them (menus, share bars, cookie and consent notices, subscription and paywall prompts, newsletter
 * sign-ups, comment-policy notes, tip lines, photo credits alone, app download prompts, login prompts, ad labels,
 * "related" teasers), none taken from the lists above. Scored once, at the end of that pass.
 */
export const FURNITURE_FRESH: string[] = [
  // menus
  'Sections\nHome\nU.K.\nWorld\nBusiness\nSport\nLifestyle\nTravel',
  'Politics | Elections | White House | Congress | Supreme Court',
  'Back to top',
  'Open navigation menu',
  // share bars
  'Share\nTweet\nReddit\nFlipboard\nEmail',
  'Share this page via WhatsApp',
  'Copy link\nLink copied!',
  // cookie and consent notices
  'By using this site, you agree to our use of cookies as described in our Privacy Policy.',
  'We use cookies and similar technologies to recognize your repeat visits and preferences.',
  'Do Not Sell or Share My Personal Information',
  'Manage consent\nI agree\nLearn more',
  // subscription and paywall prompts
  'This article is for subscribers only.',
  'To continue reading, subscribe for just $2 a month.',
  'You’ve read 3 of 5 free stories. Subscribe for unlimited access.',
  'Your free trial has ended. Choose a plan to keep reading.',
  // newsletter sign-ups
  'Get our best stories in your inbox. Sign up for The Morning Brief.',
  'Enter your email address\nSubscribe\nBy signing up, you agree to our Terms and Privacy Policy.',
  'You’re all set! You’ll receive our newsletter every Friday.',
  // comment-policy notes
  'Comments are moderated and may take up to 24 hours to appear.',
  'Please keep comments respectful. Abusive comments will be removed.',
  'Join the conversation',
  'You must be logged in to post a comment.',
  // tip lines
  'Got a story idea? Send it to newsdesk@example.org or call 555-0100.',
  'Know something we should investigate? Contact our newsroom securely via Signal.',
  'Send us your photos and videos: WhatsApp +44 7700 900123',
  // photo credits alone
  'Photo: Courtesy of the artist',
  '(Photo by Chip Somodevilla/Getty Images)',
  'Mark Lennihan / AP file',
  // app download prompts
  'Get the app\nDownload on the App Store\nGet it on Google Play',
  'Read this story in our app for a better experience.',
  'Stay informed with breaking news alerts. Download our free app now.',
  // login prompts
  'Log in or create a free account to continue.',
  'Forgot your password?',
  'Please sign in to access this content.',
  // ad labels
  'Advertisement · Scroll to continue',
  'Story continues below advertisement',
  'Paid Post',
  // "related" teasers
  'Related Articles\nFive things to know about the new tax rules\nCity council delays vote on budget',
  'You may also like',
  'MORE FROM OPINION: Why the housing crisis is getting worse',
];

/**
 * A fifth list, written for the fourth pass on issue 17 before any rule of that pass was changed, once the fresh
 * list above had been scored (and so became development material): furniture of the kinds the fresh list's misses
 * showed, in wordings of other sites and none taken from the lists above: the page addressing its reader about the
 * page itself (subscribe, register, log in, keep reading, the reader's trial, account or comment), the page speaking
 * about itself, its article or its comments rather than about the world, contact and related-links boxes, and
 * headings without a verb.
 */
export const FURNITURE_READER: string[] = [
  // the reader addressed about the page: paywalls, registration, login
  'This story is available exclusively to premium members.',
  'Already registered? Sign in to read the full story.',
  'Create a free account to keep reading.',
  'Your subscription has expired. Renew now to restore access.',
  'Keep reading with a digital subscription.',
  'Register for free to unlock this article.',
  'Want to read more? Become a member.',
  'You are viewing a preview of this article.',
  'This content is only available to registered users.',
  'Your account has been created. Please verify your email address.',
  'Sign in with Google\nSign in with Facebook\nOr continue with email',
  // comments: prompts and policy
  'Log in to leave a comment.',
  'Comments on this article have been disabled.',
  'Readers’ comments are reviewed before they are published.',
  'We reserve the right to remove any comment that violates our community guidelines.',
  'The views expressed in the comments are those of the readers.',
  'Post a comment\nName\nEmail\nWebsite',
  // the page about itself or the article
  'This story is developing and will be updated.',
  'This article was originally published on March 3, 2019.',
  'Thanks for reading! Consider supporting our work.',
  'Our journalism depends on readers like you.',
  // contact boxes
  'Contact the newsroom\nnews@example.com\n(555) 010-2000',
  'Have feedback on this story? Get in touch with our editors.',
  'For questions about this article, contact the reporter.',
  // related-links boxes
  'Related Coverage\nStorm knocks out power to thousands\nSchools close ahead of heavy snow',
  'More Stories\nPolice name victim in weekend crash\nMayor unveils plan for downtown park',
  'Recommended for you\nThe best restaurants opening this spring',
  // headings without a verb
  'Trending Now',
  'Editor’s Picks',
  'Latest Headlines',
];

export interface ShortItems {
  news: string[];
  furniture: string[];
}

const EXT = ['txt', 'md', 'html'] as const;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(lines: string[], ext: (typeof EXT)[number]): string {
  if (ext === 'html') {
    return `<!doctype html><html><head><meta charset="utf-8"></head><body>${lines.map((l) => `<div>${escape(l)}</div>`).join('')}</body></html>`;
  }
  return lines.join('\n\n') + '\n';
}

/**
 * Writes news-NNNN and furniture-NNNN files into `dir` (which must exist or will be made) and a corpus.json
 * giving every news item an outlet and a date, so figures and copy families have what they need.
 * Returns the file names written, news and furniture apart.
 */
export async function writeShortItems(
  dir: string,
  sentences: string[],
  furniture: string[],
  date = '2012-03-13',
  copies = 0,
): Promise<ShortItems> {
  await mkdir(dir, { recursive: true });
  const news: string[] = [];
  const furn: string[] = [];
  const manifest: { file: string; outlet: string; published: string }[] = [];
  for (const [i, s] of sentences.entries()) {
    const name = `news-${String(i).padStart(4, '0')}.${EXT[i % 3]}`;
    await writeFile(join(dir, name), page([s], EXT[i % 3]));
    news.push(name);
    manifest.push({ file: name, outlet: `Wire ${i % 7}`, published: date });
  }
  // Reprints: the first `copies` items again under another outlet a day later, as a wire item is picked up.
  const next = new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < Math.min(copies, sentences.length); i++) {
    const name = `reprint-${String(i).padStart(4, '0')}.${EXT[i % 3]}`;
    await writeFile(join(dir, name), page([sentences[i]], EXT[i % 3]));
    news.push(name);
    manifest.push({ file: name, outlet: 'Reprint Weekly', published: next });
  }
  for (const [i, f] of furniture.entries()) {
    const name = `furniture-${String(i).padStart(4, '0')}.${EXT[i % 3]}`;
    await writeFile(join(dir, name), page(f.split('\n'), EXT[i % 3]));
    furn.push(name);
  }
  await writeFile(join(dir, 'corpus.json'), JSON.stringify({ articles: manifest }, null, 1));
  return { news, furniture: furn };
}

/** Sentences of a bulletin's length (8 to 40 words), each once. */
export function bulletinSentences(sentences: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const s of sentences) {
    const t = s.replace(/\s+/g, ' ').trim();
    const words = t.split(' ').length;
    if (words >= 8 && words <= 40) seen.add(t);
  }
  return [...seen];
}

/** Kept and dropped, by kind, from a loaded corpus's article files. */
export function tally(items: ShortItems, loadedFiles: Iterable<string>) {
  const loaded = new Set(loadedFiles);
  const newsKept = items.news.filter((f) => loaded.has(f));
  const furnitureKept = items.furniture.filter((f) => loaded.has(f));
  return {
    news: items.news.length,
    newsKept: newsKept.length,
    newsDropped: items.news.filter((f) => !loaded.has(f)),
    furniture: items.furniture.length,
    furnitureDropped: items.furniture.length - furnitureKept.length,
    furnitureKept,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: npx tsx bench/short-items.ts OUT_DIR');
    process.exit(2);
  }
  const { loadCorpus } = await import('../src/corpus/load');
  const seeds = await loadCorpus(join(fileURLToPath(new URL('..', import.meta.url)), 'data'));
  const items = await writeShortItems(
    out,
    bulletinSentences(seeds.articles.flatMap((a) => a.sentences.map((s) => s.text))),
    [...FURNITURE_DEV, ...FURNITURE_HELD_OUT],
  );
  console.log(`${out}: ${items.news.length} news items, ${items.furniture.length} furniture files`);
}
