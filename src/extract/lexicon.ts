/**
 * The words the extractor's own parsers and rules look for, by language. Regex sources,
 * matched case-insensitively; chrono-node brings its own words for what it parses.
 */
import type {ExtractLanguage, Season} from './types.js';

export interface Lexicon {
  /** Month names and abbreviations → 1–12. */
  months: Record<string, number>;
  seasons: Record<string, Season>;
  /** Words before a bare year that make it a year ("in 2016", "since 2009"). */
  yearLead: string;
  /** Words that make a number after them a year when an adjective ("a 2019 meeting"). */
  yearArticle: string;
  /** "since": the phrase dates the start of a state. */
  since: string;
  /** Range words: "from … to …", "between … and …". */
  rangeFrom: string;
  rangeTo: string;
  /** Part of a period: word → which third. */
  parts: Record<string, 'early' | 'mid' | 'late'>;
  /** Modifiers of a named period, by meaning. */
  last: string;
  this: string;
  next: string;
  /** Week phrases → weeks away from the publication week; `null` when it depends on the story. */
  weeks: [string, number][];
  /** Decades: a regex source with one group for the four-digit decade year. */
  decade: string;
  /** Words before a date phrase that belong to it ("in", "on", "since"). */
  lead: string;
  /** Future markers: any of them in a clause puts its dates ahead of the publication day. */
  future: string;
  /** Past markers: they keep a clause in the past even in a sentence about the future. */
  past: string;
  /** Word endings that are often past forms ("-ed"), but also participles and nouns: used only without a stronger marker. */
  pastWeak: string;
  /** The reporting clock: never a date of a happening. */
  clock: string;
  /** "today" and its kin: a date only in a clause with a past or future verb. */
  today: string;
  /** Duration and offset words after an amount of time: "nine years after", "two weeks later". */
  offset: string;
  /** "in", "within" before an amount of time: a duration, not a date. */
  within: string;
  /** Abbreviations whose full stop never ends a sentence. */
  abbreviations: string[];
}

const EN_MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const EN: Lexicon = {
  months: EN_MONTHS,
  seasons: {spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter'},
  yearLead:
    'in|since|by|until|till|from|during|before|after|of|to|through|and|or|between|around|circa|c\\.|year|fiscal|early|mid|late|the end of|the start of|throughout|as of|back in|as early as|as late as',
  yearArticle: 'a|an|the|its|his|her|their|our|this|that',
  since: 'since|ever since',
  rangeFrom: 'from|between',
  rangeTo: 'to|until|through|and',
  parts: {
    early: 'early',
    'earlier in': 'early',
    'the beginning of': 'early',
    'the start of': 'early',
    'beginning of': 'early',
    'start of': 'early',
    mid: 'mid',
    'the middle of': 'mid',
    'middle of': 'mid',
    late: 'late',
    'later in': 'late',
    'the end of': 'late',
    'end of': 'late',
  },
  last: 'last|past|previous',
  this: 'this',
  next: 'next|coming',
  weeks: [
    ['(?:the )?(?:last|past|previous) week', -1],
    ["earlier this week|later this week|this week(?:['’]s)?", 0],
    ['(?:the )?next week|the coming week', 1],
  ],
  decade: '(?:the |in the )?((?:1[5-9]|20)\\d0)s',
  lead: 'in|on|since|during|by|until|from|as of|at the end of|at the start of|at the beginning of',
  future:
    "will|won't|shall|'ll|would|could|should|must|might|expected|due|scheduled|planned|plans? to|set to|set for|is to|are to|was to|were to|upcoming|going to|slated|aims? to|intends? to|hopes? to|expects? to|wants? to|needs? to|seeks? to|promised to|pledged to|vowed to|likely to|about to|to be",
  past: 'was|were|had|did|said|told|met|took|began|came|went|won|lost|made|gave|left|saw|held|led|fell|rose|sold|bought|paid|spent|wrote|became|ran|struck|sent|built|brought|found|got|hit|set off|broke|chose|drove|flew|froze|grew|knew|rode|shook|spoke|stole|swore|threw|woke|wore',
  pastWeak: '\\w+ed',
  clock: 'now|right now|currently|nowadays|these days|at present|at the moment|for now',
  today: 'today|tonight|this morning|this afternoon|this evening',
  offset: 'after|later|before|earlier|afterwards|prior|beforehand|on|in advance',
  within: 'in|within|for|over|after|during|about|nearly|almost|some|another|the next|the past|the last',
  abbreviations: [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'jr',
    'sr',
    'gen',
    'gov',
    'sen',
    'rep',
    'lt',
    'col',
    'sgt',
    'capt',
    'cmdr',
    'adm',
    'maj',
    'rev',
    'hon',
    'pres',
    'supt',
    'insp',
    'inc',
    'corp',
    'ltd',
    'co',
    'bros',
    'vs',
    'etc',
    'e.g',
    'i.e',
    'no',
    'nos',
    'vol',
    'fig',
    'approx',
    'est',
    'dept',
    'univ',
    'assn',
    'ave',
    'blvd',
    'rd',
    'mt',
    'ft',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'mon',
    'tue',
    'tues',
    'wed',
    'thu',
    'thurs',
    'fri',
    'sat',
    'sun',
    'a.m',
    'p.m',
    'u.s',
    'u.k',
    'u.n',
    'e.u',
    'd.c',
    'ph.d',
    'al',
    'cf',
    'ca',
    'op',
    'ed',
    'pp',
  ],
};

const DE: Lexicon = {
  months: {
    januar: 1,
    jänner: 1,
    jan: 1,
    februar: 2,
    feb: 2,
    märz: 3,
    mär: 3,
    april: 4,
    apr: 4,
    mai: 5,
    juni: 6,
    jun: 6,
    juli: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    oktober: 10,
    okt: 10,
    november: 11,
    nov: 11,
    dezember: 12,
    dez: 12,
  },
  seasons: {frühling: 'spring', frühjahr: 'spring', sommer: 'summer', herbst: 'autumn', winter: 'winter'},
  yearLead: 'im jahr|im jahre|jahr|jahres|seit|bis|von|ab|vor|nach|zwischen|und|oder|um|anfang|mitte|ende|in|bis ende',
  yearArticle: 'der|die|das|dem|den|des|ein|eine|einem|einer',
  since: 'seit',
  rangeFrom: 'von|zwischen',
  rangeTo: 'bis|und',
  parts: {anfang: 'early', 'zu beginn des': 'early', 'zu beginn': 'early', mitte: 'mid', ende: 'late', 'gegen ende': 'late'},
  last: 'letzten|letztes|letzte|vergangenen|vergangenes|vergangene|vorigen|voriges|vorige',
  this: 'diesen|dieses|diese|in diesem|im',
  next: 'nächsten|nächstes|nächste|kommenden|kommendes|kommende',
  weeks: [
    ['(?:in der |die |der )?(?:letzten|vergangenen|vorigen|letzte|vergangene|vorige) woche', -1],
    ['(?:in )?dieser woche|diese woche|anfang der woche', 0],
    ['(?:in der |die )?(?:nächsten|kommenden|nächste|kommende) woche', 1],
  ],
  decade: '(?:die |in den |den )?((?:1[5-9]|20)\\d0)er(?:[- ]?jahren?)?',
  lead: 'im|am|seit|bis|ab|von|in|zum|zu',
  future:
    'wird|werden|wirst|werde|will|wollen|möchte|möchten|soll|sollen|sollte|sollten|plant|planen|geplant|angesetzt|vorgesehen|anberaumt|terminiert|voraussichtlich|künftig|demnächst|bevorstehend|zu \\p{L}+en',
  past: 'war|waren|hatte|hatten|wurde|wurden|sagte|sagten|erklärte|teilte',
  pastWeak: '\\p{L}+te|\\p{L}+ten|ge\\p{L}+t|ge\\p{L}+en',
  clock: 'jetzt|derzeit|momentan|zurzeit|aktuell|mittlerweile|inzwischen|nun',
  today: 'heute|heute morgen|heute abend|heute früh',
  offset: 'danach|später|nach|zuvor|früher|vorher|davor|darauf',
  within: 'in|innerhalb|binnen|für|über|seit|nach|fast|rund|etwa|knapp',
  abbreviations: [
    'dr',
    'prof',
    'nr',
    'bzw',
    'ca',
    'str',
    'hr',
    'fr',
    'usw',
    'z.b',
    'd.h',
    'u.a',
    'vgl',
    'evtl',
    'inkl',
    'jan',
    'feb',
    'aug',
    'sept',
    'okt',
    'nov',
    'dez',
    'st',
    'mio',
    'mrd',
    'bzgl',
    'zit',
  ],
};

const FR: Lexicon = {
  months: {
    janvier: 1,
    janv: 1,
    février: 2,
    fevrier: 2,
    févr: 2,
    mars: 3,
    avril: 4,
    avr: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    juil: 7,
    août: 8,
    aout: 8,
    septembre: 9,
    sept: 9,
    octobre: 10,
    oct: 10,
    novembre: 11,
    nov: 11,
    décembre: 12,
    decembre: 12,
    déc: 12,
  },
  seasons: {printemps: 'spring', été: 'summer', automne: 'autumn', hiver: 'winter'},
  yearLead: "en|depuis|dès|jusqu'en|jusqu’en|avant|après|de|à|entre|et|ou|vers|l'an|l’an|année|fin|début|mi|courant",
  yearArticle: 'le|la|les|un|une|du|des',
  since: 'depuis',
  rangeFrom: 'de|entre',
  rangeTo: 'à|et',
  parts: {
    début: 'early',
    'au début de': 'early',
    'au début du mois de': 'early',
    mi: 'mid',
    'à la mi': 'mid',
    'au milieu de': 'mid',
    fin: 'late',
    'à la fin de': 'late',
    'fin de': 'late',
  },
  last: 'dernier|dernière|passé|passée|précédent|précédente',
  this: 'ce|cet|cette',
  next: 'prochain|prochaine|suivant|suivante',
  weeks: [
    ['la semaine (?:dernière|passée|précédente)', -1],
    ['cette semaine|en début de semaine', 0],
    ['la semaine (?:prochaine|suivante)', 1],
  ],
  decade: '(?:les |dans les )?années ((?:1[5-9]|20)\\d0)',
  lead: "en|le|depuis|dès|au|à|jusqu’au|jusqu'au|ce",
  future:
    'va|vont|sera|seront|aura|auront|devra|devront|doit|doivent|devrait|devraient|prévu|prévue|prévus|prévues|prochain|prochaine|\\w+era|\\w+eront|\\w+ira|\\w+iront|\\w+ra|\\w+ront',
  past: 'a|ont|avait|avaient|était|étaient|fut|furent|eut|eurent',
  pastWeak: '\\p{L}+é|\\p{L}+ée|\\p{L}+és|\\p{L}+ées',
  clock: 'maintenant|actuellement|désormais|aujourd’hui encore|à présent|en ce moment',
  today: "aujourd’hui|aujourd'hui|ce matin|ce soir",
  offset: 'après|plus tard|avant|plus tôt|auparavant|suivant|suivante',
  within: 'en|dans|pendant|durant|depuis|après|près de|environ|presque',
  abbreviations: [
    'm',
    'mm',
    'mme',
    'mlle',
    'dr',
    'pr',
    'st',
    'ste',
    'cf',
    'etc',
    'av',
    'apr',
    'j.-c',
    'janv',
    'févr',
    'avr',
    'juil',
    'sept',
    'oct',
    'nov',
    'déc',
    'n°',
    'no',
    'p',
    'env',
    'min',
  ],
};

export const LEXICONS: Record<ExtractLanguage, Lexicon> = {en: EN, de: DE, fr: FR};

const alternations = new Map<string, string>();

/** An alternation of the keys of a word map, longest first so that "sept" wins over "sep"; built once per list. */
export function alternation(words: Record<string, unknown> | string[]): string {
  const list = Array.isArray(words) ? words : Object.keys(words);
  const key = list.join('\u0000');
  let out = alternations.get(key);
  if (out === undefined) {
    out = [...list]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|');
    alternations.set(key, out);
  }
  return out;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
