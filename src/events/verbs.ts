// Verb and noun patterns per CAMEO code, in the phrase language of patterns.ts. Written from the CAMEO code book's
// definitions: one line per way news writes the act. Longer, more specific phrases win over shorter ones at the
// same place, so "lodged a protest" (114) beats "protest" (141).
import { firstWords, phraseRegExp, wordSlots } from './patterns.js';

export interface VerbPattern {
  cameo: string;
  phrase: string;
  /** Statements and reporting verbs: events only when nothing more specific is in the sentence. */
  statement?: boolean;
}

const OBJECT_AGREEMENT = 'agreement+|pact+|deal+|treaty|treaties|accord+|memorandum|memorandums|mou|contract+|protocol+|charter';
const OBJECT_AID = 'aid|assistance|grant+|loan+|food|medicine+|supplies|funds|funding|dollars|relief';

const PATTERNS: VerbPattern[] = [
  // 01 public statements: reporting verbs; kept so a sentence with only a statement still codes something.
  { cameo: '010', phrase: 'say~|announce~|state~|declare~|tell~|add~|comment~|remark~', statement: true },
  { cameo: '010', phrase: 'report~|confirm~|press release|news release|statement', statement: true },
  { cameo: '011', phrase: 'decline~ to comment|refuse~ to comment|no_comment' },
  { cameo: '012', phrase: 'pessimistic|skeptical|sceptical|doubtful|gloomy' },
  { cameo: '013', phrase: 'optimistic|confident|hopeful' },
  { cameo: '014', phrase: 'consider~|explore~|study~ *2 possibility|weigh~ *2 option+|review~ *2 (policy)' },
  { cameo: '015', phrase: 'acknowledge~|admit~|claim~ responsibility' },
  { cameo: '016', phrase: 'deny|denies|denied|denying' },
  { cameo: '017', phrase: 'condolence+|sympathy|sympathies|mourn~' },
  { cameo: '018', phrase: 'symbolic|symbol of friendship' },
  // 02 appeals
  { cameo: '020', phrase: 'appeal~ for|appeal~ to|call~ on|call~ upon|urge~|plead~|ask~ *3 to|request~|invite~' },
  // The PLOVER manual: an invitation to visit or to talks is an AGREE (intent to meet), not a request.
  { cameo: '036', phrase: 'invite~ *4 (visit|talks|summit|meeting|negotiations)|invitation to *3 (visit|talks|summit)' },
  { cameo: '020', phrase: 'call~ for|called_for' },
  { cameo: '020', phrase: 'ask~ *3 for' },
  { cameo: '023', phrase: 'ask~ *3 for *2 (aid|assistance|help)|appeal~ for *3 aid|appeal~ for *3 assistance|call~ for *3 aid|seek~ *3 aid|ask~ for *3 aid' },
  { cameo: '0234', phrase: 'call~ for *3 peacekeep~|peacekeepers|appeal~ for *3 protection' },
  { cameo: '026', phrase: 'call~ for *3 talks|urge~ *4 to *2 negotiate|call~ for *3 negotiations' },
  // 03 intent to cooperate
  { cameo: '030', phrase: 'agree~ to|agree~ on|agree~ upon|agree~ that|agree~ in principle|agreed|offer~ to|promise~|pledge~|vow~ to|commit~ to|committed to|willing to|prepared to|ready to|reaffirm~ *3 desire|express~ *3 desire' },
  { cameo: '0312', phrase: 'agree~ to *4 joint military exercise+|agree~ to *4 military cooperation' },
  { cameo: '036', phrase: 'agree~ to *2 meet|agree~ to *2 talks|offer~ to *2 negotiate|offer~ to *2 meet|scheduled to meet|due to meet|will meet|would meet|to hold talks' },
  { cameo: '039', phrase: 'offer~ to mediate' },
  // 04 consultations
  { cameo: '040', phrase: 'meet~|meeting+|talks|discuss~|consult~|confer~|summit+|hold~ *2 talks|held *2 talks|hold~ *2 meeting+|held *2 meeting+|consultation+' },
  { cameo: '041', phrase: 'telephone~|phone_call|phone_conversation|by_phone|by_telephone|spoke *2 by phone|phoned' },
  { cameo: '042', phrase: 'visit~|travel~ to|arrive~ in|arrive~ for|arrive~ at|trip to|trip abroad|trip+|fly|flew to|tour~' },
  { cameo: '042', phrase: 'official visit|state visit|working visit|visiting' },
  { cameo: '043', phrase: 'host~|hosted|welcomed *3 visit~|receive~ *2 delegation|greeted' },
  { cameo: '044', phrase: 'return~ to geneva|meet~ in geneva' },
  { cameo: '045', phrase: 'mediat~|mediation|broker~' },
  { cameo: '046', phrase: 'negotiate~|negotiation+|negotiating|peace talks' },
  // 05 diplomatic cooperation
  { cameo: '050', phrase: 'establish~ *2 diplomatic ties|establish~ *2 diplomatic relations|restore~ *2 relations|restore~ *2 ties|normalize~ *2 relations|strengthen~ *3 ties|boost~ *3 ties|bolster~ *3 ties|deepen~ *3 ties|improv~ *3 ties|improve~ *3 relations|strengthen~ *3 relations|opened an embassy|open~ *2 embassy' },
  { cameo: '051', phrase: 'praise~|hail~|commend~|applaud~|welcome~|endorse~|thank~|congratulate~|support~|back~ *2 (plan|bid|proposal|candidacy)|express~ *2 support|stance' },
  { cameo: '051', phrase: 'major supporter|key supporter|supporter+' },
  { cameo: '052', phrase: 'defend~ *2 right|defend~|stood_by|stand~ by|stand_with' },
  { cameo: '053', phrase: 'rally~ support|urge~ *4 to support' },
  { cameo: '054', phrase: 'recognize~|recognise~|recognition' },
  { cameo: '055', phrase: 'apologize~|apologise~|apology' },
  { cameo: '056', phrase: 'forgive~' },
  // Pardons and amnesties ease a legal sanction: the PLOVER manual codes them CONCEDE, unlike forgiveness.
  { cameo: '081', phrase: 'pardon~|amnesty|amnesties' },
  { cameo: '057', phrase: `sign~ *4 (${OBJECT_AGREEMENT})|conclude~ *4 (${OBJECT_AGREEMENT})|ink~ *4 (${OBJECT_AGREEMENT})|ratified|ratifies|seal~ *4 (${OBJECT_AGREEMENT})|signing` },
  { cameo: '057', phrase: `(${OBJECT_AGREEMENT}) *3 sign~|(${OBJECT_AGREEMENT}) *3 concluded|(${OBJECT_AGREEMENT}) was_signed` },
  // 06 material cooperation
  { cameo: '060', phrase: 'join~ forces|jointly|work~ together|cooperate|cooperates|cooperated|cooperating|collaborate~|work~ together|partner~ with' },
  { cameo: '061', phrase: 'invest~|trade agreement|free-trade|economic cooperation|trade ties' },
  { cameo: '062', phrase: 'joint *2 exercise+|joint *2 drill+|war games|military cooperation|defence cooperation|defense cooperation|arms deal+|sell~ *2 arms|selling arms|arms supplier+|arms supplies|supply~ *2 weapons|train~ *3 soldiers|army training|military training|military ties|defence ties|defense ties' },
  { cameo: '063', phrase: 'extradite~|judicial cooperation|hand~ over *4 suspect+' },
  { cameo: '064', phrase: 'share~ *3 intelligence|share~ *3 information|share~ *3 evidence|exchange~ *3 intelligence|exchange of experience|intelligence sharing' },
  // 07 aid
  { cameo: '070', phrase: `contribute~|hand~ over *5 (${OBJECT_AID})|provide~ *4 (${OBJECT_AID})|give~ *5 (${OBJECT_AID})|send~ *4 (${OBJECT_AID})|deliver~ *4 (${OBJECT_AID})|grant~ *4 (${OBJECT_AID})|donate~|pledge~ *4 (${OBJECT_AID})|assist~|helping|help~ *2 them` },
  { cameo: '071', phrase: 'economic aid|financial aid|economic assistance|financial assistance|loan+|credit+ worth|gave *5 dollars' },
  { cameo: '072', phrase: 'supply~ *3 (drones|missiles|jets|tanks|ammunition|arms|weapons|artillery)|deliver~ *3 (drones|missiles|jets|tanks|ammunition|arms|weapons)|military aid|military assistance|provide~ *4 weapons|provide~ *4 arms|send~ *4 weapons|send~ *4 arms|provide~ *4 military|providing army training|military intelligence|gift~|gifted' },
  // The PLOVER manual: hostage rescues, debt relief and voluntary compensation are AID.
  { cameo: '070', phrase: 'rescue~ *4 (hostage+|victims|captives|sailors|crew|workers)|pay~ *3 compensation|compensate~|reparation+' },
  { cameo: '071', phrase: 'forgive~ *4 (debt+|loan+)|debt relief|cancel~ *3 debt+|write~ off *3 debt+|wrote off *3 debt+' },
  { cameo: '073', phrase: 'humanitarian aid|food aid|humanitarian assistance|emergency aid|medical aid|relief supplies' },
  { cameo: '074', phrase: 'peacekeeping troops|peacekeeping force|peacekeepers arrived|deploy~ *3 peacekeep~' },
  { cameo: '075', phrase: 'grant~ *3 asylum|asylum' },
  // 08 yield
  { cameo: '080', phrase: 'ease~|relax~|allow~|permit~|concede~|yield~|accede~|take~ *3 steps to' },
  { cameo: '081', phrase: 'end~ *3 restriction+|scrap~ *3 restriction+|remove~ *3 restriction+|lift~ *3 ban|lift~ *3 restriction+|ease~ *3 restriction+|political freedom+|enhance~ *3 freedom+' },
  { cameo: '0813', phrase: 'end~ *3 curfew+|lift~ *3 curfew|ease~ *3 curfew|shorten~ *6 curfew|relax~ *3 curfew' },
  { cameo: '0814', phrase: 'lift~ *3 state of emergency|lift~ *3 martial law|end~ *3 state of emergency|lifted *3 emergency' },
  // Withdrawing a demand is a concession (PLOVER manual).
  { cameo: '083', phrase: 'drop~ *3 demand+|withdraw~ *3 demand+|abandon~ *3 demand+' },
  { cameo: '083', phrase: 'accept~ *3 demand+|meet~ *3 demand+|agree~ to *3 demand+|allow~ *4 participate' },
  { cameo: '0831', phrase: 'resign~|step~ down|stepped down|quit~ *2 post' },
  { cameo: '0841', phrase: 'release~|free~|freed|set~ free|hand~ over|handed over|return~ *3 prisoner+|return~ *3 hostage+' },
  { cameo: '0842', phrase: 'return~ *4 property|return~ *4 helicopter|return~ *4 land|return~ *4 assets|return~ *4 (weapons|equipment|arms)' },
  { cameo: '085', phrase: 'lift~ *3 sanctions|ease~ *3 sanctions|lift~ *3 embargo|remove~ *3 sanctions|fail~ to renew *3 (sanctions|embargo)' },
  { cameo: '0863', phrase: 'allow~ *4 aid|open~ *4 to allow|opened *5 to allow|reopen~ *3 border+|re-open *3 border+|open~ *2 border+|opened *2 border+' },
  { cameo: '0871', phrase: 'ceasefire|cease-fire|truce|declare~ *2 ceasefire' },
  { cameo: '0872', phrase: 'lift~ *4 blockade|ease~ *4 blockade' },
  { cameo: '0873', phrase: 'demobilize~|demobilise~|disarm~|lay~ down *2 arms' },
  { cameo: '0874', phrase: 'withdraw~|withdrawal|pull~ out|pull~ back|retreat~|surrender~|evacuate~' },
  // Evacuating the wounded or civilians is humanitarian help, not a retreat.
  { cameo: '073', phrase: 'evacuate~ *3 (wounded|injured|civilians|refugees|casualties|sick|children)' },
  // 09 investigate
  { cameo: '091', phrase: 'put under investigation|placed under investigation' },
  { cameo: '090', phrase: 'investigate~|investigation+|inquiry|inquiries|probe~|hearing into|hearing+' },
  { cameo: '092', phrase: 'investigate~ *4 human rights|investigate~ *4 abuse+' },
  // 10 demand
  { cameo: '100', phrase: 'demand~|insist~|order~ *4 to|must|press~ *3 for|press~ *3 demand+|sought|seek~' },
  { cameo: '1041', phrase: 'demand~ *4 resignation|demand~ *4 removal|demand~ *4 step down|demand~ *4 ouster' },
  { cameo: '1053', phrase: 'demand~ *4 release' },
  // 11 disapprove
  { cameo: '110', phrase: 'concern~|concerned|disapprove~|regret~|dismay~|object~ to|deplore~' },
  { cameo: '111', phrase: 'criticize~|criticise~|criticism|condemn~|condemnation|denounce~|slam~|blast~|censure~|rebuke~|ostracize~|ostracise~' },
  { cameo: '112', phrase: 'accuse~|blame~|allege~|accusation+|charge~ *4 with|charging' },
  { cameo: '113', phrase: 'rally~ opposition|unite *3 against|mobilize *2 against' },
  { cameo: '114', phrase: 'complain~|complaint|lodge~ *3 protest|summon~ *4 ambassador|summon~' },
  { cameo: '115', phrase: 'sue|sues|sued|suing|lawsuit+|file~ *3 suit' },
  { cameo: '116', phrase: 'convict~|sentence~|found guilty|find~ *2 guilty' },
  // 12 reject
  { cameo: '120', phrase: 'vote~ against|voted against|reject~|refuse~|decline~|rebuff~|dismiss~|turn~ down|oppose~|renege~|spurn~|out of the question|fail~ to reach|not accept|will not|won\'t|refusing|refusal' },
  { cameo: '122', phrase: 'reject~ *4 aid|refuse~ *4 aid|reject~ *4 calls *3 aid' },
  { cameo: '125', phrase: 'reject~ *4 invitation|reject~ *4 meeting|reject~ *4 talks|refuse~ to meet' },
  { cameo: '127', phrase: 'reject~ *4 peace plan|reject~ *4 proposal|reject~ *4 plan|reject~ *4 offer|reject~ *4 ultimatum' },
  { cameo: '128', phrase: 'defy~|defied|violate~ *3 ban|flout~' },
  { cameo: '129', phrase: 'veto~' },
  // 13 threaten
  { cameo: '130', phrase: 'threaten~|threat+|warn~|warning' },
  { cameo: '138', phrase: 'threaten~ *4 attack|threaten~ *4 offensive|threaten~ *4 force|threaten~ *4 invasion|swear~ to fight|sworn to fight|vow~ to fight|vow~ *3 retaliat~|threaten~ *4 blows' },
  { cameo: '1312', phrase: 'threaten~ *4 sanction+|threaten~ *4 boycott|threaten~ *4 embargo' },
  { cameo: '1313', phrase: 'threaten~ *4 break *3 relations|threaten~ *4 sever' },
  { cameo: '139', phrase: 'ultimatum|deadline' },
  // 14 protest
  { cameo: '140', phrase: 'dissent|protest~|protester+|demonstrators' },
  { cameo: '141', phrase: 'took to the streets|take~ to the streets|demonstrate~|demonstration+|rally|rallies|rallied|march~|sit-in' },
  { cameo: '142', phrase: 'hunger strike+|hunger-strike' },
  { cameo: '143', phrase: 'strike|strikes|striking|walkout|stopped work|stop~ work|boycott~' },
  { cameo: '144', phrase: 'block~ *3 (road+|traffic|highway+|bridge+|entrance+|access|street+|railway+|transport|border+|crossing+|port+)|barricade~|obstruct~|blockade~ *2 roads|sit-in' },
  { cameo: '120', phrase: 'block~' },
  { cameo: '145', phrase: 'riot~|rioting|unrest|looting|throwing stones|stone-throwing' },
  // 15 force posture
  { cameo: '150', phrase: 'test-fire~ *3 missile+|test-fire~|test~ *3 missile+|missile test+|nuclear test+|military drills|military exercise+|naval drills|show of force|military parade|parade showcasing|flex~ *2 muscle' },
  { cameo: '152', phrase: 'on alert|high alert|state of alert|raise~ *3 alert' },
  { cameo: '153', phrase: 'patrols|deploy~ *3 police|reinforce~ *3 police' },
  { cameo: '154', phrase: 'send~ *3 troops|sent *3 troops|strengthen~ *2 forces|reinforce~ *2 forces|reinforce~ *2 troops|mobilize~|mobilise~|deploy~ *3 troops|deploy~ *3 forces|mass~ *3 troops|reservists|prepare~ to *2 resume|build~ up *3 forces' },
  // 16 reduce relations
  { cameo: '160', phrase: 'cut~ *3 supplies|halt~ *3 supplies|suspend~ *3 supplies|stop~ *3 supplies|suspend~|suspension|downgrade~|freeze~ *3 relations|recall~ *3 ambassador|prohibit~|deny entry|deny~ *3 entry' },
  { cameo: '161', phrase: 'cancel~ *3 visit|call~ off *3 visit|sever~ *3 ties|sever~ *3 relations|break~ off *3 relations|break~ *3 diplomatic|cut~ *3 diplomatic ties|cut~ ties' },
  { cameo: '162', phrase: 'suspend~ *3 aid|halt~ *3 aid|cut~ *3 aid|stop~ *3 aid|suspend~ *4 assistance|withhold~ *3 aid|prohibit~ *3 aid' },
  { cameo: '1622', phrase: 'suspend~ *4 military aid|halt~ *3 military aid' },
  { cameo: '164', phrase: 'halt~ *3 negotiations|suspend~ *3 talks|break~ off *2 talks|stop~ *3 negotiations' },
  { cameo: '165', phrase: 'end~ *3 mediation|halt~ *3 mediation|suspend~ *3 mediation' },
  { cameo: '166', phrase: 'expel~|expulsion|oust~ *3 diplomat+' },
  { cameo: '163', phrase: 'tariff+|ban~ *3 imports|ban~ *3 exports|freeze~ *3 assets|froze *3 assets|sanction+|impose~ *3 sanction+|embargo|arms embargo|blacklist~|boycott~ *3 goods|punitive measures' },
  // 17 coerce
  { cameo: '170', phrase: 'coerce~|seize~ power|seized power|took power|take~ power|came to power|coup|overthrow~|overthrew|takeover|force~ *4 out' },
  { cameo: '171', phrase: 'seize~ *3 property|seize~ *3 assets|seize~|seized' },
  { cameo: '176', phrase: 'hack~ into|hack~|cyberattack+|cyber attack+|cyber-attack+|deface~ *3 (web|website+|site+)' },
  { cameo: '1711', phrase: 'confiscate~|land confiscation+' },
  { cameo: '172', phrase: 'restrict~|restriction+|impose~ *3 restriction+|order~ *5 suspend|suspend publication' },
  { cameo: '1722', phrase: 'ban~ *3 part~y|ban~ *3 parties|outlaw~|ban~ *3 candidate+|banned|ban~ *3 voting' },
  { cameo: '1723', phrase: 'impose~ *3 curfew|curfew' },
  { cameo: '1724', phrase: 'state of emergency|martial law|emergency rule' },
  { cameo: '173', phrase: 'arrest~|detain~|detention|jail~|imprison~|indict~|round~ up|rounded up|custody|crackdown on dissent' },
  { cameo: '174', phrase: 'deport~|forced out|force~ out|expel~ *3 (journalist+|national+|worker+)' },
  { cameo: '175', phrase: 'tear gas|water cannon+|rubber bullets|crackdown|crack~ down|violent suppression|repress~|repression|suppress~' },
  { cameo: '191', phrase: 'impose~ *3 blockade|blockade|lay~ siege|besiege~' },
  { cameo: '192', phrase: 'occupy~|occupation|annex~|capture~ *3 (town|village|city|territory|base)' },
  // 18 unconventional violence
  { cameo: '180', phrase: 'execute~|execution+|attack~|assault~|ambush~|violence|kill~|wounded|wound~|injur~|raid~|machete+' },
  { cameo: '181', phrase: 'abduct~|kidnap~|kidnapped|hijack~|hostage+|taken hostage|took hostage' },
  { cameo: '182', phrase: 'beat~ up|beat|beating+|beaten' },
  { cameo: '1821', phrase: 'sexually abuse~|sexual abuse|rape~|sexual~ assault~|sexual violence' },
  { cameo: '1822', phrase: 'torture~|tortured' },
  { cameo: '183', phrase: 'bomb~|bombing+|explosion+|blast|blew up|blow~ up|explosive+|minefield|landmine+' },
  { cameo: '1831', phrase: 'suicide bomb~|suicide bombing+|suicide attack+|suicide car bombing' },
  { cameo: '1832', phrase: 'car bomb~|car bombing+|truck bomb+' },
  { cameo: '1833', phrase: 'roadside bomb~|roadside bombing+|improvised explosive' },
  { cameo: '184', phrase: 'human shield+' },
  { cameo: '185', phrase: 'attempt~ to assassinate|assassination attempt|attempted assassination' },
  { cameo: '186', phrase: 'assassinate~|assassination|killed *3 chief|killed *3 leader+' },
  { cameo: '1712', phrase: 'destroy~|demolish~|raze~|torch~|set fire|burn~ down|bulldoz~' },
  // 19 conventional military force
  { cameo: '190', phrase: 'fight~|fighting|clash~|battle~|combat|wage~ war|declare~ war|at war|invade~|invasion|offensive+|incursion|storm~|military action|retake~|retaken|recapture~|overran|overrun|airpower|air power|fighter jets *3 used' },
  { cameo: '193', phrase: 'exchange~ fire|exchange~ *2 gunfire|exchange~ *2 fire|open~ fire|opened fire|fire~ on|shoot~|shot|shooting|gunfire|small arms' },
  { cameo: '194', phrase: 'shell~|shelling|artillery|tank+ fired|mortar+|rocket+|fired *3 shell+|shell bombs' },
  { cameo: '195', phrase: 'aircraft|gunship+|helicopter gunship+|guided missile+|airstrike+|air strike+|air raid+|warplane+|drone strike+|bombard~|predator attack+|aerial' },
  { cameo: '196', phrase: 'violate~ *3 ceasefire|ceasefire violation+|broke *2 truce' },
  // 20 mass violence
  { cameo: '202', phrase: 'massacre~|mass killing+|genocide' },
  { cameo: '203', phrase: 'ethnic cleansing' },
  { cameo: '2041', phrase: 'chemical weapon+|biological weapon+|nerve agent' },
];

export interface CompiledPattern extends VerbPattern {
  re: RegExp;
  /** Lower-case words the phrase can start with, to skip phrases that cannot match a sentence. */
  starts: string[];
  /** Words each slot can be; a sentence lacking any slot's words cannot match. */
  slots: string[][];
  /** Words in the phrase: longer phrases are more specific. */
  weight: number;
}

let compiled: CompiledPattern[] | null = null;

/** Every phrase of the lexicon compiled once, on first use. */
export function verbPatterns(): CompiledPattern[] {
  compiled ??= PATTERNS.flatMap((p) =>
    splitPhrases(p.phrase).map((phrase) => ({
      ...p,
      phrase,
      re: phraseRegExp(phrase),
      starts: firstWords(phrase),
      slots: wordSlots(phrase),
      weight: phrase.split(/\s+/).filter((t) => !t.startsWith('*')).length,
    })),
  );
  return compiled;
}

let byFirstWord: Map<string, CompiledPattern[]> | null = null;

/** The phrases that can match a sentence with these (lower-case) words: one map look-up per word. */
export function candidatePatterns(words: Iterable<string>): CompiledPattern[] {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const p of verbPatterns()) {
      for (const w of new Set(p.starts)) {
        const list = byFirstWord.get(w);
        if (list) list.push(p);
        else byFirstWord.set(w, [p]);
      }
    }
  }
  const present = words instanceof Set ? (words as Set<string>) : new Set(words);
  const found = new Set<CompiledPattern>();
  for (const w of present) {
    for (const p of byFirstWord.get(w) ?? []) {
      if (!found.has(p) && p.slots.every((slot) => slot.some((x) => present.has(x)))) found.add(p);
    }
  }
  return [...found];
}

/** "a b|c (d|e)" -> ["a b", "c (d|e)"]: bars outside parentheses separate whole phrases. */
export function splitPhrases(phrase: string): string[] {
  const phrases: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of phrase) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      phrases.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) phrases.push(current.trim());
  return phrases;
}
