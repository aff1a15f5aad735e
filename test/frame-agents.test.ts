// The agent frames of frames.ts (src/stories/frame-agents.ts): who does the act of a clause, on sentences and small
// stories written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agentStem, readAgents } from '../src/stories/frame-agents.js';
import { frameConflicts } from '../src/stories/frames.js';

const story = (...texts: string[]) => texts.map((text, i) => ({ article: `a${i}`, date: '2031-05-14', text }));
const agents = (sentence: string, text = sentence) => readAgents(sentence, text).map((reading) => [reading.person, reading.verb]);

test('an agent is read from "NAME, who VERBed", a passive "by NAME" and a name before its verb, posts left out', () => {
  assert.deepEqual(agents('Chief executive Orla Brandt, who announced the cuts on a call with analysts, said costs had risen.'), [['Orla Brandt', 'announced']]);
  assert.deepEqual(agents('The cuts were presented on the call by finance director Tomas Veyre.'), [['Tomas Veyre', 'presented']]);
  assert.deepEqual(agents('Harbour Minister Ilse Marrow opened the new quay on the east bank.'), [['Ilse Marrow', 'opened']]);
});

test('speech is no act; a lone surname is the full name its article writes, or no agent at all', () => {
  assert.deepEqual(agents('Ilse Marrow said the quay would open in May.'), []);
  assert.deepEqual(agents('Marrow opened the quay.', 'Harbour Minister Ilse Marrow arrived by boat. Marrow opened the quay.'), [['Ilse Marrow', 'opened']]);
  assert.deepEqual(agents('Marrow opened the quay.'), []);
});

test('one stem for a verb in its forms: "scored", "score" and "scoring"', () => {
  assert.equal(agentStem('scored'), agentStem('score'));
  assert.equal(agentStem('scoring'), agentStem('scored'));
  assert.equal(agentStem('cutting'), agentStem('cut'));
});

test('one act credited to two people, neither named by the other outlet, is a dispute over who did it', () => {
  const found = frameConflicts(
    story(
      'Chief executive Orla Brandt, who announced the job cuts on a call with analysts, said costs had risen.',
      'The job cuts were announced on the analyst call by finance director Tomas Veyre.',
    ),
    ['agent'],
  );
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'who announced');
  assert.deepEqual(found[0]!.versions.map((version) => [version.value, version.articles]), [['Orla Brandt', ['a0']], ['Tomas Veyre', ['a1']]]);
});

test('no agent dispute: one person twice, two acts, a speaker against a doer, an article naming both', () => {
  const none = (...texts: string[]) => assert.deepEqual(frameConflicts(story(...texts), ['agent']), []);
  // The same person, written in full and by title and surname.
  none('Ilse Marrow signed the harbour agreement at the port office.', 'Minister Marrow signed the harbour agreement. Ilse Marrow then left.');
  // Two people each doing a different act to one thing.
  none('Ilse Marrow opened the bridge to traffic.', 'Engineer Pavel Dunmore inspected the bridge.');
  // A quotation's speaker is no doer of the act.
  none('Ilse Marrow signed the harbour agreement at the port office.', '"The harbour agreement is a good one," said Pavel Dunmore.');
  // An article naming both people knows both: the other's doer stood beside its own.
  none('Ilse Marrow signed the harbour agreement at the port office.', 'Pavel Dunmore signed the harbour agreement, with Ilse Marrow looking on.');
});
