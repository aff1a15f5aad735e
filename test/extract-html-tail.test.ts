import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { isAuthorBio } from '../src/extract/html/tail.js';
import { disclaimerReason, isCommentSection } from '../src/extract/html/hints.js';

const PROSE = [
  'The harbour board met on Tuesday evening, and after a long debate it voted to dredge the northern channel this summer.',
  'Fishermen had asked for the work for years, saying that larger boats, loaded with the morning catch, ran aground at low tide.',
  'The cost, estimated at two million, will be shared by the town, the regional government and the fishing cooperative.',
  'Work is due to start in June, and the channel should reopen to all boats before the autumn storms, the board said.',
];
const BIO = 'Mara Lindqvist is a staff reporter at the Coast Courier covering harbours, fisheries and the regional council. She has written about the northern coast for twelve years, and before that she edited a weekly paper in the islands, where she also ran its photo desk for a decade and taught a class on local reporting.';

function page(body: string): string {
  return `<!doctype html><html><head><title>Harbour channel to be dredged</title></head><body>${body}</body></html>`;
}

const paragraphs = (items: string[]): string => items.map((p) => `<p>${p}</p>`).join('');
const article = (inner: string): string => page(`<article><h1>Harbour channel to be dredged</h1>${inner}</article>`);

test('an author box named by its class goes even when its biography is long prose', () => {
  const result = extractHtml(article(`${paragraphs(PROSE)}<div class="author_bio-box"><p>${BIO}</p></div>`));
  assert.deepEqual(result.paragraphs, PROSE);
  assert.ok(result.boilerplate.some((b) => b.reason === 'byline' && b.text.startsWith('Mara Lindqvist')));
});

test('a biography after the last paragraph goes with its heading; one opening a profile stays', () => {
  const result = extractHtml(article(`${paragraphs(PROSE)}<div><h4>About Mara</h4><p>${BIO}</p></div>`));
  assert.deepEqual(result.paragraphs, PROSE);
  const profile = extractHtml(article(paragraphs([BIO, ...PROSE])));
  assert.equal(profile.paragraphs[0], BIO);
  assert.ok(isAuthorBio("Hi there! I'm Mara, and I started this blog in 2011."));
  assert.ok(isAuthorBio('Dr. Jane van Doe is the head of research at the institute.'));
  assert.ok(!isAuthorBio('Whether this is the most efficient way is unclear to the board, which is a cautious body of editors.'));
  assert.ok(!isAuthorBio('Jamaica is seeing a strong return of travellers as the tourism board and its director report.'));
});

test('a collapsed accordion panel is read; a hidden popup is not', () => {
  const panel = `<div class="faq"><h3>When does work start?</h3><div style="display:none" role="region"><p>${PROSE[3]}</p></div></div>`;
  const popup = '<div style="display:none" class="popup"><p>Join our mailing list today and never miss a single story from the harbour, the coast or the islands.</p></div>';
  const result = extractHtml(article(`${paragraphs(PROSE.slice(0, 3))}${panel}${popup}`));
  assert.ok(result.paragraphs.includes(PROSE[3]!), result.paragraphs.join('\n'));
  assert.ok(!result.paragraphs.some((p) => p.startsWith('Join our mailing list')));
});

test('content a parser left inside <head> is read as the body', () => {
  const markup = `<!doctype html><html><head><title>Harbour channel to be dredged</title><div id="article"><h1>Harbour channel to be dredged</h1>${paragraphs(PROSE)}</div></head><body><footer>Coast Courier</footer></body></html>`;
  const result = extractHtml(markup);
  for (const p of PROSE) assert.ok(result.paragraphs.includes(p), p);
});

test("a sign-up form's consent line and blog widget labels go", () => {
  const consent = 'By subscribing to this newsletter, you agree to our terms of service and privacy policy, and to receive occasional offers from our partners.';
  const result = extractHtml(article(`${paragraphs(PROSE.slice(0, 2))}<div><p>${consent}</p></div>${paragraphs(PROSE.slice(2))}<div><h3>Like this:</h3><p>Like Loading...</p></div>`));
  assert.deepEqual(result.paragraphs, PROSE);
  assert.ok(result.boilerplate.some((b) => b.reason === 'call to action' && b.text.startsWith('By subscribing')));
});

test('a row of teaser cards after the last paragraph goes; the same row inside the text stays', () => {
  const card = (n: number): string => `<li class="card post-${n}"><h3><a href="/story-${n}">Another story number ${n} from the coast</a></h3><p>A short excerpt of the other story, number ${n}, about the harbour.</p></li>`;
  const row = `<ul class="cards">${[1, 2, 3, 4].map(card).join('')}</ul>`;
  const after = extractHtml(article(`${paragraphs(PROSE)}${row}`));
  assert.deepEqual(after.paragraphs, PROSE);
  assert.ok(after.boilerplate.some((b) => b.reason === 'related links' && b.text.startsWith('Another story number 1')));
  const inside = extractHtml(article(`${paragraphs(PROSE.slice(0, 2))}${row}${paragraphs(PROSE.slice(2))}`));
  assert.ok(inside.paragraphs.includes('A short excerpt of the other story, number 2, about the harbour.'), inside.paragraphs.join('\n'));
});

test('affiliate disclosures worded "we may earn an affiliate commission" are furniture', () => {
  assert.equal(disclaimerReason('If you buy a product featured here, we may earn an affiliate commission or other compensation.'), 'call to action');
  assert.equal(disclaimerReason('We are a reader-supported website and do not accept payment from manufacturers.'), 'call to action');
  assert.equal(disclaimerReason('The board may earn interest on the fund while the channel is dredged.'), null);
});

test('teaser rows that hold most of the article\'s text are its own entries, not teasers', () => {
  const entry = (n: number): string => `<div class="entry"><h3><a href="/trail-${n}">Trail number ${n} along the bay</a></h3><p>The trail number ${n} runs along the bay for several miles, past the marsh, the old pier and the boat ramps, and it is paved all the way to the lighthouse at the end.</p></div>`;
  const intro = '<p>These are the trails we like best for a long ride along the bay, from the marsh in the north to the lighthouse.</p>' +
    '<p>All of them are open all year, and most have a car park, water and a bike repair stand at the start of the trail.</p>';
  const result = extractHtml(article(`<div class="text">${intro}<div class="entries">${[1, 2, 3, 4].map(entry).join('')}</div></div>`));
  assert.ok(result.paragraphs.some((p) => p.startsWith('The trail number 3 runs')), result.paragraphs.join('\n'));
});

test('a teaser card with a date line, excerpt and a "Read more" link (up to 600 characters) is still a teaser', () => {
  const excerpt = 'A longer excerpt of another story from the coast, telling of the ferry, the pier and the storms of the past winter, which ran for weeks and closed the harbour to all boats more than once, so that the island shops ran short of bread, milk and fuel, and the school stayed closed for most of January while the council argued about who should pay for a new breakwater.';
  const card = (n: number): string => `<article class="card post-${n}"><h3><a href="/story-${n}">Another story number ${n} from the coast</a></h3>` +
    `<p>By Staff Writer, October ${n}, 2025</p><p>${excerpt}</p><p><a href="/story-${n}">Read more<span> Another story number ${n} from the coast</span></a></p></article>`;
  const text = [...PROSE, ...PROSE.map((p, i) => `In the second part of the meeting, item ${i + 1}: ${p}`), ...PROSE.map((p, i) => `On the third day, point ${i + 1}: ${p}`)];
  const result = extractHtml(article(`${paragraphs(text)}<div class="cards">${[1, 2, 3].map(card).join('')}</div>`));
  assert.deepEqual(result.paragraphs, text);
  assert.ok(result.boilerplate.some((b) => b.reason === 'related links' && b.text.startsWith('Another story number 2')));
});

test('a contact form inside the article goes with its reason; a page-wide form around the article stays', () => {
  const form = '<form class="contact"><h3>Contact us</h3><label>First Name</label><input type="text"><label>Email</label><input type="email">' +
    '<label>How did you find us?</label><select><option>Search</option></select><label>Message</label><textarea></textarea><button>Send</button></form>';
  const result = extractHtml(article(`${paragraphs(PROSE.slice(0, 2))}${form}${paragraphs(PROSE.slice(2))}`));
  assert.deepEqual(result.paragraphs, PROSE);
  assert.ok(result.boilerplate.some((b) => b.reason === 'call to action' && b.text.includes('First Name')));
  const wrapped = extractHtml(page(`<form id="page"><input type="hidden"><input type="text" name="q"><input type="email"><article><h1>Harbour channel to be dredged</h1>${paragraphs(PROSE)}</article></form>`));
  assert.deepEqual(wrapped.paragraphs, PROSE);
});

test('any form inside the article goes, however long its labels; the page-wide form stays', () => {
  // A filter over a comparison list: one field, and more text than a sign-up form has.
  const rows = ['Top speed measured on the flat test track', 'Range measured on the mixed city loop', 'Weight including the battery pack']
    .map((label, i) => `<div class="row"><span>${label} in the spring tests of the season number ${i + 1}</span></div>`).join('');
  const filter = `<form class="compare"><label>Sort the results by</label><select><option>Speed</option></select>${rows.repeat(8)}</form>`;
  const result = extractHtml(article(`${paragraphs(PROSE.slice(0, 2))}${filter}${paragraphs(PROSE.slice(2))}`));
  assert.deepEqual(result.paragraphs, PROSE);
  assert.ok(result.boilerplate.some((b) => b.reason === 'call to action' && b.text.startsWith('Sort the results by')));
  const poll = '<form class="poll"><p>Should the town pay for the dredging?</p><input type="radio" name="v"><button>Vote</button></form>';
  assert.deepEqual(extractHtml(article(`${paragraphs(PROSE)}${poll}`)).paragraphs, PROSE);
});

test('a comment section longer than the article still goes; an opinion piece classed "commentary" stays', () => {
  assert.equal(isCommentSection('single-post-section comments-section'), true);
  assert.equal(isCommentSection('disqus_thread'), true);
  assert.equal(isCommentSection('news subjective commentary'), false);
  assert.equal(isCommentSection('comment-count'), false);
  assert.equal(isCommentSection('comment even thread-even depth-1'), true);
  const comment = (n: number): string => `<div class="item"><p>Reader ${n} wrote: I have sailed out of this harbour for thirty years, and the channel has silted up badly since the storms; dredging it is long overdue, whatever it costs the town, and the board should have done it ten years ago.</p></div>`;
  const comments = `<div class="comments-section">${[1, 2, 3, 4, 5].map(comment).join('')}</div>`;
  const result = extractHtml(article(`<div class="text">${paragraphs(PROSE)}${comments}</div>`));
  assert.deepEqual(result.paragraphs, PROSE);
  assert.ok(result.boilerplate.some((b) => b.reason === 'comments' && b.text.startsWith('Reader 1 wrote')));
  const opinion = extractHtml(article(`<div class="commentary">${paragraphs(PROSE)}</div>`));
  assert.deepEqual(opinion.paragraphs, PROSE);
});

test('a biography saying what its author has written or covers, and one under an "About the author" label, goes', () => {
  assert.equal(isAuthorBio('Mara has written for the Coast Courier since 2018. She covers harbours, fisheries and the regional council.'), true);
  assert.equal(isAuthorBio('Mara writes about harbours and fisheries for the Coast Courier, and her reports have won two regional prizes.'), true);
  assert.equal(isAuthorBio('Mara has written to the board twice about the channel, and it has not answered.'), false);
  const desk = 'The Coast Desk is a team of reporters who follow the harbour, the ferries and the council for the paper.';
  const labelled = extractHtml(article(`${paragraphs(PROSE)}<div><p>About the AuthorCoast Desk</p><p>${desk}</p></div>`));
  assert.deepEqual(labelled.paragraphs, PROSE);
  assert.ok(labelled.boilerplate.some((b) => b.reason === 'byline' && b.text === desk));
  const topic = extractHtml(article(`${paragraphs(PROSE)}<p>About the authority of the board, the minister said nothing.</p>`));
  assert.equal(topic.paragraphs.length, PROSE.length + 1);
});

test('screen-reader text clipped away by inline style (", opens new tab") and a lone "TOP" link are not article text', () => {
  const hidden = '<span style="clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;position:absolute;width:1px">, opens new tab</span>';
  const first = `The harbour board met on Tuesday evening, and after a long debate it voted to dredge the <a href="/channel">northern channel${hidden}</a> this summer.`;
  const result = extractHtml(article(`<p>${first}</p>${paragraphs(PROSE.slice(1))}<p><a href="#top">TOP</a></p>`));
  assert.deepEqual(result.paragraphs, PROSE);
  assert.ok(result.boilerplate.some((b) => b.reason === 'call to action' && b.text === ', opens new tab'));
});
