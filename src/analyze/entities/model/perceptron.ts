/**
 * The averaged perceptron (Collins 2002) over hashed rows, with the lazy
 * averaging trick: each update also adds `time × delta` to an accumulator, so
 * the average is `w − acc / time` at the end, with no per-step sweep.
 */
import { TAG_COUNT } from './tags.js';
import type { Learner } from './03-decode.js';

export class Perceptron {
  readonly weights: Float32Array;
  private readonly acc: Float64Array;
  /** Examples seen so far (advanced by the trainer, per document token). */
  time = 1;

  /**
   * @example
   * const model = new Perceptron(18);
   */
  constructor(bits: number) {
    this.weights = new Float32Array((1 << bits) * TAG_COUNT);
    this.acc = new Float64Array((1 << bits) * TAG_COUNT);
  }

  /**
   * A learner for one document's gold tags.
   *
   * @example
   * decode(model.weights, mask, blocks, p, out, { learner: model.learner(gold) });
   */
  learner(gold: Int8Array): Learner {
    return {
      gold,
      update: (rows, count, g, guess) => {
        const t = this.time;
        for (let j = 0; j < count; j++) {
          const base = rows[j] ?? 0;
          if (g >= 0) {
            this.weights[base + g] = (this.weights[base + g] ?? 0) + 1;
            this.acc[base + g] = (this.acc[base + g] ?? 0) + t;
          }
          if (guess >= 0) {
            this.weights[base + guess] = (this.weights[base + guess] ?? 0) - 1;
            this.acc[base + guess] = (this.acc[base + guess] ?? 0) - t;
          }
        }
      },
    };
  }

  /**
   * The averaged weights.
   *
   * @example
   * const final = model.averaged();
   */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    for (let i = 0; i < out.length; i++) out[i] = (this.weights[i] ?? 0) - (this.acc[i] ?? 0) / this.time;
    return out;
  }
}
