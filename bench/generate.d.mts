// Types of bench/generate.mjs, for the tests that share its PRNG (tests/helpers/random.ts).
import type {TimelineDocument} from '../src/document/types.js';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function random(seed: number): () => number;
/** A timeline document with `count` events, the same for the same `count` and `seed`. */
export function generateDocument(count: number, seed?: number): TimelineDocument;
