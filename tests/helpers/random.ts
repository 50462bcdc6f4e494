/** Small seeded PRNG (mulberry32) so that random cases are the same on every run: the bench's own. */
export {random as mulberry32} from '../../bench/generate.mjs';
