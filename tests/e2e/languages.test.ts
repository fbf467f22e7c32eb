// Search in every language, through typos: articles written for this test in Russian, German,
// Chinese, Swedish and English, ingested and searched through bin/news as users do.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, expectHit, json, news, ok } from "../helpers/cli.js";
import { tempDir } from "../helpers/fixtures.js";

const ARTICLES: Record<string, string> = {
  "ru.txt": "Россия и соседи договорились о новом мосте\n\nВ понедельник представители России и соседних стран подписали соглашение о строительстве моста через реку. По словам министра, мост свяжет два крупных города и сократит путь грузовиков на сто километров.\n",
  "de.txt": "Kinder bauen ein Boot aus Holz\n\nIn einer Schule in Bremen haben die Kinder der vierten Klasse ein kleines Boot aus Holz gebaut. Die Lehrerin sagte, das Boot solle im Sommer auf dem See fahren, wenn das Wetter gut sei.\n",
  "zh.txt": "巴黎发生抗议活动\n\n周六，数千人在巴黎街头举行抗议活动，反对提高燃油税。警方表示，抗议者在市中心聚集，交通一度中断。副总统也发表了讲话。\n",
  "km.txt": "ការចូលរួមរបស់ពលរដ្ឋ\n\nការចូលរួមរបស់ពលរដ្ឋក្នុងការបោះឆ្នោតមានសារៈសំខាន់ណាស់សម្រាប់ប្រទេស។\n",
  "es.txt": "Los vecinos del barrio piden un parque nuevo\n\nLos vecinos siguieron reunidos toda la tarde del martes en la plaza del mercado. El alcalde tuvo que justificar ante ellos el retraso de las obras del parque, que estaban previstas para el verano pasado y que todavía no han empezado.\n",
  "fr.txt": "Les habitants du quartier dénoncent le bruit des travaux\n\nDepuis le mois de mars, les habitants de la rue des Lilas dénoncent le bruit du chantier voisin, qui commence chaque matin avant sept heures. La mairie promet de rencontrer les riverains la semaine prochaine.\n",
  "sv.txt": "Staden bygger en ny bro över sundet\n\nArbetet med den nya bron började i måndags och väntas pågå i två år. Kommunen säger att bron ska minska trafiken genom centrum.\n",
  "en.txt": "Venezuela signs oil deal with Argentina\n\nVenezuela and Argentina signed an agreement on Monday under which the two countries will share oil and gas in the coming years, officials said in Caracas.\n",
  // A saved page: its story, and teasers of other stories under "Most read" that are not its body.
  "page.txt": "Home | News | Sport | Weather\n\nFerry to sail twice a day from May, harbourmaster confirms\n\nBy Jane Roe\n\nThe island ferry will sail twice a day from May, the harbour board said on Tuesday, after a winter of single crossings that left traders short of stock.\n\nThe board said the second crossing would run for a trial year and that the timetable would be kept under review.\n\nMost read\n\n1. Kittiwakes nest again on the old harbour wall\n2. School bus timetable to change in June\n",
  "birds.txt": "Kittiwakes return to the cliffs\n\nKittiwakes have returned to the cliffs above the bay for the first time in ten years, volunteers counting the nesting birds said on Sunday. The kittiwakes were driven away by a rock fall in 2014.\n",
};

let dir: { path: string; cleanup: () => void };
let db: string;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir();
  db = join(dir.path, "news.db");
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir.path, name), text);
  ok(await news(["--db", db, "ingest", dir.path, "-q"]));
}, 60_000);

afterAll(() => dir.cleanup());

async function hits(...args: string[]): Promise<Array<Record<string, unknown>>> {
  const r = ok(await news(["--db", db, "search", "--json", ...args]));
  const out = json<unknown[]>(r);
  for (const h of out) expectHit(h);
  return out as Array<Record<string, unknown>>;
}

const paths = (hs: Array<Record<string, unknown>>) => hs.map((h) => (h.path as string).split("/").pop());

describe("search in every language", () => {
  it("detects each article's language and stores it", async () => {
    const list = json<Array<{ path: string; language: string | null }>>(ok(await news(["--db", db, "list", "--json"])));
    expect(Object.fromEntries(list.map((a) => [a.path.split("/").pop(), a.language]))).toEqual({ "ru.txt": "ru", "de.txt": "de", "zh.txt": "zh", "es.txt": "es", "fr.txt": "fr", "en.txt": "en", "km.txt": "km", "sv.txt": "sv", "page.txt": "en", "birds.txt": "en" });
  });

  it("finds a Russian word in any of its forms", async () => {
    for (const form of ["Россия", "России", "Россию", "россией"]) expect(paths(await hits(form))).toEqual(["ru.txt"]);
  });

  it("finds German plurals from the singular", async () => {
    const found = await hits("Kind");
    expect(paths(found)).toEqual(["de.txt"]);
    expect(found[0]!.snippet).toContain("[Kinder]");
  });

  it("finds a Spanish verb's forms that the stemmer cuts a letter or two longer", async () => {
    // Snowball: "justifica" -> justif, "justificar" -> justific; "siguen" -> sig, "siguieron" -> sigu.
    expect(paths(await hits("justifica"))).toEqual(["es.txt"]);
    expect(paths(await hits("siguen"))).toEqual(["es.txt"]);
  });

  it("finds a French verb's third person plural, which the stemmer leaves whole", async () => {
    // Snowball: "dénonce" -> dénonc, "dénoncent" -> dénoncent.
    const r = ok(await news(["--db", db, "search", "--json", "dénonce"]));
    expect(paths(json(r))).toEqual(["fr.txt"]);
    expect(r.stderr).toBe(""); // found as a form of the word, not as the closest spelling
  });

  it("finds Chinese words in text without spaces, also several at once", async () => {
    expect(paths(await hits("巴黎"))).toEqual(["zh.txt"]);
    expect(paths(await hits("抗议"))).toEqual(["zh.txt"]);
    expect(paths(await hits("巴黎抗议"))).toEqual(["zh.txt"]);
  });

  it("finds a word of a script without spaces inside a longer word, as grep would", async () => {
    // The segmenter keeps 副总统 (vice-president) and ការចូលរួម (participation) whole.
    const zh = await hits("总统");
    expect(paths(zh)).toEqual(["zh.txt"]);
    expect(zh[0]!.snippet).toContain("[副总统]");
    expect(paths(await hits("ចូលរួម"))).toEqual(["km.txt"]);
    expect(paths(await hits("ចូលរួម", "--language", "zh"))).toEqual([]);
  });

  it("filters by language", async () => {
    const list = json<Array<{ language: string }>>(ok(await news(["--db", db, "list", "--json", "--language", "ru"])));
    expect(list.map((a) => a.language)).toEqual(["ru"]);
    const r = await news(["--db", db, "list", "--language", "russian"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^news: --language 'russian' is not a language code/);
  });

  it("counts articles by language in stats", async () => {
    const s = json<{ byLanguage: Array<{ name: string; count: number }> }>(ok(await news(["--db", db, "stats", "--json"])));
    expect(s.byLanguage.map((l) => l.name).sort()).toEqual(["de", "en", "es", "fr", "km", "ru", "sv", "zh"]);
    expect(ok(await news(["--db", db, "stats"])).stdout).toMatch(/By language\n {2}\w\w/);
  });
});

describe("words of the page outside the story", () => {
  it("find the page, after the stories that tell of them, with the passage of the page that has them", async () => {
    const found = await hits("kittiwakes");
    expect(paths(found)).toEqual(["birds.txt", "page.txt"]);
    expect(found[1]!.snippet).toContain("[Kittiwakes] nest again");
    const body = json<{ body: string }>(ok(await news(["--db", db, "show", String(found[1]!.id), "--json"]))).body;
    expect(body).not.toMatch(/Kittiwakes/);
  });

  it("are not asked for by a phrase of the story's words and theirs, nor of theirs alone", async () => {
    expect(paths(await hits('"review kittiwakes"'))).toEqual([]);
    // (Once each and in no order of the page's, they form no phrase: "nest again old wall" is not the page's text.)
    expect(paths(await hits('"nest again old wall"'))).toEqual([]);
    expect(paths(await hits('NEAR(nest wall, 2)'))).toEqual([]);
  });

  it("leave a hit on the headline's words alone its snippet from the body, not the headline again", async () => {
    const found = await hits("harbourmaster");
    expect(paths(found)).toEqual(["page.txt"]);
    expect(found[0]!.snippet).toMatch(/^The island ferry will sail/);
  });
});

describe("typo tolerance", () => {
  it("searches for the closest indexed word and says so on stderr", async () => {
    const r = ok(await news(["--db", db, "search", "--json", "venezula"]));
    expect(paths(json(r))).toEqual(["en.txt"]);
    expect(r.stderr).toBe('news: no article has "venezula"; searched for "venezuela"\n');
  });

  it("corrects a word of a language without a stemmer, whose words are indexed as written", async () => {
    const r = ok(await news(["--db", db, "search", "--json", "trafkien"]));
    expect(paths(json(r))).toEqual(["sv.txt"]);
    expect(r.stderr).toBe('news: no article has "trafkien"; searched for "trafiken"\n');
  });

  it("corrects words in quotes too", async () => {
    const r = ok(await news(["--db", db, "search", "--json", '"venezula signs"']));
    expect(paths(json(r))).toEqual(["en.txt"]);
    expect(r.stderr).toContain('searched for "venezuela"');
  });

  it("does not with --strict", async () => {
    const r = ok(await news(["--db", db, "search", "--json", "--strict", "venezula"]));
    expect(json(r)).toEqual([]);
    expect(r.stderr).toBe("");
  });
});

describe("the index stays whole", () => {
  it("after reparse and check --repair", async () => {
    ok(await news(["--db", db, "reparse", "-q"]));
    expect(paths(await hits("России"))).toEqual(["ru.txt"]);
    ok(await news(["--db", db, "check", "--repair"]));
    const c = json<{ ok: boolean }>(ok(await news(["--db", db, "check", "--json"])));
    expect(c.ok).toBe(true);
    expect(paths(await hits("巴黎"))).toEqual(["zh.txt"]);
  });
});
