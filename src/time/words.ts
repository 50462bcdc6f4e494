/**
 * The words a language needs around dates that Intl does not write: qualifiers, seasons, decades,
 * unknown months and days, open and unknown interval ends. `{date}` stands for the formatted date,
 * `{year}` for a formatted year, `{season}` for the season's name.
 */
export interface DateWords {
  approximate: string;
  /** Used instead of `approximate` for a year, where the language words it differently. */
  approximateYear?: string;
  uncertain: string;
  /** Spring, summer, autumn, winter. */
  seasons: readonly [string, string, string, string];
  /** `{season} {year}`. */
  season: string;
  /** `201X`: `{year}` is the decade's first year (`2010s`). */
  decade: string;
  unknownMonth: string;
  unknownDay: string;
  unknownMonthAndDay: string;
  /** `2014/..`: the period goes on. */
  since: string;
  /** `../1991`: the period reaches back; `untilCoarse` for a year, month or season where the language says it otherwise. */
  until: string;
  untilCoarse?: string;
  /** `/1985`, `1985/`. */
  startUnknown: string;
  endUnknown: string;
}

const zh: DateWords = {
  // Intl already writes "2018年", so the templates add only what is around it.
  approximate: '约{date}',
  uncertain: '{date}？',
  seasons: ['春季', '夏季', '秋季', '冬季'],
  season: '{year}{season}',
  decade: '{year}年代',
  unknownMonth: '{date}（月份不详）',
  unknownDay: '{date}（日期不详）',
  unknownMonthAndDay: '{date}（月日不详）',
  since: '{date}起',
  until: '至{date}',
  startUnknown: '开始时间不详–{date}',
  endUnknown: '{date}–结束时间不详',
};

// Keyed by language, or language-script where the script changes the word (约 vs 約).
export const WORDS: Record<string, DateWords> = {
  en: {
    approximate: 'about {date}',
    uncertain: '{date}?',
    seasons: ['spring', 'summer', 'autumn', 'winter'],
    season: '{season} {year}',
    decade: '{year}s',
    unknownMonth: '{date}, month unknown',
    unknownDay: '{date}, day unknown',
    unknownMonthAndDay: '{date}, month and day unknown',
    since: 'since {date}',
    until: 'until {date}',
    startUnknown: 'start unknown – {date}',
    endUnknown: '{date} – end unknown',
  },
  de: {
    approximate: 'etwa {date}',
    approximateYear: 'um {date}',
    uncertain: '{date}?',
    seasons: ['Frühling', 'Sommer', 'Herbst', 'Winter'],
    season: '{season} {year}',
    decade: '{year}er',
    unknownMonth: '{date}, Monat unbekannt',
    unknownDay: '{date}, Tag unbekannt',
    unknownMonthAndDay: '{date}, Monat und Tag unbekannt',
    since: 'seit {date}',
    until: 'bis {date}',
    startUnknown: 'Beginn unbekannt – {date}',
    endUnknown: '{date} – Ende unbekannt',
  },
  fr: {
    approximate: 'vers {date}',
    // French sets a narrow no-break space before "?".
    uncertain: '{date}\u202f?',
    seasons: ['printemps', 'été', 'automne', 'hiver'],
    season: '{season} {year}',
    decade: 'années {year}',
    unknownMonth: '{date}, mois inconnu',
    unknownDay: '{date}, jour inconnu',
    unknownMonthAndDay: '{date}, mois et jour inconnus',
    since: 'depuis {date}',
    until: 'jusqu’au {date}',
    untilCoarse: 'jusqu’en {date}',
    startUnknown: 'début inconnu – {date}',
    endUnknown: '{date} – fin inconnue',
  },
  // Russian and Ukrainian: "с"/"до" want the genitive, which Intl's month names are not in;
  // "… и далее" keeps the date in the nominative Intl writes.
  ru: {
    approximate: 'примерно {date}',
    approximateYear: 'около {date}',
    uncertain: '{date}?',
    seasons: ['весна', 'лето', 'осень', 'зима'],
    season: '{season} {year}',
    decade: '{year}-е',
    unknownMonth: '{date}, месяц неизвестен',
    unknownDay: '{date}, день неизвестен',
    unknownMonthAndDay: '{date}, месяц и день неизвестны',
    since: '{date} и далее',
    until: '{date} и ранее',
    startUnknown: 'начало неизвестно – {date}',
    endUnknown: '{date} – конец неизвестен',
  },
  uk: {
    approximate: 'приблизно {date}',
    approximateYear: 'близько {date}',
    uncertain: '{date}?',
    seasons: ['весна', 'літо', 'осінь', 'зима'],
    season: '{season} {year}',
    decade: '{year}-ті',
    unknownMonth: '{date}, місяць невідомий',
    unknownDay: '{date}, день невідомий',
    unknownMonthAndDay: '{date}, місяць і день невідомі',
    since: '{date} і далі',
    until: '{date} і раніше',
    startUnknown: 'початок невідомий – {date}',
    endUnknown: '{date} – кінець невідомий',
  },
  zh,
  'zh-Hant': {
    ...zh,
    approximate: '約{date}',
    unknownMonth: '{date}（月份不詳）',
    unknownDay: '{date}（日期不詳）',
    unknownMonthAndDay: '{date}（月日不詳）',
    startUnknown: '開始時間不詳–{date}',
    endUnknown: '{date}–結束時間不詳',
  },
};

/** Puts values into a template: `fill('{season} {year}', {season: 'summer', year: '2022'})`. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
