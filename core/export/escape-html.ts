const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values: a quote such as
 * `<script>` or `" onload="` from a document or a reviewer's reason then shows as text and
 * can neither open an element nor leave an attribute. Each character is replaced once, in a
 * single pass, so an entity already in the text ("&lt;") is shown as written, not decoded.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
