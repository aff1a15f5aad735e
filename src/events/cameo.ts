// CAMEO code -> PLOVER type (the 16 POLECAT types). Follows the PLOVER 2021 conversion by root, with the
// sub-codes that moved to another type; statements (01) have no PLOVER type and are kept only internally.

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

const ROOT_TYPE: Record<string, PloverType | null> = {
  '01': null, '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
  '08': 'CONCEDE', '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN',
  '14': 'PROTEST', '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT',
  '20': 'ASSAULT',
};

/** Codes whose PLOVER type differs from their root's. */
const CODE_TYPE: Record<string, PloverType> = {
  // Signing an agreement is the agreement itself (the project's stories are about agreements being made).
  '057': 'AGREE',
  '084': 'RETREAT', '0841': 'RETREAT', '0842': 'RETREAT', '085': 'RETREAT', '086': 'RETREAT', '0861': 'RETREAT',
  '0862': 'RETREAT', '0863': 'RETREAT', '087': 'RETREAT', '0871': 'RETREAT', '0872': 'RETREAT', '0873': 'RETREAT',
  '0874': 'RETREAT',
  // The PLOVER manual: lifting a curfew or a state of emergency is a (verbal) concession; a resignation is a retreat.
  '0813': 'CONCEDE', '0814': 'CONCEDE', '0831': 'RETREAT',
  // Imposing sanctions is coded SANCTION, as in the PLOVER gold standard records, not COERCE.
  '163': 'SANCTION',
  '1712': 'ASSAULT', '175': 'ASSAULT', '191': 'COERCE', '192': 'COERCE', '201': 'ASSAULT',
};

export function ploverType(cameo: string): PloverType | null {
  return CODE_TYPE[cameo] ?? ROOT_TYPE[cameo.slice(0, 2)] ?? null;
}

/** Old PLOVER (GSR v0.5) names -> the 16 current types, for scoring older gold data. */
export const LEGACY_PLOVER: Record<string, PloverType> = {
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE',
};

/** The code of a type when only the model names it: the type's general CAMEO code. */
export const TYPE_CODE: Record<string, string> = {
  AGREE: '030', CONSULT: '040', SUPPORT: '050', CONCEDE: '080', COOPERATE: '060', AID: '070', RETREAT: '087',
  REQUEST: '020', ACCUSE: '110', REJECT: '120', THREATEN: '130', PROTEST: '140', SANCTION: '160', MOBILIZE: '150',
  COERCE: '170', ASSAULT: '180',
};
