// The source a paragraph opens with, carried to the figures of its following sentences. News writes a run of
// figures under one source named once at the head of the paragraph:
//   "According to the health ministry, 40 people were killed in the north. In the south, 12 died and 30 were hurt."
//   "Per the Department of Defense, 2,400 soldiers were wounded. In the second year, 310 were killed."
// The second sentence names no one and is the ministry's (the department's) as much as the first. The source carries
// only within the paragraph, only from a sentence that opens with it (a source at the end of a sentence speaks for
// that sentence), and stops at the first sentence between that names a source of its own.

/** A sentence's opening source phrase: "According to the health ministry, …", "Per the Department of Defense, …". */
const OPENING = /^(?:According to|Per)\s+((?:the\s+)?\p{Lu}[^,;:]*?),\s/u;

export interface ParagraphSentence {
  text: string;
  paragraph?: number;
}

/**
 * The source named at the head of sentence i's paragraph, for a figure of sentence i that names none: the opening
 * "According to X," / "Per X," of an earlier sentence of the same paragraph (up to three back), when no sentence from
 * there to i names a source of its own (`hasSource`). Null when the sentences carry no paragraph.
 */
export function paragraphSource(
  sentences: ParagraphSentence[],
  i: number,
  hasSource: (text: string) => boolean,
): string | null {
  const here = sentences[i]?.paragraph;
  if (here === undefined) return null;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const s = sentences[j];
    if (s.paragraph !== here) return null;
    const open = OPENING.exec(s.text);
    if (open) return open[1];
    if (hasSource(s.text)) return null;
  }
  return null;
}
