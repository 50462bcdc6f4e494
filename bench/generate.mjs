// A deterministic timeline document of any size for the benchmark: random titles, dates over ~10
// years (mostly in clusters, as news comes), and an article text that contains every quote and
// every date phrase verbatim, so every event anchors and none is dropped.

const WORDS = (
  'talks summit minister treaty border trade sanctions envoy visit pipeline grain port election court ' +
  'ceasefire council harbour reactor bridge loan tariff accord delegation protest verdict strike flood ' +
  'drought vaccine satellite budget merger embassy parliament referendum pact corridor railway refinery'
).split(' ');
const PLACES = ['Moscow', 'Beijing', 'Kyiv', 'Geneva', 'Vladivostok', 'Ankara', 'Brussels', 'Astana', 'Delhi', 'Minsk'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = 864e5;
const START = Date.UTC(2015, 0, 1);
const SPAN = 10 * 365.25 * DAY;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const spoken = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/**
 * Returns a timeline document with `count` events, the same for the same `count` and `seed`.
 * About 70 % of dates fall in a dozen clusters a few weeks wide, the rest anywhere in 2015–2024;
 * most are days, some months, years and multi-day periods.
 * @param {number} count
 * @param {number} [seed]
 */
export function generateDocument(count, seed = 20261126) {
  const rand = random(seed ^ count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const clusters = Array.from({length: 12}, () => START + rand() * SPAN);
  const sentences = [];
  const events = [];
  for (let i = 0; i < count; i++) {
    let t = rand() < 0.7 ? pick(clusters) + (rand() + rand() + rand() - 1.5) * 20 * DAY : START + rand() * SPAN;
    t = Math.min(START + SPAN - 30 * DAY, Math.max(START, t));
    t = Math.floor(t / DAY) * DAY;
    const d = new Date(t);
    const kind = rand();
    let date;
    let dateText;
    if (kind < 0.75) {
      date = iso(t);
      dateText = `on ${spoken(t)}`;
    } else if (kind < 0.87) {
      date = iso(t).slice(0, 7);
      dateText = `in ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    } else if (kind < 0.93) {
      date = String(d.getUTCFullYear());
      dateText = `in ${d.getUTCFullYear()}`;
    } else {
      const end = t + (1 + Math.floor(rand() * 5)) * DAY;
      date = `${iso(t)}/${iso(end)}`;
      dateText = `from ${spoken(t)} to ${spoken(end)}`;
    }
    const a = pick(WORDS);
    const b = pick(WORDS);
    const place = pick(PLACES);
    const title = `${a[0].toUpperCase()}${a.slice(1)} ${b} in ${place} (${i + 1})`;
    // The running number keeps every quote unique in the text.
    const quote = `the ${a} on ${b} number ${i + 1} opened in ${place} ${dateText}`;
    sentences.push(`Officials said ${quote}, according to reports.`);
    events.push({id: `e${i + 1}`, date, title, place, quote, dateText});
  }
  // A few sentences per paragraph, like an article.
  let text = '';
  for (let i = 0; i < sentences.length; i++) text += sentences[i] + (i % 4 === 3 ? '\n\n' : ' ');
  return {
    source: {title: `Generated timeline, ${count} events`, publisher: 'Benchmark', published: '2025-01-01', text: text.trim()},
    events,
  };
}
