// Words outlets use for one thing or one act: "passengers" and "travellers", "surgeries" and "operations",
// "evacuated" and "emptied". A generic claim's noun and verb are put in their class before alignment, so that two
// outlets' counts of one fact meet in one slot. The classes are small and kept to words that name the same thing in
// news about one event; nouns that only overlap ("villages" and "towns") stay apart.

/** Nouns (singular) of one thing; the first of each class is its key. */
const NOUN_CLASSES: string[][] = [
  ['passenger', 'traveller', 'traveler', 'commuter', 'flyer'],
  ['surgery', 'operation', 'procedure'],
  ['piece', 'item', 'artefact', 'artifact', 'object'],
  ['miner', 'worker', 'employee'],
  ['ship', 'vessel', 'boat'],
  ['aircraft', 'plane', 'jet', 'airliner', 'airplane'],
  ['drone', 'uav'],
  ['thief', 'robber', 'burglar', 'raider'],
  ['home', 'house', 'dwelling'],
  ['car', 'vehicle'],
  ['truck', 'lorry'],
  ['soldier', 'troop', 'serviceman'],
  ['lawmaker', 'legislator', 'mp', 'deputy'],
  ['firefighter', 'fireman'],
  ['doctor', 'physician'],
  ['protester', 'demonstrator', 'marcher'],
  ['suspect', 'national', 'smuggler'],
  ['tourist', 'visitor', 'holidaymaker'],
  ['village', 'settlement', 'hamlet'],
  ['depot', 'terminal', 'hub'],
  ['workforce', 'staff', 'payroll', 'headcount'],
];

/** Events whose durations outlets name with different words ("the five-year mission", "will operate for seven years"). */
const DURATION_CLASSES: string[][] = [
  ['fire', 'blaze', 'wildfire', 'firefighting'],
  ['raid', 'robbery', 'heist', 'break-in', 'attack', 'assault'],
  ['strike', 'walkout', 'stoppage'],
  ['mission', 'operation', 'deployment'],
  ['rescue', 'search'],
  ['construction', 'building', 'works', 'renovation'],
  ['rain', 'rainfall', 'downpour', 'storm'],
  ['talks', 'meeting', 'negotiations', 'session'],
  ['closure', 'shutdown', 'blockage', 'suspension'],
  ['period', 'term', 'roadmap', 'timetable', 'plan', 'programme', 'program'],
];

/**
 * Verbs of one act, by their first letters (settings.claims.verbStemLetters, five): "evacuated", "evacuation" and
 * "emptied" are one act; "launched" and "shot down" are two.
 */
const VERB_CLASSES: string[][] = [
  ['evacu', 'empti', 'empty', 'clear'],
  ['arres', 'detai', 'held', 'custo'],
  ['cance', 'scrap', 'axed', 'groun'],
  ['postp', 'delay', 'defer', 'put o', 'push'],
  ['destr', 'down', 'downe', 'shot', 'shoot', 'inter', 'neutr', 'washe', 'swept'],
  ['launc', 'fired', 'sent'],
  ['seize', 'confi', 'found', 'disco', 'recov'],
  ['stran', 'beach'],
  ['reflo', 'saved', 'rescu', 'retur'],
  ['burst', 'overf', 'breac'],
  ['damag', 'hit'],
  ['injur', 'wound', 'hurt'],
  ['stole', 'steal', 'stolen', 'taken', 'took', 'loote', 'snatc'],
  ['close', 'shut'],
  ['flood', 'inund', 'subme'],
  ['treat', 'assis', 'cared', 'atten', 'helpe'],
  ['signe', 'inked', 'seale', 'concl'],
  ['cut', 'cuts', 'axe', 'axing', 'shed', 'slash', 'elimi'],
  ['start', 'lined', 'ran', 'compe', 'enter'],
];

/** A generic noun that counts what a named slot counts: "made 12 arrests" against "arrested 15 people". */
const NAMED_SLOTS: Record<string, string> = {
  arrest: 'arrested', death: 'death toll', fatality: 'death toll', injury: 'injured', evacuee: 'displaced',
  agreement: 'agreements signed', accord: 'agreements signed',
};

function keys(classes: string[][]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, ...others] of classes) for (const word of [key!, ...others]) if (!map.has(word)) map.set(word, key!);
  return map;
}
const nounKeys = keys(NOUN_CLASSES);
const durationKeys = keys(DURATION_CLASSES);

/** "traveller" -> "passenger"; "traveller duration" -> "passenger duration"; other words as they are. */
export function nounKey(slot: string): string {
  if (NAMED_SLOTS[slot]) return NAMED_SLOTS[slot];
  const duration = /^(\S+) duration$/u.exec(slot);
  if (duration) return `${durationKeys.get(duration[1]!) ?? duration[1]} duration`;
  const words = slot.split(' ');
  return words.map((word) => nounKeys.get(word) ?? word).join(' ');
}

/** A verb's stem, put in its class: "emptied" and "evacuation" -> "evacu". */
export function verbKey(verb: string, letters: number): string {
  const lower = verb.toLowerCase();
  const stem = lower.slice(0, letters);
  for (const members of VERB_CLASSES) {
    if (members.some((member) => (member.length < letters ? lower === member || lower.startsWith(`${member} `) : stem === member))) return members[0]!;
  }
  return stem;
}
