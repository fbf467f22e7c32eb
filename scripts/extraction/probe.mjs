#!/usr/bin/env node
// Probes extraction with page shapes no corpus was needed for: furniture lines that well-known news
// sites print (set between two paragraphs of a story and under its last), and bylines and stamps
// in the forms sites print them (under the headline and over it). Every text here is written for
// the probe; a shape that fails is a gap the labelled corpora did not show.
//
//   npm run build && node scripts/extraction/probe.mjs [--dist DIR] [--verbose]
//
// Prints how many shapes of each kind fail, and (with --verbose, or always for the top of the page)
// which. --dist compares another build (a worktree's dist/) on the same probes.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { helpOnRequest } from "../common.mjs";

helpOnRequest(import.meta.url);

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const at = args.indexOf("--dist");
const dist = resolve(at >= 0 && args[at + 1] ? args[at + 1] : join(import.meta.dirname, "..", "..", "dist"));
if (!existsSync(join(dist, "core", "parse", "article.js"))) {
  console.error(`probe: no build at ${dist}: run npm run build first`);
  process.exit(1);
}
const { parseArticle } = await import(pathToFileURL(join(dist, "core", "parse", "article.js")).href);

const HEADLINE = "Harbour board votes to dredge old ferry channel";
const STORY = [
  "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.",
  "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.",
  "Fishers who use the channel every morning said they had waited two years for the board to act and were glad the wait was over.",
  "The channel was last dredged in 1998, when the ferry still ran to the island twice a day and the fish market stood on the quay.",
  "Since the ferry stopped, silt has built up at the mouth of the channel, and at low tide even small boats have run aground there.",
];
const text = (lines) => lines.flatMap((l) => [l, ""]).join("\n");

// Lines a page sets between a story's paragraphs or under it, none of them the story's.
const FURNITURE = [
  // English-language sites
  "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Continue reading the main story", "Image copyright Getty Images",
  "Image caption The old channel in 2019", "Photo: Jane Roe/Reuters", "(Photo by Jane Roe/Getty Images)", "Jane Roe/AP", "Jane Roe | The Avery Times",
  "Related: Ferry fares to rise in spring", "RELATED: Ferry fares to rise in spring", "Read more: Ferry fares to rise in spring",
  "Sign up for our daily newsletter", "Get the latest news delivered to your inbox", "Subscribe to our newsletter", "Share this article", "Share on Facebook",
  "Tweet", "Pin it", "Email", "Print", "Listen to this article", "Listen to article", "3 min read", "5 minute read", "Reading time: 4 minutes", "Skip Advert",
  "Advertisement - scroll to continue", "Scroll to continue with content", "This article is more than 2 years old", "Most Read", "Trending Now",
  "Recommended Stories", "Watch: The dredger arrives", "WATCH: The dredger arrives", "Video: The dredger arrives", "Supported by", "Sponsored", "Ad Feedback",
  "Loading...", "Enlarge this image", "toggle caption", "Jane Roe/NPR", "hide caption", "Copyright 2023 NPR", "Open Image Modal", "Getty Images",
  "AFP via Getty Images", "Show more", "Read More", "Follow us on Twitter", "Our Standards: The Example Trust Principles.",
  "Reporting by Jane Roe; Editing by John Doe", "(Reporting by Jane Roe in London; Editing by John Doe)", "Additional reporting by Jane Roe",
  "Updated at 3:15 p.m. ET", "Sign up for The Morning newsletter from the Avery Times", "Click here to get the Example News app",
  "CLICK HERE TO GET THE EXAMPLE NEWS APP", "Download the app", "Join the conversation", "Comments", "Leave a comment", "View comments",
  "Content from our partners", "More from Avery Times", "You might also like", "Don't miss", "Recommended for you", "What to read next", "Most Popular",
  "Published 3 hours ago", "Last modified on Tue 3 Jan 2023 10.41 GMT", "Posted 2h ago", "First published on Tue 3 Jan 2023 09.00 GMT",
  "Explore more on these topics", "Reuse this content", "Topics", "Shares", "Save", "Gift this article", "Share full article",
  "© 2023 Avery Times. All rights reserved.", "Copyright 2023 The Example Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
  "This material may not be published, broadcast, rewritten or redistributed.", "All rights reserved.", "Have a news tip? Email us at tips@example.com",
  "Got a story? Contact us", "Image: Getty", "Image source, Getty Images", "Image caption, The old channel in 2019", "Media caption, The dredger arrives",
  "Your browser does not support the audio element.", "Your browser does not support the video tag.", "Sign up for free newsletters and alerts",
  "Subscribe now", "Already a subscriber? Log in", "Create a free account", "Report ad", "Report an error", "Corrections policy", "Editorial standards",
  "Read the full story at Example.com", "Featured image via Pixabay", "Support our journalism", "Donate", "Become a member", "Sponsored content",
  "Updated: Jan 3, 2023 / 10:41 AM EST", "Filed under: Politics", "Tags: harbour, ferry", "Next article", "Previous post", "Back to top",
  "The Example Press contributed to this report.", "Example Press writer Jane Roe in London contributed to this report.",
  "A version of this article appears in print on Jan. 3, 2023, Section A, Page 1 of the New York edition with the headline: Harbour Board Votes.",
  "Jane Roe is a reporter for the Avery Times.", "Contact Jane Roe at jroe@example.com.", "Like this article? Share it with your friends!",
  "If you enjoyed this article, please consider donating.", "Cet article vous a plu ?",
  "Article content", "Share this Story: Harbour board votes to dredge old ferry channel", "We apologize, but this video has failed to load.", "Trending",
  "Sign up to receive daily headline news from the Avery Times, a division of Example Media Network Inc.",
  "By clicking on the sign up button you consent to receive the above newsletter from Example Media Network Inc.", "Thanks for signing up!",
  "A welcome email is on its way. If you don't see it, please check your junk folder.", "The next issue of Avery Headline News will soon be in your inbox.",
  "We encountered an issue signing you up. Please try again", "Interested in more newsletters? Browse here.",
  "Comments may take up to an hour for moderation before appearing on the site.", "You've reached your limit of free articles.",
  "Click to play video: 'Harbour board votes to dredge old channel'", "© 2023 Avery News, a division of Example Entertainment Inc.", "Open this photo in gallery:",
  "Share:", "This content is only available to subscribers.", "Subscribe for unlimited access", "Article was updated 2 hours ago",
  "Get the latest news from Avery sent to your inbox", "Our website is the place for the latest breaking news, exclusive scoops, longreads and provocative commentary.",
  "Bookmark our website and support our journalism: Don't miss the news you need to know — add AveryTimes.com to your bookmarks and sign up for our newsletters here.",
  "Editor's Picks", "Latest National Stories", "You may also be interested in", "Advertisement 2", "Story continues below",
  "This advertisement has not loaded yet, but your article continues below.", "Close this content", "— With files from The Example Press",
  "Play Video", "0:00 / 2:45", "Watch Now", "Video duration 2:45", "Now Playing", "Up Next", "Autoplay", "Duration 2:45", "2:45", "Video Ad Feedback",
  "1 of 12", "Photo 1 of 12", "Next slide", "Swipe for more photos", "View gallery", "Click to expand", "Open in app", "Get the app",
  // (Written after the rest, and run on the session's builds before any rule was made for it.)
  "Continue reading below", "Article continues after advertisement", "SCROLL TO CONTINUE WITH CONTENT", "Sign up for our free newsletter", "Subscribe to our daily briefing",
  "Enjoying this article? Subscribe for more", "You have 3 free articles left this month", "Already a member? Sign in here", "Want more stories like this? Sign up here.",
  "Read the latest on the harbour dredging", "MORE: Ferry fares to rise in spring", "ALSO READ: Ferry fares to rise in spring", "See also: Ferry fares to rise in spring",
  "Related coverage", "Related Articles", "More on this story", "Top stories", "Popular now", "Watch more videos", "Photo by Jane Roe", "Photograph by Jane Roe",
  "(Image credit: Jane Roe)", "Image credit: Getty Images", "Credit: Jane Roe/Avery Times", "Follow Avery Times on Facebook and Twitter", "Like us on Facebook",
  "Share on WhatsApp", "Copy link", "Link copied!", "Print this page", "Email this story", "Text size", "A A A", "Report a typo", "Send us a tip",
  "Got a tip? Email news@example.com", "This story was originally published by the Avery Times.", "This article originally appeared on Example.com.",
  "Republished with permission from the Avery Times.", "Copyright 2023 Avery Times", "All Rights Reserved", "Terms of Service", "Privacy Notice", "Cookie Settings",
  "We use cookies to improve your experience.", "Accept all cookies", "Manage cookies", "Sponsored Links", "Promoted Stories", "Recommended by", "Around the web",
  // Other languages the parser reads
  "Publicité", "Lire aussi : Les ferries augmentent leurs tarifs", "À lire aussi : Les ferries augmentent leurs tarifs", "Partager", "Abonnez-vous à notre newsletter",
  "Article réservé aux abonnés", "Temps de lecture : 3 min", "Lecture 3 min.", "Anzeige", "Werbung", "Lesen Sie auch: Fähren werden teurer", "Mehr zum Thema",
  "Artikel teilen", "Newsletter abonnieren", "Lesezeit: 3 Min.", "Publicidad", "Lee también: Suben las tarifas del ferry", "Compartir en Facebook",
  "Suscríbete a nuestro boletín", "Tiempo de lectura: 3 min", "Читайте также: Паромы дорожают", "Реклама", "Поделиться", "Подписывайтесь на наш канал",
  "Pubblicità", "Leggi anche: I traghetti aumentano le tariffe", "Condividi", "Publicidade", "Leia também: Balsas ficam mais caras", "Compartilhe",
];

// The top of a page: lines under (or over) the headline, and the author and date they give.
const TOPS = [
  [["By JANE ROE"], "JANE ROE", null], [["Jane Roe, Staff Writer"], "Jane Roe", null], [["Jane Roe | Reuters"], "Jane Roe", null],
  [["Written by Jane Roe"], "Jane Roe", null], [["Author: Jane Roe"], "Jane Roe", null], [["By Jane Roe and John Doe, Associated Press"], "Jane Roe and John Doe", null],
  [["By Jane Roe, CNN"], "Jane Roe", null], [["Von Jane Roe"], "Jane Roe", null], [["Par Jane Roe"], "Jane Roe", null], [["Por Jane Roe"], "Jane Roe", null],
  [["By Jane Roe", "Published: 3 January 2023"], "Jane Roe", "2023-01-03"], [["By Jane Roe", "Jan. 3, 2023"], "Jane Roe", "2023-01-03"],
  [["By Jane Roe", "2023-01-03"], "Jane Roe", "2023-01-03"], [["Tue 3 Jan 2023 09.00 GMT"], null, "2023-01-03"], [["January 3, 2023 at 9:00 a.m. EST"], null, "2023-01-03"],
  [["By Jane Roe | January 3, 2023"], "Jane Roe", "2023-01-03"], [["Jane Roe", "January 3, 2023"], "Jane Roe", "2023-01-03"],
  [["Jane Roe · January 3, 2023 · 3 min read"], "Jane Roe", "2023-01-03"], [["Posted on January 3, 2023 by Jane Roe"], "Jane Roe", "2023-01-03"],
  [["Updated January 4, 2023", "Published January 3, 2023"], null, "2023-01-03"], [["By Jane Roe", "Updated 3:15 PM EST, Tue January 3, 2023"], "Jane Roe", "2023-01-03"],
  [["3 January 2023, 09:00 GMT", "Jane Roe", "Example News"], "Jane Roe", "2023-01-03"], [["By Jane Roe, Avery Times", "Jan 3, 2023 Updated Jan 4, 2023"], "Jane Roe", "2023-01-03"],
  [["By Jane Roe, The Avery Times"], "Jane Roe", null], [["Jane Roe, Senior Reporter", "03.01.2023"], "Jane Roe", "2023-01-03"],
  [["Von Jane Roe", "03.01.2023, 09:00 Uhr"], "Jane Roe", "2023-01-03"], [["Par Jane Roe", "Publié le 03/01/2023 à 09h00"], "Jane Roe", "2023-01-03"],
  [["Por Jane Roe", "03/01/2023 09:00"], "Jane Roe", "2023-01-03"], [["Jane Roe", "Tuesday 3 January 2023"], "Jane Roe", "2023-01-03"],
  [["By Jane Roe For Example.Com", "Published: 09:00 EST, 3 January 2023 | Updated: 10:00 EST, 3 January 2023"], "Jane Roe", "2023-01-03"],
];

// The lines over a story: title tags, menus, kickers, breadcrumbs and standfirsts, with the title
// (and the section, where one is given) they should give.
const DEK = "The vote ends a ten-year wait for fishers who use the channel every day";
const HEADS = [
  [[`${HEADLINE} | Avery Times`, "Home", "News", "Sport", "Weather", HEADLINE, "By Jane Roe", "January 3, 2023"], HEADLINE],
  [[`${HEADLINE} - Avery Times`], HEADLINE], [[`${HEADLINE} - The Avery Times - Local news from Avery`], HEADLINE],
  [[`Avery Times | ${HEADLINE}`], HEADLINE], [[`${HEADLINE} « Avery Times`], HEADLINE], [[`${HEADLINE} :: Avery Times`], HEADLINE],
  [["POLITICS", HEADLINE, "By Jane Roe", "January 3, 2023"], HEADLINE, "POLITICS"], [["Breaking News", HEADLINE], HEADLINE],
  [["Home > News > Local", HEADLINE, "By Jane Roe", "January 3, 2023"], HEADLINE, "Local"], [["Home", "News", "Local", HEADLINE, "By Jane Roe", "January 3, 2023"], HEADLINE],
  [[`Home » Local » ${HEADLINE}`, HEADLINE, "By Jane Roe"], HEADLINE, "Local"], [[HEADLINE, DEK, "By Jane Roe", "January 3, 2023"], HEADLINE],
  [["Tuesday, January 3, 2023", "Home", "News", "Sport", HEADLINE, "By Jane Roe"], HEADLINE],
  [["HARBOUR BOARD VOTES TO DREDGE OLD FERRY CHANNEL", "By Jane Roe"], "HARBOUR BOARD VOTES TO DREDGE OLD FERRY CHANNEL"],
  [["Will the harbour board finally dredge the old ferry channel?", "By Jane Roe"], "Will the harbour board finally dredge the old ferry channel?"],
  [["'We waited ten years': harbour board votes to dredge old channel", "By Jane Roe"], "'We waited ten years': harbour board votes to dredge old channel"],
  [["Skip to main content", "Avery Times", "Subscribe", "Sign in", HEADLINE, "By Jane Roe", "January 3, 2023"], HEADLINE],
  [["Menu", "Search", "Avery Times", "Local News", HEADLINE, DEK, "Jane Roe", "Published 9:00 a.m. ET Jan. 3, 2023"], HEADLINE],
  [[HEADLINE, "Jane Roe", "Published 9:00 a.m. ET Jan. 3, 2023 | Updated 10:00 a.m. ET Jan. 3, 2023"], HEADLINE],
  [["Advertisement", HEADLINE, "By Jane Roe", "3 min read"], HEADLINE],
  [[HEADLINE, "Photo: Jane Roe/Avery Times", "The dredger at the mouth of the channel on Monday."], HEADLINE],
];

// Pictures' captions and credits, set between two paragraphs and between the byline and the story.
const CAPTIONS = [
  "The dredger at the mouth of the channel on Monday. (Jane Roe/Avery Times)", "The old channel in 2019. Photo: Jane Roe", "A fishing boat waits at the quay. (Photo by Jane Roe)",
  "Fishers at the quay on Tuesday. Credit: Jane Roe for The Avery Times", "The dredger arrives next spring. Image: Avery Harbour Board", "(Jane Roe / The Avery Times)",
  "Photo credit: Jane Roe", "Jane Roe / The Avery Times", "The quay at low tide. Jane Roe/The Avery Times", "PHOTO: The quay at low tide. (Example News: Jane Roe)",
  "The quay at low tide, Jan. 3, 2023. (AP Photo/Jane Roe)", "In this Jan. 3, 2023 photo, fishers unload their catch at the quay. (AP Photo/Jane Roe, File)",
  "FILE PHOTO: A fishing boat is seen at the quay in Avery, January 3, 2023. REUTERS/Jane Roe/File Photo", "Fishers unload their catch at the quay. REUTERS/Jane Roe",
  "A boat at the quay. Picture: Jane Roe", "Foto: Jane Roe/dpa", "Photo : AFP", "Фото: РИА Новости", "Bild: Jane Roe", "Fishers unload their catch at the quay (Photo: Jane Roe)",
  "The quay at low tide. Photograph: Jane Roe/The Example", "Fishers unload their catch at the quay. Getty Images", "The harbour board's chair, Jane Roe, after the vote.",
  "The quay at low tide. (Supplied)", "The quay at low tide. (Submitted by Jane Roe)", "Jane Roe says the channel will reopen in October. (Example News)",
];

// Blocks a page sets under a story, a line each: none of them may end the story's body.
const TAILS = {
  "a blog's share bar": ["Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...", "Related"],
  "a comment form": ["Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *", "Comment", "Name *", "Email *", "Website",
    "Save my name, email, and website in this browser for the next time I comment.", "Post Comment", "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
  "comments": ["5 comments", "Jane Doe says:", "January 3, 2023 at 10:15 am", "Great news for the fishers at last.", "Reply"],
  "a list of related posts": ["Related Posts", "Ferry fares to rise in spring as fuel costs climb", "Lighthouse reopens to visitors after ten-year restoration", "New slip for small boats approved by council"],
  "an author box": ["About the Author", "Jane Roe", "Jane Roe is a freelance writer based in Avery who covers the harbour and its fishing fleet. Her work has appeared in several regional papers."],
  "tags": ["Tags:", "harbour", "ferry", "dredging", "Posted in Local News"],
  "a newsletter form": ["Subscribe to our newsletter", "Get the best of the Avery Times delivered to your inbox every morning.", "Email address", "Subscribe", "By signing up you agree to our Terms of Service and Privacy Policy."],
  "a comment widget": ["comments powered by Disqus", "Please enable JavaScript to view the comments powered by Disqus."],
  "read next": ["Read Next", "Ferry fares to rise in spring as fuel costs climb", "Jane Roe", "January 2, 2023"],
  "a post's neighbours": ["« Previous Post", "Lighthouse reopens to visitors", "Next Post »", "Ferry fares to rise in spring"],
  "a source": ["Source: Avery Times"],
  "a donation appeal": ["Please support independent journalism. Donate today.", "Donate"],
  "a share bar": ["Print", "Email", "Facebook", "Twitter", "WhatsApp", "LinkedIn"],
  "a footer": ["© 2023 Avery Media Group. All rights reserved.", "Privacy Policy | Terms of Use | Contact Us"],
};

// A story's first paragraph opening with its dateline, and the place it gives (null: none).
const DATELINES = [
  ["LONDON (Reuters) - ", "LONDON"], ["WASHINGTON — ", "WASHINGTON"], ["PARIS, Jan 3 (Reuters) - ", "PARIS"], ["NEW YORK (AP) — ", "NEW YORK"], ["Ottawa, Ont. — ", "Ottawa"],
  ["BERLIN, 3. Januar (dpa) - ", "BERLIN"], ["PARÍS, 3 Ene. (EUROPA PRESS) - ", "PARÍS"], ["MOSCOW, January 3. /TASS/. ", "MOSCOW"], ["BEIJING, Jan. 3 (Xinhua) -- ", "BEIJING"],
  ["NAIROBI, Kenya (AP) — ", "NAIROBI"], ["LONDON, England (CNN) -- ", "LONDON"], ["SAN FRANCISCO (KXYZ) — ", "SAN FRANCISCO"], ["KYIV, Ukraine (AP) — ", "KYIV"],
  ["Lagos — ", "Lagos"], ["TORONTO - ", "TORONTO"], ["HALIFAX -- ", "HALIFAX"], ["ROME (AFP) - ", "ROME"], ["Madrid, 3 ene (EFE).- ", "Madrid"], ["GENEVA, Switzerland — ", "GENEVA"],
  ["Wien – ", "Wien"], ["МОСКВА, 3 января. ", "МОСКВА"], ["МОСКВА, 3 января — РИА Новости. ", "МОСКВА"], ["ST. JOHN'S, N.L. — ", "ST. JOHN'S"], ["(CNN) — ", null], ["(Reuters) - ", null],
  ["LOS ANGELES, Calif. (KABC) -- ", "LOS ANGELES"], ["DUBAI, Jan 3 (Reuters) - ", "DUBAI"], ["HONG KONG — ", "HONG KONG"], ["Washington, D.C. — ", "Washington"],
  ["PARIS (AFP) - ", "PARIS"], ["Paris, le 3 janvier 2023 – ", "Paris"], ["Bruxelles (Belga) – ", "Bruxelles"], ["Alger, 3 janvier (APS) - ", "Alger"],
  ["Madrid (EFE).- ", "Madrid"], ["BARCELONA, 3 (EUROPA PRESS) - ", "BARCELONA"], ["Ciudad de México, 3 de enero (EFE).- ", "Ciudad de México"], ["BOGOTÁ — ", "BOGOTÁ"],
];

let furnitureFails = 0;
const furnitureMisses = [];
for (const line of FURNITURE) {
  const between = parseArticle(text([HEADLINE, STORY[0], line, ...STORY.slice(1)])).body.includes(line);
  const under = parseArticle(text([HEADLINE, ...STORY, line])).body.includes(line);
  if (between || under) {
    furnitureFails++;
    furnitureMisses.push(`  kept ${between ? "between paragraphs" : ""}${between && under ? " and " : ""}${under ? "under the story" : ""}: ${line}`);
  }
}
console.log(`furniture: ${FURNITURE.length - furnitureFails} of ${FURNITURE.length} lines go wherever they stand (${furnitureFails} kept)`);
if (verbose) for (const m of furnitureMisses) console.log(m);

let checks = 0;
let topFails = 0;
for (const [top, author, date] of TOPS) {
  // Over the headline only where a date stands there too: a name alone over a headline is a kicker's place.
  for (const above of top.some((t) => /\d{4}/.test(t)) ? [false, true] : [false]) {
    checks++;
    const a = parseArticle(text(above ? [...top, HEADLINE, ...STORY] : [HEADLINE, ...top, ...STORY]));
    const ok = a.title === HEADLINE && (author === null || (a.author ?? "").toLowerCase() === author.toLowerCase()) && (date === null || a.date === date) && a.body.startsWith(STORY[0].slice(0, 30));
    if (!ok) {
      topFails++;
      console.log(`  ${above ? "over" : "under"} the headline ${JSON.stringify(top)}: title ${a.title === HEADLINE ? "ok" : JSON.stringify(a.title)}, author ${JSON.stringify(a.author)}, date ${JSON.stringify(a.date)}${a.body.startsWith(STORY[0].slice(0, 30)) ? "" : `, body starts ${JSON.stringify(a.body.slice(0, 40))}`}`);
    }
  }
}
console.log(`top of the page: ${checks - topFails} of ${checks} shapes read right (${TOPS.length} shapes, under the headline and, with a date, over it)`);

let datelineFails = 0;
for (const [dateline, place] of DATELINES) {
  const a = parseArticle(text([HEADLINE, dateline + STORY[0], ...STORY.slice(1)]));
  const ok = a.title === HEADLINE && (place === null ? !a.place : (a.place ?? "").split(",")[0].toLowerCase() === place.toLowerCase()) && a.body.startsWith(STORY[0].slice(0, 30));
  if (!ok) {
    datelineFails++;
    console.log(`  dateline ${JSON.stringify(dateline)}: place ${JSON.stringify(a.place)}, body starts ${JSON.stringify(a.body.slice(0, 40))}`);
  }
}
console.log(`datelines: ${DATELINES.length - datelineFails} of ${DATELINES.length} read right`);

let headFails = 0;
for (const [top, title, section] of HEADS) {
  const a = parseArticle(text([...top, ...STORY]));
  const ok = a.title === title && (section === undefined || (a.section ?? "").toLowerCase() === section.toLowerCase()) && a.body.startsWith(STORY[0].slice(0, 30));
  if (!ok) {
    headFails++;
    console.log(`  over the story ${JSON.stringify(top).slice(0, 100)}: title ${a.title === title ? "ok" : JSON.stringify(a.title)}, section ${JSON.stringify(a.section)}, body starts ${JSON.stringify(a.body.slice(0, 40))}`);
  }
}
console.log(`headlines: ${HEADS.length - headFails} of ${HEADS.length} pages' tops give the headline (and section) right`);

let tailFails = 0;
for (const [name, lines] of Object.entries(TAILS)) {
  const a = parseArticle(text([HEADLINE, ...STORY, ...lines]));
  if (!a.body.endsWith(STORY[STORY.length - 1])) {
    tailFails++;
    console.log(`  under the story, ${name}: the body ends ${JSON.stringify(a.body.slice(-60))}`);
  }
}
console.log(`story endings: ${Object.keys(TAILS).length - tailFails} of ${Object.keys(TAILS).length} blocks under a story go`);

let captionFails = 0;
for (const caption of CAPTIONS) {
  const between = parseArticle(text([HEADLINE, STORY[0], STORY[1], caption, ...STORY.slice(2)])).body.includes(caption);
  const top = parseArticle(text([HEADLINE, "By Jane Roe", caption, ...STORY])).body.includes(caption);
  if (between || top) {
    captionFails++;
    console.log(`  caption kept ${between ? "between paragraphs" : ""}${between && top ? " and " : ""}${top ? "over the story" : ""}: ${caption}`);
  }
}
console.log(`captions: ${CAPTIONS.length - captionFails} of ${CAPTIONS.length} go between paragraphs and over the story`);

// Newsletters saved as mail: headers, the sender's frame around the story, a forwarding mark.
const MAIL_HEADERS = ["From: Avery Times <newsletter@example.com>", "To: reader@example.org", `Subject: ${HEADLINE}`, "Date: Tue, 3 Jan 2023 09:00:00 +0000"];
const MAIL_FOOTER = ["You are receiving this email because you subscribed to the Avery Times newsletter.", "Unsubscribe | Update your preferences | Forward to a friend",
  "Avery Times, 1 Quay Street, Avery", "Copyright © 2023 Avery Times, All rights reserved."];
const MAILS = {
  "headers alone": [MAIL_HEADERS, []],
  "a footer": [MAIL_HEADERS, MAIL_FOOTER],
  "a browser copy's pointer and a footer": [[...MAIL_HEADERS, "", "View this email in your browser"], MAIL_FOOTER],
  "a forwarding mark": [["---------- Forwarded message ---------", ...MAIL_HEADERS], []],
};
let mailFails = 0;
for (const [name, [top, under]] of Object.entries(MAILS)) {
  const a = parseArticle([...top, "", text([...STORY, ...under])].join("\n"));
  if (!(a.title === HEADLINE && a.date === "2023-01-03" && a.body.startsWith(STORY[0].slice(0, 30)) && a.body.endsWith(STORY[STORY.length - 1]))) {
    mailFails++;
    console.log(`  a newsletter with ${name}: title ${JSON.stringify(a.title)}, date ${JSON.stringify(a.date)}, body ${JSON.stringify(a.body.slice(0, 30))} … ${JSON.stringify(a.body.slice(-40))}`);
  }
}
console.log(`newsletters: ${Object.keys(MAILS).length - mailFails} of ${Object.keys(MAILS).length} saved newsletters read right`);

// Pages a scraper ran together into one line: menus, headline, byline and date, story, footer.
const RUN_TOGETHER = {
  "menus, a stamp with its parts": ["Skip to main contentHomeNewsSportWeather", "Jane Roe · Avery Times · Posted: Jan 03, 2023 9:00 AM EST", ""],
  "a byline glued to its date, a footer": ["Skip to Main ContentAccessibility HelpMenuSearch", "By Jane RoeJanuary 3, 2023",
    "Related StoriesFerry fares to rise in springFooter LinksMy AccountProfileAbout UsContact UsPrivacy Policy©2023 Avery Times"],
  "a writer's job and a share button": ["MenuSearch", "Jane RoeStaff ReporterPublished January 3, 2023Share this article", "Comments"],
};
let runFails = 0;
for (const [name, [menus, byline, footer]] of Object.entries(RUN_TOGETHER)) {
  const a = parseArticle(menus + HEADLINE + byline + STORY.join("") + footer);
  if (!(a.title === HEADLINE && a.author === "Jane Roe" && a.date === "2023-01-03" && a.body.startsWith(STORY[0].slice(0, 30)) && a.body.endsWith(STORY[STORY.length - 1]))) {
    runFails++;
    console.log(`  a page run together, ${name}: title ${JSON.stringify(a.title)}, author ${JSON.stringify(a.author)}, date ${JSON.stringify(a.date)}, body ${JSON.stringify(a.body.slice(0, 30))} … ${JSON.stringify(a.body.slice(-40))}`);
  }
}
console.log(`pages run together: ${Object.keys(RUN_TOGETHER).length - runFails} of ${Object.keys(RUN_TOGETHER).length} read right`);

// Date stamps under a byline, in the forms and languages pages print them, and the date each gives.
const STAMPS = ["3. Januar 2023", "3 janvier 2023", "3 de enero de 2023", "3 января 2023 года", "2023年1月3日", "Jan 3rd, 2023", "03 Jan 2023", "3rd January 2023",
  "January 3rd 2023", "Tuesday, 3 January, 2023", "2023.01.03", "Publié le 3 janvier 2023 à 09h00", "Veröffentlicht am 3. Januar 2023, 09:00 Uhr",
  "Publicado el 3 de enero de 2023", "Опубликовано 3 января 2023 года", "Pubblicato il 3 gennaio 2023", "Publicado em 3 de janeiro de 2023",
  "Aktualisiert am 04.01.2023 Veröffentlicht am 03.01.2023", "Jan. 3, 2023, 9:00 a.m.", "01/03/2023", "2023-01-03T09:00:00Z", "Tue, 03 Jan 2023 09:00:00 GMT",
  "3 Jan 2023 · 3 min read", "JANUARY 3, 2023", "Posted Tuesday, January 3, 2023 9:00 am", "Published on: January 3, 2023", "Date: 2023-01-03",
  "Le 3 janvier 2023 à 09h00", "Am 3. Januar 2023", "el 3 de enero de 2023", "dimanche 3 janvier 2023", "martes, 3 de enero de 2023", "Dienstag, 3. Januar 2023"];
let stampFails = 0;
for (const stamp of STAMPS) {
  const a = parseArticle(text([HEADLINE, "By Jane Roe", stamp, ...STORY]));
  if (a.date !== "2023-01-03" || !a.body.startsWith(STORY[0].slice(0, 30))) {
    stampFails++;
    console.log(`  stamp ${JSON.stringify(stamp)}: date ${JSON.stringify(a.date)}, body starts ${JSON.stringify(a.body.slice(0, 30))}`);
  }
}
console.log(`date stamps: ${STAMPS.length - stampFails} of ${STAMPS.length} give the date right`);

// Bylines over a date line, in the forms sites print them, and the names they give (compared as
// score-extraction.mjs compares them: case, punctuation and the order of the names aside).
const loose = (v) => String(v ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const nameSet = (v) => String(v ?? "").replace(/^\s*by\s+/i, "").split(/\s+(?:and|und|et|y|и)\s+|\s*[,&/]\s*/i).map(loose).filter(Boolean).sort().join("|");
const BYLINES = [["By Jane Roe and John Doe", "Jane Roe and John Doe"], ["By Jane Roe, John Doe and Jim Poe", "Jane Roe, John Doe and Jim Poe"],
  ["By JANE ROE and JOHN DOE", "JANE ROE and JOHN DOE"], ["By Dr. Jane Roe", "Jane Roe"], ["By Jane Q. Roe", "Jane Q. Roe"], ["By Jane Roe-Smith", "Jane Roe-Smith"],
  ["By Jean-Luc Roe", "Jean-Luc Roe"], ["By Jane de la Roe", "Jane de la Roe"], ["By J.R. Roe", "J.R. Roe"], ["By Jane O'Roe", "Jane O'Roe"], ["By Jane Roe Jr.", "Jane Roe Jr."],
  ["Jane Roe, Associated Press", "Jane Roe"], ["Jane Roe and John Doe, Example News", "Jane Roe and John Doe"], ["Story by Jane Roe", "Jane Roe"], ["Words by Jane Roe", "Jane Roe"],
  ["Reporting by Jane Roe", "Jane Roe"], ["By Jane Roe, Special to the Avery Times", "Jane Roe"], ["By Jane Roe @janeroe", "Jane Roe"], ["By Jane Roe | Staff writer", "Jane Roe"],
  ["By Jane Roe / Avery Times", "Jane Roe"], ["BY JANE ROE, STAFF WRITER", "JANE ROE"], ["Jane Roe and John Doe / Avery Times", "Jane Roe and John Doe"],
  ["Von Jane Roe und John Doe", "Jane Roe und John Doe"], ["Par Jane Roe et John Doe", "Jane Roe et John Doe"], ["Por Jane Roe y John Doe", "Jane Roe y John Doe"],
  ["Автор: Джейн Роу", "Джейн Роу"], ["By Jane Roe, Avery Times Staff", "Jane Roe"], ["By Jane Roe For The Avery Times", "Jane Roe"], ["By Jane Roe, Example News Business", "Jane Roe"],
  ["Jane Roe, Senior Correspondent", "Jane Roe"], ["By Jane Roe, Ph.D.", "Jane Roe"]];
let bylineFails = 0;
for (const [line, want] of BYLINES) {
  const a = parseArticle(text([HEADLINE, line, "January 3, 2023", ...STORY]));
  if (nameSet(a.author) !== nameSet(want) || !a.body.startsWith(STORY[0].slice(0, 30))) {
    bylineFails++;
    console.log(`  byline ${JSON.stringify(line)}: author ${JSON.stringify(a.author)}, body starts ${JSON.stringify(a.body.slice(0, 30))}`);
  }
}
console.log(`bylines: ${BYLINES.length - bylineFails} of ${BYLINES.length} give the writers right`);

// Furniture of Chinese and Russian pages, around stories in those languages.
const OTHER_SCRIPTS = [
  ["港务局投票决定疏浚旧渡轮航道", ["港务局周二投票决定疏浚已经淤积十年的旧渡轮航道，小船将在十月前恢复通行。渔民们表示，他们已经等待了两年。", "工程将于春季开始，持续三个月，费用低于新建码头，港务局主席在投票后表示。", "该航道上一次疏浚是在一九九八年，当时渡轮每天两次往返岛屿。"],
    ["来源：新华网", "责任编辑：王芳", "【字号 大 中 小】", "分享到：", "打印", "关闭", "原标题：港务局投票决定疏浚旧渡轮航道", "编辑：李明", "本文来源：新华社", "相关新闻", "扫一扫，分享到微信", "【纠错】", "免责声明：本文仅代表作者个人观点"]],
  ["Совет гавани углубит старый паромный канал", ["Совет гавани во вторник проголосовал за углубление старого паромного канала, который заилился за десять лет, и небольшие лодки вернутся к октябрю.",
    "Работы обойдутся дешевле строительства нового причала, сказал председатель совета после голосования, а земснаряд заказан на весну.",
    "Рыбаки, которые каждое утро пользуются каналом, сказали, что ждали решения совета два года и рады, что ожидание закончилось."],
    ["Читайте также: Паромы дорожают", "Поделиться", "Комментарии", "Фото: РИА Новости", "Источник: ТАСС", "Подписывайтесь на наш канал в Telegram", "Реклама", "Читать далее",
      "Новости партнеров", "Если вы нашли ошибку, пожалуйста, выделите фрагмент текста и нажмите Ctrl+Enter", "Материалы по теме", "Самое читаемое", "© 2023 Авери Таймс. Все права защищены."]],
];
let otherLines = 0;
let otherFails = 0;
for (const [headline, story, lines] of OTHER_SCRIPTS) {
  for (const line of lines) {
    otherLines++;
    const between = parseArticle(text([headline, story[0], line, ...story.slice(1)])).body.includes(line);
    const under = parseArticle(text([headline, ...story, line])).body.includes(line);
    if (between || under) {
      otherFails++;
      console.log(`  kept ${between ? "between paragraphs" : ""}${between && under ? " and " : ""}${under ? "under the story" : ""}: ${line}`);
    }
  }
}
console.log(`furniture in Chinese and Russian: ${otherLines - otherFails} of ${otherLines} lines go wherever they stand`);
