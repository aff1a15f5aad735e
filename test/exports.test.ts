import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, exportDossier, ExportError } from '../src/report/exports.js';
import { GDELT_EVENT_COLUMNS, globalEventNumber, quadClass, splitActorCode } from '../src/report/gdelt.js';
import { articlesOnlyDossier, fixtureDossier, hostileDossier } from './fixtures/dossier.js';

/** A small RFC 4180 reader for checking what the exporter wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

test('events CSV follows the GDELT 2.0 event table layout, filling the fields that map', () => {
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  const rows = parseCsv(exportDossier(fixtureDossier, { format: 'csv', what: 'events', exportedAt: new Date('2024-05-01T10:20:30Z') }));
  const [header, ...events] = rows;
  assert.deepEqual(header, [...GDELT_EVENT_COLUMNS]);
  assert.equal(events.length, fixtureDossier.events.length);
  const first = Object.fromEntries(header!.map((name, i) => [name, events[0]![i]]));
  assert.equal(first.GlobalEventID, String(globalEventNumber(fixtureDossier.events[0]!.id)));
  assert.match(first.GlobalEventID!, /^\d{1,16}$/);
  const ids = events.map((row) => row[0]);
  assert.equal(new Set(ids).size, ids.length, 'one number per event');
  const reordered = { ...fixtureDossier, events: [...fixtureDossier.events].reverse() };
  const again = parseCsv(exportDossier(reordered, { format: 'csv', what: 'events' })).slice(1);
  assert.equal(again.at(-1)![0], first.GlobalEventID, 'the number follows the event, not its position');
  assert.equal(first.Day, '20240304');
  assert.equal(first.MonthYear, '202403');
  assert.equal(first.Actor1Code, 'VALLAB');
  assert.equal(first.Actor1Name, 'DOCK WORKERS');
  assert.equal(first.Actor1Type1Code, 'LAB');
  assert.equal(first.EventCode, '143');
  assert.equal(first.EventRootCode, '14');
  assert.equal(first.QuadClass, '4');
  assert.equal(first.IsRootEvent, '1');
  assert.equal(first.ActionGeo_FullName, 'Valmora');
  assert.equal(first.DATEADDED, '20240501102030');
  assert.equal(first.SOURCEURL, 'fixtures/valmora-ledger-1.txt');
  assert.equal(first.GoldsteinScale, '');
  const noTarget = Object.fromEntries(header!.map((name, i) => [name, events[1]![i]]));
  assert.equal(noTarget.Actor2Name, '');
  assert.ok(events.every((row) => row.length === 61));
});

test('CAMEO actor codes split into country, group and types; QuadClass from the root', () => {
  assert.deepEqual(splitActorCode('MMRMIL'), { country: 'MMR', knownGroup: '', types: ['MIL'] });
  assert.deepEqual(splitActorCode('RUS'), { country: 'RUS', knownGroup: '', types: [] });
  assert.deepEqual(splitActorCode('GOV'), { country: '', knownGroup: '', types: ['GOV'] });
  assert.deepEqual(splitActorCode('IGOUNO'), { country: '', knownGroup: 'UNO', types: ['IGO'] });
  assert.deepEqual(splitActorCode('bad code'), { country: '', knownGroup: '', types: [] });
  assert.deepEqual([quadClass('042'), quadClass('0871'), quadClass('112'), quadClass('190'), quadClass('xx')], [1, 2, 3, 4, null]);
});

test('CSV quoting and spreadsheet-formula guard on untrusted text', () => {
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  const dossier = structuredClone(fixtureDossier);
  dossier.articles[0]!.title = '=HYPERLINK("http://x")';
  const rows = parseCsv(exportDossier(dossier, { format: 'csv', what: 'articles' }));
  assert.equal(rows[1]![1], `'=HYPERLINK("http://x")`);
  const hostile = parseCsv(exportDossier(hostileDossier(), { format: 'csv', what: 'articles' }));
  assert.equal(hostile.length, fixtureDossier.articles.length + 1, 'payloads with commas, quotes and newlines stay in their cells');
});

test('JSON, JSONL and Markdown exports; csv of a whole dossier is refused', () => {
  const json = JSON.parse(exportDossier(fixtureDossier, { format: 'json', what: 'dossier' }));
  assert.deepEqual(json, JSON.parse(JSON.stringify(fixtureDossier)));
  const lines = exportDossier(fixtureDossier, { format: 'jsonl', what: 'dossier' }).trim().split('\n').map((l) => JSON.parse(l));
  const d = fixtureDossier;
  assert.equal(lines.length, d.articles.length + d.stories.length + d.events.length + d.entities.length + d.quotes.length + d.timeline.length);
  assert.deepEqual(lines[0].kind, 'article');
  const events = exportDossier(fixtureDossier, { format: 'jsonl', what: 'events' }).trim().split('\n');
  assert.equal(JSON.parse(events[0]!).id, 'valmora-ledger-1#e1');
  assert.match(exportDossier(fixtureDossier, { format: 'md', what: 'events' }), /\| 2024-03-04 \| PROTEST \| 143 \|/);
  assert.match(exportDossier(articlesOnlyDossier, { format: 'md', what: 'events' }), /No coded events/);
  assert.equal(exportDossier(articlesOnlyDossier, { format: 'csv', what: 'events' }).split('\r\n').length, 2, 'header only');
  assert.throws(() => exportDossier(fixtureDossier, { format: 'csv', what: 'dossier' }), ExportError);
});
