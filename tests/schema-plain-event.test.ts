import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import {TimelineEventSchema, plainEvent, validateDocument} from '../src/document/schema.js';

// plainEvent skips the schema for events whose every field is plainly right. It must give exactly
// what the schema's parse gives (fields and their order), and leave everything else to the schema.

const event = {
  id: 'xi-arrives',
  date: '2023-03-20',
  title: 'Xi arrives in Moscow',
  place: 'Moscow',
  quote: 'Xi arrived in Moscow on Monday',
  dateText: 'on Monday',
  tags: ['visit', 'russia'],
};

/** The schema's own output, or undefined when it finds a problem. */
function schemaOutput(raw: unknown): Record<string, unknown> | undefined {
  const result = v.safeParse(TimelineEventSchema, raw);
  return result.success ? (result.output as Record<string, unknown>) : undefined;
}

function expectSameAsSchema(raw: Record<string, unknown>) {
  const out = plainEvent(raw) as Record<string, unknown> | undefined;
  expect(out, 'plainEvent took it').to.not.equal(undefined);
  const expected = schemaOutput(raw);
  expect(out).to.deep.equal(expected);
  expect(Object.keys(out!)).to.deep.equal(Object.keys(expected!));
}

describe('plainEvent', () => {
  it('gives what the schema gives for a plain event: its fields in the schema order, then unknown ones', () => {
    expectSameAsSchema({
      note: 'kept',
      tags: ['b', 'a'],
      quote: event.quote,
      title: event.title,
      date: event.date,
      id: 'e1',
      extra: {deep: 1},
    });
    expectSameAsSchema(event);
    expectSameAsSchema({id: 'e1', date: '2018', title: 't', quote: 'q'});
    // Keys the schema never copies.
    expectSameAsSchema({...event, constructor: 'x', prototype: 1});
    expectSameAsSchema(JSON.parse(`{"__proto__": {"a": 1}, "id": "e1", "date": "2018", "title": "t", "quote": "q"}`));
    // Inherited fields count, unknown inherited ones are not copied.
    expectSameAsSchema(Object.assign(Object.create({place: 'Kyiv', inherited: 1}), {id: 'e1', date: '2018', title: 't', quote: 'q'}));
    expectSameAsSchema({...event, id: 'A1._:-', quote: 'x'.repeat(5000), title: 'y'.repeat(500), tags: Array(100).fill('t')});
  });

  it("copies the tags, as the schema does, so that the model never shares the document's array", () => {
    const raw = {...event, tags: ['a']};
    const out = plainEvent(raw)!;
    expect(out.tags).to.deep.equal(['a']);
    expect(out.tags).to.not.equal(raw.tags);
  });

  it('leaves every invalid or unusual event to the schema', () => {
    const unusual: Record<string, unknown>[] = [
      {...event, id: ''},
      {...event, id: 'has space'},
      {...event, id: '-starts-with-dash'},
      {...event, id: 7},
      {...event, date: 2023},
      {...event, date: ''},
      {...event, title: 'y'.repeat(501)},
      {...event, quote: 'x'.repeat(5001)},
      {...event, place: ''},
      {...event, place: undefined}, // valid, but the schema writes it out: left to the schema
      {...event, dateText: null},
      {...event, tags: 'visit'},
      {...event, tags: ['a', '']},
      {...event, tags: ['a', 3]},
      {...event, tags: [, 'a']},
      {...event, tags: Array(101).fill('t')},
      {date: event.date, title: event.title, quote: event.quote},
      {id: 'e1', title: event.title, quote: event.quote},
    ];
    for (const raw of unusual) expect(plainEvent(raw), JSON.stringify(raw)).to.equal(undefined);
  });

  it('never takes an event the schema rejects, and agrees with it on every event it takes (random events)', () => {
    const anything = fc.oneof(fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.array(fc.string()));
    // Mostly right, so that many events are plain; else empty, at or past the limit, or not a string.
    const field = (max: number) =>
      fc.oneof(
        {weight: 12, arbitrary: fc.string({minLength: 1, maxLength: 8})},
        {weight: 1, arbitrary: fc.constant('')},
        {weight: 1, arbitrary: fc.constant('z'.repeat(max))},
        {weight: 1, arbitrary: fc.constant('z'.repeat(max + 1))},
        {weight: 1, arbitrary: anything},
      );
    const tag = fc.oneof({weight: 8, arbitrary: fc.string({minLength: 1, maxLength: 5})}, {weight: 1, arbitrary: field(500)});
    const fields = {
      id: fc.oneof({weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,6}$/)}, {weight: 2, arbitrary: field(500)}),
      date: field(500),
      title: field(500),
      place: field(500),
      quote: field(5000),
      dateText: field(500),
      tags: fc.oneof({weight: 6, arbitrary: fc.array(tag, {maxLength: 4})}, {weight: 1, arbitrary: anything}),
      other: anything,
    };
    const raw = fc.oneof(fc.record(fields, {requiredKeys: ['id', 'date', 'title', 'quote']}), fc.record(fields, {requiredKeys: []}));
    let taken = 0;
    fc.assert(
      fc.property(raw, (r) => {
        const out = plainEvent(r as Record<string, unknown>);
        if (out === undefined) return;
        taken++;
        expectSameAsSchema(r as Record<string, unknown>);
      }),
      {numRuns: 1000},
    );
    // The property says something only if plainEvent takes a fair share of the events.
    expect(taken).to.be.above(100);
  });

  it("keeps validateDocument's answer: the same events and problems as the schema alone", () => {
    const events = [
      event,
      {...event, id: 'b', tags: ['']},
      {...event, id: 'c', extra: 1},
      {...event, id: 'b'},
      {...event, id: 'd', date: 5},
    ];
    const result = validateDocument({source: {title: 'T', text: 'x'}, events});
    expect(result.events.map((e) => e.index)).to.deep.equal([0, 1, 2]);
    expect(result.events[0]!.event).to.deep.equal(schemaOutput(event));
    expect(result.events[2]!.event).to.deep.equal(schemaOutput(events[2]));
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
      'events[1].tags[0] invalid-value',
      'events[3].id duplicate-id',
      'events[4].date wrong-type',
    ]);
  });
});
