/** The start of `text`, short enough to quote in an error message. */
export function excerpt(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
