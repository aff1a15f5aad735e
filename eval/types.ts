// What every evaluation returns, so eval/all.ts can print the figures and hold them to their floors.
export interface EvalResult {
  name: string;
  metrics: Record<string, number>;
  /** The lowest acceptable value of a metric; CI fails when a figure drops below. Set a little under measured. */
  floors: Record<string, number>;
}
