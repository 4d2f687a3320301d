import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html-escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives meaning to, ampersand first', () => {
    expect(escapeHtml(`<a href="x">'&amp;'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;amp;&#39;&lt;/a&gt;');
  });

  it('leaves Chinese text and full-width punctuation alone', () => {
    expect(escapeHtml('“三公”经费（含）＜100')).toBe('“三公”经费（含）＜100');
  });
});
