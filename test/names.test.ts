// Clean names: what news text glues to a name (datelines, openers, question words, role nouns, a hover card's
// headline, a phrase after the name) never becomes part of it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { cleanName } from '../src/extract/names';
import { classifySubject } from '../src/extract/speakers';
import { attributeQuotes } from '../src/extract/quote-attribute';
import { speakerLabel } from '../src/extract/quote-merge';

const said = (...paragraphs: string[]) =>
  attributeQuotes(paragraphs)
    .quotes.filter((q) => !q.scare)
    .map((q) => speakerLabel(q.speaker));

describe('cleanName: a raw name phrase to the name and its role', () => {
  it('keeps the role apart and drops the occasion after the name', () => {
    expect(cleanName('then-National Security Adviser Jane Okafor in her 2019 memoir')).toEqual({
      name: 'Jane Okafor',
      role: 'then-National Security Adviser',
    });
    expect(cleanName('Deputy Mayor Tom Reyes')).toEqual({ name: 'Tom Reyes', role: 'Deputy Mayor' });
  });

  it('drops a dateline in front', () => {
    expect(cleanName('Springfield (AP) Mary Holt')?.name).toBe('Mary Holt');
    expect(cleanName('RIVERTON — Mary Holt')?.name).toBe('Mary Holt');
  });

  it('drops sentence openers and question words', () => {
    expect(cleanName('Did Holt')?.name).toBe('Holt');
    expect(cleanName('Can Mary Holt')?.name).toBe('Mary Holt');
    expect(cleanName('Both Holt')?.name).toBe('Holt');
    expect(cleanName('Another Holt')?.name).toBe('Holt');
  });

  it('drops a name printed twice, a party letter and a glued headline', () => {
    expect(cleanName('Holt Holt')?.name).toBe('Holt');
    expect(cleanName('Mary Holt R')?.name).toBe('Mary Holt');
    expect(cleanName('Governor Holt Mary Jane HoltGOP')?.name).toBe('Mary Jane Holt');
  });

  it('drops a role noun the article writes in lower case, but keeps a first name that is also a word', () => {
    const common = (w: string) => ['witness', 'facing', 'will', 'rich'].includes(w.toLowerCase());
    expect(cleanName('Witness Omar Haddad', common)?.name).toBe('Omar Haddad');
    expect(cleanName('Rich Beaumont', common)?.name).toBe('Rich Beaumont');
  });

  it('drops a role noun by its shape before a full name, and a pronoun glued after a dateline', () => {
    expect(cleanName('Businesswoman Dana Whitfield')?.name).toBe('Dana Whitfield');
    expect(cleanName('Archbishop Carlo Maria Bellini')?.name).toBe('Carlo Maria Bellini');
    expect(cleanName('N.C He')).toBeNull();
  });

  it('is no name when only an opener is left', () => {
    expect(cleanName('Both')).toBeNull();
  });
});

describe('subjects and speakers come out clean', () => {
  it('a subject phrase with a dateline or an opener is the person alone', () => {
    expect(classifySubject('Springfield (Reuters) Mary Holt')).toMatchObject({ kind: 'person', name: 'Mary Holt' });
    expect(classifySubject('then-Secretary of State Jane Okafor in her 2019 memoir')).toMatchObject({
      kind: 'person',
      name: 'Jane Okafor',
    });
    expect(classifySubject('Lt. Col. Ana Ruiz')).toMatchObject({ kind: 'person', name: 'Ana Ruiz' });
    expect(classifySubject('Justices Paul Brandt')).toMatchObject({ kind: 'person', name: 'Paul Brandt' });
    expect(classifySubject('the Ledger’s Tom Reyes')).toMatchObject({ kind: 'person', name: 'Tom Reyes' });
    expect(classifySubject('Alliance Defending Freedom')?.kind).not.toBe('person');
    expect(classifySubject('the CEO')?.kind).not.toBe('org');
  });

  it('a dateline before the speaker of the first sentence is no part of the name', () => {
    expect(said('Riverton (AP) Mary Holt said on Monday that "the plant will stay open through the winter."')).toEqual([
      'Mary Holt',
    ]);
  });

  it('a son keeps his suffix and is not his father', () => {
    const people = attributeQuotes([
      '"We will build it here," Paul Brandt said at the site.',
      '"My father has never backed down from a fight," Paul Brandt Jr. told the crowd.',
      '"Nobody will stop this project," Brandt added.',
    ]).quotes.map((q) => speakerLabel(q.speaker));
    expect(people).toEqual(['Paul Brandt', 'Paul Brandt Jr.', 'Paul Brandt']);
  });
});
