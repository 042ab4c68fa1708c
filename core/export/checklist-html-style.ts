/**
 * The style sheet of the printable checklist, inlined because the page loads nothing
 * (its CSP is `default-src 'none'`). Choices that matter:
 * - A4 with margins that leave room for binding and a page number;
 * - each principle that has items starts on a new page, table headers repeat on every
 *   page and a row is never split, so a printed item stays readable on its own;
 * - severity and decision are words (and a ☐/☑ box), never only a colour, and all text is
 *   near-black on white (contrast well above WCAG AA's 4.5:1) so a black-and-white print
 *   loses nothing.
 */
export const CHECKLIST_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font: 8pt system-ui, sans-serif; } }
:root { color: #111; background: #fff; font: 10.5pt/1.4 system-ui, "Segoe UI", Calibri, Arial, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 18pt; margin: 0 0 0.6em; }
h2 { font-size: 14pt; margin: 1.4em 0 0.5em; border-bottom: 1.5pt solid #111; padding-bottom: 0.15em; }
h3 { font-size: 11.5pt; margin: 1em 0 0.4em; }
table { width: 100%; border-collapse: collapse; margin: 0.4em 0 1em; }
caption { text-align: left; font-weight: 600; padding: 0.2em 0; }
th, td { border: 0.75pt solid #555; padding: 0.3em 0.45em; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
table.items, table.questions { table-layout: fixed; }
.summary table { width: auto; min-width: 16em; display: inline-table; margin-right: 2em; vertical-align: top; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
thead th { background: #e8e8e8; }
th[scope="row"] { width: 28%; background: #f3f3f3; font-weight: 600; }
td p { margin: 0 0 0.25em; }
td.num, th.num { text-align: right; width: 3.5em; white-space: nowrap; }
.severity { font-weight: 700; text-transform: uppercase; letter-spacing: 0.02em; }
.severity-error::before { content: "■ "; }
.severity-warning::before { content: "▲ "; }
.severity-info::before { content: "○ "; }
.box { font-size: 12pt; }
.carry { font-style: italic; }
.hash { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 8.5pt; word-break: break-all; }
blockquote { margin: 0.3em 0 0.3em 0.6em; padding-left: 0.5em; border-left: 2pt solid #555; }
.label { font-weight: 600; }
.empty { font-style: italic; }
ul.places { margin: 0; padding: 0; list-style: none; }
ul.places li + li { margin-top: 0.2em; }
.blank { display: inline-block; min-width: 14em; border-bottom: 0.75pt solid #111; min-height: 1.2em; }
.paper { display: grid; grid-template-columns: 2fr 2fr 1fr; gap: 1.5em; margin-top: 4.5em; }
.paper div { border-top: 0.75pt solid #111; padding-top: 0.2em; font-size: 9pt; }
@media print {
  body { max-width: none; padding: 0; }
  section.principle.has-items { break-before: page; }
  thead { display: table-header-group; }
  tr, blockquote, .paper { break-inside: avoid; }
  h2, h3, caption { break-after: avoid; }
  section.signatures { break-inside: avoid; }
}
`;
