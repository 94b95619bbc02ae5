import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/corpus/segment';

const split = (s: string) => splitSentences(s).map((x) => x.text);

describe('sentence splitter', () => {
  it('does not end a sentence at abbreviations, titles or initials', () => {
    expect(split('Mr. Antonov met Gen. Smith on Jan. 31 in Washington. John F. Kennedy was not there.')).toEqual([
      'Mr. Antonov met Gen. Smith on Jan. 31 in Washington.',
      'John F. Kennedy was not there.',
    ]);
  });

  it('keeps dotted acronyms inside a sentence but ends one when a new sentence follows them', () => {
    expect(split('The U.N. estimates that 5,400 died. U.S. Ambassador Susan Rice spoke.')).toEqual([
      'The U.N. estimates that 5,400 died.',
      'U.S. Ambassador Susan Rice spoke.',
    ]);
    expect(split('It rejects a world order dominated by the U.S. Last month, it signed a deal.')).toEqual([
      'It rejects a world order dominated by the U.S.',
      'Last month, it signed a deal.',
    ]);
  });

  it('does not split numbers, decimals or amounts', () => {
    expect(split('Growth was 3.5 percent, or $1.2 billion. Prices rose.')).toEqual([
      'Growth was 3.5 percent, or $1.2 billion.',
      'Prices rose.',
    ]);
  });

  it('never ends a sentence inside an open quotation, with straight, curly or doubled-apostrophe marks', () => {
    expect(split('"We must go. Now. Today," he said. Then he left.')).toEqual([
      '"We must go. Now. Today," he said.',
      'Then he left.',
    ]);
    expect(split('“We will win. We must,” she said. It ended.')).toEqual([
      '“We will win. We must,” she said.',
      'It ended.',
    ]);
    expect(split("''This is it. Really,'' Mr. Smith said. The end.")).toEqual([
      "''This is it. Really,'' Mr. Smith said.",
      'The end.',
    ]);
  });

  it('splits a quotation broken around its attribution into its two sentences', () => {
    expect(split('"It is too soon," Rice told reporters. "It is long past time," she said.')).toEqual([
      '"It is too soon," Rice told reporters.',
      '"It is long past time," she said.',
    ]);
  });

  it('does not let an unbalanced quotation mark glue the rest of the paragraph together', () => {
    const out = split(
      'Graffiti read: "Hafez died, and Hama lived. Bashar will die. Activists painted the streets red. Police came.',
    );
    expect(out.length).toBeGreaterThan(1);
    expect(out.at(-1)).toBe('Police came.');
  });

  it('ends a sentence despite a stray mark copied after its full stop', () => {
    expect(split('A world order dominated by the U.S.¬ Last month, it signed a deal.')).toHaveLength(2);
  });

  it('gives offsets that point back into the paragraph', () => {
    const text = 'First one.  Second one? Third!';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
