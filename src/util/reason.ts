// What went wrong, in one line a log or a user can read: an error's first line of message (a stack trace never
// reaches a user), or the thrown value as text.

/** The first line of an error's message, or the thrown value as text. */
export function reason(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}
