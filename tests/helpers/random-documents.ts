import {mulberry32} from './random.js';

/**
 * Random timeline documents, most of them broken in some way: wrong types, missing fields, empty
 * and over-long strings, bad URLs and ids, duplicate ids, arrays with holes, extra keys, own
 * `__proto__` keys. The same seed gives the same documents.
 */
export function randomDocuments(seed: number): () => unknown {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const long = (n: number) => 'x'.repeat(n);
  const tooLongText = long(5_000_001);

  // [fitting, broken] values of each kind.
  const ids = [
    ['a', 'b', 'e1', 'e2', 'Z9.x_y:z-1', 'c'],
    ['', '-a', 'a b', 'é', long(501), 'ab!'],
  ];
  const dates = [
    ['2023-03-20', '2023', '2023-02-30', '2023-03-20T09:00:00.000Z', 'yesterday', '2014/..'],
    ['', long(501)],
  ];
  const urls = [
    'https://example.org/a',
    'HTTP://EXAMPLE.ORG',
    'article.txt',
    'http://',
    'javascript:alert(1)',
    'data:text/plain,hi',
    'not a url',
    'ftp://example.org/x',
    '//example.org/x',
    '/data/a.txt',
    '',
    `https://example.org/${long(2040)}`,
    'mailto:x@y',
  ];
  const published = [
    ['2023-03-20', '2023-03-20T09:00:00Z', '2023-03-20T09:00:00+05:30'],
    ['2023-02-30', '2023', 'today', '', '2023-03-20T25:00:00Z'],
  ];
  const strings = ['x', '', ' ', long(40), long(41), long(500), long(501), long(5001), 'Ünïcødé ✓', '<b>bold</b>'];
  const oddValues: unknown[] = [undefined, null, true, false, 0, 42, -1.5, NaN, Infinity, {}, {a: 1}, [], ['a'], [1, 2], () => 1];

  const arrayWithHoles = (items: unknown[]) => {
    const out = [...items];
    out.length += 1 + Math.floor(rand() * 2);
    if (out.length > 1 && chance(0.5)) delete out[0];
    return out;
  };
  const tagsValue = (): unknown => {
    const r = rand();
    if (r < 0.3) return ['a', 'b'];
    if (r < 0.4) return [];
    if (r < 0.5) return ['a', '', long(501)];
    if (r < 0.6) return ['a', 3, null];
    if (r < 0.7) return arrayWithHoles(['a']);
    if (r < 0.75) return Array.from({length: 101}, (_, i) => `t${i}`);
    if (r < 0.8) return [...Array.from({length: 101}, (_, i) => `t${i}`), 7];
    if (r < 0.85) return [...Array.from({length: 101}, (_, i) => `t${i}`), ''];
    return pick(oddValues.concat(strings));
  };
  /** A value for a field: usually a fitting one, sometimes anything. */
  const value = ([fitting, broken = []]: readonly (readonly unknown[])[]) =>
    chance(fit) ? pick(fitting!) : chance(0.5) && broken.length ? pick(broken) : chance(0.5) ? pick(oddValues) : pick(strings);
  /** How well-formed the document being built is: from nearly right to badly broken. */
  let fit = 0.7;

  /** Builds an object from [key, make] pairs: each key kept, dropped, set to undefined, or given a random value. */
  const object = (fields: [string, () => unknown, number][]) => {
    const out: Record<string, unknown> = {};
    for (const [key, make, keepAtRandom] of fields) {
      const keep = Math.max(keepAtRandom, fit);
      const r = rand();
      if (r < keep) out[key] = make();
      else if (r < keep + (1 - keep) / 3) out[key] = undefined;
      else if (r < keep + (2 * (1 - keep)) / 3) out[key] = chance(0.5) ? pick(oddValues) : pick(strings);
      // else absent
    }
    if (chance(0.15 * (1.5 - fit))) out.extra = pick(oddValues.concat(strings));
    if (chance(0.05)) Object.assign(out, {toString: 'shadowed'});
    let result: Record<string, unknown> = out;
    // Own `__proto__`, `constructor` and `prototype` keys, as JSON.parse makes them.
    if (chance(0.08)) result = {...JSON.parse('{"__proto__": {"id": "evil", "title": "evil"}}'), ...out};
    if (chance(0.04)) result = {...out, ...JSON.parse('{"constructor": 1, "prototype": {"x": 1}}')};
    // Keys in a shuffled order now and then.
    if (chance(0.2)) {
      const entries = Object.entries(result).sort(() => rand() - 0.5);
      result = {};
      for (const [k, v] of entries) Object.defineProperty(result, k, {value: v, enumerable: true, writable: true, configurable: true});
    }
    return result;
  };

  const event = (): unknown => {
    const r = rand();
    if (r < 0.05) return pick(oddValues);
    if (r < 0.07) return pick(strings);
    if (r < 0.09) return ['id', 'date'];
    return object([
      ['id', () => value(ids), 0.85],
      ['date', () => value(dates), 0.85],
      ['title', () => value([['A title', 'x', long(500)], strings]), 0.85],
      ['place', () => value([['Moscow'], ['', long(501)]]), 0.4],
      ['quote', () => value([['A quote.'], ['', long(5001)]]), 0.85],
      ['dateText', () => value([['on Monday'], ['', long(501)]]), 0.4],
      ['tags', tagsValue, 0.4],
    ]);
  };

  const source = (): unknown => {
    const r = rand();
    if (r < 0.05) return pick(oddValues);
    if (r < 0.07) return ['title'];
    return object([
      ['title', () => value([['Xi in Moscow'], strings]), 0.8],
      ['publisher', () => value([['Reuters'], ['', long(501)]]), 0.4],
      ['published', () => value(published), 0.4],
      [
        'hemisphere',
        () =>
          value([
            ['northern', 'southern'],
            ['eastern', 'Northern'],
          ]),
        0.3,
      ],
      ['url', () => value([urls.slice(0, 2), urls.slice(2)]), 0.4],
      ['textUrl', () => value([urls.slice(0, 3), urls.slice(3)]), 0.4],
      ['text', () => value([['The article.', '', long(41)], chance(0.1) ? [tooLongText] : []]), 0.6],
    ]);
  };

  const events = (): unknown => {
    const r = rand();
    if (r < 0.06) return pick(oddValues);
    if (r < 0.065) return Array.from({length: 10_001}, () => 1);
    const list = Array.from({length: Math.floor(rand() * 7)}, event);
    return chance(0.15) ? arrayWithHoles(list) : list;
  };

  return () => {
    fit = pick([0.7, 0.9, 0.97, 1]);
    const r = rand();
    if (r < 0.03) return pick(oddValues);
    if (r < 0.04) return pick(strings);
    return object([
      ['$schema', () => value([['https://example.org/schema.json']]), 0.3],
      ['source', source, 0.9],
      ['events', events, 0.9],
    ]);
  };
}

/** JSON with `undefined` and holes written out and keys in their order, to compare results exactly. */
export function exactJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<undefined>' : Number.isNaN(v) ? '<NaN>' : v));
}
