// /sources, issue 9 round 6: a claim told in other words where the wording, not the meaning, stood in the way. A
// "failure to" denies as "does not" does; a "not" inside a hyphenated modifier ("the do-not-call list") denies
// nothing; two unnegated words are opposites only when WordNet makes them antonyms word to word, not through a
// synonym of a rare sense ("declined" and "taken a hit"); a claim's negation asks only that the word it first reaches
// be spoken of; a sentence the claim says most of, in much its own words, is weighed by a scorer fitted on MRPC's
// development part beside the cuts (bench/fit-proposed.ts). Made-up one-sentence files, loaded as the bot loads any corpus; each expectation is what a user of
// /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const FILES: Record<string, string> = {
  'r1.txt':
    'First, Brightline said, a buffer flaw occurs because the Quillpad reader does not properly check an object type returned from a server.',
  'r2.txt':
    'At first glance, the creators of the Ardent list would seem to have drawn the line between allowed and banned calls in the right place.',
  'r3.txt': 'Advertising and circulation revenues for the flagship Harbor Living magazine have taken a hit.',
  'r4.txt': 'Judge Tom Varga said Tuesday he imposed the maximum sentence because Pellow showed no remorse.',
  'r5.txt':
    'Coastline Travel spokesman Dan Petrov said storms might have affected some bookings, but cheap ferry deals made up for it.',
};

const { ids } = sourcesCorpus(Object.fromEntries(Object.entries(FILES).map(([n, t]) => [n, t + '\n'])));

describe('a negation written as a noun or inside a modifier', () => {
  it('"the reader\'s failure to check" is "the reader does not check"; "checks" is not', () => {
    expect(
      ids(
        'The first flaw is a buffer flaw that results from the Quillpad reader’s failure to properly check an object type returned from a server.',
      ),
    ).toEqual(['r1']);
    expect(
      ids(
        'The first flaw is a buffer flaw that results from the Quillpad reader checking properly an object type returned from a server.',
      ),
    ).toEqual([]);
  });
  it('"the do-not-call Ardent list" denies nothing; "would not seem" does', () => {
    expect(
      ids(
        'At first glance, the creators of the do-not-call Ardent list would seem to draw the line in precisely the right place.',
      ),
    ).toEqual(['r2']);
    expect(
      ids(
        'At first glance, the creators of the Ardent list would not seem to draw the line in precisely the right place.',
      ),
    ).toEqual([]);
  });
});

describe('opposites', () => {
  it('"have declined" is told by "have taken a hit" (no antonyms word to word); "have not declined" is not', () => {
    expect(ids('Advertising and circulation revenues from the flagship Harbor Living magazine have declined.')).toEqual(
      ['r3'],
    );
    expect(
      ids('Advertising and circulation revenues from the flagship Harbor Living magazine have not declined.'),
    ).toEqual([]);
  });
});

describe('what a claim denies', () => {
  it('"showed no remorse in the brutal killing" is carried by "showed no remorse"; "showed remorse" is not', () => {
    expect(
      ids(
        'Judge Tom Varga said Tuesday he imposed the maximum sentence because Pellow showed no remorse in the brutal killing.',
      ),
    ).toEqual(['r4']);
    expect(
      ids(
        'Judge Tom Varga said Tuesday he imposed the maximum sentence because Pellow showed remorse in the brutal killing.',
      ),
    ).toEqual([]);
  });
});

describe('a sentence the claim says most of, told a little otherwise (the fitted scorer)', () => {
  it('"may have affected …, but cheap ferry deals mitigated the effect" is carried; "have not affected" is not', () => {
    expect(
      ids(
        'Coastline Travel spokesman Dan Petrov said storms may have affected some bookings, but cheap ferry deals mitigated the effect.',
      ),
    ).toEqual(['r5']);
    expect(
      ids(
        'Coastline Travel spokesman Dan Petrov said storms have not affected bookings, but cheap ferry deals mitigated the effect.',
      ),
    ).toEqual([]);
    // A detail of the claim the sentence does not give ("hotel" deals) leaves it short of the scorer's cut.
    expect(
      ids(
        'Coastline Travel spokesman Dan Petrov said storms may have affected some bookings, but cheap hotel deals mitigated the effect.',
      ),
    ).toEqual([]);
  });
});
