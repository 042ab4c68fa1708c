/**
 * Escapes text from documents so that it shows literally in Markdown: a policy that contains
 * "*", "|" or "<script>" must not change the report's structure or inject HTML. Only the
 * characters that can do so inline are escaped, so the Markdown source stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`).replace(/\n/g, ' ');
}
