// Repair of double-encoded UTF-8 in HTML (src/extract/html/mojibake.ts), on small invented strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairMojibake } from '../src/extract/html/mojibake.js';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';

/** UTF-8 text as a page that double-encoded it serves it: each byte read as one Latin-1 character. */
function doubleEncoded(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

test('a page whose text is double-encoded UTF-8 is repaired', () => {
  const broken = doubleEncoded('It doesn’t cost much — about €30, and it’s “easy”. Café.');
  assert.notEqual(broken, 'It doesn’t cost much — about €30, and it’s “easy”. Café.');
  assert.equal(repairMojibake(`<p>${broken}</p>`), '<p>It doesn’t cost much — about €30, and it’s “easy”. Café.</p>');
});

test('a page with one or two stray C1 characters is left as it is', () => {
  const markup = `<p>Müller sagt: ${doubleEncoded('’')} und Café.</p>`;
  assert.equal(repairMojibake(markup), markup);
});

test('correct Latin-1 range text next to repaired text is kept ("Müller", "à la")', () => {
  const markup = `<p>${doubleEncoded('’’’')} Müller à la carte</p>`;
  assert.equal(repairMojibake(markup), '<p>’’’ Müller à la carte</p>');
});

test('the title of a double-encoded page reads right', () => {
  const title = doubleEncoded('A DIY Investor’s Guide — “Retirement” in 2025');
  const { document } = parseHtml(`<html><head><title>${title}</title></head><body><h1>${title}</h1><p>Text.</p></body></html>`);
  assert.equal(extractMetadata(document, null).title, 'A DIY Investor’s Guide — “Retirement” in 2025');
});

test('correct letters that happen to spell a valid sequence ("ß" or "à" before a no-break space) are kept', () => {
  const markup = `<p>${doubleEncoded('’’’ Café')} Fuß\u00a0hoch, à\u00a0«quoi»</p>`;
  assert.equal(repairMojibake(markup), '<p>’’’ Café Fuß\u00a0hoch, à\u00a0«quoi»</p>');
});
