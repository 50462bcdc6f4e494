import {expect, fixture, html} from '@open-wc/testing';
import {englishDateFormat, isEnglish} from '../src/time/english.js';
import {dateTimeFormat} from '../src/time/intl-cache.js';
import {gapLength} from '../src/layout/compressed.js';
import {mulberry32} from './helpers/random.js';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';

const TIME = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'} as const;
const ZONE = {timeZoneName: 'short'} as const;
/** Every option set the element formats dates with (time/format.ts, time/ticks.ts), in UTC. */
const USED = (
  [
    {year: 'numeric'},
    {year: 'numeric', month: 'long'},
    {year: 'numeric', month: 'short'},
    {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'},
    {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', ...TIME, ...ZONE},
    {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', ...TIME},
    {day: 'numeric', month: 'short', year: 'numeric'},
    {day: 'numeric', month: 'short', year: 'numeric', ...TIME, ...ZONE},
    {day: 'numeric', month: 'short', year: 'numeric', ...TIME},
    {month: 'short'},
    {day: 'numeric'},
    {day: 'numeric', month: 'short'},
    {day: 'numeric', month: 'short', ...TIME},
    {day: 'numeric', month: 'short', ...TIME, ...ZONE},
    {...TIME},
    {...TIME, ...ZONE},
  ] as Intl.DateTimeFormatOptions[]
).map((o) => ({...o, timeZone: 'UTC'}));

/** Instants from year 1 to 275,000 (mostly 1900–2100), at any minute. */
function instants(count: number, seed: number): number[] {
  const random = mulberry32(seed);
  const span = (from: number, to: number) => Date.UTC(from, 0, 1) + Math.floor(random() * (Date.UTC(to, 0, 1) - Date.UTC(from, 0, 1)));
  return Array.from({length: count}, (_, i) =>
    i % 10 === 0 ? span(1, 1000) : i % 10 === 1 ? span(10000, 275000) : i % 10 === 2 ? span(1000, 1900) : span(1900, 2100),
  );
}

describe('English dates without Intl (time/english.ts)', () => {
  it('takes English and US English only', () => {
    for (const tag of ['en', 'en-US', ['en', 'en'], ['en-US', 'en']]) expect(isEnglish(tag), String(tag)).to.equal(true);
    for (const tag of ['en-GB', 'de', 'fr-CA', 'eng', ['de', 'en'], undefined]) expect(isEnglish(tag), String(tag)).to.equal(false);
  });

  it('writes every date format the element uses exactly as Intl does', () => {
    let compared = 0;
    for (const options of USED) {
      const ours = englishDateFormat(['en', 'en'], options, () => new Intl.DateTimeFormat(['en', 'en'], options));
      expect(ours, JSON.stringify(options)).to.not.equal(undefined);
      const intl = new Intl.DateTimeFormat(['en', 'en'], options);
      for (const t of instants(400, 7)) {
        expect(ours!.format(t), `${JSON.stringify(options)} ${new Date(t).toISOString()}`).to.equal(intl.format(t));
        compared++;
      }
    }
    expect(compared).to.equal(USED.length * 400);
  });

  it('writes ranges of years, months and days exactly as Intl does', () => {
    const random = mulberry32(11);
    const day = 864e5;
    for (const options of USED.filter((o) => o.year && !o.hour)) {
      const ours = englishDateFormat('en', options, () => new Intl.DateTimeFormat('en', options))!;
      const intl = new Intl.DateTimeFormat('en', options);
      for (const a of instants(200, 3)) {
        // The same day, month or year, or years apart.
        for (const length of [0, day * 0.3, day * (1 + random() * 20), day * (20 + random() * 300), day * (400 + random() * 5000)]) {
          const b = Math.floor(a + length);
          expect(ours.formatRange(a, b), `${JSON.stringify(options)} ${new Date(a).toISOString()} ${new Date(b).toISOString()}`).to.equal(
            intl.formatRange(a, b),
          );
        }
      }
    }
  });

  it('leaves eras, other styles and other locales to Intl', () => {
    const real = () => new Intl.DateTimeFormat('en');
    for (const options of [
      {year: 'numeric', era: 'short', timeZone: 'UTC'},
      {year: 'numeric', month: 'numeric', timeZone: 'UTC'},
      {weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'},
      {year: 'numeric'},
      undefined,
    ] as (Intl.DateTimeFormatOptions | undefined)[])
      expect(englishDateFormat('en', options, real), JSON.stringify(options)).to.equal(undefined);
    expect(englishDateFormat('en-GB', {year: 'numeric', timeZone: 'UTC'}, real)).to.equal(undefined);
    // Through the cache: an era is Intl's.
    const era = {year: 'numeric', era: 'short', timeZone: 'UTC'} as const;
    expect(dateTimeFormat(['en', 'en'], era).format(Date.UTC(-43, 2, 15))).to.equal(
      new Intl.DateTimeFormat('en', era).format(Date.UTC(-43, 2, 15)),
    );
  });

  it('asks Intl for ranges of times and for parts', () => {
    const options = {day: 'numeric', month: 'short', year: 'numeric', ...TIME, ...ZONE, timeZone: 'UTC'} as const;
    const ours = dateTimeFormat('en', options);
    const intl = new Intl.DateTimeFormat('en', options);
    const [a, b] = [Date.UTC(2023, 2, 13, 5), Date.UTC(2023, 2, 13, 17, 30)];
    expect(ours.formatRange(a, b)).to.equal(intl.formatRange(a, b));
    expect(ours.formatToParts(a)).to.deep.equal(intl.formatToParts(a));
  });

  it('writes break lengths as Intl does', () => {
    const day = 864e5;
    for (const days of [0.04, 0.5, 1, 2, 30, 44, 46, 200, 366, 800, 365.25 * 1500, 365.25 * 12345]) {
      const value = gapLength({start: 0, end: days * day}, 'en');
      const [n, unit] = value.split(' ');
      const number = Number(n!.replace(/,/g, ''));
      const intl = new Intl.NumberFormat('en', {style: 'unit', unit: unit!.replace(/s$/, ''), unitDisplay: 'long'}).format(number);
      expect(value, `${days} days`).to.equal(intl);
    }
  });

  it('an English timeline is drawn without making any Intl date or number format', async () => {
    const made: string[] = [];
    const original = {DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat};
    const counting = <T extends object>(target: T, name: string) =>
      new Proxy(target, {
        construct(t, args) {
          made.push(`${name} ${JSON.stringify(args)}`);
          return Reflect.construct(t as new (...a: unknown[]) => object, args);
        },
      });
    Intl.DateTimeFormat = counting(original.DateTimeFormat, 'DateTimeFormat');
    Intl.NumberFormat = counting(original.NumberFormat, 'NumberFormat');
    try {
      const text =
        'It began in 2012. In March 2023 he came back. The talks ran from March 13 to March 19, 2023. On March 20, 2023 he landed.';
      const el = await fixture<ArticleTimeline>(html`<article-timeline lang="en" style="width: 900px"></article-timeline>`);
      el.timeline = {
        source: {title: 'A visit', publisher: 'Test', published: '2023-03-21', text},
        events: [
          {id: 'a', date: '2012', title: 'Began', quote: 'It began in 2012.', dateText: 'in 2012'},
          {id: 'b', date: '2023-03', title: 'Back', quote: 'In March 2023 he came back.', dateText: 'In March 2023'},
          {id: 'c', date: '2023-03-13/2023-03-19', title: 'Talks', quote: 'The talks ran', dateText: 'from March 13 to March 19, 2023'},
          {id: 'd', date: '2023-03-20', title: 'Landed', quote: 'he landed', dateText: 'On March 20, 2023'},
        ],
      };
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.equal(4);
      // The page did format dates and break lengths: an axis, labels and a break are drawn.
      expect(el.shadowRoot!.querySelector('[part~="axis"] .tick text')?.textContent).to.not.equal('');
      expect(el.shadowRoot!.querySelector('[part~="axis-break"]')?.getAttribute('data-skips')).to.match(/^\d+ (year|month)s?$/);
      expect(made).to.deep.equal([]);
    } finally {
      Intl.DateTimeFormat = original.DateTimeFormat;
      Intl.NumberFormat = original.NumberFormat;
    }
  });
});
