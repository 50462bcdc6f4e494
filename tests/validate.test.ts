import {expect} from '@open-wc/testing';
import {validateDocument} from '../src/document/schema.js';
import {exactJson, randomDocuments} from './helpers/random-documents.js';
// The validator that src/document/schema.ts replaced (valibot, a dev dependency for this oracle only).
import {validateDocument as valibotValidateDocument} from './helpers/valibot-validator.js';

describe('validateDocument (own code) against the valibot validator it replaced', () => {
  it('returns exactly what valibot returned for thousands of random, mostly broken documents', () => {
    const next = randomDocuments(20261202);
    const seen = {documents: 0, valid: 0, eventsKept: 0, problems: 0, codes: new Set<string>()};
    for (let i = 0; i < 3000; i++) {
      const doc = next();
      const expected = valibotValidateDocument(doc);
      const actual = validateDocument(doc);
      // Key order and `undefined` values too, not only what deep equality sees.
      if (exactJson(actual) !== exactJson(expected)) expect(exactJson(actual), exactJson(doc).slice(0, 2000)).to.equal(exactJson(expected));
      expect(actual).to.deep.equal(expected);
      seen.documents++;
      if (expected.valid) seen.valid++;
      seen.eventsKept += expected.events.length;
      seen.problems += expected.problems.length;
      for (const p of expected.problems) seen.codes.add(p.code!);
    }
    // The documents reach every path: valid ones, kept events, and every problem the validator can find.
    expect(seen.valid).to.be.above(100);
    expect(seen.eventsKept).to.be.above(1000);
    expect([...seen.codes].sort()).to.deep.equal([
      'duplicate-id',
      'invalid-value',
      'missing-field',
      'needs-text',
      'text-too-long',
      'too-long',
      'too-many-events',
      'too-many-tags',
      'wrong-type',
    ]);
  });

  it('keeps a valid event as a copy: the table’s fields first, then unknown keys, tags in a new array', () => {
    const tags = ['a'];
    const raw = {extra: 1, quote: 'q', title: 't', date: '2023', id: 'e1', tags};
    const {events} = validateDocument({source: {title: 'T', text: 'q'}, events: [raw]});
    expect(Object.keys(events[0]!.event)).to.deep.equal(['id', 'date', 'title', 'quote', 'tags', 'extra']);
    expect(events[0]!.event.tags).to.deep.equal(['a']);
    expect(events[0]!.event.tags).to.not.equal(tags);
  });
});
