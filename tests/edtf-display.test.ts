/** How the level 1 dates read, in the six languages of the UI: seasons, eras, decades, unknown parts, open ends. */
import {expect} from '@open-wc/testing';
import {formatEdtf, formatYear, isoDateTimeAttribute, parseEdtf} from '../src/time/index.js';
import {tickFormat} from '../src/time/ticks.js';

const fmt = (edtf: string, locale: string, style?: 'long' | 'short') => formatEdtf(parseEdtf(edtf), locale, style);
const LANGUAGES = ['en', 'de', 'fr', 'ru', 'uk', 'zh'] as const;
const all = (edtf: string, style?: 'long' | 'short') => LANGUAGES.map((l) => fmt(edtf, l, style));

describe('display of EDTF level 1', () => {
  it('names seasons in the reader’s language', () => {
    expect(all('2022-22')).to.deep.equal(['summer 2022', 'Sommer 2022', 'été 2022', 'лето 2022', 'літо 2022', '2022年夏季']);
    expect(fmt('2022-21', 'en')).to.equal('spring 2022');
    expect(fmt('2022-23', 'de')).to.equal('Herbst 2022');
    expect(fmt('2022-22?', 'en')).to.equal('summer 2022?');
  });

  it('gives a winter both its years, since it runs from December into the next year', () => {
    expect(fmt('2022-24', 'en')).to.equal('winter 2022 – 2023');
    expect(fmt('2022-24', 'de')).to.equal('Winter 2022–2023');
  });

  it('writes years up to 1 BCE with their era, so that year 0000 is 1 BC and never 1', () => {
    expect(all('-0043')).to.deep.equal(['44 BC', '44 v. Chr.', '44 av. J.-C.', '44 г. до н. э.', '44 до н. е.', '公元前44年']);
    expect(fmt('0000', 'en')).to.equal('1 BC');
    expect(fmt('0001', 'en')).to.equal('1');
    expect(fmt('-0043-03-15', 'en', 'short')).to.equal('Mar 15, 44 BC');
    expect(fmt('-0043-03-15', 'de')).to.equal('Freitag, 15. März 44 v. Chr.');
    expect(fmt('-0043/0014', 'en')).to.equal('44 BC – 14 AD');
  });

  it('writes long years with digit grouping and their era, beyond what a Date can hold too', () => {
    expect(fmt('Y-20000', 'en')).to.equal('20,001 BC');
    expect(fmt('Y-20000', 'de')).to.equal('20.001 v. Chr.');
    expect(fmt('Y170000002', 'en')).to.equal('170,000,002');
    expect(fmt('Y-170000002', 'en')).to.equal('170,000,003 BC');
    expect(formatYear(-170000002, 'zh')).to.equal('公元前170,000,003年');
  });

  it('reads a decade as a decade and a century as its years', () => {
    expect(all('201X')).to.deep.equal(['2010s', '2010er', 'années 2010', '2010-е', '2010-ті', '2010年代']);
    expect(fmt('20XX', 'en')).to.equal('2000 – 2099');
    expect(fmt('20XX', 'ru')).to.equal('2000–2099');
    expect(fmt('-201X', 'en')).to.equal('2020 – 2011 BC');
    expect(fmt('201X~', 'en')).to.equal('about 2010s');
  });

  it('says which part of a date is unknown', () => {
    expect(all('1985-04-XX')).to.deep.equal([
      'April 1985, day unknown',
      'April 1985, Tag unbekannt',
      'avril 1985, jour inconnu',
      'апрель 1985 г., день неизвестен',
      'квітень 1985 р., день невідомий',
      '1985年4月（日期不详）',
    ]);
    expect(fmt('2004-XX', 'en')).to.equal('2004, month unknown');
    expect(fmt('1985-XX-XX', 'de')).to.equal('1985, Monat und Tag unbekannt');
  });

  it('says that a period goes on, reaches back, or has an unknown end', () => {
    expect(all('2014/..')).to.deep.equal(['since 2014', 'seit 2014', 'depuis 2014', '2014 и далее', '2014 і далі', '2014年起']);
    expect(all('../1991')).to.deep.equal(['until 1991', 'bis 1991', 'jusqu’en 1991', '1991 и ранее', '1991 і раніше', '至1991年']);
    expect(fmt('../1991-12-26', 'fr')).to.equal('jusqu’au jeudi 26 décembre 1991');
    expect(all('/1985')).to.deep.equal([
      'start unknown – 1985',
      'Beginn unbekannt – 1985',
      'début inconnu – 1985',
      'начало неизвестно – 1985',
      'початок невідомий – 1985',
      '开始时间不详–1985年',
    ]);
    expect(fmt('1985-04/', 'en')).to.equal('April 1985 – end unknown');
    expect(fmt('2014~/..', 'en')).to.equal('since about 2014');
  });

  it('writes toISOString() output at its UTC time, and a time without a zone without one', () => {
    expect(fmt('2023-03-20T09:00:00.000Z', 'en')).to.equal('Monday, March 20, 2023 at 09:00 UTC');
    expect(fmt('2023-03-20T09:00:00', 'en')).to.equal('Monday, March 20, 2023 at 09:00');
    expect(fmt('2023-03-20T09:00:00/2023-03-20T17:30:00', 'en', 'short')).to.equal('Mar 20, 2023, 09:00 – 17:30');
    expect(fmt('2023-03-20T09:00:00+05:30', 'de', 'short')).to.equal('20. März 2023, 03:30 UTC');
  });

  it('gives <time datetime> only what HTML can say', () => {
    const attr = (edtf: string) => isoDateTimeAttribute(parseEdtf(edtf));
    expect(attr('2023-03-20T09:00:00.000Z')).to.equal('2023-03-20T09:00:00Z');
    expect(attr('2023-03-20T09:00:00')).to.equal('2023-03-20T09:00:00');
    expect(attr('1985-04-XX')).to.equal('1985-04');
    expect(attr('2014/..')).to.equal('2014');
    for (const edtf of ['2022-22', '201X', '-0043', '0000', 'Y-20000', 'Y170000002']) expect(attr(edtf), edtf).to.equal('');
  });
});

describe('tick labels before year 1', () => {
  const labels = (years: number[], locale = 'en') => {
    const ticks = years.map((y) => {
      const d = new Date(0);
      d.setUTCFullYear(y, 0, 1);
      return d;
    });
    const format = tickFormat(ticks, locale);
    return ticks.map((d, i) => format(d, i));
  };

  it('carry the era on every year once the axis reaches 1 BCE, so 0 and 1 differ', () => {
    expect(labels([-100, -50, 0, 50])).to.deep.equal(['101 BC', '51 BC', '1 BC', '50 AD']);
    expect(labels([-100, -50], 'de')).to.deep.equal(['101 v. Chr.', '51 v. Chr.']);
    expect(labels([1900, 1950])).to.deep.equal(['1900', '1950']);
  });

  it('names no zone on the hours of local times', () => {
    const ticks = ['2023-03-20T06:00Z', '2023-03-20T12:00Z'].map((t) => new Date(t));
    const format = tickFormat(ticks, 'en', {zone: false});
    expect(ticks.map((d, i) => format(d, i))).to.deep.equal(['Mar 20, 06:00', '12:00']);
  });
});
