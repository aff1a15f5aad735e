// A hash table from non-negative integer keys (below 2^53) to int32 values, with open addressing: looking up a
// number costs no string building or hashing, which is what makes it worth having over a Map<string, number>.

const EMPTY = -1;

export class NumberTable {
  private keys: Float64Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1 << 12) {
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    const low = key % 4294967296 | 0;
    const high = (key / 4294967296) | 0;
    let slot = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) & mask;
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  /** The value stored for `key`, or undefined. */
  get(key: number): number | undefined {
    const slot = this.slot(key);
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.slot(key);
    if (this.keys[slot] !== key) {
      this.keys[slot] = key;
      this.count++;
    }
    this.values[slot] = value;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2).fill(EMPTY);
    this.values = new Int32Array(oldKeys.length * 2);
    this.count = 0;
    for (let k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] !== EMPTY) this.set(oldKeys[k] as number, oldValues[k] as number);
    }
  }
}
