// A small L2-regularised logistic regression, fitted by Newton's method: the learner of the aligners' training
// (scripts/train-figure-pairs.ts, train-slot-pairs.ts through eval/aligner-folds.ts) and of the evals' fold models.

/** L2-regularised logistic regression by Newton's method (the bias is not penalised). */
export function fitLogistic(rows: number[][], labels: number[], l2: number, iterations = 30): number[] {
  const d = (rows[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((row, n) => {
      const x = [1, ...row];
      const p = 1 / (1 + Math.exp(-x.reduce((sum, v, k) => sum + v * w[k]!, 0)));
      const r = p * (1 - p);
      for (let i = 0; i < d; i++) {
        gradient[i]! += (p - labels[n]!) * x[i]!;
        for (let j = 0; j < d; j++) hessian[i]![j]! += r * x[i]! * x[j]!;
      }
    });
    for (let i = 1; i < d; i++) {
      gradient[i]! += l2 * w[i]!;
      hessian[i]![i]! += l2;
    }
    hessian[0]![0]! += 1e-6;
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= step[i]!;
      largest = Math.max(largest, Math.abs(step[i]!));
    }
    if (largest < 1e-8) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}
