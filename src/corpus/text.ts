// Text repairs every page needs before cleaning.

// Windows-1252's 0x80-0x9F, which is where UTF-8 read as cp1252 leaves its second and third bytes.
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};
const MOJIBAKE = /[ÃÂâÅ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

/**
 * Undo mojibake: UTF-8 bytes that were decoded as Windows-1252, sometimes twice ("Ã¢â‚¬Å“" for “).
 * Each round re-encodes the text to those bytes and decodes it as UTF-8, and is kept only if it decodes cleanly;
 * text that mixes real Unicode with mojibake is repaired run by run.
 */
export function fixMojibake(s: string): string {
  let text = s;
  for (let round = 0; round < 3 && MOJIBAKE.test(text); round++) {
    const whole = decodeOnce(text);
    text = whole ?? text.replace(RUN, (run) => decodeRun(run));
    if (whole === null) break;
  }
  return text;
}

const RUN = /(?:[ÃÂâÅ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{1,3})+/g;

function decodeRun(run: string): string {
  let text = run;
  for (let round = 0; round < 3; round++) {
    const d = decodeOnce(text);
    if (d === null || d === text) break;
    text = d;
  }
  return text;
}

/** One round of cp1252-bytes → UTF-8, or null when the text is not such bytes or does not decode cleanly. */
function decodeOnce(text: string): string | null {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x100) bytes.push(code);
    else if (CP1252[ch] !== undefined) bytes.push(CP1252[ch]);
    else return null;
  }
  const decoded = Buffer.from(bytes).toString('utf8');
  return decoded.includes('\uFFFD') ? null : decoded;
}

/** Normalise line ends, drop a byte-order mark and control characters, repair mojibake. */
export function repairText(s: string): string {
  return fixMojibake(
    s
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B]/g, ''),
  );
}
