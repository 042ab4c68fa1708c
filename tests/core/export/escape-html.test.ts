import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../core/export/escape-html.js';
import { html, SafeHtml } from '../../../core/export/html-template.js';

describe('escapeHtml', () => {
  it('turns every character that can start markup or leave an attribute into an entity', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('shows an entity already in the text as written instead of decoding it', () => {
    expect(escapeHtml('&lt;b&gt; och &amp;')).toBe('&amp;lt;b&amp;gt; och &amp;amp;');
  });

  it('leaves Swedish text and other characters alone', () => {
    const text = 'Åsa Öberg: ”god fysik” – 15 % § 12 \u00a0 😀';
    expect(escapeHtml(text)).toBe(text);
  });
});

describe('html template', () => {
  it('escapes interpolated text but keeps markup built by the template', () => {
    const inner = html`<b>${'<i>'}</b>`;
    const page = html`<p title="${'" onmouseover="x'}">${inner}${['<a>', html`<br>`]}${undefined}${false}${3}</p>`;
    expect(page).toBeInstanceOf(SafeHtml);
    expect(page.markup).toBe('<p title="&quot; onmouseover=&quot;x"><b>&lt;i&gt;</b>&lt;a&gt;<br>3</p>');
  });

  it('does not trust an object that merely looks like markup', () => {
    const fake = { markup: '<script>' } as unknown as string;
    expect(html`${fake}`.markup).not.toContain('<script>');
  });
});
