// The clause read by the parse (src/extract/figures-general.ts): a count of people whose first predicate names no
// casualty, but a predicate they share further on does. Made-up sentences in the shapes news uses.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/figures';

const figures = (text: string) =>
  extractFigures({
    id: 'a',
    published: '2021-03-10',
    sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, text }],
  }).map((f) => [f.metric, f.low, f.high]);

describe('a predicate the counted people share past their first one', () => {
  it('reads a coordinated verb phrase', () => {
    expect(figures('Three miners were trapped underground for days and later died.')).toEqual([['killed', 3, 3]]);
    expect(figures('Five prisoners were beaten in separate cells and then died.')).toEqual([['killed', 5, 5]]);
  });
  it('reads a passive of time after the first clause', () => {
    expect(figures('Two gunmen tried to storm the town hall, before being shot dead by a guard on Sunday.')).toEqual([
      ['killed', 2, 2],
    ]);
  });
  it('reads the main predicate after a relative clause on the counted people', () => {
    expect(figures('More than 2,000 people who were healthy in January are dead.')).toEqual([['killed', 2000, null]]);
  });
  it('counts nothing for a fate supposed, one of two, a stock pair of verbs, or another subject', () => {
    expect(figures('Two men were questioned at length and could die.')).toEqual([]);
    expect(figures('The two people who planned the attacks are either dead or arrested.')).toEqual([]);
    expect(figures('Millions of men had fought and died for their country.')).toEqual([]);
    expect(figures('Two gunmen stormed the hotel and killed a guard.')).toEqual([]);
    expect(figures('Two speakers praised the plan and another criticized its deadly force.')).toEqual([]);
  });
});

describe('an infinitive whose act the governing verb says was done', () => {
  it('counts the toll of "used … to kill" and "managed to kill" told in the past', () => {
    expect(figures('Last May, a gunman used two rifles fitted with scopes to kill 14 people at a fair.')).toEqual([
      ['killed', 14, 14],
    ]);
    expect(figures('The rifle was used by the attacker to murder 9 worshippers in a chapel.')).toEqual([
      ['killed', 9, 9],
    ]);
    expect(figures('The militia managed to kill at least 12 soldiers.')).toEqual([['killed', 12, null]]);
  });
  it('counts nothing for a threat, a plan, a habit or a supposed use', () => {
    expect(figures('The group threatened to kill 30 hostages.')).toEqual([]);
    expect(figures('He could use the rifle to kill 30 people.')).toEqual([]);
    expect(figures('The gang used to kill 12 people.')).toEqual([]);
  });
});

describe('people told by their flight', () => {
  it('counts people fleeing a war as refugees', () => {
    expect(figures('Since 2016, more than 200,000 people fleeing war and hunger have reached the coast.')).toEqual([
      ['refugees', 200000, null],
    ]);
  });
  it('counts nothing for a flight from a scene or a building', () => {
    expect(figures('Two men fleeing the scene were seen by a neighbour.')).toEqual([]);
    expect(figures('Some 300 workers fleeing the building were counted by staff.')).toEqual([]);
  });
});

describe('counts joined to an elliptical comparison', () => {
  it('gives each count joined after "compared with N" the toll it is compared with', () => {
    expect(
      figures('Officials reported 310 deaths on Monday, compared with 1,100 on June 2 and 2,400 on May 3.').map(
        (f) => f[1],
      ),
    ).toEqual([310, 1100, 2400]);
  });
});

describe('round 13: a verb of harming before "to death" (WordNet), not a list of verbs', () => {
  it('counts the dead of any verb of harming', () => {
    expect(figures('His two cousins had been tortured to death by the militia.')).toEqual([['killed', 2, 2]]);
    expect(figures('Three guards were bludgeoned to death.')).toEqual([['killed', 3, 3]]);
  });
  it('counts none for the idiom', () => {
    expect(figures('Twenty students were bored to death by the lecture.')).toEqual([]);
  });
});
