import {expect} from '@open-wc/testing';
import {formatEdtf, parseEdtf} from '../src/time/index.js';
import {tickFormat} from '../src/time/ticks.js';
import {dateTimeFormat, numberFormat} from '../src/time/intl-cache.js';
import {compactCount} from '../src/element/clusters.js';

/** Counts `new Intl.DateTimeFormat(…)` and `new Intl.NumberFormat(…)` while `run` runs. */
function constructions(run: () => void): {dateTime: number; number: number} {
  const counts = {dateTime: 0, number: 0};
  const original = {dateTime: Intl.DateTimeFormat, number: Intl.NumberFormat};
  const counting = <T extends object>(target: T, key: keyof typeof counts) =>
    new Proxy(target, {
      construct(t, args) {
        counts[key]++;
        return Reflect.construct(t as new (...a: unknown[]) => object, args);
      },
    });
  Intl.DateTimeFormat = counting(original.dateTime, 'dateTime');
  Intl.NumberFormat = counting(original.number, 'number');
  try {
    run();
  } finally {
    Intl.DateTimeFormat = original.dateTime;
    Intl.NumberFormat = original.number;
  }
  return counts;
}

describe('one Intl cache', () => {
  // A private-use tag no other test formats with, so that the cache starts empty for it.
  const locale = 'en-GB-x-cache';

  it('makes one formatter per locale and options, however many dates are formatted', () => {
    const dates = ['2023-03-17', '2023-03-18', '2023-03-19', '2024-01-02'].map((d) => parseEdtf(d));
    const first = constructions(() => dates.forEach((d) => formatEdtf(d, locale, 'short')));
    expect(first.dateTime).to.equal(1);
    const again = constructions(() => dates.forEach((d) => formatEdtf(d, locale, 'short')));
    expect(again.dateTime).to.equal(0);
    expect(formatEdtf(dates[0]!, locale, 'short')).to.equal('17 Mar 2023');
  });

  it('shares formatters between the axis and the details', () => {
    const ticks = ['2021-01-01', '2022-01-01', '2023-01-01'].map((d) => new Date(d));
    const other = 'de-x-cache';
    constructions(() => tickFormat(ticks, other)(ticks[0]!, 0));
    // The same locale list and options as the axis' years: no new formatter.
    const counts = constructions(() => dateTimeFormat([other, 'en'], {year: 'numeric', timeZone: 'UTC'}));
    expect(counts.dateTime).to.equal(0);
  });

  it('keys on the options: different options, different formatters', () => {
    expect(dateTimeFormat('fr', {month: 'long'})).to.equal(dateTimeFormat('fr', {month: 'long'}));
    expect(dateTimeFormat('fr', {month: 'long'})).not.to.equal(dateTimeFormat('fr', {month: 'short'}));
    expect(dateTimeFormat('fr', {month: 'long'})).not.to.equal(dateTimeFormat('de', {month: 'long'}));
    expect(numberFormat('fr')).not.to.equal(dateTimeFormat('fr') as unknown);
  });

  it('counts on a cluster badge make their number formatter once', () => {
    const counts = constructions(() => [1200, 3400, 56000].forEach((n) => compactCount(n, 'en-x-badge')));
    expect(counts.number).to.equal(1);
    expect(compactCount(1200, 'en-x-badge')).to.equal('1.2K');
  });

  it('passes on what the constructor throws for a malformed locale', () => {
    expect(() => dateTimeFormat('not a locale!')).to.throw(RangeError);
  });
});
