// Text for a terminal. File names, headlines, manifest values and the user's own query reach the screen, and
// any of them may carry control characters: "\u001b[2J" clears the screen, "\u001b]0;...\u0007" retitles the
// window, a right-to-left override reorders what follows. They are shown as visible escapes instead.

/** Every control character but the line break and tab, and the bidirectional overrides, as \uXXXX. */
export function terminalSafe(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
