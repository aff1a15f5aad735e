// The learned aligners' stored models (figure-pairs.ts, slot-pairs.ts): logistic weights by feature name.

export interface LogisticModel<Name extends string> {
  /** Logistic weights by feature name, plus `bias`. */
  weights: Readonly<Record<Name | 'bias', number>>;
  /** A pair is one fact when its probability reaches this. */
  threshold: number;
}

/** The model's probability for features given in the order of `names`. */
export function probabilityOf<Name extends string>(names: readonly Name[], features: readonly number[], model: LogisticModel<Name>): number {
  let z = model.weights.bias;
  names.forEach((name, i) => (z += model.weights[name] * features[i]!));
  return 1 / (1 + Math.exp(-z));
}
