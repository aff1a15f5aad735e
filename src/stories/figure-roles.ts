// Role words of news figures: words of one meaning put in one class ("killed", "died", "dead" -> "kill"), so that two
// outlets' clauses around one figure share their role however they word it. Used by figures.ts and claims-sentences.ts.
import { nounKey } from './claims-synonyms.js';
import { normalizeToken } from './text.js';

/** Words of one meaning in news figures, by their first five letters; the first of each class is its key. */
const ROLE_CLASSES: string[][] = [
  ['kill', 'died', 'die', 'dies', 'dead', 'death', 'fatal', 'bodie', 'body', 'lives', 'toll', 'peris', 'victi'],
  ['injur', 'wound', 'hurt', 'hospi', 'patie'],
  ['worke', 'workf', 'emplo', 'staff', 'membe', 'docke', 'dockw', 'miner', 'labou', 'job', 'jobs', 'posts', 'roles', 'posit'],
  ['peopl', 'perso', 'resid', 'civil', 'indiv'],
  ['passe', 'trave', 'commu', 'aboar', 'board'],
  ['ship', 'ships', 'vesse', 'boat', 'boats', 'freig', 'cargo', 'tanke'],
  ['plane', 'jet', 'jets', 'aircr', 'airli'],
  ['home', 'homes', 'house', 'dwell', 'build'],
  ['evacu', 'displ', 'fled', 'flee', 'empti', 'homel', 'shelt', 'accom', 'reloc'],
  ['arres', 'detai', 'held', 'custo'],
  ['rescu', 'saved', 'pulle', 'survi'],
  ['missi', 'unacc'],
  ['cut', 'cuts', 'axe', 'shed', 'slash', 'elimi', 'layof', 'redun', 'remov', 'aboli'],
  ['agree', 'accor', 'deals', 'deal', 'pacts', 'pact', 'memor', 'instr', 'treaty', 'treaties', 'contract'],
  ['sign', 'signe', 'inked', 'seale', 'concl'],
  ['strik', 'walko', 'stopp'],
  ['tarif', 'dutie', 'duty', 'levie', 'levy'],
  ['cance', 'scrap', 'groun'],
  // A bridge "built in 1961" is one "opened in 1963"; works "completed in 2029" are "finished in 2030".
  ['compl', 'finis', 'built', 'opene', 'inaug', 'commi', 'erect'],
  // What is planned: works "expected to be completed", "due to be finished", completion "scheduled for".
  ['sched', 'expec', 'due', 'plann'],
  // A goal: trade "aimed" at a figure by a year is a "target".
  ['targe', 'aimed', 'aims', 'goal', 'goals', 'objec'],
  // A port's capacity in "containers" is another outlet's "TEUs".
  ['conta', 'teu', 'teus'],
  // A plant "will power" 800,000 homes" that another outlet says "supplies electricity to one million homes".
  ['suppl', 'power', 'elect'],
  // Homes "destroyed" by one outlet are "flattened" or "razed" by another.
  ['destr', 'flatt', 'razed', 'levell', 'levele', 'demol', 'wreck', 'oblit'],
  // A term "in prison" is one "behind bars" or "in jail": "sentenced to 15 years" / "an effective 12 years behind bars".
  ['priso', 'jail', 'jails', 'jaile', 'bars', 'impri', 'incar', 'sente'],
  // Where a distance at sea is measured from: "300 metres from the jetty" / "half a kilometre from the shore".
  ['shore', 'jetty', 'jetti', 'coast', 'pier', 'piers', 'quay', 'quays', 'wharf', 'beach', 'landi'],
];
const ROLE_KEYS = new Map(ROLE_CLASSES.flatMap((members) => members.map((member) => [member, members[0]!] as const)));
const ROLE_PREFIXES = [...ROLE_KEYS].filter(([member]) => member.length >= 5 || member === 'kill').sort((a, b) => b[0].length - a[0].length);

/** A word's role key: its class, else its first five letters (singular). */
export function roleKey(word: string): string {
  const token = normalizeToken(word);
  const known = ROLE_KEYS.get(token);
  if (known) return known;
  // Nouns of one thing across outlets ("pieces"/"items") share the slot classes of claims-synonyms.ts.
  const noun = nounKey(token);
  if (noun !== token) return ROLE_KEYS.get(noun) ?? noun.slice(0, 5);
  // Class members of five or more letters (and "kill") are stems ("kill" for "killed", "killing"); shorter ones whole words.
  for (const [member, key] of ROLE_PREFIXES) if (token.startsWith(member)) return key;
  return token.slice(0, 5);
}

