// The patterns that state a figure for a slot: counts of people (dead, injured, missing, trapped, freed...), vote
// figures and rates in per cent, and measures with units (a quake's depth, wind speed, burned area, distance).
// In each figure pattern the figure is capture group 1; the first pattern of a slot that matches a sentence wins.
import { HEDGE, LENGTH_UNIT, parseFigure, parseLength, QUANTITY, SMALL_NUMBER, type Figure } from './claim-values.js';

const PEOPLE = String.raw`(?:people|persons|civilians|passengers|soldiers|troops|servicemen|service members|protesters|demonstrators|children|women|men|fighters|militants|rebels|police(?:men)?|officers|villagers|residents|migrants|refugees|prisoners|detainees|hostages|captives|journalists|activists|students|workers|miners|nationals|suspects|pilgrims|tourists|patients|crew(?: members)?|others|victims|Palestinians|Israelis|Ukrainians|Russians)`;
/** Up to two words between a figure and the people it counts: "12 Palestinian civilians", "30 more people". */
const GAP = String.raw`(?:[\p{L}-]+\s+){0,2}?`;
/** "two injured workers": the participle describes people, it does not count them. */
const NO_NOUN = String.raw`(?!\s+${PEOPLE}\b)`;
/** A figure that ends its clause: "killing at least 68, officials said", "injuring 41 and". */
const CLAUSE_END = String.raw`(?=\s*(?:[,;:.)]|\b(?:and|including|before|after|when|while|as|in|at|on|during)\b|$))`;
const BE = String.raw`(?:(?:were|was|are|is|have been|has been|had been|have|had|remain|remained|reportedly|confirmed|still|now)\s+){0,2}`;
/** An aside between the people and their verb: "Five people, including two dockworkers, were arrested". */
const ASIDE = String.raw`(?:,\s+(?:including|among them)\s+[^,;.]{1,60},)?`;
/** A figure, the people it counts, and a verb: "12 people were killed", "15 miners remain trapped". */
const counted = (verbs: string) => new RegExp(String.raw`\b${QUANTITY}\s+(?:${GAP}${PEOPLE}${ASIDE}\s+)?${BE}(?:${verbs})\b${NO_NOUN}`, 'iu');
/** A verb, then the figure of people: "killing 14 people", "injuring 41,". */
const verbFirst = (verbs: string, nouns = PEOPLE) =>
  new RegExp(String.raw`\b(?:${verbs})\s+${QUANTITY}(?:\s+(?:${GAP}${nouns}|others)\b|${CLAUSE_END})`, 'iu');
/** "death toll rose to 14", "the number of people killed climbed to 330", "toll stood at 9". */
const TALLY_TO = (nouns: string) =>
  new RegExp(String.raw`\b(?:${nouns})\b[^.;]{0,80}?\b(?:to|at|of|reached|hit|past|passed|is|was)\s+${QUANTITY}\b(?!\s*(?:%|percent|per cent|a\.m|p\.m))`, 'iu');

const PERCENT = String.raw`\s*(?:%|percent\b|per cent\b)`;
/** A central bank's rate under its other names: "base rate", "policy rate", "benchmark rate", "key rate". */
const CENTRAL_BANK_RATE = String.raw`(?:interest|base|policy|benchmark|key|lending|repo|refinancing)\s+rate`;


export interface FigureSlot {
  slot: string;
  /** A cheap test first: a sentence without any of these words cannot state the slot (keeps extraction fast). */
  hint: RegExp;
  patterns: RegExp[];
  unit?: string;
  /**
   * The slot's figures are set, not estimated (a central bank's rate): a plain "7 per cent" is not a rounded "6.75%",
   * so its precision is this rather than that of its last digit. A hedged figure keeps its own.
   */
  exactTo?: number;
}

export const FIGURE_SLOTS: FigureSlot[] = [
  {
    slot: 'death toll',
    hint: /kill|dead|die|death|toll|perish|lives|fatalit|drown|bodies/i,
    patterns: [
      TALLY_TO(String.raw`death toll|(?:the|a)\s+toll|number of (?:people |those )?(?:killed|dead|deaths|victims|fatalities)`),
      verbFirst(String.raw`killed|killing|kills|kill|claimed|claiming|claimed the lives of|claiming the lives of`, String.raw`(?:${PEOPLE}|lives)`),
      new RegExp(String.raw`\bleft\s+${QUANTITY}\s+(?:${GAP}${PEOPLE}\s+)?dead\b`, 'iu'),
      counted('killed|dead|died|drowned|perished|lost their lives|known to have died|confirmed dead|feared dead'),
      new RegExp(String.raw`\b${QUANTITY}\s+(?:deaths|fatalities|bodies were recovered)\b`, 'iu'),
    ],
  },
  {
    slot: 'injured',
    hint: /injur|wound|hurt/i,
    patterns: [
      TALLY_TO(String.raw`number of (?:people )?(?:injured|wounded)`),
      verbFirst('injuring|wounding|injured|wounded'),
      counted('injured|wounded|hurt'),
    ],
  },
  { slot: 'missing',
    hint: /missing|unaccounted/i,
    // "put the number of missing at 11": the count after the noun.
    patterns: [counted('missing|unaccounted for'), new RegExp(String.raw`\bnumber of (?:the\s+|people\s+)?missing\b[^.;]{0,20}?\b(?:at|to|was|is|stood at|rose to|fell to)\s+${QUANTITY}`, 'iu')] },
  { slot: 'trapped',
    hint: /trapped|trapping|stranded/i, patterns: [verbFirst('trapping|trapped'), counted('trapped|stranded')] },
  {
    slot: 'rescued',
    hint: /rescued|pulled|saved/i,
    patterns: [
      new RegExp(String.raw`\b(?:rescued|pulled)\s+${QUANTITY}\s+(?:${GAP}${PEOPLE}|survivors)\b`, 'iu'),
      new RegExp(String.raw`\b${QUANTITY}\s+(?:${GAP}${PEOPLE}\s+|survivors\s+)?${BE}(?:rescued|saved|pulled alive)\b`, 'iu'),
    ],
  },
  {
    slot: 'people on board',
    hint: /board|carrying/i,
    patterns: [
      new RegExp(String.raw`\b${QUANTITY}\s+(?:people|passengers|persons)(?:\s+and\s+(?:crew|crew members))?\s+(?:were\s+)?(?:on board|aboard)\b`, 'iu'),
      new RegExp(String.raw`\bcarrying\s+${QUANTITY}\s+(?:people|passengers|persons)\b`, 'iu'),
    ],
  },
  { slot: 'arrested',
    hint: /arrest|detain|custody|rounded up/i, patterns: [verbFirst('arrested|detained|arresting|detaining|rounded up'), counted('arrested|detained|taken into custody')] },
  {
    slot: 'people released',
    hint: /releas|freed|freeing|set free|returned home|handed over|handing over|exchang|swapped/i,
    patterns: [
      verbFirst('released|releasing|freed|freeing|handed over|handing over|exchanged|swapped'),
      counted('released|freed|set free|returned home|handed over'),
      // "Seven aid workers kidnapped in April in the Tillaberi region were freed on Monday."
      new RegExp(String.raw`\b${QUANTITY}\s+${GAP}${PEOPLE}\s+(?:kidnapped|abducted|held|seized|captured|taken)\b[^,.;]{0,60}?\s(?:were|have been|had been)\s+(?:released|freed|set free)\b`, 'iu'),
    ],
  },
  {
    slot: 'displaced',
    hint: /displac|evacuat|flee|fled|homeless|forcing|forced|ordered|told|urged|leave/i,
    patterns: [
      verbFirst('displaced|displacing|evacuated|evacuating|forcing'),
      counted('displaced|evacuated|forced to flee|forced from their homes|fled their homes|made homeless'),
      new RegExp(String.raw`\b(?:ordered|told|urged|forced|forcing)\s+${QUANTITY}\s+(?:${GAP}${PEOPLE}\s+)?to\s+(?:leave|evacuate|flee)\b`, 'iu'),
    ],
  },
  {
    slot: 'homes without power',
    hint: /power|electricity/i,
    patterns: [
      new RegExp(String.raw`\b${QUANTITY}\s+(?:homes|households|customers|properties|people|residents)\s+(?:were\s+|are\s+|had been\s+)?(?:left\s+)?(?:without|lost|losing|cut off from)\s+(?:power|electricity)\b`, 'iu'),
      new RegExp(String.raw`\b(?:leaving|left)\s+${QUANTITY}\s+(?:homes|households|customers|properties|people)\s+without\s+(?:power|electricity)\b`, 'iu'),
      new RegExp(String.raw`\b(?:cutting|cut|knocking out|knocked out)\s+(?:power|electricity)\s+(?:to|for)\s+${QUANTITY}\s+(?:homes|households|customers|properties|people)\b`, 'iu'),
    ],
  },
  {
    slot: 'agreements signed',
    hint: /agreements|deals|pacts|accords|memorand|MoUs|contracts|documents/i,
    patterns: [
      new RegExp(String.raw`\b(?:signed|signing|sign|inked|concluded|sealed)\s+${QUANTITY}\s+(?:[\p{L}-]+\s+){0,2}?(?:agreements|deals|pacts|accords|memorandums|memoranda|MoUs|contracts|documents)\b`, 'iu'),
      new RegExp(String.raw`\b${QUANTITY}\s+(?:[\p{L}-]+\s+){0,2}?(?:agreements|deals|pacts|accords|memorandums|memoranda|MoUs|contracts|documents)\s+(?:were|have been)\s+signed\b`, 'iu'),
    ],
  },
  {
    slot: 'crowd size',
    hint: /gathered|marched|rallied|streets|turned out|joined|attended|protested|crowd/i,
    patterns: [
      new RegExp(String.raw`\b${QUANTITY}\s+(?:${GAP}(?:people|protesters|demonstrators|marchers|supporters|mourners)\s+)(?:had\s+|have\s+)?(?:gathered|marched|rallied|took to the streets|turned out|joined|attended|protested)\b`, 'iu'),
      new RegExp(String.raw`\bcrowd\b[^.;]{0,20}?\b(?:of|at)\s+${QUANTITY}\b`, 'iu'),
    ],
  },
  {
    slot: 'buildings destroyed',
    hint: /destroy|flatten|razed|burned down|rubble/i,
    patterns: [
      new RegExp(String.raw`\b(?:destroyed|destroying|flattened|flattening|razed)\s+${QUANTITY}\s+(?:[\p{L}-]+\s+)?(?:homes|houses|buildings|structures|dwellings)\b`, 'iu'),
      new RegExp(String.raw`\b${QUANTITY}\s+(?:[\p{L}-]+\s+)?(?:homes|houses|buildings|structures|dwellings)\s+(?:were\s+|have been\s+|had been\s+)?(?:destroyed|flattened|razed|burned down|reduced to rubble)\b`, 'iu'),
    ],
  },
  {
    slot: 'buildings damaged',
    hint: /damag/i,
    patterns: [
      new RegExp(String.raw`\b(?:damaged|damaging)\s+${QUANTITY}\s+(?:[\p{L}-]+\s+)?(?:homes|houses|buildings|structures|dwellings)\b`, 'iu'),
      new RegExp(String.raw`\b${QUANTITY}\s+(?:[\p{L}-]+\s+)?(?:homes|houses|buildings|structures|dwellings)\s+(?:were\s+|have been\s+|had been\s+)?damaged\b`, 'iu'),
    ],
  },
  {
    slot: 'jobs cut',
    hint: /jobs|positions|posts|roles|employees|workers|staff|lay off|laying off|layoffs/i,
    patterns: [
      new RegExp(String.raw`\b(?:cut|cuts|cutting|eliminate|eliminates|eliminating|shed|sheds|shedding|axe|axes|axing|slash|slashes|slashing|lay off|lays off|laying off|laid off)\s+${QUANTITY}\s+(?:[\p{L}-]+\s+){0,2}?(?:jobs|positions|posts|roles|employees|workers|staff)\b`, 'iu'),
      new RegExp(String.raw`\b${QUANTITY}\s+(?:[\p{L}-]+\s+)?(?:jobs|positions|posts|roles)\s+(?:will be|would be|are to be|are being|were)\s+(?:cut|lost|eliminated|axed|shed)\b`, 'iu'),
    ],
  },
  {
    // The size of a workforce: "employs about 4,800 people", "the factory employed 2,300 workers", "a workforce of 900".
    slot: 'workforce',
    hint: /employ|workforce/i,
    patterns: [
      new RegExp(String.raw`\b(?:employs|employed|employing|employ)\s+${QUANTITY}\s+${GAP}(?:people|persons|workers|employees|staff)\b`, 'iu'),
      new RegExp(String.raw`\bworkforce\s+of\s+${QUANTITY}\b`, 'iu'),
      new RegExp(String.raw`\b${QUANTITY}\s+${GAP}(?:people|persons|workers|employees|staff)\s+(?:are|were)\s+employed\b`, 'iu'),
    ],
  },
  {
    // Cases of a disease: the sentence must speak of an outbreak, an illness or its deaths (not of court cases).
    slot: 'cases',
    hint: /\bcases\b[^.;]{0,80}\b(?:deaths?|died|outbreak|infect\w*|cholera|measles|dengue|ebola|mpox|covid|virus|fever|disease)\b|\b(?:outbreak|infect\w*|cholera|measles|dengue|ebola|mpox|covid|virus|fever|disease)\b[^.;]{0,120}\bcases\b/i,
    patterns: [new RegExp(String.raw`\b${QUANTITY}\s+(?:(?:suspected|confirmed|new|reported|recorded)\s+){0,2}cases\b(?!\s+of\s+(?:fraud|corruption|abuse|theft))`, 'iu')],
  },
  {
    // Rain that fell: "recorded 145 mm of rain", "rainfall of 154 mm", "154 millimetres of rainfall".
    slot: 'rainfall',
    hint: /\brain/i,
    unit: 'mm',
    patterns: [
      new RegExp(String.raw`\b${QUANTITY}\s*(?:mm|millimet(?:re|er)s?)\s+of\s+(?:rain|rainfall|precipitation)\b`, 'iu'),
      new RegExp(String.raw`\brainfall\s+(?:of|reached|totalled|totaled|hit)\s+${QUANTITY}\s*(?:mm|millimet(?:re|er)s?)\b`, 'iu'),
    ],
  },
  {
    // A winner's lead at the line: "12 seconds ahead of Tesfay", "holding off Tesfay by 21 seconds".
    slot: 'winning margin',
    hint: /seconds/i,
    unit: 's',
    patterns: [
      new RegExp(String.raw`\b${QUANTITY}\s+seconds?\s+(?:ahead\s+of|clear\s+of|in\s+front\s+of)\b`, 'iu'),
      new RegExp(String.raw`\b(?:won|winning|wins|beat|beating|beats|holding\s+off|held\s+off|finished|finishing)\b[^.;]{0,40}?\bby\s+${QUANTITY}\s+seconds?\b`, 'iu'),
    ],
  },
  {
    slot: 'aircraft ordered',
    hint: /jets|aircraft|planes|airliners|helicopters|airplanes/i,
    patterns: [
      new RegExp(String.raw`\b(?:ordered|ordering|buy|buying|bought|purchase|purchasing|order for|orders for)\s+${QUANTITY}\s+(?:[\p{L}\d-]+\s+){0,3}?(?:jets|aircraft|planes|airliners|helicopters|airplanes)\b`, 'iu'),
    ],
  },
  { slot: 'turnout',
    hint: /turnout/i, unit: '%', patterns: [new RegExp(String.raw`\bturnout\b[^.;]{0,40}?\b${QUANTITY}${PERCENT}`, 'iu')] },
  {
    slot: 'vote share',
    hint: /vote/i,
    unit: '%',
    patterns: [
      new RegExp(String.raw`\b(?:won|winning|took|taking|received|receiving|secured|securing|garnered|with)\s+${QUANTITY}${PERCENT}\s+of\s+the\s+(?:popular\s+)?votes?\b`, 'iu'),
      // "received 198,412 votes, or 52.4% of ballots cast": the count restated as a share.
      new RegExp(String.raw`\bvotes,?\s+(?:or|representing|equal\s+to)\s+${QUANTITY}${PERCENT}`, 'iu'),
    ],
  },
  {
    slot: 'seats won',
    hint: /seats/i,
    patterns: [new RegExp(String.raw`\b(?:won|winning|secured|securing|took|taking|captured|capturing|gained)\s+${QUANTITY}\s+(?:of\s+the\s+\d+\s+)?(?:[\p{L}-]+\s+)?seats\b`, 'iu')],
  },
  ...['inflation', 'unemployment', 'growth', 'interest rate', 'jobless rate', 'approval rating'].map((noun) => ({
    slot: noun === 'jobless rate' ? 'unemployment' : noun,
    hint: new RegExp(noun === 'interest rate' ? 'rate' : noun, 'i'),
    unit: '%',
    ...(noun === 'interest rate' ? { exactTo: 0.01 } : {}),
    patterns: [new RegExp(String.raw`\b${noun === 'interest rate' ? CENTRAL_BANK_RATE : noun}\b[^.;]{0,40}?\b(?:to|at|of|was|is|stood at|reached|hit|by)\s+${QUANTITY}${PERCENT}`, 'iu')],
  })),
];

export interface Measure extends Figure {
  unit: string;
}

export interface MeasureSlot {
  slot: string;
  /** Cheap test before the pattern: the unit's words. */
  hint: RegExp;
  pattern: RegExp;
  /** A word the sentence must hold for the measure to be this slot's. */
  context?: RegExp;
  convert: (match: RegExpExecArray) => Measure | null;
}

const FIGURE = String.raw`((?:${HEDGE}\s+)?(?:\d[\d,]*(?:\.\d+)?|${SMALL_NUMBER}))`;
const KMH_PER: Record<string, number> = { 'km/h': 1, kph: 1, 'kilometres per hour': 1, 'kilometers per hour': 1, mph: 1.609344, 'miles per hour': 1.609344, knots: 1.852 };
/** Rough tonnes per unit of crude oil: enough to tell a conversion from another figure. */
const TONNES_PER: Record<string, number> = { tonnes: 1, tons: 1, 'metric tons': 1, barrels: 0.136, litres: 0.00085, liters: 0.00085, gallons: 0.0032 };
/** "34C", "36 degrees", "95F", "35 °C": a temperature, in degrees Celsius. */
const TEMPERATURE_UNIT = String.raw`(°\s*[CF]\b|[CF]\b|degrees?(?:\s+(?:Celsius|centigrade|Fahrenheit|C|F)\b)?)`;
const HECTARES_PER: Record<string, number> = { hectares: 1, ha: 1, acres: 0.404686, 'square kilometres': 100, 'square kilometers': 100, 'sq km': 100, 'square miles': 258.999 };

function scaled(number: string, factor: number | undefined, unit: string): Measure | null {
  const figure = parseFigure(number);
  if (!figure || factor === undefined) return null;
  return { value: Math.round(figure.value * factor * 1000) / 1000, precision: figure.precision * factor, qualifier: figure.qualifier, unit };
}

export const MEASURE_SLOTS: MeasureSlot[] = [
  {
    slot: 'quake depth',
    hint: /depth|deep|below|beneath|underground/i,
    pattern: new RegExp(String.raw`\bdepth of\s+${FIGURE}\s*(${LENGTH_UNIT})\b|\b${FIGURE}\s*(${LENGTH_UNIT})\s+(?:deep|below the surface|underground|beneath)\b`, 'iu'),
    context: /\b(?:quake|earthquake|tremor|epicent\w*)\b/i,
    convert: (m) => {
      const length = parseLength(m[1] ?? m[3]!, m[2] ?? m[4]!);
      return length ? { ...length, unit: 'm' } : null;
    },
  },
  {
    slot: 'wind speed',
    hint: /wind|gust/i,
    pattern: new RegExp(String.raw`\b(?:winds?|gusts?)\b[^.;]{0,30}?${FIGURE}\s*(km/h|kph|kilometres per hour|kilometers per hour|mph|miles per hour|knots)`, 'iu'),
    convert: (m) => scaled(m[1]!, KMH_PER[m[2]!.toLowerCase()], 'km/h'),
  },
  {
    slot: 'oil spilled',
    hint: /tonnes|tons|barrels|litres|liters|gallons/i,
    pattern: new RegExp(String.raw`${FIGURE}\s+(tonnes|tons|metric tons|barrels|litres|liters|gallons)\s+of\s+(?:crude|oil|fuel|diesel|heavy fuel oil|bunker fuel)\b`, 'iu'),
    context: /\b(?:spill\w*|leak\w*|slick|discharg\w*|poured)\b/i,
    convert: (m) => scaled(m[1]!, TONNES_PER[m[2]!.toLowerCase()], 't'),
  },
  {
    slot: 'temperature',
    hint: /\d\s*°|\d[CF]\b|degree/i,
    pattern: new RegExp(String.raw`${FIGURE}\s*${TEMPERATURE_UNIT}`, 'u'),
    // "34C" or "36 degrees" is a temperature only near words of heat or weather (not an angle or a grade).
    context: /\b(?:temperatures?|thermometers?|heat\w*|hot|mercury|°|warm\w*|cold|freezing|weather|sweltering)\b|°/i,
    convert: (m) => {
      const unit = m[2]!.replace(/\s+/gu, ' ');
      const fahrenheit = /F\b|Fahrenheit/u.test(unit);
      const figure = parseFigure(m[1]!);
      if (!figure || figure.value > (fahrenheit ? 140 : 60)) return null;
      const value = fahrenheit ? ((figure.value - 32) * 5) / 9 : figure.value;
      return { value: Math.round(value * 10) / 10, precision: fahrenheit ? figure.precision * (5 / 9) : figure.precision, qualifier: figure.qualifier, unit: 'C' };
    },
  },
  {
    slot: 'area burned',
    hint: /hectares|\bha\b|acres|square|sq km/i,
    pattern: new RegExp(String.raw`${FIGURE}\s*(hectares|ha|acres|square kilometres|square kilometers|sq km|square miles)\b`, 'iu'),
    context: /\b(?:fires?|wildfires?|blazes?|burn\w*|scorched|charred)\b/i,
    convert: (m) => scaled(m[1]!, HECTARES_PER[m[2]!.toLowerCase()], 'ha'),
  },
];
