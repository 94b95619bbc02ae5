/** `text` made literal inside a regular expression: a name such as "Sen. O'Neill (R-Mass.)" matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
