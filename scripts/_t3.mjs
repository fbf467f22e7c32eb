import { readFileSync } from "node:fs";
const { parseArticle } = await import("/work/main/dist/core/parse/article.js");
const { prepare } = await import("/work/main/dist/core/decode.js");
const a = parseArticle(prepare(readFileSync(process.argv[2])).text, {});
console.log(JSON.stringify({ t: a.title, d: a.date, au: a.author, s: a.section }), JSON.stringify(a.provenance));
console.log(a.body.slice(0, 200));
