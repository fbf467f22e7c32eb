const { parseArticle } = await import("/work/main/dist/core/parse/article.js");
const share = ["Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save"];
const story = ["Harbour police believe the man who stole two boats is also responsible for a break-in at the yacht club last week, the Example Standard has learned.", "A staff member was hurt in the incident, a source said."];
const H = "Boat thief also believed to have broken into yacht club earlier";
const variants = {
  full: ["Home", "News", ...share, "featured", H, "Jane Roe", "Jane Roe", "Author twitter", "Author email", "Mar 16, 2023", "Mar 16, 2023", "13", ...share, "The suspect in the yacht club break-in.", "Example Police file photo", ...share, ...story],
  noCount: ["Home", "News", ...share, "featured", H, "Jane Roe", "Jane Roe", "Author twitter", "Author email", "Mar 16, 2023", "Mar 16, 2023", ...share, "The suspect in the yacht club break-in.", "Example Police file photo", ...share, ...story],
  oneName: ["Home", "News", ...share, "featured", H, "Jane Roe", "Author twitter", "Author email", "Mar 16, 2023", "13", ...share, "The suspect in the yacht club break-in.", "Example Police file photo", ...share, ...story],
  noCaption: ["Home", "News", ...share, "featured", H, "Jane Roe", "Jane Roe", "Author twitter", "Author email", "Mar 16, 2023", "Mar 16, 2023", "13", ...share, ...story],
  noShareBefore: ["Home", "News", "featured", H, "Jane Roe", "Jane Roe", "Author twitter", "Author email", "Mar 16, 2023", "Mar 16, 2023", "13", ...share, "The suspect in the yacht club break-in.", "Example Police file photo", ...share, ...story],
};
for (const [k, v] of Object.entries(variants)) { const a = parseArticle(v.join("\n")); console.log(k.padEnd(14), JSON.stringify(a.title), a.section, JSON.stringify(a.provenance.section)); }
