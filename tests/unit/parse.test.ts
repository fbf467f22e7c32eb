import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../../src/core/parse/article.js";
import { countWords, firstSentence, line, toLines, unboxed } from "../../src/core/parse/lines.js";
import { unwrapped, withoutDumpSyntax } from "../../src/core/parse/dump-syntax.js";
import { READING_TIME, isMenuLine, isShareBar, looksLikeHeadline, wordsIn } from "../../src/core/parse/shapes.js";
import { findDate, leadingDate, writesDayFirst } from "../../src/core/parse/dates.js";
import { cutAtWriterNote } from "../../src/core/parse/writer-note.js";
import { mayBeRunTogether, mayHoldJoins, splitGlued } from "../../src/core/parse/glue.js";
import { dropLooseEnds, dropStampedList } from "../../src/core/parse/trailing.js";
import { dropLeadCaption, dropTweets, isPrevNextLink } from "../../src/core/parse/story.js";
import fc from "fast-check";
import { readCaselessDateline, readDateline, readFirstColonDateline, readFirstHyphenDateline } from "../../src/core/parse/dateline.js";
import { cleanByline, nameWithRole, isArticleOutlet, isNameOverRole, isOutlet, isPersonName, isRole, splitNames } from "../../src/core/parse/byline.js";
import { prepare } from "../../src/core/decode.js";
import { greekCapsSource } from "../../src/core/parse/greek-caps.js";
import { IMAGE_BUTTON, isRelativeStamp, RELEASE_STATUS, copyrightHolder, creditLine, isBoilerplate, isCaption, isCommentsMarker, isEndMarker, isTagsHeading, isTrailer, isWidgetHeading } from "../../src/core/parse/boilerplate.js";
import { readStamp } from "../../src/core/parse/stamps.js";
import { BYLINE } from "../../src/core/parse/cluster.js";
import { namedFactBox } from "../../src/core/parse/factbox.js";
import { anchoredHeadline } from "../../src/core/parse/anchored-top.js";

// Articles written for these tests, one per shape the parser must understand. Each expects the
// fields it states, the words the body starts and ends with, and strings that must not be body.
interface Case {
  name: string;
  text: string;
  title?: string | null;
  date?: string | null;
  place?: string | null;
  section?: string | null;
  author?: string | null;
  source?: string | null;
  summary?: string;
  bodyStart?: string;
  bodyEnd?: string;
  notBody?: string[];
}

const lines = (...ls: string[]) => ls.join("\n");
/** A paragraph wrapped as a text tool wraps it: at `width` columns, each line set in by `indent`
 *  (lynx: 74 columns, three spaces in). */
const wrap = (text: string, width = 74, indent = "   ") => {
  const out: string[] = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur && indent.length + cur.length + 1 + w.length > width) {
      out.push(indent + cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(indent + cur);
  return out;
};

const CASES: Case[] = [
  {
    name: "headline first, then paragraphs",
    text: lines(
      "Harbour bridge to close for repairs",
      "",
      "The harbour bridge will close for six weeks from March while engineers replace its bearings.",
      "",
      "Drivers were told to use the ring road, which adds about ten minutes to most journeys.",
    ),
    title: "Harbour bridge to close for repairs",
    date: null,
    place: null,
    author: null,
    bodyStart: "The harbour bridge will close",
    bodyEnd: "adds about ten minutes to most journeys.",
  },
  {
    name: "headline repeated as the first body line",
    text: lines(
      "Council votes to keep night buses",
      "",
      "Council votes to keep night buses",
      "",
      "Councillors voted by nine to four on Tuesday to keep the night bus service for another year.",
    ),
    title: "Council votes to keep night buses",
    bodyStart: "Councillors voted by nine to four",
    notBody: ["Council votes to keep night buses"],
  },
  {
    name: "scraped page: one line per element, headline below the menus",
    text: lines(
      "Skip to main content",
      "Home",
      "Search",
      "Sign in",
      "Subscribe",
      "News",
      "Sport",
      "Weather",
      "Share this article",
      "Advertisement",
      "Home",
      "Local",
      "Ferry service returns to the islands after storm",
      "By Jane Roe",
      "Posted: Sep 12, 2022 3:36 PM EDT",
      "The ferry to the outer islands sailed again on Monday after a storm kept it in port for four days.",
      "Story continues below advertisement",
      "Operators said the crossing would run to the winter timetable until the end of the month.",
      "Related Stories",
      "Storm closes schools across the county",
      "Power restored to most homes",
      "The harbour master said damage to the pier was minor and would be repaired next week.",
      "© 2022 Example Herald. All rights reserved.",
      "Privacy Policy",
    ),
    title: "Ferry service returns to the islands after storm",
    date: "2022-09-12",
    author: "Jane Roe",
    section: "Local",
    source: "Example Herald",
    bodyStart: "The ferry to the outer islands sailed again",
    bodyEnd: "would be repaired next week.",
    notBody: ["Story continues below advertisement", "Related Stories", "Storm closes schools", "Privacy Policy", "Skip to main content", "Posted:"],
  },
  {
    name: "scraped page: the whole page run together on one line",
    text:
      "Skip to Main ContentSearchSign InNewsSportsRadioMusicWeatherMore Mill fire forces evacuation of river homes | Example News " +
      "LoadedNorth ValleyMill fire forces evacuation of river homesResidents were told to leave before dawn as smoke spread along the river." +
      "Jane Roe, John Doe · Example News · Posted: Mar 28, 2022 4:00 AM EDT | Last Updated: March 29, 2022" +
      "Crews fought the fire at the old paper mill through the night, the fire chief said on Monday morning.It started in a storage shed " +
      "and spread to the main building within an hour.ABOUT THE AUTHORJane Roe is a reporter.Footer LinksMy AccountContact Us",
    title: "Mill fire forces evacuation of river homes",
    date: "2022-03-28",
    section: "North Valley",
    author: "Jane Roe and John Doe",
    summary: "Residents were told to leave before dawn",
    bodyStart: "Crews fought the fire at the old paper mill",
    bodyEnd: "within an hour.",
    notBody: ["ABOUT THE AUTHOR", "Posted:", "Skip to Main Content", "Footer Links"],
  },
  {
    name: "run-together byline with job titles, then a capitalised dateline",
    text:
      "Sign InSubscriptionsNewslettersNotificationsFor reprints of this article, please go to: www.example.comCanadaCity council approves new transit line after decade of debate" +
      "The vote came after a six-hour meeting. By Jane RoeStaff ReporterJohn DoeStaff ReporterSat., May 23, 2015timer3 min. read" +
      "OTTAWA—City council approved the long-debated transit line on Friday by a vote of 18 to 6, ending years of argument over its route. " +
      "Construction is expected to start next spring.",
    title: "City council approves new transit line after decade of debate",
    date: "2015-05-23",
    place: "OTTAWA",
    author: "Jane Roe and John Doe",
    section: "Canada",
    bodyStart: "City council approved the long-debated transit line",
    notBody: ["Staff Reporter", "timer"],
  },
  {
    name: "run-together byline of several writers, each with a beat's job title",
    text:
      "Sign InSubscriptionsNewslettersNotificationsFor reprints of this article, please go to: www.example.comCanadaCity council approves new transit line after decade of debate" +
      "The vote came after a six-hour meeting. By Jane RowanReporterJohn DaltonCourts ReporterAnn PorterCity Hall ReporterMark LesterSat., May 23, 2015timer3 min. read" +
      "OTTAWA—City council approved the long-debated transit line on Friday by a vote of 18 to 6, ending years of argument over its route. " +
      "Construction is expected to start next spring.",
    title: "City council approves new transit line after decade of debate",
    date: "2015-05-23",
    author: "Jane Rowan, John Dalton, Ann Porter and Mark Lester",
    notBody: ["Courts Reporter", "City Hall Reporter"],
  },
  {
    name: "wire copy: place, agency and double dash",
    text: lines(
      "LONDON, England (CNN) -- A rare map stolen from a library in 1986 has been returned, police said Wednesday.",
      "",
      "The map was identified by a dealer who noticed a faded stamp.",
    ),
    place: "LONDON, England",
    source: "CNN",
    bodyStart: "A rare map stolen from a library",
  },
  {
    name: "wire copy: agency without a place, glued to the story",
    text: lines("(CNN)When the river rose, the town moved its market to the hill for the first time in 40 years.", "", "Traders said business was slow."),
    place: null,
    source: "CNN",
    bodyStart: "When the river rose",
  },
  {
    name: "wire copy: a dateline with a pipe",
    text: " PARIS | La mairie a annoncé samedi la réouverture du pont après trois mois de travaux sur ses piles.",
    place: "PARIS",
    bodyStart: "La mairie a annoncé samedi",
  },
  {
    name: "wire copy: a Japanese bracket dateline",
    text: "【6月18日 AFP】東京の美術館は、新しい展示室を来月開くと発表した。展示室には三百点の作品が並ぶ予定だ。",
    source: "AFP",
    bodyStart: "東京の美術館は",
  },
  {
    name: "single-line text whose dateline follows a teaser: the teaser is the title and summary, the story starts at the dateline",
    text: "Die Stadt will die Straßenbahn bis 2030 verlängern. Zwei Linien kommen dazu. Graz – Die Stadtregierung hat am Montag einen Plan für zwei neue Linien vorgestellt, die bis 2030 fertig sein sollen.",
    title: "Die Stadt will die Straßenbahn bis 2030 verlängern.",
    summary: "Die Stadt will die Straßenbahn bis 2030 verlängern. Zwei Linien kommen dazu.",
    place: "Graz",
    bodyStart: "Die Stadtregierung hat am Montag",
    notBody: ["Graz –", "verlängern", "Zwei Linien kommen dazu"],
  },
  {
    name: "a teaser over the dateline under a headline: the headline stays the title",
    text: lines(
      "Straßenbahn nach Puntigam",
      "",
      "Die Stadt will die Straßenbahn bis 2030 verlängern. Graz – Die Stadtregierung hat am Montag einen Plan für zwei neue Linien vorgestellt, die bis 2030 fertig sein sollen.",
    ),
    title: "Straßenbahn nach Puntigam",
    summary: "Die Stadt will die Straßenbahn bis 2030 verlängern.",
    place: "Graz",
    bodyStart: "Die Stadtregierung hat am Montag",
    notBody: ["verlängern"],
  },
  {
    name: "a place, a date and a dash",
    text: lines(
      "Museum reopens after flood",
      "",
      "Caracas, February 6, 2017 – The national museum reopened on Monday after a flood closed it for a year.",
    ),
    title: "Museum reopens after flood",
    place: "Caracas",
    date: "2017-02-06",
    bodyStart: "The national museum reopened",
  },
  {
    name: "Usenet post: folded subject, two-digit year, named zone, signature",
    text: lines(
      "Path: news.example.net!not-for-mail",
      "From: jroe@example.org (Jane Roe)",
      "Newsgroups: rec.gardening,misc.misc",
      "Subject: Re: Tomatoes that split after",
      "\theavy rain",
      "Date: Mon, 05 Apr 93 18:01:16 NZST",
      "Article-I.D.: example.1993Apr5",
      "Lines: 8",
      "",
      "In article <1@example.net>, someone writes:",
      ">Why do my tomatoes split?",
      "",
      "Uneven watering. Water deeply twice a week and mulch the beds.",
      "",
      "-- ",
      "Jane Roe   \"Grow your own\"",
    ),
    title: "Re: Tomatoes that split after heavy rain",
    date: "1993-04-05",
    section: "rec.gardening",
    author: "Jane Roe",
    bodyStart: "In article <1@example.net>, someone writes:",
    bodyEnd: "mulch the beds.",
    notBody: ["Grow your own", "Article-I.D.", "Lines: 8"],
  },
  {
    name: "Usenet post: four-digit year, a signature fenced by a rule, quoted headers",
    text: lines(
      "From: John Doe <jdoe@example.com>",
      "Newsgroups: sci.space",
      "Subject: Launch window",
      "Date: Fri, 16 Apr 1993 10:58:59 PST",
      "",
      "Forwarded for discussion:",
      ">From: someone@example.net",
      ">Subject: window",
      ">Date: 15 Apr 1993",
      "",
      "The next launch window opens in June and lasts nine days.",
      "",
      "John",
      "..........................................",
      "Quote of the week: ask the stars.",
    ),
    date: "1993-04-16",
    author: "John Doe",
    bodyEnd: "lasts nine days.",
    notBody: ["Quote of the week", ">From: someone@example.net", "John"],
  },
  {
    name: "Usenet post: a signature fenced by a rule of two signs in turn",
    text: lines(
      "From: jroe@example.edu (Jane Roe)",
      "Newsgroups: comp.os.ms-windows.misc",
      "Subject: Re: icons that run from the mouse",
      "Date: Mon, 19 Apr 1993 08:12:40 GMT",
      "",
      "The file is runaway.zip and you will find it in the icons directory on the archive.",
      "",
      "~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^~^",
      "    o   |  Jane Roe                jroe@example.edu",
      "   o    |  Harbour Research Centre",
      "  -- (\") o   |  \"Row a little harder\"",
      "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
    ),
    author: "Jane Roe",
    bodyEnd: "in the icons directory on the archive.",
    notBody: ["Harbour Research Centre", "Row a little harder"],
  },
  {
    name: "Usenet post: a signature without a delimiter, opening with the poster's name",
    text: lines(
      "From: jroe@example.org (Jane Roe)",
      "Newsgroups: rec.boats",
      "Subject: Winter storage",
      "",
      "Pull the boat out before the first frost and drain the engine completely.",
      "",
      "Jane Roe",
      "Harbour Sailing Club",
      "jroe@example.org",
    ),
    author: "Jane Roe",
    bodyEnd: "drain the engine completely.",
    notBody: ["Harbour Sailing Club", "jroe@example.org"],
  },
  {
    name: "Usenet post signed with the poster's own address beside a short name: the signature goes, the closing over it stays",
    text: lines(
      "From: tmarsh@fen.example.edu (Thomas Marsh)",
      "Newsgroups: rec.boats",
      "Subject: Outboard won't idle",
      "",
      "After the winter the outboard stalls at idle; the plugs are new and the fuel is fresh.",
      "",
      "Thanks,",
      "Tom",
      "TMarsh@Fen.Example.EDU",
    ),
    author: "Thomas Marsh",
    bodyEnd: "the fuel is fresh.\n\nThanks,",
    notBody: ["Tom", "TMarsh@"],
  },
  {
    name: "Usenet post signed in columns, a fuller name beside the network's label and the poster's address: the signature goes",
    text: lines(
      "From: tmarsh@fen.example.edu (Tom Marsh)",
      "Newsgroups: rec.boats",
      "Subject: Outboard won't idle",
      "",
      "After the winter the outboard stalls at idle; the plugs are new and the fuel is fresh.",
      "",
      "",
      "Thomas J. Marsh                internet: tmarsh@fen.example.edu",
      "Fen State University               uucp: uunet!fen!tmarsh",
      "Lakeside, MN  55001",
    ),
    author: "Tom Marsh",
    bodyEnd: "the fuel is fresh.",
    notBody: ["Thomas J. Marsh", "internet", "Fen State University", "55001"],
  },
  {
    name: "Usenet post whose address is asked for under the text: it stays",
    text: lines(
      "From: tmarsh@fen.example.edu (Thomas Marsh)",
      "Newsgroups: misc.forsale",
      "Subject: Two kayak paddles",
      "",
      "Two carbon paddles, barely used, forty dollars each. If you are interested, write to:",
      "",
      "tmarsh@fen.example.edu",
    ),
    bodyEnd: "write to:\n\ntmarsh@fen.example.edu",
  },
  {
    name: "Usenet post of a numbered series: the pointer to its next part closing it goes",
    text: lines(
      "From: jroe@example.org (Jane Roe)",
      "Newsgroups: rec.gardening",
      "Subject: Allotment FAQ 3/7 - Soil and drainage",
      "",
      "Heavy clay drains slowly; dig in grit and leaf mould every autumn.",
      "",
      "NEXT: FAQ #4/7 - Compost heaps and mulch",
    ),
    author: "Jane Roe",
    bodyEnd: "leaf mould every autumn.",
    notBody: ["NEXT:", "Compost heaps"],
  },
  {
    name: "Usenet post signed with the first name alone: the name goes, a post-script under it stays",
    text: lines(
      "From: Jane Roe <jane@example.org>",
      "Newsgroups: rec.boats.paddle",
      "Subject: Re: Cold water",
      "",
      "Wear a drysuit from October on; the lake stays cold long after the air warms.",
      "",
      "-- jane.",
      "",
      "P.S. The club's slip is free to members until the end of May.",
    ),
    author: "Jane Roe",
    bodyEnd: "long after the air warms.\n\nP.S. The club's slip is free to members until the end of May.",
    notBody: ["jane."],
  },
  {
    name: "Usenet post signed with the first name, then a signature block",
    text: lines(
      "From: Tom Minor <tminor@example.org>",
      "Newsgroups: rec.boats",
      "Subject: Mooring fees",
      "",
      "The harbour board raised the mooring fees by ten percent this spring.",
      "",
      "Tom",
      "",
      "Harbour Sailing Club | tminor@example.org",
    ),
    author: "Tom Minor",
    bodyEnd: "by ten percent this spring.",
    notBody: ["Tom", "Harbour Sailing Club"],
  },
  {
    name: "Usenet post signed with the poster's names in the other order",
    text: lines(
      "From: jk@example.fi (Roe Jane)",
      "Newsgroups: comp.graphics",
      "Subject: Dithering",
      "",
      "Ordered dithering is faster, but error diffusion gives smoother gradients.",
      "",
      "",
      "Jane Roe",
    ),
    author: "Roe Jane",
    bodyEnd: "gives smoother gradients.",
    notBody: ["Jane Roe"],
  },
  {
    name: "Usenet post signed with a short form of the poster's names",
    text: lines(
      "From: db7@example.edu (D. Andrew Byler)",
      "Newsgroups: soc.religion.christian",
      "Subject: Re: Councils",
      "",
      "Which councils did the bishops of Alexandria accept, and which did they reject?",
      "",
      "Andy Byler",
    ),
    author: "D. Andrew Byler",
    bodyEnd: "which did they reject?",
    notBody: ["Andy Byler"],
  },
  {
    name: "Usenet post signed with a first name's short form alone",
    text: lines(
      "From: hallg@example.edu (Gregory Hall)",
      "Newsgroups: rec.sport.hockey",
      "Subject: Re: Goalies",
      "",
      "The goaltending is adequate given the offensive firepower of the Wings.",
      "",
      "Greg",
    ),
    author: "Gregory Hall",
    bodyEnd: "firepower of the Wings.",
    notBody: ["Greg"],
  },
  {
    name: "Usenet post signed with a common short form of the first name",
    text: lines(
      "From: jimh@example.edu (James Hogan)",
      "Newsgroups: alt.atheism",
      "Subject: Re: Definitions",
      "",
      "A definition that assumes its conclusion proves nothing at all.",
      "",
      "Jim",
    ),
    author: "James Hogan",
    bodyEnd: "proves nothing at all.",
    notBody: ["Jim"],
  },
  {
    name: "Usenet post signed with the full name after a dash",
    text: lines(
      "From: mlin@example.com (Ming T. Lin)",
      "Newsgroups: comp.os.ms-windows.misc",
      "Subject: Re: Fonts",
      "",
      "The TrueType fonts render faster once the cache is warm.",
      "",
      "-Ming T. Lin",
    ),
    author: "Ming T. Lin",
    bodyEnd: "once the cache is warm.",
    notBody: ["Ming T. Lin"],
  },
  {
    name: "Usenet post: a closing word is no name, whatever letters it shares with the poster's address",
    text: lines(
      "From: cheung_d@example.nz",
      "Newsgroups: misc.forsale",
      "Subject: Modem for sale",
      "",
      "A 2400 baud modem, boxed, with its manual. Offers by mail.",
      "",
      "Cheers",
    ),
    bodyEnd: "Offers by mail.\n\nCheers",
  },
  {
    name: "Usenet post: a name and address asked for are the post, not a signature",
    text: lines(
      "From: jroe@example.org (Jane Roe)",
      "Newsgroups: misc.forsale",
      "Subject: Dinghy for sale",
      "",
      "Eight-foot dinghy, oars included, 200 dollars. If you are interested, please contact:",
      "",
      "Jane Roe",
      "jroe@example.org",
    ),
    author: "Jane Roe",
    bodyEnd: "Jane Roe\njroe@example.org",
  },
  {
    name: "Usenet post from an offline reader: its tagline and tear line",
    text: lines(
      "From: jroe@example.org (Jane Roe)",
      "Newsgroups: comp.sys.ibm.pc.hardware",
      "Subject: Which modem",
      "",
      "A 14400 modem is worth the extra money if you download every night.",
      "",
      "... Backups? We don't need no steenking backups!",
      "--- Harbour Reader v2.10",
    ),
    bodyEnd: "download every night.",
    notBody: ["steenking backups", "Harbour Reader"],
  },
  {
    name: "YAML front matter",
    text: lines(
      "---",
      "title: Orchard opens its gates",
      "date: 2021-09-04",
      "author: Ann Lee",
      "section: Food",
      "tags: [apples, farms]",
      "---",
      "",
      "The community orchard opened to pickers on Saturday.",
    ),
    title: "Orchard opens its gates",
    date: "2021-09-04",
    author: "Ann Lee",
    section: "Food",
    bodyStart: "The community orchard opened",
    notBody: ["tags:"],
  },
  {
    name: "@highlight lines become the summary",
    text: lines(
      "(CNN) -- A new bridge opened on Friday.",
      "",
      "It carries 20,000 cars a day.",
      "",
      "@highlight",
      "",
      "Bridge opens after three years of work",
      "",
      "@highlight",
      "",
      "It will carry 20,000 cars a day",
    ),
    summary: "Bridge opens after three years of work\nIt will carry 20,000 cars a day",
    bodyEnd: "It carries 20,000 cars a day.",
    notBody: ["@highlight", "three years of work"],
  },
  {
    name: "encyclopedia-style page: title stated twice, fact box, last-edited footer",
    text: lines(
      "Jump to content",
      "Main menu",
      "Contents",
      "Toggle the table of contents",
      "Great Lakes ferry fire",
      "3 languages",
      "From Wikipedia, the free encyclopedia",
      "Maritime disaster in 1949",
      "Great Lakes ferry fireLocationLake OntarioDateSeptember 17, 1949",
      "The Great Lakes ferry fire destroyed a passenger ship at its dock in 1949 and killed more than one hundred people aboard.",
      "Investigators blamed a fire that started in a linen closet.",
      "References[edit]",
      "^ Smith, John (1950). Report.",
      "This page was last edited on 4 June 2023, at 10:00 (UTC).",
      "Text is available under the Creative Commons Attribution-ShareAlike License;",
    ),
    title: "Great Lakes ferry fire",
    date: "2023-06-04",
    author: null,
    section: null,
    bodyStart: "The Great Lakes ferry fire destroyed",
    bodyEnd: "started in a linen closet.",
    notBody: ["Toggle the table of contents", "Report.", "This page was last edited", "Text is available under"],
  },
  {
    name: "name over a date stamp, standfirst between headline and byline",
    text: lines(
      "Menu",
      "World",
      "Business",
      "Opinion",
      "Podcasts",
      "A quiet village remembers the winter the river froze solid",
      "Sixty years on, residents recall skating to school and the thaw that followed. What can it teach us?",
      "Ann Lee",
      "Published August 17, 2019",
      "Updated October 6, 2021",
      "On a January morning in 1959 the river that runs through the village stopped moving, and it stayed frozen for six weeks.",
    ),
    title: "A quiet village remembers the winter the river froze solid",
    date: "2019-08-17",
    author: "Ann Lee",
    section: null,
    bodyStart: "On a January morning in 1959",
    notBody: ["Published August 17, 2019", "Updated October 6, 2021"],
  },
  {
    name: "narrative dates are never publication dates",
    text: lines(
      "Storm damage bill rises",
      "",
      "The storm of February 6, 2017 caused more damage than first thought, officials said on Monday.",
      "",
      "Repairs begun on 3 March 2017 will last until 2018.",
    ),
    date: null,
  },
  {
    name: "blog page: entities, promotions, comment policy and contact trailers",
    text: lines(
      "Why our town&#39;s library matters",
      "",
      "By Jane Roe",
      "",
      "The library on Mill Street has lent books for 120 years &amp; it still opens six days a week.",
      "",
      "Subscribe to our newsletter for FREE",
      "",
      "Its reading room is full every afternoon when school ends.",
      "",
      "Please adhere to our commenting policy to avoid being banned.",
      "",
      "jane@example.com",
      "",
      "Source: http://example.com/library",
    ),
    title: "Why our town's library matters",
    author: "Jane Roe",
    bodyStart: "The library on Mill Street has lent books for 120 years & it still opens",
    bodyEnd: "full every afternoon when school ends.",
    notBody: ["Subscribe to our newsletter", "commenting policy", "jane@example.com", "Source:", "By Jane Roe"],
  },
];

describe("Chinese news pages", () => {
  it("reads the reporter's credit and drops captions, the desk editor and the copyright line", () => {
    const text = [
      "港口渡轮恢复运营",
      "",
      "【海港网报道 记者 张晓明】本市至海岛的渡轮周一恢复运营，此前因舵机故障停航三周。",
      "",
      "周一上午，首批乘客登上渡轮。海港社记者 李文 摄",
      "",
      "渡轮公司表示，周末前时刻表将恢复正常，票价不变。",
      "",
      "码头上等候的乘客(图源：海港社)",
      "",
      "岛上两家商店的店主说，停航的三周很难熬。",
      "（责任编辑：王芳）",
      "",
      "版权作品，未经海港网书面授权，严禁转载，违者将被追究法律责任。",
      "",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.author).toBe("张晓明");
    for (const junk of ["李文 摄", "图源", "责任编辑", "严禁转载"]) expect(a.body).not.toContain(junk);
    expect(a.body).toContain("票价不变。");
    expect(a.body).toContain("停航的三周很难熬。");
  });

  it("takes the reporter credited at the end, not a desk's list of names", () => {
    const story = "本市至海岛的渡轮周一恢复运营，此前因舵机故障停航三周。渡轮公司表示，周末前时刻表将恢复正常。";
    expect(parseArticle(`港口渡轮恢复运营\n\n${story}（记者 陈静）\n`).author).toBe("陈静");
    expect(parseArticle(`港口渡轮恢复运营\n\n${story}（参与记者：陈静、刘洋；编辑：王芳）\n`).author).toBeNull();
  });

  it("and leaves that credit out of the body, where one in the first sentence stays (a wire's dateline)", () => {
    const story = "本市至海岛的渡轮周一恢复运营，此前因舵机故障停航三周。渡轮公司表示，周末前时刻表将恢复正常。";
    for (const text of [`港口渡轮恢复运营\n\n${story}（记者 陈静）\n`, `港口渡轮恢复运营\n\n${story}\n\n票价不变，乘客可在码头售票处购票。（记者陈静）\n`, `港口渡轮恢复运营\n\n${story}\n\n（记者 陈静）\n`]) {
      const a = parseArticle(text);
      expect(a.author, text).toBe("陈静");
      expect(a.body, text).not.toContain("记者");
      expect(a.body, text).toContain("周末前时刻表将恢复正常。");
    }
    const wire = parseArticle(`港口渡轮恢复运营\n\n示例社海港5月12日电（记者 陈静）${story}\n`);
    expect(wire.author).toBe("陈静");
    expect(wire.body).toContain("（记者 陈静）");
  });

  it("takes a name alone in brackets closing the story, with its outlet or the editor's credit after it, but not an outlet", () => {
    const story = "本市至海岛的渡轮周一恢复运营，此前因舵机故障停航三周。渡轮公司表示，周末前时刻表将恢复正常。";
    expect(parseArticle(`港口渡轮恢复运营\n\n${story}（陈 静）\n`).author).toBe("陈 静");
    expect(parseArticle(`港口渡轮恢复运营\n\n${story}（海港网 陈静） （责任编辑：王芳）\n`).author).toBe("陈静");
    expect(parseArticle(`港口渡轮恢复运营\n\n${story}（新华社）\n`).author).toBeNull();
  });

  it("reads an agency's dateline and the reporters' line under it", () => {
    const a = parseArticle("港口渡轮恢复运营\n\n新华社海口12月10日电　渡轮周一恢复运营，此前因舵机故障停航三周。\n新华社记者陈静　刘洋\n渡轮公司表示，周末前时刻表将恢复正常。票价不变。\n");
    expect(a.place).toBe("海口");
    expect(a.author).toBe("陈静, 刘洋");
    expect(a.body.startsWith("渡轮周一恢复运营")).toBe(true);
    expect(a.body).not.toContain("记者");
    // An outlet's own dateline names no place.
    expect(parseArticle("港口渡轮恢复运营\n\n中新网12月10日电 渡轮周一恢复运营，此前因舵机故障停航三周。\n").place).toBeNull();
  });

  it("drops a photo's caption closed by a photo agency's name", () => {
    const b = parseArticle("港口渡轮恢复运营\n\n修复后的渡轮停靠在码头。视觉中国\n\n本市至海岛的渡轮周一恢复运营，此前因舵机故障停航三周。渡轮公司表示，周末前时刻表将恢复正常。\n").body;
    expect(b).not.toContain("视觉中国");
    expect(b.startsWith("本市至海岛的渡轮")).toBe(true);
  });
});

describe("datelines in scripts without capitals", () => {
  it("reads an Arabic place before an agency and a dash", () => {
    const a = parseArticle("بيروت، لبنان (CNN) -- أعلنت البلدية يوم الاثنين أن الميناء القديم سيفتح من جديد بعد ثلاثة أسابيع من الإصلاحات.\n");
    expect(a.place).toBe("بيروت، لبنان");
    expect(a.body.startsWith("أعلنت البلدية")).toBe(true);
  });
});

describe("Khmer datelines", () => {
  it("reads the place a Khmer story opens with, ended by its colon sign", () => {
    const a = parseArticle("ស្ពានចាស់ត្រូវបានជួសជុល\n\nក្រុងភ្នំពេញៈ ក្រុមការងារ បាន​ជួសជុល​ស្ពាន​ចាស់ កាល​ពី​ថ្ងៃ​ចន្ទ ហើយ​ស្ពាន​នឹង​បើក​ឡើង​វិញ​នៅ​សប្តាហ៍​ក្រោយ។\n");
    expect(a.place).toBe("ក្រុងភ្នំពេញ");
    expect(a.body.startsWith("ក្រុមការងារ")).toBe(true);
  });
});

describe("From headers", () => {
  const author = (from: string) => parseArticle(`From: ${from}\nSubject: Moorings\n\nThe harbour moorings are full until May.\n`).author;

  it("takes the poster's name without the affiliation written after it", () => {
    expect(author("jroe@example.edu (Jane Roe, Example University)")).toBe("Jane Roe");
    expect(author("jroe@example.edu (Jane Roe,S202,,)")).toBe("Jane Roe");
    expect(author('"Jane Roe, Harbour Office" <jroe@example.org>')).toBe("Jane Roe");
  });

  it("keeps a surname written first and a suffix", () => {
    expect(author("jroe@example.edu (Roe, Jane M.)")).toBe("Roe, Jane M.");
    expect(author("jroe@example.edu (Jane Roe, Jr.)")).toBe("Jane Roe, Jr.");
  });
});

describe("parseArticle: shapes", () => {
  it.each(CASES)("$name", (c) => {
    const a = parseArticle(c.text);
    for (const field of ["title", "date", "place", "section", "author", "source"] as const) {
      if (c[field] !== undefined) expect(a[field], field).toBe(c[field]);
    }
    if (c.summary !== undefined) expect(a.summary ?? "").toContain(c.summary);
    if (c.bodyStart) expect(a.body.startsWith(c.bodyStart), `body starts: ${a.body.slice(0, 80)}`).toBe(true);
    if (c.bodyEnd) expect(a.body.trimEnd().endsWith(c.bodyEnd), `body ends: ${a.body.slice(-80)}`).toBe(true);
    for (const junk of c.notBody ?? []) expect(a.body).not.toContain(junk);
    expect(a.words).toBeGreaterThan(0);
  });
});

describe("parseArticle: provenance", () => {
  it("records the line and rule of every field it extracts", () => {
    const text = lines(
      "News: International", // 1
      "", // 2
      "Border crossing reopens for medical supplies", // 3
      "", // 4
      "By Ann Lee", // 5
      "", // 6
      "Caracas, February 6, 2017 – Trucks carrying medicine crossed the border on Monday.", // 7
    );
    const p = parseArticle(text).provenance;
    expect(p.section).toEqual({ line: 1, rule: "section line" });
    expect(p.title).toEqual({ line: 3, rule: "headline line" });
    expect(p.author).toEqual({ line: 5, rule: "byline" });
    expect(p.place).toEqual({ line: 7, rule: "dateline" });
    expect(p.date).toEqual({ line: 7, rule: "dateline" });
    expect(p.body?.line).toBe(7);
  });

  it("points into a run-together line by its line number", () => {
    const text =
      "Log InMenuSearchWorldHarbour crane collapses in high winds | Example News LoadedBusinessHarbour crane collapses in high winds" +
      "By Ann Lee · Example News · Posted: Jan 4, 2021 9:00 AM EST | Last Updated: January 4, 2021A crane at the container port " +
      "fell during a storm on Sunday night, injuring nobody.";
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour crane collapses in high winds");
    expect(a.provenance.title?.line).toBe(1);
    expect(a.provenance.title?.rule).toBe("repeated headline");
    expect(a.date).toBe("2021-01-04");
    expect(a.section).toBe("Business");
    expect(a.author).toBe("Ann Lee");
    expect(a.body.startsWith("A crane at the container port")).toBe(true);
  });

  it("command-line values win over the text", () => {
    const a = parseArticle("Title here today\n\nBody text of the story goes here.", { source: "Gazette", section: "Local", tags: ["a", "a", "b"] });
    expect(a.source).toBe("Gazette");
    expect(a.section).toBe("Local");
    expect(a.tags).toEqual(["a", "b"]);
    expect(a.provenance.source?.rule).toBe("--source");
  });
});

describe("word counts", () => {
  it("countWords counts runs between spaces that hold a letter or digit, in any script", () => {
    expect(countWords("The ferry sails at 9 — twice a day.")).toBe(8);
    expect(countWords("naïve café\u00a0crème\u2003brûlée")).toBe(4);
    expect(countWords("Паром отходит в 9 утра")).toBe(5);
    expect(countWords("𝐀𝐁 😀 x")).toBe(2); // a mathematical letter pair is a word, an emoji is not
    expect(countWords("\ud835 lone \udc00 halves")).toBe(2);
    expect(countWords("渡し船は毎日出航する")).toBe(10);
    expect(countWords(" - • ... ")).toBe(0);
  });

  it("countWords agrees with a plain regex count on any text of spaceless-free scripts", () => {
    const spaces = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/;
    const reference = (t: string) => t.split(spaces).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const char = fc.constantFrom("a", "Z", "7", " ", "\n", "\t", "-", "é", "ж", "ß", "²", "\u00a0", "\u2009", "\u200b", "\u3000", "😀", "𝐀", "\ud835", "\udc00", "\u0301", "!");
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }), (cs) => countWords(cs.join("")) === reference(cs.join(""))), { numRuns: 5000 });
  });

  it("wordsIn counts runs between spaces, each character of a spaceless script as a word, and stops at enough", () => {
    expect(wordsIn("The ferry sails at 9 — twice a day.")).toBe(8);
    expect(wordsIn("渡し船 ferry")).toBe(4);
    expect(wordsIn("ข่าว วันนี้")).toBe(10); // every code unit, marks too
    expect(wordsIn("one two three four five", 3)).toBe(3);
    expect(wordsIn("« » – ·")).toBe(0);
  });
});

describe("firstSentence", () => {
  // Rewritten for speed; it must answer as the plain form did.
  function plainForm(text: string, max = 100): string {
    const flat = text.slice(0, 4 * max + 1000).replace(/\s+/g, " ").trim();
    // (A stop with a word in small letters after it ends an abbreviation; a space before the stop goes.)
    const m = /^(.+?[.!?。！？])(?:\s(?!\s*\p{Ll})|$)/u.exec(flat);
    const sentence = m ? m[1]!.replace(/\s+(?=[.!?]$)/u, "") : null;
    let s = sentence && sentence.length >= 20 ? sentence : flat;
    if (s.length > max) {
      const cut = s.lastIndexOf(" ", max);
      s = (cut > max * 0.6 ? s.slice(0, cut) : s.slice(0, max)).replace(/[\s,;:–—-]+$/u, "") + "…";
    }
    return s;
  }
  it("ends at a stop, not at an abbreviation's: a word in small letters follows that", () => {
    expect(firstSentence("Против Facebook подали коллективный иск 25 тыс. пользователей . Они обвиняют сеть.")).toBe("Против Facebook подали коллективный иск 25 тыс. пользователей.");
    expect(firstSentence("It's 7:20 a.m. and the ferry has not sailed yet. The crew is waiting.")).toBe("It's 7:20 a.m. and the ferry has not sailed yet.");
  });
  it("cuts where the plain form cuts, for any text", () => {
    const alphabet = [..."ab A.!?。 \t\n\u00a0\u2028x😀,ж"];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }).map((cs) => cs.join(""));
    fc.assert(fc.property(text, (t) => firstSentence(t) === plainForm(t)), { numRuns: 10_000 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (t) => firstSentence(t) === plainForm(t)), { numRuns: 5_000 });
  });
});

/** A page's menu run together, and the pieces it is cut into. */
const RUN_IN_MENU = "Skip to Main ContentSearchSign InNewsSportsRadio";
const RUN_IN_MENU_PIECES = ["Skip to Main Content", "Search", "Sign InNews", "Sports", "Radio"];
const BOARD_MET = "The harbour board met on Tuesday and heard from fishers who have waited two years for the channel to be dredged.";

describe("splitGlued", () => {
  it.each([
    ["ContentSkip to Main ContentAccessibility HelpMenuSearch", ["Content", "Skip to Main Content", "Accessibility Help", "Menu", "Search"]],
    ["for the next decade.It culminated on Jan. 3 in a fire.", ["for the next decade.", "It culminated on Jan. 3 in a fire."]],
    ["Published August 17, 2019Updated October 6, 2021Molly HayesSees all", ["Published August 17, 2019", "Updated October 6, 2021", "Molly Hayes", "Sees all"]],
    ["Skip to Main ContentSign InpersonMenuGTAStudents still haunted by a shooting 40 years onOn May 28, 1975, a boy walked into the school.", ["Skip to Main Content", "Sign Inperson", "Menu", "GTA", "Students still haunted by a shooting 40 years on", "On May 28, 1975, a boy walked into the school."]],
    ["Skip to Main ContentSearchNewslettersArticle was updated May 25, 2015On Monday morning the halls were quiet.", ["Skip to Main Content", "Search", "Newsletters", "Article was updated May 25, 2015", "On Monday morning the halls were quiet."]],
    // (Not inside a handle in a sentence or a tweet's short link; after a handle that signs an embed.)
    ["the county.My condolences to @PortAveryPD this morning. https://t.co/ei6HylGPYA— Jane Roe (@JaneRoeMP) May 3, 2022On Monday the ferry ran.",
      ["the county.", "My condolences to @PortAveryPD this morning. https://t.co/ei6HylGPYA— Jane Roe (@JaneRoeMP) May 3, 2022", "On Monday the ferry ran."]],
    ["SearchNewslettersThe crew waved. pic.twitter.com/u5CMVhPkLG</a>&mdash;@janeroenewsThere was a procession of boats.", ["Search", "Newsletters", "The crew waved. pic.twitter.com/u5CMVhPkLG</a>&mdash;@janeroenews", "There was a procession of boats."]],
    // Another story's headline run onto a paragraph's last sentence, a paragraph glued after it.
    [`${RUN_IN_MENU}${BOARD_MET} They kept asking when it would be done. Ferry service ends after ninety years on the north shore"I called the board every week," one said.The board will vote in May.`,
      [...RUN_IN_MENU_PIECES, `${BOARD_MET} They kept asking when it would be done.`, "Ferry service ends after ninety years on the north shore", '"I called the board every week," one said.', "The board will vote in May."]],
    // Straight quotes between two glued paragraphs close the one and open the other, by the count
    // of quotes open in the first: never a quote left at a paragraph's end that opens the next.
    [`${RUN_IN_MENU}The skipper called the crew "the best in the harbour.""They never let me down," he said.She said nothing."We will sail on Monday," the crew said.`,
      [...RUN_IN_MENU_PIECES, 'The skipper called the crew "the best in the harbour."', '"They never let me down," he said.', "She said nothing.", '"We will sail on Monday," the crew said.']],
    // A time's "p.m." with the next sentence run onto it (a stamp's section run onto it stays: below).
    [`${RUN_IN_MENU}The crew was called at about 2:15 p.m.At 4:25 p.m., the board met.The ferry left at 9 p.m.Roe\u00a0said it was late.`,
      [...RUN_IN_MENU_PIECES, "The crew was called at about 2:15 p.m.", "At 4:25 p.m., the board met.", "The ferry left at 9 p.m.", "Roe\u00a0said it was late."]],
    // A byline with its date run onto a short surname ("Roe" is no "McDonald").
    [`${RUN_IN_MENU}By Jane RoeJanuary 3, 2023The board met on Tuesday.`, [...RUN_IN_MENU_PIECES, "By Jane Roe", "January 3, 2023", "The board met on Tuesday."]],
    // A subheading glued to a paragraph opening with "A" and a no-break space, as "A" and a space.
    [`${RUN_IN_MENU}The board met on Tuesday.Years of waitingA\u00a0fisher said the channel has silted up since 2019.`,
      [...RUN_IN_MENU_PIECES, "The board met on Tuesday.", "Years of waiting", "A\u00a0fisher said the channel has silted up since 2019."]],
  ])("cuts %j", (line, pieces) => {
    expect(splitGlued(line)).toEqual(pieces);
  });

  it.each([
    // A sentence cut where the page broke it, on a word that leaves it unfinished or a name run on.
    [`${RUN_IN_MENU}${BOARD_MET} Subscribe to a backup service like BackBlaze or another one.The board will vote in May.`, "Subscribe to a backup service like Back"],
    [`${RUN_IN_MENU}${BOARD_MET} They said a speed of 18Mbps would do for the office.The board will vote in May.`, "They said a speed of 18"],
    [`${RUN_IN_MENU}${BOARD_MET} Others asked the board about the   old slip, which it will repair.The board will vote in May.`, "Others asked the board about the"],
  ])("keeps a sentence's start with the paragraph: %j", (line, start) => {
    expect(splitGlued(line).some((p) => p.includes("for the channel to be dredged. " + start))).toBe(true);
  });

  it.each([
    "He met Mr. McCarthy and the YouTube team. It was an iPhone launch in the U.S.",
    "Ms. deLuca and Mr. diMaggio spoke to eBay about 3Com and 4Kids.",
    "Mr.Smith arrived at www.Example.com before noon.",
    "Jane Roe, who holds a Ph.D. in marine biology, led the survey of the channel.",
    // A camel-case name said three times is no run-together page.
    "If a user clicks the AutoLink feature the page links to a shop. Users may never click the AutoLink button, and can turn the AutoLink feature off.",
  ])("leaves prose alone: %j", (line) => {
    expect(splitGlued(line)).toEqual([line]);
  });

  // The quick test was rewritten for speed; it must answer exactly as the plain regex it replaced.
  const PLAIN = /[ \t\u00a0]{3}|\t\t|»|©|[a-zß-öø-ÿ0-9][.!?:…]["”’»)]*["'“‘]?[A-ZÀ-ÖØ-Þ]|[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]|[0-9][A-ZÀ-ÖØ-Þ]|[A-ZÀ-ÖØ-Þ]{2}[a-zß-öø-ÿ]|\)[A-Z]|[.!?)] {2}|\/[^()/]{2,60}\) ?["“‘]?[A-ZÀ-ÖØ-Þ]/;
  const ANY_JOIN = /[\p{Ll}\p{N}][.!?:…]["”’»)]*["'“‘]?\p{Lu}|\p{Ll}\p{Lu}|\p{N}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;
  const reference = (line: string) => PLAIN.test(line) || (/[\u0100-\u1fff\u2c00-\ud7ff]/.test(line) && ANY_JOIN.test(line));
  it("finds a possible join exactly where the plain regex does", () => {
    const alphabet = [..."aZz0 9.!?:…\"”’»)'“‘(ßöøÿ÷×ÀÖØÞ©\t\u00a0яЯ–-,/"];
    const line = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(fc.property(line, (l) => mayHoldJoins(l) === reference(l)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 20 }), (l) => mayHoldJoins(l) === reference(l)), { numRuns: 5_000 });
  });

  // Lines in Latin-1 take faster forms of the case-change and sentence-glue rules; they must cut as
  // the Unicode forms do. A character beyond Latin-1 that is no letter or stop ("☃") sends a line
  // down the Unicode path without adding a join.
  const latin1Line = fc
    .array(fc.constantFrom(...[..."aZz09 .!?:\"')(ßµöøÿ÷×²¼ÀÖØÞ©®ªº-"]), { minLength: 1, maxLength: 16 })
    .map((cs) => cs.join(""))
    .filter((l) => l.trim() === l);
  it("cuts a Latin-1 line as the Unicode rules do", () => {
    const CASE_CHANGE = /(?<=[\p{Ll}\p{N})])\p{Lu}|(?<=\p{Lu})\p{Lu}(?=\p{Ll})|(?<=[\p{L}.®™])©|(?<=\p{L})[“‘"](?=\p{Lu})/gu;
    fc.assert(
      fc.property(latin1Line, (l) => {
        const changes = (l.match(CASE_CHANGE)?.length ?? 0) >= 3;
        expect(mayBeRunTogether(l + "☃")).toBe(changes);
        if (/[^\x00-\x7f]/.test(l)) expect(mayBeRunTogether(l)).toBe(changes);
        const pieces = splitGlued(l);
        const unicode = splitGlued(l + "☃");
        expect(unicode.slice(0, -1)).toEqual(pieces.slice(0, -1));
        expect(unicode[unicode.length - 1]).toBe(pieces[pieces.length - 1] + "☃");
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("a wire dateline opening the second paragraph", () => {
  const lead = "PORT AVERY — The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.";
  const rest = "The work will cost less than building a new slip, the board's chair said after the vote.";
  it("starts the story there: a short paragraph over it is a caption or a teaser", () => {
    for (const over of ["Ana Diaz, the harbour master, stands on the old ferry slip on Monday.", "The harbour board voted on Tuesday to dredge the old..."]) {
      const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", over, "", lead, "", rest, ""].join("\n"));
      expect(a.place).toBe("PORT AVERY");
      expect(a.body.startsWith("The harbour board voted on Tuesday to dredge the old ferry channel, which")).toBe(true);
    }
  });
  it("keeps an editor's note over it", () => {
    const note = "Editor's note: Ana Diaz is the harbour master of Port Avery and writes for us on the coast.";
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", note, "", lead, "", rest, ""].join("\n"));
    expect(a.body.startsWith(note)).toBe(true);
  });
});

describe("datelines and bylines", () => {
  it.each([
    ["LONDON, England (CNN) -- Text", "LONDON, England", "CNN"],
    ["Washington (CNN)Hillary Clinton said", "Washington", "CNN"],
    ["(Mental Floss) -- Here are ten facts", null, "Mental Floss"],
    ["Wien – Die Regierung", "Wien", null],
    ["Zürich/Wien – Die Bank", "Zürich/Wien", null],
    ["EDMONTON—After two officers", "EDMONTON", null],
    ["WASHINGTON, Jan. 24 (Reuters) - The Senate voted", "WASHINGTON", "Reuters"],
    ["Springfield, Ill., Jan 24, 2018 / 04:26 am (Example News).- The bishop said", "Springfield, Ill.", "Example News"],
    ["PORT AVERY HARBOUR, Alta. — Corry Roe took his two sons", "PORT AVERY HARBOUR, Alta.", null],
    ["Port Avery, Mich. –-(Example.com)- The harbour board said", "Port Avery, Mich.", "Example.com"],
    ["Springfield, KY --(Example.com)- The association is pleased", "Springfield, KY", "Example.com"],
    ["PORT AVERY, Ont. - Provincial police have identified two boys", "PORT AVERY, Ont.", null],
    // A wire's place in capitals and its day closed by a stop, its agency after it or none.
    ["МОСКВА, 3 января. Совет гавани проголосовал", "МОСКВА", null],
    ["МОСКВА, 3 янв. - РИА Новости. Совет гавани проголосовал", "МОСКВА", "РИА Новости"],
    ["PORT AVERY, January 3. /EXAMPLE/. The harbour board voted", "PORT AVERY", "EXAMPLE"],
    // (In title case in Cyrillic, as regional agencies set it.)
    ["Пермь, 25 сентября. Открытие нового моста переносится на 2027 год", "Пермь", null],
    // Spanish and French agencies' forms: a stop before the dash, the day alone, the date's article.
    ["Madrid (EFE).- El consejo del puerto aprobó", "Madrid", "EFE"],
    ["BARCELONA, 3 (EUROPA PRESS) - El consejo del puerto aprobó", "BARCELONA", "EUROPA PRESS"],
    ["Ciudad de México, 3 de enero (EFE).- El consejo del puerto aprobó", "Ciudad de México", "EFE"],
    ["Paris, le 3 janvier 2023 – Le conseil du port a voté", "Paris", null],
    // A full date and an agency's letters in brackets, no dash: the News Agency of Nigeria's form.
    ["Abuja, Feb. 2, 2024 (NAN) The harbour board on Friday voted to dredge", "Abuja", "NAN"],
  ])("reads %j", (text, place, agency) => {
    const dl = readDateline(text);
    expect(dl).not.toBeNull();
    expect(dl!.place).toBe(place);
    expect(dl!.agency).toBe(agency);
  });

  it("takes a place before a bar only where the story goes on after it", () => {
    expect(readDateline("PORT AVERY | The harbour board voted on Tuesday to dredge the old channel.")?.place).toBe("PORT AVERY");
    expect(readDateline("Jane Roe | Example News")).toBeNull();
  });

  it("takes no headline's capitals before a hyphen for a place", () => {
    expect(readDateline("EXAMPLE - Through the Harbour on Foot")).toBeNull();
    expect(readDateline("PORT AVERY - The board voted")).toBeNull();
  });

  it("dates a dateline with its time, and not one without a year", () => {
    expect(readDateline("Springfield, Ill., Jan 24, 2018 / 04:26 am (Example News).- The bishop said")?.date).toBe("2018-01-24");
    expect(readDateline("WASHINGTON, Jan. 24 (Reuters) - The Senate voted")?.date).toBeNull();
  });

  it.each(["(Special Edition): the review", "BREAKING — Police say", "He said – and meant it", "Paris, May 3 - the day it all began", "Paris, May 3. The day it all began", "Paris, May 3, 2024 (and again later) The day"])("is not a dateline: %j", (text) => {
    expect(readDateline(text)?.place ?? null).toBeNull();
  });

  it.each([
    ["Jane Doe", "Jane Doe"],
    ["JANE DOE, Staff Reporter", "JANE DOE"],
    ["Jane Roe / Example Security Matters", "Jane Roe"],
    ["Jane Roe, Example Blog:", "Jane Roe"],
    ["Carl Roe, PhD", "Carl Roe"],
    ["the time we arrived", null],
    ["Reuters", null],
    ["Jane Roe’s Example.com", "Jane Roe"],
    ["Category", null],
    ["Relevance", null],
    ["Jane Roe, John Doe Port Avery Citizen", "Jane Roe and John Doe"],
    ["Jane Roe Example News", "Jane Roe"],
    ["Jane Roe, Frontier Science Daily", "Jane Roe"],
    ["Jane Roe Telegraph-Journal", "Jane Roe"],
    ["Jane Smith-Jones", "Jane Smith-Jones"],
  ])("cleanByline(%j)", (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    ["Molly Hayes", true],
    ["C. D. Tavares", true],
    ["Example News", false],
    ["Understanding What Authentic Happiness Is", false],
    ["UPI Archives", false],
  ])("isPersonName(%j) is %s", (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });
});

// The project's fixtures against tests/fixtures/EXPECTED.json (keys starting with "_" are notes).
const FIXTURES = join(__dirname, "../fixtures");
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "EXPECTED.json"), "utf8")) as Record<string, Record<string, unknown>>;
const loose = (s: unknown) => String(s ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

describe("fixtures", () => {
  it.each(Object.entries(EXPECTED).filter(([name]) => !name.startsWith("_")))("%s", (name, e) => {
    const prepared = prepare(readFileSync(join(FIXTURES, name)));
    if (!prepared.ok) {
      // Empty, blank and binary files are not articles.
      expect(e.bodyStart).toBeNull();
      return;
    }
    const a = parseArticle(prepared.text);
    for (const field of ["date", "place", "section", "author", "source"] as const) {
      expect(a[field], field).toBe(e[field] ?? null);
    }
    if (e.title === null) {
      if (typeof e.fallbackTitleStartsWith === "string") expect(a.title.startsWith(e.fallbackTitleStartsWith)).toBe(true);
    } else {
      expect(a.title).toBe(e.title);
    }
    const body = loose(a.body);
    if (typeof e.bodyStart === "string") expect(body.startsWith(loose(e.bodyStart)), `starts: ${a.body.slice(0, 60)}`).toBe(true);
    if (typeof e.bodyEnd === "string") expect(body).toContain(loose(e.bodyEnd));
    for (const junk of (e.notBody as string[]) ?? []) expect(body).not.toContain(loose(junk));
    if (Array.isArray(e.tags)) expect(a.tags).toEqual(e.tags);
    if (typeof e.sample === "string") expect(prepared.text).toContain(e.sample);
  });
});

describe("copyright lines", () => {
  it.each([
    ["© 2022 Example Herald. All rights reserved.", "Example Herald"],
    ["Copyright 2008 CNN. All rights reserved.", "CNN"],
    ["© 2023", null],
    ["© 2019-2023 ", null],
  ])("%j names %j", (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });
});

/** A short story about a lighthouse keeper, with `after` under it: what the page sets after a story. */
const keeperStory = (...after: string[]) =>
  ["Lighthouse keeper retires after forty years", "",
    "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs.", "",
    "She said she would miss the sound of the foghorn more than anything else.", "",
    ...after, ""].join("\n");

describe("captions and afterwords", () => {
  const story = [
    "Harbour town votes to rebuild its old pier",
    "",
    "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago, after a long debate in the town hall.",
    "",
    "Maria Lenz, left, and Tom Okafor stand on what is left of the pier on Monday. (Jane Roe/Port Avery Gazette)",
    "",
    "The council will now ask three builders for prices, and the mayor said work could begin before the summer season brings visitors back to the harbour.",
    "",
    "Volunteers painting the boathouse beside the pier last spring. (Submitted by Ana Diaz)",
    "",
    "The vote passed by a margin of 412 to 188, with more than half of the town's voters taking part, the clerk said.",
    "",
    "Jane Roe is a reporter covering the coast for the Gazette.",
    "",
    "Sign up for our morning newsletter and check your inbox to confirm.",
    "",
    "Weather",
    "",
  ].join("\n");
  const body = parseArticle(story).body;

  it("drops photo captions closed by a credit, wherever they stand", () => {
    expect(body).not.toContain("stand on what is left");
    expect(body).not.toContain("Volunteers painting");
    expect(body).toContain("The council will now ask three builders");
  });

  it("drops a caption whose credit stands on a line of its own, below it or above it", () => {
    const text = [
      "Harbour town votes to rebuild its old pier",
      "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.",
      "",
      "Maria Lenz walks along what is left of the pier on Monday.",
      "(Example Gazette)",
      "The council will now ask three builders for prices, and the mayor said work could begin before the summer.",
      "",
      "PHOTO JANE ROE, EXAMPLE GAZETTE",
      "Volunteers paint the boathouse beside the pier.",
      "The vote passed by a margin of 412 to 188, with more than half of the town's voters taking part, the clerk said.",
      "Workers clear the beach below the pier on Thursday.",
      "Jane Roe / Example Gazette",
      "The first boats are expected back at the pier by the end of October, the harbour master said on Wednesday.",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("Maria Lenz walks");
    expect(b).not.toContain("Volunteers paint");
    expect(b).not.toContain("Workers clear the beach");
    expect(b).not.toContain("PHOTO JANE ROE");
    expect(b).toContain("The council will now ask three builders");
    expect(b).toContain("The vote passed by a margin");
    expect(b).toContain("The first boats are expected back");
  });

  it("keeps the line over a source's name closing the story, a transcript's cue or a gallery's link", () => {
    const text = [
      "Harbour town votes to rebuild its old pier",
      "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.",
      "",
      "Photos: Storms along the coast",
      "The council will now ask three builders for prices before the summer.",
      "MAYOR: We will start in spring.",
      "(BEGIN VIDEO CLIP)",
      "The vote passed by a margin of 412 to 188, the clerk said.",
      "(Example Gazette)",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).toContain("The council will now ask three builders");
    expect(b).toContain("MAYOR: We will start in spring.");
    expect(b).toContain("The vote passed by a margin");
  });

  it("ends the story at an author box: a heading, then the author's name", () => {
    const page = (heading: string, next: string) => [
      "Harbour town votes to rebuild its old pier",
      "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.",
      "",
      "The vote passed by a margin of 412 to 188, with more than half of the town's voters taking part, the clerk said.",
      "",
      heading,
      next,
      "Jane della Roe writes about the coast, its towns and the people who fish from them, from a cottage near the harbour she has loved since childhood.",
      "View all posts",
      "Tags: harbour, pier, Port Avery, council, vote, boats, storms, the coast, fishing, summer visitors, builders, prices, the clerk, the mayor, the town hall, the boathouse, volunteers, spring work, the ferry, the channel, winter storms, tides",
      "",
    ].join("\n");
    for (const heading of ["Author", "Sobre el autor", "Об авторе"]) {
      const b = parseArticle(page(heading, "Jane della Roe")).body;
      expect(b.trim().endsWith("the clerk said.")).toBe(true);
    }
    expect(parseArticle(page("Author", "Notes on the pier's history follow below.")).body).toContain("Notes on the pier's history");
  });

  it("keeps a call to the public that gives an address, and the story's end before an author's note run onto it", () => {
    const page = (last: string) => [
      "Harbour town votes to rebuild its old pier",
      "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.",
      "",
      "The vote passed by a margin of 412 to 188, with more than half of the town's voters taking part, the clerk said.",
      "",
      last,
      "",
    ].join("\n");
    const appeal = "Anyone with information about the damage to the pier is asked to call the harbour office or to write to tips@example.org.";
    expect(parseArticle(page(appeal)).body).toContain("Anyone with information");
    const noted = parseArticle(page("Work on the pier begins in April. The builders expect to finish by August. Jane Roe is a reporter covering the coast for the Gazette. Reach her at jane@example.org.")).body;
    expect(noted).toContain("The builders expect to finish by August.");
    expect(noted).not.toContain("Jane Roe is a reporter");
    const company = "Its boat sales grew in three of four regions last year. Harbour Marine has been a strong contributor to profits, the company said.";
    expect(parseArticle(page(company)).body).toContain("Harbour Marine has been a strong contributor");
  });

  it("drops a caption under a photo viewer's buttons, and one whose last sentence credits its photos", () => {
    const text = [
      "Harbour town votes to rebuild its old pier", "",
      "Expand | Collapse (Photo: Example Press/Jane Roe) A dredger waits at the mouth of the old channel.", "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.", "",
      "Maria Lenz and Tom Okafor on the pier in 2015. Lenz photo courtesy of the Gazette. Okafor photos via Facebook.", "",
      "The vote passed by a margin of 412 to 188, with more than half of the town's voters taking part, the clerk said.", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("A dredger waits");
    expect(b).not.toContain("photos via Facebook");
    expect(b).toContain("Residents of Port Avery voted");
    expect(b).toContain("The vote passed");
  });


  it("drops a caption that says what its picture is, though not a sentence of the story's that starts so", () => {
    const text = [
      "Harbour town votes to rebuild its old pier", "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.", "",
      "A map of the old channel and the new pier on Sept. 22, 2015.", "",
      "A photo of the pier from 1952 shows it twice as long. The council will now ask three builders for prices.", "",
      "The vote passed by a margin of 412 to 188, with more than half of the town's voters taking part, the clerk said.", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("A map of the old channel");
    expect(b).toContain("A photo of the pier from 1952 shows it twice as long.");
  });

  it("drops the caption under a picture's own button, and a credit of a few words under it", () => {
    const text = [
      "Harbour town votes to rebuild its old pier", "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.", "",
      "View image in full screen",
      "Maria Lenz walks her dog past what is left of the pier, a week after the second storm.",
      "Supplied",
      "The council will now ask three builders for prices, and the mayor said work could begin before summer.", "",
      "Enlarge this image",
      "Tom Okafor, the harbour master, on the slip.",
      "The vote passed by a margin of 412 to 188, with more than half of the town's voters taking part, the clerk said.", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("Maria Lenz walks");
    expect(b).not.toMatch(/^Supplied$/m);
    expect(b).not.toContain("Tom Okafor, the harbour master");
    expect(b).toContain("The council will now ask three builders");
    expect(b).toContain("The vote passed");
  });
  it("drops captions a scraper ran into the next paragraph, and keeps that paragraph", () => {
    const text = [
      "Harbour town votes to rebuild its old pier",
      "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.",
      "",
      "Maria Lenz stands on what is left of the pier on Monday. (Submitted by Ana Diaz)The council will now ask three builders for prices before the summer.",
      "",
      "The mayor said work could begin in spring, once the builders' prices are in.",
      "",
      "Volunteers painting the boathouse beside the pier last spring. (Jane Roe/Port Avery Gazette)\"It is a good day for the harbour,\" the mayor said after the vote.",
      "",
      "Workers clear the beach below the pier on Thursday, May 4, 2023 (Jane Roe/Port Avery Gazette).",
      "",
      "The vote passed with more than half of the town taking part, the clerk said.",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("stands on what is left");
    expect(b).not.toContain("Volunteers painting");
    expect(b).not.toContain("Workers clear the beach");
    expect(b).toContain("The council will now ask three builders for prices before the summer.");
    expect(b).toContain("\"It is a good day for the harbour,\" the mayor said after the vote.");
    expect(b).toContain("once the builders' prices are in.");
    expect(b).toContain("The vote passed with more than half of the town taking part, the clerk said.");
  });

  it("drops a caption run into a page's paragraph, set off from its credit by two spaces, and keeps the sentences around it", () => {
    const story =
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago. " +
      "The council will ask three builders for prices before the summer, the clerk said. \"We have waited long enough,\" said Ana Diaz, who runs the boathouse. " +
      "Maria Lenz stands on what is left of the pier on Monday.  (Jane Roe/Port Avery Gazette )\"It is a good day for the harbour,\" the mayor said after the vote. " +
      "Work could begin in spring, once the builders' prices are in, and the pier could open again by the autumn. " +
      "Ms. Diaz with her father on the old pier in a photo from 1990.  (Facebook/Ana Diaz )The vote passed with more than half of the town taking part.";
    const b = parseArticle(["Harbour town votes to rebuild its old pier", "", story, ""].join("\n")).body;
    expect(b).not.toContain("stands on what is left");
    expect(b).not.toContain("with her father");
    expect(b).not.toContain("Gazette");
    expect(b).not.toContain("(Facebook");
    for (const kept of ["two winters ago.", "said Ana Diaz, who runs the boathouse.", "\"It is a good day for the harbour,\" the mayor said after the vote.", "open again by the autumn.", "The vote passed with more than half of the town taking part."]) expect(b).toContain(kept);
  });

  it("drops a caption closing a paragraph of a page run together, its credit glued to the next one, and keeps the paragraph", () => {
    const story =
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago. " +
      "The council will ask three builders for prices before the summer, the clerk said.\u00a0Maria Lenz and her father on what is left of the pier in July 2022. (Port Avery Police)" +
      "But the vote was close, and the mayor said the town would need help from the province to pay for the work. \"We have waited long enough,\" said Ana Diaz, who runs the boathouse. " +
      "Work could begin in spring, once the builders' prices are in, and the pier could open again by the autumn, the clerk said. Divers surveyed the old pilings last week and found most of them sound. The boathouse crew painted the railings in May. (Submitted by Ana Diaz)" +
      "The vote passed with more than half of the town taking part.";
    const b = parseArticle(["Harbour town votes to rebuild its old pier", "", story, ""].join("\n")).body;
    expect(b).not.toContain("her father on what is left");
    expect(b).not.toContain("painted the railings");
    expect(b).not.toContain("(Port Avery Police)");
    for (const kept of ["two winters ago.", "before the summer, the clerk said.", "But the vote was close", "found most of them sound.", "The vote passed"]) expect(b).toContain(kept);
  });

  it("keeps a name in brackets, web addresses and list items with a slash: they are not credits", () => {
    const text = [
      "Headline of a story about schools",
      "",
      "The standards are published by the National Council for Social Studies (http://www.example.org/standards/).",
      "",
      "The suspects belong to a group known as \"La Linea\" (The Line).",
      "",
      "Comedy of the year (Example Studios, Channel Two/Channel Four)",
      "Drama of the year (Example Films, Channel One)",
      "Film of the year (Example Pictures)",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).toContain("(http://www.example.org/standards/).");
    expect(b).toContain("(The Line).");
    expect(b).toContain("Channel Two/Channel Four)");
  });

  it("drops a page's load-more buttons, view counters, video embeds and a 'More … News' list", () => {
    const text = [
      "Ferry service to Gull Island resumes after repairs",
      "",
      "The ferry to Gull Island carried its first passengers in three weeks on Monday after a broken rudder was replaced.",
      "",
      "Embed Ferry returns to Gull Island 0:42 autoplay autoplay Copy this code to your website or blog",
      "",
      "The operator said timetables would return to normal by the weekend, and fares would not change.",
      "",
      "Harbour master welcomes the news 3:12 pm - 2,417 views",
      "",
      "Islanders said the three weeks had been hard on the island's two shops.",
      "",
      "More Island News",
      "Bridge inspection planned for spring",
      "School board names new trustee",
      "Load more stories",
      "Charger plus d’articles",
      "Mehr Artikel laden",
      "",
      "Follow Island Radio on Facebook, Twitter and Instagram.",
      "",
      "Get The Island Weekly in your inbox!",
      "",
      "Check your inbox or spam folder to confirm your subscription.",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    for (const junk of ["autoplay", "2,417 views", "More Island News", "Bridge inspection", "School board", "Load more", "Charger plus", "Mehr Artikel", "Follow Island", "in your inbox", "spam folder"]) expect(b).not.toContain(junk);
    expect(b).toContain("hard on the island's two shops.");
    expect(b).toContain("timetables would return to normal");
  });

  it("ends the story at a first-published note and takes its date", () => {
    const text = [
      "Lighthouse keeper retires after forty years",
      "",
      "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs.",
      "",
      "She said she would miss the sound of the foghorn more than anything else.",
      "",
      "This report by The Example Press was first published Jan. 28, 2022.",
      "",
      "Bridge inspection planned for spring",
      "Engineers will look at the old bridge in April, the county said on Tuesday.",
      "",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.date).toBe("2022-01-28");
    expect(a.body.endsWith("more than anything else.")).toBe(true);
    expect(parseArticle(text.replace("was first published Jan. 28, 2022", "was first published in French on April 1, 2022")).date).toBe("2022-04-01");
  });

  it("ends the story at a prompt to its readers, with the comments and headlines under it", () => {
    const text = keeperStory(
      "See a typo/mistake?", "Have a story/tip?", "0", "Ferry fares to rise in the spring as the price of fuel keeps climbing across the region", "Jun 13, 2023 4:03 PM");
    expect(parseArticle(text).body.endsWith("more than anything else.")).toBe(true);
  });

  it("ends the story at a share panel's counter, with the headlines and their times under it", () => {
    const text = keeperStory(
      "This has been shared 0 times", "0", "Shares", "Share on Facebook", "More Opinion",
      "Jane Roe: Why the ferry fares keep rising", "Jun 13, 2023 3:00 PM",
      "How long can the harbour wait for its dredgers?", "Jun 13, 2023 2:00 PM");
    expect(parseArticle(text).body.endsWith("more than anything else.")).toBe(true);
  });

  it("ends the story at a rule with only a short note under it, and keeps a story's part under a rule", () => {
    const story = Array.from({ length: 8 }, (_, k) => `The keeper of the Cape Morrow light wrote in her log on day ${k + 1} that the sea was calm and the lamp was clean.`).join(" ");
    const text = (under: string[]) => ["Lighthouse keeper retires after forty years", "", story, "", "She said she would miss the foghorn.", "", "**********", "", ...under, ""].join("\n");
    const promo = parseArticle(text(["This is the Example Herald's Coast Column. Read the archive HERE."]));
    expect(promo.body.endsWith("She said she would miss the foghorn.")).toBe(true);
    const part = ["The new keeper, who starts in May, has worked on the ferries for twenty years and says she has wanted the job since she was a child growing up in the town.",
      "", "She will be the light's ninth keeper since it was built, and the first to live in the new cottage beside the tower, which the county finished last year."];
    expect(parseArticle(text(part)).body).toContain("the first to live in the new cottage");
  });

  it("names the columnist who holds the rights to the column, when no byline does", () => {
    const a = parseArticle(keeperStory("Copyright 2019 by Jane Roe"));
    expect(a.author).toBe("Jane Roe");
    expect(a.source).toBeNull();
    const b = parseArticle(keeperStory("Copyright 2019 by Example Media Group"));
    expect(b.author).toBeNull();
    expect(b.source).toBe("Example Media Group");
  });

  it("ends a poem at the writer's rights run onto its last line, with the note on the writer under it", () => {
    const lines = HARBOUR_STORY.slice(0, -2);
    const last = HARBOUR_STORY[HARBOUR_STORY.length - 2]!;
    const a = parseArticle([...lines, `${last} copyright by: Jane Q. Roe`, "",
      "Jane Q. Roe has written over a hundred poems and songs. She was born in Portville, worked on the ferries for thirty years, and has invented several devices for small boats that are sold all along the coast.", ""].join("\n"));
    expect(a.body.endsWith("were glad the wait was over.")).toBe(true);
    expect(a.author).toBe("Jane Q. Roe");
  });

  it("dates a post by its footer's writer and date run together, when nothing over it does", () => {
    const text = keeperStory(
      "Share this:TwitterFacebookLike this:Like Loading...", "Related", "Local news", "AmosNovember 20, 2017", "News", "Post navigation");
    const a = parseArticle(text);
    expect(a.date).toBe("2017-11-20");
    expect(a.author).toBe("Amos");
    // A stamp over the story wins.
    expect(parseArticle(text.replace("retires after forty years\n", "retires after forty years\nPublished March 3, 2016\n")).date).toBe("2016-03-03");
  });

  it("drops the page's buttons run on after the story's last sentence", () => {
    const text = ["Lighthouse keeper retires after forty years", "",
      "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs.", "",
      "She said she would miss the sound of the foghorn more than anything else. SHARE:Report an error", ""].join("\n");
    expect(parseArticle(text).body.endsWith("more than anything else.")).toBe(true);
    expect(parseArticle(text.replace("SHARE:Report an error", "E-mail to a friend")).body.endsWith("more than anything else.")).toBe(true);
  });

  it("keeps the story's first paragraph under a one-link widget: prose under it is no teaser", () => {
    const text = ["Lighthouse keeper retires after forty years", "",
      "The county's last keeper looks back on four decades at the light.", "",
      "Read Next", "Ferry fares to rise in the spring as fuel prices climb",
      "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs, and the county will not replace her.",
      "She said she would miss the sound of the foghorn more than anything else, and that she would still walk to the point every morning.", ""].join("\n");
    const b = parseArticle(text).body;
    expect(b).toContain("The last keeper of the Cape Morrow light retired on Friday");
    expect(b).not.toContain("Ferry fares");
  });

  it("skips a \"See also\" widget set into the story, where a wiki's would end it", () => {
    const text = ["Lighthouse keeper retires after forty years", "",
      "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs, and the county will not replace her.",
      "See Also", "PORTVILLE", "Ferry fares to rise in the spring as fuel prices climb",
      "She said she would miss the sound of the foghorn more than anything else.",
      "The county will run the light from a control room in Portville from next month, its engineer said.", ""].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("Ferry fares");
    expect(b.endsWith("its engineer said.")).toBe(true);
  });

  it("keeps a paragraph that closes on a web address in brackets: it is no photo's credit", () => {
    const text = ["Lighthouse keeper retires after forty years", "",
      "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs.", "",
      "Aside from the light, what she will miss is the town, whose museum keeps the logs of every keeper since 1867 and opens them to anyone who asks, whatever their reason. (http://www.example.org/)", "",
      "She said she would miss the sound of the foghorn more than anything else.", ""].join("\n");
    expect(parseArticle(text).body).toContain("Aside from the light, what she will miss");
  });

  it("drops a note under the story pointing to where it first ran", () => {
    const text = keeperStory(
      "See the original story at Example.com.");
    expect(parseArticle(text).body.endsWith("more than anything else.")).toBe(true);
  });

  it("knows a wiki's closing headings with the edit link or its empty place", () => {
    for (const heading of ["References", "References[edit]", "References[]", "See also []", "External links"]) expect(isEndMarker(heading)).toBe(true);
    expect(isEndMarker("References to the harbour")).toBe(false);
  });

  it("keeps a wiki section heading's words without its edit link", () => {
    const text = ["Cape Morrow light", "From Wikipedia, the free encyclopedia",
      "The Cape Morrow light is a lighthouse on the north shore of the bay, first lit in 1867 and kept by hand until 2019.",
      "Nine keepers tended the light, the last of them for forty years, until the lamp was automated in 2019.",
      "Keepers[edit]", "Jane Roe, 1867-1890", "John Roe, 1890-1921",
      "Gardiens[modifier | modifier le code]", "Marie Roe, 1921-1950", "Paul Roe, 1950-1979", ""].join("\n");
    const b = parseArticle(text).body;
    expect(b).toMatch(/\bKeepers\n/);
    expect(b).toMatch(/\bGardiens\n/);
    expect(b).not.toContain("[");
  });

  it("drops a picture's caption under a wiki section heading, not a list's lead-in", () => {
    const section = "The keepers lived in the cottage beside the tower with their families, rowed to the town for supplies once a week, and kept a log of every ship that passed the point, which the county museum still holds and shows to visitors who ask for it.";
    const text = ["Cape Morrow light", "From Wikipedia, the free encyclopedia",
      "The Cape Morrow light is a lighthouse on the north shore of the bay, first lit in 1867 and kept by hand until 2019.",
      "Nine keepers tended the light, the last of them for forty years, until the lamp was automated in 2019.",
      "Keepers[edit]", "The keeper's cottage in the winter of 1911.", section,
      "Gardiens[modifier | modifier le code]", "External image Le phare sous la neige", section.replace("The keepers", "Their children"),
      "Visits[edit]", "Opening hours", section.replace("The keepers", "Visitors"),
      "Log[edit]", "The log names these ships:", "Mary Rose", "Gull", ""].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("cottage in the winter of 1911");
    expect(b).not.toContain("External image");
    expect(b).toContain("Visitors lived in the cottage");
    expect(b).toContain("The log names these ships:");
  });

  it("drops a longer caption under a wiki section heading that ends on no stop or points at its picture, not a longer sentence", () => {
    const section = "The keepers lived in the cottage beside the tower with their families, rowed to the town for supplies once a week, and kept a log of every ship that passed the point, which the county museum still holds and shows to visitors who ask for it.";
    const text = ["Cape Morrow light", "From Wikipedia, the free encyclopedia",
      "The Cape Morrow light is a lighthouse on the north shore of the bay, first lit in 1867 and kept by hand until 2019.",
      "Keepers[edit]", "The keeper's cottage beside the tower, where the last keeper lived with his family until the lamp was automated", section,
      "Ships[edit]", "The schooner Mary Rose ran aground below the point, much like the ship in this picture, in the great storm of 1903.", section.replace("The keepers", "Their children"),
      "Visits[edit]", "The light was opened to visitors on the first Sunday of every month from 2021, when the county took it over from the coast guard.", section.replace("The keepers", "Visitors"),
      ""].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("where the last keeper lived");
    expect(b).not.toContain("in this picture");
    expect(b).toContain("opened to visitors on the first Sunday");
  });

  it("knows a share button naming its network, a button to mail the story or follow the site on a news reader, in several languages", () => {
    for (const t of ["Compartir en Facebook", "Partager sur X", "Condividi su WhatsApp", "Auf Facebook teilen", "Facebook'ta Paylaş", "Udostępnij na Facebooku", "Enviar por correo", "Envoyer par e-mail", "Síguenos en Google News", "Google News'te Abone Ol"]) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    for (const t of ["Xi Jinping", "Send by post today", "Facebook shares fell 5% on Monday"]) expect(isBoilerplate(t), t).toBe(false);
  });

  it("knows a republication's notice, a promise of the latest news and a subscription's offer in several languages, and ends the story at a request for feedback", () => {
    for (const t of ["Der Beitrag erschien zuerst auf Example Aktuell.", "Bu haber ilk olarak Example Gündem sitesinde yayımlanmıştır.", "Get the latest business news from Ghana and West Africa",
      "Get Latest News, Breaking News and Delhi News on The Example Dispatch.", "Erhalten Sie die wichtigsten Neuigkeiten aus der Stadt Zürich.", "Prenumerera på Example Posten från 1 kr första månaden.", "Vill du läsa mer? Prenumerera på Example Posten från 1 kr första månaden.", "Want to read more? Subscribe to Example Posten for free."]) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    for (const t of ["Get the latest from the courts, he said.", "Found a mistake in the ledger, the auditor told the board."]) expect(isBoilerplate(t), t).toBe(false);
    const b = harbourWith("Found a mistake in this article?", "Flash floods hit parts of the coast after heavy rain", "Ex-official charged with accepting a bribe");
    expect(b).toContain("waited two years");
    expect(b).not.toContain("Found a mistake");
    expect(b).not.toContain("Flash floods");
  });

  it("knows a free trial offered to the reader from one a story reports", () => {
    expect(isBoilerplate("Start your free trial")).toBe(true);
    expect(isBoilerplate("Free Trial")).toBe(true);
    expect(isBoilerplate("The regulator said customers were charged up to $79.99 in shipping and handling for a \"free trial.\"")).toBe(false);
  });

  // Lines pages print around a story, and sentences of a story that share their first words.
  it.each([
    "This material may not be published, broadcast, rewritten or redistributed.", "Our Standards: The Example Trust Principles.",
    "Your browser does not support the audio element.", "Your browser does not support the video tag.",
    "Lesezeit: 3 Min.", "Lecture 3 min.", "Tiempo de lectura: 4 min", "Время чтения: 5 минут",
    "Jane Roe contributed to this report.", "The Example Press contributed to this report.", "Cet article vous a plu ?",
    "A version of this article appears in print on Jan. 3, 2023, Section A, Page 1.", "Like this article? Share it with your friends!",
    "If you enjoyed this article, please consider donating.", "By signing up you agree to our Terms of Service and Privacy Policy.",
    "Please enable JavaScript to view the comments powered by Disqus.", "Please support independent journalism. Donate today.", "Thanks for signing up!",
    "A welcome email is on its way. If you don't see it, please check your junk folder.", "We apologize, but this video has failed to load.",
    "This advertisement has not loaded yet, but your article continues below.", "You've reached your limit of free articles.",
    "This content is only available to subscribers.", "0:00 / 2:45", "1 of 12", "Photo 3 of 12", "原标题：港务局投票决定疏浚旧渡轮航道", "免责声明：本文仅代表作者个人观点",
    "Link copied!", "We use cookies to improve your experience.", "This article originally appeared on Example.com.",
    "Republished with permission from the Avery Times.", "Want more stories like this? Sign up here.",
  ])("knows a page's line: %j", (t) => {
    expect(isBoilerplate(t)).toBe(true);
  });

  it.each([
    "Lecture 3 of the course covers the harbour's history.",
    "Fishers contributed to this report by keeping a log of every boat that ran aground, the chair said.",
    "By signing up for the dredging scheme, fishers agree to keep the channel clear of nets, the chair said.",
    "Support our fishers, the chair said, by buying from the quay on Saturdays.",
    "Thanks for signing up to the dredging rota, the chair told the fishers who came to the meeting.",
    "1 of 12 boats ran aground at low tide last year.", "This article originally appeared on Example.com:",
    "We use cookies and bread as bait for the lobster pots, the fishers said.",
    "If you enjoyed this article, you may have missed the board's last vote on the channel in 2019 and its report.",
    "The court ruled that the material may not be published until the trial ends.",
    "Our standards for the channel's depth are set by the port authority, the chair said.",
  ])("keeps a story's sentence: %j", (t) => {
    expect(isBoilerplate(t)).toBe(false);
  });

  it("knows a wire's photo credit and a file photo's caption", () => {
    expect(isCaption("FILE PHOTO: A fishing boat is seen at the quay in Avery, January 3, 2023. EXAMPLE/Jane Roe")).toBe(true);
    expect(isCaption("A fishing boat is seen at the quay in Avery, January 3, 2023. REUTERS/Jane Roe/File Photo")).toBe(true);
    expect(isCaption("The board said the file photo was taken in 2019, before the silt built up at the mouth of the channel.")).toBe(false);
  });

  it("knows what an embedded Vimeo video leaves in the text from a sentence about one", () => {
    expect(isBoilerplate("HARBOUR LIGHTS – “The Last Keeper”. from Jane Roe on Vimeo.")).toBe(true);
    expect(isBoilerplate("The full film is only available as a paid video on Vimeo.")).toBe(false);
    expect(isBoilerplate("She said the footage came from a neighbour who had posted it on Vimeo.")).toBe(false);
  });

  it("knows a rights line with its year however long its terms of reuse run", () => {
    const terms = "©2015 Jane Roe, http://www.example.com, All Rights Reserved. Permission is given to share this message as long as it is posted in its entirety, nothing has been changed or altered in any way, and the credit of authorship, this notice and the web address are included.";
    expect(terms.length).toBeGreaterThan(200);
    expect(isEndMarker(terms)).toBe(true);
    expect(isEndMarker("Copyright law was changed in 1998 to extend the term of protection for works made for hire.")).toBe(false);
  });

  it("ends a press release at its contact block", () => {
    const text = ["Harbour board publishes its dredging report", "",
      "The harbour board published its report on the northern channel on Monday, after two cargo ships ran aground on the bar in a single week.", "",
      "The report recommends dredging the channel every winter.", "",
      "Media Contact:", "Jane Roe", "Port Avery Harbour Board", "Tel: +1 555 0100", ""].join("\n");
    expect(parseArticle(text).body.endsWith("every winter.")).toBe(true);
  });

  it("drops a blog's fair use notice under the post", () => {
    const text = keeperStory(
      "All posts are opinions meant to foster comment under the fair use doctrine in Sec. 107 of U.S. Code Title 17. No statement of fact is made.");
    expect(parseArticle(text).body.endsWith("more than anything else.")).toBe(true);
  });

  it("ends the story at a gallery's label over its captions and share label", () => {
    const text = keeperStory(
      "Photos", "The last keeper of the Cape Morrow light retired on Friday.", "Share:");
    expect(parseArticle(text).body.endsWith("more than anything else.")).toBe(true);
  });

  it("drops an archive's notice that the full text is gone, run on after the teaser it kept", () => {
    const text = ["Hafenbehörde lässt alte Fährrinne ausbaggern", "",
      "Die Arbeiten beginnen im Frühjahr. Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung.", ""].join("\n");
    expect(parseArticle(text).body).toBe("Die Arbeiten beginnen im Frühjahr.");
    // In English, with the notice going on after "available" for longer than the button labels run.
    const english = ["Harbour board votes to dredge", "", "The board voted on Tuesday to dredge the channel. The full text of this article is no longer available in our archive for legal reasons.", ""].join("\n");
    expect(parseArticle(english).body).toBe("The board voted on Tuesday to dredge the channel.");
  });

  it("drops a contact line whose address is on the line under it", () => {
    const text = keeperStory(
      "Contact Jane Roe at", "jane.roe@example.com", "Harbour courts", "",
      "Ferry fares rise again in spring Harbour board names its new chair Council votes to close the old bridge for repairs");
    expect(parseArticle(text).body).toContain("more than anything else.");
    expect(parseArticle(text).body).not.toContain("Contact");
  });

  it("takes the writer from a name line over the story that the note on the writer under it confirms", () => {
    const text = (name: string) => ["Lighthouse keeper retires after forty years", "",
      "The county's last keeper looks back on four decades at the light", "", name, "", "Share", "",
      "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs.", "",
      "She said she would miss the sound of the foghorn more than anything else.", "",
      "Jane V. Roe is a writer living in Port Avery.", ""].join("\n");
    expect(parseArticle(text("Jane V. Roe")).author).toBe("Jane V. Roe");
    // A note alone names nobody: it may be a guest's.
    expect(parseArticle(text("Harbour news")).author).toBeNull();
  });

  it("drops a contact line that writes its address out against spam robots", () => {
    const text = keeperStory(
      "Let me know below in the comments or email me at jane {AT} example {DOT} com");
    expect(parseArticle(text).body.endsWith("more than anything else.")).toBe(true);
  });

  it("drops a search box's label set between paragraphs", () => {
    const text = ["Lighthouse keeper retires after forty years", "",
      "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs.", "", "Search the Newsroom", "", "Search this site", "", "Search the archives", "",
      "She said she would miss the sound of the foghorn more than anything else.", ""].join("\n");
    expect(parseArticle(text).body).not.toContain("Search");
  });

  it("drops an app's notice over a page that holds no story", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "For the best reading experience, open this story on a device with Example News.", "", ...DREDGE_STORY].join("\n"));
    expect(a.body).toMatch(/^The harbour board approved/);
  });

  it("drops an old page's notice and its reading time", () => {
    const text = ["Lighthouse keeper retires after forty years", "", "This article is over a year old, and the information within may be out of date.", "13 min to read", "",
      "The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs.", "",
      "She said she would miss the sound of the foghorn more than anything else.", ""].join("\n");
    expect(parseArticle(text).body).toBe("The last keeper of the Cape Morrow light retired on Friday, forty years after she first climbed its stairs.\n\nShe said she would miss the sound of the foghorn more than anything else.");
  });

  it("drops a note that the column first ran elsewhere, under the story", () => {
    const text = keeperStory(
      "This column first ran on Example Weekly:", "", "https://example.com/stories/lighthouse");
    expect(parseArticle(text).body.endsWith("more than anything else.")).toBe(true);
  });

  it("keeps sentences that mention views, more news or loading", () => {
    const text = [
      "Council to review the view from Hill Street",
      "",
      "Residents say a new tower will block the view from Hill Street, which the council promised to protect in 2009.",
      "",
      "More than 300 people wrote to the council, and the clip of the meeting has had 4,000 views.",
      "",
      "Show more patience, the mayor told them.",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).toContain("4,000 views.");
    expect(b).toContain("Show more patience, the mayor told them.");
  });

  it("drops bulleted links and the lone stops a scraper leaves, keeps a list and an elision", () => {
    const text = [
      "Harbour town votes to rebuild its old pier",
      "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.",
      "",
      "• READ MORE: Storm damage to the coast in pictures",
      "",
      ".",
      "",
      "The council will now ask three builders for prices, the mayor said.",
      "",
      "...",
      "",
      "• new planks for the deck",
      "• a railing along both sides",
      "",
      "The vote passed by a margin of 412 to 188, the clerk said.",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("READ MORE");
    expect(b.split("\n\n")).not.toContain(".");
    expect(b).toContain("...");
    expect(b).toContain("• a railing along both sides");
  });

  it("drops a link boxed by one-character rules and a 'related' heading's links set into the story", () => {
    const text = [
      "Nieuwe fietsenstalling aan het station",
      "",
      "De stad bouwt een overdekte fietsenstalling voor 2.000 fietsen aan de achterkant van het station. De gemeente wil de werken tegen het einde van volgend jaar afronden.",
      "",
      "------------------------------------------------------------------------",
      "LEES OOK  Nieuwe fietsstraten in de wijk: \"Eindelijk rust\"",
      "------------------------------------------------------------------------",
      "",
      "De stalling komt op de plaats van een oude parking die sinds vorig jaar leeg staat, zei de schepen voor mobiliteit op een persconferentie.",
      "",
      "Notas relacionadas",
      "Detuvieron a un sospechoso por el robo del kiosco",
      "Vecinos del barrio marcharon para pedir seguridad",
      "",
      "Buurtbewoners kregen vorige week een brief met de plannen en kunnen tot eind maart reageren via de website van de stad of in het stadhuis.",
      "",
      "==========",
      "Wie: de stad en de spoorwegmaatschappij samen, met geld van de provincie. Wat: een stalling voor 2.000 fietsen, overdekt en bewaakt, met plaats voor bakfietsen en laadpunten voor elektrische fietsen. Wanneer: de werken beginnen in het voorjaar en duren ongeveer anderhalf jaar.",
      "==========",
      "",
      "Wie zijn fiets nu aan het station zet, moet tijdens de werken uitwijken naar de stalling aan de voorkant, die dan langer open blijft.",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("LEES OOK");
    expect(b).not.toContain("-----");
    expect(b).not.toContain("Notas relacionadas");
    expect(isBoilerplate("Lees ook | Nieuwe fietsstraten in de wijk")).toBe(true);
    expect(b).not.toContain("Detuvieron");
    expect(b).toContain("kunnen tot eind maart reageren via");
    // (A longer box is part of the story, and so is a quotation set between rules.)
    const quoted = text.replace("LEES OOK  Nieuwe fietsstraten in de wijk: \"Eindelijk rust\"", "De schepen noemde de stalling een eerste stap naar een autovrij stationsplein.");
    expect(quoted).not.toBe(text);
    expect(parseArticle(quoted).body).toContain("een eerste stap naar een autovrij stationsplein.");
    expect(b).toContain("Wie: de stad en de spoorwegmaatschappij samen");
    expect(b).toContain("moet tijdens de werken uitwijken");
  });

  it("drops a caption closed by a photographer's name and outlet after a slash, not prose with a slash", () => {
    const text = [
      "Boil-water notice lifted for the east side",
      "",
      "The city lifted its boil-water notice for the east side on Thursday, three days after a main broke under Elm Street.",
      "",
      "A volunteer hands out bottled water at the sports complex on Tuesday. Jane Roe/Example Now",
      "",
      "Residents should run their taps for two minutes before drinking, the utility said, and call the hotline with questions.",
      "",
      "Crews worked through the night on the main, which the utility said was 60 years old. It was replaced in full by Chief Engineer/Manager Tom Berg.",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("A volunteer hands out");
    expect(b).toContain("call the hotline with questions.");
    expect(b).toContain("replaced in full by Chief Engineer/Manager Tom Berg.");
    expect(isCaption("The utility apologised on Tuesday. Chief Engineer/Manager Tom Berg.")).toBe(false);
  });

  it("drops picture-agency credits, a 'More…' link run onto a paragraph, and a wiki's foot", () => {
    const text = [
      "Harbour town votes to rebuild its old pier",
      "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.—More…",
      "",
      "The mayor stands on the beach below the pier. She said she was pleased. Jane Roe/Getty Images",
      "",
      "The council will now ask three builders for prices, the mayor said, and work may begin in spring.",
      "",
      "Example Wire/Shutterstock",
      "",
      "The vote passed by a margin of 412 to 188, the clerk said.",
      "",
      "This article is a stub. You can help Example Wiki by expanding it.",
      "",
      "Community content is available under CC-BY-SA unless otherwise noted.",
      "",
      "Fan Feed",
      "",
      "About Example Wiki",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).toContain("storms broke apart two winters ago.");
    expect(b).not.toContain("More…");
    expect(b).not.toContain("Getty");
    expect(b).not.toContain("Shutterstock");
    expect(b).not.toContain("stub");
    expect(b).not.toContain("Fan Feed");
    expect(b.trim().endsWith("the clerk said.")).toBe(true);
  });

  it("drops a caption that says who stands where, and its credit line; keeps prose about people", () => {
    const text = [
      "Harbour town votes to rebuild its old pier",
      "",
      "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago.",
      "",
      "Maria Lenz, left, and Tom Okafor walk along what is left of the pier on Monday.",
      "",
      "Example Press",
      "",
      "Maria Lenz, who chairs the harbour board, said the vote was a relief. \"We can start in spring,\" she said.",
      "",
      "Tom Okafor turned left at the harbour wall and showed where the planks had gone.",
      "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("walk along what is left");
    expect(b).not.toContain("Example Press");
    expect(b).toContain("who chairs the harbour board");
    expect(b).toContain("Tom Okafor turned left at the harbour wall");
  });

  it("drops the page after the story: author notes, prompts and what follows them", () => {
    expect(body).not.toContain("is a reporter covering");
    expect(body).not.toContain("newsletter");
    expect(body).not.toContain("Weather");
    expect(body.trim().endsWith("the clerk said.")).toBe(true);
  });

  it("keeps a story's own closing aside in brackets and a short last sentence", () => {
    const text = "Headline of a story about ferries\n\nThe ferry line will run twice a day from May, the operator said on Friday in a statement. (The winter timetable stays as it is.)\n\nTickets go on sale next week.\n";
    const b = parseArticle(text).body;
    expect(b).toContain("(The winter timetable stays as it is.)");
    expect(b).toContain("Tickets go on sale next week.");
  });

  it("keeps prose that only mentions following or subscribing", () => {
    const text = "Headline of a story about a magazine\n\nThe magazine lost a third of its subscriptions last year, its publisher told staff on Monday, and will follow other titles online.\n\nIt will print its last paper issue in June.\n";
    expect(parseArticle(text).body).toContain("It will print its last paper issue in June.");
  });
});

describe("headlines on long pages", () => {
  const menu = ["Search", "Home", "Local News", "Sports", "Weather", "Business", "Opinion", "Obituaries", "Contests", "eEditions", "Submit a tip"];
  const lead = [
    "The harbour board approved a plan on Tuesday to dredge the old ferry channel before the autumn storms arrive on the coast.",
    "Work will start in August, the board's chair said, and the channel should reopen to small boats by the end of October.",
  ];

  it("takes a name as the headline of an encyclopedia page whose lead gives the full name", () => {
    const text = [
      "Main page", "Contents", "Current events", "Random article", "Search", "Create account", "Log in", "",
      "Martha Quill", "", "Article", "Talk", "Read", "Edit", "View history", "",
      "From Example Wiki, the free encyclopedia", "",
      "Martha Jane Quill (born 1950) is a Canadian lighthouse keeper who kept the Cape Morrow light for forty years and wrote two books about it.",
      "",
      "She retired in 2022 and lives in Halifax.",
      "",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Martha Quill");
    expect(a.body.startsWith("Martha Jane Quill (born 1950)")).toBe(true);
  });

  it("passes over a long photo caption standing above the headline", () => {
    const caption =
      "Jane Roe/Harbour Times The old ferry Mary Ellen is pictured in an undated photo tied up at the north quay, where she waited for repairs through most of the winter while the harbour board argued over who should pay for a new engine and a new deck for her.";
    const text = [
      ...menu, "",
      caption, "",
      "Harbour board votes to dredge the old ferry channel", "",
      "The channel has been closed to boats since the spring", "",
      "The Example PressOct. 30, 2019 8:30 a.m.Local NewsNews", "",
      ...lead.flatMap((p) => [p, ""]),
    ].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour board votes to dredge the old ferry channel");
    expect(a.date).toBe("2019-10-30");
    expect(a.body.startsWith("The harbour board approved")).toBe(true);
    expect(a.body).not.toContain("Mary Ellen");
  });

  it("takes the title-like line above the story's first run of prose, and reads a byline and date run together", () => {
    const text = [...menu, "Harbour board votes to dredge old ferry channel", "Ana DiazMar. 4, 2021 9:40 a.m.Local NewsNews", ...lead, ""].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.date).toBe("2021-03-04");
    expect(a.author).toBe("Ana Diaz");
    expect(a.section).toBe("Local News");
    expect(a.body.startsWith("The harbour board approved")).toBe(true);
    expect(a.provenance.title?.rule).toBe("headline above the story");
  });

  it("prefers the headline over its standfirst when both stand above the stamp", () => {
    const text = [...menu, "Harbour board votes to dredge old ferry channel", "Work on the channel is set to begin in August", "Ana DiazMar. 4, 2021 9:40 a.m.Local News", ...lead, ""].join("\n");
    expect(parseArticle(text).title).toBe("Harbour board votes to dredge old ferry channel");
  });

  it("takes the headline between a byline and the story", () => {
    const text = [...menu.slice(0, 6), "By Example Press", "Harbour board votes to dredge old ferry channel", "Mar 4, 2021 | 10:15 AM", ...lead, ""].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.date).toBe("2021-03-04");
  });

  it("finds the headline among a page's labels, one a line, and reads its section and author there", () => {
    const labels = (when: string) => ["Harbour", "Ana Diaz", "Posted", when, "Report Inaccuracy"];
    const page = (when: string) => [...menu, ...labels(when), "Harbour board votes to dredge old ferry channel", ...labels(when), "Latest Videos", ...lead, ""].join("\n");
    const a = parseArticle(page("on March 4, 2021"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.date).toBe("2021-03-04");
    expect(a.author).toBe("Ana Diaz");
    expect(a.section).toBe("Harbour");
    expect(a.body.startsWith("The harbour board approved")).toBe(true);
    // A date given as "5 months ago" is no date, but still marks the labels.
    const b = parseArticle(page("5 months ago"));
    expect(b.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(b.date).toBeNull();
  });

  it("takes no line among labels for a headline when no stamp stands there", () => {
    const text = [...menu, "Harbour", "Ana Diaz", "Harbour board votes to dredge old ferry channel", "Report Inaccuracy", "Latest Videos", ...lead, ""].join("\n");
    expect(parseArticle(text).provenance.title?.rule).not.toBe("headline above the story");
  });

  it("does not take a photo's caption with its credit, repeated down a gallery, for a repeated headline", () => {
    const caption = "Police said this man is a suspect in a shooting at the harbour that left two boats sunk. - Port Avery Police";
    const text = [...menu, caption, "", caption, "", "Home", "News", "Harbour", "Harbour board votes to dredge old ferry channel", "The work will start in August",
      "By Jane Roe", "Mar 4, 2021", "", ...lead.flatMap((p) => [p, ""]), caption, "", ...lead.flatMap((p) => [p.replace("harbour", "port"), ""])].join("\n");
    expect(parseArticle(text).title).toBe("Harbour board votes to dredge old ferry channel");
  });

  it("reads an acronym over the headline as its section, and passes over the writer's initials over the byline", () => {
    const page = (kicker: string, initials: string) =>
      `Sign InSubscriptionsNewslettersNotificationsFor reprints of this article, please go to: www.example.com${kicker}City council approves new transit line after decade of debate` +
      `The vote came after a six-hour meeting.${initials}By Jane RoeStaff ReporterSat., May 23, 2015timer3 min. read` +
      "OTTAWA—City council approved the long-debated transit line on Friday by a vote of 18 to 6, ending years of argument over its route. Construction is expected to start next spring.";
    const gta = parseArticle(page("GTA", ""));
    expect(gta.section).toBe("GTA");
    expect(gta.title).toBe("City council approves new transit line after decade of debate");
    const avatar = parseArticle(page("Canada", "JR"));
    expect(avatar.title).toBe("City council approves new transit line after decade of debate");
    expect(avatar.section).toBe("Canada");
  });

  it("reads a dateline's place run onto the headline, on a page run together", () => {
    const top = "Skip to main contentCanadaWorldBusinessPodcastsHarbour board votes to dredge old ferry channel Port avery, ont.The Example PressPublished March 4, 2021ShareBookmark";
    const a = parseArticle([top, ...lead, ""].join("\n"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.place).toBe("Port avery, ont.");
    expect(a.date).toBe("2021-03-04");
    // A headline that ends with its place keeps it: no place is cut off it.
    const own = parseArticle([top.replace("old ferry channel Port avery, ont.", "old ferry channel in Port Avery, Ont."), ...lead, ""].join("\n"));
    expect(own.place).toBeNull();
    expect(own.title).not.toBe("Harbour board votes to dredge old ferry channel in Port");
  });

  it("reads a place between the byline and the stamp, on a page run together", () => {
    const top = "Skip to main contentCanadaWorldBusinessInvestingOpinionPoliticsSportsLifeArtsPodcastsHarbour board votes to dredge old ferry channelAna DiazHalifaxPublished March 4, 2021";
    const a = parseArticle([top, ...lead, ""].join("\n"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.author).toBe("Ana Diaz");
    expect(a.place).toBe("Halifax");
    expect(a.date).toBe("2021-03-04");
    expect(a.provenance.place?.rule).toBe("place under the byline");
  });

  it("looks past a photo's caption and a standfirst above the byline for the headline", () => {
    const caption = "Ana Diaz, the harbour master, stands on the old ferry slip where the channel has silted up over the past ten years.";
    const standfirst = "The board says the work will cost less than building a new slip, and that small boats will be back by the end of October.";
    const text = [...menu, caption, "Harbour", "Harbour board votes to dredge old ferry channel", standfirst, "By Jane Roe", "Staff Reporter", "Thu., March 4, 2021", ...lead, ""].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2021-03-04");
    expect(a.body.startsWith("The harbour board approved")).toBe(true);
  });

  it("reads the section run onto the end of a byline's stamp, not a time zone", () => {
    const page = (stamp: string) => [...menu, "Harbour board votes to dredge old ferry channel", "Ana Diaz", stamp, "Trending Now", ...lead, ""].join("\n");
    const a = parseArticle(page("Mar. 4, 2021 9:40 a.m.Community"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.section).toBe("Community");
    expect(a.date).toBe("2021-03-04");
    expect(parseArticle(page("Posted: Mar 04, 2021 3:36 PM EDT")).section).toBeNull();
  });

  it("leaves a text that opens with its story alone", () => {
    const text = [...lead, "A third paragraph follows here, and it is long enough to read as prose for the rules.", ""].join("\n");
    expect(parseArticle(text).provenance.title?.rule).toBe("first sentence");
  });

  it("drops a teaser under a kicker in capitals, but not an agency over a date", () => {
    const text = ["Harbour board votes to dredge old ferry channel", "", lead[0], "", "WATCH | Boats wait out the storm in the old channel", "", lead[1], ""].join("\n");
    expect(parseArticle(text).body).not.toContain("WATCH |");
    const dated = ["Harbour board votes to dredge old ferry channel", "", "EXP | Publication date 4 March 2021 | 10:15", "", lead[0], "", lead[1], ""].join("\n");
    expect(parseArticle(dated).date).toBe("2021-03-04");
  });
});

describe("a page's top in French, with a photo between the headline and the stamp", () => {
  const menu = ["Accueil", "Actualités", "Faits divers", "Politique", "Sports", "Arts", "Voyage", "Votre compte", "Pour des raisons de sécurité, veuillez valider votre adresse courriel", "Envoyer un courriel de validation.", "Un courriel de validation vous a été envoyé.", "Se connecter", "Mon profil"];
  const page = [
    ...menu,
    "Faits divers",
    "Tempête sur la côte",
    "« Le quai rouvrira au printemps »",
    "PHOTO JEANNE ROY, LE COURRIER",
    "Des bénévoles réparent le vieux quai de Port-Avery, mardi.",
    "Le conseil municipal a voté mardi soir la reconstruction du quai que les tempêtes ont emporté il y a deux hivers, après un long débat à l'hôtel de ville.",
    "Publié le 4 août 2022",
    "Jeanne Roy",
    "Le Courrier",
    "« Nous allons enfin pouvoir rouvrir le port aux bateaux de pêche », a déclaré la mairesse après le vote, devant une salle comble et des pêcheurs soulagés.",
    "Les travaux commenceront en avril, une fois les soumissions des entrepreneurs reçues, et devraient durer tout l'été selon le greffier de la ville.",
    "",
  ].join("\n");
  const a = parseArticle(page);

  it("takes the headline above the photo, not a repeated menu entry or an e-mail prompt", () => {
    expect(a.title).toBe("« Le quai rouvrira au printemps »");
    expect(a.date).toBe("2022-08-04");
    expect(a.author).toBe("Jeanne Roy");
  });

  it("leaves the photo's credit, its caption and the account prompts out of the body", () => {
    expect(a.body.startsWith("« Nous allons enfin")).toBe(true);
    expect(a.body).not.toContain("PHOTO");
    expect(a.body).not.toContain("Des bénévoles réparent");
    expect(a.body).not.toContain("courriel");
  });

  it("reads stamps whose word ends in a letter beyond ASCII", () => {
    expect(readStamp("Publié le 30 août 2022")?.published).toBe("2022-08-30");
    expect(readStamp("Опубликовано 5 мая 2020")?.published).toBe("2020-05-05");
  });

  it("tells a quotation in guillemets from a teaser link's arrow", () => {
    expect(isBoilerplate("« Le quai rouvrira au printemps »")).toBe(false);
    expect(isBoilerplate("Дерипаска уступил «Русснефть»")).toBe(false);
    expect(isBoilerplate("Watch what happened next »")).toBe(true);
    expect(isBoilerplate("Like this:")).toBe(true);
    expect(isBoilerplate("Like Loading...")).toBe(true);
    expect(isBoilerplate("Please verify your email address to continue.")).toBe(true);
    expect(isBoilerplate("Bitte bestätigen Sie Ihre E-Mail-Adresse.")).toBe(true);
  });
});

describe("a standfirst the story repeats as its lead", () => {
  it("starts the story at the repeat, past the photo's caption between", () => {
    const standfirst = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.";
    const text = [
      "Home", "News", "Sports", "Weather", "Local", "Opinion", "Business", "Arts",
      "Harbour board votes to dredge old ferry channel",
      standfirst,
      "Jane Roe · Example News · Posted: Mar 04, 2021 3:36 PM EDT",
      "A dredger waits at the mouth of the channel near the old ferry slip on Monday morning.",
      standfirst,
      "The work will cost less than building a new slip, the board said, and small boats will be back by October.",
      "Fishers who use the channel said they were relieved. They have had to wait for high tide for two years.",
      "",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.body.startsWith("The harbour board voted on Tuesday")).toBe(true);
    expect(a.body).not.toContain("A dredger waits");
  });
});

describe("notes and links around a story", () => {
  const story = [
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.",
    "",
    "The work will cost less than building a new slip, the board said, and small boats will be back by October.",
    "",
  ];
  it("drops a note over the story saying where it first ran, and takes its writer as the author", () => {
    const text = ["Harbour board votes to dredge old ferry channel", "", "This article was originally published by Jane Roe at her Harbour Blog.", "", ...story].join("\n");
    const a = parseArticle(text);
    expect(a.author).toBe("Jane Roe");
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
  });

  it("drops a link to another story with its button run on, but not a paragraph ending in those words", () => {
    const link = "Ferry channel to close for a month as dredging begins | Our harbour reporter Read more";
    const text = ["Harbour board votes to dredge old ferry channel", "", story[0], "", link, "", "Fishers said they were relieved after two years of waiting for the tide. Those who want the details can read more", "", story[2], ""].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("Ferry channel to close");
    expect(b).toContain("small boats will be back by October");
    expect(b).toContain("Fishers said they were relieved after two years of waiting for the tide. Those who want the details can read more");
  });
});

describe("a widget set into the story and repeated under it", () => {
  const para = (n: number) => `Paragraph ${n} of the story tells how the harbour board voted to dredge the old ferry channel, what it will cost, who will pay for it and when the small boats of the harbour can use it again.`;
  const widget = ["ferry update", "Ferry timetable changes for the summer season", "4h ago", "big boats", "Cruise ship visits set a record at the harbour", "Jun 12, 2023"];
  it("drops the widget's lines inside the story, keeps a line the story itself repeats", () => {
    const text = [
      "Harbour board votes to dredge old ferry channel", "",
      para(1), "", para(2), "", ...widget, "", para(3), "", "Who pays for it all?", "", para(4), "", "Who pays for it all?", "", para(5), "",
      "More Local News", "", ...widget, "", "Contact Us", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).toContain("Paragraph 3 of the story");
    expect(b).toContain("Paragraph 5 of the story");
    expect(b).not.toContain("Ferry timetable changes");
    expect(b).not.toContain("4h ago");
    expect(b).not.toContain("Cruise ship visits");
    expect(b.split("Who pays for it all?").length).toBe(3);
  });
});

describe("a list of the writer's other pieces", () => {
  it("is no part of the story, whatever its heading's name", () => {
    const text = [
      "Harbour board votes to dredge old ferry channel", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
      "Also by Jane Roe:", "", "Why the tide keeps rising", "", "The last ferry of summer", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("Also by");
    expect(b).not.toContain("The last ferry of summer");
    expect(b).toContain("small boats will be back by October.");
  });
});

describe("a section label the page's menu also lists", () => {
  const page = (label: string) => [
    "Home", "Politics", "Harbour and coastal affairs", "Sports", "Arts", "Weather", "Opinion", "Business", "",
    label,
    "Harbour board votes to dredge old ferry channel",
    "The board says the work will cost less than building a new slip, and that small boats will be back by the end of October.",
    "Published March 4, 2021",
    "Jane Roe",
    "The harbour board approved the dredging of the old ferry channel on Thursday, ending two years of debate over the silted approach to the town's slip.",
    "The work will begin in April and should be finished by the end of the summer, the board's chair said after the vote.",
    "",
  ].join("\n");
  it("names the section when it stands over the headline", () => {
    const a = parseArticle(page("Harbour and coastal affairs"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.section).toBe("Harbour and coastal affairs");
  });
  it("but not a site's own page", () => {
    expect(parseArticle(page("Home")).section).toBeNull();
  });
  it("nor a menu's last item that a run of share buttons parts from the headline", () => {
    const share = ["Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save"];
    const a = parseArticle(page(["Harbour and coastal affairs", ...share].join("\n")));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.section).toBeNull();
  });
});

describe("a file photo's credit", () => {
  it.each(["File photo", "Example Police file photo", "(FILE PHOTO)"])("takes the caption over %j out of the story", (credit) => {
    const text = [
      "Harbour board votes to dredge old ferry channel", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
      "The old ferry slip at low tide.", credit, "",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("low tide");
    expect(b).not.toContain(credit);
    expect(b).toContain("the dredger is booked for the spring.");
  });

  it("takes the caption over it with share buttons under it, over the story's start", () => {
    const text = [
      "Harbour board votes to dredge old ferry channel", "", "Facebook", "Twitter", "Email", "",
      "The old ferry slip at low tide.", "EPS file photo", "Facebook", "Twitter", "Email", "Close",
      "The old ferry slip at low tide.", "EPS file photo", "Facebook", "Twitter", "Email", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", "",
    ].join("\n");
    expect(parseArticle(text).body.startsWith("The harbour board voted on Tuesday")).toBe(true);
  });
});

describe("a promotion inside the story's second half", () => {
  it("goes even with prose after it; a price cut the story reports stays", () => {
    const para = (n: number) => `Paragraph ${n}: the harbour board voted to dredge the old ferry channel, and the work will begin in April, the chair said.`;
    const text = [
      "Harbour board votes to dredge old ferry channel", "",
      para(1), "", para(2), "", "Fuel prices have knocked 5% off the ferry's takings this year, the operator said.", "", para(3), "",
      "Read the harbour's history in our new book. Now 30% off with free shipping!", "",
      "Encounter the coast in every season and explore our guides to its harbours and its towns.", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("free shipping");
    expect(b).toContain("knocked 5% off");
    expect(b).toContain("Paragraph 3:");
  });
});

describe("a sign-off closing the story", () => {
  const story = [
    "Hafenamt beschließt Ausbaggerung der alten Fährrinne", "",
    "Das Hafenamt hat am Donnerstag beschlossen, die alte Fährrinne ausbaggern zu lassen, nach zwei Jahren Streit über die versandete Zufahrt.", "",
    "Die Arbeiten beginnen im April und sollen bis zum Ende des Sommers fertig sein, sagte die Vorsitzende nach der Abstimmung.",
  ];
  it("dates the article, names a person who signs, and is not story", () => {
    const a = parseArticle([...story.slice(0, -1), `${story[story.length - 1]} (Jana Rohr, 19.1.2016)`].join("\n"));
    expect(a.date).toBe("2016-01-19");
    expect(a.author).toBe("Jana Rohr");
    expect(a.body).toMatch(/nach der Abstimmung\.$/);
  });
  it("dates it from an agency's or a desk's sign-off, with the page's table run on after it", () => {
    const table = "9. Lauf zur Regatta – Endstand nach drei Wettfahrten: 1. Berger 12 Punkte, 2. Huber 15 Punkte";
    const a = parseArticle([...story.slice(0, -1), `${story[story.length - 1]} (APA, 23.8.2015) ${table}`].join("\n"));
    expect(a.date).toBe("2015-08-23");
    expect(a.author).toBeNull();
    expect(a.body).not.toContain("(APA");
    expect(a.body).toMatch(/nach der Abstimmung\.\n\n9\. Lauf/);
  });
  it("drops an agency's and its editor's initials closing the story, and keeps the paragraph they close", () => {
    // (With its slash the tag passed for a photo's credit, and the short paragraph for its caption.)
    const a = parseArticle([...story.slice(0, -1), `${story[story.length - 1]} (ats/nxp)`].join("\n"));
    expect(a.body).toMatch(/sagte die Vorsitzende nach der Abstimmung\.$/);
  });
  it("takes an agency's rights and its reporter closing the story as its author and source", () => {
    const a = parseArticle([...story.slice(0, -1), `${story[story.length - 1]}(c)EXA/Jane ROE`].join("\n"));
    expect(a.author).toBe("Jane ROE");
    expect(a.source).toBe("EXA");
    expect(a.body).toMatch(/sagte die Vorsitzende nach der Abstimmung\.$/);
  });
  it("but a source cited between two paragraphs of the story is the story's", () => {
    const a = parseArticle([story[0], "", `${story[2]} (Nordkurier, 12.1.2018)`, "", story[4]].join("\n"));
    expect(a.date).toBeNull();
    expect(a.body).toContain("(Nordkurier, 12.1.2018)");
  });
});

describe("a wiki's page", () => {
  const page = (tagline: string, switcher: string) => [
    "Jump to content", "Main menu", "Main page", "Contents", "Current events", "Random article", "About the wiki", "Contact us",
    "Contents", "hide", "(Top)", "1Background", "2Dredging", "3Reactions", "Toggle the table of contents",
    "Harbour channel dredging of 2021", switcher,
    "Article", "Talk", "Read", "Edit", "View history", "Tools",
    tagline,
    "Dredging of a ferry channel in Example Bay",
    "Harbour channel dredgingLocationExample Bay",
    "The harbour channel dredging of 2021 was the removal of silt from the old ferry channel of Example Bay, which the harbour board approved after two years of debate.",
    "Work began in April and was finished by the end of the summer, the board's chair said.",
  ].join("\n");
  it("is titled by the heading over its language switcher, not an infobox caption", () => {
    const a = parseArticle(page("From Examplepedia, the free encyclopedia", "12 languages"));
    expect(a.title).toBe("Harbour channel dredging of 2021");
    expect(a.provenance.title?.rule).toBe("title over a wiki's language list");
    expect(a.body).toMatch(/^The harbour channel dredging of 2021 was/);
    expect(a.body).not.toContain("Main page");
  });
  it("in German too", () => {
    expect(parseArticle(page("Aus Examplepedia, der freien Enzyklopädie", "12 Sprachen")).title).toBe("Harbour channel dredging of 2021");
  });
  it("without its tagline, is known by its tabs under the title; a page with neither is read as any other", () => {
    const untagged = parseArticle(page("From the archive of the harbour board", "12 languages"));
    expect(untagged.title).toBe("Harbour channel dredging of 2021");
    expect(untagged.provenance.title?.rule).toBe("title over a wiki's tabs");
    const plain = parseArticle(page("From the archive of the harbour board", "12 languages").replace("Talk\nRead\nEdit\nView history\n", ""));
    expect(plain.provenance.title?.rule).not.toMatch(/wiki/);
  });
});

describe("a newsroom's byline between the headline and the stamp", () => {
  it("keeps the headline over it", () => {
    const text = [
      "Home", "FOLLOW ON", "CANADA",
      "Harbour board votes to dredge old ferry channel: chair",
      "ExampleNews.ca Staff",
      "Published Tuesday, December 20, 2016 10:01AM EST",
      "Last Updated Tuesday, December 20, 2016 9:23PM EST",
      "Share:", "", "Text:", "",
      "The harbour board approved the dredging of the old ferry channel on Thursday, ending two years of debate over the silted approach to the town's slip.",
      "The work will begin in April and should be finished by the end of the summer, the board's chair said after the vote.",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel: chair");
    expect(a.date).toBe("2016-12-20");
    expect(a.author).toBeNull();
  });
  it("but a site's name alone is no newsroom", () => {
    expect(isOutlet("ExampleNews.ca Staff")).toBe(true);
    expect(isOutlet("Examplepedia.org")).toBe(false);
  });
});

// A short story of two paragraphs, for the tests of what stands over it.
const DREDGE_STORY = [
  "The harbour board approved the dredging of the old ferry channel on Thursday, ending two years of debate over the silted approach to the town's slip.", "",
  "The work will begin in April and should be finished by the end of the summer, the board's chair said after the vote.",
];

describe("bylines and notes that name the writer", () => {
  const story = DREDGE_STORY;
  it("reads 'By:' with a colon", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "By: Jane Roe / Example News", "", ...story].join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.body).toMatch(/^The harbour board/);
  });
  it("drops a note that the piece was written by someone and first published elsewhere, naming the writer", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "This article was written by Jane Roe and originally published at Example News.", "", ...story].join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.body).toMatch(/^The harbour board/);
  });
  it("reads the byline under the headline past a date strip over the page's menus, and an empty field between its commas", () => {
    const lead = "PORT AVERY (AP) — The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over the past ten years, the chair said.";
    const page = ["Today's Paper", "Help/Contact Us", "Tuesday, June 13, 2023", "June 13, 2023", "Coast", "Sports", "Politics", "Life", "Opinion", "Jobs", "Donate",
      "Harbour board votes to dredge old ferry channel", "By JANE ROE, , Example Press,", "Published: July 25, 2022, 1:15pm", "Share:", lead, "The work will start in August and take three months."];
    const a = parseArticle(page.join("\n"));
    expect(a.author).toBe("JANE ROE");
    expect(a.date).toBe("2022-07-25");
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
  });
  it("takes no menu item in capitals for a writer under the page's date strip, and reads writers each with a job", () => {
    const lead = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over the past ten years, the chair said.";
    const page = ["Skip to content", "Example Sentinel", "Thursday, June 19, 2025", "SUBSCRIBE", "NEWS", "GLOBAL NATION", "BUSINESS", "SPORTS", "News / Metro",
      "Harbour board votes to dredge old ferry channel", "By: Jane Roe - Reporter / @janeroe", "Example Sentinel / 06:15 PM June 19, 2025", lead, "The work will start in August and take three months."];
    expect(parseArticle(page.join("\n")).author).toBe("Jane Roe");
    // (A byline in capitals between a kicker and an agency is no menu's item.)
    const wire = ["Example Sentinel", "Thursday, June 19, 2025", "WORLD", "JANE ROE", "REUTERS", "June 19, 2025", "Harbour board votes to dredge old ferry channel", lead, "The work will start in August and take three months."];
    expect(parseArticle(wire.join("\n")).author).toBe("JANE ROE");
    const two = ["Harbour board votes to dredge old ferry channel", "Jane Roe, News Editor and John Doe, Staff Writer", "April 1, 2025", lead, "The work will start in August and take three months."];
    expect(parseArticle(two.join("\n")).author).toBe("Jane Roe and John Doe");
    expect(cleanByline("Jane Roe and John Doe Ledger Staff")).toBe("Jane Roe and John Doe");
    expect(cleanByline("Jane Roe, News Editor and John Doe, Staff Writer")).toBe("Jane Roe and John Doe");
    // (A second job is no second writer.)
    expect(cleanByline("Jane Roe, Editor and Publisher")).toBe("Jane Roe");
    // (The writer's name over the site's address and the date: "Jane Roe" / "Example.ca" / the date.)
    const site = ["Harbour board votes to dredge old ferry channel", "", "The channel has silted up so badly over ten years that small boats run aground at low tide", "",
      "Jane Roe", "Example.ca", "Jan 16, 2025", "", "Share", "", lead, "", "The work will start in August and take three months."];
    expect(parseArticle(site.join("\n")).author).toBe("Jane Roe");
    // (A vet's letters after the name; a surname in capitals, as French bylines set it, stays.)
    expect(cleanByline("By Jane Roe BVM&S MRCVS")).toBe("By Jane Roe");
    expect(cleanByline("Par Jean DUPONT")).toBe("Par Jean DUPONT");
    // (Two writers each with a job, parted by a bar, as a bank's research note credits them.)
    expect(cleanByline("Jane Roe, Chief Economist  |  John Doe, Senior Economist")).toBe("Jane Roe and John Doe");
    const note = ["EXAMPLE ECONOMICS  |  COMMENTARY", "The first cut is the easy one", "Jane Roe, Chief Economist  |  John Doe, Senior Economist", "June 5, 2024  ·  4-minute read", "KEY TAKEAWAYS",
      "• The central bank lowered its policy rate by 25 basis points, the first cut in this cycle.", lead, "The work will start in August and take three months."];
    expect(parseArticle(note.join("\n")).author).toBe("Jane Roe and John Doe");
    // (Two writers and their newsroom's job after a comma.)
    expect(cleanByline("By Jane Roe and John Doe, Example Weather meteorologists")).toBe("By Jane Roe and John Doe");
  });
  it("reads the writers of press offices, student papers, blog platforms and military news services", () => {
    const lead = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over the past ten years, the chair said.";
    const rest = "The work will start in August and take three months.";
    expect(cleanByline("Jane Roe, Public Information Officer")).toBe("Jane Roe");
    // (A rank is dropped only where a name of two words is left.)
    expect(cleanByline("Major Garrett")).toBe("Major Garrett");
    expect(cleanByline("Sgt. 1st Class Jane Roe")).toBe("Jane Roe");
    // (An elected official's office, over their own newsletter or column; not a name of one word after it.)
    expect(cleanByline("Councilmember Jane Roe")).toBe("Jane Roe");
    expect(cleanByline("Sen. Jane Roe and Rep. John Doe")).toBe("Jane Roe and John Doe");
    expect(cleanByline("Mayor Roe")).toBe("Mayor Roe");
    expect(cleanByline("Jane Roe, University Relations")).toBe("Jane Roe");
    expect(cleanByline("Jane Roe, Communications Director")).toBe("Jane Roe");
    expect(cleanByline("Sgt. Jane Roe, 19th Public Affairs Detachment")).toBe("Jane Roe");
    expect(cleanByline("Petty Officer 2nd Class Jane Roe and Lt. John Doe")).toBe("Jane Roe and John Doe");
    // (Two writers a line each, each with a job, over the stamp.)
    const student = ["Student Government", "Harbour board votes to dredge old ferry channel", "Jane Roe, News Editor", "John Doe, Staff Writer", "February 18, 2025", lead, rest];
    expect(parseArticle(student.join("\n")).author).toBe("Jane Roe and John Doe");
    // (The publication a post appears in, under its label, is no writer.)
    const blog = ["Open in app", "", "Sign up", "", "Sign in", "", "Write", "", "Member-only story", "", "Harbour board votes to dredge old ferry channel", "", "Three years of silt, and a vote at last. The fishermen who waited still have a point.", "", "Jane Roe", "", "Follow", "", "Published in", "", "Harbour Field Notes", "", "8 min read", "", "Jun 2, 2019", "", lead, "", rest];
    expect(parseArticle(blog.join("\n")).author).toBe("Jane Roe");
    // (A section and the date over the headline date the story; the date is no section.)
    const base = ["News", "Photos", "Contact", "Search", "NEWS | Aug. 4, 2016", "Harbour board votes to dredge old ferry channel", "By Sgt. Jane Roe, 19th Public Affairs Detachment", "Facebook", "Twitter", "Email", "Print",
      "Boats wait at the silted slip on Aug. 2, 2016. (Example Army photo by Pfc. John Doe)", `PORT AVERY, Wash. -- ${lead}`, rest, "", "Date Taken: 08.02.2016", "Date Posted: 02.08.2016 14:03"];
    const a = parseArticle(base.join("\n"));
    expect([a.date, a.author, a.section]).toEqual(["2016-08-04", "Jane Roe", null]);
  });
  it("reads a date under an agency's name as the page's stamp when its update follows, not as a fact box's", () => {
    const page = ["Example Tidende", "Odense", "Byudvikling", "Harbour board votes to dredge old ferry channel", "Ny bydel skal have folkeskole og havnepark", "Ritzau", "12. mar. 2025 kl. 10.34", "Opdateret 12. mar. 2025 kl. 13.05", "Del artiklen",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over the past ten years, the chair said.", "The work will start in August and take three months."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date]).toEqual(["Harbour board votes to dredge old ferry channel", "2025-03-12"]);
  });
  it("reads a date under a newsroom's name, an update's time alone under it, and a bar of buttons run together, as the page's meta", () => {
    const page = ["Example Flash", "Cronaca", "Politica", "Sport", "Metro, stop di due ore per un guasto tra due stazioni", "Calcio, allenamento a porte aperte",
      "Home › Cronaca › Porto", "Harbour board votes to dredge old ferry channel", "Lo sciame è iniziato poco prima delle 8:30, verifiche nelle scuole della zona.",
      "Redazione", "05 giugno 2025 | 10:12", "Aggiornato alle 12:40", "Partilhar  Guardar  Comentar", HARBOUR_STORY[2], HARBOUR_STORY[4]];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.author]).toEqual(["Harbour board votes to dredge old ferry channel", "2025-06-05", null]);
    expect(isBoilerplate("Teilen Merken Drucken")).toBe(true);
    // (Two labels that head a list of links close the story: not a bar of buttons.)
    expect(isBoilerplate("Read Next")).toBe(false);
    // (Two buttons that act on the article are its bar, and no second writer under the byline; a
    // menu's two items, "Listen Live", are left to the menu's rules.)
    expect(isBoilerplate("Udostępnij  Skomentuj")).toBe(true);
    expect(isBoilerplate("Listen Live")).toBe(false);
    const pl = parseArticle(["Gdańsk zazieleni torowiska na siedmiu kilometrach tras", "", "Jane Roe", "wtorek, 9 kwietnia 2024, 07:30", "", "Udostępnij  Skomentuj", "", HARBOUR_STORY[2], "", HARBOUR_STORY[4]].join("\n"));
    expect(pl.author).toBe("Jane Roe");
  });
  it("takes no writer's job under their name for the headline, even one a headline could read as", () => {
    const page = ["Passer au contenu", "Example Voix", "Actualités Politique Économie Monde Sports Arts Se connecter", "Politique", "Harbour board votes to dredge old ferry channel",
      "Jane Roe", "Correspondant parlementaire à Québec", "2 février 2023", "Partager", HARBOUR_STORY[2], HARBOUR_STORY[4]];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Harbour board votes to dredge old ferry channel", "Jane Roe", "2023-02-02"]);
  });
  it("reads a reader view's headline of three words over its writer and reading time", () => {
    const a = parseArticle(["example.co.uk", "Jane Roe obituary", "John Doe", "5–6 minutes", "", HARBOUR_STORY[2], "", HARBOUR_STORY[4]].join("\n"));
    expect([a.title, a.author]).toEqual(["Jane Roe obituary", "John Doe"]);
  });
  it("reads the writer under a reader view's standfirst that ends on no stop", () => {
    const a = parseArticle(["portville.example.com", "Harbour board votes to dredge old ferry channel", "Readers' letters, plus why the old channel matters to the town's ferries",
      "John Doe", "7–9 minutes", "", HARBOUR_STORY[2], "", HARBOUR_STORY[4]].join("\n"));
    expect([a.title, a.author]).toEqual(["Harbour board votes to dredge old ferry channel", "John Doe"]);
  });
  it("reads a writer credited with an agency's letters under a reader view's headline, a writer's label of several words, and an agency after the writers' comma", () => {
    const S = [HARBOUR_STORY[2], "", HARBOUR_STORY[4]];
    const reader = parseArticle(["example.se", "Harbour board votes to dredge old ferry channel", "Jane Roe/TT", "3–4 minuter", "", ...S].join("\n"));
    expect([reader.title, reader.author]).toEqual(["Harbour board votes to dredge old ferry channel", "Jane Roe"]);
    const labelled = parseArticle(["Harbour board votes to dredge old ferry channel", "", "Town says the work starts in spring", "", "Author of the article: Jane Roe", "Published Jan 12, 2025  •  2 minute read", "", ...S].join("\n"));
    expect([labelled.author, labelled.date]).toEqual(["Jane Roe", "2025-01-12"]);
    expect(cleanByline("Jane Roe und John Doe, dpa")).toBe("Jane Roe und John Doe");
  });
  it("reads a writer's name over an update's time alone, and one over a photo's credit under the stamp", () => {
    const S = [HARBOUR_STORY[2], HARBOUR_STORY[4]];
    const updated = parseArticle(["Example Napoli", "Napoli Cronaca Politica Sport Cultura", "Trasporti", "Harbour board votes to dredge old ferry channel", "Jane Roe", "aggiornato alle 18:22", "2 MINUTI DI LETTURA", ...S].join("\n"));
    expect([updated.title, updated.author]).toEqual(["Harbour board votes to dredge old ferry channel", "Jane Roe"]);
    const credited = parseArticle(["Example.kz", "Алматы", "Harbour board votes to dredge old ferry channel", "Первые автобусы выйдут на линию в апреле", "05 февраля 2024 11:38", "Анна Иванова", "Фото: Example.kz / Иван Петров", ...S].join("\n"));
    expect([credited.author, credited.date]).toEqual(["Анна Иванова", "2024-02-05"]);
  });
  it("reads a writer's name with a Filipino particle over a relative time and the stamp", () => {
    const a = parseArticle(["Example Current", "News", "Opinion", "NATION", "Harbour board votes to dredge old ferry channel", "Jasmine dela Cruz", "2 hours ago", "July 18, 2023 3:05 PM", "Facebook Twitter Viber Messenger Copy link", HARBOUR_STORY[2], HARBOUR_STORY[4]].join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Harbour board votes to dredge old ferry channel", "Jasmine dela Cruz", "2023-07-18"]);
  });
  it("takes no newspaper's name for its writer: a chronicle is an outlet", () => {
    expect(cleanByline("Crónica del Bajío")).toBeNull();
  });
  it("reads a byline without a stamp under the headline, past a date strip over it", () => {
    const lead = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over the past ten years, the chair said.";
    const page = ["Example Science", "Home › Earth › Environment", "", "March 4, 2024", "", "Harbour board votes to dredge old ferry channel", "", "by Jane Roe, Frontier Science Daily", "", lead, "", "The work will start in August and take three months."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Harbour board votes to dredge old ferry channel", "Jane Roe", "2024-03-04"]);
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
  });
  it("takes every writer named a line each under the stamp, each over their outlet, but no widget's label", () => {
    const top = ["Harbour board votes to dredge old ferry channel", "Updated on March 4, 2021", "Jane Roe", "Example News", "John Doe", "Example News"];
    expect(parseArticle([...top, "", ...story].join("\n")).author).toBe("Jane Roe and John Doe");
    const widget = ["Harbour board votes to dredge old ferry channel", "Updated on March 4, 2021", "Jane Roe", "Example News", "Trending Now", "Example News"];
    expect(parseArticle([...widget, "", ...story].join("\n")).author).toBe("Jane Roe");
  });
  it("takes the writer from an aggregator's 'Jane Roe writes:' over the piece, and drops that line", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "The board's plan looks to shift the cost onto the town.", "", "Jane Roe writes:", "", ...story].join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.body).not.toContain("writes:");
  });
  it("takes two initials and a surname for a writer, but not a channel or a place's desk", () => {
    const byline = (line: string) => parseArticle(["Harbour board votes to dredge old ferry channel", "", line, "", ...story].join("\n")).author;
    expect(byline("This article was written by JD Roe and originally published at Example News.")).toBe("JD Roe");
    expect(byline("By JD Roe")).toBe("JD Roe");
    expect(byline("By RT America")).toBeNull();
    expect(byline("By CBC Calgary")).toBeNull();
    expect(byline("By NY Post")).toBeNull();
  });
  it("ends the story before a promotion addressed to the reader that closes on a click, not before a last quotation", () => {
    const promo = "With harbour fees rising, thousands of savers are moving their pensions into boats. Now, thanks to a little-known rule, you can too. Learn how with a free kit from Example Marine. Click here to get your free kit.";
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", ...story, "", promo].join("\n")).body;
    expect(b).not.toContain("Learn how with a free kit");
    expect(b).toContain("the board's chair said after the vote");
    const quoted = "\"You will see boats back by October, and your ferry will run again before the first snow comes to the harbour,\" the chair told a meeting of the town's boat owners on Thursday. Click here to read the board's full report.";
    expect(parseArticle(["Harbour board votes to dredge old ferry channel", "", ...story, "", quoted].join("\n")).body).toContain("boats back by October");
  });
});

describe("a last paragraph pointing the reader to more of the site", () => {
  it("goes when it closes on a click: \"To learn more about …, click below.\"", () => {
    expect(harbourWith("In any event, knowledge is the key to a good catch. To learn more about the channel and how it affects the ferry, click below.").endsWith("were glad the wait was over.")).toBe(true);
  });
  staysUnderTheStory("but not a story's sentence about learning more", "To learn more about the silt, the board will send divers down in the spring, its chair said.");
});

describe("a site's masthead over a repeated headline", () => {
  const story = DREDGE_STORY;
  it("starts the story under a repeated headline when only a site's name and motto stand over it", () => {
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", "news", "", "Port Avery Example ©", "", "people first news ®", "", "Harbour board votes to dredge old ferry channel", "", ...story].join("\n")).body;
    expect(b).toMatch(/^The harbour board approved/);
    const kept = parseArticle(["Harbour board votes to dredge old ferry channel", "", "The board met on Thursday.", "", "Harbour board votes to dredge old ferry channel", "", ...story].join("\n")).body;
    expect(kept).toMatch(/^The board met on Thursday\./);
  });
});

describe("a blog's date header over its post's title", () => {
  const story = DREDGE_STORY;
  it("takes the title under the date, not the blog's motto above it", () => {
    const a = parseArticle(["Harbour Notes", "Stories and old photographs from a town by the sea", "Sunday, 8 August 2021", "Dredging the Old Channel: Two Years of Debate", ...story].join("\n"));
    expect(a.title).toBe("Dredging the Old Channel: Two Years of Debate");
    expect(a.date).toBe("2021-08-08");
  });
  it("keeps a headline's length on the page's first line over the date: the line under the date is a kicker", () => {
    const a = parseArticle(["Dredging the old channel: board votes for the work after two years of debate on the quay", "08/08/2021 17:48", "HARBOUR BOARD – Special meeting – Vote 5-2", ...story].join("\n"));
    expect(a.title).toBe("Dredging the old channel: board votes for the work after two years of debate on the quay");
    expect(a.date).toBe("2021-08-08");
  });
  it("keeps the headline above a release's date when the line under the date files the story: 'Sectors: … | Regions: …'", () => {
    const a = parseArticle(["Example Workers' Union", "Join us", "News", "Contact", "Home > News > Press releases", "", "Press releases", "", "Harbour ferry crews vote for strike action over pay offer", "", "Press release | 27 February 2025", "Sectors: Ferries | Regions: South West", "", ...story].join("\n"));
    expect(a.title).toBe("Harbour ferry crews vote for strike action over pay offer");
    expect(a.date).toBe("2025-02-27");
  });
  it("keeps the headline above the date when the line under it restates it", () => {
    const a = parseArticle(["Harbour Notes", "Dredging the Old Channel — Two Years of Debate", "Posted on August 8, 2021", "Dredging the Old Channel Two Years of Debate - Harbour Notes", ...story].join("\n"));
    expect(a.title).toBe("Dredging the Old Channel — Two Years of Debate");
  });
});

describe("a share panel between the headline and the byline", () => {
  it("is passed over for the headline above it", () => {
    const a = parseArticle(["Home", "News", "Coast", "Harbour board votes to dredge old ferry channel", "Published4 March", "Shareclose panel", "Share page", "Copy link", "About sharing", "Image source, Example Press",
      "By Jane Roe", "Example News, Port Avery", ...DREDGE_STORY].join("\n"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a wire story on a local site's template", () => {
  it("takes the headline over the standfirst, not a menu item run onto a 'By' nor a share button, and no author for the agency", () => {
    const lead = "PORT AVERY — The harbour board approved the dredging of the old ferry channel on Thursday, ending two years of debate over the silted approach to the town's slip.";
    const a = parseArticle(["Home", "Guided", "By", "Special Print Features", "Classifieds", "Home", "National News", "Harbour board votes to dredge old ferry channel", lead,
      "Canadian Press", "Jan 28, 2022 12:45 PM", "Jan 28, 2022 1:35 PM", "Share on Facebook", "Forward by Email", "Print", "Share via Text Message", lead, DREDGE_STORY[2]!].join("\n"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.author).toBeNull();
    expect(a.body).not.toContain("Forward by Email");
  });
});

describe("a magazine's page: menu, date, issue, headline, standfirst", () => {
  it("takes the headline under the date, not the menu's last item over it nor the standfirst", () => {
    const top = ["Facebook", "Instagram", "Twitter", "Talk series", "Support This", "Subscribe today!", "Example Magazine", "Ideas and culture", "All the harbour people",
      "Menu", "Politics", "Arts", "Health", "Environment", "Education", "Coast", "2SLGBTQ+", "Search", "June 14, 2018", "May-June 2018", "“The channel is our lifeline”",
      "Fishers have waited years for the old channel to be dredged. In Port Avery, the wait is nearly over. These are their stories", "Jane Roe", "Share", "Tweet", "Email", "Print", "I: The channel"];
    const para = (k: number) => `On the ${k}th morning of the dredging, the fishers of Port Avery came down to the slip to watch the barge at work, as they had every day since April. ` +
      "The channel had silted up over ten years, and the harbour board had argued for two of them about who would pay to clear it. Some boats had moved to other harbours for good.";
    const a = parseArticle([...top, para(1), para(2), para(3)].join("\n"));
    expect(a.title).toBe("“The channel is our lifeline”");
    expect(a.date).toBe("2018-06-14");
  });
});

describe("a blog post filed under a long list of categories, opening with its table of contents", () => {
  it("takes the first category for the section and starts the story at the sentences that introduce the list", () => {
    const para = (k: number) => `On the ${k}th morning of the dredging, the fishers of Port Avery came down to the slip to watch the barge at work, as they had every day since April. ` +
      "The channel had silted up over ten years, and the harbour board had argued for two of them about who would pay to clear it.";
    const a = parseArticle(["Home", "About", "Contact", "Harbour Histories", "The Port Avery Channel: Ten Years of Silt", "Published March 4, 2021 by Jane Roe",
      "Filed Under: Harbour Histories, Boats, Councils, Dredging, Fishing, Weather",
      "This is part of my ongoing series on harbour histories. This entry is long and is broken into the following sections:",
      "My Preamble", "The Silt", "The Vote", "The Barge", para(1), para(2), para(3)].join("\n"));
    expect(a.section).toBe("Harbour Histories");
    expect(a.body).toMatch(/^This is part of my ongoing series on harbour histories\./);
  });
});

describe("a label over the headline, under the rights line that closes the page's menus", () => {
  it("is the section", () => {
    const a = parseArticle(["Home", "News", "About Us", "Contact Us", "Privacy Policy", "Terms of Use", "© 2023 Example Media.", "Features",
      "Harbour board votes to dredge old ferry channel", "By Jane Roe", "March 4, 2021", "", ...DREDGE_STORY].join("\n"));
    expect(a.section).toBe("Features");
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
  });
});

describe("a date set as a calendar tile", () => {
  it("is read as the date, and the footer's links over it are no byline", () => {
    const top = ["Home", "Newsroom", "Contact Us", "Careers & Opportunities", "Accessibility Statement", "Privacy", "28", "May", "2023", "|", "00:47",
      "Harbour Police Investigate Break-In at the Old Pier"];
    const a = parseArticle([...top, "Harbour police are investigating a break-in at the old pier after a shed was forced open overnight, officers said on Sunday, and ask anyone who saw it to call.", "The shed held fishing gear and an outboard motor, which are missing."].join("\n"));
    expect(a.date).toBe("2023-05-28");
    expect(a.author).toBeNull();
    expect(a.title).toBe("Harbour Police Investigate Break-In at the Old Pier");
  });
});

describe("a carousel of other stories shown twice over the story", () => {
  const lead = "The harbour board approved the dredging of the old ferry channel on Thursday, ending two years of debate over the silted approach to the town's slip, and work starts in April.";
  const carousel = ["Mill town marks 100 years of its paper mill Breaking News", "Ferry fares to rise in spring Breaking News", "Council names new fire chief Breaking News", "Lighthouse reopens to visitors Breaking News"];
  it("drops both showings, and keeps a list the story gives once", () => {
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", ...carousel, "Weather", ...carousel, lead, "The work will be finished by the end of the summer, the board's chair said after the vote."].join("\n")).body;
    expect(b).not.toContain("Ferry fares to rise");
    expect(b).toContain("The harbour board approved");
    const once = parseArticle(["Harbour board votes to dredge old ferry channel", "", ...carousel, "Weather", lead].join("\n")).body;
    expect(once).toContain("Ferry fares to rise");
  });
  it("reads a text of thousands of like short lines, and a showing repeated many times, without stalling", () => {
    // Each of these took from half a minute to hours before: every pair of like lines was followed.
    for (const text of ["Home\n".repeat(20_000), "a,b,c,1,2\n".repeat(5_000), `${carousel.join("\n")}\n`.repeat(3_000)]) {
      const a = parseArticle(text);
      expect(a.title.length).toBeGreaterThan(0);
    }
    // A run of 200,000 short lines, each its own (spread into one call, it overflowed the stack).
    expect(parseArticle(Array.from({ length: 200_000 }, (_, i) => `item ${i}`).join("\n")).body).toContain("item 199999");
    const many = parseArticle(["Harbour board votes to dredge old ferry channel", "", ...carousel, ...carousel, ...carousel, lead].join("\n")).body;
    expect(many).not.toContain("Ferry fares to rise");
    expect(many).toContain("The harbour board approved");
  });
});

describe("a page title in a template, 'Headline, Section, Site'", () => {
  const body = "นายกรัฐมนตรีประกาศมาตรการใหม่ในวันจันทร์ เพื่อยุติการประท้วงที่เกิดขึ้นในหลายเมืองทั่วประเทศ ตลอดสัปดาห์ที่ผ่านมา และจะเริ่มใช้ในเดือนหน้า";
  it("gives the headline and the section in a script without spaces", () => {
    const a = parseArticle(["นายกรัฐมนตรีประกาศมาตรการใหม่เพื่อยุติการประท้วง, ต่างประเทศ, ข่าวตัวอย่าง", "", body].join("\n"));
    expect(a.title).toBe("นายกรัฐมนตรีประกาศมาตรการใหม่เพื่อยุติการประท้วง");
    expect(a.section).toBe("ต่างประเทศ");
  });
  it("drops the site's name after a dash from a headline in sentence case, but not a name the story gives again nor a part of the title", () => {
    const story = "The harbour board approved the dredging of the old ferry channel on Thursday, ending two years of debate over the silted approach to the town's slip.";
    expect(parseArticle(["Harbour board votes to dredge the old ferry channel – HarbourWire", "", story].join("\n")).title).toBe("Harbour board votes to dredge the old ferry channel");
    expect(parseArticle(["Why the harbour board had to dredge the old channel – Jane Roe", "", story, "", "Jane Roe writes about the coast."].join("\n")).title)
      .toBe("Why the harbour board had to dredge the old channel – Jane Roe");
    expect(parseArticle(["Harbour board votes to dredge the old ferry channel – Video", "", story].join("\n")).title).toBe("Harbour board votes to dredge the old ferry channel – Video");
  });
  it("reads a title tag with the site first and one separator as the page's title when the headline stands again under it", () => {
    const story = ["The harbour board approved the dredging of the old ferry channel on Thursday, ending two years of debate over the silted approach to the town's slip.", "", "Work starts in August."];
    for (const sep of ["|", "-", "–"]) {
      const page = [`Example Island Voice ${sep} Harbour board votes to dredge the old ferry channel`, "", "[IMG] Example Island Voice", "Tuesday, May 22, 2018", "",
        "Home  News  Business  Politics  Sport", "", "Business", "", "Harbour board votes to dredge the old ferry channel", "", "By Jane Roe", "22/05/2018  06:45", "", ...story];
      const a = parseArticle(page.join("\n"));
      expect([a.title, a.author, a.date]).toEqual(["Harbour board votes to dredge the old ferry channel", "Jane Roe", "2018-05-22"]);
    }
  });
  it("but an English headline keeps its commas", () => {
    const a = parseArticle(["Police arrest man after stabbing in Springfield, Ontario, Canada", "", "Police arrested a man on Monday after a stabbing outside a bakery in the town's centre left one person injured, officers said."].join("\n"));
    expect(a.title).toBe("Police arrest man after stabbing in Springfield, Ontario, Canada");
  });
});

describe("a text browser's picture marks, fact boxes, tags and related links abroad", () => {
  const paragraphs = [
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up so badly over ten years that small boats run aground at low tide.",
    "The work will start in August and take three months, and the channel will be marked with new buoys before the ferry returns to its old timetable.",
    "Residents who spoke at the meeting said the silt had also cut the harbour off from the sea at low water, and two fishing boats had moved away.",
  ];
  it("drops the caption right under an [IMG] mark, and a fact box under its heading after the story", () => {
    const page = ["Harbour board votes to dredge old ferry channel", "", "[IMG]", "Fishing boats tied up at the silted slip last season. Photo:", "FILE", "", paragraphs[0], "", paragraphs[1], "", paragraphs[2],
      "FAKTA", "The ferry channel", "Dug in 1911, 4 metres deep at low water.", "Last dredged in 1998.", "Source: Harbour board"];
    const b = parseArticle(page.join("\n")).body;
    expect(b).not.toContain("Fishing boats tied up");
    expect(b).not.toContain("Dug in 1911");
    expect(b).toContain("two fishing boats had moved away.");
    // (Under a picture's mark with a blank line after it, the story's text is the story's.)
    const plain = ["Harbour board votes to dredge old ferry channel", "", "[IMG]", "", paragraphs[0], "", paragraphs[1], "", paragraphs[2]];
    expect(parseArticle(plain.join("\n")).body).toMatch(/^The harbour board voted/);
    // (Nor is a lead set right under the mark, longer than a caption.)
    const lead = ["Harbour board votes to dredge old ferry channel", "", "[IMG]", paragraphs[0], "", paragraphs[1], "", paragraphs[2]];
    expect(parseArticle(lead.join("\n")).body).toMatch(/^The harbour board voted/);
  });
  it("drops Lithuanian tags, and related links set into the story", () => {
    const page = ["Harbour board votes to dredge old ferry channel", "", paragraphs[0], "", paragraphs[1], "",
      "Susiję straipsniai", "", "• Kaune prasideda tilto rekonstrukcija", "• Miesto autobusų parką papildys nauji autobusai", "", paragraphs[2]];
    const b = parseArticle(page.join("\n")).body;
    expect(b).not.toContain("Susiję");
    expect(b).not.toContain("autobusų");
    expect(b).toContain("two fishing boats had moved away.");
    expect(isTrailer("Žymės: Kaunas, uostas, laivai")).toBe(true);
  });
});

describe("a civic site's and a union's page", () => {
  it("drops an organisation's photo caption, a membership prompt and a 'Recent News' list", () => {
    const page = ["Council approves harbour sidewalks", "", "By Jane Roe, Public Information Officer", "",
      "Harbour Street near the slip, where the city plans to add continuous sidewalks. City of Port Avery photo.", "",
      "The city council voted 6-1 on Monday to build sidewalks along Harbour Street, a stretch residents have asked to make safer for years.", "",
      "Construction is expected to begin next spring and take about four months, the public works director said after the vote.", "",
      "Not a member yet? Harbour workers at non-union yards can talk confidentially with an organizer.", "",
      "Recent News", "Ferry fares to rise in January", "Library opens Sunday hours",
    ];
    const b = parseArticle(page.join("\n")).body;
    expect(b).toMatch(/^The city council voted/);
    expect(b).not.toContain("City of Port Avery photo");
    expect(b).not.toContain("Not a member yet");
    expect(b).not.toContain("Ferry fares");
    expect(b).toContain("the public works director said after the vote.");
  });
});

describe("a newsletter's lead story with its writer's label, \"Words: …\"", () => {
  it("keeps the headline over the labelled byline, not the mail's subject", () => {
    const mail = ["From: Example Chronicle <newsletter@chronicle.example>", "Subject: Morning Briefing: residents fight for their parking spaces", "Date: Fri, 12 Jul 2019 06:30:02 +0100", "To: reader@example.com", "",
      "EXAMPLE CHRONICLE", "Morning Briefing | Friday 12 July 2019", "", "Good morning. It's going to be a warm one today, with highs of 23C. Here's what you need to know.", "", "-".repeat(70), "",
      "TODAY'S LEAD", "", "Residents-only parking plan for harbour streets 'overrun' by holiday lets", "", "Words: Jane Roe  |  Pictures: John Doe", "",
      "Residents in the older streets of the town could get exclusive parking rights for the first time under proposals drawn up by the council after complaints from locals.", "",
      "The draft scheme covers 14 streets, where council surveys found that on some August evenings fewer than one in five parked cars belonged to a resident.", "",
      "Under the plans, residents would be able to buy a permit for £35 a year, while guests would be directed to the long-stay car parks."];
    const a = parseArticle(mail.join("\n"));
    expect([a.title, a.author]).toEqual(["Residents-only parking plan for harbour streets 'overrun' by holiday lets", "Jane Roe"]);
    expect(a.body).toMatch(/^Residents in the older streets/);
  });
});

describe("a newsletter's headline of two short sentences", () => {
  it("is the headline over its standfirst and byline, not the story's first prose", () => {
    const page = ["Harbour Notes", "Home", "Towns", "Data", "About", "Subscribe",
      "A dredging firm wants to moor below the pier. The neighbors want a hearing.",
      "The harbour board has received 212 comments on a permit that would let a dredging company park up to 60 barges off the old pier. Almost all of them are opposed.",
      "Jane Roe", "Sep 14, 2021 — 5 min read",
      "The view from the pier is the reason a lot of people come to this town, and it is the reason a lot of people who live here are now writing letters to the board.",
      "", "The public comment period closed Friday, and the board will decide in October whether to hold a hearing on the permit."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["A dredging firm wants to moor below the pier. The neighbors want a hearing.", "Jane Roe", "2021-09-14"]);
    expect(a.body).toMatch(/^The view from the pier/);
  });
});

describe("a Spanish page's top: a caption repeated with its credit after a bar, a stamp with the place first", () => {
  const lead = "La Junta del Puerto aprobó este martes el dragado del viejo canal del transbordador, que lleva diez años cubriéndose de lodo, según informó su presidenta.";
  const rest = "Las obras comenzarán en agosto y durarán tres meses, y el canal tendrá boyas nuevas antes de que vuelva el transbordador.";
  it("does not take the repeated caption for the headline", () => {
    const page = ["Inicio » Regionales", "", "La Junta del Puerto aprueba el dragado del viejo canal", "", "Por Jane Roe", "Publicado el 12 de marzo de 2019 a las 7:45 am", "",
      "Barcos amarrados en el muelle cubierto de lodo una mañana gris | Foto: John Doe", "Barcos amarrados en el muelle cubierto de lodo una mañana gris | Foto: John Doe", "", lead, "", rest];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["La Junta del Puerto aprueba el dragado del viejo canal", "Jane Roe", "2019-03-12"]);
    expect(a.body).not.toContain("Foto: John Doe");
  });
  it("reads 'Place - date - time zone' under the writer as the stamp, not as the headline", () => {
    const page = ["València", "Puerto", "La Junta del Puerto aprueba el dragado del viejo canal y retrasa la obra del muelle en el primer día",
      "Los pescadores reclaman que la obra empiece antes del verano y denuncian que el canal no se draga desde hace diez años", "Jane Roe",
      "València - 14 nov 2022 - 07:45 CET", "Actualizado: 14 nov 2022 - 10:12 CET", "Compartir en Facebook", lead, rest];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["La Junta del Puerto aprueba el dragado del viejo canal y retrasa la obra del muelle en el primer día", "Jane Roe", "2022-11-14"]);
  });
});

describe("a Serbian page's top", () => {
  it("passes over the skip link and the paper's name in capitals over its date strip", () => {
    const page = ["Прескочи на садржај", "ПРИМЕРСКЕ НОВОСТИ ДАНАС", "Субота, 3. март 2018.", "Ћирилица | Latinica", "Пријава", "Вести", "Политика", "Друштво", "Београд",
      "ГСП уводи три нове линије ка Новом Београду од понедељка", "3. 3. 2018. 13:52", "Извор: Танјуг", "Подели",
      "БЕОГРАД - Градско саобраћајно предузеће од понедељка уводи три нове аутобуске линије које ће повезати Звездару и Миријево са Новим Београдом, саопштено је из предузећа.",
      "Линије ће саобраћати од пет ујутру до поноћи, на сваких петнаест минута у шпицу."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["ГСП уводи три нове линије ка Новом Београду од понедељка", null, "2018-03-03"]);
    expect(isBoilerplate("Preskoči na sadržaj")).toBe(true);
    expect(isOutlet("Večernje Novosti")).toBe(true);
  });
});

describe("a Georgian page", () => {
  it("gives the headline, the writer after her label and the date with its Georgian month", () => {
    const page = ["მთავარ შინაარსზე გადასვლა", "", "მაგალითის ამბები", "", "მთავარი", "საზოგადოება", "პოლიტიკა", "ეკონომიკა", "", "თბილისი", "",
      "ნავსადგურის საბჭომ ძველი არხის გაწმენდა დაამტკიცა", "", "ავტორი: ნინო ბერიძე", "14 მარტი, 2024 12:40", "",
      "ნავსადგურის საბჭომ სამშაბათს დაამტკიცა ძველი საბორნე არხის გაწმენდის გეგმა, რომელიც ათი წლის განმავლობაში ლამით ამოივსო, განაცხადა საბჭოს თავმჯდომარემ.", "",
      "სამუშაოები აგვისტოში დაიწყება და სამ თვეს გაგრძელდება, ხოლო არხზე ახალი ტივტივები განთავსდება."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["ნავსადგურის საბჭომ ძველი არხის გაწმენდა დაამტკიცა", "ნინო ბერიძე", "2024-03-14"]);
    expect(a.body).toMatch(/^ნავსადგურის საბჭომ სამშაბათს/);
  });
});

describe("a writer in a script without capitals, a newsroom under a reader view's headline", () => {
  it("reads an Arabic name right under the stamp as the writer", () => {
    const page = ["الرئيسية", "اقتصاد", "", "محطة تحلية مياه البحر ترفع حصة الفلاحين رغم تراجع مخزون السدود", "", "الثلاثاء 7 مارس 2023 - 14:20", "جميلة العلوي", "",
      "أعلنت الوكالة الجهوية للماء أن محطة تحلية مياه البحر سترفع حصة الفلاحين من مياه السقي خلال الموسم الحالي رغم تراجع مخزون السدود في الجهة.", "",
      "وقال مدير الوكالة إن المحطة تنتج حاليا ما يكفي لري آلاف الهكتارات من الأراضي الزراعية."];
    expect(parseArticle(page.join("\n")).author).toBe("جميلة العلوي");
  });
  it("reads a Hebrew name right under the stamp, not share buttons, a section's label nor a two-word headline", () => {
    const story = ["העירייה ומשרד התחבורה משיקים פיילוט של שלושה חודשים לקו אוטובוס לילי שיחבר את השכונות לחופי העיר בסופי השבוע, כך נמסר היום.", "",
      "הקו יפעל בלילות שישי ושבת בין חצות לארבע לפנות בוקר, והנסיעה בו תהיה בתעריף רגיל."];
    const page = (under: string[], headline = "קו אוטובוס לילי יחבר את השכונות לחופי העיר בסופי שבוע") => ["ראשי", "חיפה", headline, "פורסם: 24.07.18, 09:12", ...under, "", ...story].join("\n");
    expect(parseArticle(page(["נועה ברק"])).author).toBe("נועה ברק");
    expect(parseArticle(page(["שתפו בפייסבוק", "שתפו בוואטסאפ"])).author).toBeNull();
    expect(parseArticle(page(["חדשות חיפה"])).author).toBeNull();
    const short = parseArticle(["ראשי", "חיפה", "סערה בכנסת", "פורסם: 24.07.18, 09:12", "", ...story].join("\n"));
    expect([short.title, short.author]).toEqual(["סערה בכנסת", null]);
  });
  it("takes no newsroom for the writer under a reader view's headline", () => {
    const page = ["example-presse.sn", "Kayar : les pêcheurs réclament un quai de débarquement et dénoncent la présence de chalutiers étrangers", "Rédaction SAP", "4–5 minutes", "",
      "Publié le : 12/10/2021 à 17:45 | Mis à jour le : 12/10/2021 à 18:02", "",
      "Kayar, 12 oct (SAP) – Les pêcheurs artisanaux de Kayar ont réclamé mardi la construction d'un quai de débarquement moderne et un renforcement de la surveillance maritime.", "",
      "Réunis sur la plage, plusieurs centaines de pêcheurs ont exposé leurs difficultés à la délégation du ministère."];
    expect(parseArticle(page.join("\n")).author).toBeNull();
  });
});

describe("a wire story's credits and stamp, and furniture in more languages", () => {
  const story = ["The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over the past ten years, the chair said.", "",
    "The work will start in August and take three months, and the channel will be marked with new buoys."];
  it("reads a stamp with its update run on and ends the story at the wire's credits, reading the writer from them", () => {
    const page = ["Harbour board votes to dredge old ferry channel", "November 6, 2025 7:42 AM GMT+1Updated 3 hours ago", "", ...story, "",
      "Reporting by Jane Roe; Writing by John Doe; Editing by Ann Lee and Tom Berg", "", "Suggested Topics:", "", "Ports", "Dredging"];
    const a = parseArticle(page.join("\n"));
    expect([a.date, a.author]).toEqual(["2025-11-06", "Jane Roe and John Doe"]);
    expect(a.body).toMatch(/marked with new buoys\.$/);
    // (Those of additional reporting are credited reporters too, without where they filed from.)
    const more = page.map((l) => (l.startsWith("Reporting by") ? "Reporting by Jane Roe; Additional reporting by Ann Poe in Kericho and Tom Berg in Eldoret; Editing by Ann Lee" : l));
    expect(parseArticle(more.join("\n")).author).toBe("Jane Roe, Ann Poe and Tom Berg");
    // (Over a byline naming fewer of them, in brackets and wrapped, and a markets page's notice under it.)
    const bylined = ["Harbour board votes to dredge old ferry channel", "", "By Jane Roe", "", "November 6, 2025 7:42 AM GMT", "", ...story, "",
      "(Reporting by Jane Roe; Writing by John Doe; Editing by", "Ann Lee and Tom Berg)", "", "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays."];
    const b = parseArticle(bylined.join("\n"));
    expect(b.author).toBe("Jane Roe and John Doe");
    expect(b.body).toMatch(/marked with new buoys\.$/);
  });
  it("knows read-also links after arrows, log-in labels, a German paywall's cut and Greek tags", () => {
    expect(isBoilerplate(">> Lire aussi : Tourisme : le port a franchi la barre des 12 millions")).toBe(true);
    // (After the arrows a headline alone is the link too, set into the story; not a mail's quotation,
    // whose every line opens so and may end no sentence.)
    const para = "Theo đó, du khách có thể mua vé qua ứng dụng du lịch của thành phố, trang web chính thức hoặc quét mã QR tại các quầy vé của khu phố cổ.";
    const vn = parseArticle(["Hội An chuyển sang vé điện tử từ tháng 7", "", para, ">> Đà Nẵng đón hơn 1,2 triệu lượt khách quốc tế trong 6 tháng đầu năm", para.replace("QR", "mã vạch")].join("\n"));
    expect(vn.body).not.toContain("Đà Nẵng đón");
    const reply = "I agree with the council on this one, and I think most of the people who use the branches would too, though the hours matter.";
    const post = parseArticle(["Re: Library hours", "", reply, "", ">> The council will meet on Tuesday to decide whether the three branches", ">> should close on Sundays", "", reply].join("\n"));
    expect(post.body).toContain("three branches");
    expect(isBoilerplate("Đăng nhập")).toBe(true);
    // (Alone: the same words open headlines, and a quotation's marker is no link's arrow.)
    expect(isBoilerplate("Đăng ký kết hôn trực tuyến từ tháng 7")).toBe(false);
    expect(isBoilerplate("> Share")).toBe(false);
    expect(isEndMarker("Sie möchten weiterlesen?")).toBe(true);
    expect(isEndMarker("Lesen Sie jetzt weiter mit Example+: Alle Artikel auf example.de und in der App.")).toBe(true);
    expect(isTrailer("Ετικέτες: ποδηλατόδρομος, Νέα Παραλία")).toBe(true);
  });
});

describe("Greek set in capitals, and advertising labels abroad", () => {
  it("reads the furniture's words without the accents capitals drop, and drops an advertising label in any language", () => {
    expect(isCommentsMarker("ΣΧΟΛΙΑ (7)")).toBe(true);
    // (Inside a character class a letter stays as it is: a range's ends must not move.)
    expect(greekCapsSource("σχόλια[ά-ώ]\\ό")).toBe("σχ[όο]λια[ά-ώ]\\ό");
    // (As the command line's bundle writes a pattern: its letters past ASCII as escapes.)
    expect(greekCapsSource("σχ\\u03ccλια")).toBe("σχ[όο]λια");
    expect(new RegExp(greekCapsSource("σχ\\u03cc\\u03bbια"), "iu").test("ΣΧΟΛΙΑ")).toBe(true);
    expect(greekCapsSource("a\\\\u03cc")).toBe("a\\\\u03cc");
    expect(isTrailer("ΕΤΙΚΕΤΕΣ: ΠΟΔΗΛΑΤΟΔΡΟΜΟΣ, ΚΑΛΑΜΑΡΙΑ")).toBe(true);
    expect(isWidgetHeading("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ")).toBe(true);
    for (const t of ["ΔΙΑΦΗΜΙΣΗ", "Anzeige", "PUBLICIDAD", "Реклама", "MAINOS", "Quảng cáo", "إعلان"]) expect(isBoilerplate(t), t).toBe(true);
    const story = ["Ο δήμος ενέκρινε τη Δευτέρα την επέκταση του ποδηλατόδρομου της παραλίας έως τα όρια της γειτονικής πόλης, ανακοίνωσε ο δήμαρχος.", "",
      "Οι εργασίες αναμένεται να ξεκινήσουν τον Ιούνιο και να ολοκληρωθούν σε δώδεκα μήνες, ενώ η κυκλοφορία των οχημάτων δεν θα επηρεαστεί.", "",
      "Σύμφωνα με τη μελέτη, ο ποδηλατόδρομος θα είναι διπλής κατεύθυνσης, πλάτους τριών μέτρων, και θα χωρίζεται από τον πεζόδρομο με ζώνη πρασίνου.", "",
      "Οι σύλλογοι ποδηλατών χαιρέτισαν την απόφαση, ζητούν όμως σύνδεση με το κέντρο της πόλης και με τα σχολεία της περιοχής."];
    const page = ["Επέκταση του ποδηλατόδρομου ως την Καλαμαριά", "12 Μαΐου 2023", "", ...story, "", "ΔΙΑΦΗΜΙΣΗ", "",
      "ΕΤΙΚΕΤΕΣ: ποδηλατόδρομος, Νέα Παραλία", "", "ΣΧΟΛΙΑ (7)", "Για να σχολιάσετε πρέπει να συνδεθείτε.", "", "Πολύ καλή απόφαση, επιτέλους!"];
    const a = parseArticle(page.join("\n"));
    expect(a.body).toMatch(/σχολεία της περιοχής\.$/);
  });
});

describe("a caption under its label abroad", () => {
  it("drops a caption set under \"Foto:\", \"Фото:\" or \"Bild:\" between paragraphs, and keeps a paragraph that only names a photo", () => {
    for (const t of ["Foto: Cuadrillas de Agua y Drenaje trabajan en la instalación de la nueva tubería sobre la avenida. / Especial",
      "Фото: рабочие укладывают новую трубу на набережной", "Bild: Der Hafen von Lindau am Montagmorgen.", "צילום: העבודות בנמל"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Foto de familia: los ministros posaron al final de la cumbre, que terminó sin un acuerdo sobre el gasoducto.")).toBe(false);
  });
});

describe("a headline over a longer standfirst", () => {
  it("takes the headline right under the stamp, not its standfirst under it, though a writer's line stands before the story", () => {
    const story = ["The city's schools will stay closed on Tuesday for a fifth day as the smog over the capital shows no sign of lifting, the emergency committee said.", "",
      "Hospitals reported a rise in admissions for breathing problems, and officials urged older residents to stay indoors until the weekend.", "",
      "The committee will meet again on Wednesday to decide whether the closures go on."];
    const page = ["Example City News", "", "Monday 19 December 2016", "", "Society › Environment", "", "Published: 19 December 2016 - 10:42", "",
      "Schools stay shut on Tuesday", "", "Air quality in the capital stays at unhealthy for all groups for the fifth day running, and the committee meets again", "",
      "Reporter: Sara Mohammadi", "", "[Print] [Send to a friend] [Share]", "", ...story];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author]).toEqual(["Schools stay shut on Tuesday", "Sara Mohammadi"]);
    expect(a.body).toMatch(/^The city's schools/);
  });
  it("takes a short headline in sentence case over a long standfirst over the byline, not as a kicker", () => {
    const story = ["Sacramento's lead lasted more than an hour. Riverside needed barely seven minutes to take it away, with two goals from the bench.", "",
      "Substitute Tala Ferreira scored in the 82nd and 89th minutes on Saturday night as Riverside came from two goals down to win 3-2 at Capitol Park."];
    const page = ["Example Soccer League | Official Site", "", "News > Match Recap", "", "MATCH RECAP", "", "Riverside rally stuns Sacramento", "",
      "Two late goals from substitute Tala Ferreira lift Riverside to a 3-2 win at Capitol Park on Saturday night", "", "By Leah Dominguez | ESL.com",
      "June 23, 2018 10:48 PM PT", "", ...story];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Riverside rally stuns Sacramento", "Leah Dominguez", "2018-06-23"]);
    // (A kicker in title case over a long headline stays the kicker.)
    const kicked = ["Example Soccer League | Official Site", "", "ESL Championship Week 12", "", "Two late goals from substitute Tala Ferreira lift Riverside to a 3-2 win at Capitol Park on Saturday night", "",
      "By Leah Dominguez | ESL.com", "June 23, 2018 10:48 PM PT", "", ...story];
    expect(parseArticle(kicked.join("\n")).title).toBe("Two late goals from substitute Tala Ferreira lift Riverside to a 3-2 win at Capitol Park on Saturday night");
  });
});

describe("an Urdu news page and a Bengali reader view", () => {
  it("reads the writer after رپورٹ, the stamp after شائع, and ends the story at the related stories' heading", () => {
    const page = ["مواد پر جائیں", "", "آوازِ نمونہ", "", "  * صفحہ اول", "  * پاکستان", "  * دنیا", "", "بندرگاہ بورڈ نے پرانی فیری نہر کی کھدائی کی منظوری دے دی", "",
      "رپورٹ: عمران شاہد", "شائع 15 نومبر 2022 08:40pm", "", "بندرگاہ کا منظر — فوٹو: آوازِ نمونہ", "",
      "کراچی: بندرگاہ بورڈ نے منگل کو پرانی فیری نہر کی کھدائی کے منصوبے کی منظوری دے دی جو گزشتہ دس برسوں میں گاد سے بھر گئی ہے، چیئرمین نے بتایا۔", "",
      "مزید پڑھیں: بندرگاہ پر نئی کرینیں نصب", "",
      "کام اگست میں شروع ہو گا اور تین مہینے جاری رہے گا، اور نہر پر نئے بوئے لگائے جائیں گے تاکہ کشتیوں کو راستہ معلوم ہو سکے۔", "",
      "متعلقہ خبریں", "", "  * بندرگاہ پر نئی کرینیں نصب", "  * ماہی گیروں کا احتجاج جاری"];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["بندرگاہ بورڈ نے پرانی فیری نہر کی کھدائی کی منظوری دے دی", "عمران شاہد", "2022-11-15"]);
    expect(a.body).not.toMatch(/مزید پڑھیں|فوٹو/);
    expect(a.body).toMatch(/راستہ معلوم ہو سکے۔$/);
  });
  it("reads a Bengali reader view's reading time in Bengali digits and its published line", () => {
    const page = ["nodi-example.com", "পদ্মার ভাঙনে বিলীন হচ্ছে তিন গ্রাম", "প্রতিনিধি, রাজবাড়ী", "৪–৫ মিনিট", "", "প্রকাশ: ১৫ সেপ্টেম্বর ২০২০, ১৮: ২২", "",
      "ভাঙনে বিলীন হচ্ছে বসতবাড়ি। গতকাল দেবগ্রাম এলাকায়। ছবি: নদীবার্তা", "",
      "গোয়ালন্দ উপজেলায় পদ্মা নদীর তীব্র ভাঙনে গত দুই সপ্তাহে অন্তত ১২০টি বসতবাড়ি নদীতে বিলীন হয়েছে, জানিয়েছেন স্থানীয় বাসিন্দারা।", "",
      "পানি উন্নয়ন বোর্ড বলেছে, ভাঙন ঠেকাতে জরুরি ভিত্তিতে জিও ব্যাগ ফেলা হচ্ছে এবং একটি প্রকল্প প্রস্তাব মন্ত্রণালয়ে পাঠানো হয়েছে।"];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date]).toEqual(["পদ্মার ভাঙনে বিলীন হচ্ছে তিন গ্রাম", "2020-09-15"]);
    expect(a.body).toMatch(/^গোয়ালন্দ উপজেলায়/);
    expect(READING_TIME.test("৪–৫ মিনিট")).toBe(true);
    expect(READING_TIME.test("๕ นาที")).toBe(true);
  });
});

describe("a Malaysian news page", () => {
  it("reads the Malay stamp labels, passes a picture's caption under [Gambar], and ends the story at its tags, share bar and comments", () => {
    const story = ["KUALA TERENGGANU: Seramai 3,126 mangsa daripada 842 keluarga dipindahkan ke 41 pusat pemindahan sementara di enam daerah setakat jam 4 petang ini.", "",
      "Katanya, jumlah itu meningkat berbanding 1,870 mangsa yang direkodkan pagi tadi, dan dijangka terus bertambah jika hujan tidak berhenti menjelang malam.", "",
      "Tinjauan di sebuah sekolah di Kuala Berang mendapati kira-kira 300 mangsa ditempatkan di dewan dan bilik darjah sekolah itu sejak awal pagi.", "",
      "Pegawai kebajikan daerah berkata bekalan makanan, tilam dan keperluan asas mencukupi untuk sekurang-kurangnya seminggu di semua pusat pemindahan.", "",
      "Orang ramai boleh menyemak senarai pusat pemindahan yang dibuka melalui portal bencana rasmi kerajaan negeri."];
    const page = ["Berita Contoh", "Utama > Terengganu", "", "Banjir: Lebih 3,000 mangsa dipindahkan di Terengganu", "", "Oleh Nurul Aina Zulkifli",
      "Disiarkan: Disember 27, 2016 @ 12:05pm", "Dikemas kini: Disember 28, 2016 @ 5:40pm", "",
      "[Gambar] ANGGOTA bomba membantu penduduk memindahkan barang di Kampung Bukit Tunggal. - Foto Ahmad Rashidi Ismail", "", ...story, "",
      "Tag: banjir, Terengganu, monsun timur laut", "", "Kongsi: Facebook  Twitter  WhatsApp  Telegram", "", "Komen", "", "Sila log masuk untuk memberi komen."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date, a.place]).toEqual(["Banjir: Lebih 3,000 mangsa dipindahkan di Terengganu", "Nurul Aina Zulkifli", "2016-12-27", "KUALA TERENGGANU"]);
    expect(a.body).toMatch(/^Seramai 3,126/);
    expect(a.body).toMatch(/kerajaan negeri\.$/);
    expect(isBoilerplate("Share: Facebook Twitter WhatsApp")).toBe(true);
    expect(isCommentsMarker("Sila log masuk untuk memberi komen.")).toBe(true);
  });
});

describe("a print page with its section path over the stamp", () => {
  it("takes the headline under the stamp, not the section path over it, and the name over the story for its writer", () => {
    const story = ["НОВОСИБИРСК, 5 марта. Строительство трамвайной линии в микрорайон Родники планируется начать летом 2020 года, сообщили во вторник в мэрии.", "",
      "Новая линия длиной 6,8 километра пройдёт от конечной остановки на улице Дачной до центра Родников, на маршруте будет девять остановок."];
    const page = ["ПРИМЕРНЫЕ ВЕСТИ", "информационное агентство", "", "Версия для печати", "[Распечатать]  [Вернуться к статье]", "", "Общество / Транспорт", "05.03.2019 11:37", "",
      "Трамвайную линию в Родниках начнут строить в 2020 году", "", "Новая ветка свяжет крупнейший жилой массив района с метро", "", "Анна Корнилова", "", ...story];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Трамвайную линию в Родниках начнут строить в 2020 году", "Анна Корнилова", "2019-03-05"]);
    // (A place over the story, which its first words name again, is no writer.)
    const placed = page.map((l) => (l === "Анна Корнилова" ? "Нижний Новгород" : l.startsWith("НОВОСИБИРСК") ? l.replace("НОВОСИБИРСК, 5 марта.", "В Нижнем Новгороде во вторник сообщили, что") : l));
    expect(parseArticle(placed.join("\n")).author).toBeNull();
    // (A writer whose name's first letters come back in the dateline is still the writer: "Марина Мартынова" over "… 5 марта.")
    expect(parseArticle(page.map((l) => (l === "Анна Корнилова" ? "Марина Мартынова" : l)).join("\n")).author).toBe("Марина Мартынова");
    // (Nor is a credit over the stamp a section's path: the headline over it is the story's, "Трамвайную
    // линию …" / "Текст / Анна Корнилова" / the date / the story.)
    const credited = ["ПРИМЕРНЫЕ ВЕСТИ", "", "Трамвайную линию в Родниках начнут строить в 2020 году", "", "Текст / Анна Корнилова", "05.03.2019 11:37", "", ...story];
    expect(parseArticle(credited.join("\n")).title).toBe("Трамвайную линию в Родниках начнут строить в 2020 году");
  });
});

describe("a print page with the site's address in its masthead", () => {
  it("reads \"Artikel vom\" as the date, the headline under it, and the name under the standfirst as the writer", () => {
    const story = ["Die Seilbahn von Beispielwil auf die Musteralp kann erneuert werden. Die Gemeindeversammlung hat am Montagabend einem Beitrag von 1,8 Millionen Franken zugestimmt, mit 150 zu 141 Stimmen.", "",
      "Die Gesamtkosten belaufen sich auf rund neun Millionen Franken. Der Rest soll über eine Kapitalerhöhung der Betreibergesellschaft finanziert werden."];
    const page = ["Musterländer Zeitung                                  www.musterlaender-zeitung.example", "Druckversion", "", "Artikel vom 14.06.2021, 18.05 Uhr", "Ressort: Region › Musterstadt", "",
      "-".repeat(60), "", "Gemeindeversammlung", "", "Beispielwil sagt knapp Ja zur neuen Seilbahn", "",
      "Mit 150 zu 141 Stimmen hat die Versammlung den Beitrag gesprochen. Das letzte Wort haben die Aktionäre.", "", "Petra Muster", "", ...story];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.author]).toEqual(["Beispielwil sagt knapp Ja zur neuen Seilbahn", "2021-06-14", "Petra Muster"]);
    expect(a.body).toMatch(/^Die Seilbahn von Beispielwil/);
    // (A site's address over a byline is passed over: the headline is the line over it.)
    const byline = ["Beispielwil sagt knapp Ja zur neuen Seilbahn", "musterlaender-zeitung.example", "von Petra Muster · 3 Min. Lesezeit", "", ...story];
    expect(parseArticle(byline.join("\n")).title).toBe("Beispielwil sagt knapp Ja zur neuen Seilbahn");
  });
});

describe("a site's search and subscribe buttons in its own language", () => {
  it("are furniture, so that the date under the menu is the page's stamp and no fact box's", () => {
    const page = ["Примерный курьер", "", "* Политика", "* Экономика", "* Спорт", "", "Подписка   Поиск", "", "Подписка", "Поиск", "", "12.04.2021, 09:15", "",
      "Суд арестовал бывшего директора завода заочно", "", "Ему вменяют растрату 1,2 млрд рублей", "",
      "Городской суд заочно арестовал бывшего директора машиностроительного завода. Его обвиняют в растрате более миллиарда рублей, сам он, по данным следствия, находится за границей.", "",
      "Уголовное дело возбуждено по заявлению конкурсного управляющего. По версии следствия, деньги были выведены через подставные компании."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date]).toEqual(["Суд арестовал бывшего директора завода заочно", "2021-04-12"]);
    expect(a.body).toMatch(/^Городской суд/);
    for (const label of ["Поиск", "Suche", "Buscar", "Zoeken", "搜索", "请输入关键词", "Abonnieren", "Inloggen"]) expect(isBoilerplate(label)).toBe(true);
  });
});

describe("a page that opens with its title tag, worded otherwise than its headline", () => {
  it("reads the headline over the byline when the masthead says the tag's site's name again", () => {
    const story = ["Workers in the harbour town of Portmere say the future of their community is on the line as regulators review whether fish farming is harming a rare species of ray.", "",
      "About 250 people work in the harbour's fish farms, most of them living in Portmere and two nearby towns, according to the industry's own figures."];
    const page = ["Coast Today - Harbour salmon: Portmere operators fear for jobs as review looms", "", "   Coast Today", "", "   Portmere   Eastport   North Coast", "",
      "   NEWS   SPORT   BUSINESS   ENVIRONMENT   OPINION", "", "   Subscribe now   Log in", "", "   Environment", "", "   Portmere fish farm workers fear for jobs as review looms", "",
      "   Jane Roe", "   February 12 2023 - 5:30pm", "", "   Share   Tweet   Email", "", ...story.map((l) => (l ? `   ${l}` : l))];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Portmere fish farm workers fear for jobs as review looms", "Jane Roe", "2023-02-12"]);
    expect(a.body).toMatch(/^Workers in the harbour town/);
    // (A document's kind in capitals under its title is no masthead: the first line is its title.)
    const order = ["Executive Order — Coordinating Efforts to Prepare for Coastal Storms", "", "EXECUTIVE ORDER", "", "By the authority vested in me as Governor, it is hereby ordered as follows:", "",
      "Section 1. Purpose. Coastal storms threaten lives and property; this order coordinates the response of the state's agencies.", "", "Section 2. Policy. Agencies shall prepare plans."];
    expect(parseArticle(order.join("\n")).title).toBe("Executive Order — Coordinating Efforts to Prepare for Coastal Storms");
  });
});

describe("a cookie banner's buttons and a site's name in the archive's other languages", () => {
  it("are furniture and the outlet, so that the headline and writer under the menus are the story's", () => {
    const page = ["Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία. Συνεχίζοντας την περιήγηση, συμφωνείτε με την Πολιτική Cookies.", "ΑΠΟΔΟΧΗ   ΡΥΘΜΙΣΕΙΣ",
      "Παράδειγμα Ενημέρωση", "Τρίτη, 10 Μαΐου 2016", "ΑΡΧΙΚΗ", "ΚΡΗΤΗ", "ΕΛΛΑΔΑ", "ΠΟΛΙΤΙΚΗ", "ΟΙΚΟΝΟΜΙΑ", "Αρχική › Κρήτη › Χανιά",
      "Χωρίς νερό οι κτηνοτρόφοι των ορεινών χωριών", "Η ανομβρία του χειμώνα άφησε άδειες τις στέρνες – Ζητούν έκτακτη ενίσχυση", "Μαρία Παπαδάκη", "10/05/2016 - 09:15", "Κοινοποίηση", "Facebook",
      "Σε δύσκολη θέση βρίσκονται δεκάδες κτηνοτρόφοι στα ορεινά χωριά, καθώς ο φετινός χειμώνας ήταν από τους πιο ξηρούς των τελευταίων ετών και οι στέρνες έχουν ήδη αδειάσει.", "",
      "Οι κτηνοτρόφοι αναγκάζονται να μεταφέρουν νερό με βυτία από τα παράλια, πληρώνοντας από την τσέπη τους το κόστος των μεταφορών."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Χωρίς νερό οι κτηνοτρόφοι των ορεινών χωριών", "Μαρία Παπαδάκη", "2016-05-10"]);
    for (const label of ["ΑΠΟΔΟΧΗ", "Ρυθμίσεις", "Alle ablehnen", "Paramètres", "Inställningar"]) expect(isBoilerplate(label)).toBe(true);
    for (const outlet of ["Παράδειγμα Ενημέρωση", "Példa Hírek", "Exempel Nyheter", "Przykład Wiadomości"]) expect(isOutlet(outlet)).toBe(true);
  });
});

describe("a correspondent's \"From NAME, Place\" in the stamp's line", () => {
  it("is the writer, so the headline is the line over the stamp and not a ticker's further up", () => {
    const page = ["The Example Clarion", "", "Wednesday, November 18, 2020", "", "  • Home", "  • News", "  • Politics", "  • Business", "",
      "BREAKING: Ministry releases guidelines for reopening of tertiary institutions", "", "Home » News » South East", "",
      "Traders reject relocation of spare parts market", "", "November 18, 2020 | From Jane Roe, Onitsha | 5 Comments", "",
      "Hundreds of traders at the spare parts market on Tuesday protested the planned relocation of the market to a new site along the expressway, saying the move would ruin their businesses.", "",
      "The traders, who marched to the local government secretariat with placards, said they were not consulted before the decision was taken."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Traders reject relocation of spare parts market", "Jane Roe", "2020-11-18"]);
    // (Not a place's name after "From": "From Hong Kong, Kowloon" names no writer.)
    expect(parseArticle(page.map((l) => l.replace("From Jane Roe, Onitsha", "From Port Harcourt, Rivers")).join("\n")).author).toBeNull();
  });
});

describe("a ticker's headlines running on into the story's own over its byline", () => {
  it("takes the last, far longer line for the headline, and a caption credited \"PIC:\" for a caption", () => {
    const page = ["The Example Monitor", "Friday, 27 May 2016", "NEWS", "BUSINESS", "SPORT", "OPINION", "Latest:", "Zebras hold Lesotho in friendly", "Youth wing elects new leadership", "Pula firms against rand",
      "Households go a week without water as pipeline repairs drag on", "By Jane Roe Staff Writer | Friday, 27 May 2016", "Category: National", "Hits: 1482",
      "Residents queue to fill containers from a water bowser in the village on Wednesday PIC: JOHN DOE",
      "Residents of several wards have been without running water for more than a week, as repairs to a burst section of the pipeline take longer than expected.",
      "The water utility says the damaged section of the pipeline should be repaired by the end of next week, and it has deployed 22 bowsers in the meantime."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Households go a week without water as pipeline repairs drag on", "Jane Roe", "2016-05-27"]);
    expect(a.body).toMatch(/^Residents of several wards/);
    expect(isCaption("Residents queue at a bowser on Wednesday. Pic: Jane Roe")).toBe(true);
    // (A list of other stories of like length over the byline stays a list: the headline is over it.)
    const related = ["Households go without water as repairs drag on", "", "Repairs to the pipeline are taking longer than expected, the utility says.", "", "Related stories", "Dam levels still critical, says utility", "Residents petition council over spills", "", "By Jane Roe", "May 27, 2016", "",
      "Residents of several wards have been without running water for more than a week, as repairs to a burst section of the pipeline take longer than expected.", "", "The utility has deployed 22 bowsers in the meantime, its spokesperson said on Friday."];
    expect(parseArticle(related.join("\n")).title).toBe("Households go without water as repairs drag on");
  });
});

describe("a writer's job and newsroom on one line, parted by dots, between the byline and the date", () => {
  it("stays in the byline's cluster, so the date under it is the story's", () => {
    const page = ["   [1]Example Gazette", "", "   [2]Home | [3]Local News | [4]Sport", "", "Council wants stricter limits on forestry slash", "",
      "   By [5]Jane Roe", "   Local Democracy Reporter·Example Gazette·", "   12 Apr, 2024 05:00 AM", "   4 mins to read", "",
      "   The district council wants the Government to go further than its proposed national rules on forestry slash, saying the changes would leave communities exposed.", "",
      "   Debris flows wrecked bridges and homes during last year's cyclone, and the council says the new rules would not have prevented them."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Council wants stricter limits on forestry slash", "Jane Roe", "2024-04-12"]);
  });
});

describe("a note of who funds the reporting", () => {
  it("is no part of the story", () => {
    for (const note of ["LDR is local body journalism co-funded by RNZ and NZ On Air.", "This story was produced with support from the Example Foundation.",
      "This article is part of our climate desk, funded by a grant from the Example Trust."]) expect(isBoilerplate(note)).toBe(true);
    // (A story's own sentence about funding stands.)
    expect(isBoilerplate("The project is funded by the regional council and two local trusts.")).toBe(false);
  });
});

describe("a Japanese page hard-wrapped by a terminal browser, with a wire's dateline and its page's bottom", () => {
  const para = (s: string) => { const out: string[] = []; let cur = ""; for (const ch of s) { const w = cur.length + [...cur].filter((c) => c > "\u2e80").length; if (w + 2 > 60) { out.push(cur); cur = ""; } cur += ch; } out.push(cur); return out; };
  const p1 = "【函館共同】函館市は18日、今冬の記録的な大雪で除雪費が当初予算を大きく上回る見通しとなったため、約30億円を追加する補正予算案を発表した。追加額としては過去最大規模で、今年度の除雪費の総額は約150億円に達する見込みだ。";
  const p2 = "市によると、函館の累積降雪量は17日までに平年の1.5倍に達した。幹線道路に加えて生活道路の排雪が追いつかず、市民からの問い合わせが今月だけで2千件以上寄せられた。市の担当者は対応を急ぐ考えを示した。";
  const p3 = "函館地方気象台によると、今週後半も冬型の気圧配置が強まる見込みで、市は引き続き不要不急の外出を控え、車の運転には十分注意するよう呼びかけている。除雪作業は夜通し続く見通しだ。";
  it("joins the wrapped lines, reads the place without the wire, and ends the story before its keywords and lists", () => {
    const page = ["北海道ニュースサンプル", "", "トップ | 道内 | 函館 | 政治 | 経済", "", "トップ > 函館 > 記事", "", "函館市、除雪費を過去最大規模の追加補正", "", "2025年2月18日 17:30", "",
      ...para(p1), "", "【関連記事】大雪で函館の路線バス、一部運休続く", "", ...para(p2), "", ...para(p3), "", "（共同通信）", "", "関連キーワード：函館市 / 大雪 / 除雪", "",
      "■ この記事を読んだ人はこんな記事も読んでいます", "  • 道内の灯油価格、3週連続で値上がり", "", "■ アクセスランキング", "  1. 屋根からの落雪で70代男性けが"];
    expect(page.filter((l) => l.length >= 28).length).toBeGreaterThanOrEqual(8);
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.place]).toEqual(["函館市、除雪費を過去最大規模の追加補正", "2025-02-18", "函館"]);
    expect(a.body.split("\n\n")).toEqual([p1.replace("【函館共同】", ""), p2, p3]);
    expect(readDateline("【ワシントン時事】米政府は、新たな制裁を発表した。")).toMatchObject({ place: "ワシントン", agency: "時事" });
    expect(isBoilerplate("【関連記事】大雪で函館の路線バス、一部運休続く")).toBe(true);
    expect(isWidgetHeading("■ アクセスランキング")).toBe(true);
    expect(isMenuLine("トップ | 道内 | 函館 | 政治 | 経済")).toBe(true);
    // (A Vietnamese trail from its root: the section's path, no headline.)
    expect(parseArticle(["Trang chủ > Xã hội > Đô thị", "", "Chi 120 tỷ đồng nạo vét, cải tạo sông", "", "Thứ Tư, 09/07/2014 - 15:20", "",
      "UBND thành phố vừa phê duyệt dự án nạo vét, cải tạo môi trường sông với tổng mức đầu tư 120 tỷ đồng, theo thông báo của thành phố.", "", "Dự án dự kiến hoàn thành trong năm 2016."].join("\n")).title).toBe("Chi 120 tỷ đồng nạo vét, cải tạo sông");
  });
});

describe("a nonprofit network's note and the writers' notes under a byline in capitals", () => {
  it("ends the story before them", () => {
    const story = ["A legislative panel studying the state's water future spent most of Tuesday debating whether a ban on decorative grass should become a statewide rule, as the lake's forecast worsened again.",
      "", "The committee took no vote Tuesday. It has until the end of August to send recommended bill drafts to the legislative counsel, its chair said after the meeting.",
      "", "Environmental groups urged lawmakers to go further, saying the state should also look at golf courses and new subdivisions before asking ranchers to tear out their grass."];
    const page = ["Example Current", "Lawmakers weigh limits on new decorative turf as lake forecast worsens", "", "BY: JANE ROE AND JOHN DOE - NOVEMBER 8, 2023 4:12 PM", "", ...story, "",
      "SUBSCRIBE: GET THE MORNING HEADLINES DELIVERED TO YOUR INBOX", "",
      "Example Current is part of Example Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. Contact Editor Ann Poe for questions: info@current.example.", "",
      "Jane Roe covers water, energy and the environment for the Example Current. John Doe covers the Legislature and state government."];
    const a = parseArticle(page.join("\n"));
    expect(a.body).toBe(story.join("\n"));
  });
});

describe("the session's rules do not take a story's own lines (a review's cases, 2026-12-07)", () => {
  const long = "The county board voted on Tuesday to fund three projects from this year's budget surplus, after a public hearing at which residents spoke for more than two hours about roads and the library.";
  const story = (...rest: string[]) => parseArticle(["County board approves budget", "By Jane Roe", "March 3, 2025", "", long, "", long.replace("three", "four"), "", ...rest, ""].join("\n"));
  it("keep a list, fields, a poem's lines and sub-headings under the story's paragraphs", () => {
    expect(story("The budget funds three main projects.", "", "• A new fire station on Elm Street", "• Longer library opening hours", "• Resurfacing of Main Street", "", "Work on the fire station is expected to begin in July.").body).toContain("Resurfacing of Main Street");
    expect(story("Rovers: Smith, Jones, Brown", "", "United: Green, White, Black", "", "Referee: Tom Grey", "", "Attendance was 8,661.").body).toContain("Referee: Tom Grey");
    expect(story("Roe closed the meeting with a short poem.", "", "The river runs", "", "The town still stands", "", "We build again", "", "The meeting adjourned shortly after 10 p.m.").body).toContain("We build again");
  });
  it("keep a draw's numbers and years, which are no telephone numbers", () => {
    expect(story("The winning numbers were drawn as follows.", "", "04 12 19 33 41 (07)").body).toContain("04 12 19 33 41");
  });
  it("keep a sentence about an artist's impressions, and a station's own story about its members", () => {
    const drawing = "Artist's impressions of the bridge show a cable-stayed design with a separate lane for cyclists and pedestrians, and council leader Jane Roe called it a landmark.";
    expect(story(drawing, "", long.replace("Tuesday", "Wednesday")).body).toContain("cable-stayed design");
    const station = "KXMP is listener-supported community radio, and its members have backed the station through two earlier funding crises.";
    expect(story(station).body).toContain("two earlier funding crises");
  });
  it("keep a box of the story's facts under 'Más información'", () => {
    const es = "El Ayuntamiento ha presentado este lunes la programación del festival de primavera, que se celebrará durante el mes de abril en distintos espacios de la ciudad con más de cuarenta actividades.";
    const a = parseArticle(["Murcia presenta su festival de primavera", "Por Ana López", "3 de marzo de 2025", "", es, "", es.replace("lunes", "martes"), "", "Más información", "", "Fechas: del 1 al 30 de abril", "", "Lugar: Teatro Romea", "", "Precio: gratuito", "", es.replace("cuarenta", "cincuenta"), ""].join("\n"));
    expect(a.body).toContain("Fechas: del 1 al 30 de abril");
  });
  it("read no writer in a place's, a date label's or a note's words, and no headline in a sender's name", () => {
    expect(story("SAN DIEGO", "", "Weather alerts").author).toBe("Jane Roe");
    expect(parseArticle(["County board approves budget", "March 3, 2025", "", long, "", long.replace("three", "four"), "", "SAN DIEGO", "", "Share", ""].join("\n")).author).toBeNull();
    const jp = "東京都は１２日、新しい防災計画を発表した。大地震に備えて、避難所の数を増やすことなどが柱となっている。";
    expect(parseArticle(["東京都、新しい防災計画を発表", "公開日2025年3月12日", "", jp, "", jp, ""].join("\n")).author).toBeNull();
    expect(parseArticle(["東京都、新しい防災計画を発表", "2025年3月12日", "", jp, "", jp, "", "（敬称略）", ""].join("\n")).author).toBeNull();
    expect(isPersonName("Ville Virtanen")).toBe(true);
    const release = parseArticle(["City of Springfield", "FOR IMMEDIATE RELEASE", "2025-71", "SPRINGFIELD, Ill., March 3, 2025 — The city council approved a new budget on Monday that funds three projects from this year's surplus, after a two-hour hearing.", "", long, ""].join("\n"));
    expect(release.title).not.toBe("City of Springfield");
  });
  it("take a blog's post title under its date, under a long blog name on the first line", () => {
    const a = parseArticle(["Notes From a Small Garden in the Middle of the City", "March 3, 2025", "Tomatoes go in early", long, "", long.replace("three", "four"), ""].join("\n"));
    expect(a.title).toBe("Tomatoes go in early");
  });
  it("keep a reporter's contact line out of the story", () => {
    expect(story("Contact reporter Jane Roe at jroe@example.com or 555-302-7100 with news about the county budget and the board.").body).not.toContain("Contact reporter");
  });
});

describe("a Chinese page's credit line under the story: its source and its writer", () => {
  it("names the writer after '作者：', not the photographer of a caption", () => {
    const long = "上午十一点不到，位于东湖区梅园社区的长者食堂里已经坐满了前来就餐的老人，工作人员正在忙着分装饭菜，整个食堂里热气腾腾。";
    const a = parseArticle(["社区长者食堂开张 老人家门口吃上热乎饭", "2025-03-06 15:21", "", long, "", "食堂的厨房里，工作人员正在分装饭菜。 记者 李明 摄", "", long.replace("十一点", "十点"), "", "本文来源：江城晚报　作者：王磊", "", "相关新闻", "多地推广社区长者食堂", ""].join("\n"));
    expect(a.author).toBe("王磊");
    // (The credit lines end the story: what the page sets under them, its recommendations and its
    // readers' comments, is no part of it.)
    const b = parseArticle(["社区长者食堂开张 老人家门口吃上热乎饭", "2025-03-06 15:21", "", long, "", long.replace("十一点", "十点"), "", "本文来源：江城晚报　作者：王磊", "责任编辑：刘婷", "", "相关推荐", "多地推广社区长者食堂 养老服务向家门口延伸", "老旧小区加装电梯，这个城市一年装了1200部", "", "热门跟贴", "网友“江城老李”：这个好，希望我们小区也有", ""].join("\n"));
    expect(b.body).not.toContain("多地推广");
    expect(b.body).not.toContain("江城老李");
    expect(b.body).not.toContain("责任编辑");
  });
});

describe("an organisation's own news closing on what its public can do", () => {
  const story = [
    "Red Line trains will not run between Civic Center and Harbour Point stations on the weekend of June 14-15 while crews replace worn rail on the harbour bridge.",
    "Free shuttle buses will replace trains between the closed stations, leaving every ten minutes from the bus bays outside each station during the closure.",
    "The remaining closures on the harbour bridge are scheduled for July 12-13 and August 9-10, and the first, on May 17-18, was completed on schedule.",
  ];
  const page = (last: string) => parseArticle(["Red Line closure on the harbour bridge this weekend", "June 9, 2025", "", ...story.flatMap((t) => [t, ""]), last, "", "Sign up for Service Alerts", "Subscribe", ""].join("\n")).body;
  it("keeps a closing line for riders that speaks of the story's matter", () => {
    const riders = "For real-time updates during the closure, riders on the harbour bridge can follow @ExampleAlerts or call Customer Service at 510-555-0110, 6 a.m. to 9 p.m. daily.";
    expect(page(riders).endsWith("6 a.m. to 9 p.m. daily.")).toBe(true);
  });
  it("drops the alerts sign-up box under that line", () => {
    const riders = "For real-time updates during the closure, riders on the harbour bridge can follow @ExampleAlerts or call Customer Service at 510-555-0110, 6 a.m. to 9 p.m. daily.";
    const body = parseArticle(["Red Line closure on the harbour bridge this weekend", "June 9, 2025", "", ...story.flatMap((t) => [t, ""]), riders, "Sign up for Service Alerts", "Get text or email alerts for the routes you ride.", "Subscribe", "", "Share", "Facebook", ""].join("\n")).body;
    expect(body).not.toContain("routes you ride");
    expect(body.endsWith("6 a.m. to 9 p.m. daily.")).toBe(true);
  });
  it("drops a call to comment, to sign up or to give, however it names the story's matter", () => {
    for (const last of ["Have you been caught out by a closure on the harbour bridge? Share your thoughts in the comments below.", "Your donation helps us cover the harbour bridge closures and every story on the Red Line. Donate today at example.org."]) {
      expect(page(last).endsWith("completed on schedule."), last).toBe(true);
    }
  });
});

describe("a writer's name alone under the story's last paragraph, the share buttons under it", () => {
  const vi = "Thống kê của thành phố cho thấy, từ đầu năm đến nay trên địa bàn đã xảy ra 17 vụ sạt lở bờ sông, làm hư hỏng nhiều nhà dân và tuyến đường giao thông nông thôn.";
  const page = (sig: string) => parseArticle(["Sạt lở bờ sông Sài Gòn đe dọa hàng chục hộ dân", "Thứ hai, 9/6/2025 18:30", "", vi, vi.replace("17", "18"), vi.replace("17", "19"), sig, "", "Chia sẻ", "Facebook", "Zalo", ""].join("\n"));
  it("names the writer in capitals as printed, and is no part of the story", () => {
    const a = page("MINH TÂM");
    expect(a.author).toBe("MINH TÂM");
    expect(a.body.endsWith("giao thông nông thôn.")).toBe(true);
    // (Not an outlet or a job there, nor a name in small letters, as a business's or a place's reads.)
    for (const sig of ["BÁO TUỔI TRẺ", "STAFF REPORTER", "Granite Ridge Resort"]) expect(page(sig).author, sig).toBeNull();
  });
});

describe("a newsroom or a department named in the byline, and a Turkish newsroom's dateline", () => {
  const long = "The city's parks department said on Thursday that the outdoor pools will open two weeks early this summer, after a mild spring let crews finish repairs ahead of schedule.";
  const page = (byline: string) => parseArticle(["Outdoor pools to open two weeks early", byline, "", long, "", long.replace("Thursday", "Friday"), ""].join("\n"));
  it("names no writer in a newsroom's or a department's name", () => {
    expect(page("Por: Redacción Caldas | Publicado el 10 de abril de 2025 - 07:45 a. m.").author).toBeNull();
    expect(page("Posted by Parks, Recreation and Culture on June 19, 2025 · 3 min read").author).toBeNull();
    expect(page("Posted by Jane Roe, John Doe and Mary Major on June 19, 2025").author).toBe("Jane Roe, John Doe and Mary Major");
  });
  it("reads the place before a newsroom's name in brackets: 'ANKARA (Gündem Haber) -'", () => {
    expect(readDateline("ANKARA (Gündem Haber) - Merkez Bankası politika faizini değiştirmedi.")).toMatchObject({ place: "ANKARA", agency: "Gündem Haber" });
  });
});

describe("a lead picture's alternative text right over its caption", () => {
  it("goes with the caption, the story's long first paragraph under them", () => {
    const long = "For the first time in the program's eight-year history, the robotics team has qualified for the state championship, after finishing second out of 38 teams at the regional tournament last weekend.";
    const text = ["Students on the Example High School robotics team work on their robot in the school's engineering lab.", "Photo: Members of Team 7742 \"Gearhounds\" make adjustments before the regional final. (Courtesy of Example High School)", "", long, "", long.replace("second", "third"), "", long.replace("second", "fourth")];
    const ls = toLines(text.join("\n"));
    const paragraphs = [0, 3, 5, 7].map((i) => ({ n: ls[i]!.n, text: text[i]! }));
    expect(dropLeadCaption(paragraphs, ls).map((q) => q.text)).toEqual([text[3], text[5], text[7]]);
    // (A short first paragraph with a blank line under it, the caption further down, stays.)
    const apart = ["Students on the robotics team built their robot in six weeks.", "", long, "", text[1]!, "", long.replace("second", "third"), "", long.replace("second", "fourth")];
    const ls2 = toLines(apart.join("\n"));
    const kept = [0, 2, 6, 8].map((i) => ({ n: ls2[i]!.n, text: apart[i]! }));
    expect(dropLeadCaption(kept, ls2)[0]!.text).toBe(apart[0]);
  });
});

describe("an artist's impression over the story, its alternative text over it", () => {
  it("is the picture's caption, not the story's first paragraph", () => {
    expect(isCaption("Artist's impression of the separated bike lane on Esplanade Road, looking south.")).toBe(true);
    expect(isCaption("An artist's rendering of the new library from the harbour")).toBe(true);
    // (A Japanese paper's caption with its mark first, and one with its credit first in brackets.)
    expect(isCaption("(写真)クレーンでつり上げられる回向柱=30日午前、長野市")).toBe(true);
    expect(isCaption("(Foto Ti-Press/Jane Roe) Un treno all'uscita della galleria di base del Ceneri.")).toBe(true);
    expect(isCaption("(Foto) Il treno è partito in orario, ha detto il portavoce, e poi si è fermato. Poi è ripartito.")).toBe(false);
    // (Not a sentence of the story that says what the drawings show.)
    expect(isCaption("Artist's impressions of the bridge show a cable-stayed design with a lane for cyclists")).toBe(false);
    expect(isCaption("Artist's impression of the town, she said, was of a place that had lost its harbour.")).toBe(false);
    const long = "Council has endorsed a $14.6 million plan to build 6.2 kilometres of separated bike lanes connecting the city centre with the northern suburbs, with work to start next year.";
    const a = parseArticle(["Separated bike lanes for Esplanade Road", "Published on 19 March 2025", "", "Artist's impression of the protected bike lane on Esplanade Road", "Artist's impression of the separated bike lane on Esplanade Road, looking south towards Shelly Point.", "", long, "", long.replace("next year", "in July"), ""].join("\n"));
    expect(a.body.startsWith("Council has endorsed")).toBe(true);
  });
});

describe("a writer after a word for the piece: 'Story by' in a stamp, the French 'Article rédigé par'", () => {
  it("names the writer, without the job or the outlet after the name", () => {
    expect(readStamp("Apr 8, 2025 | Story by Jane Roe, District Communications")).toMatchObject({ published: "2025-04-08", authors: ["Jane Roe"] });
    // (Or "By" and the name run onto the date, and the reading time onto the year.)
    expect(readStamp("By Jane Roe7 May 20255 min read")).toMatchObject({ published: "2025-05-07", authors: ["Jane Roe"] });
    const long = "Lancé en 2021 avec quatre praticiens, le centre départemental de santé emploie désormais une trentaine de médecins salariés, répartis dans huit antennes du département.";
    const a = parseArticle(["Déserts médicaux", "Déserts médicaux : le département salarie désormais 30 médecins pour faire face à la pénurie", "Lancé en 2021, le centre de santé emploie une trentaine de médecins.", "", "Article rédigé par Jane Roe - Example Info", "Radio publique", "Publié le 03/04/2025 07:12", "", long, "", long.replace("huit", "neuf"), ""].join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2025-04-03");
  });
});

describe("a Polish regional portal: the town over a two-sentence headline, the writer over times said relative to the reading", () => {
  it("takes the headline, not the town over it, and names the writer", () => {
    const long = "Remont mostu Staromiejskiego nie zakończy się w czerwcu, jak zapowiadano, bo wykonawca poinformował miasto, że prace potrwają co najmniej do października.";
    const page = ["Lubuskie24.pl", "Wiadomości", "Gorzów Wlkp.", "Zielona Góra", "Nowa Sól", "Sport", "Motoryzacja", "Pogoda", "Gorzów 12°C", "", "Zaloguj się", "", "Wiadomości", "Gorzów Wlkp.", "",
      "Remont mostu Staromiejskiego w Gorzowie opóźniony. Kierowcy postoją w korkach co najmniej do jesieni", "", "Jan Kowalski", "3 godz. temu", "Aktualizacja: 1 godz. temu", "", "Udostępnij", "Komentarze (23)", "",
      long, long.replace("czerwcu", "lipcu"), long.replace("października", "listopada"), ""];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("Remont mostu Staromiejskiego w Gorzowie opóźniony. Kierowcy postoją w korkach co najmniej do jesieni");
    expect(a.author).toBe("Jan Kowalski");
    expect(a.body.startsWith("Remont mostu Staromiejskiego nie zakończy")).toBe(true);
  });
});

describe("a Spanish regional daily: its region's name under the date strip, links under 'Más información' between paragraphs", () => {
  it("reads no writer in the region's name, and drops the heading with its links", () => {
    for (const t of ["Región de Murcia", "Comunidad de Madrid", "Provincia di Torino"]) expect(isPersonName(t), t).toBe(false);
    expect(isPersonName("Lucía Ortega")).toBe(true);
    const long = "La Consejería de Educación adjudicará antes del verano las obras de un nuevo instituto en Torre Pacheco, que sustituirá a las aulas prefabricadas en las que estudian cientos de alumnos.";
    const page = ["La Voz del Segura", "Suscríbete", "Región de Murcia", "Murcia", "Cartagena", "Lorca", "Deportes", "Opinión", "Economía", "Tiempo", "Murcia 18° Nubes y claros", "Viernes, 14 de marzo de 2025", "Región de Murcia", "Educación",
      "La Comunidad construirá un nuevo instituto en Torre Pacheco", "El centro, con capacidad para 720 alumnos, costará 11,4 millones y abrirá en el curso 2027-2028", "Lucía Ortega", "Murcia", "Viernes, 14 de marzo 2025, 07:30", "Compartir",
      long, long.replace("verano", "otoño"), "Más información", "Educación retirará 40 aulas prefabricadas en la Región antes de 2027", "Las familias del Mar Menor denuncian la falta de plazas de FP", long.replace("cientos", "miles"), long.replace("Torre Pacheco", "Cartagena"), ""];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("La Comunidad construirá un nuevo instituto en Torre Pacheco");
    expect(a.author).toBe("Lucía Ortega");
    expect(a.body).not.toContain("Más información");
    expect(a.body).not.toContain("retirará 40 aulas");
    expect(a.body).toContain("estudian miles de alumnos");
  });
});

describe("a Russian regional site's writer under the label 'Текст:', the photographer's under 'Фото:'", () => {
  it("names the writer, not the photographer", () => {
    const long = "Талая вода заполнила огороды и подвалы на улице Речкуновской, и жители третий день откачивают воду насосами, которые им привезли спасатели и соседи с соседних улиц.";
    const a = parseArticle(["ГОРОД", "Паводок", "В Бердске из-за талых вод подтопило почти сорок частных домов", "Жители улицы Речкуновской третий день откачивают воду",
      "Текст: Анна Кузнецова", "Фото: Дмитрий Волков / «Новости Обь»", "14 апреля 2025, 09:15", "Поделиться", "", long, "", long.replace("третий", "четвёртый"), ""].join("\n"));
    expect(a.author).toBe("Анна Кузнецова");
    expect(a.date).toBe("2025-04-14");
  });
});

describe("a government information service's release: its initials open the first paragraph, a captioned photo closes it", () => {
  const long = "The scheme, which has a budget of Rs 25 million, will give eligible households a grant of up to Rs 10 000 towards a rainwater tank, gutters and a first-flush diverter.";
  const page = ["Skip to main content", "Republic of Example", "Government Information Service (GIS)", "Prime Minister's Office", "Home", "News", "Latest News", "Home » News » Latest News",
    "Rainwater harvesting: Rs 25 million scheme to help households in the North", "Date: May 14, 2025",
    "GIS – 14 May 2025: A new rainwater harvesting scheme to help some 2 500 households in the north cope with water shortages was launched this morning by the Minister of Energy.", "",
    long, "", long.replace("25 million", "30 million"), "",
    "Minister Roe handing over a symbolic cheque to a beneficiary at Grand Bay Village Hall", "Photo: GIS", "Share", "Facebook", "X", "Print", "Related News", "Cabinet decisions taken on 9 May 2025", "Scheduled water supply disruption in the capital", ""];
  it("reads the initials as no place, and drops the closing caption with its credit", () => {
    const a = parseArticle(page.join("\n"));
    expect(a.place).toBeNull();
    expect(a.date).toBe("2025-05-14");
    expect(a.body).not.toContain("symbolic cheque");
    expect(a.body.endsWith("first-flush diverter.")).toBe(true);
    // (A place in capitals that the page spells out as no newsroom's stays the dateline.)
    expect(parseArticle(page.join("\n").replace("Government Information Service (GIS)", "Greater Island South (GIS)")).place).toBe("GIS");
  });
});

describe("a Romanian byline on a line of its own: the small 'de' before the writer's name", () => {
  it("names the writer, not a place after 'de'", () => {
    const long = "O ursoaică cu doi pui a intrat marți dimineață în curtea unei școli din Săcele, iar elevii au fost ținuți în clase aproape două ore, până când echipele de intervenție au relocat animalele.";
    const page = (byline: string) => parseArticle(["Actualitate", "Social", "Ursoaică cu doi pui, relocată după ce a intrat în curtea unei școli din Săcele", byline, "Publicat: 12.03.2025, 14:22", "Distribuie", "", long, "", long.replace("marți", "miercuri"), ""].join("\n"));
    expect(page("de Andrei Popescu").author).toBe("Andrei Popescu");
    expect(page("de São Paulo").author).toBeNull();
  });
});

describe("a feed reader's item: the source, the writer and the item's age between slashes under the headline", () => {
  it("names the writer, and the headline over that line is taken", () => {
    const long = "The Kittiwakes, whose 1998 album became one of the best-selling folk records of its decade, will reunite to headline the festival's fortieth year on the harbour green in July.";
    const page = ["Today", "Follow Sources", "Feeds", "All", "Music", "Example Festival News 3", "Folk Radio Roundup 12", "Saved for later", "Mark all as read", "Example Festival News", "",
      "First headliners for 2025: The Kittiwakes reunite for the festival's 40th year", "Example Festival News / by Jane Roe / 2d", "Visit Website", "", long, "", long.replace("July", "August"), "", long.replace("fortieth", "forty-first"), ""];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("First headliners for 2025: The Kittiwakes reunite for the festival's 40th year");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a broadcaster's page: the stamp over the headline, a standfirst and the byline under it", () => {
  it("takes the headline under the stamp, not a weather strip's reading or the regions over it", () => {
    const long = "Die Bahnstrecke zwischen Portstadt und Emden ist seit Freitagmorgen voll gesperrt, weil Gutachter bei einer Routineprüfung schwere Schäden an der fast neunzig Jahre alten Brücke festgestellt haben.";
    const page = ["Zum Inhalt springen", "Nachrichten", "Sport", "Kultur", "Regional", "Niedersachsen", "Bremen", "Ostfriesland", "Emsland", "Oldenburger Münsterland", "Wetter in Emden: 9 °C, bewölkt", "Startseite > Niedersachsen > Regional",
      "Stand: 14.03.2025 16:42 Uhr", "Marode Brücke: Bahnstrecke zwischen Portstadt und Emden monatelang gesperrt", "Bei einer Routineprüfung haben Gutachter schwere Schäden festgestellt. Pendler müssen bis mindestens Ende August mit Ersatzbussen fahren.", "von Jane Roe",
      long, "", long.replace("Freitagmorgen", "Samstagmorgen"), "", long.replace("Gutachter", "Ingenieure"), ""];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("Marode Brücke: Bahnstrecke zwischen Portstadt und Emden monatelang gesperrt");
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2025-03-14");
  });
});

describe("a block of facts between an incident's headline and its story", () => {
  it("is passed over for the headline over it, and its date dates the story", () => {
    const long = "Four fire engines were sent to a fire in a two-storey terraced house on Elmstead Road shortly after two in the morning, and both people inside got out before the crews arrived.";
    const page = ["Example Fire and Rescue Service", "Making the county safer", "Home", "Your Safety", "Incidents", "Careers", "About Us", "News", "Contact", "Search", "Home / Incidents / Latest incidents", "Latest incidents", "Filter by district: All districts ▼",
      "House fire – Elmstead Road, Portville", "Incident date: 23/02/2025", "Time of call: 02:14", "Station(s) attending: Portville, Wenford, Tarrow Aerial Ladder Platform", "Incident type: Dwelling fire",
      long, "", long.replace("Four", "Five"), "", long.replace("Four", "Six"), ""];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("House fire – Elmstead Road, Portville");
    expect(a.date).toBe("2025-02-23");
    expect(a.body).not.toContain("Filter by district");
    expect(a.body.startsWith("Four fire engines")).toBe(true);
  });
});

describe("a writer's job under the name, between the byline and the stamp", () => {
  it("is a job, not the story's place: an office's title, or a reporter's job in one word", () => {
    for (const t of ["Group Product Manager", "Communications Officer", "Director", "Uddannelsesreporter", "Politikredaktør", "Wirtschaftskorrespondentin"]) expect(isRole(t), t).toBe(true);
    for (const t of ["Club appoints new manager", "Copenhagen", "Reporter shot dead in Mexico"]) expect(isRole(t), t).toBe(false);
    const long = "Two teachers in three say their classes concentrate better since the phones were collected at the door every morning, a new survey of 1,200 schools found this week.";
    for (const job of ["Group Product Manager", "Uddannelsesreporter"]) {
      const a = parseArticle(["Phones in a box: the school day without them", "Jane Roe", "Jane Roe", job, "Feb 27, 2025 · 6 min read", "Share", "", long, "", long.replace("Two", "Three"), ""].join("\n"));
      expect(a.place, job).toBeNull();
      expect(a.author, job).toBe("Jane Roe");
    }
  });
});

describe("a regulator's press release with its headline over its status and its number under it", () => {
  it("reads the headline over the status, not the agency's name the first paragraph names again", () => {
    const page = ["An official website of the Example government", "Example Markets Authority", "Skip to main content", "About", "Enforcement", "Newsroom", "Contact", "", "Press Release",
      "EMA Charges Harbour Adviser With Hiding $31 Million in Losses From Pension Clients", "FOR IMMEDIATE RELEASE", "2025-71",
      "Portville, May 20, 2025 — The Example Markets Authority today charged a Portville investment adviser and two of its officers with hiding losses from the pension funds it advised.", "",
      "According to the complaint, the adviser's founder valued illiquid holdings at prices far above what they would fetch, and reported the inflated values to the funds for three years."];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("EMA Charges Harbour Adviser With Hiding $31 Million in Losses From Pension Clients");
    expect(a.date).toBe("2025-05-20");
    expect(a.body).toMatch(/^The Example Markets Authority today charged/);
  });
});

describe("a press release printed from a press room, its date in its dateline's brackets", () => {
  it("reads the headline over the standfirst and the first paragraph's dateline, not the press room's name", () => {
    const page = ["Example Airways - Press Room - Print Version                                     Page 1 of 2", "", "[Print this page]   [Close window]", "", "EXAMPLE AIRWAYS", "Press Room", "", "_".repeat(60), "",
      "FOR IMMEDIATE RELEASE", "", "Media Contacts:", "Jane Roe", "Manager, Corporate Communications", "Example Airways", "(207) 555-0163", "media@airways.example", "", "_".repeat(60), "",
      "Example Airways to Launch Nonstop Service Between Bangor and Halifax", "", "Seasonal flights begin May 24, 2018, marking the carrier's first international route", "",
      "BANGOR, Maine (Sept. 12, 2017) – Example Airways today announced it will begin nonstop service between Bangor and Halifax next spring, the first international route in its history.", "",
      "The seasonal service will operate four times weekly from May 24 through Oct. 8, 2018, using the airline's 46-seat turboprop aircraft."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.place]).toEqual(["Example Airways to Launch Nonstop Service Between Bangor and Halifax", "2017-09-12", "BANGOR, Maine"]);
    expect(a.body).toMatch(/^Example Airways today announced/);
    expect(isBoilerplate("Page 1 of 2")).toBe(true);
    expect(readDateline("WASHINGTON (Jan. 5, 2021) – The agency said …")).toMatchObject({ place: "WASHINGTON", date: "2021-01-05", agency: null });
    // (A release wire's place and date between slashes, its name between them or not.)
    expect(readDateline("VANCOUVER, BC / March 2, 2020 / Example Gold Corp. is pleased to report …")).toMatchObject({ place: "VANCOUVER, BC", date: "2020-03-02" });
    expect(readDateline("TORONTO, ON / EXAMPLEWIRE / March 2, 2020 / Example Corp. is pleased …")).toMatchObject({ place: "TORONTO, ON", date: "2020-03-02", agency: "EXAMPLEWIRE" });
    expect(readDateline("Health / March 2, 2020 / The clinic said …")).toBeNull();
  });
});

describe("an Icelandic page: cookie buttons over a stamp with its section and place, a writer over her address", () => {
  it("reads the stamp, the headline under it, the writer, and the photo's caption credited \"mynd/…\"", () => {
    const page = ["Dæmifréttir", "Forsíða", "Fréttir", "Íþróttir", "Vefkökur", "Við notum vefkökur til að bæta upplifun þína á vefnum og til að greina umferð. Með því að halda áfram samþykkir þú notkun þeirra.",
      "Samþykkja", "Stillingar", "Fréttir | Akureyri | 14.9.2020 | 11:32", "Sundlaugin lokuð í þrjár vikur vegna viðgerða", "Jóna Jónsdóttir", "jona@daemi.is",
      "Rennibrautirnar verða lagfærðar og skipt um lagnir í heitu pottunum. mynd/Dæmifréttir/Jón Jónsson",
      "Sundlaugin verður lokuð frá og með mánudeginum 21. september vegna viðgerða á rennibrautum og lagnakerfi laugarinnar, að því er fram kemur í tilkynningu frá bænum.",
      "Gert er ráð fyrir að laugin verði opnuð aftur mánudaginn 12. október, segir forstöðumaður laugarinnar í samtali við blaðið."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.author]).toEqual(["Sundlaugin lokuð í þrjár vikur vegna viðgerða", "2020-09-14", "Jóna Jónsdóttir"]);
    expect(a.body).toMatch(/^Sundlaugin verður lokuð/);
    expect(readStamp("Fréttir | Akureyri | 14.9.2020 | 11:32")?.published).toBe("2020-09-14");
    expect(isCaption("Rennibrautirnar verða lagfærðar. mynd/Dæmifréttir/Jón Jónsson")).toBe(true);
  });
});

describe("a Persian page: the site's story number, a reading time of \"4 to 5 minutes\", a writer without capitals", () => {
  const story = ["ساختمان کتابخانه مرکزی شهر با افزودن بخش کودکان و سالن مطالعه شبانه‌روزی از امروز پذیرای مراجعان است و مسئولان استانی در مراسم بازگشایی حضور داشتند.", "",
    "مدیرکل کتابخانه‌های عمومی استان در این مراسم گفت که عملیات بازسازی این ساختمان با هزینه‌ای بالغ بر ۸۵ میلیارد ریال انجام شد."];
  it("reads the headline, writer and date of a reader view", () => {
    const page = ["example.ir", "کتابخانه مرکزی شهر پس از دو سال بازسازی دوباره درهای خود را گشود", "مریم رضایی", "۴ تا ۵ دقیقه", "", "کد خبر: ۸۴۵۶۲۱", "تاریخ انتشار: دوشنبه ۲۳ آبان ۱۴۰۱ - ۱۱:۲۴", "", ...story];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["کتابخانه مرکزی شهر پس از دو سال بازسازی دوباره درهای خود را گشود", "مریم رضایی", "2022-11-14"]);
    expect(isBoilerplate("کد خبر: ۸۴۵۶۲۱")).toBe(true);
    expect(isBoilerplate("Article ID: 48213")).toBe(true);
  });
  it("takes a name without capitals under the headline, over the stamp, for the writer", () => {
    const page = ["سایت نمونه", "خانه", "فرهنگی", "ورزشی", "", "کتابخانه مرکزی شهر پس از دو سال بازسازی دوباره درهای خود را گشود", "مریم رضایی", "تاریخ انتشار: دوشنبه ۲۳ آبان ۱۴۰۱ - ۱۱:۲۴", "", ...story];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author]).toEqual(["کتابخانه مرکزی شهر پس از دو سال بازسازی دوباره درهای خود را گشود", "مریم رضایی"]);
  });
});

describe("a breadcrumb ending in the headline, the headline under it, then the date and \"Posted by\"", () => {
  it("reads the headline under the trail, the section before it, and the writer from the byline, not the headline", () => {
    const page = ["Example Arts Council", "Donate  |  Become a Member  |  Newsletter", "About", "Grants", "News", "Latest News",
      "Symphony and Arts Council Announce Joint Winter Concert Series for Families at the Civic Center", "Board Welcomes Three New Members and Elects 2018 Officers at Annual Meeting", "News archive", "Contact",
      "Home » News » Mural Grant Round Opens", "Mural Grant Round Opens", "February 14, 2018", "Posted by Jane Roe", "in Grants, Public Art", "Facebook  Twitter  Pinterest  Email",
      "The Arts Council is now accepting applications for its 2018 Community Mural Grants, which will fund up to four new outdoor murals in the city and surrounding communities this summer.",
      "Grants of $2,500 to $7,500 are available to artists and artist teams, with a total of $20,000 set aside for this round."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date, a.section]).toEqual(["Mural Grant Round Opens", "Jane Roe", "2018-02-14", "News"]);
  });
});

describe("a think tank's Q&A: the interviewer's name over the date, a \"Download PDF\" button beside it", () => {
  it("takes the name for the writer, though the interview's header names her again as its interviewer", () => {
    const page = ["Example Policy Institute", "Research", "Commentary", "", "Q&A: Why rural hospitals are closing their maternity wards", "", "Jane Roe", "January 30, 2023", "Print   Share   Download PDF", "",
      "More than a dozen rural hospitals have stopped delivering babies since 2019. A senior fellow explains the economics behind the closures.", "",
      "Expert: John Doe, M.D., Senior Fellow, Health Policy", "Interviewer: Jane Roe, Communications Manager", "",
      "Since 2019, at least 14 rural hospitals in the region have closed their labor and delivery units, according to a new analysis by the Institute. We spoke with John Doe about what is driving the trend.", "",
      "Jane Roe: Why are so many small hospitals giving up obstetrics right now?", "", "John Doe: A maternity unit is one of the most expensive services a small hospital can run, and one of the hardest to staff."];
    const a = parseArticle(page.join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(isBoilerplate("Download PDF")).toBe(true);
    // (And a link to a document under the story; not a sentence about a download.)
    expect(isBoilerplate("Download the 2018 Community Mural Grant guidelines (PDF)")).toBe(true);
    expect(isBoilerplate("Read the full report (PDF, 2.3 MB)")).toBe(true);
    expect(isBoilerplate("Download speeds in the county doubled last year, the report said.")).toBe(false);
  });
});

describe("a caption credited \"Photo courtesy of …\" inside the story, and a paywall's cut after its logo", () => {
  it("leaves both out of the story", () => {
    expect(isCaption("A stack of recycled pallets at a member facility in Rocky Mount, N.C. Photo courtesy of Example Crate & Pallet.")).toBe(true);
    // (A sentence about a courtesy is no caption.)
    expect(isCaption("The mayor thanked the club for its courtesy of long standing.")).toBe(false);
    expect(isEndMarker("K+ Weiterlesen mit Küstenkurier+")).toBe(true);
    for (const heading of ["Fleiri fréttir", "Mest lesið", "ข่าวแนะนำ", "Flere nyheder", "อ่านข่าวอื่นๆ :"]) expect(isWidgetHeading(heading)).toBe(true);
    // (Thai's "read more news" before a link set into the story.)
    expect(isBoilerplate("อ่านข่าวเพิ่มเติม : กรมวิชาการเกษตรเปิดห้องแล็บตรวจสารตกค้างเพิ่ม 4 แห่ง")).toBe(true);
    expect(isBoilerplate("Senda í tölvupósti")).toBe(true);
  });
});

describe("a Slovak or Czech wire's dateline, the place and day without a comma", () => {
  it("reads the place and the agency", () => {
    expect(readDateline("Košice 14. marca (TASR) - Mesto plánuje vysadiť tisíc stromov.")).toMatchObject({ place: "Košice", agency: "TASR" });
    expect(readDateline("Praha 3. dubna (ČTK) - Vláda dnes schválila rozpočet.")).toMatchObject({ place: "Praha", agency: "ČTK" });
    // (And a place in a script without capitals, a comma, the day and a danda or a dash.)
    expect(readDateline("जयपुर, 12 अगस्त। नगर निगम ने नई व्यवस्था की घोषणा की।")).toMatchObject({ place: "जयपुर", agency: null });
    expect(readDateline("القاهرة، 12 أغسطس - أعلنت الحكومة اليوم خطة جديدة.")).toMatchObject({ place: "القاهرة" });
    // (Not a sentence that opens with a word and a comma and a number: no month follows.)
    expect(readDateline("जयपुर, 12 लोग घायल हुए।")).toBeNull();
  });
});

describe("rules of this round kept to their shapes (a review's cases)", () => {
  it("keeps a lead paragraph over a subheading that names a person, and a funding sentence of the story", () => {
    const page = ["12.03.2021 10:15", "", "Steel town remembers its benefactor", "",
      "The city marked the centenary of its library on Friday with a parade and a reading of the deed of gift, signed in 1921 by its founder.", "",
      "Andrew Carnegie", "", "Carnegie, who paid for the building, is remembered in a new exhibition that opens on Saturday in the library's reading room.", "",
      "The exhibition runs until the end of the year, the library said."];
    const a = parseArticle(page.join("\n"));
    expect(a.author).toBeNull();
    expect(a.body).toMatch(/^The city marked the centenary/);
    expect(isBoilerplate("This report was funded by the state legislature and found that 40 percent of rural clinics had closed.")).toBe(false);
  });
  it("reads captions, paywalls, credits, outlets, menus and datelines no wider than meant", () => {
    expect(isCaption("The clinic's own cameras were broken. Photos courtesy of a neighbour led police to him.")).toBe(false);
    expect(isCaption("Screenshot: The planner showing a 38-stop day split across five vans.")).toBe(true);
    expect(isEndMarker("Zum Weiterlesen mit Kindern empfiehlt die Bibliothek drei Bücher.")).toBe(false);
    expect(isOutlet("ΕΚΤΑΚΤΗ ΕΝΗΜΕΡΩΣΗ ΓΙΑ ΤΗΝ ΚΑΚΟΚΑΙΡΙΑ")).toBe(false);
    expect(isOutlet("Κρητική Ενημέρωση")).toBe(true);
    expect(isMenuLine("Jane Roe | Reporter | 03/05/2024 | 3 min")).toBe(false);
    expect(readDateline("【中日共同】两国发表联合声明，双方同意加强合作。")?.agency ?? null).toBeNull();
    expect(readStamp("From Lagos State, Ikeja | May 3, 2024")?.authors ?? []).toEqual([]);
    const story = ["The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over the past ten years.", "", "The work will start in August and take three months."];
    const credited = parseArticle(["Harbour board votes to dredge old ferry channel", "November 6, 2025", "", ...story, "", "Reporting by Jane Roe in Nairobi and Mombasa; Editing by Ann Lee"].join("\n"));
    expect(credited.author).toBe("Jane Roe");
  });
});

describe("pages that made the parser throw", () => {
  it("reads a Romanian story opening with a hyphenated place, and a wire story whose credit is its last line", () => {
    const ro = parseArticle("Titlu scurt pentru test\n\nCluj-Napoca. Primăria a anunțat luni un nou program de reparații pentru străzile din cartierul Mănăștur, care va începe în luna mai.\n\nLucrările vor dura trei luni.");
    expect(ro.body).toMatch(/Primăria a anunțat luni/);
    const wire = parseArticle(["Harbour board votes to dredge old ferry channel", "November 6, 2025", "", "The harbour board voted on Tuesday to dredge the old ferry channel.", "", "Reporting by Jane Roe; Editing by Ann Lee"].join("\n"));
    expect(wire.author).toBe("Jane Roe");
  });
  it("never throws on a page cut short or cut open at any line", () => {
    const page = ["Example Courier", "Home | News | Sport | Business", "Home » News » Harbour", "Harbour board votes to dredge old ferry channel", "By Jane Roe", "Published: November 6, 2025",
      "Cluj-Napoca. The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over the past ten years.", "The work will start in August.",
      "Reporting by Jane Roe; Editing by Ann Lee", "Related stories", "Ferry fares to rise in the spring", "© 2025 Example Courier"];
    for (let i = 0; i <= page.length; i++) {
      expect(() => parseArticle(page.slice(0, i).join("\n"))).not.toThrow();
      expect(() => parseArticle(page.slice(i).join("\n"))).not.toThrow();
    }
  });
});

describe("a county's news release, printed", () => {
  it("reads the headline under the release's status, date and contacts, and takes no contact for its writer", () => {
    const story = ["FORT WORTH, Texas — The county's health department has confirmed West Nile virus in mosquito samples collected last week in four ZIP codes, the agency announced today.", "",
      "No human cases have been reported in the county so far this year. Last year the county recorded 11 human cases, including one death.", "",
      "Residents can report standing water to their city's code compliance office or by calling the mosquito hotline."];
    const page = ["Example County Public Health - News Release - Print Version", "https://www.example.gov/en/public-health/news/2025/wnv-samples.html", "", "[Print this page]   [Close window]", "", "EXAMPLE COUNTY", "PUBLIC HEALTH",
      "1101 S. Main St., Fort Worth, TX 76104", "", "NEWS RELEASE", "", "FOR IMMEDIATE RELEASE", "Monday, August 4, 2025", "", "Media Contact:",
      "Renee Castillo, Public Information Officer", "Office: 817-555-0192", "", "West Nile Virus Confirmed in Mosquito Samples From Four ZIP Codes", "",
      "Residents urged to follow the \"4 Ds\" as ground spraying is scheduled in parts of two cities", "", ...story];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date, a.place]).toEqual(["West Nile Virus Confirmed in Mosquito Samples From Four ZIP Codes", null, "2025-08-04", "FORT WORTH, Texas"]);
  });
});

describe("a title-case headline over a standfirst of prose", () => {
  it("takes the headline, not the standfirst's first sentence, and leaves the section labels over it for the kicker", () => {
    const story = ["Andrés Lucero told the booking officer he was a Type 1 diabetic. He said it again to the nurse who screened him two hours later, according to jail records.", "",
      "Nine days later he was dead. The county renewed the medical contract the following spring, after a vote that took less than a minute."];
    const page = ["Skip to content", "Example Desert Watch", "", "  • Investigations", "  • Environment", "", "Criminal Justice | Investigation", "", "Nine Days Without Insulin", "",
      "A diabetic man's death in the county jail followed repeated warnings from staff that the jail's medical contractor was short-handed. County leaders renewed the contract anyway.",
      "", "by Rosa Delgado and Ian McCready", "November 18, 2020", "", ...story];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Nine Days Without Insulin", "Rosa Delgado and Ian McCready", "2020-11-18"]);
    expect(a.body).toMatch(/^Andrés Lucero/);
  });
});

describe("a nonprofit newsroom's story end", () => {
  it("ends the story before its call for tips and its offer to republish", () => {
    expect(isTrailer("Have a tip about conditions in the county's jails? Contact Jane Roe at jroe@example.org or on Signal at 505-555-0174.")).toBe(true);
    expect(isEndMarker("Republish this story")).toBe(true);
    expect(isEndMarker("Republish our articles for free, online or in print, under a Creative Commons license.")).toBe(true);
    // (A question in the story that names a tip is no call for them.)
    expect(isTrailer("Got a tip from a neighbour? Police said the caller gave no name.")).toBe(false);
    expect(isTrailer("Have a tip? Police asked anyone with information to call Crime Stoppers at 555-0100.")).toBe(false);
    // (And a call for the reader's questions, addressed to the newsroom; not a question the story asks.)
    expect(isTrailer("Have questions, comments or tips? Send us a message.")).toBe(true);
    expect(isTrailer("Got feedback? Email us at news@example.org.")).toBe(true);
    expect(isTrailer("Got questions? The mayor said he would answer them at the meeting.")).toBe(false);
  });
});

describe("an article a reader recommended through the site's form, sent from its no-reply address", () => {
  it("is read as the site's page: its headline, writer, date and story, not the mail's subject and sender", () => {
    const mail = ["Von: Beispiel Rundschau <noreply@beispiel-rundschau.example>", "Gesendet: Montag, 15. Jänner 2018 18:47", "An: leser@example.at",
      "Betreff: Artikelempfehlung: Passstraße wieder offen – Lawinengefahr bleibt", "", "Hallo,", "", "Eva Muster möchte Ihnen folgenden Artikel empfehlen:", "", "\"Schau dir das an!\"", "",
      "_".repeat(60), "", "BEISPIEL RUNDSCHAU", "Tirol | Innsbruck | Sport | Wirtschaft", "", "Chronik > Tirol", "", "Passstraße wieder offen – Lawinengefahr bleibt", "",
      "Nach drei Tagen Sperre sind die Orte am Pass wieder erreichbar.", "", "Von Petra Muster", "15. Jänner 2018, 16:52 Uhr", "",
      "Innsbruck – Aufatmen am Pass: Nach drei Tagen ist die Passstraße am Montag um 12 Uhr wieder für den Verkehr freigegeben worden. Mehrere tausend Urlauber waren eingeschlossen.", "",
      "Innerhalb von 48 Stunden waren in den Hochlagen mehr als eineinhalb Meter Neuschnee gefallen, hieß es beim Lawinenwarndienst."];
    const a = parseArticle(mail.join("\n"));
    expect([a.title, a.author, a.date, a.place]).toEqual(["Passstraße wieder offen – Lawinengefahr bleibt", "Petra Muster", "2018-01-15", "Innsbruck"]);
    expect(a.body).toMatch(/^Aufatmen am Pass/);
    // (From a person, the mail is the person's: its subject and sender stand.)
    const personal = parseArticle(mail.map((l, i) => (i === 0 ? "Von: Eva Muster <eva.muster@example.at>" : l)).join("\n"));
    expect([personal.title, personal.author]).toEqual(["Artikelempfehlung: Passstraße wieder offen – Lawinengefahr bleibt", "Eva Muster"]);
  });
});

describe("a newsletter's note to whoever it was forwarded to", () => {
  it("is furniture, and no headline over the newsletter's own", () => {
    for (const t of ["Forwarded this email? Subscribe here for more", "Was this forwarded to you? Sign up here", "If a friend forwarded this to you, sign up here.",
      "Was this email forwarded to you? Sign up here", "Someone forwarded you this email? Subscribe here."]) expect(isBoilerplate(t), t).toBe(true);
    const page = ["Forwarded this email? Subscribe here for more", "", "Daybreak: Buyouts stall in flooded river towns", "Plus: a budget vote and a foliage forecast", "",
      "SAM WHITCOMBE", "SEP 12, 2023", "", "Two months after the July floods, dozens of homeowners in the hardest-hit river towns say they are ready to sell their damaged houses and move.", "",
      "Almost none of them have been told when, or whether, that will happen, and many are paying a mortgage on a house they cannot live in."];
    expect(parseArticle(page.join("\n")).title).toBe("Daybreak: Buyouts stall in flooded river towns");
  });
});

describe("a conservation group's story in a reader view", () => {
  it("takes the writer without her title, and drops the photo's caption, the fast facts box and the note on her", () => {
    const para = (k: number) => `Paragraph ${k} of the survey's findings says the cranes spent fewer days on the central river and more on the northern ones, volunteers reported.`;
    const page = ["example-rivers.org", "Whooping Crane Stopovers Shifting West Along Nebraska's Rivers, Survey Finds", "Dr. Ellen Marsh", "5–6 minutes", "",
      "Conservation News | March 14, 2019", "",
      "Two whooping cranes feed in a flooded field near Ord, Nebraska, in April 2018. Photo © Kevin Dahlberg / Example Rivers Alliance", "",
      "For decades, anyone hoping to see a whooping crane in Nebraska knew where to go: the wide, shallow channels of the central Platte River.", "",
      para(1), "", para(2), "", "FAST FACTS: WHOOPING CRANES", "Height: about 5 feet, the tallest bird in North America", "Low point: 15 birds in 1941", "Status: Endangered since 1967", "",
      para(3), "", para(4), "", "\"The good news is that the birds are finding what they need,\" the program's director said.", "",
      "Dr. Ellen Marsh is the science director of the Example Rivers Alliance."];
    const a = parseArticle(page.join("\n"));
    expect(a.author).toBe("Ellen Marsh");
    expect(a.body).toMatch(/^For decades/);
    expect(a.body).not.toMatch(/Photo ©|FAST FACTS|Low point|science director/);
    expect(a.body).toMatch(/finding what they need," the program's director said\.$/);
    expect(isCaption("Two cranes feed in a flooded field near Ord, Nebraska, in April 2018. Photo © Kevin Dahlberg")).toBe(true);
  });
});

describe("an editor's note on an interview or a transcript", () => {
  it("is furniture wherever it stands; a story's sentence about an edited transcript is not", () => {
    for (const t of ["This conversation has been edited for length and clarity.", "This transcript was generated automatically and edited for clarity.",
      "Interview condensed and edited for clarity.", "The following is an edited and condensed version of the transcript."]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("The transcript was edited by prosecutors to remove the names of two witnesses.")).toBe(false);
    expect(isBoilerplate("The answers were generated by a machine, not a lawyer, the judge wrote.")).toBe(false);
    expect(isBoilerplate("The responses were generated automatically by the chatbot, researchers found.")).toBe(false);
    expect(isBoilerplate("The interview has been edited for length and clarity.")).toBe(true);
    expect(isBoilerplate("This transcript was generated from police bodycam audio, the lawyer said.")).toBe(false);
  });
});

describe("a lead photo's caption with its credit under it, and captions in brackets and in Lithuanian", () => {
  const story = "Le métro lausannois se fait encore attendre. Lundi, les transports publics et le canton ont annoncé que la mise en service de la nouvelle ligne, qui doit relier la gare à la Blécherette, était repoussée d'une année supplémentaire.";
  it("drops a caption with the photographer's name alone or in capitals with the outlet under it, over the story's long first paragraph", () => {
    const page = ["Le chantier du m3 prend encore une année de retard", "Mathieu Rochat", "Publié: 18.03.2025, 06h45", "Partager", "Imprimer",
      "Le tracé du m3 doit passer sous le quartier du Flon et la place de la Riponne.", "Florian Cella", story, "Le chantier doit reprendre au printemps, selon la direction des travaux."];
    const a = parseArticle(page.join("\n"));
    expect(a.author).toBe("Mathieu Rochat");
    expect(a.body).toMatch(/^Le métro lausannois/);
    const english = ["Canal company cuts water allotment as snowpack lags", "By Kelsey Marchetti", "April 12, 2022", "",
      "Water runs through the Main Line Canal near Murtaugh on Tuesday. The canal company says deliveries will be rationed.", "DREW HOLLINGER, EXAMPLE LEDGER",
      "Farmers on the south side of the valley will get less water from the canal company this season than they have in six years, after a dry winter left reservoirs well short of normal.", "",
      "The company's board voted on Monday to cap deliveries at three acre-feet a share."];
    expect(parseArticle(english.join("\n")).body).toMatch(/^Farmers on the south side/);
  });
  it("reads a caption in brackets with spaces inside them, and a Lithuanian photo's credit", () => {
    expect(isCaption("[ Photo: Technicians inspect a new borehole pump at the wellfield. (PHOTO: Jane Roe) ]")).toBe(true);
    expect(isCaption("Senosios perkėlos keltas prie Klaipėdos krantinės. Asmeninio archyvo nuotr.")).toBe(true);
    expect(isCaption("Keltas prie Klaipėdos krantinės. Jono Petraičio nuotr.")).toBe(true);
  });
});

describe("a virus's letter after its name's stop", () => {
  it("keeps \"Zafi.D\" whole, while sentences run together still part, before an elision or an initial too", () => {
    const page = ["Virus poses as Christmas e-mail", "", "Security firms are warning about a Windows virus disguising itself as an electronic Christmas card.", "",
      "The Zafi.D virus translates the Christmas greeting on its subject line into the language of the person receiving it.", "",
      "Anti-virus firms said the Sasser.B worm spread the same way last spring, and that most mail filters now stop both."];
    const a = parseArticle(page.join("\n"));
    expect(a.body).toContain("The Zafi.D virus translates");
    expect(a.body).toContain("the Sasser.B worm");
    const glued = parseArticle(["Title of a French story", "", "Le mouvement est enraciné dans le discours des régions et il dure depuis des semaines déjà, disent les sociologues.L’intrusion du peuple dans l’arène politique s’est rarement produite sans heurt, rappelle l’historien."].join("\n"));
    expect(glued.body).toContain("sociologues.\n\nL’intrusion");
    // (A letter that is a word of its own still opens a sentence, after a name too; a version's letter with its stop does not.)
    expect(splitGlued("disse aos jornalistas.O governo vai anunciar")).toEqual(["disse aos jornalistas.", "O governo vai anunciar"]);
    expect(splitGlued("sont mobilisés en France.À Paris, certains")).toEqual(["sont mobilisés en France.", "À Paris, certains"]);
    expect(splitGlued("a worm named Sasser.B. It spread")).toEqual(["a worm named Sasser.B. It spread"]);
    expect(splitGlued("anunciou em Brasil.O governo vai")).toEqual(["anunciou em Brasil.", "O governo vai"]);
    expect(splitGlued("deliveries from Lockheed Martin.F-35 jets arrive")).toEqual(["deliveries from Lockheed Martin.", "F-35 jets arrive"]);
  });
});

describe("a title tag that cut the headline short", () => {
  it("finds the whole headline under the menus, and the byline and date under it", () => {
    const page = ["Voorbeeld Koerier - Dijkversterking bij Westkapelle duurt twee jaar langer", "", "    Naar hoofdinhoud", "", "    Voorbeeld Koerier", "",
      "        Nieuws    Regio    Sport    Economie", "", "    Regio  >  Walcheren", "", "", "    Dijkversterking bij Westkapelle duurt twee jaar langer dan gepland", "",
      "    Sanne de Vries en Joris Bakker", "    23 mei 2018, 17:42", "",
      "    MIDDELBURG - De versterking van de zeedijk is pas in 2022 klaar, twee jaar later dan gepland. Dat heeft het waterschap woensdag bekendgemaakt.", "",
      "    Volgens het waterschap is de veiligheid van de inwoners niet in gevaar. De kosten lopen op van 41 naar ongeveer 48 miljoen euro."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date, a.place]).toEqual(["Dijkversterking bij Westkapelle duurt twee jaar langer dan gepland", "Sanne de Vries and Joris Bakker", "2018-05-23", "MIDDELBURG"]);
  });
});

describe("a printable page's title", () => {
  it("is furniture: the headline is the story's own", () => {
    for (const t of ["示例在线 — 打印版", "Example County Public Health - News Release - Print Version", "Example Zeitung | Druckversion"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Why the print version of the paper still matters")).toBe(false);
    expect(isBoilerplate("Roe said she did not write this content herself.")).toBe(false);
    const page = ["示例在线 — 打印版", "", "【打印本页】　【关闭窗口】", "", "━━━━━━━━━━━━━━━━━━━━", "", "浙江早稻开镰收割　预计全省单产再创新高", "", "2025-07-16 16:27:05　来源：新华社", "",
      "新华社杭州7月16日电（记者周敏、林浩）眼下正值早稻收获时节，浙江各地抢抓晴好天气开镰收割，预计平均亩产比上年增加约3%。", "",
      "在嘉兴市秀洲区王店镇的一处高标准农田里，几台收割机来回穿梭，金黄的稻穗被迅速卷入机舱。"];
    const a = parseArticle(page.join("\n"));
    expect(a.title?.replace(/\s/gu, "")).toBe("浙江早稻开镰收割预计全省单产再创新高");
    expect(a.date).toBe("2025-07-16");
  });
});

describe("the site's name over the date strip, named again by the rights line", () => {
  it("is no writer", () => {
    const page = ["Nova Brisa Costeira Hoje", "Tuesday, 14 March 2023", "Log in", "", "Harbour board votes to dredge the old ferry channel", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up so badly over ten years that small boats run aground at low tide.", "",
      "The work will start in August and take three months, and the channel will stay open to small boats at high tide while the dredgers work.", "",
      "© 2023 Nova Brisa Costeira Hoje. All rights reserved."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Harbour board votes to dredge the old ferry channel", null, "2023-03-14"]);
    // (A person's name of two or three words holds a blog's rights: the rule leaves it alone.)
    const blog = parseArticle(page.join("\n").replaceAll("Nova Brisa Costeira Hoje", "Jane Roe"));
    expect(blog.author).toBe("Jane Roe");
  });
});

describe("a Japanese page's breadcrumb parted by full-width signs", () => {
  it("is no headline: the headline stands under it, over the stamp", () => {
    const page = ["例示タイムズ デジタル", "", "ログイン", "", "ニュース", "石川", "富山", "スポーツ", "", "ホーム ＞ 石川 ＞ 金沢", "", "駅前に観光バス乗降場　金沢市、渋滞緩和へ完成目指す", "",
      "2021年8月24日 19時05分 （8月25日 9時12分更新）", "", "この記事をシェアする", "",
      "金沢市は24日、駅前の道路に観光バスの乗降場を新設する計画を発表した。観光バスの路上駐車による渋滞を緩和するのが狙いで、２０２３年度の完成を目指す。", "",
      "市によると、乗降場は大型バス６台が同時に停車できる規模とし、周辺の歩道も拡幅する。総事業費は約５億円を見込んでいる。"];
    const a = parseArticle(page.join("\n"));
    expect(a.title?.replace(/\s/gu, "")).toBe("駅前に観光バス乗降場金沢市、渋滞緩和へ完成目指す");
    expect(a.date).toBe("2021-08-24");
  });
});

describe("a Chinese paper's print page", () => {
  it("takes the headline under the edition's line, the place from the paper's own dateline and the reporters apart by spaces", () => {
    const page = ["示例日报网 - 打印页面", "", "【打印本页】  【关闭窗口】", "", "示例日报 2024年07月16日 第03版：要闻·城市", "", "宁波新增80家社区食堂 覆盖全市老城区", "",
      "来源：示例日报    发布时间：2024-07-16 07:30", "",
      "　　本报宁波7月16日电（记者 周敏 林浩）记者从市民政局获悉，今年以来，宁波新增社区食堂80家，覆盖全市老城区，每天为两万多名老人提供午餐。", "",
      "　　在海曙区一处社区食堂，不到十一点，前来就餐的老人已经排起了长队，食堂负责人说，每份午餐老人只需付十二元。"];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.place, a.author, a.date]).toEqual(["宁波新增80家社区食堂 覆盖全市老城区", "宁波", "周敏, 林浩", "2024-07-16"]);
  });
});

describe("a print page with its masthead over a rule and the date", () => {
  it("takes the headline under the date, not the tagline over the rule, and the writer with her job under it", () => {
    const page = ["Example Tribune — Printer Friendly Version", "", "Print   |   Email this article   |   Back to article", "", "_".repeat(60), "", "EXAMPLE TRIBUNE",
      "The region's weekly voice since 1998", "_".repeat(60), "", "Tuesday, 4 May 2021", "", "AGRICULTURE", "", "Grain board intake rises as farmers deliver maize early", "",
      "Tendai Mukwena", "Agriculture Reporter", "",
      "Deliveries of maize to the grain board have picked up sharply over the past fortnight, with farmers bringing in their crop earlier than usual after a good rainy season.", "",
      "Figures released by the board yesterday show it had received just over 184 000 tonnes of maize by last Friday, against about 61 000 tonnes a year earlier."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Grain board intake rises as farmers deliver maize early", "Tendai Mukwena", "2021-05-04"]);
  });
});

describe("a business journal's page carrying a company's release", () => {
  it("passes over the site's note on the release to the headline, stamp and dateline", () => {
    const page = ["Example Business Journal", "", "  Skip to Main Content", "", "  Sign In    Subscribe    Newsletters", "", "  News", "    Banking & Finance", "    Technology", "", "Press Releases", "",
      "  The following content is provided by the issuing company. Example Business", "  Journal did not write or edit this release and is not responsible for its", "  content.", "",
      "Logistics software firm Cartwell to add 340 jobs with new Midtown headquarters", "", "  Thursday, March 3, 2022 8:00 AM EST | Source: Cartwell Inc.", "", "FOR IMMEDIATE RELEASE", "",
      "ATLANTA, March 3, 2022 /PRNewswire/ -- Cartwell Inc., a developer of freight-routing software, today announced it will move its headquarters to Midtown and add 340 new jobs.", "",
      "The company has signed a lease for 96,000 square feet across four floors of a new tower, and expects to move in next spring."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.place]).toEqual(["Logistics software firm Cartwell to add 340 jobs with new Midtown headquarters", "2022-03-03", "ATLANTA"]);
    expect(a.body).toMatch(/^Cartwell Inc\./);
  });
});

describe("a correspondent's byline with where she wrote from", () => {
  it("reads \"From Jane Roe in Dodoma\" for the writer, and no headline of its \"From …\" lines", () => {
    const page = ["EXAMPLE MIRROR", "", "National", "", "Dodoma water supply to double as new wellfield comes online", "", "From Rehema Mushi in Dodoma", "",
      "Posted: 20 July 2017 | 07:45 EAT     Views: 1,284", "",
      "THE government has completed the first phase of a project to expand the wellfield, a move expected to double the water supplied to the city.", "",
      "The water authority's managing director told reporters here yesterday that eight new boreholes had been drilled and connected to the main line."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Dodoma water supply to double as new wellfield comes online", "Rehema Mushi", "2017-07-20"]);
    for (const from of ["From Wikipedia in English", "From Hong Kong in Pictures", "From Prime Minister in Waiting"]) {
      const notWriter = parseArticle(["Dodoma water supply to double", "", from, "", "Posted: 20 July 2017", "", "The government has completed the first phase of a project to expand the wellfield."].join("\n"));
      expect(notWriter.author, from).toBeNull();
    }
  });
});

describe("a reader view in Hindi", () => {
  it("reads the site's address, the headline, the writer's line and a reading time in the page's language as the reader view's head", () => {
    const page = ["udaharan-samachar.in", "बंदरगाह बोर्ड ने पुरानी फेरी नहर की खुदाई को मंज़ूरी दी", "राहुल शर्मा", "3–4 मिनट", "",
      "बंदरगाह बोर्ड ने मंगलवार को पुरानी फेरी नहर की खुदाई की योजना को मंज़ूरी दे दी, जो पिछले दस वर्षों में गाद से भर गई है, अध्यक्ष ने कहा।", "",
      "काम अगस्त में शुरू होगा और तीन महीने चलेगा, और नहर पर नए बोया लगाए जाएंगे।"];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("बंदरगाह बोर्ड ने पुरानी फेरी नहर की खुदाई को मंज़ूरी दी");
    expect(a.body).toMatch(/^बंदरगाह बोर्ड ने मंगलवार/);
    expect(READING_TIME.test("٥ دقائق")).toBe(true);
    expect(READING_TIME.test("३–४ मिनट")).toBe(true);
    // (A figure and 分 alone may be a score.)
    expect(READING_TIME.test("90分")).toBe(false);
  });
});

describe("an Iranian news page", () => {
  it("reads the Persian date line, the reporter after her label, and passes over the photo's caption", () => {
    const page = ["پرش به محتوای اصلی", "خبرگزاری نمونه", "", "  • صفحه نخست", "  • سیاسی", "  • اقتصادی", "  • اجتماعی", "", "دوشنبه ۲۹ آذر ۱۳۹۵ - 19 December 2016", "", "اجتماعی › محیط زیست", "", "کد خبر: ۴۸۲۹۱۷",
      "تاریخ انتشار: ۲۹ آذر ۱۳۹۵ - ۱۰:۴۲", "", "هیئت بندر لایروبی کانال قدیمی کشتی را تصویب کرد", "",
      "کانال قدیمی پس از ده سال پر از گل شده است و قایق‌ها در جزر گیر می‌کنند", "", "خبرنگار: سارا محمدی", "",
      "اسکله قدیمی در یک صبح ابری. عکس: مهدی رضایی / خبرگزاری نمونه", "",
      "هیئت بندر روز سه‌شنبه طرح لایروبی کانال قدیمی کشتی را تصویب کرد که در ده سال گذشته پر از گل شده است، رئیس هیئت گفت.", "",
      "کار در ماه مرداد آغاز می‌شود و سه ماه طول می‌کشد."];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["هیئت بندر لایروبی کانال قدیمی کشتی را تصویب کرد", "سارا محمدی", "2016-12-19"]);
    expect(a.body).toMatch(/^هیئت بندر روز سه‌شنبه/);
  });
});

describe("a live blog with two writers, each entry signed", () => {
  it("reads both writers over the stamp and keeps every entry, however often a writer signs", () => {
    const entry = (time: string, head: string, text: string, who: string) => [time, head, text, who];
    const page = ["Nyheter", "DIREKTE", "Ekstremværet stenger broer og veier på Vestlandet", "Over 40.000 kunder uten strøm. Følg utviklingen her.",
      "Kari Haugland", "Journalist", "Sindre Moe", "Journalist", "Publisert: 16.01.2025 06:12", "Oppdatert: 16.01.2025 15:03", "Del",
      ...entry("13.58", "Tak blåste av skole", "Et tak har blåst av en gymsal ved en skole i Fjell i Øygarden. Skolen var stengt i dag, og ingen skal ha vært i bygget, opplyser politiet.", "Sindre Moe"),
      ...entry("12.20", "Flybussen innstilt", "Avinor melder om flere kanselleringer og forsinkelser på Bergen lufthavn Flesland. Reisende bes sjekke flystatus før de drar hjemmefra.", "Kari Haugland"),
      ...entry("09.35", "Fergene står", "Flere fergesamband i Vestland er innstilt på grunn av været, blant annet Halhjem–Sandvikvåg, melder Statens vegvesen i en oppdatering.", "Kari Haugland"),
      ...entry("06.12", "Rødt farevarsel trer i kraft", "God morgen. Det røde farevarselet for vind gjelder fra klokken 06 i dag og ut torsdag kveld, melder Meteorologisk institutt. Sikre løse gjenstander og hold deg hjemme hvis du kan, sier vakthavende.", "Kari Haugland"),
    ];
    const a = parseArticle(page.join("\n"));
    expect(a.author).toBe("Kari Haugland and Sindre Moe");
    expect(a.body).toContain("hold deg hjemme hvis du kan, sier vakthavende.");
  });
  it("reads writers on cards over the stamp under a standfirst, a given name that is also a word among them", () => {
    const page = ["Nyheter", "Samferdsel", "Ferja står igjen: sambandet innstilt i to uker", "Motorhavari gjør at ferja blir liggende til reparasjon. Fylket har ikke funnet noen reservebåt.",
      "Kari Haugland", "Journalist", "Jon Are Moe", "Journalist", "Publisert 21.01.2020 11:02", "Del",
      "Fergesambandet blir innstilt i minst to uker etter at ferja fikk et alvorlig motorhavari søndag kveld, bekrefter fylkeskommunen.",
      "Ferja ble tauet inn til verkstedet mandag morgen, der mekanikerne nå venter på reservedeler fra produsenten i Tyskland."];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("Ferja står igjen: sambandet innstilt i to uker");
    expect(a.author).toBe("Kari Haugland and Jon Are Moe");
    // (Elsewhere the word is a headline's: "Prices Are Rising" names no one.)
    expect(isPersonName("Prices Are Rising")).toBe(false);
  });
  it("cuts at a note on the writer whose name stands once, not at a name that signs entry after entry", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(" ") + ".";
    const paragraphs = [{ n: 1, text: words(60) }, { n: 3, text: words(60) }, { n: 5, text: words(30) }];
    const signed = [line(1, paragraphs[0]!.text), line(2, "Kari Haugland"), line(3, paragraphs[1]!.text), line(4, "Kari Haugland"), line(5, paragraphs[2]!.text), line(6, "Kari Haugland")];
    expect(cutAtWriterNote(paragraphs, signed, "Kari Haugland")).toHaveLength(3);
    const note = [line(1, paragraphs[0]!.text), line(3, paragraphs[1]!.text), line(4, "Kari Haugland"), line(5, paragraphs[2]!.text)];
    expect(cutAtWriterNote(paragraphs, note, "Kari Haugland")).toHaveLength(2);
    // (Each entry's signature a paragraph of its own, as a live blog's text keeps them.)
    const entries = [{ n: 1, text: words(60) }, { n: 2, text: "Kari Haugland" }, { n: 3, text: words(60) }, { n: 4, text: "Kari Haugland" }, { n: 5, text: words(30) }];
    expect(cutAtWriterNote(entries, entries.map((p) => line(p.n, p.text)), "Kari Haugland")).toHaveLength(5);
  });
  it("cuts at a note on a writer whose name is in a script without capitals", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `शब्द${i}`).join(" ") + "।";
    const paragraphs = [{ n: 1, text: words(60) }, { n: 3, text: words(60) }, { n: 6, text: "सीमा वर्मा उदाहरण समाचार में लखनऊ ब्यूरो की संवाददाता हैं।" }];
    const note = [line(1, paragraphs[0]!.text), line(3, paragraphs[1]!.text), line(4, "टॉपिक्स:"), line(5, "सीमा वर्मा"), line(6, paragraphs[2]!.text)];
    expect(cutAtWriterNote(paragraphs, note, "सीमा वर्मा")).toHaveLength(2);
    expect(cutAtWriterNote(paragraphs, paragraphs.map((p) => line(p.n, p.text)), "सीमा वर्मा")).toHaveLength(2);
    expect(cutAtWriterNote(paragraphs, note, "अन्य लेखक")).toHaveLength(3);
  });
});

describe("a writer who will share news with the reader, and a prompt to share the piece", () => {
  const story = [
    "Riverside pool will reopen next summer",
    "",
    "By Jane Roe",
    "",
    "The city council voted on Tuesday to approve a $2.4 million contract to repair the Riverside pool, which has been closed since its main drain collapsed two summers ago.",
    "",
    "Work on the drain, a new filtration building and the locker rooms is to begin in October, and the pool should open in time for swimming lessons next June.",
    "",
    "The parks department also plans free lessons for children from the neighbourhoods around the pool and will train lifeguards from the two high schools nearby.",
    "",
  ];
  it("keeps the writer's last paragraph: it tells, it asks nothing of the reader", () => {
    const a = parseArticle([...story, "I will share construction updates here as the work moves forward. See you at the pool next summer!", "", "Share this post", "Facebook"].join("\n"));
    expect(a.body).toMatch(/See you at the pool next summer!$/);
  });
  it("drops a prompt to share the piece or the reader's own tips", () => {
    for (const prompt of ["Do you have a favourite pool in town? Share them in the comments section below.", "Liked this story? Please share it with your friends."]) {
      const a = parseArticle([...story, prompt].join("\n"));
      expect(a.body).toMatch(/two high schools nearby\.$/);
    }
  });
});

describe("a short paragraph stranded under the page's lists after the story", () => {
  const story = [
    "Vesturbæjarlaug lokuð í tvær vikur",
    "Jón Jónsson",
    "Vesturbæjarlaug verður lokuð frá mánudegi vegna viðgerða á heitu pottunum og lagnakerfi laugarinnar, að sögn forstöðumanns.",
    "Gert er ráð fyrir að viðgerðirnar kosti um tuttugu milljónir króna og að laugin opni aftur fyrir jól ef allt gengur eftir áætlun.",
    "Gestum er bent á aðrar laugar borgarinnar á meðan, en þær verða með lengdan opnunartíma á virkum dögum næstu vikurnar.",
    "Sundfélagið sem æfir í lauginni flytur æfingar sínar annað á meðan og verða sumar æfingar færðar yfir á kvöldin.",
    "Laugin var síðast lokuð vegna viðgerða haustið 2017 og tekur á móti um tvö hundruð þúsund gestum á ári hverju.",
  ];
  it("is the page's: a newsletter box's pitch after share buttons and the most read stories", () => {
    const page = [...story, "Deila", "Facebook", "Twitter", "Fleiri fréttir", "Nýr göngustígur opnaður við ströndina", "Flugi aflýst vegna veðurs", "Mest lesið", "1", "Bíll fór út af veginum", "Fréttabréf", "Fáðu helstu fréttirnar sendar í tölvupósti á hverjum morgni.", "Netfang", "Skrá mig"];
    const a = parseArticle(page.join("\n"));
    expect(a.body).toMatch(/gestum á ári hverju\.$/);
  });
  it("stays when only a caption or a link stands between it and the story", () => {
    const page = [...story.slice(0, -1), "Mynd: Jón Jónsson", "Lesa einnig: Nýr göngustígur opnaður", "Laugin opnar aftur fyrir jól.", "Deila", "Facebook"];
    const a = parseArticle(page.join("\n"));
    expect(a.body).toMatch(/Laugin opnar aftur fyrir jól\.$/);
  });
});

describe("a summary's points over the story", () => {
  const story = [
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up so badly over ten years that small boats run aground at low tide, the board's chair said after the meeting.",
    "The work will start in August and take three months, and the channel will stay open to small boats at high tide while the dredgers work, according to the plan the board approved by five votes to two.",
    "Fishermen who use the channel said they had waited years for the decision, and two of them told the meeting they had lost nets and a propeller on the sandbanks last winter.",
  ];
  it("go with their label, as bullets or as sentences", () => {
    for (const points of [["• Boats have run aground at low tide for years.", "• The county pays for most of the dredging."], ["Boats have run aground at low tide for years.", "The county pays for most of the dredging."]]) {
      const a = parseArticle(["Harbour board votes to dredge the old ferry channel", "", "By Jane Roe", "", "Key takeaways", "", ...points.flatMap((p) => [p, ""]), ...story.flatMap((p) => [p, ""])].join("\n"));
      expect(a.body).toMatch(/^The harbour board voted on Tuesday/);
    }
  });
  it("stay when no label stands over them: a story may open with a list", () => {
    const a = parseArticle(["Harbour board votes to dredge the old ferry channel", "", "By Jane Roe", "", "• The board approved the plan by five votes to two.", "", "• Work starts in August and takes three months.", "", ...story.flatMap((p) => [p, ""])].join("\n"));
    expect(a.body).toMatch(/^• The board approved/);
  });
});

describe("a legislator's release: the headline opens with a title's stop", () => {
  it("is the headline, not the longer standfirst under it", () => {
    const page = ["Newsroom / Press Releases", "", "FOR IMMEDIATE RELEASE", "April 27, 2021", "Contact: John Doe, Communications Director", "", "Sen. Roe Introduces Bill to Expand Rural Broadband Grants", "",
      "Legislation would double state funding for last-mile projects in underserved counties", "",
      "MADISON – State Senator Jane Roe today introduced legislation that would double the state's investment in rural broadband, saying too many families still lack a reliable connection.", "",
      "The bill would also create a dedicated line of funding for projects that partner with electric cooperatives and local governments across the state."];
    expect(parseArticle(page.join("\n")).title).toBe("Sen. Roe Introduces Bill to Expand Rural Broadband Grants");
  });
});

describe("a review's cases: rules that must not take a story's own lines", () => {
  const story = Array.from({ length: 7 }, (_, i) => `The council met for the ${["first", "second", "third", "fourth", "fifth", "sixth", "seventh"][i]} time this year on Tuesday and voted on the harbour budget, which sets aside money for dredging, new lights and the ferry pier's repairs.`);
  it("a section's label over the headline is no summary's label; a caption and links over the last paragraph strand nothing", () => {
    const a = parseArticle(["In Brief", "", "Council backs the harbour budget", "", "By Jane Roe", "", ...story.flatMap((p) => [p, ""])].join("\n"));
    expect(a.body.split("\n\n")).toHaveLength(7);
    const b = parseArticle(["Council backs the harbour budget", "", "By Jane Roe", "", ...story.flatMap((p) => [p, ""]), "Advertisement", "The pier in March. (Photo: Jane Roe)", "RELATED: Ferry fares rise", "RELATED: Pier closes for a week",
      "RELATED: Lights go up on the quay", "RELATED: Dredger arrives", "RELATED: Budget hearing set", "Share on Facebook", "", "The budget takes effect July 1. The council meets again March 18."].join("\n"));
    expect(b.body).toMatch(/The council meets again March 18\.$/);
  });
  it("a source, a story's sentence about advice, an outlet after a bar, a headline over a job, a role among reporters, a book's edition", () => {
    expect(creditLine("Quelle: Statistisches Bundesamt")).toBe(null);
    expect(isBoilerplate("The report found the app's answers were not intended as medical advice, yet the company marketed them to patients.")).toBe(false);
    expect(cleanByline("Jane Roe, Staff Writer | Example Bay Times")).toBe("Jane Roe");
    expect(isNameOverRole("Prices Are Rising")).toBe(false);
    expect(isNameOverRole("Jon Are Roe")).toBe(true);
    expect(parseArticle(["示例新闻", "", "港口渡轮恢复运营", "", "2025-03-05 07:30　来源：示例新闻", "", "本报讯（记者 王磊 通讯员 李婷）渡轮周一恢复运营，此前因舵机故障停航三周，渡轮公司表示周末前时刻表将恢复正常。", "", "票价不变，乘客可在码头售票处购票。"].join("\n")).author).toBe("王磊");
    expect(looksLikeHeadline("《现代汉语词典》第8版正式发布")).toBe(true);
    expect(isCaption("Exhibit 4: The prosecution's key document was shown to the jury on Tuesday.")).toBe(false);
    expect(isBoilerplate("ALSO ON TUESDAY: The council voted 5-2 to close the ferry.")).toBe(false);
  });
});

describe("a label over a note on the story's expert or guest", () => {
  it("ends the story: the note under it is the page's", () => {
    const page = [
      "Policy brief",
      "Why rural clinics stop delivering babies",
      "",
      "Moderator: Why are so many small hospitals closing their birth units?",
      "",
      "Jane Okafor: Because a unit costs nearly the same to keep open whether it delivers two hundred babies a year or fifty, and the payments follow the births, not the standby staff.",
      "",
      "Moderator: What should states do first?",
      "",
      "Jane Okafor: Pay for the standby capacity, fund transfer networks between hospitals, and let nurses who deliver babies work across two or three sites in a region.",
      "",
      "About the expert",
      "Jane Okafor, M.D., is a senior fellow in health policy at the Example Institute. She practised family medicine in Bemidji.",
      "",
      "Topics: Rural health · Medicaid",
    ].join("\n");
    const a = parseArticle(page);
    expect(a.body).toMatch(/two or three sites in a region\.$/);
    for (const label of ["About the expert", "About our guest:", "ABOUT THE CONTRIBUTORS"]) expect(isEndMarker(label)).toBe(true);
    expect(isEndMarker("About the guests, the organisers said little.")).toBe(false);
  });
});

describe("appeals and factoids set into the story", () => {
  it("are furniture; prose about a petition or a question in the story is not", () => {
    expect(isBoilerplate("Support nonprofit journalism. The Example Ledger relies on readers like you. Donate today and your gift will be matched.")).toBe(true);
    expect(isBoilerplate("DID YOU KNOW? The county's cooperatives sent more than 60 lineworkers south after the hurricanes in 2020.")).toBe(true);
    expect(isBoilerplate("Stand up for the river. Sign our petition asking the county to protect salmon habitat.")).toBe(true);
    expect(isBoilerplate("Residents were asked to sign the petition at the library before Friday.")).toBe(false);
    expect(isBoilerplate("Did you know? The city has 40 parks, the mayor said.")).toBe(false);
  });
});

describe("text wrapped by hand", () => {
  it("joins a paragraph's lines that go on in small letters a dozen columns short of the width, once the paragraph has joined a line", () => {
    const wrapped = [
      "Harbour board votes to dredge the old ferry channel",
      "",
      "Port Avery, 12 March 2024 (Example Wire) – The harbour board voted on",
      "Tuesday to approve a long-delayed plan to dredge the old ferry channel,",
      "which has silted up so badly over ten years that small boats",
      "run aground at low tide, the board's chair said after the vote.",
      "",
      "The work will start in August and take three months, and the channel",
      "will be marked with new buoys before the ferry returns to its old",
      "timetable in the autumn, the chair said at the end of the meeting on the",
      "quay.",
      "",
      "Residents who spoke at the meeting said the silt had also cut the",
      "harbour off from the sea at low water, and that two fishing boats had",
      "been moved to a port further up the coast while the channel stayed shut.",
      "",
    ];
    const body = parseArticle(wrapped.join("\n")).body;
    expect(body.split("\n\n")[0]).toBe("The harbour board voted on Tuesday to approve a long-delayed plan to dredge the old ferry channel, which has silted up so badly over ten years that small boats run aground at low tide, the board's chair said after the vote.");
  });
});

describe("a photo's credit on a line of its own, name and outlet joined by a slash", () => {
  const lead = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.";
  const caption = "Fishing boats tied up at the silted slip on a grey morning.";
  const credit = "Jane Roe/The Port Avery Herald";
  const next = "The work will cost less than building a new slip, the board's chair said after the vote.";
  const last = "Sailors who use the channel on both the inbound/outbound tides welcomed the news, the chair said.";
  const check = (b: string) => {
    expect(b).not.toContain("Fishing boats tied up");
    expect(b).not.toContain("Port Avery Herald");
    expect(b).toContain(next);
    expect(b).toContain("inbound/outbound tides welcomed the news");
    expect(b).toContain("small boats will be back by October.");
  };
  it("drops the credit and the caption over it; keeps a slash in prose", () => {
    check(parseArticle(["Harbour board votes to dredge old ferry channel", "", lead, "", caption, credit, "", next, "", last, ""].join("\n")).body);
  });
  it("also on a page a scraper ran together", () => {
    const page = `HomeNewsSportsWeatherHarbour board votes to dredge old ferry channelJane RoePublished March 4, 2021${lead}Open this photo in gallery:${caption}${credit}${next}${last}Contact usPrivacy`;
    check(parseArticle(page).body);
  });
  it("drops a caption of two sentences that quote and report no one", () => {
    const two = "Fishing boats tied up at the silted slip on a grey morning. The slip has been closed to larger boats since 2019.";
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", lead, "", two, credit, "", next, "", last, ""].join("\n")).body;
    check(b);
    expect(b).not.toContain("closed to larger boats");
  });
  it("keeps a paragraph of two sentences that reports someone's words, or a quotation, over such a line, and the last paragraph over a signature", () => {
    const two = "Police said the two men did not know each other. The inquiry goes on.";
    const quote = "\"He always said hello,\" said a neighbour who lives on the quay.";
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", lead, "", two, credit, "", quote, credit, "", next, "", last, "Jane Roe/Agences", ""].join("\n")).body;
    expect(b).toContain(two);
    expect(b).toContain(quote);
    expect(b).toContain(last);
  });
});

// A story of two paragraphs under its headline, for what a page sets after a story.
const SHORT_HARBOUR_STORY = [
  "Harbour board votes to dredge old ferry channel", "",
  "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
  "The work will cost less than building a new slip, the board's chair said after the vote.", "",
];

describe("a list of links under a label closing the story", () => {
  const story = SHORT_HARBOUR_STORY;
  it("drops the label and the titles under it, whatever the label says", () => {
    const b = parseArticle([...story,
      "Earlier pieces on the channel:", "",
      "2019: Why the old ferry channel keeps silting up every winter", "",
      "2021: Fishers ask the board for a dredger – and get a study instead!", "",
    ].join("\n")).body;
    expect(b).not.toContain("Earlier pieces");
    expect(b).not.toContain("keeps silting up");
    expect(b.endsWith("the board's chair said after the vote.")).toBe(true);
  });
  it("keeps a list the story ends with: short items, sentences, or items run onto one line", () => {
    const names = parseArticle([...story, "The board's new members are:", "", "Jane Roe (Harbour Ward)", "", "John Doe (Quay Ward)", "", "Mary Major (Hill Ward)", ""].join("\n")).body;
    expect(names).toContain("Mary Major (Hill Ward)");
    const bullets = parseArticle([...story, "The board's new members are:", "", "• Jane Roe (Harbour Ward, Port Avery) • John Doe (Quay Ward, Port Avery) • Mary Major (Hill Ward, Port Avery)", ""].join("\n")).body;
    expect(bullets).toContain("• Mary Major (Hill Ward, Port Avery)");
    const sentences = parseArticle([...story, "The chair said three things matter now:", "", "The dredger must be booked before the summer season begins.", "", "The town must find a place for the silt that is taken out.", ""].join("\n")).body;
    expect(sentences).toContain("The town must find a place for the silt that is taken out.");
  });
});

describe("teasers of other stories, each a headline run into its first words and cut off", () => {
  const story = SHORT_HARBOUR_STORY;
  it("drops a run of them after the story", () => {
    const b = parseArticle([...story,
      "Lighthouse Keeper Retires After Forty Years on the RockThe keeper of the old light climbed its stairs for the last time on...", "",
      "Who Is the New Harbour Pilot? Port Avery Hires Its First Woman at the WheelShe learned to sail in the bay before she could,...", "",
      "Ferry fares rise for summerA ticket to Gull Island will cost a dollar more from June, the operator says it has...", "",
    ].join("\n")).body;
    expect(b).not.toContain("Lighthouse Keeper");
    expect(b).not.toContain("Harbour Pilot");
    expect(b).not.toContain("Ferry fares rise");
    expect(b.endsWith("the board's chair said after the vote.")).toBe(true);
  });
  it("keeps one paragraph of the story that trails off", () => {
    const trailing = "Asked whether the channel would silt up again, the chair of the BoardShe paused and said only that time would tell...";
    const b = parseArticle([...story, trailing, ""].join("\n")).body;
    expect(b).toContain(trailing);
  });
});

// A story of three paragraphs under its headline, for what pages set around a story.
const HARBOUR_STORY = [
  "Harbour board votes to dredge old ferry channel", "",
  "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
  "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", "",
  "Fishers who use the channel every morning said they had waited two years for the board to act and were glad the wait was over.", "",
];

/** The harbour story's body with lines set under it (a closing prompt, credit or note). */
const harbourWith = (...after: string[]) => parseArticle([...HARBOUR_STORY, ...after, ""].join("\n")).body;

/** A test that `last`, set under the harbour story as its last paragraph, stays. */
function staysUnderTheStory(name: string, last: string): void {
  it(name, () => {
    expect(harbourWith(last).endsWith(last)).toBe(true);
  });
}

/** A test for each line: set alone under the harbour story, it goes (the body ends on the story). */
function goesUnderTheStory(lines: string[]): void {
  for (const line of lines) {
    it(`goes: ${JSON.stringify(line.slice(0, 50))}`, () => {
      expect(harbourWith(line).endsWith("were glad the wait was over.")).toBe(true);
    });
  }
}

describe("the page's bottom: a menu run after the story, and what stands under it", () => {
  const story = HARBOUR_STORY;
  it("drops the menu and the site's notice under it, in any language", () => {
    const b = parseArticle([...story,
      "Abonnements", "", "Plan du site", "", "Partenaires", "", "Nous joindre", "", "Confidentialité", "",
      "Les noms et logos des journaux de nos archives appartiennent à leurs propriétaires, et leur usage ici ne suppose aucun lien avec eux.", "",
    ].join("\n")).body;
    expect(b).not.toContain("Plan du site");
    expect(b).not.toContain("logos des journaux");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("drops a footer's links joined by bars, run onto the story's last sentence", () => {
    const page = `HomeNewsSportsWeather${story[0]}Jane RoePublished March 4, 2021${story[2]}${story[4]}${story[6]} Example Herald's Standards and Practices|About Example Herald|CorrectionsContact usPrivacy`;
    const b = parseArticle(page).body;
    expect(b).not.toContain("Standards and Practices");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
    // A bar inside a sentence is no menu.
    const prose = parseArticle([...story.slice(0, -2), "The board's notice read: Closed to boats|Open to kayaks. The chair said the sign would change in October.", ""].join("\n")).body;
    expect(prose).toContain("Closed to boats|Open to kayaks.");
  });
  it("drops a label closing the text, whose list or link was lost, with the loose ends over it", () => {
    const b = parseArticle([...story, "8:06 PM – Link to Audio", "", "Source:", ""].join("\n")).body;
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
    const label = parseArticle([...story.slice(0, 4), "The board listed three reasons for the work:", "", story[4], "", story[6], ""].join("\n")).body;
    expect(label).toContain("three reasons for the work:");
    // A longer label closing a text may be where it was cut short.
    const cut = parseArticle([...story, "Key points of the plan include:", ""].join("\n")).body;
    expect(cut.endsWith("Key points of the plan include:")).toBe(true);
  });
  it("drops a run of short lines after the story with a few lines of prose under it: a bio, a prompt, comments", () => {
    const bio = harbourWith("Tags", "", "Portville", "", "Ferries", "", "Harbour board", "", "Jane Roe has written about Portville's harbour since 2009 and lives on the east quay.");
    expect(bio).not.toContain("Harbour board");
    expect(bio).not.toContain("Jane Roe has written");
    expect(bio.endsWith("were glad the wait was over.")).toBe(true);
    const comments = harbourWith("Comments (2)", "", "Sort by", "", "Newest", "", "Oldest", "", "About time too, the channel has been a mess for years.", "", "Will the ferry come back?");
    expect(comments).not.toContain("About time too");
    // The story going on at length under such a run keeps it; so does text hard-wrapped with a blank
    // line between its lines, whose short lines are pieces of its sentences.
    const more = "The chair said the boats would be the first through the channel once the dredger had gone.";
    const goesOn = harbourWith("Sea Swallow", "", "Morning Star", "", "Grey Heron", "", more, "", more, "", more, "", more);
    expect(goesOn).toContain("Grey Heron");
    const wrapped = parseArticle([...HARBOUR_STORY.filter((l) => l !== ""), ...wrap("Asked about the ferry, the chair said only that the company had been told. Its manager could not be reached.", 40, ""), "The", "chair thanked the fishers, who", "said the board had at last", "listened to them after two years."].flatMap((l) => [l, ""]).join("\n")).body;
    expect(wrapped.endsWith("listened to them after two years.")).toBe(true);
  });
  it("drops a contact block under the story: an address, a telephone number alone, opening hours", () => {
    const story = [HARBOUR_STORY[2]!, HARBOUR_STORY[4]!, HARBOUR_STORY[6]!];
    const paragraphs = [...story, "12 Quay Street, Portville", "(555) 302-7100", "+44 20 7946 0018", "Hours: Mon–Fri 9am–5pm, Sat 10am–1pm"].map((text, n) => ({ n: n * 2, text }));
    expect(dropLooseEnds(paragraphs).map((p) => p.text)).toEqual(story);
    // (A figure alone is no telephone number: a match's crowd, "8,661", may close a report.)
    const crowd = [...story, "Attendance", "8,661"].map((text, n) => ({ n: n * 2, text }));
    expect(dropLooseEnds(crowd).map((p) => p.text).at(-1)).toBe("8,661");
  });
  it("keeps a list under a label, a list with figures, and a list the story goes on after", () => {
    const labelled = parseArticle([...story, "Boats that use the channel:", "", "Sea Swallow", "", "Morning Star", "", "Grey Heron", "", "Kittiwake", "", "Lady Jane", ""].join("\n")).body;
    expect(labelled).toContain("Lady Jane");
    const figures = parseArticle([...story, "Jane Roe, 45", "", "John Doe, 51", "", "Mary Major, 38", "", "Tom Minor, 60", "", "Ann Other, 29", ""].join("\n")).body;
    expect(figures).toContain("Ann Other, 29");
    const middle = parseArticle([story[0], "", story[2], "", "Sea Swallow", "", "Morning Star", "", "Grey Heron", "", "Kittiwake", "", "Lady Jane", "", story[4], "", story[6], ""].join("\n")).body;
    expect(middle).toContain("Lady Jane");
    expect(middle).toContain("were glad the wait was over.");
  });
});

describe("a headline of another story a scraper ran into the story's text", () => {
  const lead = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.";
  const second = "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.";
  const third = "Fishers who use the channel every morning said they had waited two years for the board to act and were glad the wait was over.";
  const fourth = "The board will meet again in May to choose a place for the silt that the dredger takes out of the channel.";
  const page = (inside: string) => `HomeNewsSportsWeatherHarbour board votes to dredge old ferry channelJane RoePublished March 4, 2021${lead}${second}${inside}${third}${fourth}Contact usPrivacy`;
  it("drops it between two sentences of the story", () => {
    const b = parseArticle(page("Lighthouse keeper on Gull Island retires after forty years on the rock, and the town plans a party for him on the quay")).body;
    expect(b).not.toContain("Lighthouse keeper");
    expect(b).toContain(second);
    expect(b).toContain(third);
  });
  it("keeps a sentence with a heading run onto it, and a paragraph of its own without its full stop", () => {
    expect(parseArticle(page("The board met twice in the spring before it voted. What the board decided at its two meetings in the spring")).body).toContain("The board met twice in the spring before it voted.");
    const own = "The chair thanked the fishers who had written to the board about the channel for two years and more";
    const lines = ["Harbour board votes to dredge old ferry channel", "", lead, "", own, "", second, ""].join("\n");
    expect(parseArticle(lines).body).toContain(own);
  });
  it("drops two such headlines in a row, each glued to the next, where the story goes on after them", () => {
    const b = parseArticle(page("Lighthouse keeper on Gull Island retires after forty years on the rockTown plans a party for its keeper on the quay next Sunday with a band and a parade of boats from the old slip")).body;
    expect(b).not.toContain("Lighthouse keeper");
    expect(b).not.toContain("Town plans a party");
    expect(b).toContain(third);
  });
});

describe("a wiki's page without a tagline, its tabs under its title", () => {
  it("takes the title over the tabs, not the site's menus, and starts the story under them", () => {
    const menus = ["Harbour Wiki", "Explore", "Main Page", "Discuss", "All Pages", "Community", "Interactive Maps", "Recent blog posts", "Port Avery", "Lighthouses", "Ferries"];
    const story = "The Port Avery ferry disaster was the sinking of the ferry Marguerite in the harbour mouth on 3 March 1921, in which eleven people died.";
    const a = parseArticle([...menus, "Marguerite ferry disaster", "Edit", "Edit source", "View history", "Talk (0)", story, "The ferry had left the slip late in a rising gale.", ""].join("\n"));
    expect(a.title).toBe("Marguerite ferry disaster");
    expect(a.body).toMatch(/^The Port Avery ferry disaster was/);
  });
});

describe("an archive's page: menus, then a title of two words in sentence case over the story", () => {
  it("takes that title, not the story's first sentence", () => {
    const menus = ["Skip to Main Content", "Home", "About", "Collections", "Legal Issues", "Justice System", "Cases", "Jane Roe", "Harbour Fire", "Cold Cases", "Resources"];
    const story = ["In the 1840s, large numbers of fishers came to Port Avery from across the sea, and many settled by the old ferry slip.",
      "The fire of 1852 began in a net loft on the slip and spread along the wharf before the tide turned, the coroner later found."];
    const a = parseArticle([...menus, "Harbour fire", ...story].join("\n"));
    expect(a.title).toBe("Harbour fire");
    expect(a.body).toMatch(/^In the 1840s/);
  });
});

describe("a wiki's foot in other languages", () => {
  it.each(["Voir aussi[modifier | modifier le code]", "Einzelnachweise[Bearbeiten | Quelltext bearbeiten]", "Véase también", "Примечания"])("ends the story at %j", (heading) => {
    const text = [
      "Dragage du chenal du port", "",
      "Le conseil du port a approuvé jeudi le dragage de l'ancien chenal des traversiers, après deux ans de débats sur l'accès ensablé à la cale du village.", "",
      "Les travaux commenceront en avril et devraient être terminés à la fin de l'été, a dit la présidente du conseil après le vote.", "",
      heading, "", "Port de l'Exemple", "", "Liste des ports du pays", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).toMatch(/après le vote\.$/);
  });
});

describe("a page that opens with a long run of menus and nothing else to go by", () => {
  it("starts the story at its first run of prose", () => {
    const menus = ["22°C", "city", "Home", "News", "Sports", "Weather", "Obits", "Events", "Cams", "Port Avery", "West Port Avery", "Harbour Town", "Poll", "Letters", "Opinion", "Forums", "Columnists", "Newsletter Signup", "Business", "Contests", "Contact us", "Advertise"];
    const text = [
      ...menus,
      "The harbour board approved the dredging of the old ferry channel on Thursday, ending two years of debate.",
      "The work will begin in April and should be finished by the end of the summer, the board's chair said after the vote.",
      "Fishers who use the channel welcomed the news, saying the silted approach had cost them a season of catches.",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.body).toMatch(/^The harbour board approved/);
    expect(a.body).not.toContain("Newsletter Signup");
  });
});

describe("an error page a scraper fetched instead of the story", () => {
  it.each([
    ["Page Not Found", "The page you requested is not available."],
    ["404", "Please forward this error screen to the site's webmaster."],
    ["ERROR", "Main Error Message Here"],
    ["Open this story in Apple News.", "For the best reading experience, open this story on a device with Apple News."],
  ])("has no body: %j", (heading, notice) => {
    const a = parseArticle(["Jump to content", heading, notice, "Please try our search page to find the information you are looking for, or go to our homepage.", "Search", "No results found"].join("\n"));
    expect(a.body).toBe("");
    expect(a.title).not.toMatch(/&#/);
  });
  it("but a story that reports a page not found is a story", () => {
    const lead = "The harbour board's website went dark on Thursday, and visitors looking for the dredging plan found only an error page.";
    const more = "The board said the plan would be posted again once the site was repaired, and that the work would begin in April as agreed after two years of debate over the silted approach to the slip. Fishers who use the channel said they had waited long enough for the dredging and would hold the board to its word this time.";
    const a = parseArticle(["Harbour board's website shows 'Page Not Found'", "", "Page Not Found", "", lead, "", more, "", more.replace("Fishers", "Sailors")].join("\n"));
    expect(a.body).toContain("went dark on Thursday");
  });
});

describe("lines after the story's last sentence that end none", () => {
  const story = HARBOUR_STORY;
  it("drops other stories' headlines, tags and share buttons, in any language", () => {
    const related = parseArticle([...story, "Lighthouse keeper retires after forty years", "", "3 rescued from capsized yacht off Gull Point", "", "Ferry fares to rise in spring"].join("\n")).body;
    expect(related.endsWith("were glad the wait was over.")).toBe(true);
    const tags = parseArticle([...story, "Publié le 10 juin", "", "Port Avery", "", "Dragage"].join("\n")).body;
    expect(tags.endsWith("were glad the wait was over.")).toBe(true);
    const runTogether = parseArticle([...story, "— With files from The Example Press", "Harbour"].join("\n")).body;
    expect(runTogether.endsWith("were glad the wait was over.")).toBe(true);
    const widget = parseArticle([...story, "Related Stories 'No evidence' boat thief linked to yacht club break-ins, police say 'Like two different nights': neighbours describe the storm Ferry fares to rise in spring as fuel costs climb again"].join("\n")).body;
    expect(widget.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("keeps the story's own list and a figure alone", () => {
    const draw = ["Avery Town v Gull Rovers", "", "Port United or Harbour City v Kittiwake", "", "Lady Jane Athletic v Morning Star"];
    expect(parseArticle([...story, ...draw].join("\n")).body).toContain("Lady Jane Athletic v Morning Star");
    expect(parseArticle([...story, "8,661"].join("\n")).body).toMatch(/8,661$/);
  });
});

describe("notes closing a story", () => {
  it("drops the sources its bracketed markers point to, with their label", () => {
    const b = parseArticle([...HARBOUR_STORY, "Sources:", "", "[i] The Example Herald, May 2, 2014, Page A2", "", "[ii] ibid", "", "[iii] Port Avery Council minutes, April 2014"].join("\n")).body;
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
    const numbered = parseArticle([...HARBOUR_STORY, "[1] The Example Herald, May 2, 2014", "", "[2] Harbour board annual report, 2013"].join("\n")).body;
    expect(numbered.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("keeps a bracketed line that does not close the story", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", "[Update] The board met again on Friday and confirmed the dredging of the channel for the spring.", "", ...HARBOUR_STORY.slice(2)].join("\n")).body;
    expect(b).toContain("[Update] The board met again");
  });
});

describe("a page template that shows the byline's name and the date twice", () => {
  it("reads the headline over them, the name and the date", () => {
    const share = ["Facebook", "Twitter", "WhatsApp", "Email", "Print", "Copy article link", "Save"];
    const text = [
      "Home", "News", ...share, "featured",
      "Boat thief also believed to have broken into yacht club earlier",
      "Jane Roe", "Jane Roe", "Author twitter", "Author email", "Mar 16, 2023", "Mar 16, 2023", "13",
      ...share,
      "Harbour police believe the man who stole two boats is also responsible for a break-in at the yacht club last week, the Example Standard has learned.",
      "A staff member was hurt in the incident, a source said.",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Boat thief also believed to have broken into yacht club earlier");
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2023-03-16");
    expect(a.body).toMatch(/^Harbour police believe/);
  });
});

describe("a stamp with a count of comments spaced off and the writer with their bureau", () => {
  it("reads the date and the writer", () => {
    expect(readStamp("09 Sep, 2025 - 00:09  0 Comments  Jane Roe Bulawayo Bureau")).toMatchObject({ published: "2025-09-09", authors: ["Jane Roe"] });
    expect(nameWithRole("Jane Roe, Harare Bureau")).toBe("Jane Roe");
  });
});

describe("a writer's name with the paper's hyphenated name after it, over the stamp", () => {
  it("names the writer", () => {
    expect(nameWithRole("Jane Roe Telegraph-Journal")).toBe("Jane Roe");
    const long = "The town had planned to cut down the red oak to widen a sidewalk, but neighbours collected more than 400 signatures and the council changed its mind on Monday.";
    const p = parseArticle(["Couple's 60-year-old oak survives after neighbours rally against removal", "", "The town had planned to cut down the tree", "",
      "Jane Roe Telegraph-Journal", "Published Nov 03, 2025  •  Last updated Nov 03, 2025  •  3 minute read", "", long, "", long.replace("Monday", "Tuesday")].join("\n"));
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a feed reader's page of items, each under the feed's name", () => {
  it("ends the first item's story where the next item's headline and 'by … · site · time' line stand", () => {
    const story = [
      "Water restrictions across the district tighten from Friday as a dry north-westerly wind dries out the plains, the council said in a statement on Tuesday.",
      "Garden sprinklers will be banned in most towns between 8am and 8pm, and hand watering will be allowed on alternate days only until the rivers recover.",
      "Farmers on the plains said the restrictions came a month earlier than last year, and several asked the council to let stock troughs be filled at any hour.",
      "Restrictions for each town are listed on the council website, and residents can sign up for text alerts.",
    ];
    const text = [
      "Feeds", "All articles", "Saved for later", "", "Example Herald – Latest",
      "Water restrictions tighten as nor'wester dries out the plains", "by Jane Roe · exampleherald.co.nz · Tue, 14 Jan 2025 17:12", "Open in new tab   Save   Share", "",
      ...story.flatMap((p) => [p, ""]), "Visit website", "",
      "Example Herald – Latest", "Town man jailed for ram-raid on liquor store", "by Staff Reporter · exampleherald.co.nz · Tue, 14 Jan 2025 15:40",
      "A 22-year-old man has been sentenced to two years and three months in prison for his part in a ram-raid on a liquor store.", "",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.body).toContain("residents can sign up for text alerts");
    expect(a.body).not.toContain("ram-raid");
  });
});

describe("a writer's name over the paper's name, a place and a hyphenated name", () => {
  it("names the writer alone: the paper under the name is no second writer", () => {
    const long = "The district will build its fifth high school on a 92-acre farm off Plano Road, the board of education decided on Monday night after a year of study.";
    const head = (outlet: string) => ["Local", "District picks a site for its fifth high school", "Jane Roe", outlet, "Published 3:14 p.m. ET March 4, 2025", "", long, "", long.replace("Monday", "Tuesday")].join("\n");
    for (const outlet of ["Bowling Green Courier-Times", "Example Courier-Times", "Bowling Green Daily News"]) expect(parseArticle(head(outlet)).author, outlet).toBe("Jane Roe");
    // (Two writers a line each, each with the paper under, stay two.)
    const two = ["Local", "District picks a site for its fifth high school", "Jane Roe", "Example Daily News", "John Doe", "Example Daily News", "Published 3:14 p.m. ET March 4, 2025", "", long, "", long.replace("Monday", "Tuesday")].join("\n");
    expect(parseArticle(two).author).toBe("Jane Roe and John Doe");
    // (Each over the paper that reads as a name and a paper.)
    expect(parseArticle(two.replaceAll("Example Daily News", "Bowling Green Courier-Times")).author).toBe("Jane Roe and John Doe");
  });
});

describe("the word for published run onto the stamp's weekday, under a date strip", () => {
  it("reads the stamp, the headline over it and the byline under it, not the masthead's motto over the strip", () => {
    const long = "Vendors at the harbour market say they will not move to a temporary site while the market is rebuilt, despite the council's offer of a free shuttle bus.";
    const text = [
      "The Example Star", "The Coast's Own Voice Since 1948", "Saturday, March 08, 2025",
      "HomeNewsLocalSportsBusinessEntertainmentCommentaryLettersObituaries", "E-PAPER  SUBSCRIBE  LOGIN", "News",
      "Harbour vendors vow to stay put as market rebuild looms",
      "Published:Saturday | March 8, 2025 | 12:09 AM",
      "Jane Roe/Staff Reporter", "", long, "", long.replace("council's", "mayor's"),
    ].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour vendors vow to stay put as market rebuild looms");
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2025-03-08");
  });
});

describe("a headline of two short sentences right over the byline", () => {
  const long = "For 61 years, fishermen on the south side of the harbour have known where to go when a boat needed hauling out, and now the family that runs the yard wants to sell it.";
  it("is the headline, over a newsletter's subject", () => {
    const text = [
      "From: The Example Current <newsletter@example.org>", "Sent: Friday, March 7, 2025 6:02 AM", "To: reader@example.com",
      "Subject: Harbour's last boatyard on the market | Friday Current", "", "View this email in your browser", "",
      "THE EXAMPLE CURRENT", "Friday, March 7, 2025", "", "Good morning. Today: a family boatyard goes up for sale.", "",
      "Harbour's last family-owned boatyard is for sale. Fishermen worry about where they'll haul out.", "",
      "By Jane Roe", "March 7, 2025", "", long, "", long.replace("61", "62"),
    ].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour's last family-owned boatyard is for sale. Fishermen worry about where they'll haul out.");
    expect(a.author).toBe("Jane Roe");
  });

  it("gives way to a headline over it, the sentences its standfirst", () => {
    const text = ["Boatyard for sale", "", "The yard has hauled out boats for 61 years. Its owner is tired.", "By Jane Roe", "March 7, 2025", "", long, "", long.replace("61", "62")].join("\n");
    expect(parseArticle(text).title).toBe("Boatyard for sale");
    // (Past a section's label between them too.)
    expect(parseArticle(text.replace("Boatyard for sale\n\n", "Boatyard for sale\nLocal News\n")).title).toBe("Boatyard for sale");
  });
});

describe("the writer's byline under the story, in another language's word for by", () => {
  const para = "Los vecinos de la comuna gastan hasta tres horas al día en desplazamientos desde que el cable dejó de operar hace un mes, y la empresa no da una fecha para el regreso del servicio.";
  const page = (closing: string[]) => ["Medellín", "Metrocable de la comuna cumple un mes sin operar", "10 de marzo de 2025", "", para, "", para.replace("tres", "cuatro"), "", para.replace("un mes", "cinco semanas"), "", ...closing, "", "Temas relacionados:", "Medellín", "Metro"].join("\n");
  it("names the writer, and is no part of the story", () => {
    const a = parseArticle(page(["Por: Jane Roe Gaviria", "Periodista de la sección Medellín"]));
    expect(a.author).toBe("Jane Roe Gaviria");
    expect(a.body).not.toContain("Jane Roe");
    expect(parseArticle(page(["Par : Jane Roe"])).author).toBe("Jane Roe");
  });
  it("not a live blog's entries, each with its writer and time", () => {
    const a = parseArticle(page(["Por: Ana Gómez Restrepo", "10:05 a. m.", "La vía sigue cerrada.", "", "Por: Marta Ruiz Ospina", "11:20 a. m.", "Llegan los primeros camiones."]));
    expect(a.author).toBeNull();
    expect(a.body).toContain("Llegan los primeros camiones.");
  });
  it("not a sentence that opens on the word", () => {
    const a = parseArticle(page(["Por Medellín pasan cada día miles de viajeros."]));
    expect(a.author).toBeNull();
    expect(a.body).toContain("Por Medellín pasan");
  });
});

describe("a feed reader's buttons and note on an item, and a French page's prompt to subscribe", () => {
  it("are furniture", () => {
    // (A Russian page's "no comments yet" too, its end no \b.)
    for (const t of ["Комментариев пока нет", "Нет комментариев"]) expect(isCommentsMarker(t), t).toBe(true);
    // (And its request to confirm the reader's address, whose pattern a \b before its first letter kept from any line.)
    expect(isBoilerplate("Пожалуйста, подтвердите ваш адрес электронной почты")).toBe(true);
    for (const t of ["Открыть на сайте", "Вы подписаны на эту ленту с 12 марта 2024 г.", "В избранное", "Отметить как прочитанное", "Vous avez aimé cet article ?",
      "Abonnez-vous pour ne rien manquer de l'actualité de votre ville.", "Je m'abonne"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Abonnez-vous, disait la publicité, mais personne ne l'écoutait dans la vallée cette année-là.")).toBe(false);
  });
});

describe("a Thai page: its date under the word for 'date', its section's name over it that the breadcrumb gives", () => {
  it("reads the date, its Buddhist year, and the headline over the section's name", () => {
    expect(readStamp("วันที่ 3 มีนาคม 2568 - 10:25 น.")?.published).toBe("2025-03-03");
    const long = "สถานการณ์ฝุ่นละอองขนาดเล็ก PM2.5 ในพื้นที่จังหวัดยังคงน่าเป็นห่วง หลังค่าฝุ่นเกินมาตรฐานต่อเนื่องเป็นวันที่เจ็ด ทางจังหวัดจึงออกคำสั่งห้ามเผาในที่โล่งทุกชนิด";
    const p = parseArticle(["ข่าวสดตัวอย่าง", "หน้าแรก", "ข่าว", "ภูมิภาค", "กีฬา", "", "หน้าแรก > ภูมิภาค > เชียงใหม่", "",
      "เชียงใหม่ฝุ่น PM2.5 พุ่งเกินมาตรฐาน 7 วันติด จังหวัดสั่งงดเผาเด็ดขาด", "", "ภูมิภาค", "วันที่ 3 มีนาคม 2568 - 10:25 น.", "", "แชร์", "Facebook", "", long, "", long].join("\n"));
    expect(p.title).toBe("เชียงใหม่ฝุ่น PM2.5 พุ่งเกินมาตรฐาน 7 วันติด จังหวัดสั่งงดเผาเด็ดขาด");
    expect(p.date).toBe("2025-03-03");
  });
});

describe("a writer's line with 'By' under the story's last paragraph", () => {
  const long = "Market vendors have been moved to a temporary site at the oval as work begins on the K18 million upgrade of the main market, the city authority said yesterday.";
  const page = (by: string, under: string[]) => parseArticle(["Market vendors relocated as upgrade begins", "", long, "", long.replace("oval", "park"), "", long.replace("oval", "showground"), "", long.replace("oval", "school"), "", by, "", ...under].join("\n"));
  it("names the writer, in capitals, and is no part of the story", () => {
    const p = page("By MARTHA OMBIA", ["Related stories", "Port expansion on track", "Health workers receive new boats"]);
    expect(p.author).toBe("MARTHA OMBIA");
    expect(p.body).not.toContain("By MARTHA OMBIA");
  });
  it("but not with more of the story under it", () => {
    const p = page("By JANE ROE", [long.replace("oval", "stadium")]);
    expect(p.author).toBeNull();
  });
});

describe("a breadcrumb from the site's home ending in the headline, the page's first line", () => {
  it("is no headline: the headline is the line that repeats its last step", () => {
    const p = parseArticle(["Home  »  News  »  Market vendors relocated as main market upgrade begins", "", "Example Courier Lae Edition", "",
      "Market vendors relocated as main market upgrade begins", "",
      "Market vendors have been moved to a temporary site at the oval as work begins on the K18 million upgrade of the main market.", "",
      "The provincial government and the city authority yesterday confirmed that more than 700 vendors were moved over the weekend."].join("\n"));
    expect(p.title).toBe("Market vendors relocated as main market upgrade begins");
    expect(p.body.startsWith("Market vendors have been moved")).toBe(true);
  });
});

describe("a station's alert under its label over the headline", () => {
  it("is no headline: 'Weather Alerts' / 'Red Flag Warning in effect …' / the headline / the byline", () => {
    const p = parseArticle(["KXXX-TV 2 News", "Live", "Watch", "News", "Weather", "", "Weather Alerts", "Red Flag Warning in effect for Washoe County until 8 PM", "",
      "Council pauses downtown scooter program after rider injuries climb", "", "by Jane Roe", "Wed, July 16th 2025, 6:42 PM PDT", "",
      "RENO, Nev. (KXXX) — The city council voted Wednesday to suspend the shared electric scooter program after a rise in injuries.", "",
      "The council voted 5-2 to pause the program, which has operated downtown since 2022."].join("\n"));
    expect(p.title).toBe("Council pauses downtown scooter program after rider injuries climb");
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a site's name with its motto or the places it serves over the headline", () => {
  const story = ["Town councillors voted by nine votes to two at Tuesday's full council meeting to add the cost to the town's share of the council tax.", "",
    "The toilets will be cleaned twice a day by a contractor and will remain free to use, at least for the first year."];
  it("is the masthead, over the page's first lines", () => {
    const p = parseArticle(["Example Vale Bulletin – Shaftesbury, Gillingham, Sturminster Newton and villages", "", "Town council to take over Swans Yard toilets after county exit", "", "14 February 2025", "", ...story].join("\n"));
    expect(p.title).toBe("Town council to take over Swans Yard toilets after county exit");
  });
  it("is the masthead over menus, a station's name with its frequency", () => {
    const p = parseArticle(["Example Valley Radio KCR 96.6 – The Voice of Kilkenny and Carlow", "", "Listen Live", "Podcasts", "News", "Sport", "Death Notices", "Presenters", "Competitions", "Contact", "", "News",
      "Thomastown to get new footbridge over the river under €3.1m scheme", "", "Thursday, 22nd May 2025 12:18pm", "", ...story, "", "Share", "Facebook", "Twitter", "WhatsApp", "", "Latest News"].join("\n"));
    expect(p.title).toBe("Thomastown to get new footbridge over the river under €3.1m scheme");
  });
});

describe("a summary's points under their label between the headline and the byline", () => {
  const head = ["Example Startups", "Home » Funding » Agritech", "FUNDING", "Agritech Startup Example Raises $18 Mn In Series A Led By Example Ventures"];
  const rest = ["Jane Roe", "Published: 13 Jan 2025 6:45 PM | Updated: 14 Jan 2025 11:02 AM", "4 min read", "Share on WhatsApp", "",
    "Agritech startup Example has raised $18 million in a Series A round led by Example Ventures, the company said on Monday.", "",
    "The startup will use the funds to expand to 1,200 villages and to hire engineers for its crop-advice app."];
  it("are no headline: the headline is over the label", () => {
    const p = parseArticle([...head, "SUMMARY", "The round saw participation from existing investors and angel investor John Doe",
      "The startup will use the funds to expand to 1,200 villages across three states", ...rest].join("\n"));
    expect(p.title).toBe("Agritech Startup Example Raises $18 Mn In Series A Led By Example Ventures");
    expect(p.author).toBe("Jane Roe");
  });
  it("but a section's name that reads like such a label, over the headline, is the section's", () => {
    const p = parseArticle(["Home", "Highlights", "Ferry service suspended after fatal crash at the terminal", "A Monday morning crash at the terminal left two people dead, police said.", ...rest].join("\n"));
    expect(p.title).toBe("Ferry service suspended after fatal crash at the terminal");
  });
});

describe("a club's match report: its next match's box over the page, its date glued to the writer's label", () => {
  it("reads a writer's label or 'By' run onto the date's year", () => {
    expect(readStamp("8th March 2025Report: Jane Roe")).toMatchObject({ published: "2025-03-08", authors: ["Jane Roe"] });
    expect(readStamp("8 March 2025By Jane Roe")).toMatchObject({ published: "2025-03-08", authors: ["Jane Roe"] });
  });
  it("takes the box of the next match for furniture, and the report's headline, date and writer under it", () => {
    const p = parseArticle(["Example FC", "Tickets", "Shop", "Search for:", "NEXT MATCH", "Example v Otherton", "Sat 15 Mar 2025 • 15:00 • Example Park", "Buy Tickets", "News", "Match Reports",
      "MATCH REPORT", "Late header seals win over Rovers", "8th March 2025Report: Jane Roe", "Share", "Facebook", "", "Example 2 Rovers 1", "",
      "A towering header four minutes from time handed Example a deserved three points on Saturday afternoon, lifting them to fourth in the table.", "",
      "The big defender rose highest to meet an inswinging corner on 86 minutes and send the home end into raptures."].join("\n"));
    expect(p.title).toBe("Late header seals win over Rovers");
    expect(p.date).toBe("2025-03-08");
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a menu of the page's own parts under the headline ('Jump to:' / 'Results' / 'Report')", () => {
  it("is furniture, and the headline over it, the byline and the date under it are read", () => {
    const p = parseArticle(["Example Cycling", "Racing", "Road", "", "Racing", "Tour of Example", "",
      "Tour of Example: Jane Roe outsprints the bunch to win stage 2 in Portville", "", "Belgian takes first win for new team as crosswinds split the peloton", "",
      "Jane Roe celebrates victory in Portville", "Jump to:", "Results", "Report", "By John Doe", "published 20 February 2025",
      "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.", "",
      "Jane Roe claimed her first victory in the colours of her new team on stage 2, holding off the sprinters in a reduced bunch after crosswinds split the race.", "",
      "The race continues on Friday with a 24km individual time trial before the decisive summit finish on Sunday."].join("\n"));
    expect(p.title).toBe("Tour of Example: Jane Roe outsprints the bunch to win stage 2 in Portville");
    expect(p.author).toBe("John Doe");
    expect(p.date).toBe("2025-02-20");
    expect(p.body).not.toContain("affiliate");
  });
});

describe("an affiliate disclosure", () => {
  it.each([
    "I receive a small commission when you purchase an item through my links, at no extra cost to you.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "This post contains affiliate links.",
    "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
  ])("is furniture: %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it("but a story reporting one is not", () => {
    expect(isBoilerplate("Retailers said the bloggers earn a commission on every sale, which critics say should be disclosed.")).toBe(false);
  });
});

describe("a contributor's credit closing a reposted story", () => {
  const text = (credit: string) => [...HARBOUR_STORY, credit, "", "This content may be reproduced in full with a link to the site."].join("\n");
  it("names the person as the author and leaves the body", () => {
    const a = parseArticle(text("Contributed by Jane Roe of www.example.com."));
    expect(a.author).toBe("Jane Roe");
    expect(a.body).not.toContain("Contributed by");
  });
  it("names no site as an author", () => {
    expect(parseArticle(text("Contributed by Harbour Watch of www.harbourwatch.com.")).author).toBeNull();
    expect(parseArticle(text("Contributed by The Example Post.")).author).toBeNull();
  });
});

describe("a commentary's note on its author, in brackets at the end", () => {
  it("leaves the body, and the last paragraph keeps its sentences", () => {
    const last = "The chair said the town had waited long enough, and the board voted to dredge the channel before the vote. (The writer is a professor of law at Example University.)";
    const b = parseArticle([...HARBOUR_STORY.slice(0, 4), last].join("\n")).body;
    expect(b).not.toContain("(The writer is");
    expect(b).toContain("voted to dredge the channel before the vote.");
  });
  it("in Chinese too", () => {
    const text = ["港口委员会决定疏浚旧渡轮航道", "", "港口委员会星期二决定疏浚旧渡轮航道。这条航道十年来淤积严重，小船要到十月才能回来。委员会主席在投票后说，这项工程比新建码头便宜。(作者是港口大学教授)"].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("作者是");
    expect(b).toContain("比新建码头便宜。");
  });
  it("in Chinese, naming the writer first, who is the author", () => {
    const text = ["港口委员会决定疏浚旧渡轮航道", "", "港口委员会星期二决定疏浚旧渡轮航道。这条航道十年来淤积严重，小船要到十月才能回来。委员会主席在投票后说，这项工程比新建码头便宜。（王海港 作者为港口大学教授）"].join("\n");
    const a = parseArticle(text);
    expect(a.body).not.toContain("作者为");
    expect(a.author).toBe("王海港");
  });
});

describe("a list of other stories under a heading, set into the story", () => {
  it.each(["People are also reading…", "Readers also read:", "What others are reading"])("goes with its heading %j; the story goes on", (heading) => {
    const links = ["Lighthouse keeper retires after forty years", "Ferry fares to rise in spring", "Yacht club opens new slip"];
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", heading, "", ...links.flatMap((l) => [l, ""]), HARBOUR_STORY[4], "", HARBOUR_STORY[6]].join("\n")).body;
    expect(b).not.toContain(heading);
    expect(b).not.toContain("Lighthouse keeper");
    expect(b).toContain("the dredger is booked for the spring.");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a title a scraper cut from the lead", () => {
  it("is the title as the text gives it, and not a paragraph of the story", () => {
    const lead = "Fishers who use the old ferry channel every morning have waited two years for the harbour board to dredge it, and on Tuesday the board finally voted to do the work before the autumn storms arrive on the coast.";
    const copy = lead.slice(0, 190);
    const a = parseArticle([copy, "", lead, "", "The dredger is booked for the spring, the board's chair said.", ""].join("\n"));
    expect(a.title).toBe(copy);
    expect(a.body.startsWith(lead)).toBe(true);
    expect(a.body.split(copy).length).toBe(2);
  });
});

describe("links and a long note on the writer after the story", () => {
  const bio =
    "Jane Roe, PhD, is founder and editor of The Example Review, a quarterly on ports and shipping. She was formerly harbour master at Port Avery, " +
    "and a columnist for the Example Standard for twelve years. She has written three books on the history of coastal trade, the last of them on the " +
    "ferries of the northern islands and the people who ran them. In addition, she served on the national board for small harbours and trained " +
    "harbour staff across the country in the safe handling of dredging work. She lives on the coast with her family and two dogs.";
  it("drops a link to the piece, a prompt with the site's address, the writer's name and her note", () => {
    const b = harbourWith("https://example.com/harbour-board-votes-to-dredge/", "", "Read more great articles here: https://example.com", "", "Jane-Roe", "", bio);
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("drops a writer's note that gives her handle after her name", () => {
    expect(harbourWith("Jane Roe (@janeroe) is a contributor to the Example Standard's harbour blog. She is a former harbour master.").endsWith("were glad the wait was over.")).toBe(true);
  });
  it("keeps a story's long last paragraph about a person it does not name in full", () => {
    const last = bio.replace("Jane Roe, PhD, is founder and editor of", "She is now the editor of");
    const b = harbourWith(last);
    expect(b.endsWith("with her family and two dogs.")).toBe(true);
  });
});

describe("a lead photo's caption or a pointer over the story", () => {
  const story = HARBOUR_STORY.slice(2);
  it.each([
    "Ana Diaz, left, and Tom Minor stand on the old ferry slip that the board will dredge.",
    "Ana Diaz (left) and Tom Minor on the old ferry slip.",
    "An old family photo shows the ferry slip in 1950, when the channel was deep.",
    "Fishing boats wait at the silted slip in Port Avery, N.S., on March 2, 2021.",
    "For the latest news, see: Harbour board names the firm that will dredge the channel",
  ])("drops %j", (over) => {
    const b = parseArticle([HARBOUR_STORY[0], "", over, "", ...story].join("\n")).body;
    expect(b.startsWith("The harbour board voted on Tuesday")).toBe(true);
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("drops the photographer's name under such a caption", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", "Fishing boats wait at the silted slip in Port Avery, N.S., on March 2, 2021.", "", "Jane Roe", "", ...story].join("\n")).body;
    expect(b.startsWith("The harbour board voted on Tuesday")).toBe(true);
  });
  it("keeps a lead that speaks of a photo or ends on a date without being a caption", () => {
    const lead = "Fans who buy tickets for the harbour festival will be issued with photo cards, the board said on Tuesday.";
    expect(parseArticle([HARBOUR_STORY[0], "", lead, "", ...story].join("\n")).body.startsWith(lead)).toBe(true);
  });
});

describe("a video's teaser or a content warning over the story", () => {
  const story = HARBOUR_STORY.slice(2);
  it.each([
    ["Boats return to the old ferry slip", "WATCH ABOVE: Fishers on the quay say the channel is too shallow for their boats. Jane Roe reports – Mar 4, 2021"],
    ["WATCH: Fishers on the quay say the channel is too shallow for their boats."],
    ["WARNING: This story contains details some readers may find distressing."],
  ])("drops them: %j", (...over) => {
    const b = parseArticle([HARBOUR_STORY[0], "", ...over.flatMap((p) => [p, ""]), ...story].join("\n")).body;
    expect(b.startsWith("The harbour board voted on Tuesday")).toBe(true);
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a link to another story set into the story", () => {
  it("goes, also when its headline runs into the next sentence; the sentence stays", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "",
      "READ MORE: Families of harbour workers say they feel unsafe on the quayThe board said the work would make the quay safer for everyone.", "",
      HARBOUR_STORY[4], "", "Related: Ferry fares to rise in spring as fuel costs climb", "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("READ MORE");
    expect(b).not.toContain("feel unsafe");
    expect(b).not.toContain("Ferry fares");
    expect(b).toContain("The board said the work would make the quay safer for everyone.");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });

  it("goes from a page run together, where it follows a sentence with no space", () => {
    const glued = "The dredger arrived on Monday from the north.Crews began work at dawn on the outer channel.READ MORE: Families of harbour workers say they feel unsafe on the quayThe board said the work would make the quay safer for everyone.Residents watched from the sea wall.";
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", glued, "", HARBOUR_STORY[4], ""].join("\n")).body;
    expect(b).not.toContain("READ MORE");
    expect(b).not.toContain("feel unsafe");
    expect(b).toContain("The board said the work would make the quay safer for everyone.");
    expect(b).toContain("Crews began work at dawn");
  });

  it("goes when it names an opinion or analysis piece, or gives the link's address; a sentence that starts so stays", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "Opinion: Should small towns pay to dredge their harbours?", "",
      HARBOUR_STORY[4], "", "Harbour photos from the last century – http://example.com/photos.html", "",
      "Analysis: Roe said the board had waited too long to act on the channel.", "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("Should small towns pay");
    expect(b).not.toContain("example.com");
    expect(b).toContain("Analysis: Roe said the board had waited too long");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });

  it("goes when a Spanish page runs another story's teaser into a paragraph: headline, writer and place, teaser, then the story with no stop", () => {
    const para = "El consejo del puerto aprobó el martes el dragado del viejo canal, tras dos años de debate entre los pescadores y la alcaldía. " +
      "Suben las tarifas del ferry por el precio del combustible Juana Roca. Puerto Ávila Las navieras dicen que el gasóleo se ha duplicado en un año. Habrá subidas en enero " +
      "Según el alcalde, las obras empezarán en abril y durarán tres meses, con un coste de dos millones de euros para la ciudad.";
    const b = parseArticle(["El puerto dragará su viejo canal", "", para, "", "Los pescadores celebraron la decisión del consejo en el muelle, donde esperaban desde la mañana.", ""].join("\n")).body;
    expect(b).not.toContain("Suben las tarifas");
    expect(b).not.toContain("el gasóleo se ha duplicado");
    expect(b).not.toContain("Habrá subidas");
    expect(b).toContain("entre los pescadores y la alcaldía. Según el alcalde, las obras empezarán en abril");
    // A sentence that names someone and goes on with a stop is the story's.
    const plain = "El consejo del puerto aprobó el martes el dragado del viejo canal, tras dos años de debate entre los pescadores y la alcaldía. " +
      "La decisión fue anunciada por la portavoz Juana Roca. Según el alcalde, las obras empezarán en abril y durarán tres meses para la ciudad.";
    expect(parseArticle(["El puerto dragará su viejo canal", "", plain, ""].join("\n")).body).toContain("La decisión fue anunciada por la portavoz Juana Roca.");
  });

  it("goes when the story takes up again with an opener such as \"Siempre\"", () => {
    const para = "El consejo del puerto aprobó el martes el dragado del viejo canal, tras dos años de debate entre los pescadores y la alcaldía. " +
      "Suben las tarifas del ferry por el precio del combustible Juana Roca. Puerto Ávila Las navieras dicen que el gasóleo se ha duplicado en un año. Habrá subidas en enero " +
      "Siempre atento a los plazos, el alcalde dijo que las obras empezarán en abril y durarán tres meses, con un coste de dos millones de euros.";
    const b = parseArticle(["El puerto dragará su viejo canal", "", para, "", "Los pescadores celebraron la decisión del consejo en el muelle, donde esperaban desde la mañana.", ""].join("\n")).body;
    expect(b).not.toContain("Suben las tarifas");
    expect(b).not.toContain("Habrá subidas");
    expect(b).toContain("entre los pescadores y la alcaldía. Siempre atento a los plazos");
  });

  it("goes when the story goes on after the teaser's text with no opener, or with a name", () => {
    const story = "El consejo del puerto aprobó el martes el dragado del viejo canal, tras dos años de debate entre los pescadores y la alcaldía.";
    const card = (headline: string) => `${headline} Juana Roca. Puerto Ávila El Gobierno regional dice que el gasóleo se ha duplicado en un año y que las navieras`;
    for (const [headline, resume] of [
      ["Suben las tarifas del ferry por el precio del combustible", "Pescadores y comerciantes firmaron una petición durante el verano en el muelle."],
      ["¿Quién paga el ferry? Las cuentas de una naviera en crisis", "María López, vecina del muelle, firmó la petición durante el verano."],
    ]) {
      const b = parseArticle(["El puerto dragará su viejo canal", "", `${story} ${card(headline!)} ${resume}`, ""].join("\n")).body;
      expect(b).not.toContain("Juana Roca");
      expect(b).not.toContain("Ferry");
      expect(b).not.toContain("ferry");
      expect(b).not.toContain("gasóleo");
      expect(b).toBe(`${story} ${resume}`);
    }
    // A sentence of the story that names its source before the next is no headline.
    const plain = `${story} Las obras empezarán en abril, dijo la portavoz Juana Roca. Puerto Ávila Sur tendrá un muelle nuevo en verano y los pescadores Ana y Luis lo celebraron.`;
    expect(parseArticle(["El puerto dragará su viejo canal", "", plain, ""].join("\n")).body).toBe(plain);
  });

  it("goes when a paragraph break falls between the teaser's headline and its writer", () => {
    const first = "El consejo del puerto aprobó el martes el dragado del viejo canal, tras dos años de debate entre los pescadores y la alcaldía. " +
      "Las obras costarán dos millones de euros, según el alcalde. Suben las tarifas del ferry por el precio del combustible";
    const second = "Juana Roca Las navieras dicen que el gasóleo se ha duplicado en un año y que habrá subidas en enero " +
      "El alcalde añadió que las obras empezarán en abril y durarán tres meses, con cortes en el muelle para los pescadores de la ciudad.";
    const b = parseArticle(["El puerto dragará su viejo canal", "", first, "", second, ""].join("\n")).body;
    expect(b).not.toContain("Suben las tarifas");
    expect(b).not.toContain("el gasóleo se ha duplicado");
    expect(b).toContain("según el alcalde. El alcalde añadió que las obras empezarán en abril");
  });

  it("goes when it is a pull quote run in the same way, repeating a sentence of the story's above", () => {
    const first = "Pescadores, marineros y pequeños comerciantes figuraron entre los 3.000 vecinos que firmaron la petición, recogida durante todo el verano en el muelle.";
    const second = "El consejo del puerto aprobó el martes el dragado del viejo canal, tras dos años de debate. " +
      "Pescadores, marineros y pequeños comerciantes figuraron entre los 3.000 vecinos, que firmaron en todo el puerto " +
      "Según el alcalde, las obras empezarán en abril y durarán tres meses, con un coste de dos millones de euros para la ciudad.";
    const b = parseArticle(["El puerto dragará su viejo canal", "", first, "", second, ""].join("\n")).body;
    expect(b).toContain(first);
    expect(b).toContain("tras dos años de debate. Según el alcalde");
  });

  it("goes when its label has no colon, or the colon comes after where it leads; a sentence that starts so stays", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "Read Also Ferry Fares To Rise In Spring As Fuel Costs Climb!", "",
      HARBOUR_STORY[4], "", "Read more at : The Harbour Board's Plan for the Old Channel", "",
      "Read more about the plan in the board's annual report, which was published on Tuesday.", "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("Ferry Fares");
    expect(b).not.toContain("Read more at");
    expect(b).toContain("Read more about the plan in the board's annual report");
  });

  it("leaves an advertisement's marker run onto a paragraph, and keeps the paragraph", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "Continued below... The board said the work would make the quay safer for everyone.", "",
      "Story continues below advertisement: Residents watched from the sea wall.", "", HARBOUR_STORY[4], ""].join("\n")).body;
    expect(b).not.toMatch(/continue/i);
    expect(b).toContain("\n\nThe board said the work would make the quay safer for everyone.");
    expect(b).toContain("\n\nResidents watched from the sea wall.");
  });

  it("goes when its headline opens with a figure, run onto the sentence before it", () => {
    const glued = "The dredger arrived on Monday from the north.Crews began work at dawn on the outer channel, the board said.3 boats sunk as storm hits the harbourFerry fares to rise in springLighthouse reopens to visitorsResidents watched from the sea wall.";
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", glued, "", HARBOUR_STORY[4], ""].join("\n")).body;
    expect(b).not.toContain("3 boats sunk");
    expect(b).toContain("Crews began work at dawn on the outer channel, the board said.");
    expect(b).toContain("Residents watched from the sea wall.");
  });

  it("goes in French too, its headline in guillemets or cut before an elided capital, not inside a name", () => {
    const para = "Les dragueurs sont arrivés lundi au port et le chantier a commencé à l’aube dans le chenal extérieur, sous les yeux des pêcheurs.";
    const glued = "Le conseil a voté mardi.Lire aussi: «Les pêcheurs du port inquiets pour la saison»Le chantier durera trois mois.Lire également notre éditorial: Le chenal d’Avery, enfin rouvertL’idée du maire a fini par convaincre.";
    const b = parseArticle(["Le port d’Avery va draguer son vieux chenal", "", para, "", glued, "", para.replace("lundi", "mardi"), ""].join("\n")).body;
    expect(b).not.toContain("Lire");
    expect(b).not.toContain("inquiets pour la saison");
    expect(b).not.toContain("enfin rouvert");
    expect(b).toContain("Le chantier durera trois mois.");
    expect(b).toContain("L’idée du maire a fini par convaincre.");
  });
});

describe("a video player's list of clips after the story", () => {
  it("goes, its running time and long headlines with it", () => {
    const clips = ["2:02", "Harbour board approves a plan to dredge the channel after years of complaints from fishers and ferry crews",
      "Harbour board approves a plan to dredge the channel after years of complaints from fishers and ferry crews",
      "Ferry operator warns fares may rise in the spring as the price of fuel keeps climbing across the region",
      "Lighthouse keeper marks forty years on the point with a party for the whole village", "Previous Video", "Next Video"];
    const b = harbourWith(...clips);
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });

  it("goes where other stories' headlines were run together into one line, under the story", () => {
    const run = "Ferry fares to rise in the spring as fuel costs climb Lighthouse keeper marks forty years on the point with a village party Council approves a new sea wall for the old town Fishing season opens early after the mildest winter on record";
    const b = harbourWith("Just Posted", "", run);
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });

  it("keeps a last sentence that lost its stop, alone under the story", () => {
    const last = "The dredging is due to finish in the spring before the ferry season begins on the first of May";
    const b = harbourWith(last);
    expect(b.endsWith(last)).toBe(true);
  });
});

describe("a tweet set into the story", () => {
  it("goes, with its link, hashtags, author and date", () => {
    const tweets = [
      "Boats are back in the old ferry channel this morning after two years https://t.co/AbC123xyz #PortAvery #harbour",
      "The dredger arrives in spring, the board says. pic.twitter.com/XyZ987abc— Example Harbour (@exampleharbour) March 4, 2021",
    ];
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", tweets[0]!, "", HARBOUR_STORY[4], "", tweets[1]!, "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("t.co");
    expect(b).not.toContain("pic.twitter.com");
    expect(b).toContain("the dredger is booked for the spring.");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("dropTweets", () => {
  it("knows a tweet as its embed's markup leaves it: the link closed, a dash and the handle after it", () => {
    const story = { n: 1, text: HARBOUR_STORY[2]! };
    const tweet = { n: 2, text: 'Boats line the quay as the dredger sails in <a href="https://t.co/u5CMVhPkLG">pic.twitter.com/u5CMVhPkLG</a>&mdash;@exampleharbour' };
    expect(dropTweets([story, tweet])).toEqual([story]);
  });
});

describe("a site's foot after the story", () => {
  it.each([
    ["All Rights Reserved 2017 - 2023.", "Theme: Harbour Dark by Example Themes."],
    ["Example Herald. All rights reserved."],
    ["Proudly powered by WordPress", "Harbour news"],
    ["Reset Password", "Submitting this form below will send a message to your email with a link to change your password."],
    ["News Tips", "Report Errors", "You are now being redirected to the Example website, where you can read our accessibility plan."],
    ["Email Address", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."],
  ])("ends the story at %j", (...foot) => {
    const b = parseArticle([...HARBOUR_STORY, ...foot.flatMap((p) => [p, ""])].join("\n")).body;
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a post's trailers", () => {
  it.each([
    "THANK YOU FOR WATCHING.",
    "Filed under: Harbour, Boats, Ferries, Weather, Fishing, Council, Dredging, Port Avery news Tagged: channel, dredger, ferry slip, harbour board, silt, small boats, spring, quay, fishers, October, lighthouse, keepers, tides, moorings, slipway, boathouse, yacht club, ferry fares, timetable",
    "Why the old ferry channel matters to every small boat owner in Port Avery is a post from The Example Harbour Blog – News of the Quay",
    "This content may be freely reproduced in full or in part in digital form with full attribution to the author and a link to ExampleHarbour.com.",
  ])("drops %j closing the story", (trailer) => {
    const b = harbourWith(trailer);
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a promotion after the story", () => {
  it.each(["Download now", "Learn more", "Start your free trial"])("ends the story at its heading, over the button %j", (button) => {
    const promo = ["Harbour Guide 2024", "Everything you need to plan a season on the water", button, "Our services", "Moorings for every size of boat, all year round.", "Learn More"];
    const b = parseArticle([...HARBOUR_STORY, ...promo.flatMap((p) => [p, ""])].join("\n")).body;
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a comment form after the story", () => {
  it.each(["Post a comment as anonymous", "Leave a Comment", "Add a comment"])("ends the story at %j, with what follows it", (prompt) => {
    const more = ["The board will meet again in May to choose a place for the silt that the dredger takes out of the channel.", "The dredging will be paid for from the harbour's reserve, which the board has built up over the past decade."];
    const text = [...HARBOUR_STORY, ...more.flatMap((p) => [p, ""]), "Jane Roe covers the harbour for the Example Standard and has written about its ferries for ten years.", "", prompt, "", "[smile]", "", "I have waited years for this, and so have my neighbours on the quay.", ""].join("\n");
    const b = parseArticle(text).body;
    expect(b).toContain("built up over the past decade.");
    expect(b).not.toContain(prompt);
    expect(b).not.toContain("so have my neighbours");
  });

  it.each(["Share this:", "TwitterFacebookLike this:", "Notify me of new comments via email."])("ends a blog's post at its sharing block or comment form, %j, with what follows it", (marker) => {
    const more = ["The board will meet again in May to choose a place for the silt that the dredger takes out of the channel.", "The dredging will be paid for from the harbour's reserve, which the board has built up over the past decade."];
    const foot = ["Search for:", "Categories", "Boats", "Ferries", "Harbour news", "Weather", "Blog at Example.com."];
    const b = parseArticle([...HARBOUR_STORY, ...more.flatMap((p) => [p, ""]), marker, "", ...foot.flatMap((p) => [p, ""])].join("\n")).body;
    expect(b.endsWith("built up over the past decade.")).toBe(true);
  });
});

describe("a news site's page top with a regional label and a dateline on its own line", () => {
  const page = (top: string[], dateline: string) => [
    ...top,
    "Harbour board rejects plan for new ferry terminal",
    "By Jane Roe in Portville",
    "The Example Press",
    "Published Wednesday, March 10, 2021 10:10AM AST",
    "Share:",
    "",
    "",
    dateline,
    "A harbour board has rejected a plan for a new ferry terminal on the east side of the bay after a long public hearing.",
    "The board said the plan did not address concerns about traffic and noise raised by residents during the hearing.",
    "Residents who spoke at the hearing said they were pleased with the decision and would keep watching the project.",
    "",
  ].join("\n");

  it("takes the dateline's place and starts the body with the paragraph under it", () => {
    const a = parseArticle(page(["Home", "Advertisement", "REGIONAL"], "PORTVILLE, N.S. --"));
    expect(a.place).toBe("PORTVILLE, N.S.");
    expect(a.body.startsWith("A harbour board has rejected")).toBe(true);
    expect(a.body).not.toContain("--");
  });

  it("reads a label in capitals under a few buttons as the section", () => {
    expect(parseArticle(page(["Home", "Follow on", "Advertisement", "REGIONAL"], "")).section).toBe("REGIONAL");
  });

  it("does not read the last item of a long menu as the section, capitals or not", () => {
    const menu = ["Home", "News", "Sports", "Business", "Opinion", "Contact Us", "FAQ"];
    expect(parseArticle(page(menu, "")).section).toBeNull();
  });
});

describe("a closing credit to the reporters the story drew on", () => {
  it.each(["With files from The Example Press", "— With files from Jane Roe and John Doe", "With a report from Example TV's Jane Roe", "Additional reporting by Jane Roe in Portville"])("ends the story at %j, with the page's list under it", (credit) => {
    const next = ["Council votes to keep the old lighthouse open to visitors through the winter months.", "The lighthouse has stood on the point since 1871 and draws thousands of visitors each summer."];
    const b = parseArticle([...HARBOUR_STORY, credit, "", ...next.flatMap((p) => [p, ""])].join("\n")).body;
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
    expect(b).not.toContain("lighthouse");
  });
});

describe("a headline under a page's filter labels", () => {
  it("is the longest title-like line between them and the story, not the first", () => {
    const page = [
      "Toggle navigation",
      "Explore",
      "Version",
      "Published",
      "Draft",
      "Archived",
      "Filter Locations",
      "By City or Region",
      "All Locations",
      "Portville",
      "By Category",
      "Historic and Heritage Sites",
      "Accessible",
      "The Harbour Fire of 1871: How a Village Rebuilt Its Quay in One Summer",
      "play",
      "pause",
      "The fire began in a net loft on the quay on the night of June 3, 1871, and by morning most of the wharf was gone.",
      "Fishers who had lost their boats camped on the beach while the village decided whether to rebuild the quay at all.",
      "By the end of the summer a new quay of stone stood where the old timber one had burned, paid for by a levy on every catch.",
    ].join("\n");
    expect(parseArticle(page).title).toBe("The Harbour Fire of 1871: How a Village Rebuilt Its Quay in One Summer");
  });
});

describe("lists of other stories under the story, each under its own heading", () => {
  it("go whole, headlines with their teasers, short ones included", () => {
    const lists = [
      "Top Stories",
      "Ferry fares to rise in the spring, operator says",
      "Lighthouse to stay open to visitors through the winter",
      "Example.ca Top Stories",
      "Council approves new sea wall for the old town",
      "The town council has approved a new sea wall to protect the old town from winter storms and rising tides.",
      "Portville",
      "Bridge closes for repairs",
      "A bridge has closed for repairs in Portville.",
      "Fishing season opens early after mild winter",
      "The fishing season opened two weeks early this year after the mildest winter on record in the bay.",
    ];
    const b = harbourWith(...lists);
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("go whole when each link has its kicker and age over it and a dated teaser under it", () => {
    const b = harbourWith(
      "Latest Headlines",
      "Local News // 53 minutes ago",
      "Ferry fares to rise in the spring as fuel prices climb",
      "May 3 (Example Wire) -- Ferry fares to Gull Island will rise by a dollar in the spring, the operator said on Tuesday.",
      "Weather // 2 hours ago",
      "Storm warning issued for the bay",
      "May 3 (Example Wire) -- Forecasters issued a storm warning for the bay on Tuesday, with gusts of up to 90 km/h expected overnight.",
    );
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a breadcrumb over the headline", () => {
  it("gives its last step as the section, though it reads as an outlet's name", () => {
    const a = parseArticle(["Sign up for Daily Headlines", "Contact Us", "Search", "Home", "Metro News",
      "Harbour board votes to dredge old ferry channel",
      "PORTVILLE — The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.",
      "Jane Roe    Jun 1, 2018 7:39 PM", "Share on Facebook", "Share on Twitter",
      "PORTVILLE — The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", ""].join("\n"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.section).toBe("Metro News");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a byline of a name over its job and outlet, then a contact button, over the stamp", () => {
  const page = [
      "Home",
      "Follow on",
      "Advertisement",
      "PORTVILLE",
      "Court documents outline dispute between harbour board and ferry operator",
      "Jane Roe",
      "Web Reporter, Example TV Portville",
      "Contact",
      "Published Wednesday, December 21, 2016 6:29PM MST",
      "Last Updated Wednesday, December 21, 2016 6:51PM MST",
      "Share:",
      "",
      "Reddit",
      "Share",
      "Text:",
      "",
      "",
      "As the harbour board and the ferry operator prepare for a hearing next month, court documents show a dispute that has lasted years.",
      "The documents, filed on Tuesday, describe meetings between the two sides that ended without agreement on fares or schedules.",
      "The operator says the board broke a promise to dredge the channel, while the board says the operator never paid its fees.",
  ];
  it("reads the headline, the author and the section", () => {
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("Court documents outline dispute between harbour board and ferry operator");
    expect(a.author).toBe("Jane Roe");
    expect(a.section).toBe("PORTVILLE");
    expect(a.body.startsWith("As the harbour board")).toBe(true);
  });
  it("takes no contact button for the place, without the job line", () => {
    expect(parseArticle(page.filter((l) => !l.startsWith("Web Reporter")).join("\n")).place).toBeNull();
  });
});

describe("a page's categories set off from the headline by tabs", () => {
  it("are not part of the headline", () => {
    const text = ["Search for:", "City &amp; Politics, History\t\tThe harbour fire of 1871", "Jane Roe / Friday, March 15th 2013", "It began in a net loft on the quay on a June night, and by morning most of the wharf was gone.", "Fishers who had lost their boats camped on the beach while the village argued about the quay.", ""].join("\n");
    expect(parseArticle(text).title).toBe("The harbour fire of 1871");
  });
});

describe("the reporters' places between their names and the stamp, however the page cased them", () => {
  it("are the place, not the headline", () => {
    const text = ["Skip to main content", "Canada", "World", "Harbour board rejects plan for new ferry terminal", "Jane Roe and John Doe", "Portville and halifax", "Published August 4, 2022",
      "A harbour board has rejected a plan for a new ferry terminal on the east side of the bay after a long public hearing.",
      "The board said the plan did not address concerns about traffic and noise raised by residents during the hearing.", ""].join("\n");
    const a = parseArticle(text);
    expect(a.title).toBe("Harbour board rejects plan for new ferry terminal");
    expect(a.author).toBe("Jane Roe and John Doe");
    expect(a.place).toBe("Portville and halifax");
  });
});

describe("a dotted abbreviation in small letters with a capital run onto it", () => {
  it("ends what it closes, on a page run together", () => {
    expect(splitGlued("Portville, n.s.The Example Press")).toEqual(["Portville, n.s.", "The Example Press"]);
  });
  it("except a time's, onto which a stamp runs its section", () => {
    expect(splitGlued("Jun 13, 2023 2:56 p.m.Local News")).toEqual(["Jun 13, 2023 2:56 p.m.Local News"]);
  });
  it("parts a dateline's place from a headline ending on a region's capitals", () => {
    const top = "MenuNewsSportsOpinionBusinessHarbour board rejects ferry plan in Portville, N.S.Portville, n.s.The Example PressPublished January 17, 2023ShareA harbour board has rejected a plan for a new ferry terminal on the east side of the bay after a long public hearing.";
    const a = parseArticle([top, "The board said the plan did not address concerns about traffic and noise raised by residents during the hearing.", ""].join("\n"));
    expect(a.title).toBe("Harbour board rejects ferry plan in Portville, N.S.");
    expect(a.place).toBe("Portville, n.s.");
  });
});

// A blog's page: its name and menu, the post's title, then "<date> by <writer>" (a theme may print
// the date it was updated, hidden, run into the date it was published).
const blogPost = (meta: string, ...story: string[]) => ["Skip to content", "Harbour Tales", "Menu", "Home", "Ship Map", "The Names", "About", "Contact Us", "The Last Ferry Out of Portville", meta,
  ...(story.length ? story : [
    "The last ferry left Portville harbour on a grey morning, carrying forty passengers and the mail, May 20, 1996.",
    "The crossing took three hours. The captain, who had sailed the route for twenty years, said the sea was calm the whole way.",
    "The terminal closed a week later, and the town's council voted to sell the pier to a fish packing company.",
  ]), ""].join("\n");

describe("a blog post's date and writer on one line, under a menu", () => {
  it("gives the date, the writer, and the headline over them", () => {
    const a = parseArticle(blogPost("May 20, 1996 by Jane Roe"));
    expect(a.title).toBe("The Last Ferry Out of Portville");
    expect(a.date).toBe("1996-05-20");
    expect(a.author).toBe("Jane Roe");
    expect(a.body.startsWith("The last ferry left Portville harbour")).toBe(true);
    expect(a.body).not.toContain("Ship Map");
  });
  it("takes the second of two dates run together as the publication's", () => {
    const a = parseArticle(blogPost("December 23, 2021May 20, 1996 by Jane Roe"));
    expect(a.date).toBe("1996-05-20");
    expect(a.author).toBe("Jane Roe");
    expect(a.title).toBe("The Last Ferry Out of Portville");
  });
  it("reads the form as a stamp only with a person's name after by", () => {
    expect(readStamp("May 20, 1996 by Jane Roe")?.authors).toEqual(["Jane Roe"]);
    expect(readStamp("May 20, 1996 by the harbour, the last ferry left")).toBeNull();
    // (A capitalised "By", with the post's comment count after the name.)
    expect(readStamp("February 2, 2024 By Jane Roe 0 Comments")).toMatchObject({ published: "2024-02-02", authors: ["Jane Roe"] });
  });
  it("reads a writer's name run onto the stamp's keyword", () => {
    expect(readStamp("Jane Roe Published May 3, 2024 Updated about 6 hours ago")).toMatchObject({ published: "2024-05-03", authors: ["Jane Roe"] });
    // (Not a sentence that says when something was published.)
    expect(readStamp("The report was Published May 3, 2024 by the ministry")?.authors ?? []).toEqual([]);
  });
  it("keeps a title over a byline though a menu's items stand over it", () => {
    const a = parseArticle(["Harbour Tales", "Home", "About", "Portville Ferry’s Last Voyage", "By Jane Roe",
      "The last ferry left Portville harbour on a grey morning, carrying forty passengers and the mail.",
      "The crossing took three hours. The captain, who had sailed the route for twenty years, said the sea was calm.", ""].join("\n"));
    expect(a.title).toBe("Portville Ferry’s Last Voyage");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a story's lead that ends on a full date", () => {
  it("stays, without a photo's credit by it", () => {
    const a = parseArticle(["Ferry service ends in Portville", "By Jane Roe", "Published May 27, 1996",
      "The last ferry left Portville harbour on a grey morning with forty passengers and the mail on board, May 20, 1996.",
      "The ferry that linked Portville to the mainland for sixty years made its last crossing on Monday, with forty passengers and the mail on board.",
      "The terminal will close next week, and the council has voted to sell the pier to a fish packing company.", ""].join("\n"));
    expect(a.body.startsWith("The last ferry left Portville harbour")).toBe(true);
  });
  it("goes as a caption when a picture's credit stands over it", () => {
    const a = parseArticle(["Ferry service ends in Portville", "By Jane Roe", "Published May 27, 1996", "© Provided by Example Sun", "The last ferry leaves Portville harbour on May 20, 1996.",
      "The ferry that linked Portville to the mainland for sixty years made its last crossing on Monday, with forty passengers and the mail on board.",
      "The terminal will close next week, and the council has voted to sell the pier to a fish packing company.", ""].join("\n"));
    expect(a.body).not.toContain("The last ferry leaves Portville harbour");
    expect(a.body.startsWith("The ferry that linked Portville")).toBe(true);
  });
});

describe("a blog's comments heading and post links under the story", () => {
  for (const heading of ["3 thoughts on “The Last Ferry Out of Portville”", "One response to “The Last Ferry Out of Portville”", "Post navigation"]) {
    it(`end the story at ${JSON.stringify(heading)}`, () => {
      const a = parseArticle(blogPost("May 20, 1996 by Jane Roe",
        "The last ferry left Portville harbour on a grey morning, carrying forty passengers and the mail.",
        "The crossing took three hours. The captain, who had sailed the route for twenty years, said the sea was calm.",
        "The terminal closed a week later, and the council voted to sell the pier to a fish packing company.",
        "Some of the crew found work on the fishing boats. Others left for the city, and the captain retired to a house on the hill over the harbour, where he kept the ship's bell on his porch for the rest of his life.",
        heading, "Harbour Lights Go Dark", "I remember that boat well. My father worked on it for years and we all miss it.", "Reply"));
      expect(a.body.endsWith("for the rest of his life.")).toBe(true);
    });
  }
});

describe("a fact box beside the story", () => {
  it("goes from over the story: fields, or an infobox's names over their values", () => {
    const boxes = [
      ["Jane Roe", "Classification: Smuggler", "Characteristics: Ferry captain", "Number of ships: 3", "Date of arrest:", "May 20, 1996", "Status: Released"],
      ["Background information", "Born", "March 3, 1950", "Occupation", "Ferry captain", "Date", "May 20, 1996", "Location(s)", "Portville harbour"],
    ];
    for (const box of boxes) {
      const a = parseArticle(["The Portville ferry smuggler", "", ...box,
        "Jane Roe was a ferry captain who carried contraband across the bay for a decade before she was caught in the spring of 1996.",
        "She was released after two years and never sailed again, the harbour board's records show.", ""].join("\n"));
      expect(a.body.startsWith("Jane Roe was a ferry captain")).toBe(true);
      expect(a.body).not.toContain("Date of arrest");
      expect(a.body).not.toContain("Occupation");
    }
  });
  it("goes from under the story, with its heading", () => {
    const a = parseArticle(blogPost("May 20, 1996 by Jane Roe",
      "The last ferry left Portville harbour on a grey morning, carrying forty passengers and the mail.",
      "The crossing took three hours. The captain, who had sailed the route for twenty years, said the sea was calm.",
      "Vital Statistics", "Name: Portville Queen", "Built: 1936", "Tonnage: 1,200", "Fate: Sold for scrap in 1997. The bell hangs in the town hall."));
    expect(a.body.endsWith("said the sea was calm.")).toBe(true);
  });
  it("is not a table of figures over the story", () => {
    const table = ["Harbour rain totals", "", "PORTVILLE PIER 51.88", "EAST BAY 49.40", "NORTH CAPE 0.2 E 49.23", "SOUTH SHOAL 48.10", "WEST LIGHT 47.35", "OLD MILL 46.70",
      "Rain gauges around the harbour recorded more than fifty millimetres in the storm, the weather office said on Monday.",
      "The office said more rain was expected later in the week.", ""].join("\n");
    const a = parseArticle(table);
    expect(a.body).toContain("PORTVILLE PIER 51.88");
  });
});

describe("a list of other stories under the story, each with its own stamp", () => {
  const story = ["Le traversier de Portville quitte le port pour la dernière fois",
    "Par Jeanne Roe", "Publié le 20 mai 1996",
    "Le dernier traversier a quitté le port de Portville lundi matin, avec quarante passagers et le courrier à son bord, sous un ciel gris.",
    "La traversée a duré trois heures. Le capitaine, qui naviguait sur cette route depuis vingt ans, a dit que la mer était calme.",
    "Le terminal fermera la semaine prochaine, et le conseil a voté pour vendre le quai à une entreprise de transformation du poisson."];
  const entries = [["Région du Sud", "Un pont fermé pour travaux", "Le pont de la rivière Noire sera fermé tout l’été pour des travaux de réfection, a annoncé la ville.", "Publié à 11h40"],
    ["Port-Avery", "Un chalutier s’échoue", "Un chalutier s’est échoué sur un banc de sable près de Port-Avery, sans faire de blessés.", "Publié hier à 18h25"],
    ["Québec", "Un cycliste blessé", "Un cycliste a été blessé lors d’une collision avec une voiture dans le centre-ville.", "Mis à jour le 11 juin"],
    ["Beauce", "La foire agricole revient", "La foire agricole de la Beauce revient cet automne après trois ans d’absence, disent ses organisateurs.", "Publié le 10 juin"]];
  it("goes with its heading where each entry closes on its stamp", () => {
    const b = parseArticle([...story, "En continu", ...entries.flat(), ""].join("\n")).body;
    expect(b.endsWith("une entreprise de transformation du poisson.")).toBe(true);
  });
  it("goes from its first stamp where each entry opens with it, and the story's end stays", () => {
    const b = parseArticle([...story, ...entries.map(([r, h, t, s]) => [s!, r!, h!, t!]).flat(), ""].join("\n")).body;
    expect(b.endsWith("une entreprise de transformation du poisson.")).toBe(true);
  });
  it("knows a widget's heading in the archive's other languages", () => {
    for (const heading of ["Les plus lus", "Lo más leído", "Meistgelesen", "Самое читаемое"]) expect(isWidgetHeading(heading)).toBe(true);
    expect(isWidgetHeading("Les plus lus du village")).toBe(false);
  });
});

describe("a prompt to follow the outlet under the story", () => {
  goesUnderTheStory(["Join us on Facebook.com/ExampleOpinion.", "Join us Facebook/ExampleOpinion.", "Like us on Facebook and follow us on Twitter."]);
  staysUnderTheStory("stays as story when it says more than where to follow", "Follow us on the road, the band told its fans, and they did, all the way to the harbour.");
});

describe("a listicle's headline set into the story", () => {
  it("is a link to another story and goes", () => {
    const [head, ...rest] = HARBOUR_STORY;
    const b = parseArticle([head, ...rest.slice(0, 3), "5 things to know about harbour dredging", ...rest.slice(3), ""].join("\n")).body;
    expect(b).not.toContain("5 things to know");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("stays in a run of three or more, the story's own list", () => {
    const [head, ...rest] = HARBOUR_STORY;
    const list = ["5 ways to cross the bay", "3 ways to reach the ferry", "2 ways to pay the fare"];
    const b = parseArticle([head, ...rest.slice(0, 3), ...list, ...rest.slice(3), ""].join("\n")).body;
    for (const item of list) expect(b).toContain(item);
  });
});

describe("pointers to other reading", () => {
  for (const link of ["Read: Will the harbour ever be deep again?", "Read related: Can the ferry pay its way?", "Read this: What a dredger costs"]) {
    it(`go inside the story: ${JSON.stringify(link)}`, () => {
      const [head, ...rest] = HARBOUR_STORY;
      const b = parseArticle([head, ...rest.slice(0, 4), link, "", ...rest.slice(4), ""].join("\n")).body;
      expect(b).not.toContain(link);
      expect(b.endsWith("were glad the wait was over.")).toBe(true);
    });
  }
  it("go closing the story: a book's excerpt", () => {
    const b = harbourWith("Read an excerpt from \"The Harbour\" on the author's website.");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("stay where the story reads on", () => {
    const last = "Read the minutes, the chair said, and you will see the board had no choice.";
    const [head, ...rest] = HARBOUR_STORY;
    expect(parseArticle([head, ...rest.slice(0, 4), last, "", ...rest.slice(4), ""].join("\n")).body).toContain(last);
  });
});

describe("a blog's \"Posted on by\" line whose date the scraper lost", () => {
  it("is the byline, not the story's first paragraph", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "Posted on by Jane Roe", "", ...HARBOUR_STORY.slice(2), ""].join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.body.startsWith("The harbour board voted on Tuesday")).toBe(true);
  });
});

describe("a date of figures alone with a two-digit year", () => {
  it("is a stamp, month first unless the first is no month, day first with dots", () => {
    expect(readStamp("4-13-16")?.published).toBe("2016-04-13");
    expect(readStamp("3/6/16")?.published).toBe("2016-03-06");
    expect(readStamp("13/6/16")?.published).toBe("2016-06-13");
    expect(readStamp("19.1.16")?.published).toBe("2016-01-19");
    expect(readStamp("12-31-98")?.published).toBe("1998-12-31");
  });
  it("is none when it is no date, or figures of another kind", () => {
    expect(readStamp("4-13-1")).toBeNull();
    expect(readStamp("13-13-16")).toBeNull();
    expect(readStamp("4-13/16")).toBeNull();
  });
  it("dates a post it heads", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "4-13-16", "", ...HARBOUR_STORY.slice(2), ""].join("\n"));
    expect(a.date).toBe("2016-04-13");
    expect(a.body.startsWith("The harbour board voted on Tuesday")).toBe(true);
  });
});

describe("a newsletter's sign-up form under the story", () => {
  it("goes: its pitch, its consent in the reader's voice, and what is under them", () => {
    const b = parseArticle([...HARBOUR_STORY, "Our very best stories, recipes and special offers. Delivered a couple of times a week.", "",
      "CAPTCHAConsent* Yes, I would like to receive Example's newsletter. I understand I can unsubscribe at any time.**", "", "0", ""].join("\n")).body;
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  staysUnderTheStory("stays as story when someone in it says when a thing is delivered", "The mail, the postmaster said, will be delivered twice a week by the ferry once the channel is open.");
});

describe("a photo's caption under the lead, without its credit", () => {
  const lead = "PORTVILLE (Example News) -- The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.";
  const rest = ["The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.",
    "Fishers who use the channel every morning said they had waited two years for the board to act and were glad the wait was over."];
  const body = (second: string) => parseArticle([lead, "", second, "", rest[0], "", rest[1], ""].join("\n")).body;
  for (const caption of [
    "Board chair Jane Roe speaks to fishers at the old ferry slip in Portville on Tuesday.",
    "A fisher carries his nets past the silted channel in Portville in October 2021.",
    "Fishers gather Wednesday at the slip after the vote.",
    "Divers search the channel near the old slip. The ferry sank March 3.",
    "Harbour master Jane Roe steps off the last ferry at the Portville slip Monday.",
    "Two fishers in oilskins prepare to haul their nets Saturday off North Cape.",
    "Harbour police on Thursday inspect the slip where the ferry was damaged.",
    "Jane Roe begins \"The Harbour Hour\" on Example Radio in September.",
    "Jane Roe, pictured here in April, has fished the channel for thirty years.",
    "The old ferry, in a 1989 file photo, leaves the slip for the mainland.",
    "Jane Roe, center, led the fishers' campaign. She is 61.",
  ]) {
    it(`goes: ${JSON.stringify(caption)}`, () => {
      expect(body(caption)).not.toContain(caption);
      expect(body(caption)).toContain("The work will cost less");
    });
  }
  for (const story of [
    "The board's chair, Jane Roe, spoke to fishers at the old ferry slip on Tuesday.",
    "She speaks to fishers at the slip every Tuesday, the chair said.",
    "Fishers gather Wednesday to hear the board explain the plan, a spokesman said.",
    "Ferry captain Jane Roe reads \"The Harbour\" to children on Sundays.",
    "Jane Roe posted a photo of the silted slip, which drew hundreds of replies.",
    "Jane Roe begins \"we will dredge it all\" as her promise on Monday.",
  ]) {
    it(`stays as story: ${JSON.stringify(story)}`, () => {
      expect(body(story)).toContain(story);
    });
  }
});

describe("a link to the outlet's blog set into the story", () => {
  it("goes, as an opinion link does", () => {
    const [head, ...rest] = HARBOUR_STORY;
    const b = parseArticle([head, ...rest.slice(0, 4), "Blog: Is the ferry worth saving?", "", ...rest.slice(4), ""].join("\n")).body;
    expect(b).not.toContain("Blog:");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a writer's name run onto the headline on a page run together", () => {
  const story = HARBOUR_STORY.slice(2).filter(Boolean);
  const page = (headline: string) => `Skip to main contentCanadaWorldBusinessOpinionPolitics${headline}Published October 6, 2021Updated October 7, 2021${story.join("")}\n`;
  it("is the author, and leaves the headline", () => {
    expect(parseArticle(page("Why the harbour board chose to dredge the old ferry channel after ten years Jane Rowland"))).toMatchObject({
      title: "Why the harbour board chose to dredge the old ferry channel after ten years", author: "Jane Rowland", date: "2021-10-06",
    });
  });
  it("but a headline that ends on a name in its own case keeps it", () => {
    const a = parseArticle(page("Harbour Board Meets Jane Rowland"));
    expect(a.author).not.toBe("Jane Rowland");
  });
});

describe("a text without a headline", () => {
  it("is titled by its first line whole when that line ends no sentence", () => {
    const first = "HARBOUR TALES. The Ferry, the Channel and the Board That Dredged It: A History of Portville Harbour from 1890 to 2020";
    const listing = [first, "Author: Roe (Jane)Year: 2021Publisher: Example PressFirst EditionEdition Details: 1st Edn.Book Condition: As new", "Home", "Browse Catalogue", "Search", "Contact Us", ""];
    expect(parseArticle(listing.join("\n")).title).toBe(first);
  });
  it("by its first sentence otherwise", () => {
    const a = parseArticle("The harbour board voted on Tuesday to dredge the old ferry channel. The work will cost less than building a new slip, the chair said.\n");
    expect(a.title).toBe("The harbour board voted on Tuesday to dredge the old ferry channel.");
  });
  // (A wire's headline with its full stop, on a line of its own over its standfirst and story.)
  const headline = "Портвильский совет гавани решил углубить старый паромный канал вместо строительства нового причала у маяка.";
  const wire = (first: string) => `${first}\n\nГлава совета пообещал завершить работы до осени.\n\nСовет гавани Портвиля во вторник проголосовал за углубление старого паромного канала. Работы обойдутся дешевле нового причала, сказал председатель.\n`;
  it("by its first line whole when that line is one sentence of up to 150 characters", () => {
    expect(headline.length).toBeGreaterThan(100);
    expect(parseArticle(wire(headline)).title).toBe(headline);
  });
  it("but not a line of a script without spaces, whose stops the first sentence is not cut at", () => {
    const lead = "港口渡轮周一恢复运营，此前因舵机故障停航三周。渡轮公司表示，周末前时刻表将恢复正常，票价不变，乘客可在码头售票处购票。港务局说，今年夏天还将增开两个班次，以满足游客增长的需要，并在码头新建一个候船室和一个停车场，预计明年春天完工并投入使用，届时将方便更多乘客出行。";
    expect(lead.length).toBeGreaterThan(100);
    expect(lead.length).toBeLessThanOrEqual(150);
    expect(parseArticle(`${lead}\n\n渡轮公司的发言人说，恢复运营后的第一周乘客人数已经接近停航前的水平。\n`).title.length).toBeLessThanOrEqual(101);
  });
  it("cut near a hundred characters when that sentence is longer, and only the first when the line holds two", () => {
    const long = `${headline.slice(0, -1)}, который не углубляли с 1998 года, когда последний паром ушёл из гавани.`;
    expect(long.length).toBeGreaterThan(150);
    expect(parseArticle(wire(long)).title).toMatch(/^Портвильский совет гавани .{40,90}…$/u);
    const two = "The harbour board voted on Tuesday to dredge the old ferry channel. The work will cost less than a new slip, the chair said.";
    expect(parseArticle(`${two}\n\nThe board's vote was eight to three.\n`).title).toBe("The harbour board voted on Tuesday to dredge the old ferry channel.");
  });
});

describe("leave to republish addressed to the reader", () => {
  it("goes from the story's second half, though a paragraph follows it", () => {
    const note = "We encourage you to share and republish our reports, analyses, breaking news and videos (Click for details).";
    const after = "Jane Roe has reported on the harbour for twenty years, and her work on the ferry channel has been cited by the board, the port authority and the province's auditor in their reviews.";
    const b = harbourWith(note, "", after);
    expect(b).not.toContain("We encourage you");
  });
});

describe("a case file: its subject's name over a fact box of fields", () => {
  const page = (over: string[], name: string[]) => [...over, ...name, "Classification: Smuggler", "Characteristics: Ferry captain",
    "Number of ships: 3", "Date of arrest:", "May 20, 1996", "Location: Portville", "Status: Released in 1998", "",
    "Jane Roe was a ferry captain who carried contraband across the bay for a decade before she was caught in the spring of 1996.",
    "She was released after two years and never sailed again, the harbour board's records show.", "",
    "Ferry smuggler charged", "By John Doe", "Portville Herald", "May 21, 1996",
    "PORTVILLE - A ferry captain was charged on Monday with smuggling, police said, after a search of her boat at the pier.", ""].join("\n");
  const site = ["Harbour Files", "", "A", "B", "C", "D", "Harbour Files has many hours of work behind it. To keep creating new",
    "content, we kindly ask for your help. Thank you very much.", ""];
  it("is the title, written as the page writes it, and the story starts under the box", () => {
    for (const name of [["Jane ROE"], ["Jane", "ROE"], ["Jane ROE", "Jr."]]) {
      const a = parseArticle(page(site, name));
      expect(a.title).toBe(name.join(" "));
      expect(a.body.startsWith("Jane Roe was a ferry captain")).toBe(true);
      expect(a.body).not.toContain("Classification");
    }
  });
  it("not when a story stands above the box, nor when its fields hold no values", () => {
    const story = ["Harbour board votes to dredge old ferry channel", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", ""];
    expect(parseArticle(page(story, ["Jane ROE"])).title).toBe("Harbour board votes to dredge old ferry channel");
  });
});

describe("a newsroom's credit of its reporters closing the story", () => {
  goesUnderTheStory([
    "Example's Jane Roe reported from Portville. John Doe reported from Port Avery, and Ann Poe reported and wrote from the harbour.",
    "Journalist Jane Roe reported from Portville. Example's John Doe reported and wrote the story in Atlanta.",
    "Example's Jane Roe, John Doe and Ann Poe contributed to this report. Tom Minor reported from Port Avery.",
    "Jane Roe contributed to this report from Port Avery.",
  ]);
  staysUnderTheStory("but a last paragraph that reports what someone said from somewhere stays", "Jane Roe, who reported from the pier all week, said \"the channel has never looked better.\"");
});

describe("pointers to the outlet's other pages", () => {
  it("an iReport link set into the story goes", () => {
    const [head, ...rest] = HARBOUR_STORY;
    const b = parseArticle([head, ...rest.slice(0, 4), "iReport: What does your harbour look like?", "", ...rest.slice(4), ""].join("\n")).body;
    expect(b).not.toContain("iReport");
  });
  it("\"See the full story at …\" closing the story goes, and the story's own list of people over it stays", () => {
    const people = ["Jane Roe, 37 -- Portville", "John Doe, 42 -- Port Avery", "Ann Poe, 29 -- North Cape"];
    const b = harbourWith("The crew for the last crossing are:", "", ...people.flatMap((p) => [p, ""]), "See the full story at Example.com.");
    expect(b.endsWith("Ann Poe, 29 -- North Cape")).toBe(true);
  });
});

describe("a writer and their outlet on the line under the headline", () => {
  const text = (under: string) => ["Why the Harbour Matters", "", under, "", ...HARBOUR_STORY.slice(2), ""].join("\n");
  it("names the author and leaves the story", () => {
    const a = parseArticle(text("Jane Roe, Example Dispatch"));
    expect(a.author).toBe("Jane Roe");
    expect(a.body.startsWith("The harbour board voted on Tuesday")).toBe(true);
  });
  it("but the headline said again is no byline", () => {
    expect(parseArticle(text("Why the Harbour Matters")).author).toBeNull();
  });
});

describe("notes run onto or set under a wire story's last paragraph", () => {
  const last = "The inquest is set to resume Friday, the coroner's office said in a statement on Thursday afternoon after the last witness of the week.";
  it("its caption with a slash credit run onto a long paragraph goes", () => {
    const long = `${last} The board's chair said the inquiry would take the time it needs, however long that is, and that the families would be heard first, before the police and the harbour board, whose staff will be called in the autumn. "It has brought back painful memories," she said. Police investigate the scene at the harbour in Portville on Thursday, March 16, 2023. (Jane Roe/The Example Press)`;
    const b = harbourWith(long);
    expect(b.endsWith("she said.")).toBe(true);
  });
  it("\"This report … was first published …\" and the funding note under its rule go", () => {
    const b = harbourWith(`${last} This report by The Example Press was first published June 16, 2022.———This story was produced with the financial assistance of the Example News Fellowship.`);
    expect(b.endsWith("the last witness of the week.")).toBe(true);
  });
  it("a \"Corrections\" button run on, and the correction under it, go", () => {
    const b = harbourWith(`${last} Corrections`, "", "An earlier version of this story said the inquest had ended. In fact, it resumes on Friday.");
    expect(b.endsWith("the last witness of the week.")).toBe(true);
  });
  it("a funding note alone under the story goes", () => {
    const b = harbourWith("This story was produced with the financial assistance of the Example News Fellowship.");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a story's own last sentence about funding", () => {
  staysUnderTheStory("stays: only a note on the story itself is the page's", "The dredging was funded by a grant from the Portville Harbour Trust, the board said.");
});

describe("short exchanges closing a transcript or an interview", () => {
  it("are no fact box", () => {
    const tail = ["ROE: Will the ferry run again?", "DOE: Not this year.", "ROE: And next year?", "DOE: We will see.", "Q: Who pays?", "A: The board."];
    const b = parseArticle([...HARBOUR_STORY, ...tail.flatMap((t) => [t, ""])].join("\n")).body;
    expect(b.endsWith("A: The board.")).toBe(true);
  });
});

describe("dropStampedList", () => {
  const p = (text: string, n: number) => ({ n, text });
  const story = HARBOUR_STORY.filter((t) => t.length > 60).map(p);
  const long = "The dredger reached another marker of the channel, the harbour master said, and crews cleared another stretch of silt, which will be carried out to the dumping ground beyond the point by barge before the tide turns this evening. Fishers watching from the pier said the work was going faster than they had expected.";
  it("keeps a live blog's entries, each longer than a teaser, under their stamps", () => {
    const blog = [...story, ...[1, 2, 3, 4].flatMap((i) => [p(long, 10 * i), p(long, 10 * i + 1), p(`Publié à 1${i}h15`, 10 * i + 2)])];
    expect(dropStampedList(blog)).toHaveLength(blog.length);
  });
  it("drops a list of other stories' teasers under their stamps", () => {
    const list = [...story, ...[1, 2, 3, 4].flatMap((i) => [p("Port-Avery", 10 * i), p("Un chalutier s’échoue", 10 * i + 1), p("Un chalutier s’est échoué sur un banc de sable, sans faire de blessés.", 10 * i + 2), p(`Publié à 1${i}h15`, 10 * i + 3)])];
    expect(dropStampedList(list)).toHaveLength(story.length);
  });
});

describe("a note over the story saying only where it first ran", () => {
  for (const note of ["Originally published at Example Blog.", "This piece was originally produced for and posted by Example News."]) {
    it(`goes: ${JSON.stringify(note)}`, () => {
      const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", note, "", ...HARBOUR_STORY.slice(2), ""].join("\n")).body;
      expect(b.startsWith("The harbour board voted on Tuesday")).toBe(true);
    });
  }
  it("goes as an editor's introduction naming the writer, who is the author", () => {
    const intro = "The post below was written by Jane Roe, of Example Watch, and posted at several other outlets. These are good tips for anyone, and Roe may write more on the subject, so leave your questions below.";
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", intro, "", ...HARBOUR_STORY.slice(2), ""].join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.body.startsWith("The harbour board voted on Tuesday")).toBe(true);
  });
  it("and one that names the writer still names the author", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "This article was originally published by Jane Roe at her Example Blog.", "", ...HARBOUR_STORY.slice(2), ""].join("\n"));
    expect(a.author).toBe("Jane Roe");
  });
});

describe("page furniture told by its words, wherever it stands", () => {
  it("a picture's or a video's title without a stop is a caption; a sentence that starts so is not", () => {
    for (const title of ["A Facebook photo of Jane Roe", "Security video shows the dredger leaving the quay before dawn5 years ago", "Drone footage of the silted channel at low tide"]) {
      expect(isCaption(title), title).toBe(true);
    }
    expect(isCaption("Video of the work will be shown at the board's next meeting, the harbour master said.")).toBe(false);
    expect(isCaption("video of the work")).toBe(false);
    // And in a story, it goes.
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "A Facebook photo of Jane Roe", "", HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("Facebook photo");
  });

  it("a tabloid's share label goes, in the story's middle too", () => {
    expect(isBoilerplate("Share or comment on this article:")).toBe(true);
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "Share or comment on this article:", "", HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("Share or comment");
  });

  it("a 'Read more' over several linked titles run together goes; a sentence that starts so stays", () => {
    const titles = "Read more Who Is the Skipper Who Sailed Through the Storm? Ferry Crew Rescue Two Kayakers Off the Point Who Was the Keeper of the Old Light? Harbour Town Remembers Its Last Lighthouse Keeper Ninety Years On, And the Boats He Guided Home Through the Fog";
    const b = harbourWith(titles);
    expect(b).not.toContain("Read more Who Is");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
    const sentence = "Read more about the plan in the board's annual report, which was published on Tuesday, and which sets out the cost of the work, the dates of the closures and the route the dredger will take through the channel over the winter months, while the boats use the new slip.";
    expect(harbourWith(sentence)).toContain("Read more about the plan");
  });

  it("a writer's note saying what else they do goes, and a site's note on what it is", () => {
    for (const note of [
      "Jane Roe studies politics and history at Example State University. She is a campus reporter for the Example Review.",
      "Jim publishes Harbour Notes Magazine. Jim has covered boats and ferries for thirty years.",
      "ExampleNews.com is an independent news agency devoted to reporting news that affects coastal towns.",
    ]) {
      const b = harbourWith(note);
      expect(b, note).not.toContain(note.slice(0, 20));
      expect(b.endsWith("were glad the wait was over.")).toBe(true);
    }
    // A closing sentence of the story about someone who studies or publishes stays.
    const story = "The board's chair, who studies tides at the marine institute, said the channel would need dredging again in ten years.";
    expect(harbourWith(story)).toContain(story);
  });
});

describe("a stamp that says when the story first ran", () => {
  it("gives the date over the version's own date beside it", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "Fri 17 Mar 2023 03.25 GMT", "", "First published on Thu 16 Mar 2023 18.14 GMT", "", ...HARBOUR_STORY.slice(2), ""].join("\n"));
    expect(a.date).toBe("2023-03-16");
    expect(a.provenance.date?.rule).toBe("first published line");
  });

  it("is cut from the story's first sentence run into its time zone on a page run together", () => {
    const page =
      "Skip to main contentSign inSearchNewsOpinionSportCultureLifestyleHarbourEnvironmentScience" +
      "Harbour board votes to dredge old ferry channelSmall boats will be back by October, says the boardJane Roe" +
      "Fri 17 Mar 2023 03.25 GMTFirst published on Thu 16 Mar 2023 18.14 GMTA dredger began work on the old ferry channel on Tuesday, which has silted up over ten years." +
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.";
    const pieces = splitGlued(page);
    expect(pieces).toContain("First published on Thu 16 Mar 2023 18.14 GMT");
    expect(pieces.some((p) => p.startsWith("A dredger began work"))).toBe(true);
  });
});

describe("a web address written in title case", () => {
  it("is no sentence's end glued to the next", () => {
    const line = "Historian Jane Roe writes at HarbourPolitics.Com that the vote matters because the papers say it does.";
    expect(splitGlued(line)).toEqual([line]);
  });
});

describe("a comments counter's button", () => {
  it("is furniture, with or without its count; a sentence about comments is not", () => {
    for (const label of ["3 View  comments", "View comments", "1,204 Read all comments"]) expect(isBoilerplate(label), label).toBe(true);
    expect(isBoilerplate("Readers can view comments on the board's website until Friday.")).toBe(false);
  });
});

describe("a blog account's name in the post meta", () => {
  const post = (...meta: string[]) => parseArticle(["Harbour board votes to dredge old ferry channel", "", ...meta.flatMap((m) => [m, ""]), ...HARBOUR_STORY.slice(2), ""].join("\n"));
  it("names the writer, with or without the date the scraper kept", () => {
    expect(post("Posted on by harbourwatcher").author).toBe("harbourwatcher");
    const a = post("Posted on October 9, 2015  by  jane_roe");
    expect([a.author, a.date]).toEqual(["jane_roe", "2015-10-09"]);
  });
  it("gives way to a byline's name, and the site's own account names no one", () => {
    expect(post("Posted on by harbourwatcher", "by Jane Roe").author).toBe("Jane Roe");
    expect(post("Posted on by admin").author).toBeNull();
  });
});

describe("an outlet's footer under the story", () => {
  it("'Explore' over its name ends the story, with the menus under it; a part of a story so headed stays", () => {
    const b = harbourWith("Explore Harbour Weekly News", "", "NEWSSPORTSOPINIONOBITUARIESCONTACT US", "",
      "Founded in 1911 by a ferry captain and his sister, the paper has covered the quays, the lifeboat station and the town council for more than a century, and it still prints a weekly edition that the fishers read on the harbour wall every Thursday morning.");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
    const travel = harbourWith("Explore Lisbon", "", "The old town is best seen on foot, the ferry crews said, and the harbour from the castle walls above it.");
    expect(travel).toContain("The old town is best seen on foot");
  });
  it("its note on what it is to the reader goes", () => {
    expect(harbourWith("Harbour Link is your weekly coastal newspaper. We bring you the latest news from the quays.").endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("notes a page sets under an opinion piece or a site's post", () => {
  goesUnderTheStory([
    "— Jane Roe is a writer and a fellow at the Example Institute. She tweets @janeroe.",
    "ExampleReports.com provides market research reports to industries, individuals and organizations.",
    "HarbourFoods.com offers a free online reference of the fish landed at the quay.",
    "If you would like to write an op-ed for the Harbour Weekly, please read our guidelines on submissions here.",
  ]);
  staysUnderTheStory("but a story's last sentence about a site's offer stays", "The board said Example.com offers were too high and it would ask three builders instead.");
});

describe("a date where a dateline's place would stand", () => {
  it("dates the story and leaves its body", () => {
    const a = parseArticle(["(Example Student News) -- August 14, 2013", "", "On this page you will find today's show transcript and the maps for it.", "", "The harbour board voted on Tuesday to dredge the old ferry channel."].join("\n"));
    expect(a.date).toBe("2013-08-14");
    expect(a.provenance.date?.rule).toBe("date after the dateline");
    expect(a.body.startsWith("On this page you will find")).toBe(true);
  });
  it("but a sentence after the dateline that opens with a date stays the story's", () => {
    const a = parseArticle(["(Example) -- August 14, 2013 was the day the harbour board voted to dredge the old ferry channel.", "", "Work began in the spring."].join("\n"));
    expect(a.body.startsWith("August 14, 2013 was the day")).toBe(true);
  });
});

describe("a sentence pointing at another article by its title", () => {
  const story = ["Порт углубит старый канал", "", "Совет порта во вторник одобрил углубление старого канала, который заиливался десять лет.", "",
    "Работы начнутся весной и продлятся три месяца, сообщил председатель совета после голосования."];
  it("goes (Russian: «… читайте в статье …»)", () => {
    const b = parseArticle([...story, "", "О том, как жил порт прошлым летом, читайте в статье Частного корреспондента «Жара на причале»", ""].join("\n")).body;
    expect(b.endsWith("сообщил председатель совета после голосования.")).toBe(true);
  });
  it("but the story's own sentence about reading stays", () => {
    const last = "Рыбаки читают в газете «Порт» о каждом решении совета, сказал председатель.";
    expect(parseArticle([...story, "", last, ""].join("\n")).body.endsWith(last)).toBe(true);
  });
});

describe("a Usenet poster's name as their From line and signature set it out", () => {
  const post = (from: string, ...sig: string[]) => parseArticle([
    "From: " + from,
    "Newsgroups: sci.misc",
    "Subject: Password storage in the database",
    "Date: 23 Apr 93 12:00:00 GMT",
    "",
    "The database keeps the hashed passwords in a table any administrator can read, so the choice of passwords matters most.",
    "",
    "Teach the users to pick long passwords and the risk stays low.",
    "",
    ...sig,
  ].join("\n"));
  it("drops a telephone number after the name", () => {
    expect(post("jroe@example.edu (Jane Roe 602/555-0142)").author).toBe("Jane Roe");
    expect(post("jroe@example.edu (Jane Roe x4321)").author).toBe("Jane Roe");
    // A name with a number in it is left alone.
    expect(post("jroe@example.edu (Jane Roe 3rd)").author).toBe("Jane Roe 3rd");
  });
  it("reads the name without the nickname in brackets inside it, and knows it in the signature", () => {
    const a = post("jroe@example.edu (Jane Roe (Stardog Champion))", "-Jane", "'93 Example GT");
    expect(a.author).toBe("Jane Roe");
    expect(a.body.endsWith("the risk stays low.")).toBe(true);
  });
  it("drops a last line that is only the poster's address, labelled or quoted", () => {
    for (const last of ['Address "jroe@example.edu"', "E-mail: jroe@example.edu", "jroe@example.edu"]) {
      expect(post("jroe@example.edu (Jane Roe)", last).body.endsWith("the risk stays low.")).toBe(true);
    }
  });
  it("drops a signature block under a short rule, the name beside a quotation in a column", () => {
    const a = post("jroe@example.com (Jane Roe)", "-----", "Jane Roe\t    | \"A quotation of three", "jroe@example.com    |  lines, set beside", "Ph: 555-0142\t    |  the address.\"");
    expect(a.body.endsWith("the risk stays low.")).toBe(true);
  });
  it("drops a signature under a rule of dashes in runs with spaces between, but not a table's rule of short runs", () => {
    const a = post("jroe@example.com", "-----------------     ------------------     -----------------", "\t-Jane Q. Roe, Example Society of Hobbyists", "  internet: jroe@example.com", '    "A motto in quotes, as posters sign."');
    expect(a.body.endsWith("the risk stays low.")).toBe(true);
    const table = post("jroe@example.com (Jane Roe)", "Player       G  A  P", "--------------- --- --- ---", "Doe          2  1  3", "Roe          0  2  2");
    expect(table.body).toContain("Roe          0  2  2".replace(/\s+/g, " "));
  });
  it("keeps a quoted document under its citation's rule when the poster signs after it", () => {
    const quoted = ["[\"The Example Trial\", edited by John Doe, p. 89]", "----------------------------------------------", "... I recall one meeting in particular, when about ninety members of the", "society voted to close the old harbour. This took place, as far as I can", "remember, in the spring. The minutes were sent to the archive in", "Avery.", "", "-Jane Roe."];
    const a = post("jroe@example.com (Jane Roe)", ...quoted);
    expect(a.body.endsWith("Avery.")).toBe(true);
    const sig = post("jroe@example.com (Jane Roe)", "----------------------------------------------", "Jane Roe, Example Society", "\"A short motto.\"", "-Jane");
    expect(sig.body.endsWith("the risk stays low.")).toBe(true);
  });
  it("drops a signature of some of the names beside an address, and the lines under it", () => {
    const a = post("jroe@example.com (Jane Q Roe)", "", "", "Jane Roe                 jroe@example.com", "Example Widgets Inc.     Springfield");
    expect(a.body.endsWith("the risk stays low.")).toBe(true);
    expect(a.body).not.toContain("Example Widgets");
  });
  it("keeps a closing sentence that opens with the poster's names", () => {
    const a = post("jroe@example.com (Jane Q Roe)", "Jane Roe thinks the vendor should fix this in the next release of the software.", "");
    expect(a.body).toContain("the next release");
  });
});

describe("a headline that closes on a date", () => {
  const page = (title: string, ...rest: string[]) => parseArticle([title, "", "The council met on Monday evening and approved the plans for the new library by seven votes to two.", "", "Work on the building is due to start in the spring, the mayor said.", ...rest].join("\n"));
  it("dates a digest or a transcript that states no other date", () => {
    expect(page("Daily Harbour Headlines 7/21/2016").date).toBe("2016-07-21");
    expect(page("Example Student News -- June 29, 2007").date).toBe("2007-06-29");
    expect(page("Weekly Market Report – 15 January 2018").date).toBe("2018-01-15");
  });
  it("does not take a date inside the headline, nor one the page states elsewhere", () => {
    expect(page("Library plans approved on June 29, 2007 after long debate").date).toBeNull();
    expect(page("Daily Harbour Headlines 7/21/2016\n\nPublished March 3, 2017").date).toBe("2017-03-03");
  });
});

describe("a story filed from two places, between its byline and its stamp", () => {
  it("gives both places, as the page cased them", () => {
    const a = parseArticle([
      "Menu", "News", "Sports", "Gunman kills five neighbours in condo dispute, police say", "Jane Roe and John Doe", "Halifax, n.s., and dartmouth", "Published December 19, 2022", "Share",
      "A man opened fire in a condominium building on Sunday evening, killing five of his neighbours, police said.",
      "Police said the man had been in a legal dispute with the condo board for years before the shooting.", "",
    ].join("\n"));
    expect(a.place).toBe("Halifax, n.s., and dartmouth");
    expect(a.author).toBe("Jane Roe and John Doe");
  });
});

describe("a note that the story was corrected since it ran", () => {
  goesUnderTheStory([
    "Editor’s note — Sept. 14, 2022: A description of the channel's depth has been edited.",
    "Correction: This story has been updated to give the right cost of the dredging.",
    "This article was amended on 3 May 2021 to correct the name of the board's chair.",
  ]);
  it("goes when run onto the story's last paragraph, with the writer's note after it", () => {
    const b = parseArticle([...HARBOUR_STORY.slice(0, -2),
      "Fishers who use the channel every morning said they had waited two years for the board to act and were glad the wait was over. Editor’s note — Sept. 14, 2022: A description of the channel has been edited.", "",
      "Jane Roe is a reporter covering the harbour for the Example Herald. Follow her on Twitter: @janeroe", "",
    ].join("\n")).body;
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  staysUnderTheStory("stays: an update in the story's words", "Update: The board has since said the work will start in March, a month earlier than planned.");
});

describe("a credit to the reporting a story drew on", () => {
  goesUnderTheStory(["With files from The Canadian Press", "— With files from Example News' Jane Roe, John Doe and Ann Poe", "With files from CP24’s Jane Roe."]);
  it("goes when run onto the story's last sentence, with or without a space or a dash", () => {
    for (const run of [" With files from The Canadian Press", "With files from Jane Roe and John Doe", "— With files from Example News"]) {
      const b = parseArticle([...HARBOUR_STORY.slice(0, -2), `Fishers who use the channel every morning said they had waited two years and were glad the wait was over.${run}`, ""].join("\n")).body;
      expect(b.endsWith("were glad the wait was over.")).toBe(true);
    }
  });
  staysUnderTheStory("stays: a sentence of the story about files", "The board said it would work with files from the old survey when it plans the spring dredging.");
});

describe("a video's card set into the story", () => {
  const card = ["Dredging the ferry channel: what the board decided", "2 months ago", "Duration 2:45", "The harbour board explains its vote on the old channel. Work starts in the spring."];
  // ... as a page run together gives it, between a subheading and the story's next paragraph.
  const glued = "The vote2 months agoDuration 2:45The harbour board explains its vote on the old channel. Work starts in the spring.What it costsThe work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.";
  it("goes with its caption, where it stands over the story or in it", () => {
    for (const [at, lines] of [[2, card], [4, card], [4, [glued]]] as const) {
      const page = [...HARBOUR_STORY];
      page.splice(at, 0, ...lines, "");
      const b = parseArticle(page.join("\n")).body;
      expect(b).not.toContain("explains its vote");
      expect(b).not.toContain("Duration");
      expect(b).toContain("The harbour board voted on Tuesday");
      expect(b.endsWith("were glad the wait was over.")).toBe(true);
    }
  });
  it("leaves the story's paragraph under a running time that is no player's", () => {
    const b = parseArticle([...HARBOUR_STORY.slice(0, 4), "The meeting lasted 2:45 hours.", "", ...HARBOUR_STORY.slice(4)].join("\n")).body;
    expect(b).toContain("The work will cost less");
  });
});

describe("a press release's closing paragraph about its issuer", () => {
  const about = "The Example Harbour Board is one of the oldest port authorities in the country. Founded in 1861, it manages three harbours, two ferry slips and the pilot service for the whole of the bay.";
  it("goes with its heading, and all under it", () => {
    for (const heading of ["About Example Harbour Board:", "About the EHB", "About Example Marine, an Example Holdings Company:"]) {
      expect(harbourWith(heading, "", about, "", "For more information, please visit their website.").endsWith("were glad the wait was over.")).toBe(true);
    }
  });
  it("stays under a subheading of the story's own", () => {
    expect(harbourWith("About the new slip", "", about)).toContain("one of the oldest port authorities");
  });
});

describe("a pointer to the broadcast a story comes from", () => {
  it("goes from the story's top", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", "Listen to the full interview on Harbour Radio and the Example News website from 1900 GMT.", "", ...HARBOUR_STORY.slice(2)].join("\n")).body;
    expect(b.startsWith("The harbour board voted")).toBe(true);
  });
  staysUnderTheStory("stays: a sentence of the story about watching", "Watch the channel closely this winter, the chair told the fishers, because the silt comes back fast.");
  it("goes, with its time slot, between two paragraphs of the story", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "TONIGHT | Watch The Example Hour: The Last Ferry of Avery at 9 p.m.", "", ...HARBOUR_STORY.slice(4)].join("\n")).body;
    expect(b).not.toContain("Example Hour");
    expect(b).toContain(HARBOUR_STORY[4]);
  });
});

describe("a sentence a page broke around its italics", () => {
  it("is one paragraph again, and none of it is lost", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "",
      "On the question of the old slip, the chair revealed the ferry company", "", "did", "", "ask to keep it open for another summer before the work starts.", "",
      HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).toContain("the chair revealed the ferry company did ask to keep it open for another summer before the work starts.");
  });
  it("leaves a list of items in small letters as it is", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "Risk factors the board listed for the channel include a dredger that:", "",
      "has broken down twice in the last five years", "", "was built for deeper water", "", "is owned by a company in another province", "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).toContain("has broken down twice in the last five years\n\nwas built for deeper water");
  });
});

describe("a press release's contacts under the story", () => {
  it("go, whatever stands under them", () => {
    const a = parseArticle([...HARBOUR_STORY, "Contacts and sources:", "", "By Jane Roe / John Doe", "", "Example Harbour Authority, Portville, N.S.", "", "Example Marine Institute, Harbourton", ""].join("\n"));
    expect(a.body.endsWith("were glad the wait was over.")).toBe(true);
    expect(a.body).not.toContain("Contacts");
  });
  staysUnderTheStory("stays: a sentence about sources", "Sources at the board said the vote was closer than the chair let on, and two members asked for a recount.");
});

describe("a prompt to the reader who liked the piece", () => {
  goesUnderTheStory([
    "If for some reason you actually liked this post, click the “Like” button below. If you feel like someone else needs to see this, click the Share Button at the bottom of the post and heap this upon some undeserving soul. And as sad as this thought may be, the channel will silt up again next year whatever the board decides to do about it today or tomorrow.",
    "If you enjoyed this article, please share it with your friends.",
  ]);
});

describe("a wiki's maintenance banner inside the article", () => {
  it("goes wherever it stands", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "This article needs to be updated. Please help update this article to reflect recent events or newly available information.  (October 2022)", "", HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("Please help");
    expect(b).toContain("the dredger is booked");
  });
});

describe("a link to another story set into a paragraph, a gap of spaces after its headline", () => {
  it("goes, and the story's sentence after the gap stays", () => {
    const b = parseArticle([
      "Le port draguera l'ancien chenal", "",
      "Le conseil du port a voté mardi le dragage de l'ancien chenal des traversiers, ensablé depuis dix ans, et les petits bateaux y reviendront en octobre.   Lire aussi l'éditorial: Un port qui se réveille enfin  Le président du conseil a dit que les travaux coûteraient moins cher qu'une nouvelle cale.", "",
      "Les pêcheurs qui empruntent le chenal chaque matin attendaient depuis deux ans et se sont dits soulagés.", "",
    ].join("\n")).body;
    expect(b).not.toContain("Lire aussi");
    expect(b).not.toContain("se réveille enfin");
    expect(b).toContain("Le président du conseil a dit que les travaux coûteraient moins cher");
  });
});

describe("a related-stories widget set into the story", () => {
  it("goes when it is only its heading and a headline, its heading in capitals run onto the headline", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", "RELATED STORIESHarbourAt the old pier's closing, a small fishing town says a long goodbye to the ferry it loved for decades", "", HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("RELATED");
    expect(b).not.toContain("says goodbye");
    expect(b).toContain("the dredger is booked");
  });
  it("stays when the heading opens a sentence of the story", () => {
    const t = "Related coverage of the vote ran in three papers, and the chair said the board would answer every letter.";
    expect(parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", t, "", HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body).toContain(t);
  });
});

describe("a link to the site with its name after a dash, under the story", () => {
  it("goes, with the source line under it, after a sign-off", () => {
    const b = harbourWith("The board's minutes are here:", "", "RR", "", "http://harbourtales.example.com – The Harbour Tales Blog", "", "Source: http://harbourtales.example.com/2015/11/dredging.html");
    expect(b).not.toContain("Harbour Tales Blog");
    expect(b).toContain("were glad the wait was over.");
  });
});

describe("a blog's error page under its menus", () => {
  it("has no body, and its notice for a title", () => {
    const a = parseArticle([
      "Skip to content", "Search for:", "Appearances", "Contact", "How to Listen", "Listen", "Subscribe", "Support the Show",
      "Harbour Tales – True Stories of the Sea", "A podcast about notorious shipwrecks, harbour history and other creepy topics as told by real sailors",
      "Home", "Listen", "Appearances", "Support the Show", "Store", "Contact", "404",
      "Oops! That page can’t be found.", "It looks like nothing was found at this location. Maybe try one of the links below or a search?",
      "Search for:", "All Rights Reserved 2017 - 2023.", "Proudly powered by WordPress", "",
    ].join("\n"));
    expect(a.body).toBe("");
    expect(a.title).toBe("404");
  });
});

describe("a note under the story on where to find help", () => {
  it("goes, with the list of helplines under it", () => {
    const b = harbourWith(
      "If you or someone you know is in distress, these services can help:", "",
      "Northshore Crisis Line (1-800-555-0199)", "",
      "Harbour Youth Helpline: 1-800-555-0142", "",
      "If you need urgent assistance call 911 or go to the nearest hospital.",
    );
    expect(b).not.toContain("Crisis Line");
    expect(b).not.toContain("urgent assistance");
    expect(b).toContain("were glad the wait was over.");
  });
  it("goes when it is one paragraph telling the reader whom to call", () => {
    const b = harbourWith("If you are facing abuse at home and need help, call the Northshore Helpline or a local shelter. More resources are listed by the Harbour Family Trust.");
    expect(b).not.toContain("Northshore Helpline");
    expect(b).toContain("were glad the wait was over.");
  });
  staysUnderTheStory("stays when the story's last sentence is said by someone of the story", "\"If you are out on the water at night and need help, the new light will be there,\" the chair said.");
});

describe("a caption whose credit follows its last sentence after a comma, as magazines set it", () => {
  it("is a caption, and goes from the story", () => {
    const caption = "The ferry's last captain was honoured at the pier before the vote. She had run the crossing for thirty years. Photo, Northshore Harbour Board.";
    expect(isCaption(caption)).toBe(true);
    const b = parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", caption, "", HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body;
    expect(b).not.toContain("last captain");
    expect(b).toContain("the dredger is booked");
  });
  it("is not one when the words after the comma are a sentence of the story", () => {
    expect(isCaption("The police searched the office on Monday. Photos, letters and notes were taken away.")).toBe(false);
  });
});

describe("a caption with its credit at its end, after a stop", () => {
  const story = (caption: string) => parseArticle([HARBOUR_STORY[0], "", HARBOUR_STORY[2], "", caption, "", HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body;
  it.each([
    ["a bar", "A dredger waits at the mouth of the old ferry channel on Monday. Photo | Jane Roe"],
    ["a colon, in Vietnamese", "Tàu nạo vét chờ ở cửa kênh phà cũ, sáng 5/2. Ảnh: Hoàng Long"],
    ["no mark, an outlet and initials", "Les bateaux attendent à l'entrée du vieux chenal depuis lundi matin. Photo L'Écho/J.M."],
    ["a colon, in German", "Ein Bagger wartet an der Einfahrt des alten Fährkanals. Foto: Anna Berger"],
    ["a file photo's mark", "Passengers board a ferry at the old jetty. File photo"],
    ["a copyright sign", "Der Ring am Abend: Hier soll künftig nachts langsamer gefahren werden. © Anna Berger"],
    ["an agency and its photographer after a slash", "Vista del embalse junto al viejo canal, este martes. EFE/Jorge Ramos Gil"],
    ["an illustrative photo's mark", "Tramvaj u starého přístavu. Ilustrační foto: Pražský Expres"],
  ])("goes from the story (%s)", (_how, caption) => {
    const b = story(caption);
    expect(b).not.toContain(caption.slice(0, 20));
    expect(b).toContain("the dredger is booked");
  });
  it("over an 'Image Credit:' line, goes with it, and the place alone under them is the dateline", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "Jane Roe, Senior Reporter", "Published: April 15, 2024", "Listen to this article", "One of the new dredgers at the harbour depot.", "Image Credit: Supplied", "Dubai:", HARBOUR_STORY[2], HARBOUR_STORY[4]].join("\n"));
    expect([a.place, a.author]).toEqual(["Dubai", "Jane Roe"]);
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
  });
  it("under the page's stamp and buttons, is not taken for the headline", () => {
    const page = ["Example Diario", "Buscar", "Iniciar sesión", "Inicio", "Comunitat", "Medio ambiente", "SEQUÍA", "Harbour board votes to dredge old ferry channel",
      "Los regantes tendrán turnos de cinco días y no podrán inundar de noche los arrozales", "EFE", "València", "14/05/2025 - 13:42 h", "Actualizado: 14/05/2025 - 18:05 h", "Facebook", "X", "WhatsApp", "Copiar enlace",
      "Vista del embalse junto al viejo canal, este martes. EFE/Jorge Ramos Gil", "", HARBOUR_STORY[2], "", HARBOUR_STORY[4], ""].join("\n");
    const a = parseArticle(page);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.body).not.toContain("Vista del embalse");
  });
  it("is not a paragraph whose last words name a photo or a picture", () => {
    for (const paragraph of [
      "The winning entry was a picture of the old ferry channel at dawn. Photo Club members voted for it.",
      "The exhibition opens on Friday and closes in May. Photos by local children hang in the hall.",
    ]) {
      expect(story(paragraph)).toContain(paragraph);
    }
  });
  it("leaves a byline under it to be read: a file photo's caption between the date and the byline", () => {
    const p = parseArticle(["Harbour Weekly", "Home | News | Sport", "", "Harbour board votes to dredge old ferry channel", "4 March 2021", "Passengers board a ferry at the old jetty. File photo", "By Jane Roe", "", HARBOUR_STORY[2], "", HARBOUR_STORY[4], ""].join("\n"));
    expect(p.author).toBe("Jane Roe");
    expect(p.body).not.toContain("Passengers board");
  });
  it("is a reader's button to listen to the story, above it: not the headline", () => {
    const page = ["Harbour Weekly", "Harbour board votes to dredge old ferry channel", "Jane Roe", "4 March 2021", "Escuche esta noticia", "Recolectores en el muelle del viejo canal. Foto: Archivo particular", "", HARBOUR_STORY[2], "", HARBOUR_STORY[4], ""].join("\n");
    const a = parseArticle(page);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.body).not.toContain("Escuche");
    expect(a.body).not.toContain("Recolectores");
  });
});

describe("a picture's block set into the story: its gallery's count, its button, a caption of a few sentences and its credit", () => {
  it("goes whole, the story around it stays", () => {
    const b = parseArticle([
      HARBOUR_STORY[0], "", HARBOUR_STORY[2], "",
      "7",
      "View image in gallery mode",
      "A fishing town's ferry has been idle since the channel silted up, the harbour board says. The old ferry at its berth in Northshore on Monday, May 6, 2024.",
      "THE NORTHSHORE PRESS/Jane Roe",
      HARBOUR_STORY[4], "", HARBOUR_STORY[6], "",
    ].join("\n")).body;
    expect(b).not.toMatch(/^7$/mu);
    expect(b).not.toContain("idle since the channel");
    expect(b).toContain("the dredger is booked");
    expect(b).toContain("Fishers who use the channel");
  });
});

describe("how to reach the reporter, closing the story", () => {
  it("ends the story, with the teaser a scraper ran onto it and the page under it", () => {
    const b = harbourWith(
      "To reach Jane Roe, call 555-0100, extension 42, or write to jroe@example.com. Ten ferries that still cross the bay each summer",
      "Harbour news",
      "The old lighthouse keeper's cottage will open as a museum, the town council says, after a long restoration by volunteers from the village.",
    );
    expect(b).not.toContain("To reach Jane Roe");
    expect(b).not.toContain("lighthouse keeper");
    expect(b).toContain("were glad the wait was over.");
  });
  it("is no end when it tells the way to a place", () => {
    expect(isEndMarker("To reach the old pier, walk past the fish market and turn left at the chapel.")).toBe(false);
    expect(isEndMarker("Pour joindre Jeanne Roy, composez le 555-0100.")).toBe(true);
  });
});

describe("a sign-up form's pitch for alerts", () => {
  it("is furniture, and goes from under the story", () => {
    expect(isBoilerplate("Get notified about new harbour stories every week!")).toBe(true);
    const b = harbourWith("Sign Up to Our Newsletter", "Get notified about new harbour stories every week!", "SIGN UP");
    expect(b).not.toContain("Get notified");
    expect(b).toContain("were glad the wait was over.");
  });
});

describe("a call to follow a link that closes the line after \"@\" or a colon", () => {
  it("is furniture wherever it stands, as report sellers run it through their releases", () => {
    for (const line of [
      "Browse Detailed TOC, Tables, Figures and Companies Mentioned in Global Harbour Dredging Market @ http://www.example.com/10476177",
      "Get Sample PDF of report@ http://www.example.com/enquiry/request-sample/10476177",
      "Any Query? Ask to Expert @ https://www.example.com/enquiry/pre-order-enquiry/10476177",
      "Download the harbour board's app: https://apps.example.org/harbour",
    ]) expect(isBoilerplate(line), line).toBe(true);
    // (A sentence that gives a link stays: it does not close on the link after "@" or a colon.)
    expect(isBoilerplate("Get the board's full report at www.example.org before the meeting.")).toBe(false);
    expect(isBoilerplate("The harbour board asked residents to read the plans before May.")).toBe(false);
  });
});

/** The harbour story's body with lines set between its headline and its first paragraph (a lead picture's caption and credit). */
const harbourUnderPicture = (...lines: string[]) => parseArticle([HARBOUR_STORY[0], "", ...lines, HARBOUR_STORY[2], "", HARBOUR_STORY[4], "", HARBOUR_STORY[6], ""].join("\n")).body;

describe("a caption that names a province or state in short before its date, over a name-and-outlet credit", () => {
  it("goes with its credit: the abbreviation's stop ends no sentence", () => {
    const b = harbourUnderPicture("Jane Roe, the harbour master, walks the old ferry pier at Northshore, Ont. May 6, 2024.", "John Doe/The Northshore Herald");
    expect(b).not.toContain("walks the old ferry pier");
    expect(b).toContain("The harbour board voted on Tuesday");
  });
});

describe("a caption of two sentences over a credit of several sources in brackets", () => {
  it("goes with its credit", () => {
    const b = harbourUnderPicture(
      "Jane Roe and John Doe ran the ferry between 1990 and 2020. Both spoke at the board's meeting on Tuesday.",
      "(Harbourtales.example.com/ Submitted by Ann Poe/ Submitted by the Doe family)",
    );
    expect(b).not.toContain("ran the ferry between");
    expect(b).not.toContain("Submitted by");
    expect(b).toContain("The harbour board voted on Tuesday");
  });
});

describe("a note on the writer under the story that gives the writer's own handle", () => {
  const story = (note: string) => parseArticle([...HARBOUR_STORY, note, ""].join("\n"));
  it("names the author, though no line of the page gives the name alone", () => {
    const a = story("Jane Roe (@janeroe_writes) is a contributor to the Northshore Herald's harbour blog. She is a former ferry pilot.");
    expect(a.author).toBe("Jane Roe");
    expect(a.body).not.toContain("former ferry pilot");
  });
  it("names no one without the handle (a note alone may be a guest's or a subject's)", () => {
    expect(story("Jane Roe is a contributor to the Northshore Herald's harbour blog. She is a former ferry pilot.").author).toBeNull();
  });
  it("names the author whose note gives a newsroom's job at an outlet, not a professor's", () => {
    expect(story("John Doe is the features editor for the Northshore Herald.").author).toBe("John Doe");
    expect(story("John Doe is a staff writer at Example News.").author).toBe("John Doe");
    expect(story("John Doe is a professor of marine history at Example University.").author).toBeNull();
  });
});

/** An interview's transcript, a paragraph a turn, that closes on short turns. */
const HARBOUR_INTERVIEW = [
  "Talking to the harbour master",
  "Interviewer: How long did the channel take to silt up?",
  "Jane Roe: About ten years. The ferry stopped running in the spring of the eighth year, when the keel first touched.",
  "Interviewer: What would you tell the fishers who waited?",
  "Jane Roe: Thank you for waiting, and ask the board for the support you need.",
  "If you feel the wait was too long, you should find someone you trust to support you while the dredger works, so that you can get the help you need.",
  "Interviewer: Thank you.",
  "Jane Roe: Any time.",
];

describe("an interview's transcript that closes on short turns", () => {
  it("keeps its last answer and turns, though the answer speaks to the reader of support", () => {
    const b = parseArticle(HARBOUR_INTERVIEW.join("\n\n")).body;
    expect(b).toContain("find someone you trust");
    expect(b).toContain("Jane Roe: Any time.");
  });
});

describe("a headline, its kicker and its byline-and-date stamp run into one line", () => {
  const page = [
    "Home", "Avery", "Gull Point", "Kittiwake", "Weather", "Obituaries", "Classifieds", "Opinion", "Letters", "Sports",
    "Harbour board votes to dredge old ferry channel this springChannel to reopenJane Roe - Oct 19, 2022 / 10:55 am | Story: 391457",
    "Photo: John Doe",
    "The dredger at the old slip in May.",
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.",
    "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.",
    "Fishers who use the channel every morning said they had waited two years for the board to act and were glad the wait was over.",
  ].join("\n");
  it("cuts the line at its two joins: headline, kicker, stamp", () => {
    const a = parseArticle(page);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel this spring");
    expect(a.date).toBe("2022-10-19");
    expect(a.author).toBe("Jane Roe");
    expect(a.body.startsWith("The harbour board voted on Tuesday")).toBe(true);
  });
  it("cuts a kicker that opens with a figure from the headline", () => {
    const a = parseArticle(page.replace("this springChannel to reopen", "this spring2 boats stuck in channel"));
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel this spring");
    expect(a.author).toBe("Jane Roe");
  });
  it("leaves a sentence of prose with a name's capitals and a date whole", () => {
    const line = "The McDonald family said the LaSalle house was sold by Jane Roe - Oct 19, 2022 / 10:55 am";
    expect(splitGlued(line)).toEqual([line]);
  });
});

describe("a run-together page whose elements a single tab separates", () => {
  it("cuts a long line at its tabs, so a caption and a list of sources stand apart from the story", () => {
    const prose = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years. The work will cost less than building a new slip, the chair said, and the dredger is booked for the spring.";
    const line = [prose, "One of the dredgers was a bucket ladder such as this one, used for clearing silt.", "Fishers who use the channel every morning said they had waited two years for the board to act and were glad the wait was over.", "Sources", "Harbour Board minutes, Port Avery Library, Avery"].join("\t");
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", line].join("\n")).body;
    expect(b).toContain("were glad the wait was over.");
    expect(b).not.toContain("such as this one");
    expect(b).not.toContain("Port Avery Library");
  });
});

describe("a caption that points at its picture", () => {
  it("is a caption when set off by a comma, or 'such as this one'", () => {
    expect(isCaption("Jane Roe, seen here in 1998, was the channel's last ferry pilot.")).toBe(true);
    expect(isCaption("Harbour workers, shown here, cleared the slip in March.")).toBe(true);
    expect(isCaption("One of the boats was a dory such as this one, built in Avery.")).toBe(true);
  });
  it("is not a sentence that says where something was seen", () => {
    expect(isCaption("The crowds were the largest last seen here in 1983.")).toBe(false);
    expect(isCaption("The region had seen above-average rain, he said.")).toBe(false);
  });
});

describe("what a page sets after a reposted blog post", () => {
  it("ends the story at a feed's footer, 'The post … appeared first on …', with the page's blurb under it", () => {
    const b = harbourWith("The post Harbour board votes to dredge old ferry channel appeared first on Avery Daily.", "", "averydaily.example", "", "offers harbour, fishing and ferry news, pictures and tide tables. For the latest harbour news visit averydaily.example every day. Learn something new every day.");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("ends the story at its headline said again, with a tagline under it", () => {
    const b = harbourWith("Harbour board votes to dredge old ferry channel", "", "Daily news for people who love the sea!");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("keeps a heading that repeats the headline with more of the story under it", () => {
    const b = harbourWith("Harbour board votes to dredge old ferry channel", "", ...HARBOUR_STORY.slice(2), "The dredger's crew will work from the old slip.");
    expect(b).toContain("The dredger's crew will work from the old slip.");
  });
  it("drops a list of other posts' headlines whose last asks a question", () => {
    const b = harbourWith("Lighthouse Keeper Retires After Forty Years — Avery Heritage", "", "Three Rescued From Capsized Yacht Off Gull Point — Avery Heritage", "", "Could the Old Ferry Channel Have Hidden a Shipwreck?");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("keeps a closing question of the story's own", () => {
    const b = harbourWith("Will the fishers get the channel they waited for this time?");
    expect(b.endsWith("they waited for this time?")).toBe(true);
  });
});

describe("a caption closed by its credit, and an editor's note after the story", () => {
  it("takes a short paragraph whose last words are 'Credit: …' for a caption", () => {
    expect(isCaption("The dredger at the old slip, seen from the ferry. Credit: Port Avery Harbour Board")).toBe(true);
    expect(isCaption("A second storm is seen at left. Image credit: Jane Roe/Avery Observatory")).toBe(true);
    expect(isCaption("The board gave him credit: he had asked for the dredger first.")).toBe(false);
  });
  it("drops an editor's note under the story, however long", () => {
    const note = "EDITOR’S NOTE: The only point I would add to this article is that the dredging is already under way, as it is in every harbour on the coast, and that the board knows what it is doing: it has planned this for a decade, and the fishers who waited will not wait much longer for the channel they were promised. - John Doe, Founder of Example Harbour News";
    const b = harbourWith(note);
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
  it("keeps an editor's note over the story, which introduces it", () => {
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", "Editor's note: Jane Roe is a ferry pilot who has worked the channel for twenty years.", "", ...HARBOUR_STORY.slice(2)].join("\n")).body;
    expect(b).toContain("were glad the wait was over.");
  });
});

describe("the story's last sentence closed by its source's tag", () => {
  it("keeps the sentence, with the byline's outlet under it, and takes the tag for the source", () => {
    const a = parseArticle([...HARBOUR_STORY, "A date for the next vote has not been set. (CKRW)", "The Example Press", "Like us on Facebook and follow us on Twitter."].join("\n"));
    expect(a.body.endsWith("A date for the next vote has not been set.")).toBe(true);
    expect(a.source).toBe("CKRW");
  });
  it("still drops a caption of that shape with more of the story under it", () => {
    const b = parseArticle([...HARBOUR_STORY.slice(0, 4), "Jane Roe piloted the last ferry through the channel in 2007. (CBC)", "", ...HARBOUR_STORY.slice(4)].join("\n")).body;
    expect(b).not.toContain("piloted the last ferry");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a dateline with a hyphen for its dash, and a template's tags left in a page", () => {
  const story = "A harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.";
  it("reads 'Place - ' opening the story's first paragraph when a long sentence follows", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", `Avery - ${story}`, "", "The work will cost less than building a new slip, the board's chair said."].join("\n"));
    expect(a.place).toBe("Avery");
    expect(a.body.startsWith("A harbour board voted")).toBe(true);
  });
  it("reads no place from a short label over a title, nor from a name in a sentence", () => {
    expect(readFirstHyphenDateline("Avery - The Harbour Years")).toBeNull();
    expect(readFirstHyphenDateline("Update - The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up for years.")).toBeNull();
  });
  it("cuts a line where a template's tags stand, so what follows them opens a piece of its own", () => {
    expect(splitGlued("Thanks for signing up{{ #errors }}{{ message }}{{ /errors }}Avery - The board voted on Tuesday.").some((p) => p.includes("{{"))).toBe(false);
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", `Thanks for signing up to the newsletter{{ #verifyErrors }}{{ message }}{{ /verifyErrors }}Avery - ${story}`, "", "The work will cost less than building a new slip, the board's chair said."].join("\n"));
    expect(a.body).not.toContain("{{");
  });
});

describe("a caption's slash credit run into a heading in straight quotes", () => {
  it("cuts after the credit, so the caption goes as one", () => {
    expect(splitGlued("The chair thanked the fishers.Jane Roe is the harbour master of Avery. (John Doe/CBC)'Still hoping for October'The work will cost less than a slip.")).toContain("Jane Roe is the harbour master of Avery. (John Doe/CBC)");
  });
});

describe("a dotted abbreviation in capitals with the next element run onto it, in a run-together page", () => {
  const prose = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.The work will cost less than building a new slip, the chair said, and the dredger is booked for the spring.The fishers who use the channel every morning were glad.";
  it("cuts after the abbreviation in a long run-together line", () => {
    const pieces = splitGlued(`${prose}Fishers waited two years for the board to act in Avery, B.C.RCMP officers closed the quay for the rest of that dayThe board will meet again in May to choose a place for the silt.`);
    expect(pieces.some((p) => p.startsWith("RCMP officers closed the quay"))).toBe(true);
    expect(pieces.some((p) => p.endsWith("in Avery, B.C."))).toBe(true);
  });
  it("leaves a sentence's U.S.A. and a short line alone", () => {
    expect(splitGlued("The ferry was built in the U.S.A. and shipped north in 1962.")).toEqual(["The ferry was built in the U.S.A. and shipped north in 1962."]);
  });
});

describe("an advertisement's break label and a link to the piece, on lines of their own", () => {
  it("drops them as interface labels", () => {
    for (const label of ["Story continues below advertisement", "View this article.", "Continued below..."]) expect(isBoilerplate(label)).toBe(true);
    expect(harbourWith("View this article.").endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a line of thousands of case changes, all in one repeated word", () => {
  it("takes the word for a name, not for joins, and reads the line to its end", () => {
    // (It took 17 s: each join's look for the word's other showings read the whole line. A stall
    // would show as a test run that never ends.)
    const story = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.";
    const text = story + Array.from({ length: 20_000 }, (_, i) => `Harbour board number ${i} votes to dredge the channel near the quay`).join("") + story;
    expect(parseArticle(text).body).toContain("near the quayHarbour board number 19999 votes");
  });
});

describe("notes a page sets under a story: a titled writer, the organisation, the press contact", () => {
  it("drops a note giving the writer's title, capitalised, and where they hold it", () => {
    const b = harbourWith("Jane Q. Roe is a Director with Example Tide Exchange, a dealer in charts with 5,000 customers. Roe is a keen sailor and a proponent of open harbours.");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
    expect(harbourWith("John Doe is Commander of the Avery Camp of the Example Sea Cadets and assists the Gull Point camp.").endsWith("were glad the wait was over.")).toBe(true);
  });
  it("keeps a last paragraph about someone that quotes them or names no capitalised title", () => {
    const quoted = "Jane Roe is a Director with the harbour board, and she said: “We will finish by October.”";
    expect(harbourWith(quoted)).toContain("We will finish by October.");
    const plain = "John Doe is a fisher with a boat at the old slip, and he will be the first through the channel.";
    expect(harbourWith(plain)).toContain("he will be the first through the channel.");
  });
  it("drops what an organisation says it is, with its mission or where to find it", () => {
    const note = "The Example Harbour Institute is an independent research and educational organization with offices in Avery and Gull Point. Its mission is to study the coast. Visit harbourinstitute.example.org.";
    expect(harbourWith(note).endsWith("were glad the wait was over.")).toBe(true);
    const story = "The Example Harbour Institute is an independent research organization that first asked for the dredging in 2015, and it will watch the work.";
    expect(harbourWith(story)).toContain("it will watch the work.");
  });
  it("cuts a press contact run onto the story's last sentence, and drops it", () => {
    const last = "Fishers who use the channel every morning said they were glad the wait was over. MEDIA CONTACT: Jane Roe, Media Relations Specialist, Example Harbour Institute, 555-0100";
    const b = parseArticle([...HARBOUR_STORY.slice(0, 4), last, "", "Follow the Institute on Twitter | Like us on Facebook"].join("\n")).body;
    expect(b.endsWith("they were glad the wait was over.")).toBe(true);
  });
  it("takes 'Recommended Resources' and 'Related Reading' over a list of links for a widget", () => {
    const b = harbourWith("Recommended Resources", "", "Tide Tables For Every Harbour On The Coast", "", "Related Reading", "", "How Gull Point Lost Its Ferry Channel", "", "The Lighthouse Keepers Of Avery Bay");
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
  });
});

describe("a page's pull quotes, teaser links and writer's notes, and a story's own fundraiser and obituary dates", () => {
  const lead = "It was when she first read the full text of the 1992 harbour treaty that Roe became convinced the board was “a closed shop, not a democracy”. She said so in a letter to every member that spring.";
  const more = "In 1998 she founded a campaign to reopen the ferry channel, and within a year it had a thousand members along the coast.";
  it("drops a pull quote set in as a paragraph that repeats six words of the story beside it", () => {
    const b = parseArticle(["Jane Roe, harbour campaigner, dies at 82", "", "When she read the 1992 harbour treaty Roe became convinced the board was ‘a closed shop, not a democracy’", "", lead, "", more, ""].join("\n")).body;
    expect(b.startsWith("It was when she first read")).toBe(true);
  });
  it("keeps a list's items and a paragraph with a sentence ended inside it", () => {
    const items = ["- A freeze on harbour dues for small boats this year", "- A new slip at Gull Point for the ferry"];
    const b = parseArticle(["Harbour budget: what it means", "", lead, "", ...items.flatMap((i) => [i, ""]), "The board also agreed a freeze on harbour dues for small boats this year, and it will build a new slip at Gull Point.", ""].join("\n")).body;
    expect(b).toContain("- A freeze on harbour dues");
  });
  it("keeps an obituary's closing line of names and dates", () => {
    expect(harbourWith("Lord Roe of Avery, born June 1 1934, died June 12 2016").endsWith("died June 12 2016")).toBe(true);
    expect(harbourWith("Jane Roe, harbour pilot, born 1 June 1934; died 12 June 2016").endsWith("died 12 June 2016")).toBe(true);
  });
  it("cuts a teaser's 'Read More' after its ellipsis", () => {
    const b = parseArticle(["Avery Notes", "", "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October. Further work is now planned at the site, under the... Read More", ""].join("\n")).body;
    expect(b.endsWith("under the...")).toBe(true);
  });
  it("keeps a fund set up for someone in the story, though it asks the reader to give", () => {
    const last = "A GoFundMe account has been set up to help the family with the costs of the funeral. If you would like to donate to the Roe family’s fund, please click here. Our thoughts are with the family of Jane Roe at this very difficult time.";
    expect(harbourWith(last).endsWith("at this very difficult time.")).toBe(true);
    expect(harbourWith("If you value our reporting, please support us: donate to our newsroom today and share this story.").endsWith("glad the wait was over.")).toBe(true);
  });
  it("drops a writer's note that opens with their book, or tells their life and what they write", () => {
    expect(harbourWith("Contributed by Jon Doe of Example Harbour News.", "", "The author of an explosive collection, THE HARBOUR REVEALED, Jon was a candidate for the Avery council. He has worked as a reporter for 30 years, writing articles on ports and ferries for many papers.").endsWith("glad the wait was over.")).toBe(true);
    const glued = "Fishers who use the channel every morning said they had waited two years and were glad the wait was over.Jane Q. Roe was raised by the sea to believe in the value of open harbours. She later found a talent for writing. She has written articles about ferries on example.com and here. She holds a degree in Marine Science.";
    const b = parseArticle([...HARBOUR_STORY.slice(0, 4), glued, ""].join("\n")).body;
    expect(b.endsWith("were glad the wait was over.")).toBe(true);
    const story = "The author of the study, Jane Roe, is a professor at Avery University and has sailed the channel for years.";
    expect(harbourWith(story)).toContain("has sailed the channel for years.");
  });
  it("drops an organisation's note that gives its initials and whom it represents", () => {
    const note = "Example Harbour Society, EHS is a chartered independent membership organization which represents pilots and fishers in every port of the coast.";
    expect(harbourWith(note).endsWith("glad the wait was over.")).toBe(true);
  });
});

describe("a byline that says how the piece was written, and the site it came through", () => {
  it("reads 'Authored by Jane Roe via Example.com' and 'Written by Jane Roe' as the writer", () => {
    for (const line of ["Authored by Jane Roe via ExampleMetalsReport.com", "Written by Jane Roe", "By Jane Roe via Example News"]) {
      const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", line, "", ...HARBOUR_STORY.slice(2)].join("\n"));
      expect(a.author).toBe("Jane Roe");
      expect(a.body.startsWith("The harbour board voted")).toBe(true);
    }
  });
});

describe("a site's note under its initials, report sellers' calls, a post's lone time, an editorial's link", () => {
  it("drops the site's note under its initials after the story", () => {
    const b = harbourWith("EHN NOTE: Most people who use social media have figured out that the big platforms hide harbour news, and it is high time you switched to a site that does not.");
    expect(b.endsWith("glad the wait was over.")).toBe(true);
  });
  it("drops a report seller's calls to follow a link and its 'Related Report' list", () => {
    const b = parseArticle([...HARBOUR_STORY.slice(0, 2), "Make an Order this Report at http://harbourreports.example.com/purchase?id=7", "", ...HARBOUR_STORY.slice(2), "Inquiry before Buying@ http://harbourreports.example.com/inquire/?id=7", "", "Related Report", "", "Global Dredging Market Trends And Forecast To 2024"].join("\n")).body;
    expect(b).not.toContain("Make an Order");
    const c = parseArticle([...HARBOUR_STORY.slice(0, 2), "Purchase a copy of this report @ http://harbourreports.example.com/buy?id=7 .", "", ...HARBOUR_STORY.slice(2)].join("\n")).body;
    expect(c.startsWith("The harbour board voted")).toBe(true);
    expect(b.endsWith("glad the wait was over.")).toBe(true);
  });
  it("drops a time of day opening the story alone, but keeps a timeline's times", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "", "6:45 PM", "", ...HARBOUR_STORY.slice(2)].join("\n"));
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
    const timeline = ["How the rescue unfolded", "", "8:00am", "", "The ferry's crew radioed the harbour master that the channel was blocked by a grounded trawler.", "", "8:15am", "", "Two pilot boats left the slip and reached the trawler within ten minutes of the call.", ""];
    expect(parseArticle(timeline.join("\n")).body.startsWith("8:00am")).toBe(true);
  });
  it("cuts 'Lire notre éditorial: …' glued between two paragraphs", () => {
    const line = "Le conseil du port a voté mardi le dragage de l’ancien chenal, envasé depuis dix ans, et les petits bateaux reviendront en octobre.Lire notre éditorial: Le port, l’inquiétante attente des pêcheursSur le plan pratique, le conseil a désormais un objectif: tout faire pour finir les travaux avant l’hiver, a dit sa présidente.";
    const b = parseArticle(["Le port va draguer l’ancien chenal", "", line, ""].join("\n")).body;
    expect(b).not.toContain("Lire notre éditorial");
    expect(b).toContain("Sur le plan pratique");
  });
});

describe("the writer's name alone under a headline the page states twice", () => {
  const lead = "When she travelled to the coast for a state visit in October, the minister was grandly received by the harbour board, which laid on a banquet and a parade.";
  const next = "The board's chair was treated much the same way on her own visit a few months later, and the two visits were compared at length in the local press.";
  it("is the author, and not the story's first paragraph", () => {
    const a = parseArticle(["Is Avery Tilting Toward Gull Point?", "", "Is Avery Tilting Toward Gull Point?", "", "Jane ROE", "", lead, "", next, ""].join("\n"));
    expect(a.author).toBe("Jane ROE");
    expect(a.body.startsWith("When she travelled")).toBe(true);
  });
  it("is the subject, not the writer, when the story names them", () => {
    const a = parseArticle(["The last pilot of the ferry channel", "", "The last pilot of the ferry channel", "", "Jane Roe", "", "Jane Roe was a harbour pilot who worked the old ferry channel for forty years, and she guided the last ferry through it in 2007.", "", "Roe retired to Gull Point, where she kept a boat until she was ninety.", ""].join("\n"));
    expect(a.author).toBeNull();
  });
});

describe("an old page's notice between the byline and the date", () => {
  it("is passed over, heading and all, and the date under it dates the story", () => {
    const a = parseArticle(["Harbour board votes to dredge old ferry channel", "By Avery Daily Standard", "Attention", "This article is over a year old, and the information within may be out of date.", "CLOSE", "Sunday, December 1, 2013", "", ...HARBOUR_STORY.slice(2)].join("\n"));
    expect(a.date).toBe("2013-12-01");
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
  });
});

describe("a Khmer story's end sign", () => {
  // The story's sentences end on the khan (។), the story itself on the bariyoosan (៕).
  const story = [
    "ក្រុម​អ្នក​នេសាទ​បាន​ជួប​ប្រជុំ​គ្នា​នៅ​កំពង់ផែ​កាល​ពី​ថ្ងៃ​អង្គារ ហើយ​បាន​សួរ​ក្រុម​ប្រឹក្សា​អំពី​ព្រែក​ចាស់។ ពួក​គេ​បាន​រង់ចាំ​អស់​រយៈពេល​ពីរ​ឆ្នាំ​ដើម្បី​ឲ្យ​គេ​ជីក​ព្រែក​នោះ។",
    "ប្រធាន​ក្រុម​ប្រឹក្សា​បាន​និយាយ​ថា ការងារ​នឹង​ចាប់ផ្តើម​នៅ​រដូវ​ផ្ការីក ហើយ​ទូក​ជីក​ត្រូវ​បាន​កក់​រួច​ហើយ។ ក្រុម​ប្រឹក្សា​នឹង​បោះឆ្នោត​នៅ​ខែ​ឧសភា៕",
  ];
  const teaser = "ក្រុង​បាងកកៈ ក្រុមហ៊ុន​ដឹក​ជញ្ជូន​បាន​ប្រកាស​ថា​ខ្លួន​នឹង​បើក​ផ្លូវ​ថ្មី​មួយ​ទៀត​នៅ​ឆ្នាំ​ក្រោយ។";
  const page = (body: string[]) => ["ក្រុម​អ្នក​នេសាទ​រង់ចាំ​ការ​ជីក​ព្រែក, អន្តរជាតិ, កាសែត​កំពង់ផែ", "", ...body.flatMap((p) => [p, ""])].join("\n");

  it("ends the story: other stories' teasers after it go, run onto its last paragraph or not", () => {
    const a = parseArticle(page([story[0]!, story[1]! + teaser, "អេស្ប៉ាញ: " + teaser]));
    expect(a.body.endsWith("ក្រុម​ប្រឹក្សា​នឹង​បោះឆ្នោត​នៅ​ខែ​ឧសភា៕")).toBe(true);
    expect(a.body).not.toContain("បាងកក");
  });

  it("leaves a story alone that it closes", () => {
    expect(parseArticle(page(story)).body.endsWith("ឧសភា៕")).toBe(true);
  });

  it("and a caption its picture's markup left leading it in goes, the story going on after it", () => {
    const caption = 'itemtype="http://schema.org/ImageObject">អ្នក​នេសាទ​នៅ​លើ​កំពង់ផែ​កាល​ពី​ថ្ងៃ​អង្គារ។ AFP';
    const a = parseArticle(page([story[0]! + caption, story[1]!]));
    expect(a.body).not.toContain("itemtype");
    expect(a.body).not.toContain("AFP");
    expect(a.body).toContain("ដើម្បី​ឲ្យ​គេ​ជីក​ព្រែក​នោះ។");
    expect(a.body.endsWith("ឧសភា៕")).toBe(true);
  });
});

describe("bylines and stamps in the forms news sites print them", () => {
  const headline = HARBOUR_STORY[0]!;
  const page = (top: string[], above = false) =>
    parseArticle((above ? [...top.flatMap((t) => [t, ""]), headline, ""] : [headline, "", ...top.flatMap((t) => [t, ""])]).concat(HARBOUR_STORY.slice(2)).join("\n"));

  it.each([
    [["By Jane Roe"], true, "Jane Roe", null],
    [["Jane Roe", "January 3, 2023"], true, "Jane Roe", "2023-01-03"],
    [["Jane Roe, Senior Reporter", "03.01.2023"], true, "Jane Roe", "2023-01-03"],
    [["Von Jane Roe", "03.01.2023, 09:00 Uhr"], true, "Jane Roe", "2023-01-03"],
    [["Author: Jane Roe"], false, "Jane Roe", null],
    [["By Jane Roe | January 3, 2023"], false, "Jane Roe", "2023-01-03"],
    [["Jane Roe · January 3, 2023 · 3 min read"], false, "Jane Roe", "2023-01-03"],
    [["By Jane Roe, Avery Times", "Jan 3, 2023 Updated Jan 4, 2023"], false, "Jane Roe", "2023-01-03"],
    [["Par Jane Roe", "Publié le 03/01/2023 à 09h00"], false, "Jane Roe", "2023-01-03"],
    [["Jane Roe | Example News"], false, "Jane Roe", null],
    [["Story by Jane Roe", "January 3, 2023"], false, "Jane Roe", "2023-01-03"],
    [["By Jane Roe @janeroe", "January 3, 2023"], false, "Jane Roe", "2023-01-03"],
    [["Jane Roe and John Doe, Example News", "January 3, 2023"], false, "Jane Roe and John Doe", "2023-01-03"],
    [["Jane Roe and John Doe / Example News", "January 3, 2023"], false, "Jane Roe and John Doe", "2023-01-03"],
    [["Posted by Jane Roe on January 3, 2023"], false, "Jane Roe", "2023-01-03"],
    [["By Jane Roe — Jan 3, 2023"], false, "Jane Roe", "2023-01-03"],
    [["Jane Roe • Staff Writer", "January 3, 2023"], false, "Jane Roe", "2023-01-03"],
    [["Von Jane Roe", "Aktualisiert am 04.01.2023 Veröffentlicht am 03.01.2023"], false, "Jane Roe", "2023-01-03"],
    [["Par Jane Roe", "Le 3 janvier 2023 à 09h00"], false, "Jane Roe", "2023-01-03"],
    [["Von Jane Roe", "Am 3. Januar 2023"], false, "Jane Roe", "2023-01-03"],
  ] as const)("%j (above the headline: %s)", (top, above, author, date) => {
    const a = page([...top], above);
    expect(a.title).toBe(headline);
    expect(a.author).toBe(author);
    expect(a.date).toBe(date);
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
  });

  it("keeps a place beside a date unnamed, and a headline that opens with 'By' a headline", () => {
    expect(page(["New York, New York • Wed, Feb 15, 1832"]).author).toBeNull();
    // (A plain name beside a date is the writer's, unless the headline or the story names it.)
    expect(page(["27.08.2024 | Jane Roe"]).author).toBe("Jane Roe");
    const cape = parseArticle(["Cape Town ferry channel to be dredged", "", "Cape Town | 3 March 2025", "", "Cape Town's harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.", "", HARBOUR_STORY[4]].join("\n"));
    expect([cape.author, cape.date]).toEqual([null, "2025-03-03"]);
    const a = parseArticle(["By the numbers: the harbour board's ten-year wait for a dredger", "", ...HARBOUR_STORY.slice(2)].join("\n"));
    expect(a.title).toBe("By the numbers: the harbour board's ten-year wait for a dredger");
  });
});

describe("a headline under a page's top, however the page sets it", () => {
  const headline = HARBOUR_STORY[0]!;
  const page = (top: string[]) => parseArticle([...top.flatMap((t) => [t, ""]), ...HARBOUR_STORY.slice(2)].join("\n"));

  it.each([
    [[`${headline} - Avery Times`], headline, null],
    [[`${headline} - The Avery Times - Local news from Avery`], headline, null],
    [[`Avery Times | ${headline}`], headline, null],
    [[`${headline} « Avery Times`], headline, null],
    [["Breaking News", headline], headline, null],
    [[`Home » Local » ${headline}`, headline, "By Jane Roe"], headline, "Local"],
  ] as const)("%j", (top, title, section) => {
    const a = page([...top]);
    expect(a.title).toBe(title);
    if (section) expect(a.section).toBe(section);
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
  });

  it("keeps a headline whose dash is its own, and a short first line over its story", () => {
    expect(page(["Ferry fares: what the vote means for you - and for the fishers", ...[]]).title).toBe("Ferry fares: what the vote means for you - and for the fishers");
    expect(page(["Dredging Day"]).title).toBe("Dredging Day");
    expect(page(["Harbour: what the dredging means for the fishers of Avery"]).title).toBe("Harbour: what the dredging means for the fishers of Avery");
  });
});

describe("an exported newsletter", () => {
  const headers = ["From: Avery Times <newsletter@example.com>", "To: reader@example.org", "Subject: Harbour board votes to dredge old ferry channel", "Date: Tue, 3 Jan 2023 09:00:00 +0000"];
  const story = HARBOUR_STORY.slice(2).filter(Boolean);
  const footer = ["You are receiving this email because you subscribed to the Avery Times newsletter.", "Unsubscribe | Update your preferences | Forward to a friend", "Avery Times, 1 Quay Street, Avery"];
  const mail = (top: string[], under: string[]) => parseArticle([...top, "", ...[...story, ...under].flatMap((p) => [p, ""])].join("\n"));

  it("loses its pointer to the browser copy and its footer, and keeps its story", () => {
    const a = mail([...headers, "", "View this email in your browser"], footer);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.date).toBe("2023-01-03");
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
    expect(a.body.endsWith(story[story.length - 1]!)).toBe(true);
  });

  it("is read under a mail program's forwarding mark", () => {
    const a = mail(["---------- Forwarded message ---------", ...headers], []);
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.date).toBe("2023-01-03");
    expect(a.body.startsWith("The harbour board voted")).toBe(true);
  });

  it("loses a signed post's armour over its text", () => {
    const post = ["From: jane@example.org (Jane Roe)", "Newsgroups: rec.boats", "Subject: Dredging", "Date: Tue, 3 Jan 1995 09:00:00 GMT", "",
      "-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", "", "The board voted on Tuesday to dredge the channel in the spring.", ""].join("\n");
    expect(parseArticle(post).body).toBe("The board voted on Tuesday to dredge the channel in the spring.");
  });

  // An issue as newsletters are laid out: masthead, greeting, a kicker over the lead story's
  // headline and byline, the story, a link out, other items, an advertisement, the footer.
  const issue = (head: string[], lang: "en" | "sv") => {
    const en = ["THE AVERY TIMES — MORNING BRIEF", "Tuesday, January 3, 2023", "", "Good morning! Here's what you need to know today.", "", "ANNONS".replace("ANNONS", "SPONSORED"), "Half-price ferry passes for students this month only.", "", "TOP STORY", "", "Harbour board votes to dredge old ferry channel", "", "By Jane Roe and John Doe, Harbour reporters", "",
      ...story.flatMap((p) => [p, ""]), "Read the full story on example.com →", "", "ALSO IN TODAY'S BRIEF", "• Ferry fares to rise in spring", "• Lifeboat crew rescues two kayakers", "",
      "You're receiving this because you subscribed to the Avery Times Morning Brief.", "Unsubscribe | Update preferences"];
    const sv = ["AVERY TIDNING", "Morgonbrevet", "Tisdag 3 januari 2023", "", "God morgon! Här är dagens viktigaste nyhet, utvald av redaktionen.", "/Redaktionen", "", "ANNONS", "Julklappstips från saluhallen – 20 % på presentkorgar", "",
      "Hamnstyrelsen beslutar att muddra den gamla färjeleden", "Av Jane Roe", "", ...story.flatMap((p) => [p, ""]), "Läs hela artikeln på example.se →", "", "FLER NYHETER I DAG", "Färjepriserna höjs i vår", "",
      "Du får det här nyhetsbrevet eftersom du är registrerad hos Avery Tidning.", "Avsluta prenumerationen | Hantera nyhetsbrev"];
    return parseArticle([...head, ...(lang === "en" ? en : sv)].join("\n"));
  };

  it("a long line of spaces at a text's top is read in linear time (no pointer to a browser copy is looked for in it)", () => {
    const started = performance.now();
    parseArticle(`x${" \u00a0".repeat(50_000)}x\n\nA last paragraph.`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("a newsletter is read as a page: its lead story under its own headline and byline, without greeting, items, ads or footer", () => {
    const a = issue(["From: The Avery Brief <brief@example.com>", "To: reader@example.org", "Subject: ☕ Morning Brief: dredging, fares and a rescue", "Date: Tue, 3 Jan 2023 06:00:00 +0000", "", "View this email in your browser: https://example.com/brief/2023-01-03", ""], "en");
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.author).toBe("Jane Roe and John Doe");
    expect(a.date).toBe("2023-01-03");
    expect(a.body.split("\n\n")).toEqual(story);
  });

  it("... in the archive's other languages, with its mail headers or without them; the sender is no writer, the masthead gives the date", () => {
    const headed = issue(["Från: Avery Tidning <morgonbrevet@example.se>", "Till: prenumerant@example.se", "Ämne: Morgonbrevet: muddring av färjeleden", "", "Visa i webbläsaren", ""], "sv");
    expect(headed.title).toBe("Hamnstyrelsen beslutar att muddra den gamla färjeleden");
    expect(headed.author).toBe("Jane Roe");
    expect(headed.date).toBe("2023-01-03");
    expect(headed.body.split("\n\n")).toEqual(story);
    const bare = issue(["Visa i webbläsaren", ""], "sv");
    expect(bare.title).toBe("Hamnstyrelsen beslutar att muddra den gamla färjeleden");
    expect(bare.body.split("\n\n")).toEqual(story);
    const unsigned = parseArticle(["From: The Avery Brief <brief@example.com>", "Subject: Dredging", "Date: Tue, 3 Jan 2023 06:00:00 +0000", "", "View this email in your browser", "", "Harbour board votes to dredge old ferry channel", "", ...story.flatMap((p) => [p, ""]), "Unsubscribe"].join("\n"));
    expect(unsigned.author).toBeNull();
  });

  it("keeps a post that talks of unsubscribing in its first half", () => {
    const post = ["From: jane@example.org (Jane Roe)", "Newsgroups: rec.boats", "Subject: Leaving the list", "Date: Tue, 3 Jan 1995 09:00:00 GMT", "",
      "To unsubscribe from the harbour list, write to the list's owner with the word leave in the subject line.", "", "It took me a week to find that out.", ""].join("\n");
    expect(parseArticle(post).body).toContain("To unsubscribe from the harbour list");
  });
});

describe("a table of contents", () => {
  const lead = "The Avery ferry channel is a dredged channel in the harbour of Avery, used by the island ferry from 1902 until 2008 and by small fishing boats since.";
  const history = "The channel was cut in 1902, when the ferry company built a new slip on the east quay and the old landing silted up within a few years.";
  it("goes with its heading, and an older wiki's jump links go", () => {
    const b = parseArticle(["Avery ferry channel", "", "Jump to navigation", "Jump to search", "", lead, "", "Contents", "1 History", "2 Dredging", "2.1 The 1998 dredging", "3 References", "", history, ""].join("\n")).body;
    expect(b).toBe(`${lead}\n\n${history}`);
  });
  it("stays when a numbered list has no such heading: a ranking is the story's", () => {
    const b = parseArticle(["Avery regatta results", "", lead, "", "1 Jane Roe (Avery)", "2 John Doe (Gull Point)", "3 Jim Poe (Avery)", "", history, ""].join("\n")).body;
    expect(b).toContain("2 John Doe (Gull Point)");
  });
});

describe("a page's top: a navigation bar, a photo's caption, a time in hours", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
    "The board will meet again next month to choose a site, and ferries will use a temporary pontoon until then.",
  ];
  const HEADLINE = "Harbour board votes to close the old ferry terminal";

  it("isMenuLine: a navigation bar run onto one line, not a headline", () => {
    for (const t of ["Home Scores Schedule Standings Stats Teams Players", "News Sport TV & Showbiz Royals Money Travel Health Puzzles Shop", "NFL NBA NHL MLB Soccer More Sports", "Home | News | Sport | Weather | Live"]) {
      expect(isMenuLine(t), t).toBe(true);
    }
    for (const t of [HEADLINE, "Apple Unveils New Phones And Watches", "Sport Minister Resigns Over Stadium Deal", "Home News", "Health: what the new rules mean"]) {
      expect(isMenuLine(t), t).toBe(false);
    }
  });

  it("a navigation bar right over the headline is not taken for it", () => {
    for (const menu of ["Home Scores Schedule Standings Stats Teams Players", "News Sport TV & Showbiz Royals Money Travel Health Puzzles Shop"]) {
      const p = parseArticle(["Example Sports", menu, HEADLINE, "By Jane Roe", "Nov 18, 2023, 11:42 PM ET", ...STORY].join("\n"));
      expect(p.title).toBe(HEADLINE);
      expect(p.author).toBe("Jane Roe");
      expect(p.date).toBe("2023-11-18");
    }
  });

  it("a photo's caption with its credit between the headline and the story is passed over", () => {
    const menus = ["Home", "National", "World", "Politics", "Sport", "Business", "Country", "Listen Live", "National"];
    const p = parseArticle([...menus, HEADLINE, "5:44 pm on 3 April 2023", "Share this", "Share on Facebook", "The old ferry terminal at dusk. Photo: Example Radio / Jane Roe", ...STORY].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.date).toBe("2023-04-03");
    expect(p.body.startsWith("The harbour board voted")).toBe(true);
    expect(p.body).not.toContain("Photo:");
  });

  it("a share bar is no headline and no writer", () => {
    for (const t of ["Facebook Twitter WhatsApp", "Facebook Twitter Email", "Twitter | Facebook | Courriel"]) expect(isShareBar(t), t).toBe(true);
    for (const t of ["Facebook fined over data breach", "Email", "Twitter Bosses Testify"]) expect(isShareBar(t), t).toBe(false);
    const menus = ["Accueil", "Actualités", "Régions", "Monde", "Économie", "Sport", "Culture", "Opinions", "Agriculture"];
    const p = parseArticle([...menus, HEADLINE, "Publié le 15 mai 2023", "Partager", "Facebook Twitter WhatsApp", ...STORY].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.date).toBe("2023-05-15");
    expect(isPersonName("Facebook Twitter Courriel")).toBe(false);
  });

  it("calls to follow the site elsewhere and a newsletter's fine print go, wherever they stand", () => {
    const prompts = [
      "Download the Example 9 app for the latest news, weather and sports, right on your phone.",
      "Join the Avery Times's WhatsApp channel",
      "Kindly share this story:",
      "You may occasionally receive promotional content from The Avery Times.",
      "By providing an email address, I agree to the Terms of Use and acknowledge the Privacy Policy.",
      "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.",
      "If you value local news, become a member today.",
    ];
    for (const prompt of prompts) {
      for (const at of [1, STORY.length]) {
        const lines = [...STORY];
        lines.splice(at, 0, prompt);
        const p = parseArticle([HEADLINE, "By Jane Roe", "March 3, 2023", "", lines.join("\n\n")].join("\n"));
        expect(p.body, prompt).not.toContain(prompt.slice(0, 20));
        expect(p.body.split("\n\n")).toEqual(STORY);
      }
    }
    // In a story's sentence the same words stay.
    const told = "The council said residents could download the app for free, and that a WhatsApp group would follow.";
    expect(parseArticle([HEADLINE, "By Jane Roe", "March 3, 2023", "", [STORY[0], told, ...STORY.slice(1)].join("\n\n")].join("\n")).body).toContain(told);
  });

  it("... and in other languages: newsletters, pleas for support, error reports, comment notices, 'read also' links", () => {
    const prompts = [
      "Suscribite a nuestro newsletter y recibí las noticias más importantes del día.",
      "Receba no seu email o que de mais importante acontece no país.",
      "Unser Hafen-Newsletter: Alles aus Avery – direkt in Ihr Postfach. Jetzt kostenlos anmelden.",
      "Sostieni il giornalismo di qualità. Abbonati a Example: 1 euro al mese.",
      "Apoie o jornalismo independente.",
      "Este contenido es gratuito gracias a nuestros suscriptores.",
      "Fehler gefunden? Jetzt melden.",
      "Vous avez trouvé une erreur? Merci de nous la signaler.",
      "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
      "Os comentários não representam a opinião do jornal.",
      // (With the site's moderation policy run on after it.)
      "Disclaimer: Comments do not represent the views of the Example Courier. We reserve the right to exclude comments which are inconsistent with our editorial standards.",
      // (A call to join the site's channel, with the steps to join it: longer than most prompts.)
      "Dapatkan update berita pilihan dan breaking news setiap hari dari Example.com. Mari bergabung di Grup Telegram \"Example.com News Update\", caranya klik link berikut, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.",
      "Mirá también: El puerto cierra su terminal de ferris",
      "TE RECOMENDAMOS: Sube la tarifa del transporte urbano",
    ];
    for (const prompt of prompts) {
      const p = parseArticle([HEADLINE, "By Jane Roe", "March 3, 2023", "", [STORY[0], prompt, ...STORY.slice(1), prompt].join("\n\n")].join("\n"));
      expect(p.body.split("\n\n"), prompt).toEqual(STORY);
    }
    // A story's own sentence about comments stays.
    const said = "Los comentarios del ministro no representan la posición del Gobierno, según el portavoz, que pidió calma a los vecinos del puerto.";
    expect(parseArticle([HEADLINE, "By Jane Roe", "March 3, 2023", "", [STORY[0], said, ...STORY.slice(1)].join("\n\n")].join("\n")).body).toContain(said);
  });

  it("a short caption over its holder's credit after the copyright sign goes; a last paragraph over the rights line stays", () => {
    const top = ["Namur : la rue de Fer sera piétonne le week-end", "Jane Roe avec Belga", "Publié le 14 mars 2025 à 16:20", ""];
    const story = ["La rue de Fer, principale artère commerçante du centre, sera réservée aux piétons chaque samedi et dimanche à partir du 5 avril, a annoncé vendredi le collège communal.",
      "La circulation y sera interdite de 10 heures à 19 heures, sauf pour les riverains et les livraisons, a précisé l'échevin de la Mobilité lors d'une conférence de presse."];
    const lead = parseArticle([...top, "La rue de Fer un samedi après-midi, en février.", "© Example - Jane Roe", ...story].join("\n"));
    expect(lead.body.split("\n\n")).toEqual(story);
    const last = "Les commerçants seront consultés en septembre sur un éventuel prolongement de l'essai au-delà de la première année, a ajouté l'échevin.";
    const closing = parseArticle([...top, ...story, last, "© Example", "", "Mentions légales", "Les plus lus : la météo du week-end et les travaux sur la N4 à Namur, avec les déviations prévues."].join("\n"));
    expect(closing.body).toContain(last);
  });

  it("a photo's credit in brackets after what it shows, in any language, makes a caption; a reading time with its figure first is a label", () => {
    for (const t of ["La stazione inferiore della funicolare in piazza Amedeo (foto Ansa)", "Vista aérea de las inundaciones en Licantén (Foto: Agencia Uno)", "The old terminal at dusk (Photo: Jane Roe/Example)."]) {
      expect(isCaption(t), t).toBe(true);
    }
    for (const t of ["The mayor said the report (photos attached) was wrong", "Il decreto sui carburanti (testo)"]) expect(isCaption(t), t).toBe(false);
    for (const t of ["2 MINUTI DI LETTURA", "3 min de lecture", "5 Min. Lesezeit", "4 minutos de lectura"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("2 minutes of reading made her change her mind")).toBe(false);
  });

  it("a place in capitals with a day and month but no year or agency is a dateline; in Title case it is not", () => {
    const dl = readDateline("PORT AVERY, Aug 6 — The harbour board voted on Tuesday to dredge the old channel.");
    expect(dl?.place).toBe("PORT AVERY");
    expect(parseArticle([HEADLINE, "By Jane Roe", "", "PORT AVERY, Aug 6 — The harbour board voted on Tuesday to close the old ferry terminal.", ...STORY.slice(1)].join("\n\n")).place).toBe("PORT AVERY");
    expect(readDateline("Paris, May 3 - the day the strike began, nobody came.")).toBeNull();
  });

  it("a place in capitals closed by a full stop is a dateline, as Italian and German regional papers set it; a phrase in capitals is not", () => {
    expect(readDateline("TRIESTE. Via libera della giunta comunale al progetto del nuovo parcheggio.")?.place).toBe("TRIESTE");
    expect(readDateline("BOZEN-GRIES. Die Gemeinde hat am Montag beschlossen, die Straße zu sperren.")?.place).toBe("BOZEN-GRIES");
    for (const t of ["MOST ATROCIOUS MURDER. The trial opened on Monday.", "U.S. officials said on Monday that talks would resume.", "UPDATE. The council has since reversed its vote."]) {
      expect(readDateline(t)?.place ?? null, t).toBeNull();
    }
  });

  it("a date line may give the hour alone, and a two-letter zone ('July 11, 2023 5 AM PT')", () => {
    for (const line of ["July 11, 2023 5 AM PT", "July 11, 2023 5 p.m. ET"]) {
      expect(leadingDate(line), line).toBe("2023-07-11");
      const p = parseArticle([HEADLINE, "Jane Roe | Staff Writer", line, ...STORY].join("\n"));
      expect(p.date, line).toBe("2023-07-11");
      expect(p.author).toBe("Jane Roe");
    }
  });
});

describe("a note on the writer under the story, told by the byline's name in any language", () => {
  const FR = [
    "Le conseil municipal a voté lundi soir la fermeture de l'ancien terminal des ferries, après qu'une expertise a jugé le quai dangereux pour les passagers comme pour les véhicules.",
    "Les élus ont reconnu que la décision avait été difficile, mais les réparations auraient coûté plus cher qu'un nouveau terminal de l'autre côté de la baie, selon le rapport des ingénieurs.",
    "Les pêcheurs qui utilisent le quai chaque matin craignent de devoir faire un long détour pendant les travaux, qui doivent durer au moins deux ans.",
    "Le conseil se réunira le mois prochain pour choisir un site, et les ferries utiliseront un ponton provisoire d'ici là.",
  ];
  const page = (...after: string[]) => parseArticle(["Le terminal des ferries fermera ses portes", "Par Claire Dubois", "Publié le 12 mars 2024 à 18h05", "", ...FR.flatMap((p) => [p, ""]), ...after].join("\n"));

  it("a paragraph after the story that opens with the writer's name ends the story, and what follows goes with it", () => {
    const p = page("Claire Dubois est journaliste à la rubrique régionale depuis 2015. Elle couvre la politique locale.", "", "0 commentaires", "", "Recevez chaque matin l'essentiel de l'actualité de la région dans votre boîte mail.");
    expect(p.author).toBe("Claire Dubois");
    expect(p.body.endsWith("ponton provisoire d'ici là.")).toBe(true);
    expect(p.body).not.toContain("est journaliste");
    expect(p.body).not.toContain("commentaires");
  });

  it("so does the writer's name alone on a line after the story, over their description", () => {
    const p = page("Sur l'auteur", "Claire Dubois", "Journaliste à la rubrique régionale. Couvre la politique locale et le logement.", "", "Lire aussi", "Le marché du samedi change de place");
    expect(p.body.endsWith("ponton provisoire d'ici là.")).toBe(true);
    expect(p.body).not.toContain("Couvre la politique");
  });

  it("the name early in the story, or as a speaker's label, is the story's", () => {
    const early = parseArticle(["Le terminal des ferries fermera ses portes", "Par Claire Dubois", "", FR[0], "", "Claire Dubois, qui a suivi le dossier depuis le début, rappelle que le quai date de 1962 et n'a jamais été rénové en profondeur.", "", ...FR.slice(1).flatMap((p) => [p, ""])].join("\n"));
    expect(early.body).toContain("qui a suivi le dossier");
    expect(early.body.endsWith("ponton provisoire d'ici là.")).toBe(true);
    const label = page("Claire Dubois: Et la suite ?", "", "Le maire: Nous verrons bien le mois prochain, et les habitants seront consultés.");
    expect(label.body).toContain("Nous verrons bien");
  });
});

describe("a comment section's head in any language, and a video's caption with its running time", () => {
  it("isCommentsMarker: a count of comments, a link to them, a notice that there are none", () => {
    for (const t of ["Comments (14)", "12 commentaires", "38 Kommentare", "Kommentare", "COMMENTI (12)", "Комментарии 48", "Комментарии (5)", "Yorumlar (2)", "Voir les commentaires", "Leggi tutti i commenti", "Jetzt kommentieren", "Aucun commentaire pour le moment. Soyez le premier à réagir !", "No comments yet"]) {
      expect(isCommentsMarker(t), t).toBe(true);
    }
    // (The Russian word alone may head a part of the story: "Комментарии" over what observers said.)
    for (const t of ["Комментарии", "Comments from the minister were not available.", "Kommentare des Ministers"]) {
      expect(isCommentsMarker(t), t).toBe(false);
    }
  });

  const STORY = [
    "Der Stadtrat hat am Montagabend beschlossen, die Parkgebühren in der Innenstadt zum ersten Januar deutlich zu erhöhen, nachdem die Verwaltung eine lange Liste von Einnahmelücken vorgelegt hatte.",
    "Eine Stunde Parken am Marktplatz kostet dann drei Euro statt bisher zwei Euro, in den Randbezirken bleibt es beim alten Tarif, wie der zuständige Dezernent nach der Sitzung erklärte.",
    "Die Opposition kritisierte die Entscheidung scharf und kündigte an, die Bürgerinnen und Bürger über ein Begehren selbst abstimmen zu lassen, falls der Rat den Beschluss nicht zurücknimmt.",
  ];
  it("the story ends at the comment section's head, and the comments under it go", () => {
    const p = parseArticle(["Stadtrat erhöht die Parkgebühren", "", ...STORY.flatMap((t) => [t, ""]), "Kommentare (7)", "", "Endlich! Das hätte man schon vor Jahren machen sollen, meinte ein Leser aus der Altstadt.", ""].join("\n"));
    expect(p.body.endsWith("nicht zurücknimmt.")).toBe(true);
    expect(p.body).not.toContain("Endlich");
  });


  it("a list of other stories over the comments ends where their head stands, and the comments go with it", () => {
    const p = parseArticle(["Stadtrat erhöht die Parkgebühren", "", ...STORY.flatMap((t) => [t, ""]), "Mehr zum Thema", "Neue Radwege für die Weststadt geplant", "Bürgerbegehren gegen das Hallenbad gescheitert", "", "Kommentare (2)", "Leser_1970 | vor 2 Stunden", "Endlich! Das hätte man schon vor Jahren machen sollen.", "Altstadtkind | vor 1 Stunde", "Und die Anwohner zahlen wieder die Zeche, wie immer bei solchen Beschlüssen.", ""].join("\n"));
    expect(p.body.endsWith("nicht zurücknimmt.")).toBe(true);
    expect(p.body).not.toContain("Endlich");
    expect(p.body).not.toContain("die Zeche");
  });
  it("a video's caption closed by its running time is no paragraph of the story", () => {
    expect(isCaption("Erik Lindqvist fires one past the goalie in overtime to complete the rally from two goals down. (0:45)")).toBe(true);
    expect(isCaption("The match ended at 2-1. (Report continues below)")).toBe(false);
    const lines = ["Bruins rally past Leafs in overtime", "", "Boston came back from two goals down on Saturday night to beat Toronto 4-3 in overtime, the winner coming 45 seconds into the extra period.", "", "Erik Lindqvist fires one past the goalie in overtime to complete the rally from two goals down. (0:45)", "", "Toronto had led 3-1 after two periods, but Boston scored twice in the third to force the extra period in front of a sold-out crowd.", ""];
    const p = parseArticle(lines.join("\n"));
    expect(p.body).not.toContain("(0:45)");
    expect(p.body).toContain("Toronto had led 3-1");
  });
});

describe("a photo's caption credited as pages in other languages credit it", () => {
  it("isCaption: a credit word of another language, a copyright sign, a caption's label, an agency in brackets", () => {
    for (const t of [
      "Auf dem Gelände sollen zwei zusätzliche Gleise entstehen. Foto: BTD",
      "Ein Braunbär hat in der Nacht Spuren hinterlassen. - Foto: © Forstinspektorat Meran",
      "Deelscooters bij het station van Breda. © Archief BN DeStem",
      "Le projet prévoit une plaine de jeux et un parcours de santé. - © Ville de Charleroi",
      "Jane Roe celebrates on the Market Place in Richmond © Example Pix / Tour of the Vale",
      "Il ponte delle Grazie a Faenza (foto d'archivio) - RIPRODUZIONE RISERVATA",
      "Legenda: Motoristas enfrentaram ruas alagadas na avenida na manhã desta segunda",
      "Un distributore di carburante a Roma (ANSA)",
    ]) expect(isCaption(t), t).toBe(true);
    for (const t of [
      "Die Stadt will zwei zusätzliche Gleise bauen, sagte der Sprecher.",
      "Carburanti, la benzina torna sopra 1,9 euro al litro",
      "The ferry company's new timetable © Example Ferries 2024",
      "Il governo ha approvato il decreto (ANSA) e il testo passa ora alle Camere, dove la maggioranza conta di approvarlo entro l'estate senza modifiche sostanziali.",
    ]) expect(isCaption(t), t).toBe(false);
  });

  it("such a caption between the date and the story is not taken for the headline", () => {
    const p = parseArticle([
      "Politica", "Economia", "Sport", "Cultura",
      "Carburanti, la benzina torna sopra 1,9 euro al litro: prezzi in aumento da cinque giorni",
      "Redazione", "15 marzo 2023 16:42",
      "Un distributore di carburante a Roma (ANSA)",
      "Il prezzo medio della benzina self service è tornato sopra 1,9 euro al litro, secondo i dati comunicati oggi dal ministero, dopo cinque giorni consecutivi di rialzi nelle stazioni di servizio di tutto il paese.",
      "Le associazioni dei consumatori chiedono al governo di intervenire con un taglio delle accise, mentre i gestori attribuiscono gli aumenti alle quotazioni internazionali del greggio.",
    ].join("\n"));
    expect(p.title).toBe("Carburanti, la benzina torna sopra 1,9 euro al litro: prezzi in aumento da cinque giorni");
    expect(p.body).not.toContain("(ANSA)");
  });
});

describe("pages saved by lynx or html2text", () => {
  // A story written for these tests, wrapped at 74 columns as lynx sets it (three spaces in): see wrap.
  const P1 = "PORT AVERY (Reuters) - The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike, ending a century of crossings from the town quay.";
  const P2 = "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay, where the water is deeper and the approach road already exists.";
  const P3 = "The board will meet again next month to choose a site, and ferries will use a temporary pontoon until then, the chair said, adding that the timetable would not change for the summer season.";
  const P4 = "Fishers who tie up at the quay every morning said they had not been asked about the new site and would oppose any plan that moved the ferry away from the town's market and its small harbour shops.";

  it("a lynx dump: its link numbers, picture marks, feeds and list of references go, and its wrapped paragraphs read whole", () => {
    const page = [
      "#[1]Example Courier RSS", "", "   [2]Skip to content", "", "   [3]Example Courier", "",
      "     * [4]News", "     * [5]Sport", "     * [6]Business", "     * [7]Opinion", "",
      "Harbour board votes to close the old ferry terminal", "",
      "   By [8]Jane Roe and [9]John Doe", "", "   Wednesday, January 15, 2025 8:05 PM", "",
      "   [10]IMG The old terminal at dusk", "",
      ...wrap(P1), "", ...wrap(P2), "", ...wrap(P3), "", ...wrap(P4), "",
      "   Tags: [11]Ferries [12]Harbour", "",
      "References", "", "   2. https://courier.example/#main", "   4. https://courier.example/news", "  11. https://courier.example/tag/ferries",
    ].join("\n");
    const p = parseArticle(page);
    expect(p.title).toBe("Harbour board votes to close the old ferry terminal");
    expect(p.author).toBe("Jane Roe and John Doe");
    expect(p.date).toBe("2025-01-15");
    expect(p.place).toBe("PORT AVERY");
    expect(p.body.split("\n\n")).toEqual([P1.replace(/^PORT AVERY \(Reuters\) - /, ""), P2, P3, P4]);
  });

  it("a lynx dump made in a wide window (-width=120): its paragraphs read whole too", () => {
    const page = [
      "   [1]Example Courier", "", "     * [2]News", "     * [3]Sport", "", "Harbour board votes to close the old ferry terminal", "",
      "   By [4]Jane Roe | Wednesday, January 15, 2025 8:05 PM", "",
      ...wrap(P1, 110), "", ...wrap(P2, 110), "", ...wrap(P3, 110), "", ...wrap(P4, 110), "", ...wrap(P2.replace("Members", "Officials"), 110), "", ...wrap(P3.replace("The board", "The council"), 110), "",
    ].join("\n");
    const p = parseArticle(page);
    expect([p.title, p.author, p.place]).toEqual(["Harbour board votes to close the old ferry terminal", "Jane Roe", "PORT AVERY"]);
    expect(p.body.split("\n\n").slice(0, 4)).toEqual([P1.replace(/^PORT AVERY \(Reuters\) - /, ""), P2, P3, P4]);
  });

  it("an html2text page: its links, pictures, headings and emphasis go, their words stay", () => {
    const page = [
      "[Skip to main content](#content)", "", "[![Example Courier](/static/logo.png)](/)", "",
      "[Subscribe](/subscriptions) [Sign in](/login)", "",
      "  * [News](/news)", "  * [Sport](/sport)", "  * [What's On](/whats-on)", "",
      "[News](/news) > [Local News](/news/local)", "",
      "# Harbour board votes to close the old ferry terminal", "",
      "By [Jane Roe](/author/jane-roe)", "", "Published 21st Feb 2025, 10:15 GMT", "",
      "![The old terminal at dusk](/images/terminal.jpg)", "",
      P2, "", "[**Read more:** Ferry fares to rise in the spring](/news/local/ferry-fares)", "", P3, "",
      "#### Sign up for our newsletter", "", "[Sign up](/newsletters)", "",
    ].join("\n");
    const p = parseArticle(page);
    expect(p.title).toBe("Harbour board votes to close the old ferry terminal");
    expect(p.author).toBe("Jane Roe");
    expect(p.date).toBe("2025-02-21");
    expect(p.body).toContain(P2);
    expect(p.body).toContain(P3);
    expect(p.body).not.toMatch(/\]\(|Skip to|!\[/);
  });

  it("a link whose text html2text wrapped onto the next line, and the skip link in other languages", () => {
    const text = ["[![Jane Roe's", "avatar](/img/jane.jpg)](/profile/jane)", "[Example", "Courier](/)", "[News](/news)"].join("\n");
    expect(withoutDumpSyntax(text).split("\n")).toEqual(["", "", "Example", "Courier", "News"]);
    for (const t of ["Przejdź do treści", "Перейти к основному содержанию", "Saltar al contenido principal", "Direkt zum Inhalt"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Przejdź do treści ustawy, którą przyjął wczoraj Sejm, i oceń sam")).toBe(false);
  });

  it("numbers in brackets in a plain story, and a story's own short lines, are left as they are", () => {
    const text = ["Harbour board votes to close the old ferry terminal", "", `${P2} The review [1] said so.`, "", P3, "", "[1] Engineering review, March 2024."].join("\n");
    expect(parseArticle(text).body).toContain("The review [1] said so.");
    expect(withoutDumpSyntax(text)).toBe(text);
    const lines = toLines(["A line that is short.", "", ...wrap(P1), "", ...wrap(P4), "", ...wrap(P2), "", "     * an item", "     * another item"].join("\n"));
    const joined = unwrapped(lines);
    // (Each paragraph one line, numbered as its first; the list's items stay apart.)
    expect(joined.map((l) => l.text.trim())).toEqual(["A line that is short.", "", P1, "", P4, "", P2, "", "* an item", "* another item"]);
    expect(joined[2]!.n).toBe(3);
    expect(joined[4]!.n).toBe(lines.findIndex((l) => l.text.includes(P4.slice(0, 20))) + 1);
    // (A page without a tool's syntax whose lines run past 80 columns is not taken for a wrapped one.)
    const long = (k: number) => `Line ${k} of a page whose text was never wrapped runs on past the eightieth column as it likes.`;
    const uneven = toLines([...wrap(P1), "", ...wrap(P4), "", ...wrap(P2), "", ...[1, 2, 3, 4, 5].map(long)].join("\n"));
    expect(unwrapped(uneven)).toEqual(uneven);
    // (A few lines the wrapping left whole, a footer's row of links, a rights notice, or a rule of
    // signs, do not stop it.)
    const footer = toLines([...wrap(P1), "", ...wrap(P4), "", ...wrap(P2), "", "=".repeat(90), long(1), long(2)].join("\n"));
    expect(unwrapped(footer).length).toBeLessThan(footer.length);
  });
});

describe("date lines in more of the world's languages", () => {
  it("month names, weekdays, labels and the word before the hour in Dutch, Polish, Turkish, Indonesian, Italian, Portuguese and more", () => {
    const cases: Array<[string, string, "published" | "updated"]> = [
      ["Gepubliceerd dinsdag 12 maart 2024, 14:05", "2024-03-12", "published"],
      ["wtorek, 9 kwietnia 2024, 07:30", "2024-04-09", "published"],
      ["Giriş: 12.03.2024 14:05", "2024-03-12", "published"],
      ["Güncelleme: 12.03.2024 16:20", "2024-03-12", "updated"],
      ["05 Haziran 2024 Çarşamba 09:41", "2024-06-05", "published"],
      ["Selasa, 12 Maret 2024 14:05 WIB", "2024-03-12", "published"],
      ["Martedì 7 Maggio 2024, 05:30 - Ultimo aggiornamento: 09:14", "2024-05-07", "published"],
      ["15/05/2024 06h00  Atualizado há 2 horas", "2024-05-15", "published"],
      ["tisdag 5 mars 2024 kl. 09.15", "2024-03-05", "published"],
      ["9:14 am on 21 August 2024", "2024-08-21", "published"],
      ["ma 13 nov 2023 17:21", "2023-11-13", "published"],
      ["wt., 9 kwietnia 2024", "2024-04-09", "published"],
      ["21-02-24, 10:42", "2024-02-21", "published"],
    ];
    for (const [line, date, kind] of cases) expect(readStamp(line)?.[kind], line).toBe(date);
    // (A sentence with a date in it is still no date line.)
    for (const line of ["Op 12 maart 2024 besloot de gemeenteraad om de brug te sluiten", "Selasa lalu, 12 Maret 2024, warga berkumpul di balai kota", "Do 12 March 2024 we meet", "do 12 uur"]) expect(readStamp(line), line).toBeNull();
  });

  it("a page dated so is dated, and its headline found over the date", () => {
    const p = parseArticle([
      "Nieuws", "Regio", "Sport",
      "Brug over de Leie onverwacht afgesloten na ontdekking van scheuren",
      "Gepubliceerd dinsdag 12 maart 2024, 14:05",
      "De brug over de Leie in het centrum is sinds vanmiddag volledig afgesloten voor alle verkeer, nadat bij een inspectie scheuren in de draagbalken werden ontdekt.",
      "Het verkeer wordt omgeleid via de ring, meldt de stad, die verwacht dat de herstelling minstens twee weken zal duren en vraagt om geduld.",
    ].join("\n"));
    expect(p.date).toBe("2024-03-12");
    expect(p.title).toBe("Brug over de Leie onverwacht afgesloten na ontdekking van scheuren");
  });
});

describe("bylines as pages in more languages print them", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  const HEADLINE = "Harbour board votes to close the old ferry terminal";
  it("a label for the writer or a word for 'by' in another language, a place or an outlet after the name, a name in Markdown's bold", () => {
    const cases: Array<[string, string]> = [
      ["Penulis: Dian Permata Sari | Editor: Rizal Hakim", "Dian Permata Sari"],
      ["Pewarta: Budi Santoso", "Budi Santoso"],
      ["Av Anna Svensson", "Anna Svensson"],
      ["By Chinedu Okafor, Abuja", "Chinedu Okafor"],
      ["Por Ana Luíza Prado, Portal Vale Notícias", "Ana Luíza Prado"],
      ["Por Camila Rocha, g1 PE", "Camila Rocha"],
      ["Par Thomas Dewael avec Belga", "Thomas Dewael"],
      ["By Jane Roe, jane.roe@example.com", "Jane Roe"],
    ];
    for (const [byline, author] of cases) expect(parseArticle([HEADLINE, byline, "March 3, 2023", "", ...STORY].join("\n")).author, byline).toBe(author);
    // (The word said in full on a line over the name: "Escrito por" / "Larissa Menezes, larissa@…".)
    expect(parseArticle([HEADLINE, "Escrito por", "Larissa Menezes, larissa.menezes@example.com.br", "13:42 | 20 de Março de 2023", "", ...STORY].join("\n")).author).toBe("Larissa Menezes");
    const bold = parseArticle([HEADLINE, "Di **Chiara Bellandi** | 12/06/2024", "", ...STORY].join("\n"));
    expect(bold.author).toBe("Chiara Bellandi");
    expect(bold.date).toBe("2024-12-06");
    // (Two names stay two: "By Jane Roe, John Doe".)
    expect(parseArticle([HEADLINE, "By Jane Roe, John Doe", "March 3, 2023", "", ...STORY].join("\n")).author).toBe("Jane Roe and John Doe");
  });

  it("a post's own asterisks stay", () => {
    const post = ["From: jroe@example.com (Jane Roe)", "Subject: Mac monitor **WANTED**", "", "I am looking for a **good** monitor for my old Mac, colour if possible.", ""].join("\n");
    expect(parseArticle(post).title).toBe("Mac monitor **WANTED**");
  });
});

describe("a page's prompts and 'read also' links in more of the world's languages", () => {
  it("isBoilerplate: a pitch for the day's news or a channel, a 'read also' label over another story", () => {
    for (const t of [
      "Recibe cada mañana las noticias más importantes en tu correo.",
      "Recevez chaque jour à 6 h l'essentiel de l'actualité.",
      "Zapisz się na newsletter Dziennika Pomorskiego",
      "Подписывайтесь на наш канал в Telegram",
      "Síganos en nuestro canal de WhatsApp para recibir las noticias",
      "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
      "Leé también: Colectivos: qué líneas aumentan desde el lunes",
      "Le puede interesar: Pico y placa en Bogotá",
      "Lees ook: Storing bij NS treft treinverkeer rond Amersfoort",
      "Czytaj też: Nowa linia tramwajowa na Południe",
      "Baca juga: Ganjil Genap Jakarta Tidak Berlaku Selama Libur",
    ]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of [
      "Recibe el alcalde a los vecinos del barrio cada martes, según explicó su portavoz a este diario.",
      "Ikuti aturan baru, warga Jakarta diminta membayar tarif integrasi mulai April, kata pejabat dinas.",
    ]) expect(isBoilerplate(t), t).toBe(false);
  });
});

describe("the comments' count shown over the story and again over the comments", () => {
  it("ends the story at the second, and leaves long comments out", () => {
    const story = [
      "The harbour board approved a plan on Tuesday to dredge the old ferry channel before the autumn storms arrive on the coast, ending two years of delays.",
      "Work will start in August, the board's chair said, and the channel should reopen to small boats by the end of October if the weather holds.",
      "Fishermen have waited for the work since the channel silted up in the storms of 2023, and some have moved their boats to other harbours along the coast.",
      "The cost, about two million pounds, will be shared by the council and the port authority, the board said in a statement after the meeting.",
    ];
    const menu = ["Example Gazette", "News", "Harbour", "Coast", "Islands", "Politics", "Business", "Sport", "Community", "Features"];
    const text = [
      ...menu, "", "Harbour channel to be dredged before winter", "", "By Jane Roe", "Published: 10:30, 3 March 2025", "", "14 comments", "",
      ...story.flatMap((p) => [p, ""]),
      "14 comments", "",
      // (A comment as long as a paragraph of the story: the count over it is then inside the story's
      // span, and was passed over as a line the page repeats.)
      "About time too. My father fished from that channel for forty years and never saw it this bad, and every winter the boats had to wait for the tide before they could get out past the old harbour wall.", "",
      "Two million pounds for a ditch. Meanwhile the ferry still runs late every single morning.", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).toContain("shared by the council and the port authority");
    expect(b).not.toContain("My father fished");
  });
});

describe("widgets and offers that pages in many languages print around a story", () => {
  it("isBoilerplate: a typo widget's Ctrl+Enter, a follow prompt in Bulgarian, an underwriting line, an e-paper offer", () => {
    for (const t of [
      "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.",
      "Ja pamanījāt kļūdu, iezīmējiet tekstu un nospiediet Ctrl + Enter!",
      "Последвайте ни в Google News Showcase, за да научавате най-важното от деня!",
      "Support for Example Public Media comes from the Hartley Foundation.",
      "Support for this story is provided by the Example Trust",
      "Support for KXAM's coverage of the legislature comes from the Hartley Foundation.",
      "Now you can read the Example Sentinel ePaper anytime, anywhere.",
      "Read today's e-edition",
      "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
      "下載時報APP",
    ]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of [
      "The ePaper edition of the paper launched in 2012 and now has 40,000 readers, the company said.",
      "Support for the plan comes from an unlikely coalition of farmers and city councillors, who met on Tuesday.",
      "Support for Labour comes from younger voters in the cities, the poll found.",
      "Keyboard shortcuts such as Control and Enter were added to the app in its last update, the developers said.",
      "In the new version, pressing Ctrl+Enter sends a message straight away, the company said.",
      "Support for NATO comes from both parties in Congress, the poll found.",
      "Support for Fox News comes from older viewers, according to the Pew study.",
      "Access to the digital edition costs $5 a month, the publisher said.",
      "市民可下載「台北通」APP查詢。",
      "越来越多老年人开始在APP看新闻。",
      "市府推出APP讓民眾查詢停車位，上線首週下載量突破十萬次。",
    ]) expect(isBoilerplate(t), t).toBe(false);
  });

  it("isBoilerplate: an appeal for the site's journalism and a reader's gift to it; not a story's sentence about support or gifts", () => {
    for (const t of [
      "Support independent New Mexico journalism. Give today and your gift will be matched.",
      "Support local news",
      "Your monthly gift keeps independent news coming to every corner of Oregon.",
      "Your gift helps us keep local journalism free for everyone.",
    ]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of [
      "Support for local news is at a record low, the survey found.",
      "Support grew for the plan among Texas news outlets last year.",
      "Your support for the school news team was wonderful, the principal told parents.",
      "Your donation will help the newsroom survive, the editor wrote in a letter to readers.",
    ]) expect(isBoilerplate(t), t).toBe(false);
  });

  it("a Czech page's tags heading, its comments' count and its 'you may be interested' heading", () => {
    expect(isTagsHeading("Témata:")).toBe(true);
    expect(isCommentsMarker("Diskuse (42)")).toBe(true);
    expect(isWidgetHeading("Mohlo by vás zajímat")).toBe(true);
    expect(isCommentsMarker("Diskuse o rozpočtu pokračuje")).toBe(false);
    // (Alone, "Diskuse" is a discussion, a story's subheading as well: only with its count.)
    expect(isCommentsMarker("Diskuse")).toBe(false);
  });

  it("isCaption: a caption with a file photo's credit after a bar", () => {
    expect(isCaption("A worker inspects the arena roof at the Harbour Centre in 2024. | File photo/Example Now")).toBe(true);
    expect(isCaption("The arena opened in 1974 | it has not been renovated since, the council said.")).toBe(false);
  });

  it("isCaption: a Chinese caption opening on 'pictured is' or closed by a file photo's label", () => {
    for (const t of ["图为修复后的渡轮停靠在码头。", "新改造的农村公路穿过山谷。（资料图片）", "圖為颱風過後的港口。", "捷運延伸路線示意圖。（市府捷運工程處提供）"]) expect(isCaption(t), t).toBe(true);
    expect(isCaption("渡轮公司表示，周末前时刻表将恢复正常。")).toBe(false);
    // (A paragraph that says whose figures it gives is no caption.)
    expect(isCaption("全台各地今天氣溫偏低，北部最低溫約10度，中南部約12度，山區可能出現零度以下低溫，民眾外出應注意保暖，下週一起各地回暖。（以上資料由中央氣象署提供）")).toBe(false);
  });
});

describe("a byline with an agency's initials after a slash, and captions credited in square brackets", () => {
  const STORY = [
    "NEW DELHI: The opening of the first section of the metro line is likely to be delayed by three months after waterlogging damaged the tunnels, officials said on Wednesday.",
    "The corporation said that repairs would begin next week and that the line would open in the new year, once safety checks are complete.",
  ];
  const HEADLINE = "Metro Phase 4: Waterlogging delays opening of the Majlis Park stretch by three months";
  it("'Jane Roe / TNN' over the date is the byline, not a photo's credit making the headline a caption", () => {
    const p = parseArticle(["Home / Cities / Delhi News", HEADLINE, "Ritika Sharma / TNN", "Published: Sep 11, 2024 22:10 IST | Updated: Sep 12, 2024 10:42 IST", "", ...STORY].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.author).toBe("Ritika Sharma");
    expect(p.date).toBe("2024-09-11");
  });

  it("a caption closed by '[PHOTO: …]' or '(File photo)' under the date is no headline", () => {
    for (const caption of ["Waterlogged construction site near the corridor. (File photo)", "Commuters at the stage in the city centre on Wednesday. [PHOTO: Jane Roe, Example Mirror]"]) {
      expect(isCaption(caption), caption).toBe(true);
      const p = parseArticle(["Example Mirror", "News", "Sport", "Business", "Metro opening delayed by three months after waterlogging", "By Jane Roe and John Doe", "Wednesday, January 15, 2025 8:05 PM", caption, "", ...STORY].join("\n"));
      expect(p.title, caption).toBe("Metro opening delayed by three months after waterlogging");
      expect(p.body, caption).not.toContain(caption);
    }
  });
});

describe("other stories' headlines set into the story without a label", () => {
  const P = [
    "Parking at the regional hospital will cost fifteen euro a day from next month, the health service said on Tuesday, after a review of charges across the region.",
    "Patients' groups said the increase would fall hardest on families who visit relatives for long stays, many of whom travel from the towns around the county every day.",
    "Staff at the hospital will not be affected by the increase, and a separate car park will stay on its permit system, the health service said in its statement.",
  ];
  const page = (...middle: string[]) => parseArticle(["Hospital parking charge to rise to fifteen euro a day", "By Jane Roe", "March 3, 2024", "", P[0], "", P[1], "", ...middle, "", P[2], ""].join("\n")).body;

  it("a paragraph of two headlines or more between the story's paragraphs goes, with bullets or without", () => {
    for (const run of [["• Athlone bypass works to close the slip road for three weeks", "• Moate man (74) raises €12,000 for cardiac unit with coast-to-coast walk"], ["Record number of new flats to be launched in 2025", "Couples turn to shorter-wait flats as queues lengthen"]]) {
      const body = page(...run);
      expect(body.split("\n\n"), run[0]).toEqual(P);
    }
  });

  it("a story's own list stays: marked with dashes, or its items ending in stops", () => {
    for (const kept of [["- Increased spending on primary education to 71.56bn rupees ($1.6bn)", "- Increased spending on health to 102.8bn rupees ($2.35bn)"], ["The charge will apply to visitors only.", "Blue badge holders will park free."]]) {
      expect(page(...kept), kept[0]).toContain(kept[0]!.replace(/^- /, ""));
    }
  });

  it("a Markdown quotation's marks go, so a 'see also' link in one is a link; and a few notices under the story", () => {
    const md = ["# Hospital parking charge to rise", "", "By [Jane Roe](/author/jane)", "", P[0], "", "> SEE ALSO: Airlift boost as new Toronto route", "> announced", "", P[1], "", P[2], "", "Discussion about this post", "", "I parked there last week and paid twenty."].join("\n");
    const body = parseArticle(md).body;
    expect(body.split("\n\n")).toEqual(P);
    for (const t of ["Comments are moderated and generally will be posted if they are on-topic.", "This article appeared in print under the headline \"Too many bees?\""]) expect(isBoilerplate(t), t).toBe(true);
  });
});

describe("a share bar's and a reader's buttons in the archive's other languages", () => {
  it("are labels, and a label is never the headline", () => {
    for (const t of ["Copier le lien", "Partager", "Link kopieren", "Condividi", "Compartilhar", "Поделиться", "Udostępnij", "Paylaş", "Bagikan", "Kopiera länk"]) expect(isBoilerplate(t), t).toBe(true);
    const p = parseArticle(["Régions", "Tram de Liège : la mise en service reportée à l'automne", "Publié le mercredi 13 mars 2024 à 11h26", "Partager", "Copier le lien", "",
      "La mise en service complète du tram de Liège, attendue au printemps, est reportée à l'automne, a annoncé mercredi l'opérateur, qui évoque des problèmes de signalisation.",
      "Les commerçants du centre réclament des compensations pour les pertes subies pendant les travaux, qui durent depuis plus de quatre ans."].join("\n"));
    expect(p.title).toBe("Tram de Liège : la mise en service reportée à l'automne");
    expect(p.body).not.toMatch(/Partager|Copier/);
  });
});

describe("a byline labelled 'Words:', and a navigation bar never the headline", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  it("'Words: Jane Roe' names the writer, as music and culture magazines credit", () => {
    const p = parseArticle(["Velvet Arcade – 'Low Tide Hymns' review: the four-piece find power in restraint", "Words: Jess Okonkwo", "March 3, 2024", "", ...STORY].join("\n"));
    expect(p.author).toBe("Jess Okonkwo");
    expect(p.title).toBe("Velvet Arcade – 'Low Tide Hymns' review: the four-piece find power in restraint");
  });

  it("a navigation bar run onto one line above the byline is never the headline", () => {
    const p = parseArticle(["Example Daily", "News Sport TV & Showbiz Royals Money Travel Health Puzzles Shop", "By Jane Roe", "Published 3 February 2023", "", ...STORY].join("\n"));
    expect(p.title).not.toBe("News Sport TV & Showbiz Royals Money Travel Health Puzzles Shop");
    expect(p.date).toBe("2023-02-03");
  });
});

describe("a place in capitals between the byline and the date", () => {
  it("is the place, not a fact box's label over the date", () => {
    const p = parseArticle(["PODER", "Câmara aprova projeto que amplia licença-paternidade para 20 dias", "Texto segue para o Senado; empresas do Simples terão compensação fiscal", "Rafael Moreira", "BRASÍLIA", "12.abr.2023 às 19h30", "",
      "A Câmara dos Deputados aprovou nesta quarta-feira o projeto que amplia a licença-paternidade de cinco para vinte dias, com compensação fiscal para as empresas do Simples.",
      "O texto segue agora para o Senado, onde a base do governo espera votá-lo ainda neste semestre, segundo o relator da proposta."].join("\n"));
    expect(p.title).toBe("Câmara aprova projeto que amplia licença-paternidade para 20 dias");
    expect(p.author).toBe("Rafael Moreira");
    expect(p.date).toBe("2023-04-12");
    expect(p.place).toBe("BRASÍLIA");
  });
});

describe("more of a page's furniture in the archive's other languages", () => {
  it("isBoilerplate: an inbox, an app, a paywall's offer, a prompt about the article", () => {
    for (const t of [
      "Chaque matin, l'essentiel de l'actualité dans votre boîte mail.",
      "Abonne-toi à notre newsletter!",
      "Descarga la app de Telemundo Houston para recibir alertas de noticias y del tiempo.",
      "Download dan de BN DeStem-app.",
      "Accedé a todo el contenido ilimitado. Desde $U 190 por mes.",
      "Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest Littoral dans l'espace Mon Actu.",
      "Haben Sie Fragen oder Anregungen zu diesem Artikel?",
      "El periodismo de calidad tiene un valor. Apoya un medio independiente.",
    ]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of [
      "La aplicación que descarga la app del banco fue retirada de la tienda tras las quejas de los usuarios, informó la empresa en un comunicado.",
      "Le maire a reçu des centaines de lettres dans sa boîte mail depuis l'annonce du projet, a-t-il raconté lundi devant le conseil municipal.",
    ]) expect(isBoilerplate(t), t).toBe(false);
  });

  it("a rights line in another language ends the story, with a year or without", () => {
    for (const t of ["«Коммерсантъ». Все права защищены.", "© Diário do Tejo | Todos os direitos reservados", "Wszelkie prawa zastrzeżone."]) expect(isEndMarker(t), t).toBe(true);
  });
});

describe("notices a site sets under its stories: a disclaimer, a paywall's counter, a copyright notice", () => {
  it("isBoilerplate", () => {
    for (const t of [
      "DISCLAIMER: The Views, Comments, Opinions and Statements made by Readers on this platform do not necessarily represent the views or policy of Example Online.",
      "The views expressed in the contents above are those of our users and do not necessarily reflect the views of Example.",
      "You have 2 free articles remaining this month. Subscribe for unlimited access.",
      "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.",
      "Have your say: Comments are moderated and may take up to 24 hours to appear.",
      "You've reached your limit of 3 free articles this month.",
      "£25 could pay for a warm, safe night in the shelter for one person.",
      "Votre avis nous intéresse. Les commentaires sont fermés sur cet article.",
      "This report is provided by Example Economics for information purposes only. It is not intended as investment advice and should not be relied upon as such.",
      "ALSO ON KXMP: County schools expand free breakfast to all students",
      "相关链接：宁波推进社区服务场景建设 今年再建30个社区食堂",
    ]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ["Also on Tuesday: the council met again and voted to close the ferry.", "Also on the agenda: the budget for next year was approved.", "The minister said the leaflet was for information purposes only.", "$50 can buy a week of meals, the charity said."]) expect(isBoilerplate(t), t).toBe(false);
    expect(isEndMarker("Este artigo é exclusivo para assinantes.")).toBe(true);
    // (Over the story, a paywalled page's label is furniture, and the story goes on under it.)
    for (const t of ["Vous lisez un article réservé aux abonnés.", "You're reading a subscriber-only article"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Vous lisez un article réservé aux abonnés depuis trois ans, explique-t-elle.")).toBe(false);
    // (A caption closed by its credit after a bar; a French site's prompt after the story, however long.)
    expect(isCaption("Le bassin n'avait pas été rénové depuis l'ouverture de la piscine. | Archives L'Écho de l'Exemple")).toBe(true);
    expect(isCaption("Le maire a répondu : « Nous verrons. » | Le conseil a voté.")).toBe(false);
    expect(isEndMarker("Cet article vous a été utile ? Sachez que vous pouvez suivre L'Écho de l'Exemple dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos villes et marques favorites, et recevrez nos alertes.")).toBe(true);
    // (A research note's chart, numbered; a sentence about a table is the story's.)
    expect(isCaption("Chart 1: Core inflation measures, year-over-year % change. Source: Example Statistics.")).toBe(true);
    // (Or under "Pictured:", as British papers label one.)
    expect(isCaption("Pictured: King Street, St Helier.")).toBe(true);
    expect(isBoilerplate("Example Waikato Newsletter - Sign up for the best local stories.")).toBe(true);
    expect(isBoilerplate("The newsletter - sent to 4,000 parents - was withdrawn on Friday.")).toBe(false);
    // (However it ends: a figure's credit may close on the year in brackets.)
    expect(isCaption("Fig. 2: Reef growth rates plotted against age. Shaded bars mark glacial periods. Credit: Roe et al., Example Geoscience (2025)")).toBe(true);
    expect(isCaption("The reefs grew fastest during the last ice age, the researchers found (Roe et al., 2025)")).toBe(false);
    expect(isCaption("Table 1 shows the figures for each province.")).toBe(false);
    // (A story may report that someone's words do not necessarily reflect a government's policy, and stays.)
    expect(isBoilerplate("The minister said on Tuesday that the remarks, made at a private dinner last week, did not necessarily reflect the government's policy on the harbour.")).toBe(false);
  });
});

describe("the page's rights line under a widget's list of links", () => {
  it("still names the site", () => {
    const p = parseArticle(["Harbour board votes to close the old ferry terminal", "By Jane Roe", "March 3, 2024", "",
      "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.", "",
      "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.", "",
      "Related Posts", "Ferry fares to rise in the spring as fuel costs climb", "Fishers say the new harbour plan ignores them", "© 2024 Example Harbour News LLC. All rights reserved.", "Scroll To Top", ""].join("\n"));
    expect(p.source).toBe("Example Harbour News");
    expect(p.body).not.toContain("Ferry fares");
  });
});

describe("a site's masthead over its menus, at the top of a saved page", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  const HEADLINE = "Harbour board votes to close the old ferry terminal";
  it("is not the headline: the headline over the byline and date is", () => {
    for (const menus of [["Home | Harbour | Business | Sport | World | Opinion"], ["Harbour", "Business", "Sport", "World", "Opinion"]]) {
      const p = parseArticle(["The Harbour Times", "", ...menus, "", HEADLINE, "", "Jane Roe", "Published February 18, 2025", "", ...STORY].join("\n"));
      expect(p.title, menus[0]).toBe(HEADLINE);
      expect(p.date, menus[0]).toBe("2025-02-18");
    }
  });
  it("a plain document's first line, over the story or over a few lines in capitals, is still its headline", () => {
    expect(parseArticle([HEADLINE, "", ...STORY].join("\n")).title).toBe(HEADLINE);
    expect(parseArticle(["Executive Order on the harbour", "", "EXECUTIVE ORDER", "", "- – - – -", "", ...STORY].join("\n")).title).toBe("Executive Order on the harbour");
  });
});

describe("a newspaper's name in other languages is an outlet", () => {
  it("isOutlet, and so no writer", () => {
    for (const t of ["Le Quotidien de Montréal", "Gazet van Antwerpen", "Corriere della Sera", "Die Presse", "La Prensa Gráfica"]) expect(isOutlet(t), t).toBe(true);
    for (const t of ["Jane Roe", "Emma Presser"]) expect(isOutlet(t), t).toBe(false);
  });
});

describe("a count over the byline, and a ticker of headlines over the headline", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  const HEADLINE = "Harbour board votes to close the old ferry terminal";
  it("neither is the headline", () => {
    for (const buttons of [["Share", "Comment", "142"], ["5 min", "Gift Article", "Share", "Comment", "142"]]) {
      const counted = parseArticle(["Business", "Transportation", HEADLINE, "The proposed closure would be the first in the harbour's history", ...buttons, "By Jane Roe", "March 4, 2024 at 6:12 p.m. EST", "", ...STORY].join("\n"));
      expect(counted.title, buttons.join(" / ")).toBe(HEADLINE);
      expect(counted.author).toBe("Jane Roe");
    }
    const ticker = parseArticle(["The Harbour Sentinel", "Friday, January 10, 2025", "Home", "News", "Business", "Sport", "BREAKING: Council confirms new harbour master | Ferry fares rise | Fishers protest at the quay", "News", HEADLINE, "By Jane Roe, Avery", "January 9, 2025", "", ...STORY].join("\n"));
    expect(ticker.title).toBe(HEADLINE);
    expect(ticker.author).toBe("Jane Roe");
  });
});

describe("a reader view's export, and a magazine's name with its section over the headline", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  const HEADLINE = "Harbour board votes to close the old ferry terminal";
  it("a reader view: the site's address, then the headline, the writer and the reading time", () => {
    const p = parseArticle(["harbourtimes-online.example.com", HEADLINE, "Jane Roe", "7-8 minutes", "State Politics", "June 3, 2024 — 5.30am", "", ...STORY].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.date).toBe("2024-06-03");
    // (A site named by its address over its menus is no reader view.)
    const site = parseArticle(["harbourtimes.example", "News | Politics | Business | Sport | Culture", "Home › News › Article", "News", HEADLINE, "Published Monday 22 April 2024 | Example Press", "", ...STORY].join("\n"));
    expect(site.title).toBe(HEADLINE);
  });
  it("a magazine's name with its section is no headline, over the headline or over the menus", () => {
    const p = parseArticle(["Harbour & Coast Magazine — Ecology", "", HEADLINE, "", "Cities have fallen in love with ferries. Engineers say the old piers are getting too little of the money.", "", "By Jane Roe", "", "~9 min read", "", ...STORY].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a widget's heading in more of the world's languages", () => {
  it("isWidgetHeading, and the links under it go from the story", () => {
    for (const t of ["Relacionadas", "Lees ook", "Meest gelezen", "Meer over dit onderwerp:", "Najczęściej czytane", "En çok okunanlar", "Berita terkait", "Mest lästa", "I più letti"]) expect(isWidgetHeading(t), t).toBe(true);
    // (In English, one link's heading, and a desk's picks: "Related article", "Recommended from Editorial".)
    for (const t of ["Related article", "Related Story:", "Recommended from Editorial", "Latest from Sport"]) expect(isWidgetHeading(t), t).toBe(true);
    for (const t of ["Related", "Recommended from the start by the council"]) expect(isWidgetHeading(t), t).toBe(t === "Related");
    for (const t of ["Também", "Relacionadas com o caso", "Lees ook het rapport"]) expect(isWidgetHeading(t), t).toBe(false);
    const p = parseArticle(["Fietsen bij het station worden na zeven dagen verwijderd", "Door Jane de Vries", "12 maart 2024", "",
      "Fietsen die langer dan zeven dagen in de stalling bij het centraal station staan, worden vanaf april verwijderd, heeft de gemeente dinsdag bekendgemaakt.", "",
      "De maatregel moet plaats maken voor dagelijkse reizigers, die nu vaak geen vrij rek meer vinden in de drukste uren van de ochtend.", "",
      "Lees ook", "", "Steeds meer gemeenten beboeten fout geparkeerde deelscooters", "",
      "De Fietsersbond noemt de maatregel begrijpelijk, maar vindt zeven dagen te kort voor wie een week ziek is of op reis gaat.", "",
      "De gemeente wil na de zomer bekijken of de termijn moet worden aangepast, zegt een woordvoerder van de wethouder.", ""].join("\n"));
    expect(p.body).not.toContain("deelscooters");
    expect(p.body).toContain("De Fietsersbond noemt");
  });
});

describe("a caption over its credit in capitals, with the story going on under the credit", () => {
  it("goes, and the story starts under the credit", () => {
    const story = [
      "À peine un mois après le début de l'hiver, la Ville a déjà engagé 87 % de l'enveloppe prévue pour le déneigement de toute la saison, selon un bilan présenté lundi au comité exécutif, qui s'inquiète du coût des contrats de location de camions.",
      "Les élus de l'opposition réclament un plan de contingence si les chutes de neige se poursuivent au même rythme jusqu'à la fin du mois de mars.",
    ];
    const p = parseArticle(["Déneigement : la Ville a déjà dépensé 87 % de son budget annuel", "Par Jane Roe", "Publié le 23 janvier 2024", "", "Une souffleuse en action rue Saint-Denis, lundi soir.", "", "PHOTO JANE ROE, EXAMPLE QUOTIDIEN", "", ...story.flatMap((t) => [t, ""])].join("\n"));
    expect(p.body.split("\n\n")).toEqual(story);
  });
});

describe("a menu's sections in any language, a player's button, a picture's placeholder", () => {
  it("isMenuLine: nine capitalised words or more, none of them joining words, are a menu", () => {
    for (const t of ["Home Bangladesh Business World Sports Opinion Entertainment Lifestyle Tech Youth Multimedia E-paper", "Главное Политика Экономика Бизнес Финансы Потребительский рынок Мир Происшествия Общество Спорт Культура", "Nanotechnology Physics Earth Astronomy & Space Chemistry Biology Other Sciences"]) expect(isMenuLine(t), t).toBe(true);
    for (const t of ["Apple Unveils New iPhone Models Amid Slowing Sales Growth", "Harbour Board Votes To Close The Old Ferry Terminal After Review", "Stadtrat beschließt höhere Parkgebühren in der Innenstadt ab Januar nächsten Jahres"]) expect(isMenuLine(t), t).toBe(false);
  });
  it("a player's button is a label and a placeholder's caption a caption", () => {
    for (const t of ["Follow", "Video abspielen", "Play video"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isCaption("[imagem] Estação do Rossio esta manhã, com quadros de partidas a anunciar supressões.")).toBe(true);
  });
});

describe("a relative time on a line of its own", () => {
  it("is furniture in the archive's languages, and never the headline", () => {
    for (const t of ["2 hours ago", "Updated 5 minutes ago", "hace 2 horas", "il y a 3 heures", "vor 2 Stunden", "2 ore fa", "há 2 horas", "2 часа назад", "2 uur geleden"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("2 hours ago the harbour was still full of boats, fishers said.")).toBe(false);
    const p = parseArticle(["Metro", "Transport groups announce three-day jeepney strike over deadline", "2 hours ago", "By Jane Roe", "", "Transport groups said on Monday they would stage a three-day strike from next week to protest the deadline for replacing old jeepneys, which they say will cost drivers their livelihoods.", "", "The transport department said it would deploy buses and government vehicles during the strike and urged drivers to continue dialogue.", ""].join("\n"));
    expect(p.title).toBe("Transport groups announce three-day jeepney strike over deadline");
  });
});

describe("what syndicated research news and local-democracy copy set under the story", () => {
  const STORY = [
    "Glacier lakes in the southern Andes have tripled in area since 1990, according to a study of satellite images published on Monday by a team of geographers.",
    "The authors call for permanent monitoring stations at the most dangerous sites and for early warning systems in the towns below them.",
  ];
  it("the references, the citation and a credit to the scheme that produced it go", () => {
    const p = parseArticle(["Glacier lakes tripled in area since 1990, study finds", "By Jane Roe", "March 4, 2024", "", ...STORY.flatMap((t) => [t, ""]),
      "More information: J. Roe et al, Three decades of glacial lake expansion, Example Letters (2024). DOI: 10.5555/example.2024.0311", "",
      "Citation: Glacier lakes tripled in area since 1990, study finds (2024, March 4) retrieved 6 March 2024 from https://example.com/news/glacier.html", ""].join("\n"));
    expect(p.body.split("\n\n")).toEqual(STORY);
    const q = parseArticle(["Council approves budget with 4.99% tax rise", "By Jane Roe", "March 4, 2024", "", ...STORY.flatMap((t) => [t, ""]),
      "This article was produced by the Local Democracy Reporting Service, which covers councils and public bodies across the UK.", ""].join("\n"));
    expect(q.body.split("\n\n")).toEqual(STORY);
  });
});

describe("a lynx page that opens with its title tag", () => {
  const STORY = [
    "   The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "",
    "   Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  it("takes the h1 under the menus, not the title tag with the site's name", () => {
    for (const sep of ["|", "-", "—"]) {
      const p = parseArticle([`   Harbour board votes to close the old ferry terminal ${sep} Avery Courier`, "", "   [1]Skip to main content", "", "   [2]Avery Courier", "",
        "     * [3]News", "     * [4]Sport", "     * [5]Opinion", "     * [6]Weather", "", "   [7]News / [8]Local", "",
        "Harbour board votes to close the old ferry terminal", "", "   By [9]Jane Roe", "   March 4, 2024 7:00 AM", "", ...STORY, "", "References", "", "   1. https://example.com/#main"].join("\n"));
      expect(p.title, sep).toBe("Harbour board votes to close the old ferry terminal");
      expect(p.author).toBe("Jane Roe");
    }
  });
  it("the skip link in more languages is furniture", () => {
    for (const t of ["Vés al contingut", "Hoppa till innehållet", "Gå til indhold", "Hopp til innhold", "Přejít na obsah", "Sari la conținut", "Перейти к содержимому", "Ugrás a tartalomhoz", "Siirry sisältöön"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Gå til indholdet af rapporten, som regeringen offentliggjorde i går, og læs selv")).toBe(false);
  });
});

describe("a lynx dump's heading at the margin, a byline with its job after a slash, a colon dateline", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  it("the heading lynx sets at the margin is the headline, not the masthead that opens the page", () => {
    const p = parseArticle(["   [1]Avery Courier", "", "   [2]Subscribe | [3]E-Paper | [4]Login", "", "   [5]News [6]Business [7]Sports [8]Obituaries", "", "   [9]Local", "",
      "Harbour board votes to close the old ferry terminal", "", "   Published: Sunday | April 14, 2024 | 12:05 AM", "   Jane Roe/Staff Reporter", "", "   [10]IMG",
      ...STORY.flatMap((t) => ["", `   ${t}`]), "", "   [11]Next story", "", "References", "", "   1. https://example.com/"].join("\n"));
    expect(p.title).toBe("Harbour board votes to close the old ferry terminal");
    expect(p.date).toBe("2024-04-14");
    expect(p.author).toBe("Jane Roe");
    expect(p.body.split("\n\n")).toEqual(STORY);
  });
  it("a live page's 'Compiled by' is its byline", () => {
    const p = parseArticle(["Harbour live: ferry terminal closes as the board votes", "", "LIVE", "Compiled by Jane Roe and John Doe", "14 June 2024 - 06:45", "", ...STORY.flatMap((t) => [t, ""])].join("\n"));
    expect(p.author).toBe("Jane Roe and John Doe");
  });
  it("a place in capitals and a colon opening the story, or alone on the line over it, is its dateline", () => {
    const p = parseArticle(["Harbour board votes to close the old ferry terminal", "", "By Jane Roe", "April 14, 2024", "", `PORT AVERY: ${STORY[0]}`, "", STORY[1]].join("\n"));
    expect(p.place).toBe("PORT AVERY");
    expect(p.body.split("\n\n")).toEqual(STORY);
    const q = parseArticle(["Harbour board votes to close the old ferry terminal", "By", "Jane Roe", "April 14, 2024", "Port Avery:", ...STORY].join("\n"));
    expect(q.place).toBe("Port Avery");
    expect(q.body.split("\n\n")).toEqual(STORY);
    // (A name and a colon opening an interview's answer, or a label, is no dateline.)
    for (const first of [`Jane Roe: ${STORY[0]}`, `UPDATE: ${STORY[0]}`]) {
      expect(parseArticle(["Harbour board votes to close the old ferry terminal", "", "By Jane Roe", "April 14, 2024", "", first, "", STORY[1]].join("\n")).place, first).toBeNull();
    }
  });
});

describe("pandoc's Markdown: escapes, a heading's attributes, fenced divs", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  it("reads the escapes and attributes as the page's text, and drops a div whose class is furniture", () => {
    const text = ["[Skip to content](#main)", "", "# Harbour board votes to close the old ferry terminal {#top .entry-title}", "", "[Jane Roe](/by/jane-roe)", "",
      "Published 11 February 2025, 06.00 \\| Updated 11 February 2025, 09.14", "", ...STORY.flatMap((t) => [t, ""]),
      "::: paywall", "Want to read on? Subscribe: your first month for 1 pound.", "[Buy](/subscribe)", ":::", "",
      "::: {.newsletter .boxed}", "### The harbour's news in your inbox", "", "[Sign up](/newsletter)", ":::", "", "Comments are closed for this article."].join("\n");
    expect(withoutDumpSyntax(text)).not.toMatch(/\\\||\{#top|:::|first month|inbox/);
    const p = parseArticle(text);
    expect(p.title).toBe("Harbour board votes to close the old ferry terminal");
    expect(p.author).toBe("Jane Roe");
    expect(p.date).toBe("2025-02-11");
    expect(p.body.split("\n\n")).toEqual(STORY);
    // (A div of another class keeps its text.)
    expect(withoutDumpSyntax(["[a](/b)", "::: {.figure}", "The pier at low tide.", ":::"].join("\n")).split("\n")).toEqual(["a", "", "The pier at low tide.", ""]);
  });
  it("a notice that comments are closed, in the archive's languages, is furniture", () => {
    for (const t of ["Kommentarsfältet är stängt för den här artikeln.", "Les commentaires sont fermés.", "Los comentarios están cerrados para esta noticia.", "Die Kommentarfunktion ist geschlossen.", "I commenti sono chiusi.", "Комментарии закрыты."]) expect(isBoilerplate(t), t).toBe(true);
  });
});

describe("where a piece ran first, who produced it, a gift or a paywall's notice, in other languages", () => {
  const STORY = [
    "Le conseil municipal a voté mardi la fermeture de l'ancien terminal des ferries après une expertise qui a jugé la jetée dangereuse pour les passagers.",
    "Les élus ont expliqué que la réparation coûterait plus cher qu'un nouveau terminal de l'autre côté de la baie, où l'eau est plus profonde.",
    "Le conseil se réunira de nouveau le mois prochain pour choisir un site, et les ferries utiliseront un ponton provisoire d'ici là.",
  ];
  it("goes from the story", () => {
    for (const note of ["Der Beitrag erschien zuerst auf Hafen Aktuell.", "Este conteúdo foi produzido pela Agência Exemplo e é reproduzido ao abrigo de um acordo de parceria.", "Cet article est paru initialement sur Le Courrier d'Avery."]) {
      const p = parseArticle(["Le terminal des ferries va fermer", "", "Par Jeanne Roux", "4 mars 2024", "", ...STORY.flatMap((t) => [t, ""]), note, ""].join("\n"));
      expect(p.body.split("\n\n"), note).toEqual(STORY);
    }
    for (const t of ["Cet article vous est offert par Le Courrier d'Avery. Abonnez-vous pour soutenir l'information locale.", "This article is free to read. Register for more.", "Contenuto riservato agli abbonati Premium: scarica il report completo.", "Dieser Artikel ist nur für Abonnenten."]) expect(isBoilerplate(t), t).toBe(true);
  });
});

describe("datelines as papers across Europe and Latin America set them", () => {
  it("readDateline: a stop and a dash, the agency first, a wire's agency in small letters or between slashes, an outlet after a stop", () => {
    const cases: Array<[string, string, string | null]> = [
      ["MENDOZA.- La cosecha de uva de este año cerró", "MENDOZA", null],
      ["Monterrey, NL.- La apertura de la Línea 6 del Metro", "Monterrey, NL", null],
      ["ACN Figueres.-L'Ajuntament de Figueres suspendrà", "Figueres", "ACN"],
      ["(ANSA) - NAPOLI, 05 GIU - Una scossa di terremoto", "NAPOLI", "ANSA"],
      ["Hamburg (dpa) - Der Hamburger Hafen hat", "Hamburg", "dpa"],
      ["UMEÅ (TT) SMHI har utfärdat en orange varning", "UMEÅ", "TT"],
      ["Cluj-Napoca, 21 mai /Agerpres/ - Municipalitatea clujeană", "Cluj-Napoca", "Agerpres"],
      ["АСТАНА. DALA NEWS — Из-за сильного снегопада", "АСТАНА", "DALA NEWS"],
    ];
    for (const [t, place, agency] of cases) {
      const d = readDateline(t);
      expect(d?.place, t).toBe(place);
      expect(d?.agency, t).toBe(agency);
    }
    // (An abbreviation's stop is the place's own.)
    expect(readDateline("ST. LOUIS — The city council")?.place).toBe("ST. LOUIS");
    // (A stop and a dash in the middle of a sentence is no dateline.)
    expect(readDateline("the mayor said.- Nothing else")).toBeNull();
  });
  const STORY = "Im Zoo Leipzig ist in der Nacht zu Montag ein Elefantenkalb zur Welt gekommen, wie der Zoo am Montag mitteilte, Mutter und Kalb sind wohlauf.";
  it("a place in Title case and a stop is a dateline where the headline or the story names it again", () => {
    const p = parseArticle(["Elefantenbaby im Zoo Leipzig geboren", "", "Von Jana Roth", "22.07.2024, 15:12 Uhr", "Aktualisiert: vor 3 Std.", "", `Leipzig. ${STORY}`, "", STORY].join("\n"));
    expect(p.place).toBe("Leipzig");
    expect(p.body.startsWith("Im Zoo Leipzig")).toBe(true);
    const q = parseArticle(["Sismo de magnitud 5,1 remece Arequipa", "Por", "Carlos Huamaní", "03/06/2025", "Arequipa.", "Un sismo de magnitud 5,1 se registró a las 6:32 de la mañana de este martes y fue percibido en Arequipa y Moquegua, informó el instituto.", "El epicentro se ubicó frente a la costa, a 40 kilómetros de la ciudad."].join("\n"));
    expect(q.place).toBe("Arequipa");
    // (A sentence of one word names nothing again.)
    expect(parseArticle(["Der Zoo bekommt Nachwuchs", "", "Von Jana Roth", "22.07.2024", "", `Nein. ${STORY}`].join("\n")).place).toBeNull();
  });
  it("a lynx page's references with any scheme go, so its wrapped paragraphs are put back together", () => {
    const para = "Der Hamburger Hafen hat im ersten Quartal deutlich weniger Container umgeschlagen als im Vorjahreszeitraum, wie der Verband am Donnerstag mitteilte, und die Reedereien fahren weiter um das Kap der Guten Hoffnung.";
    const wrap = (t: string) => t.match(/.{1,70}(\s|$)/g)!.map((l) => `   ${l.trim()}`);
    const text = ["   [1]Zum Inhalt", "", "   [2]Hafen [3]Wirtschaft [4]Politik [5]Sport", "", "Hamburger Hafen schlägt weniger Container um", "", "   10.04.2025, 11:23 Uhr", "",
      ...wrap(para), "", ...wrap(para.replace("Der Hamburger", "Auch der Bremer")), "", ...wrap(para.replace("Der Hamburger", "Der Kieler")), "", "References", "",
      "   1. https://www.example.de/wirtschaft/hamburger-hafen-quartal-umschlag-100.html#content", "   2. whatsapp://send?text=https://www.example.de/wirtschaft/hamburger-hafen-quartal-umschlag-100.html",
      "   3. https://www.facebook.com/sharer.php?u=https://www.example.de/wirtschaft/hamburger-hafen-quartal-umschlag-100.html", "   4. https://www.example.de/wirtschaft/reederei-allianz-liniendienste-hamburg-100.html", "   5. https://www.example.de/sport/"].join("\n");
    expect(parseArticle(text).body.split("\n\n")[0]).toBe(para);
  });
});

describe("the writer under a reader view's headline, and writers listed over two lines or joined by another language's 'and'", () => {
  const STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  const HEADLINE = "Harbour board votes to close the old ferry terminal";
  it("a reader view's writer, with its reading time in any language", () => {
    for (const [name, time, author] of [["Jane Roe", "7-8 minutes", "Jane Roe"], ["Celso Machava, em Inhambane", "3–4 minutos", "Celso Machava"], ["Reto Businger", "3–4 Minuten", "Reto Businger"]]) {
      const p = parseArticle(["harbourtimes.example.com", HEADLINE, name!, time!, "", ...STORY].join("\n"));
      expect(p.title, time).toBe(HEADLINE);
      expect(p.author, time).toBe(author);
    }
  });
  it("a byline broken over two lines, and 'e', 'en', 'och' between names", () => {
    const cases: Array<[string[], string]> = [
      [["Door Sanne de Vries", "en Bram Jansen"], "Sanne de Vries and Bram Jansen"],
      [["Por Rafael Kuhn e", "Bianca Schmitt,", "Portal Minuano"], "Rafael Kuhn and Bianca Schmitt"],
      [["By Jane Roe and", "John Doe"], "Jane Roe and John Doe"],
      [["Av Elin Sjöström och Per Lund"], "Elin Sjöström and Per Lund"],
      [["Por José Sousa e Silva"], "José Sousa e Silva"],
    ];
    for (const [lines, author] of cases) expect(parseArticle([HEADLINE, "", ...lines, "", "March 3, 2024", "", ...STORY].join("\n")).author, lines.join(" / ")).toBe(author);
  });
});

describe("a page top with a caption over the story, buttons above it, and a writer with a newsroom's job", () => {
  const STORY = [
    "MUMBAI: The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
    "The board will meet again next month to choose a site, and ferries will use a temporary pontoon until then, the chair said on Tuesday evening.",
  ];
  const MENU = ["Edition", "IN", "Sign In", "The Western Express", "Mumbai", "Delhi", "Bengaluru", "Pune", "India", "World", "Business", "Sports", "Entertainment", "Web Stories", "News", "City News", "Mumbai News"];
  const HEADLINE = "Harbour board to close the old ferry terminal; no change in fares";
  it("the headline over a stamp parted by slashes, the buttons and a file photo's caption", () => {
    const p = parseArticle([...MENU, HEADLINE, "Jane Roe / WEN / Updated: Mar 7, 2024, 08:14 IST", "Share", "AA", "+Text Size", "Small", "Medium", "Large", "SHOW MORE", "Follow us",
      "The old pier will be closed to vehicles from next week. (File photo)", ...STORY].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.date).toBe("2024-03-07");
    expect(p.author).toBe("Jane Roe");
    expect(p.place).toBe("MUMBAI");
  });
  it("isCaption: a file image's mark, a wire's file credit after a dash, a picture's description in brackets", () => {
    for (const t of ["The 220 route will run through the night seven days a week (file image)", "A glacial lake in the Shishper valley, Hunza. — AFP/File", "[Image: Workers pluck tea leaves at a plantation in Kericho. REUTERS/File Photo]"]) expect(isCaption(t), t).toBe(true);
    // (A story's paragraph closed by its wire's name is no caption.)
    expect(isCaption("The minister said the talks would go on next week in the capital. — Reuters")).toBe(false);
  });
  it("a writer with a newsroom's job run onto the name, a beat's correspondent, a caption under its label, a reading time with its button", () => {
    const p = parseArticle([...MENU, "Buses", HEADLINE, "Operators say seven routes across the county will end in January unless a short-term deal is found", "Jane Roe North of England correspondent",
      "Tue 14 Nov 2023 06.00 GMT", "Share", ...STORY.map((t) => t.replace("MUMBAI: ", ""))].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.author).toBe("Jane Roe");
    const q = parseArticle([HEADLINE, "example.ie", "Jane Roe", "Southern Correspondent", "4 min read · Saved to your reading list", "", "Updated / Thursday, 21 Mar 2024 18:42", "", "Image caption,", "The pier seen from the harbour wall last winter", "", ...STORY.flatMap((t) => [t.replace("MUMBAI: ", ""), ""])].join("\n"));
    expect(q.title).toBe(HEADLINE);
    expect(q.author).toBe("Jane Roe");
    expect(q.place).toBeNull();
    expect(q.body).not.toContain("harbour wall last winter");
    expect(isBoilerplate("4 min read · Saved to your reading list")).toBe(true);
  });
  it.each([
    ["Jane Roe Environment correspondent", "Jane Roe"],
    ["By Jane Roe Local Democracy Reporter", "Jane Roe"],
    ["Jane Roe Transport correspondent", "Jane Roe"],
    ["Jane Roe Smith political editor", "Jane Roe Smith"],
  ])("a writer with the desk's name before the job, without a comma: %s", (line, author) => {
    const p = parseArticle([...MENU, "Buses", HEADLINE, line, "Tue 14 Nov 2023 06.00 GMT", "Share", ...STORY.map((t) => t.replace("MUMBAI: ", ""))].join("\n"));
    expect(p.author).toBe(author);
  });
});

describe("an article saved as a feed's item, or under a fetching tool's labelled header", () => {
  const P = [
    "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe for passengers and vehicles alike.",
    "Members said the decision had been difficult but that repairs would cost more than building a new terminal on the other side of the bay.",
  ];
  it("an RSS item: its fields from its elements, its story from its HTML content, the picture's caption left out", () => {
    const text = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">', "<channel>",
      "<title>Avery Courier - Local</title>", "<link>https://example.com/local</link>", "<item>", "<title>Harbour board votes to close the old ferry terminal</title>",
      "<link>https://example.com/local/ferry</link>", "<dc:creator>Jane Roe</dc:creator>", "<pubDate>Wed, 20 Mar 2024 14:05:00 +0800</pubDate>", "<category>Local</category>",
      "<description>The pier is unsafe, an engineering review found.</description>", "<content:encoded><![CDATA[",
      '<figure><img src="https://example.com/pier.jpg" alt=""/><figcaption>The old pier at low tide. PHOTO: AVERY COURIER</figcaption></figure>',
      `<p>PORT AVERY – ${P[0]}</p>`, `<p>${P[1]!.replace("difficult", "<em>difficult</em>")}</p>`, "]]></content:encoded>", "</item>", "</channel>", "</rss>"].join("\n");
    const p = parseArticle(text);
    expect(p.title).toBe("Harbour board votes to close the old ferry terminal");
    expect(p.author).toBe("Jane Roe");
    expect(p.date).toBe("2024-03-20");
    expect(p.section).toBe("Local");
    expect(p.place).toBe("PORT AVERY");
    expect(p.body.split("\n\n")).toEqual(P);
    expect(p.provenance.title).toEqual({ line: 7, rule: "feed item's title" });
  });
  it("an Atom entry with its content escaped", () => {
    const esc = (t: string) => t.replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    const text = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', "  <title>Avery Courier</title>", "  <entry>",
      '    <title type="html">Harbour board votes to close the old ferry terminal</title>', "    <published>2024-01-16T07:45:00+08:00</published>",
      "    <author>", "      <name>Jane Roe</name>", "    </author>", '    <category term="Harbour"/>', `    <content type="html">${esc(`<p>${P[0]}</p>`)}`, `${esc(`<p>${P[1]}</p>`)}</content>`, "  </entry>", "</feed>"].join("\n");
    const p = parseArticle(text);
    expect([p.title, p.author, p.date, p.section]).toEqual(["Harbour board votes to close the old ferry terminal", "Jane Roe", "2024-01-16", "Harbour"]);
    expect(p.body.split("\n\n")).toEqual(P);
  });
  it("a labelled header over the text: a fetching service's, a feed reader's", () => {
    const text = ["Title: Harbour board votes to close the old ferry terminal", "", "URL Source: https://example.com/local/ferry", "", "Published Time: 2023-10-15T06:00:00+03:00", "", "Markdown Content:",
      "*   [News](https://example.com/news)", "*   [Sport](https://example.com/sport)", "", "Harbour board votes to close the old ferry terminal", "=====================================================", "",
      "[Jane Roe](https://example.com/author/jane-roe)", "", "Sunday, October 15, 2023", "", ...P.flatMap((t) => [t, ""])].join("\n");
    const p = parseArticle(text);
    expect([p.title, p.date, p.author]).toEqual(["Harbour board votes to close the old ferry terminal", "2023-10-15", "Jane Roe"]);
    expect(p.body.split("\n\n")).toEqual(P);
    const q = parseArticle(["Feed: Avery Courier » News", "Title: Harbour board votes to close the old ferry terminal", "Link: https://example.com/?p=4881", "Published: Wed, 15 Jan 2025 07:30:00 +0000",
      "Author: Jane Roe", "Categories: News, Transport", "GUID: https://example.com/?p=4881", "", ...P.flatMap((t) => [t, ""])].join("\n"));
    expect([q.title, q.date, q.author, q.section]).toEqual(["Harbour board votes to close the old ferry terminal", "2025-01-15", "Jane Roe", "News"]);
    expect(q.body.split("\n\n")).toEqual(P);
    // (A story that opens with a label is no header.)
    expect(parseArticle(["Harbour board votes to close the old ferry terminal", "", "Note: the meeting ran late.", "", ...P].join("\n")).title).toBe("Harbour board votes to close the old ferry terminal");
  });
  it("a mail program's headers in the reader's language", () => {
    const p = parseArticle(["Betreff: Hafenbehörde schliesst das alte Fährterminal", "Von: Jana Roth <jana@example.ch>", "Datum: 21.11.2024, 09:05", "", "Die Hafenbehörde hat am Dienstag beschlossen, das alte Fährterminal zu schliessen, nachdem ein Gutachten die Mole für unsicher erklärt hatte."].join("\n"));
    expect([p.title, p.author, p.date]).toEqual(["Hafenbehörde schliesst das alte Fährterminal", "Jana Roth", "2024-11-21"]);
  });
});

describe("dates in Ukrainian, Greek, Hungarian, Croatian and Finnish, and stamps with their source and reader count", () => {
  it("findDate", () => {
    const cases: Array<[string, string]> = [
      ["21 березня 2024, 14:30", "2024-03-21"], ["3 липня 2024", "2024-07-03"], ["Τετάρτη, 14 Αυγούστου 2024 09:35", "2024-08-14"],
      ["2024. szeptember 10., kedd 08:30", "2024-09-10"], ["15. srpnja 2024.", "2024-07-15"], ["12. maaliskuuta 2024", "2024-03-12"],
      // (The Polish and Czech November keeps its month: the Croatian "listopad" is October.)
      ["12 listopada 2024", "2024-11-12"],
    ];
    for (const [t, d] of cases) expect(findDate(t)?.date, t).toBe(d);
  });
  it("readStamp: a label in more languages, a source part and a count of readers", () => {
    expect(readStamp("Data publikacji: 08.05.2024, 07:30")?.published).toBe("2024-05-08");
    expect(readStamp("Оновлено: 21 березня 2024, 17:05")?.updated).toBe("2024-03-21");
    const s = readStamp("Publikováno: 14.11.2024 16:20 | Zdroj: ČTK | Čteno: 2 381×");
    expect([s?.published, s?.outlet]).toEqual(["2024-11-14", "ČTK"]);
    expect(readStamp("Oprac. redakcja | Źródło: PAP | 19 sierpnia 2024, 14:05")?.published).toBe("2024-08-19");
  });
});

describe("newsrooms and jobs in other languages, writers' labels, a print header, a breadcrumb's label, a newsletter's web link", () => {
  const STORY = [
    "Kualitas udara di Jakarta kembali memburuk dalam sepekan terakhir, menurut data pemantauan yang dirilis pada hari Kamis oleh dinas lingkungan hidup setempat.",
    "Warga diminta mengenakan masker saat beraktivitas di luar ruangan, terutama pada pagi hari ketika polusi mencapai puncaknya di pusat kota.",
  ];
  const HEADLINE = "Polusi udara Jakarta memburuk, warga diminta pakai masker";
  it("a newsroom or an agency over the stamp is no writer; a job in another language is a job; labels for the writer", () => {
    for (const top of [["Agencia EFE"], ["Haber Merkezi"]]) expect(parseArticle([HEADLINE, "", ...top, "5 de marzo de 2024, 14:32", "", ...STORY].join("\n")).author, top[0]).toBeNull();
    expect(parseArticle([HEADLINE, "Lena Baumgartner", "Redaktorin Stadt Zürich", "Publiziert: 12.06.2024, 06:45", "", ...STORY].join("\n")).author).toBe("Lena Baumgartner");
    const cases: Array<[string[], string]> = [
      [["Muhabir: Mehmet Kaya | 03.10.2024 - 09:14 | Son Güncelleme: 03.10.2024 - 11:02"], "Mehmet Kaya"],
      [["Haber: Mehmet Kaya", "Fotoğraf: Ayşe Demir", "Giriş: 03.10.2024 - 09:14"], "Mehmet Kaya"],
      [["Penulis Dian Puspitasari | Editor Rizal Hakim", "Senin, 15 Januari 2024 19:20 WIB"], "Dian Puspitasari"],
      [["Reporter: Fajar Nugroho |", "Editor: Wahyu Setiawan", "Senin, 15 Januari 2024 19:20 WIB"], "Fajar Nugroho"],
      [["Szerző: Kovács Eszter", "2024. szeptember 10., kedd 08:30"], "Kovács Eszter"],
    ];
    for (const [top, author] of cases) expect(parseArticle([HEADLINE, "", ...top, "", ...STORY].join("\n")).author, top[0]).toBe(author);
  });
  it("a print header's time is not the date and its title tag not the headline; a breadcrumb's label; a newsletter's web link", () => {
    const p = parseArticle(["05.03.24, 14:20\tPolusi udara Jakarta memburuk | Warta Nusa", "", "WARTA NUSA", "", HEADLINE, "", "Senin, 15 Januari 2024 19:20 WIB", "", ...STORY.flatMap((t) => [t, ""])].join("\n"));
    expect([p.title, p.date]).toEqual([HEADLINE, "2024-01-15"]);
    const crumbs = parseArticle(["Vous êtes ici : Accueil » Régions » Jakarta", "", HEADLINE, "", "Senin, 15 Januari 2024", "", ...STORY].join("\n"));
    expect([crumbs.title, crumbs.section]).toEqual([HEADLINE, "Jakarta"]);
    for (const t of ["View this email in your browser", "Bekijk deze nieuwsbrief in je browser", "Vezi acest e-mail în browser", "Diese E-Mail im Browser ansehen", "Lihat Foto"]) expect(isBoilerplate(t), t).toBe(true);
  });
  it("an RSS item cut out of its feed", () => {
    const p = parseArticle(["<item>", `<title>${HEADLINE}</title>`, "<dc:creator>Dian Puspitasari</dc:creator>", "<pubDate>Mon, 15 Jan 2024 19:20:00 +0700</pubDate>", "<description><![CDATA[", ...STORY.map((t) => `<p>${t}</p>`), "]]></description>", "</item>"].join("\n"));
    expect([p.title, p.author, p.date]).toEqual([HEADLINE, "Dian Puspitasari", "2024-01-15"]);
    expect(p.body.split("\n\n")).toEqual(STORY);
  });
});

describe("a caption's credit with a stop or in capitals, a prompt for notifications, a section's 'more news' heading", () => {
  it("isCaption, isBoilerplate, isWidgetHeading", () => {
    for (const t of ["Un buque granelero amarrado en una terminal de Timbúes. Foto: Sebastián Paredes / La Voz del Paraná.", "Laranjal em Algoz, onde muitos produtores já reduziram a rega FOTO: LUÍS FORRA/LUSA"]) expect(isCaption(t), t).toBe(true);
    // (A sentence with a colon after a word in capitals is no credit.)
    expect(isCaption("O ministro mostrou aos jornalistas a foto: Era de outra cidade")).toBe(false);
    for (const t of ["Haberlerden anında haberdar olmak için bildirimlere izin verin.", "Son dakika haberler için bildirimleri açın", "Turn on notifications to get breaking news first", "Dapatkan update berita pilihan dan breaking news setiap hari dari Example.com."]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ["Další zprávy z rubriky Doprava", "Mehr aus dem Ressort Politik", "Más noticias de Economía"]) expect(isWidgetHeading(t), t).toBe(true);
  });
});

describe("an offer set into the story, a rights notice with its terms, a box for subscribers, a comments disclaimer", () => {
  const P = [
    "The council voted on Tuesday to raise water rates by 12 percent over two years, citing aging pipes and a growing number of main breaks across the city's older neighbourhoods.",
    "Crews responded to 212 main breaks last year, compared with 118 in 2013, according to utility records kept by the city and released to the council before the vote.",
    "The utility plans to use the additional revenue to back roughly $38 million in borrowing for a 10-year replacement program, starting with the neighbourhoods where breaks are most frequent.",
    "Several residents spoke against the increase during a public comment period that stretched for more than an hour, saying their fixed incomes had not kept pace with the city's fees.",
  ];
  const top = ["Water rates to rise 12 percent", "", "By Jane Roe", "March 3, 2024", ""];
  it("an offer and its button set into the story go, and the story goes on under them", () => {
    const p = parseArticle([...top, P[0], "", P[1], "", "Subscribe to The Ledger for just $1 for your first 3 months. Unlimited digital access, the e-Edition and more.", "Subscribe now", "", P[2], "", P[3]].join("\n"));
    expect(p.body.split("\n\n")).toEqual(P);
    // (At the story's end the button still ends it.)
    const q = parseArticle([...top, P[0], "", P[1], "", "Subscribe to The Ledger for just $1 for your first 3 months.", "Subscribe now", "", "Most read", "Council approves budget", "Harbour to close"].join("\n"));
    expect(q.body.split("\n\n")).toEqual(P.slice(0, 2));
  });
  it("isEndMarker and isBoilerplate", () => {
    expect(isEndMarker("All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE EXAMPLE TIMES.")).toBe(true);
    expect(isBoilerplate("Subscriber-only data: Weekly rate tables for 14 trade lanes are available to premium subscribers. Upgrade now")).toBe(true);
    expect(isBoilerplate("Disclaimer: Comments do not represent the views of the Example Observer.")).toBe(true);
  });
});

describe("calls to follow the site, 'read also', tags and a newsletter's pitch, in more of the archive's languages", () => {
  it("isBoilerplate and isTrailer", () => {
    for (const t of ["Siga las noticias de Canal Andino en nuestro canal de WhatsApp y en Google News.", "Urmărește Știri Transilvania și pe Google News și pe canalul nostru de WhatsApp.",
      "📲 Leia mais notícias do estado no Portal Minuano RS e siga o nosso canal no WhatsApp.", "Der Leipzig-Brief: Das Wichtigste aus der Stadt jeden Abend in Ihrem Postfach.",
      "Llegeix també: Cadaqués estudia una taxa per als vehicles de no residents"]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ["Mots-clés :", "Temas relacionados: Medellín", "Schlagwörter: Hafen, Container"]) expect(isTrailer(t), t).toBe(true);
    // (A story's sentence that names a channel is no call to follow it.)
    expect(isBoilerplate("Siga el dinero, dijo el fiscal, que investiga los pagos hechos a través de un canal de WhatsApp de la empresa durante tres años.")).toBe(false);
  });
});

describe("a caption closed by its credit under it, with the story under that; a Polish credit; 'Seguí leyendo:'", () => {
  it("the caption goes and the story's first paragraph stays", () => {
    const lead = "Автомобильный мост через реку Бердь на улице Ленина в Бердске закроют на капитальный ремонт с 1 апреля, сообщили в мэрии города.";
    const next = "По словам заместителя мэра, мост был построен в 1978 году и последний раз ремонтировался более двадцати лет назад.";
    const p = parseArticle(["В Бердске на полгода закроют мост через Бердь", "14 марта 2025, 10:42", "Анна Кравцова", "Мост через Бердь на улице Ленина", "Фото: Анна Кравцова", lead, next].join("\n"));
    expect(p.body.split("\n\n")).toEqual([lead, next]);
  });
  it("isCaption and isBoilerplate", () => {
    expect(isCaption("Autobus linii 136 na pętli przy ulicy Witosa. Fot. Katarzyna Wiśniewska")).toBe(true);
    // (A magazine's credit, with no colon: "Photograph by Jane Roe for The Example Review".)
    expect(isCaption("Jane Roe leads a morning lesson at the island school, which has six pupils this year. Photograph by John Doe for The Example Review")).toBe(true);
    expect(isCaption("The ferry leaves at dawn. Photo by Jane Roe")).toBe(true);
    expect(isCaption("The exhibition closes in May. Photographs by local children line the hall, the curator said.")).toBe(false);
    expect(isBoilerplate("Seguí leyendo: Cómo quedaron los precios del vino en las góndolas")).toBe(true);
  });
});

describe("a page top with a print notice, an agency's byline over a labelled stamp, a writer and beat with no stamp", () => {
  const STORY = [
    "Volunteers are to spend the next six months rebuilding one of the most eroded stretches of mountain path in the national park, the trust that looks after it said.",
    "Parts of the path have been worn into gullies up to a metre deep by walkers and heavy rain, and the work will close it on weekdays until the autumn.",
  ];
  const HEADLINE = "Volunteers to rebuild eroded stretch of mountain path";
  const MENU = ["Skip to content", "Accessibility Help", "Your account", "Home", "News", "Sport", "Weather", "Menu", "Example News", "Home", "Wales", "Politics", "UK", "World", "Business", "Climate", "Wales", "North West", "North East", "Mid", "South West", "South East"];
  it("the headline over a writer and a beat reporter, with no stamp", () => {
    const p = parseArticle([...MENU, HEADLINE, "3 hours ago", "Share", "Save", "Jane Roe", "North West Wales reporter", "Image source, Example Path Trust", "Image caption, Parts of the path have been worn into gullies", "", ...STORY].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.author).toBe("Jane Roe");
  });
  it("the masthead and its date strip over the menus are passed for an agency's byline over a labelled stamp", () => {
    const p = parseArticle(["Skip to content", "[logo]", "THE EXAMPLE SENTINEL", "Thursday, February 20, 2025", "", "  • Home", "  • News", "  • Business", "  • Sports", "", "Home › Business › Markets", "", HEADLINE, "", "By Continental News Agency",
      "Published: February 20, 2025, 11:47 am | Updated: 3 hours ago", "", "Share: Facebook  X  WhatsApp", "", ...STORY.flatMap((t) => [t, ""])].join("\n"));
    expect(p.title).toBe(HEADLINE);
    expect(p.date).toBe("2025-02-20");
  });
  it("a print view's notice is furniture", () => {
    expect(isBoilerplate("Printed from www.example.ie on 07/04/2025 10:14")).toBe(true);
  });
});

describe("the Wayback Machine's toolbar, a heading lynx centres, a picture's text in brackets, the writer's address under the name", () => {
  const STORY = [
    "Sri Lanka's tea export earnings rose 14 percent year-on-year in February to a record for the month, the tea board said on Friday in its monthly report.",
    "Shipments to the Middle East rose most, while sales to Russia were flat, brokers said, and prices at the Colombo auction held firm through the month.",
  ];
  const HEADLINE = "Tea export earnings climb 14% in February on stronger Middle East demand";
  it("the toolbar of a page saved from the Internet Archive is no part of the page", () => {
    const text = ["The Wayback Machine - https://web.archive.org/web/20240317082233/https://www.example.lk/business/tea", "success", "fail", "About this capture", "COLLECTED BY", "Organization: Internet Archive",
      "TIMESTAMPS", "loading", "Go", "39 captures", "17 Mar 2024 - 02 Apr 2024", "FEB\tMAR\tAPR", "17", "2023\t2024\t2025", "Close", "Help", "The Example Chronicle", "Saturday, March 16, 2024", "Home", "News", "Business", "Sports",
      "Features", "Business", HEADLINE, "Saturday, March 16, 2024 - 01:00", "Print Edition", "By Jane Roe", ...STORY].join("\n");
    expect(withoutDumpSyntax(text)).not.toContain("captures");
    const p = parseArticle(text);
    expect([p.title, p.date, p.author]).toEqual([HEADLINE, "2024-03-16", "Jane Roe"]);
  });
  it("a heading lynx centres is the headline", () => {
    const p = parseArticle(["   [1]Example Herald", "", "   [2]Home | [3]News | [4]Business | [5]Sports | [6]Opinion", "   | [7]Lifestyle | [8]E-Paper", "", "   [9]Business", "", `                     ${HEADLINE}`, "",
      "   By [10]Jane Roe", "   April 22, 2024", "", ...STORY.flatMap((t) => [`   ${t}`, ""]), "References", "", "   1. https://example.com/"].join("\n"));
    expect([p.title, p.author]).toEqual([HEADLINE, "Jane Roe"]);
  });
  it("a picture's text in brackets is no headline; the writer's address between the name and the stamp", () => {
    const p = parseArticle(["[Example Mirror]", "", "Malaysia | Money | World | Sports | Showbiz | Life", "", "Malaysia", "", HEADLINE, "", "By Jane Roe", "Tuesday, 21 Nov 2023 3:45 PM MYT", "", "[tea-auction-211123]", "", ...STORY.flatMap((t) => [t, ""])].join("\n"));
    expect(p.title).toBe(HEADLINE);
    const q = parseArticle(["Example Gazette", "Sunday, February 18, 2024", "Subscribe", "E-Paper", "Login", "News", "Local", "Regional", "World", "Business", "Sports", "Opinion", "Letters", "Local", HEADLINE, "Jane Roe", "jane.roe@example.co.tt", "Sunday, February 18, 2024", "Print", "Email", ...STORY].join("\n"));
    expect([q.title, q.author]).toEqual([HEADLINE, "Jane Roe"]);
    expect(isCaption("[More…]")).toBe(false);
    expect(isCaption("[1]")).toBe(false);
  });
});

describe("review of this round's rules: what they must not take", () => {
  it("a heading's attributes are read in time however they run", () => {
    const pairs = Array.from({ length: 16 }, (_, i) => `p${i}=${i}`).join("&");
    const started = performance.now();
    expect(withoutDumpSyntax(`[a](/b)\n# How tracking links work {${pairs}} explained\n`)).toContain("How tracking links work");
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it("a feed item's story is numbered at the line it stands on", () => {
    const p = parseArticle(['<?xml version="1.0"?>', '<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>', "<rss>", "<channel>", "<item>", "<title>Harbour board votes to close the old ferry terminal</title>",
      '<category domain="x" term="Local"/>', "<content:encoded><![CDATA[", "<p>The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe.</p>", "]]></content:encoded>", "</item>", "</channel>", "</rss>"].join("\n"));
    expect(p.title).toBe("Harbour board votes to close the old ferry terminal");
    expect(p.provenance.body?.line).toBe(9);
    // (A label named like an object's own property is no header's label.)
    expect(parseArticle(["Title: A harbour board votes", "Constructor: b", "URL: c", "", "The harbour board voted on Tuesday to close the old ferry terminal."].join("\n")).title).toBe("Title: A harbour board votes");
  });
  it("no job, place, writer or caption where the words only look so", () => {
    for (const t of ["Reporter shot dead in Mexico", "Journalist arrested in Moscow", "Periodista asesinado en Veracruz", "Letters to the Editor"]) expect(isRole(t), t).toBe(false);
    expect(readDateline("Dr.-Ing. Hans Müller leitet das Institut seit zwanzig Jahren.")).toBeNull();
    expect(readDateline("SAULT STE. MARIE — The city council voted")?.place).toBe("SAULT STE. MARIE");
    const story = "Posts on social media claim that the vaccine was never tested on anyone before it was approved for use in the country last year.";
    for (const first of [`CLAIM: ${story}`, `MAYOR SMITH: We have spent more than a million dollars on this program in the last five years alone, he told the council.`]) {
      expect(parseArticle(["Harbour board votes to close the old ferry terminal", "", "By Jane Roe", "April 14, 2024", "", first].join("\n")).place, first).toBeNull();
    }
    expect(parseArticle(["Ask Amy: my sister never calls", "", "By Jane Roe", "April 14, 2024", "", "Dear Amy:", "My sister has not called me in three years, and I do not know whether I should call her or wait for her to call me first."].join("\n")).place).toBeNull();
    expect(parseArticle(["Terremoto en la capital", "", "Por Ana García en Ciudad de México", "14 de abril de 2024", "", story].join("\n")).author).toBe("Ana García");
    expect(isCaption("The hall was not a pretty sight. Image: a council divided against itself, once again.")).toBe(false);
    expect(parseArticle(["2024-03-05 14:20 Council backs the new bridge over the river", "", story].join("\n")).title).toBe("2024-03-05 14:20 Council backs the new bridge over the river");
    expect(findDate("2024. szept. 10.")?.date).toBe("2024-09-10");
    expect(findDate("10 ΜΑΪΟΥ 2022")?.date).toBe("2022-05-10");
  });
  it("the Wayback Machine's toolbar goes, and the page's own buttons under it stay the page's", () => {
    const text = ["The Wayback Machine - https://web.archive.org/web/20240317082233/https://www.example.com/news", "success", "fail", "About this capture", "39 captures", "17 Mar 2024 - 02 Apr 2024", "Close", "Help",
      "Example Chronicle", "Harbour board votes to close the old ferry terminal", "By Jane Roe", "March 16, 2024", "Close", "The harbour board voted on Tuesday to close the old ferry terminal after an engineering review found the pier unsafe.", "Members said repairs would cost more than a new terminal on the other side of the bay."].join("\n");
    const p = parseArticle(text);
    expect([p.title, p.author, p.date]).toEqual(["Harbour board votes to close the old ferry terminal", "Jane Roe", "2024-03-16"]);
  });
});

describe("a date stamp over a credit is no caption", () => {
  it("keeps the date, and the story under the credit", () => {
    const story = "Monterrey, NL.- La Línea 6 del Metro de Monterrey comenzará a operar en fase de pruebas con pasajeros a partir de la primera semana de septiembre, informó este jueves el gobierno.";
    const p = parseArticle(["Metro de Monterrey: Línea 6 iniciará pruebas con pasajeros en septiembre", "Por Redacción", "Publicado el 22 de junio de 2023 a las 13:20 hrs", "Foto: Especial", story].join("\n"));
    expect([p.date, p.place]).toEqual(["2023-06-22", "Monterrey, NL"]);
    expect(p.body.startsWith("La Línea 6")).toBe(true);
  });
});

describe("a player's JavaScript notice, a pitch for subscribers or donors, 'ALSO READ:'", () => {
  it("isBoilerplate and isWidgetHeading", () => {
    // (A cookie banner's buttons, which a Wayback copy keeps over the page: no headline.)
    for (const t of ["Accept", "Detalii", "Tout accepter", "Alle akzeptieren", "Details"]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ["Please turn on JavaScript. Media requires JavaScript to play.", "The Example Tribune’s Queenstown coverage is supported by subscribers. Subscribe today.", "$35 can provide one person with clean water for life. Give today."]) expect(isBoilerplate(t), t).toBe(true);
    expect(isWidgetHeading("ALSO READ:")).toBe(true);
    // (A story's sentence about giving is no appeal.)
    expect(isBoilerplate("The charity said donors would give today what they could.")).toBe(false);
  });
});

describe("a reporting service run onto the writer's name, an organisation's writer, pandoc's spans and line breaks, a newsroom in a feed, a search engine's cache banner", () => {
  it("reads each", () => {
    expect(cleanByline("Chris Atherton Local Democracy Reporting Service")).toBe("Chris Atherton");
    const p = parseArticle(["Solar pumps bring water closer to home for families in Turkana", "", "Jane Roe, Communications Officer, Kenya", "15 September 2023", "",
      "For most of her life, Akai Lokwawi has started her day in darkness, walking three hours to the nearest borehole with two jerrycans on her back."].join("\n"));
    expect(p.author).toBe("Jane Roe");
    expect(withoutDumpSyntax("[a](/b)\nBy [Jane Roe](https://example.com/jane)\\\nSenior Reporter\n\n[17 January 2024]{.published-date}\n\n![A school](https://example.com/s.jpg){width=\"1200\"\nheight=\"675\"}").split("\n"))
      .toEqual(["a", "By Jane Roe", "Senior Reporter", "", "17 January 2024", "", "", ""]);
    const q = parseArticle(['<?xml version="1.0"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "<title>Cane harvest starts late</title>", "<author><name>Example Newsroom</name></author>",
      "<content type=\"html\">&lt;p&gt;Fiji's sugar cane crushing season has begun almost three weeks late this year, the mills said on Monday.&lt;/p&gt;</content>", "</entry>", "</feed>"].join("\n"));
    expect(q.author).toBeNull();
    for (const t of ["This is Google's cache of https://example.org/stories/turkana. It is a snapshot of the page as it appeared on 15 Sep 2023 10:22:41 GMT.", "Full version Text-only version View source", "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar."]) expect(isBoilerplate(t), t).toBe(true);
  });
});

describe("a writer with a job on one line between the headline and the story, with no stamp", () => {
  it("is the author", () => {
    const MENU = ["Example Water", "About Us", "Our Work", "Where We Work", "Stories", "Get Involved", "Donate", "Home", "Stories", "Kenya", "Blog", "News", "Contact", "Events", "Shop", "Jobs", "Press", "Partners", "Search", "Menu", "Stories"];
    const STORY = [
      "LODWAR, Kenya — For most of her life, Akai Lokwawi has started her day in darkness, walking three hours to the nearest borehole with two jerrycans on her back.",
      "Since March, a solar-powered pump has brought water to a tap stand a few minutes from her home, one of six the charity has built in the county this year.",
    ];
    const p = parseArticle([...MENU, "Solar pumps bring water closer to home for families in Turkana", "Jane Roe, Communications Officer, Kenya", "Akai Lokwawi fills jerrycans at a new tap stand. © Example Water/Jane Roe", ...STORY].join("\n"));
    expect(p.title).toBe("Solar pumps bring water closer to home for families in Turkana");
    expect(p.author).toBe("Jane Roe");
  });
});

describe("an agency's initials in a feed and after a dateline's date, another copy of the Wayback Machine's toolbar", () => {
  const STORY = "The health service has extended the rollout of the malaria vaccine to twelve more districts in the north, bringing the number of districts covered to sixty-three.";
  it("an agency's initials as a feed item's author name no writer; the dateline takes them as its agency", () => {
    const p = parseArticle(['<?xml version="1.0"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "<title>Malaria vaccine reaches twelve more districts</title>", "<author><name>GNA</name></author>",
      `<content type="html">&lt;p&gt;Accra, Feb. 3, GNA – ${STORY}&lt;/p&gt;</content>`, "</entry>", "</feed>"].join("\n"));
    expect([p.author, p.place]).toEqual([null, "Accra"]);
    expect(p.body.startsWith("The health service")).toBe(true);
    // (A writer's one-word name in small letters is still a writer's.)
    const q = parseArticle(['<?xml version="1.0"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "<title>Malaria vaccine reaches twelve more districts</title>", "<author><name>Kwabena</name></author>",
      `<content type="html">&lt;p&gt;${STORY}&lt;/p&gt;</content>`, "</entry>", "</feed>"].join("\n"));
    expect(q.author).toBe("Kwabena");
  });
  it("the toolbar that ends with its collection and timestamps goes", () => {
    const HEADLINE = "Lawmakers weigh tax credit for rural grocery stores";
    const text = ["The Wayback Machine - https://web.archive.org/web/20250311042210/https://www.example.com/news/state/grocery", "https://www.example.com/news/state/grocery", "Go", "3 captures", "11 Mar 2025 - 02 Apr 2025",
      "Feb\tMAR\tApr", "11", "2024\t2025\t2026", "success", "fail", "About this capture", "COLLECTED BY", "Collection: Save Page Now Outlinks", "TIMESTAMPS", "Skip to main content", "Example Valley Sentinel", "News", "Local", "State",
      "State News", HEADLINE, "Jane Roe | Statehouse Bureau", "Mar 10, 2025", "Facebook", "Twitter", `SPRINGFIELD, Ill. — ${STORY}`].join("\n");
    const p = parseArticle(text);
    expect([p.title, p.author, p.date]).toEqual([HEADLINE, "Jane Roe", "2025-03-10"]);
  });
  it("a read-it-later export's front matter keeps its fences under Markdown, and its date_published dates the story", () => {
    const p = parseArticle(["---", "id: 7f3c2a10", 'title: "Council confirms water meters for every home"', "author: Jane Roe", "tags:", "  - water", "date_saved: 2025-04-02T08:14:33.000Z", "date_published: 2025-03-30T01:15:00.000Z", "---", "",
      "# Council confirms water meters for every home", "", "[Read Original](https://www.example.co.nz/water-meters)", "", "date-saved: 02/04/2025, 21:14:33", "", STORY, "", "[More local news](https://www.example.co.nz/local)"].join("\n"));
    expect([p.title, p.author, p.date]).toEqual(["Council confirms water meters for every home", "Jane Roe", "2025-03-30"]);
  });
  it("a stamp updated at a time and first published on another day is dated by the first", () => {
    const p = parseArticle(["Cane farmers count the cost of the floods", "", "By Jane Roe", "Updated March 1 2025 - 9:15am, first published February 28 2025 - 4:47pm", "", STORY].join("\n"));
    expect([p.date, p.author]).toEqual(["2025-02-28", "Jane Roe"]);
  });
});

describe("a news page's stamp and a ticker of topics are no case file's fact box; a 'read also' link after a bar", () => {
  it("the headline under the menu and the ticker is the title, and the link in the story goes", () => {
    const STORY = [
      "NEW DELHI: The transport corporation will add 1,200 electric buses to its fleet by the end of June, with a third of them set to run on new feeder routes, officials said on Tuesday.",
      "The buses are being bought under a central government scheme and will be housed at six new depots being built on the edges of the city.",
      "Also Read | The Magenta Line extension: Trial runs on the new stretch likely by April",
      "With the addition, the city's public bus fleet will cross 8,000 for the first time, though it will still fall short of what experts say the city needs.",
    ];
    const p = parseArticle(["The Example Dispatch", "E-Paper", "Sign In", "Home", "India", "World", "Cities", "Business", "Sports", "Videos", "Photos", "Web Stories",
      "Trending Topics: Budget 2025 | IPL 2025 | Gold Rate Today | Weather Update", "Cities", "Delhi News", "City to add 1,200 electric buses by June", "The new buses will run on about 80 routes",
      "By Jane Roe", "Published: 12 Feb 2025 08:55 IST", "Updated: 12 Feb 2025 09:41 IST", "3 min read", "Share", ...STORY].join("\n"));
    expect([p.title, p.author, p.date, p.place]).toEqual(["City to add 1,200 electric buses by June", "Jane Roe", "2025-02-12", "NEW DELHI"]);
    expect(p.body).not.toContain("Also Read");
    expect(p.body).toContain("With the addition");
  });
});

describe("a regional paper's menu over a labelled weather line and a byline's labels is no case file's fact box", () => {
  it("takes the headline, not the menu's last items, for the title", () => {
    const p = parseArticle(["Avery Clarion", "Menu", "News", "Sport", "Business", "Property", "Nostalgia", "Notices", "Jobs", "Weather: Avery 9°C Light rain", "",
      "Local News", "Councillors back harbour greenway link despite landowner concerns", "Reporter: Jane Roe", "Email: newsdesk@example.ie", "Friday, 8th March 2024 11:30 am", "Share this article", "",
      "Councillors have voted to proceed with a nine-kilometre greenway link between the town and the harbour, despite objections from a number of landowners along the proposed route.", "",
      "Members agreed by seven votes to one to move the project to detailed design, clearing the way for a planning application later this year."].join("\n"));
    expect(p.title).toBe("Councillors back harbour greenway link despite landowner concerns");
  });
});

describe("a headline with a colon over a German page's stamp and byline labels, a breadcrumb over the headline, a blog's post line", () => {
  const STORY = [
    "Auf mehreren Abschnitten des Rings soll künftig nachts Tempo 30 gelten, wie der Stadtrat am Dienstagabend mit knapper Mehrheit beschlossen hat.",
    "Ziel ist es, die Lärmbelastung für die Anwohner zu senken; die ersten Schilder sollen noch vor dem Winter aufgestellt werden.",
  ];
  it("is no case file's fact box: the headline is the title and 'Erstellt' the date it was published", () => {
    const p = parseArticle(["Example Anzeiger", "Startseite München Region Bayern Politik Wirtschaft Sport", "Startseite", "München",
      "Ring: Stadtrat beschließt nachts Tempo 30 auf dem Mittleren Ring – Autoclub kündigt Widerstand an", "Erstellt: 11.07.2023, 20:15 Uhr", "Aktualisiert: 12.07.2023, 08:02 Uhr", "Von: Jane Roe", "Kommentare", "Teilen", ...STORY].join("\n"));
    expect([p.title, p.date, p.author]).toEqual(["Ring: Stadtrat beschließt nachts Tempo 30 auf dem Mittleren Ring – Autoclub kündigt Widerstand an", "2023-07-11", "Jane Roe"]);
  });
  it("takes no breadcrumb of three steps over the headline for the headline", () => {
    const p = parseArticle(["Example Sport", "Futebol  Futebol Nacional  Liga  Modalidades", "Futebol › Futebol Nacional › Liga › Harbour FC", "Harbour FC win away and climb to fourth",
      "Two second-half goals settled the match and the visitors move back above their rivals in the table.", "Jane Roe", "15 abr 2024, 22:47", "",
      "Harbour FC won 2-0 away on Monday night in the 30th round of the league and climbed back to fourth place in the table.", "",
      "The first goal came ten minutes after the break, a header from a corner, and the second followed in stoppage time."].join("\n"));
    expect([p.title, p.author]).toEqual(["Harbour FC win away and climb to fourth", "Jane Roe"]);
  });
  it("reads a blog's 'Posted by admin in …' line under the headline as its meta, not the story", () => {
    const p = parseArticle(["Skip to content", "The Example Ledger", "Neighborhood news from the south side", "Menu", "Home", "About", "Events", "Donate", "Contact",
      "Park board picks final design for the playground", "Posted by admin in Community News, Parks",
      "After more than a year of community meetings, surveys and one very spirited open house, the park board has settled on a final design for the new playground.",
      "Construction is scheduled to start in September, once the summer day camp season wraps up."].join("\n"));
    expect(p.title).toBe("Park board picks final design for the playground");
    expect(p.body.startsWith("After more than a year")).toBe(true);
  });
});

describe("the site's name under the writers' names", () => {
  it("is no place when the masthead over the page names it", () => {
    const p = parseArticle(["Skip to main content", "Example County Ledger", "Subscribe", "Sign In", "News", "Local", "Schools", "Sports", "Obituaries", "Opinion", "LOCAL NEWS",
      "Township board approves $4.2 million plan to replace aging water mains", "Residents on one road have endured eleven breaks since 2021.", "Jane Roe and John Doe", "Example County Ledger",
      "Published 3:14 p.m. ET March 4, 2025 | Updated 5:02 p.m. ET March 4, 2025", "Share on Facebook", "Print",
      "The township board of supervisors voted 4-1 on Monday night to borrow $4.2 million to replace roughly three miles of cast-iron water mains under the old town.",
      "The project targets the pipes beneath three streets where residents have reported repeated low-pressure problems and discolored water for years."].join("\n"));
    expect([p.place, p.author, p.date]).toEqual([null, "Jane Roe and John Doe", "2025-03-04"]);
  });
  it("a call to follow the outlet by its name on a channel goes; a sentence that says follow stays", () => {
    for (const t of ["Follow Example Herald on WhatsApp for the latest news from the Western Cape.", "Follow Example News on Google News for the latest updates.", "Follow Example Times on X."]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Follow the money on Twitter and you will see where it went.")).toBe(false);
  });
});

describe("a page dumped a text node a line: a byline's label over its name, a stamp after a separator, a paragraph broken at its links", () => {
  const page = ["Example Island Courier", "Home", "News", "Regions", "Business", "Sports", "Opinion", "Regions", "Town council votes to close the old ferry terminal by June",
      "By:", "John Doe", "- Correspondent", "/", "@examplecourier", "Example Island Courier", "/ 08:15 PM March 4, 2025",
      "Share", "Tweet", "ADVERTISEMENT", "Passengers wait for the morning ferry at the old terminal.", "EXAMPLE COURIER FILE PHOTO",
      "PORT ELLIS — The town council has voted to close the old ferry terminal by the end of June and move every sailing to the new pier on the north shore.",
      "The measure, filed by Councilor", "Jane Roe", ", who chairs the committee on transport, passed on its third reading during Tuesday's regular session.",
      "Under the plan, the", "Harbour Works Office", "will spend the next three months moving ticket counters, waiting areas and parking to the new pier.",
      "The operators on the route, among them", "Example Lines", ",", "Harbour Shuttle", ", said they welcomed the move but asked for more parking near the new pier."].join("\n");
  it("reads the writer under 'By:', the date after the slash, and the story's place, and puts the paragraph back together", () => {
    const p = parseArticle(page);
    expect([p.title, p.author, p.date, p.place]).toEqual(["Town council votes to close the old ferry terminal by June", "John Doe", "2025-03-04", "PORT ELLIS"]);
    expect(p.body.startsWith("The town council has voted")).toBe(true);
    expect(p.body).toContain("The measure, filed by Councilor Jane Roe, who chairs the committee on transport, passed");
    expect(p.body).toContain("Under the plan, the Harbour Works Office will spend");
    expect(p.body).toContain("among them Example Lines, Harbour Shuttle, said they");
    expect(p.body).not.toContain("FILE PHOTO");
    // (A stop alone on its line is a page's separator: it stays where it is.)
    const q = parseArticle(["Ferry terminal to close by June", "", "By John Doe", "", "The town council has voted to close the old ferry terminal by the end of June.", ".", "Ferry operators said they welcomed the move."].join("\n"));
    expect(q.body).not.toContain("June..");
  });
});

describe("a row of bracketed buttons, a writer's job after a slash, a dateline under a photo's lines, pandoc's em dash", () => {
  const STORY = [
    "Construction on a long-awaited upgrade of the cruise pier is set to start in October, port officials announced on Tuesday, with the work expected to take about twenty months.",
    "The project includes extending the main berth by 120 metres and building a new passenger terminal with a covered craft market.",
  ];
  const MENU = ["The Example Clarion", "ePaper", "Subscribe", "Login", "News", "Business", "Sport", "Search", "News"];
  const HEADLINE = "Work on cruise pier upgrade to start in October";
  it("passes over w3m's row of buttons for the headline above it", () => {
    const p = parseArticle(["Skip to main content", "[Example Courier]", "Menu  News  Sport  Business  Weather", "", "UK News", "", HEADLINE, "", "By PA Media", "Friday 22 November 2024 16:05 GMT", "", "[Share] [Comment] [Save]", "", ...STORY].join("\n"));
    expect(p.title).toBe(HEADLINE);
  });
  it("reads 'Jane Roe/Senior Staff Reporter' as the byline, not a photo's credit under a caption", () => {
    const p = parseArticle([...MENU, HEADLINE, "Jane Roe/Senior Staff Reporter", ...STORY].join("\n"));
    expect([p.title, p.author]).toEqual([HEADLINE, "Jane Roe"]);
    expect(creditLine("Jane Roe/Senior Staff Reporter")).toBe(null);
    expect(creditLine("Jane Roe/Example Herald")).toBe("below");
    // (A German site's photographer under the word for the source; the story's own source stays.)
    expect(creditLine("Quelle: Andreas Roe")).toBe("below");
    expect(creditLine("Quelle: dpa")).toBe(null);
    const page = ["Stadtrat beschließt Tempo 30 auf der Hafenstraße", "Von Katrin Roe", "17.03.2023, 14:32 Uhr", "Blick auf die Hafenstraße in der Altstadt. Hier gilt bald Tempo 30.", "Quelle: Andreas Roe",
      "Kiel. Auf der Hafenstraße in der Kieler Altstadt gilt künftig durchgehend Tempo 30. Der Stadtrat hat am Mittwochabend mit knapper Mehrheit zugestimmt.",
      "Bislang war auf der Straße nur nachts Tempo 30 vorgeschrieben. Die Verwaltung soll die Schilder bis zum Sommer austauschen."];
    const a = parseArticle(page.join("\n"));
    expect([a.place, a.body.split("\n\n")[0]]).toEqual(["Kiel", "Auf der Hafenstraße in der Kieler Altstadt gilt künftig durchgehend Tempo 30. Der Stadtrat hat am Mittwochabend mit knapper Mehrheit zugestimmt."]);
    // (With what the picture is after the outlet, as a lead photo's credit under its caption.)
    expect(creditLine("Jane Roe/Courier photo")).toBe("below");
    const lead = parseArticle([...MENU, HEADLINE, "By John Doe", "November 22, 2024", "", "Craft vendors ply their trade near the cruise pier on Wednesday. Vendors say the work could cut their sales this winter.", "Jane Roe/Courier photo", "", ...STORY].join("\n"));
    expect(lead.body.startsWith("Construction on")).toBe(true);
  });
  it("starts the story at a dateline in capitals with its region, under the photo's caption", () => {
    const p = parseArticle([...MENU, HEADLINE, "Jane Roe, Senior Staff Reporter", "2 hours ago", "Share", "Craft vendors ply their trade near the Ocho Rios cruise pier on Tuesday.", `OCHO RIOS, St Ann — ${STORY[0]}`, STORY[1]].join("\n"));
    expect(p.place).toBe("OCHO RIOS, St Ann");
    expect(p.body.startsWith("Construction on")).toBe(true);
  });
  it("starts the story at a dateline alone on its line under a caption and its credit kept a line each", () => {
    const p = parseArticle([...MENU, HEADLINE, "Author of the article:", "Jane Roe", "Published Oct 02, 2024", "A bus travels along the avenue.", "A bus travels along the avenue.", " Photo by ", "John Doe", " /", "The Example Clarion", "WINNIPEG — ", ...STORY].join("\n"));
    expect(p.place).toBe("WINNIPEG");
    expect(p.body.startsWith("Construction on")).toBe(true);
    expect(p.body).not.toContain("Photo by");
  });
  it("reads a dateline with pandoc's three hyphens for its dash", () => {
    const p = parseArticle(["# Work on cruise pier upgrade to start in October {#work .entry-title}", "", "By [Jane Roe](https://example.com/jane)", "", `CEBU CITY --- ${STORY[0]}`, "", STORY[1]].join("\n"));
    expect(p.place).toBe("CEBU CITY");
    expect(p.body.startsWith("Construction on")).toBe(true);
  });
});

describe("a feed reader's labelled header with RSS's author, a writer over a reading time, a colon's dateline under a caption", () => {
  const STORY = "The city will install battery backup systems at 200 of its busiest intersections over the next 18 months, in a bid to keep traffic moving during power cuts, officials said on Tuesday.";
  it("names the writer in RSS's 'address (name)' form", () => {
    const p = parseArticle(["Feed: Example Meridian » Metro", "Title: City to fit backup batteries at 200 intersections", "Link: https://example.co.za/metro/batteries/", "Author: newsdesk@example.co.za (Jane Roe)",
      "Date: Wed, 12 Feb 2025 07:15:00 +0200", "", STORY].join("\n"));
    expect([p.author, p.date]).toEqual(["Jane Roe", "2025-02-12"]);
  });
  it("takes a name alone under the headline as the writer when a reading time stands under it, and starts the story at 'HYDERABAD:' under the caption", () => {
    const p = parseArticle(["Example Sentinel", "E-Paper", "Subscribe", "Hyderabad", "Nation", "World", "Business", "Sports", "Hyderabad", "Lake agency razes 17 structures on the lake bed", "Jane Roe", "5 min read", "Listen to this article",
      "A bulldozer demolishes a compound wall on the lake bed.", "(Photo: ES)", `HYDERABAD: ${STORY}`, "The structures included a partially built function hall and two commercial sheds, officials said."].join("\n"));
    expect([p.title, p.author, p.place]).toEqual(["Lake agency razes 17 structures on the lake bed", "Jane Roe", "HYDERABAD"]);
    expect(p.body.startsWith("The city will install")).toBe(true);
  });
  it("reads no place in a label with its possessive ('OUR VERDICT: FALSE.')", () => {
    expect(readFirstColonDateline("OUR VERDICT: FALSE. There is no ban on the sale of these batteries, and the council has never proposed one in any of its plans.")).toBe(null);
  });
});

describe("a slashed date on an English page that writes dates day first", () => {
  const page = (story: string) => ["Oyster growers face losses as norovirus closes bay beds", "", "Jane Roe | Staff Writer", "", "04/03/2025 | 07:15", "", story].join("\n");
  it("is read day first where the page's other dates, its money or its spelling say so", () => {
    expect(parseArticle(page("Growers say they face losses of up to €1.5 million after harvesting was suspended in parts of the inner bay last week.")).date).toBe("2025-03-04");
    expect(parseArticle(page("Growers say they face losses after harvesting was suspended on 27 February in parts of the inner bay.")).date).toBe("2025-03-04");
    expect(parseArticle(page("Growers say the harvest, suspended at the centre of the inner bay, is not expected to resume this month.")).date).toBe("2025-03-04");
  });
  it("stays month first on an American page, or where the page writes its dates month first", () => {
    expect(parseArticle(page("Growers say they face losses of up to $1.5 million after harvesting was suspended in parts of the inner bay last week.")).date).toBe("2025-04-03");
    expect(parseArticle(page("Growers say they face losses of up to €1.5 million after harvesting was suspended on February 27 in parts of the bay.")).date).toBe("2025-04-03");
    expect(writesDayFirst("The harvest at the center of the bay, where growers lost €1.5 million, is suspended.")).toBe(false);
  });
});

describe("a page printed to text on two sheets, and a wire story's reporting credit", () => {
  const HEADER = "3/14/25, 9:02 AM          Tea auction prices slide as buyers hold back | The Example Valley Times";
  const FOOTER = (k: number) => `https://www.example.co.ke/business/2025/03/12/tea-auction-prices-slide          ${k}/2`;
  // (Wrapped at 95 columns, as a browser prints a page on a sheet: see wrap.)
  const text = [HEADER, "", "THE EXAMPLE VALLEY TIMES", "BUSINESS | AGRICULTURE", "", "Tea auction prices slide as buyers hold back", "", "By Reuters", "March 12, 2025 8:47 AM GMT+3 · Updated 2 days ago", "",
    "Workers pluck tea leaves at a plantation. REUTERS/File Photo", "",
    ...wrap("NAIROBI, Kenya (Reuters) — Average prices at the weekly tea auction fell for a third straight week on Tuesday as buyers from Pakistan and the Middle East held back purchases, brokers said, piling pressure on the country's biggest agricultural export.", 95, ""), "",
    ...wrap("The average price for a kilogram of tea fell to $2.31 from $2.44 a week earlier, according to auction data compiled by brokers. About 9.8 million kg were offered, of which nearly 30% went unsold at the sale.", 95, ""), "",
    FOOTER(1), `\f${HEADER}`, "",
    ...wrap("Tea is one of the country's top sources of foreign exchange alongside tourism and remittances from abroad, earning about 180 billion shillings last year, the central bank said in its annual report on the economy.", 95, ""), "",
    ...wrap("The agriculture ministry said last month it would review the auction rules to encourage direct sales to overseas buyers, a step that brokers have long opposed, saying it would weaken the weekly sale in the port city.", 95, ""), "",
    "Reporting by Jane Roe and John Doe in Nairobi; Editing by Mary Major", "", "Read Next", FOOTER(2)].join("\n");
  it("reads the story wrapped at the sheet's width, without the sheets' headers and footers", () => {
    const p = parseArticle(text);
    expect([p.title, p.place, p.date]).toEqual(["Tea auction prices slide as buyers hold back", "NAIROBI, Kenya", "2025-03-12"]);
    expect(p.body.startsWith("Average prices at the weekly tea auction fell for a third straight week on Tuesday as buyers")).toBe(true);
    expect(p.body).not.toContain("9:02 AM");
    expect(p.body).not.toContain("1/2");
  });
  it("names the reporters of the credit line when the byline names only the agency", () => {
    expect(parseArticle(text).author).toBe("Jane Roe and John Doe");
    expect(parseArticle(text.replace("By Reuters", "By Ann Major")).author).toBe("Ann Major");
    expect(parseArticle(text.replace("Reporting by", "Additional reporting by")).author).toBe(null);
  });
});

describe("a stamp under the story, after the writer's address", () => {
  it("dates the story, its weekday set off by a bar", () => {
    const p = parseArticle(["Example Clarion", "News", "Business", "Sport", "News", "Work on cruise pier upgrade to start in October", "Jane Roe/Senior Staff Reporter", "2 hours ago", "Share",
      "Construction on a long-awaited upgrade of the cruise pier is set to start in October, port officials announced on Tuesday, with the work expected to take about twenty months.",
      "The project includes extending the main berth by 120 metres and building a new passenger terminal with a covered craft market.",
      "jane.roe@example-clarion.com", "First published: Wednesday | July 17, 2024", "Comments", "Latest News", "1 hour ago", "Council adds 40 new buses to its routes"].join("\n"));
    expect(p.date).toBe("2024-07-17");
    expect(p.body).not.toContain("First published");
  });
});

describe("a print view's relative update time between the stamp and the byline, a dated correction note", () => {
  const page = ["Print this page   |   Close window", "", "EXAMPLE HARBOUR POST", "www.example-harbour.com.mt", "", "Fast ferry passengers face fewer winter crossings", "", "Sunday, 8 December 2024, 07:30", "Last update: about 2 days ago", "", "by Jane Roe", "",
    "Passengers using the fast ferry between the two islands will have fewer crossings to choose from this winter after the operator cut the number of daily trips.",
    "The operator said the reduced timetable would run until March, when demand usually picks up again with the first cruise calls of the year.",
    "", "Correction, 9 December 2024: An earlier version of this article said the reduced timetable would start on 9 December. It starts on 16 December.", "", "URL of this page: https://www.example-harbour.com.mt/news/ferry"].join("\n");
  it("reads the writer under the relative time, and leaves the correction out of the story", () => {
    const p = parseArticle(page);
    expect([p.author, p.date]).toEqual(["Jane Roe", "2024-12-08"]);
    expect(p.body).not.toContain("An earlier version");
    expect(p.body).toContain("first cruise calls of the year.");
  });
});

describe("a caption's credit after its sentence, a link glued to the writer's label, the writer's label under the story", () => {
  it("knows a caption by an agency's photo desk after a slash, or a credit in capitals after the sentence", () => {
    expect(isCaption("Commuters wait for the train at the central station, Jakarta, Monday (3/3/2025). EXAMPLE FOTO/Jane Roe")).toBe(true);
    expect(isCaption("A snowplough clears the road over the mountain pass on Tuesday morning. GOBIERNO DE ARAGÓN")).toBe(true);
    expect(isCaption("The council voted on the plan on Monday night. READ MORE")).toBe(false);
    // (A long paragraph with a heading in capitals run onto it is no caption.)
    expect(isCaption("To get within two matches of a second visit to the national stadium in three years for the final, the manager must guide his side past a club 36 places below it on the league ladder, and a manager who once played under him. HEAD TO HEAD")).toBe(false);
  });
  it("passes over the caption under the stamp for the headline above it", () => {
    const p = parseArticle(["Example Kini", "Cari berita...", "Masuk", "Nasional", "Ekonomi", "Metro", "Olahraga", "Metro", "KRL tambah 24 perjalanan selama Ramadhan untuk jam pulang kerja", "Selasa, 4 Maret 2025 14:12 WIB",
      "Penumpang menunggu kedatangan kereta di stasiun, Jakarta, Senin (3/3/2025). EXAMPLE FOTO/Jane Roe", "Bagikan", "Facebook",
      "Jakarta (EXAMPLE) - Operator kereta rel listrik menambah 24 perjalanan selama bulan Ramadhan untuk mengantisipasi lonjakan penumpang pada jam pulang kerja, kata pejabat perusahaan pada hari Selasa.",
      "Penambahan perjalanan itu berlaku mulai pekan ini hingga akhir bulan puasa, dengan jadwal baru yang sudah diumumkan di semua stasiun.",
      "Pewarta: Jane Roe", "Editor: John Doe", "Tag", "KRL"].join("\n"));
    expect([p.title, p.date, p.author]).toEqual(["KRL tambah 24 perjalanan selama Ramadhan untuk jam pulang kerja", "2025-03-04", "Jane Roe"]);
  });
  it("sets a Markdown link glued to the writer's label apart from it", () => {
    const p = parseArticle(["[Nieuws](/nieuws) / [Walcheren](/walcheren)", "", "# Waterschap versterkt zeedijk: fietspad gaat maanden dicht", "", "**Door[Jane Roe](/auteur/jane-roe)**", "", "4 maart 2025, 14:12", "",
      "Het waterschap begint volgende week met het versterken van de zeedijk tussen de twee badplaatsen, waardoor het fietspad op de dijk maandenlang dicht gaat.", "",
      "De werkzaamheden moeten voor het begin van het stormseizoen klaar zijn, zegt een woordvoerder van het waterschap."].join("\n"));
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a w3m dump with a masthead row wider than its text, the site's name before a dateline's place, a newsroom under the writer's label", () => {
  const STORY = [
    "Banjir akibat luapan dua sungai besar merendam sedikitnya 4.300 rumah di kabupaten itu sejak Senin malam, dan ratusan warga mulai mengungsi ke tempat yang lebih tinggi, kata pejabat setempat pada hari Rabu.",
    "Ketinggian air di beberapa desa mencapai dua meter, sementara akses jalan menuju ibu kota kabupaten terputus di tiga titik, sehingga bantuan harus dikirim dengan perahu.",
    "Badan penanggulangan bencana daerah telah mendirikan empat posko pengungsian dan dapur umum, dan meminta warga di bantaran sungai untuk tetap waspada terhadap kenaikan air.",
  ];
  const page = ["EXAMPLE BORNEO                                             Cari | Masuk | Langganan", "Beranda  Pontianak  Kalbar  Nasional  Ekonomi  Olahraga  Gaya Hidup  Video", "", "Beranda > Kalbar > Sintang", "",
    "Banjir rendam 4.300 rumah di Sintang, warga mulai mengungsi", "", "Rabu, 15 Januari 2025 10:20 WIB", "", "Penulis: Redaksi | Editor: Jane Roe", "",
    ...wrap(`EXAMPLEBORNEO.COM, SINTANG - ${STORY[0]}`, 78, ""), "", ...wrap(STORY[1]!, 78, ""), "", ...wrap(STORY[2]!, 78, ""), "", "Berita Terkait", "", "  • Jembatan darurat dibangun di jalan provinsi yang putus diterjang banjir kemarin", ""].join("\n");
  it("unwraps the story, reads the place after the site's name, and names no writer for the newsroom", () => {
    const p = parseArticle(page);
    expect([p.title, p.place, p.author, p.date]).toEqual(["Banjir rendam 4.300 rumah di Sintang, warga mulai mengungsi", "SINTANG", null, "2025-01-15"]);
    expect(p.body.startsWith("Banjir akibat luapan dua sungai besar merendam sedikitnya 4.300 rumah di kabupaten itu sejak Senin malam, dan")).toBe(true);
  });
});

describe("a Kompas-style page: the site's name after the dateline's place, a photo's caption between the stamp and the byline", () => {
  const STORY = [
    "Kualitas udara di kota itu kembali memburuk dalam sepekan terakhir, dan pemerintah daerah mengimbau warga mengenakan masker saat berada di luar ruangan.",
    "Dinas lingkungan hidup menyebut musim kemarau membuat polutan tertahan di lapisan bawah atmosfer karena angin lemah dan tidak ada hujan.",
  ];
  const page = ["Beranda", "News", "Megapolitan", "Kualitas udara memburuk, warga diimbau kenakan masker", "Example.com - 06/06/2024, 13:45 WIB", "Lihat Foto",
    "Suasana gedung bertingkat yang tertutup polusi udara, Kamis (6/6/2024). (EXAMPLE.com/JOHN DOE)", "Penulis Jane Roe | Editor John Doe",
    `JAKARTA, EXAMPLE.com – ${STORY[0]}`, STORY[1], "Baca juga: Daftar lokasi uji emisi gratis pekan ini"].join("\n");
  it("reads the place without the site's name, the writer under the caption, and leaves the caption out", () => {
    const p = parseArticle(page);
    expect([p.title, p.place, p.author, p.date]).toEqual(["Kualitas udara memburuk, warga diimbau kenakan masker", "JAKARTA", "Jane Roe", "2024-06-06"]);
    expect(p.body).not.toContain("Suasana gedung");
    expect(p.body.startsWith("Kualitas udara di kota itu")).toBe(true);
  });
});

describe("a picture w3m shows by its file's name", () => {
  it("makes the sentence under it the picture's caption, not the story's first paragraph", () => {
    const p = parseArticle(["Oyster growers face losses as norovirus closes bay beds", "", "Jane Roe | Staff Writer", "", "04/03/2025 | 07:15", "", "Facebook Twitter WhatsApp Email", "", "[oysters-bay-main]", "Oyster trestles exposed at low tide near the bay.", "",
      "Oyster growers around the bay say they face losses of up to €1.5 million after harvesting was suspended in parts of the inner bay following the detection of norovirus in samples.", "",
      "The shellfish safety authority issued the temporary closure notice last Thursday after routine testing found the virus in samples from three sites."].join("\n"));
    expect(p.body.startsWith("Oyster growers around the bay")).toBe(true);
    expect(p.body).not.toContain("trestles");
  });
});

describe("a writer named beside the agency in small letters, a writer over a label and a relative time in another language", () => {
  const STORY = ["Arrendar casa na capital está cada vez mais caro, de acordo com um relatório divulgado esta segunda-feira por um dos maiores portais imobiliários do país.",
    "Na prática, isto significa que um T1 com 60 metros quadrados custa agora, em média, mais de 1.200 euros por mês na cidade."];
  it("reads 'Von Jane Roe und dpa' as Jane Roe", () => {
    expect(cleanByline("Jane Roe und dpa")).toBe("Jane Roe");
    expect(cleanByline("Jane Roe et afp")).toBe("Jane Roe");
  });
  it("takes a name alone as the writer when its label and a time said relative to the reading stand under it", () => {
    const p = parseArticle(["Ir para o conteúdo", "Diário Exemplar", "Últimas País Mundo Economia Política Desporto Cultura Opinião", "Habitação",
      "Lisboa: rendas de casa sobem 18% num ano e T1 já custa mais de 1.200 euros", "Os dados de um portal imobiliário mostram que a capital continua a ser a cidade mais cara do país para arrendar.",
      "Jane Roe", "Texto", "Há 3 horas", "Partilhe", "Facebook Twitter Email", "", ...STORY].join("\n"));
    expect([p.title, p.author]).toEqual(["Lisboa: rendas de casa sobem 18% num ano e T1 já custa mais de 1.200 euros", "Jane Roe"]);
    expect(p.body.startsWith("Arrendar casa")).toBe(true);
  });
});

describe("a pull quote that says again the opening of the paragraph above it", () => {
  it("goes, the paragraph stays", () => {
    const quote = "People book a holiday here once and get stranded, and they tell everyone they know not to bother";
    const p = parseArticle(["Cancellations are emptying the island as summer begins", "", "By Jane Roe", "", "21 May 2024", "",
      "Businesses on the island say repeated ferry cancellations are driving away visitors and young families, with one hotel owner warning that the season is already lost.", "",
      `"${quote}," she said. "We are being emptied out one sailing at a time."`, "", `> ${quote}`, "",
      "The island's secondary school has also lost two teachers this year who cited difficulties travelling to the mainland."].join("\n"));
    expect(p.body.split("\n\n").filter((x) => x.includes("People book")).length).toBe(1);
    expect(p.body).toContain("one sailing at a time.");
  });
});

describe("a masthead over a menu the page sets aside, a press release's 'News provided by', a long headline's standfirst under the stamp", () => {
  const STORY = ["The county will open a walk-in clinic for minor injuries at its main hospital on weekends from next month, in an attempt to ease pressure on the emergency department.",
    "", "The clinic, staffed by two nurse practitioners with a consultant on call, will treat sprains, simple fractures and minor burns without a doctor's referral."];
  it("reads the headline under the menus, not the site's name over them", () => {
    const p = parseArticle(["The Harbour Standard", "", "News | Business | Sport | Opinion | Lifestyle | Podcasts", "", "Subscribe from €1 a week", "", "Local News › Harbour", "",
      "Hospital opens weekend minor injuries clinic after winter crisis", "", "Jane Roe", "", "Mon 19 Feb 2024 at 06:30", "", ...STORY].join("\n"));
    expect([p.title, p.author, p.date?.slice(0, 10)]).toEqual(["Hospital opens weekend minor injuries clinic after winter crisis", "Jane Roe", "2024-02-19"]);
  });
  it("passes over a search box's hint and 'News provided by', and keeps the headline over its standfirst", () => {
    const p = parseArticle(["Example Wire | Press Release Distribution", "", "News  |  Products  |  Contact  |  Sign Up  |  Log In", "", "Search news releases...", "",
      "News provided by", "Example Robotics, Inc.", "", "Apr 02, 2025, 08:00 ET", "", "Share this article", "",
      "Example Robotics Raises $48 Million to Scale Its Inspection Drones for Utilities", "",
      "Round led by a Texas venture fund will pay for a larger factory and new grid-inspection contracts with three utilities", "",
      "AUSTIN, Texas, April 2, 2025 /Example Wire/ -- Example Robotics, Inc., a maker of drones that inspect power lines, today announced it has raised $48 million.", "",
      "The company will use the money to expand its factory and hire engineers, it said in a statement on Wednesday morning."].join("\n"));
    expect(p.title).toBe("Example Robotics Raises $48 Million to Scale Its Inspection Drones for Utilities");
    expect(isBoilerplate("Search news releases...")).toBe(true);
    expect(isBoilerplate("Search for missing hiker called off after three days")).toBe(false);
  });
});

describe("related links and a comment section's call in more languages", () => {
  it("knows the headings of related links, Turkish capitals included", () => {
    for (const t of ["İLGİLİ HABERLER", "Читайте також:", "Σχετικά άρθρα", "Kapcsolódó cikkek", "Tin liên quan", "関連記事", "相关新闻", "관련기사", "Lue myös"]) expect(isWidgetHeading(t), t).toBe(true);
    // (Russian's "read also" without its colon heads one link set into the story, which goes on.)
    expect(isWidgetHeading("Читайте также")).toBe(false);
  });
  it("knows a Turkish site's subscribe button under the stamp, which names no writer", () => {
    expect(isBoilerplate("Abone Ol")).toBe(true);
    const long = "İzmir Kuş Cenneti'nde yapılan kış ortası sayımında flamingo sayısı son 20 yılın en yüksek seviyesine ulaştı, uzmanlar körfezdeki su kalitesinin arttığını söyledi.";
    const p = parseArticle(["Yaşam", "İzmir Körfezi'nde flamingo sayısı rekor kırdı: 42 bin kuş sayıldı", "Giriş: 12.03.2025 - 14:30 | Güncelleme: 12.03.2025 - 15:10", "Abone Ol", "Paylaş", "", long, "", long].join("\n"));
    expect(p.author).toBeNull();
  });
  it("knows a related link under its label in Turkish capitals, set into the story", () => {
    expect(isBoilerplate("İLGİLİ HABER: Türkiye'de kuraklık alarmı: Hangi illerde barajlar kritik seviyede?")).toBe(true);
    expect(isBoilerplate("İzmir'de su kesintileri sürüyor, vatandaşlar tepkili.")).toBe(false);
  });
  it("knows a call to leave a comment and a comment section's heading", () => {
    for (const t of ["Yorum yapın", "Щоб залишити коментар, увійдіть в акаунт.", "Laisser un commentaire", "Σχόλια (4)", "Hozzászólások", "Коментарі (12)", "Ý kiến (12)"]) expect(isCommentsMarker(t), t).toBe(true);
    // (Ukrainian's word alone, like Russian's, may head what observers said: it needs its count.)
    expect(isCommentsMarker("Коментарі")).toBe(false);
  });
  it("ends a story at them", () => {
    const p = parseArticle(["Bursa'da tramvay hattı terminale uzatılıyor", "", "08.05.2024 10:15", "",
      "Bursa Büyükşehir Belediyesi, tramvay hattını Kent Meydanı'ndan Şehirlerarası Otobüs Terminali'ne kadar uzatmak için çalışmalara başladı.", "",
      "Yaklaşık 9 kilometre uzunluğundaki yeni hatta 11 istasyon yer alacak ve projenin gelecek yılın sonunda tamamlanması planlanıyor.", "",
      "Proje için yaklaşık 1,2 milyar lira harcanması öngörülüyor.", "İLGİLİ HABERLER", "Bursa'da toplu ulaşıma yüzde 30 zam", "Nilüfer'de yeni bisiklet yolu hizmete girdi",
      "Yorum yapın", "Yorumunuz onaylandıktan sonra yayınlanacaktır."].join("\n"));
    expect(p.body.endsWith("öngörülüyor.")).toBe(true);
  });
});

describe("a writer's name with the agency they worked with, over the stamp", () => {
  const story = ["La rue du Port sera réservée aux piétons chaque samedi et dimanche à partir du 5 avril, a annoncé vendredi le collège communal après une longue concertation.", "La circulation y sera interdite de 10 heures à 19 heures, sauf pour les riverains et les livraisons, a précisé l'échevin de la Mobilité."];
  it("names the writer, and not the site's own name with its agency", () => {
    const p = parseArticle(["Example Info", "Namur", "Namur : la rue du Port sera piétonne le week-end", "Jane Roe avec Belga", "Publié le 14 mars 2025 à 16:20", ...story].join("\n"));
    expect(p.author).toBe("Jane Roe");
    const q = parseArticle(["Example Littoral", "Accueil > Bretagne > Brest", "Brest : la rue du Port sera piétonne le week-end", "Example Littoral avec AFP", "Publié le 14 mars 2025 à 16:20", ...story].join("\n"));
    expect(q.author).toBeNull();
  });
});

describe("a Russian paper's top: the print edition's line, the stamp, the headline and its standfirst", () => {
  it("takes the headline under the stamp, not the print edition's line nor the standfirst", () => {
    expect(isBoilerplate("Газета «Пример» №7 от 16.01.2024, стр. 9")).toBe(true);
    const p = parseArticle(["Пример", "Главное  Политика  Экономика  Бизнес  Финансы  Потребительский рынок  Мир  Происшествия  Общество  Спорт  Культура", "Газета «Пример» №7 от 16.01.2024, стр. 9", "16.01.2024, 00:15",
      "Порт закрыл старый паромный причал", "Ремонт причала обошелся бы дороже строительства нового на другом берегу залива",
      "Совет порта во вторник проголосовал за закрытие старого паромного терминала после того, как инженерная проверка признала причал опасным для пассажиров и автомобилей.",
      "Члены совета заявили, что решение далось непросто, но ремонт обошелся бы дороже строительства нового терминала на другом берегу залива."].join("\n"));
    expect([p.title, p.date]).toEqual(["Порт закрыл старый паромный причал", "2024-01-16"]);
  });
});

describe("a public broadcaster's top: kicker, headline, 'Stand:' stamp, standfirst, then the byline", () => {
  it("takes the headline over the stamp, the stamp's date, the writer under the standfirst, and starts the story under the writer", () => {
    const p = parseArticle(["Das Tagesjournal", "Startseite Inland Ausland Wirtschaft Wissen Wetter Sport", "Niedrigwasser",
      "Fähren auf dem Rhein fahren nur noch mit halber Last", "Stand: 12.08.2022 15:47 Uhr",
      "Der Pegel ist unter einen Meter gefallen. Für die Schifffahrt bedeutet das Einschränkungen, für die Industrie womöglich höhere Kosten.",
      "Von Jane Roe, SWR",
      "Am Pegel in Avery ist der Wasserstand am Freitagmittag auf 64 Zentimeter gesunken, so niedrig wie seit Jahren nicht mehr im Sommer, teilte das Wasserstraßenamt mit.",
      "Die Reedereien reagieren mit Zuschlägen, weil die Schiffe nur noch einen Teil ihrer üblichen Ladung transportieren können und mehr Fahrten nötig werden."].join("\n"));
    expect([p.title, p.date, p.author]).toEqual(["Fähren auf dem Rhein fahren nur noch mit halber Last", "2022-08-12", "Jane Roe"]);
    expect(p.body.startsWith("Am Pegel in Avery")).toBe(true);
  });
});

describe("what a local paper sets under its story: its tags, a rule, 'Similar Stories'", () => {
  const STORY = [
    "The county fair board voted on Thursday to move next year's fair two weeks later, into the first week of August, after exhibitors complained about the heat.",
    "Board members said the later dates would also avoid a clash with the state livestock show, which several families attend every year with their animals.",
    "The board will hold a public listening session on the new dates at the fairgrounds exhibit hall next month.",
  ];
  it("knows 'Similar Stories' as a list's heading", () => {
    expect(isWidgetHeading("Similar Stories")).toBe(true);
    expect(isWidgetHeading("Similar articles:")).toBe(true);
  });
  it("leaves the tags, the rule under them and the similar stories out of the story", () => {
    const p = parseArticle(["Fair moves to August after heat complaints", "By Jane Roe", "May 5, 2023", "", ...STORY.flatMap((t) => [t, ""]),
      "Tags: County Fair  Fair Board  Livestock", "", "Share: [Facebook] [X] [Email]", "", "━".repeat(60), "", "Similar Stories",
      "Fair board hires new grounds manager", "4-H members prepare for spring livestock show", ""].join("\n"));
    expect(p.body.split("\n\n")).toEqual(STORY);
  });
});

describe("a reader view's header: the site's name or the writer, and the reading time, under the headline", () => {
  it("takes the headline under the site's address when the site's name, spelt as its address, stands under it", () => {
    const p = parseArticle(["averytimes.scot", "Harbour board votes to dredge old ferry channel", "Avery Times", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up since the last ferry used it in 2008.", "",
      "Members said the work would cost less than building a new slip on the east quay, and would let fishing boats use the channel at low tide."].join("\n"));
    expect(p.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(p.body.startsWith("The harbour board voted")).toBe(true);
  });
  it("is left out of the story", () => {
    const p = parseArticle(["example.com.au", "Harbour's oldest ferry to be retired after 71 years of service", "Southern Example Star", "4-5 minutes", "",
      "The harbour's oldest working ferry will be retired at the end of June after more than seven decades carrying commuters and tourists across the river, its operator said.", "",
      "The ferry, built in a local shipyard in 1953, failed a hull survey in February that found corrosion in several steel plates below the waterline."].join("\n"));
    expect(p.title).toBe("Harbour's oldest ferry to be retired after 71 years of service");
    expect(p.body.startsWith("The harbour's oldest working ferry")).toBe(true);
    const q = parseArticle(["example.pt", "Chuvas fortes deixam centenas de famílias desalojadas em Inhambane", "Jane Roe, em Inhambane", "3–4 minutos", "",
      "Centenas de famílias ficaram desalojadas depois de as chuvas fortes dos últimos dias terem inundado bairros inteiros da cidade, segundo as autoridades locais.", "",
      "As autoridades pedem às famílias que vivem nas zonas baixas que procurem abrigo nos centros de acolhimento abertos nas escolas."].join("\n"));
    expect(q.body.startsWith("Centenas de famílias")).toBe(true);
  });
});

describe("a page printed in a proportional font: its headline broken short, its lines of uneven width, a paragraph over two sheets", () => {
  const HEADER = "3/12/24, 10:41 AM          Civic body to fine housing societies for not segregating waste | The Example Daily";
  const FOOTER = (k: number) => `https://www.example.in/cities/pune/civic-body-fine-waste-societies          ${k}/2`;
  const text = [HEADER, "", "HOME / CITIES / PUNE", "", "Pune civic body to fine housing societies for not", "segregating waste",
    "Societies generating more than 100 kg of waste a day will face penalties of up to ₹25,000", "from April 1", "PTI", "Published: March 11, 2024 at 6:05 PM IST", "",
    ...wrap("Pune: The Pune Municipal Corporation will start fining large housing societies that fail to segregate wet and dry waste at source from April 1, officials said on Monday.", 88, ""), "",
    ...wrap("Under the new rules, societies generating more than 100 kg of waste daily must process wet waste on their premises through composting or biogas units, or pay fines.", 80, ""), "",
    "The civic body generates close to 2,200 tonnes of solid waste a day, of which more than", FOOTER(1), `\f${HEADER}`, "",
    "half is wet waste. Processing plants at two sites are running beyond their capacity,", "officials said.", "",
    ...wrap("The corporation said it would set up a helpline and hold workshops in all 15 ward offices over the next three weeks to help societies comply.", 86, ""), "",
    ...wrap("(Only the headline and picture of this report may have been reworked by the Example Daily staff; the rest of the content is auto-generated from a syndicated feed.)", 88, ""), "",
    FOOTER(2)].join("\n");
  it("joins the headline's lines, a narrower paragraph's and the paragraph the sheet break cut", () => {
    const p = parseArticle(text);
    expect(p.title).toBe("Pune civic body to fine housing societies for not segregating waste");
    expect(p.body).toContain("societies generating more than 100 kg of waste daily must process wet waste");
    expect(p.body).toContain("of which more than half is wet waste. Processing plants at two sites are running beyond their capacity, officials said.");
  });
  it("reads a dateline in Title case with a colon where the headline names the place, and leaves out the wire notice", () => {
    const p = parseArticle(text);
    expect(p.place).toBe("Pune");
    expect(p.body.startsWith("The Pune Municipal Corporation")).toBe(true);
    expect(p.body.endsWith("help societies comply.")).toBe(true);
  });
  it("drops the footers when a sheet's footer comes before its header, and the last has no line end", () => {
    const lines = text.split("\n");
    const footerFirst = [FOOTER(1), ...lines.filter((l) => l !== FOOTER(1) && !/\f/.test(l))].join("\n");
    const p = parseArticle(footerFirst);
    expect(p.title).toBe("Pune civic body to fine housing societies for not segregating waste");
    expect(p.body).not.toMatch(/\d\/2|example\.in/);
    expect(p.body.endsWith("help societies comply.")).toBe(true);
  });
  it("takes no speaker and no headline for a dateline", () => {
    expect(readFirstColonDateline("Jane Roe: \"We have waited long enough for the council to act on this,\" she told the meeting.", false, "Jane Roe presses council")).toBe(null);
    expect(readFirstColonDateline("Leitl: Wer eine Arbeitszeitverkürzung will, riskiert sehr viel für alle.", false, "Leitl: Wer eine Arbeitszeitverkürzung will, riskiert sehr viel für alle.")).toBe(null);
    expect(readFirstColonDateline("Mike Gleason: Well, thanks for joining us again today, it is good to talk.", false, "Gold outlook for the year")).toBe(null);
  });
});

describe("a wrapped page whose footer the wrapping left whole, a caption closed by its credit in capitals over a short lead", () => {
  it("joins the paragraphs and keeps the lead under the credit", () => {
    const lead = "Vendors who work the pavements around the square have been given 30 days to move to the refurbished market, or face having their goods seized.";
    const p = parseArticle(["Skip to main content", "EXAMPLE COURIER", "", "News", "", "Square vendors given 30 days to relocate", "", "Published: Thursday | October 17, 2024 | 12:08 AM", "",
      "Jane Roe/Western Bureau Reporter", "", "Vendors ply their trade near the square on Tuesday.", "PHOTO BY JOHN DOE", "", ...wrap(lead, 78, ""), "",
      ...wrap("The notice was issued on Tuesday by the municipal corporation, which said the move was needed to ease congestion on the pavements and improve safety ahead of the winter season.", 78, ""), "",
      ...wrap("The corporation said stall fees at the market would be waived for the first three months to help the vendors settle in at their new stalls.", 78, ""), "",
      ...wrap("But several vendors said they were worried that their sales would fall if they moved away from the square, which draws a steady stream of shoppers and visitors from the cruise ships.", 78, ""), "",
      ...wrap("The mayor said the market had been upgraded at a cost of $86 million, with new stalls, lighting, bathrooms and security, and that there was no reason to sell on the pavement now.", 78, ""), "",
      "Copyright 2024 Example Courier. The Courier is not responsible for the content of external sites. Read about our approach to external linking."].join("\n"));
    expect(p.body.startsWith(lead)).toBe(true);
    expect(p.body).not.toContain("Vendors ply");
    expect(p.body).toContain("which said the move was needed to ease congestion on the pavements");
  });
});

describe("dates in more of the world's ways, a stamp's label over its date, a place over the stamp, a writer with newsrooms' letters", () => {
  it("finds dates written as Czech, Korean, Thai, Hebrew, Arabic, Hindi, Swahili and Vietnamese pages write them", () => {
    const cases: Array<[string, string]> = [["12. 2. 2025 14:32", "2025-02-12"], ["입력 2025. 3. 4. 오전 10:12", "2025-03-04"], ["2025년 3월 4일", "2025-03-04"], ["6 มีนาคม 2568", "2025-03-06"],
      ["4 במרץ 2025", "2025-03-04"], ["4 مارس 2025", "2025-03-04"], ["4 मार्च 2025", "2025-03-04"], ["Jumatano, Machi 5, 2025", "2025-03-05"], ["ngày 5 tháng 3 năm 2025", "2025-03-05"]];
    for (const [t, d] of cases) expect(findDate(t)?.date, t).toBe(d);
    expect(readStamp("입력 2025. 3. 4. 오전 10:12")?.published).toBe("2025-03-04");
    expect(readStamp("Thứ tư, 5/3/2025, 08:00 (GMT+7)")).not.toBeNull();
  });
  it("reads a label on its line over its date as one stamp, and a place over the stamp that the headline names as no writer", () => {
    const story = ["Tens of thousands of homes were left without power on Wednesday after the storm brought gusts of more than 90mph overnight, the network operator said.", "",
      "A gust of 93mph was recorded on the coast, while the airport measured 78mph shortly before 04:00 and several flights were cancelled."];
    const a = parseArticle(["Skip to content", "Example News", "", "  • Home  • UK  • World  • Business", "", "Storm Ilse: Tens of thousands without power as gusts top 90mph", "",
      "Published", "5 March 2025, 07:12 GMT", "Updated", "3 hours ago", "", "Jane Roe and John Doe", "EBC Weather and EBC Scotland", "", ...story].join("\n"));
    expect([a.title, a.date, a.author]).toEqual(["Storm Ilse: Tens of thousands without power as gusts top 90mph", "2025-03-05", "Jane Roe and John Doe"]);
    const b = parseArticle(["Báo Ví Dụ", "Thứ năm, 6/2/2025", "Mới nhất", "Thời sự", "Kinh tế", "Xã hội", "Giao thông", "Thể thao", "Đăng nhập", "Giao thông", "Hà Nội", "Thứ năm, 6/2/2025, 08:30 (GMT+7)", "Hà Nội thí điểm thẻ vé điện tử dùng chung cho xe buýt và tàu điện",
      "Từ ngày 15/2, hành khách tại thành phố có thể dùng một thẻ vé điện tử duy nhất để đi xe buýt và hai tuyến đường sắt đô thị, theo sở giao thông.",
      "Giai đoạn thí điểm kéo dài ba tháng, áp dụng cho 12 tuyến xe buýt có điểm dừng gần các nhà ga của hai tuyến đường sắt đô thị.", "Jane Roe"].join("\n"));
    expect([b.title, b.date]).toEqual(["Hà Nội thí điểm thẻ vé điện tử dùng chung cho xe buýt và tàu điện", "2025-02-06"]);
    expect(b.author).not.toBe("Hà Nội");
  });
  it("reads a writer's name with a broadcaster's and an agency's letters after it", () => {
    const p = parseArticle(["Přeskočit na obsah", "", "VTV24 – zpravodajství Veřejné televize", "", "  • Domácí  • Svět  • Ekonomika  • Regiony  • Sport", "", "Hledat", "", "Domácí › Politika", "", "Sněmovna schválila zmenšení krajských zastupitelstev, opozice spoléhá na Senát", "", "12. 2. 2025 14:32", "Aktualizováno 12. 2. 2025 18:05", "",
      "Jana Horáková, VTV24, ČTK", "", "Poslanci ve třetím čtení podpořili novelu, podle níž by v krajských zastupitelstvech od příštích voleb zasedalo zhruba o čtvrtinu méně lidí.", "",
      "Praha – Poslanecká sněmovna ve středu schválila novelu zákona o krajích, která od příštích voleb sníží počet zastupitelů ve všech krajích."].join("\n"));
    expect([p.title, p.date, p.author]).toEqual(["Sněmovna schválila zmenšení krajských zastupitelstev, opozice spoléhá na Senát", "2025-02-12", "Jana Horáková"]);
  });
});

describe("a reader view's headline of two short sentences, a feed's item under its channel's lines", () => {
  it("takes the reader view's headline and writer", () => {
    const p = parseArticle(["example.com", "Every school needs a nurse. Our state pretends otherwise.", "Jane Roe", "6–7 minutes", "", "Opinion", "",
      "Last spring, a second-grader at an elementary school where I volunteer collapsed during recess, and nobody in the building knew what to do until a parent arrived.", "",
      "She recovered, but I have thought about that morning nearly every day since, because the outcome depended on luck and not on any plan the school had made."].join("\n"));
    expect([p.title, p.author]).toEqual(["Every school needs a nurse. Our state pretends otherwise.", "Jane Roe"]);
    expect(p.body.startsWith("Last spring")).toBe(true);
  });
  it("reads the item's labelled header under the channel's name, address and language", () => {
    const p = parseArticle(["Example Sports: Football", "https://www.example.com/sports/football", "Football news and results from Example News Agency", "Language: en-gb",
      "Last updated: Sun, 09 Mar 2025 00:05:12 +0000", "", "=".repeat(64), "", "Title: Late header earns Harbour Vale a draw away at Port Avery",
      "Link: https://www.example.com/sports/football/late-header-2025-03-08/", "GUID: EX-FOOTBALL-20250308-1184", "Published: Sat, 08 Mar 2025 22:41:00 +0000", "Author: Jane Roe",
      "Categories: Football; Championship", "Enclosure: https://img.example.com/2025/03/08/header.jpg (image/jpeg, 184322 bytes)", "Media credit: The winger celebrates. Example/John Doe", "",
      "Description:", "A substitute's header four minutes into stoppage time earned Harbour Vale a 2-2 draw at Port Avery in the Championship on Saturday.", "",
      "Port Avery looked set for a sixth straight home win after goals either side of halftime, but Vale pulled one back with 20 minutes left."].join("\n"));
    expect([p.title, p.author, p.date?.slice(0, 10)]).toEqual(["Late header earns Harbour Vale a draw away at Port Avery", "Jane Roe", "2025-03-08"]);
    expect(p.body.startsWith("A substitute's header")).toBe(true);
  });
});

describe("a page a Hungarian browser printed: its header's date, a word hyphenated at a line's end, a dateline with its weekday", () => {
  it("reads the headline over two lines, joins the hyphenated word, and reads the dateline", () => {
    const p = parseArticle(["2025. 03. 07. 9:41   Hat év fegyházra ítélték Tiszaszeg volt polgármesterét hűtlen kezelés miatt | Példa Hírlap", "PÉLDA HÍRLAP",
      "Belföld  Szeged  Megye  Gazdaság  Sport  Kultúra  Vélemény", "", "BELFÖLD", "", "Hat év fegyházra ítélték Tiszaszeg volt polgármesterét hűtlen", "kezelés miatt", "",
      "2025. március 6., csütörtök 16:20", "Szerző: Jane Roe", "",
      "Szeged, 2025. március 6., csütörtök (MTI) – Hat év fegyházra és öt év", "közügyektől eltiltásra ítélte a Szegedi Törvényszék csütörtökön Tisza-",
      "szeg volt polgármesterét, akit különösen nagy vagyoni hátrányt okozó", "hűtlen kezeléssel vádoltak. Az ítélet nem jogerős.", "",
      ...wrap("A vádirat szerint a 61 éves volt polgármester 2016 és 2021 között az önkormány-zat nevében több olyan szerződést kötött, amelyekkel a település mintegy 214 millió forint kárt szenvedett.", 72, ""), "",
      ...wrap("A törvényszék a volt polgármestert arra is kötelezte, hogy fizessen meg 186 millió forintot az önkormányzatnak, a vádlott társát négy év fegyházra ítélték.", 72, "")].join("\n"));
    expect([p.title, p.place, p.date?.slice(0, 10)]).toEqual(["Hat év fegyházra ítélték Tiszaszeg volt polgármesterét hűtlen kezelés miatt", "Szeged", "2025-03-06"]);
    expect(p.body).toContain("csütörtökön Tiszaszeg volt polgármesterét");
    expect(readDateline("Szeged, 2025. március 6., csütörtök (MTI) – Hat év fegyházra ítélte a törvényszék.")?.agency).toBe("MTI");
  });
});

describe("a Markdown page's one first-level heading, a stamp whose date in words runs long", () => {
  it("takes the first-level heading for the headline over a longer standfirst", () => {
    const p = parseArticle(["[Skip to main content](#maincontent)", "", "[ ![The Example](https://example.com/logo.png) ](https://example.com/)", "",
      "  * [Theatre](https://example.com/theatre)", "  * [Music](https://example.com/music)", "", "[Theatre](https://example.com/theatre)", "",
      "# The Salt Road review – a slow-burning family saga that finally catches fire", "", "**Corran Playhouse, Bristol**", "",
      "A debut play about three sisters and a failing salt works is", "overlong in its first half, but its final hour is devastating", "",
      "[Jane Roe](https://example.com/profile/jane-roe)", "", "Fri 14 Mar 2025 10.30 GMT", "",
      "There is a moment, about two hours into the play, when the three sisters finally stop talking past each other, and the whole theatre seems to hold its breath.", "",
      "Until then the evening is a slow build, and at times too slow: the first half spends a long while on the family's debts before anything happens."].join("\n"));
    expect(p.title).toBe("The Salt Road review – a slow-burning family saga that finally catches fire");
  });
  it("reads a date in words of seven words or more before an update's time as the stamp's date", () => {
    expect(readStamp("dimarts, 4 de març de 2025, 12:31 · Actualitzat a les 18:10")?.published).toBe("2025-03-04");
  });
});

describe("a byline split a text node a line, a caption whose title and month abbreviate", () => {
  it("reads the writers, the headline over them, the dateline on its line, and leaves out the caption", () => {
    const p = parseArticle(["Skip to content", "The Example Ledger", "Politics", "Congress", "States", "Elections", "Courts", "Opinion", "Subscribe", "Log in", "STATE POLITICS",
      "Analysis: The governor's budget gamble leaves both parties exposed as the deadline nears", "Analysis by", "Jane Roe", "and", "John Doe", ", The Example Ledger",
      "Published", "6:00 AM EST, Tue February 25, 2025", "Link Copied!", "Gov. Ann Major delivers her budget address to a joint session of the legislature on Feb. 4.",
      "Sam Smith/The Example Ledger", "HARRISBURG —",
      "The governor bet early this year that voters care more about property taxes than about the fine print of school funding formulas, and the bet is being tested.",
      "Her $48.2 billion proposal pairs a property tax rebate with a plan to pay for it by drawing down a reserve fund that lawmakers have used for years."].join("\n"));
    expect([p.title, p.author, p.place, p.date?.slice(0, 10)]).toEqual(["Analysis: The governor's budget gamble leaves both parties exposed as the deadline nears", "Jane Roe and John Doe", "HARRISBURG", "2025-02-25"]);
    expect(p.body.startsWith("The governor bet early")).toBe(true);
  });
});

describe("a Chinese news page: buttons in lenticular brackets, a stamp with its source, an agency's dateline, reporters in brackets", () => {
  it("reads the headline, the stamp's date, the dateline's place and both reporters", () => {
    const p = parseArticle(["示例新闻网", "【打印】【关闭窗口】", "", "我国科研团队培育出耐盐碱水稻新品种 亩产突破600公斤", "", "2025-03-06 15:21:07　来源：示例社　【字体：大 中 小】", "",
      "示例社济南3月6日电（记者王晓东、刘静）记者6日从山东省农业科学院获悉，该院联合多家单位培育的耐盐碱水稻新品种近日通过国家农作物品种审定。", "",
      "盐碱地是我国重要的后备耕地资源。据介绍，我国现有盐碱地约15亿亩，其中具备农业利用潜力的约有2亿亩。", "", "【纠错】　【责任编辑：陈磊】", "", "相关新闻：", "· 我国盐碱地综合利用取得新进展"].join("\n"));
    expect([p.title, p.date?.slice(0, 10), p.place, p.author]).toEqual(["我国科研团队培育出耐盐碱水稻新品种 亩产突破600公斤", "2025-03-06", "济南", "王晓东, 刘静"]);
    expect(p.body).not.toContain("责任编辑");
    expect(p.body).not.toContain("综合利用");
  });
});

describe("a writer's job on the line under the name, a release's writer signed under the text", () => {
  const STORY = ["The club have parted company with their head coach after a run of eight consecutive defeats left them bottom of the league table.", "",
    "The former international forward took charge in October 2023 and led the side to the play-offs in his first season in charge of the club."];
  it("reads a beat's job under the writer's name as theirs, not as a second writer", () => {
    const p = parseArticle(["Skip to main content", "Example Evening Echo", "Menu", "Sport", "Rugby League", "Wolves part company with head coach after eight straight defeats",
      "The former forward leaves with the Wolves bottom of the league and six points adrift of safety", "Jane Roe", "Rugby League Reporter", "12:01, 9 Mar 2025", "Bookmark", ...STORY].join("\n"));
    expect(p.author).toBe("Jane Roe");
  });
  it("takes 'Written by' under the text as the writer where no byline names one", () => {
    const p = parseArticle(["Example State University", "Newsroom", "Home / News Releases / Science", "NEWS RELEASE", "February 27, 2025",
      "Microplastics found in nine of 10 lake fish sampled, study finds", "", ...STORY, "", "Written by Jane Roe", "", "© 2025 Example State University"].join("\n"));
    expect(p.author).toBe("Jane Roe");
  });
});

describe("Hebrew and Thai pages: the word for 'by', the writer's label, stamps with two-digit years and abbreviated Thai months", () => {
  it("reads a Hebrew page's writer and date", () => {
    const p = parseArticle(["דלג לתוכן העיקרי", "חדשות", "כלכלה", "ספורט", "בריאות", "בריאות",
      "מחקר: הליכה של 20 דקות ביום מפחיתה ב-30% את הסיכון לאשפוז חוזר אחרי התקף לב", "חוקרים עקבו במשך שנתיים אחר יותר מ-1,200 מטופלים",
      "מאת נועה ברק", "04.03.25 | 11:20", "עודכן: 04.03.25 | 14:05", "שתפו בפייסבוק", "",
      "חוקרים ישראלים מצאו כי הליכה יומית של 20 דקות בלבד מפחיתה באופן משמעותי את הסיכון לאשפוז חוזר בקרב מטופלים שעברו התקף לב, כך עולה ממחקר חדש.", "",
      "המחקר עקב אחר יותר מ-1,200 מטופלים במשך שנתיים ומצא כי אלה שהלכו באופן קבוע אושפזו פחות."].join("\n"));
    expect([p.title, p.author, p.date?.slice(0, 10)]).toEqual(["מחקר: הליכה של 20 דקות ביום מפחיתה ב-30% את הסיכון לאשפוז חוזר אחרי התקף לב", "נועה ברק", "2025-03-04"]);
  });
  it("reads a Thai page's headline under its menu's labels, its writer's label and its Buddhist-era date", () => {
    const p = parseArticle(["ไทยรายวันออนไลน์", "หน้าแรก", "ข่าวด่วน", "การเมือง", "เศรษฐกิจ", "หน้าแรก", "บันเทิง", "ศิลปะ-วัฒนธรรม",
      "อาลัย \"ครูบุญเรือน\" ศิลปินแห่งชาติ สาขาดนตรีไทย เสียชีวิตอย่างสงบ สิริอายุ 91 ปี", "ผู้เขียน: ณัฐวุฒิ ศรีสุข", "6 มี.ค. 2568 14:35 น.", "แชร์",
      "ครอบครัวแจ้งว่า ศิลปินแห่งชาติ สาขาศิลปะการแสดง (ดนตรีไทย) ได้ถึงแก่กรรมอย่างสงบที่บ้านพัก ย่านบางกอกน้อย กรุงเทพมหานคร เมื่อเช้าวันที่ 6 มีนาคม สิริอายุ 91 ปี",
      "ท่านเป็นครูดนตรีไทยที่มีลูกศิษย์จำนวนมาก และได้รับการยกย่องเป็นศิลปินแห่งชาติเมื่อปี 2548"].join("\n"));
    expect([p.title, p.author, p.date?.slice(0, 10)]).toEqual(["อาลัย \"ครูบุญเรือน\" ศิลปินแห่งชาติ สาขาดนตรีไทย เสียชีวิตอย่างสงบ สิริอายุ 91 ปี", "ณัฐวุฒิ ศรีสุข", "2025-03-06"]);
  });
});

describe("a page wrapped at 80 columns whose rights line runs ten past, a picture's placeholder in Czech", () => {
  it("joins the wrapped paragraphs and leaves out the picture and its credit", () => {
    const paragraph = (k: number) => wrap(`Paragraph ${k} of the story says that the regional assemblies will have about a quarter fewer members from the next election, under a law passed by the lower house on Wednesday.`, 80, "");
    const p = parseArticle(["Sněmovna schválila zmenšení krajských zastupitelstev", "", "12. 2. 2025 14:32", "", "Jana Horáková, VTV24, ČTK", "", ...paragraph(1), "",
      "[obrázek] Jednací sál Poslanecké sněmovny", "Zdroj: VTV24/ČTK/Vít Šimánek", "", ...paragraph(2), "", ...paragraph(3), "", ...paragraph(4), "",
      "© Veřejná televize 1996–2025. Všechna práva vyhrazena. Obsah je chráněn autorským zákonem."].join("\n"));
    expect(p.body).toContain("have about a quarter fewer members from the next election, under a law");
    expect(p.body).not.toContain("obrázek");
    expect(p.body).not.toContain("Šimánek");
  });
});

describe("a photo's credit with its holder in small letters, a call to log in to comment, 'more news' in Ukrainian and Thai", () => {
  it("closes the caption over the credit and ends the story at the comments", () => {
    expect(creditLine("Фото: пресслужба УжНУ")).toBe("below");
    expect(creditLine("Photo: a council divided on the plan")).toBe(null);
    for (const t of ["Увійдіть, щоб залишити коментар", "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"]) expect(isCommentsMarker(t), t).toBe(true);
    expect(isCommentsMarker("Comment on the minister's wife keeps the campaign's focus on women")).toBe(false);
    for (const t of ["Більше новин", "ข่าวล่าสุด"]) expect(isWidgetHeading(t), t).toBe(true);
    const p = parseArticle(["Ужгородські астрономи відкрили новий навколоземний астероїд", "", "Олена Ковальчук", "3 березня 2025, 10:15", "",
      "Телескоп обсерваторії університету в Деренівці.", "Фото: пресслужба УжНУ", "",
      "Астрономи обсерваторії Ужгородського національного університету відкрили новий навколоземний астероїд діаметром до 250 метрів, повідомила пресслужба.", "",
      "За словами науковців, загрози для Землі цей астероїд не становить, але його орбіту уточнюватимуть протягом наступних місяців.", "",
      "Коментарі", "Увійдіть, щоб залишити коментар", "Більше новин", "Вчені з Харкова створили новий матеріал для сонячних батарей"].join("\n"));
    expect(p.body.startsWith("Астрономи обсерваторії")).toBe(true);
    expect(p.body).not.toContain("коментар");
    expect(p.body).not.toContain("Харкова");
  });
});

describe("a Danish date, a labelled stamp after the story with the print edition's note", () => {
  it("reads 'marts' as March", () => {
    expect(readStamp("4. marts 2025 kl. 06.00")?.published).toBe("2025-03-04");
  });
  it("dates the story by a stamp under it that a note on the print edition follows", () => {
    const p = parseArticle(["The ocean's carbon pump is slowing. A chemist wants to know why", "", "By Jane Roe", "",
      "When the chemist started dropping sediment traps into the North Atlantic in 2005, she thought of the work as bookkeeping, a record nobody would read for decades.", "",
      "That record now suggests something has changed, and in a study published this month she and her colleagues report that less carbon is reaching the seafloor.", "",
      "Published 18 March 2025 · A version of this article appears in the April 2025 issue of Example Science under the headline \"What sinks.\""].join("\n"));
    expect(p.date?.slice(0, 10)).toBe("2025-03-18");
  });
});

describe("a feed reader's numbered picture and a caption closed by 'photo by' in another language", () => {
  it("leaves the picture and caption out, and reads the dateline of the story under them", () => {
    expect(isCaption("Residents carry their belongings out of flooded homes on Tuesday. Photo by Jane Roe")).toBe(true);
    expect(isCaption("The council said the plan was approved. Photo by the river was taken")).toBe(false);
    const p = parseArticle(["Feed: Habari Mpya - Kitaifa", "Title: Mvua kubwa zasababisha mafuriko Kilosa, familia zaidi ya 300 zakosa makazi", "Author: Jane Roe",
      "Link: https://www.example.co.tz/kitaifa/mvua-kubwa-4629118", "Date: Thu, 18 Apr 2024 09:30:00 +0300", "", "[image 1 (link #2)]",
      "Baadhi ya wakazi wakiokoa mali zao baada ya nyumba zao kuzingirwa na maji. Picha na Jane Roe", "",
      "Kilosa. Familia zaidi ya 300 katika Wilaya ya Kilosa mkoani Morogoro hazina makazi baada ya mvua kubwa iliyonyesha kwa siku tatu mfululizo.", "",
      "Mkuu wa Wilaya alisema serikali imeanza kugawa chakula na mahema kwa familia zilizoathirika na mafuriko hayo."].join("\n"));
    expect(p.place).toBe("Kilosa");
    expect(p.body.startsWith("Familia zaidi ya 300")).toBe(true);
  });
});

describe("a critic's verdict that reads like a note on a writer", () => {
  it("stays the story's last paragraph", () => {
    const p = parseArticle(["The Salt Road review – a slow-burning family saga that finally catches fire", "", "By Jane Roe", "", "Fri 14 Mar 2025", "",
      "For most of its first half, the debut play seems content to be a handsome, slightly dutiful family drama about three sisters and a failing salt works on the Levels.", "",
      "Then, about twenty minutes before the interval, the youngest sister says something she has clearly been holding back for years, and the play becomes a different and much better one.", "",
      "The problems are mostly structural: the first half runs close to ninety minutes, and a subplot involving a buyer from the city adds little but length to the evening.", "",
      "Amadi is a writer to watch. Next time, she should trust us sooner."].join("\n"));
    expect(p.body.endsWith("she should trust us sooner.")).toBe(true);
    // (A writer's note still goes: "Jane Roe is a writer based in Bristol.")
    expect(parseArticle(p.body.replace("Amadi is a writer to watch. Next time, she should trust us sooner.", "Jane Roe is a writer and critic based in Bristol.")).body).not.toContain("based in Bristol");
  });
});

describe("a nonprofit newsroom's pitch set into the story", () => {
  it("is furniture; a story about a nonprofit newsroom is not", () => {
    expect(isBoilerplate("Example Now is a nonprofit newsroom. Support local reporting like this for $5 a month.")).toBe(true);
    expect(isBoilerplate("The Example Post is a nonprofit newsroom founded in 2019 by three former reporters.")).toBe(false);
  });
});

describe("a press release", () => {
  const RELEASE = ["Home › Newsroom › 2024", "", "FOR IMMEDIATE RELEASE", "", "Tidewater Credit Union opens first branch in Port Alberni", "",
    "PORT ALBERNI, B.C. – Tidewater Credit Union will open its first Vancouver Island branch on Johnston Road next month, bringing banking back to the town.", "",
    "The branch will employ eight people and offer mortgage advice two days a week, chief executive Dana Whitlock said on Monday.", "",
    "The credit union bought the former hardware store building last summer and has spent the winter fitting it out."];
  it("ends at its end mark, and its status line names no section", () => {
    for (const mark of ["-30-", "###", "# # #", "- ends -", "ENDS", "– FIN –"]) {
      const p = parseArticle([...RELEASE, "", mark, "", "Media contact: Lee Marsh, communications manager, 250-555-0199", "",
        "About Tidewater Credit Union", "Tidewater is a member-owned credit union with 41,000 members and eleven branches."].join("\n"));
      expect(p.body.endsWith("fitting it out."), mark).toBe(true);
      expect(p.section).toBe("Newsroom");
    }
    expect(isEndMarker("Fine.")).toBe(false);
    expect(isEndMarker("Ends")).toBe(false);
    expect(isEndMarker("Pressekontakt: Jana Roe, Tel. 030 1234")).toBe(true);
    expect(isEndMarker("Notes to editors:")).toBe(true);
  });
  it("under a sender's name of four words, has its headline under that name", () => {
    const p = parseArticle(["Marrow Valley Water Board", "", "Water board to replace lead pipes in 4,000 homes by 2028", "",
      "The Marrow Valley Water Board will replace the lead service pipes of about 4,000 older homes over the next three years, it said on Wednesday.", "",
      "The programme starts in Ashby Marrow in September and will reach the outlying villages last, the board said."].join("\n"));
    expect(p.title).toBe("Water board to replace lead pipes in 4,000 homes by 2028");
    expect(p.section).toBeNull();
  });
});

describe("a site's name and date strip over a story whose byline names only an agency", () => {
  it("takes the headline over the byline, and the writer from the credit under the share bar", () => {
    const p = parseArticle(["EXAMPLE COURIER", "Zambia's independent voice since 2004", "Thursday, April 11, 2019", "Home", "News", "Business", "Sports", "", "Business", "",
      "Mealie meal prices climb for third month as millers blame maize shortage", "", "By Reuters", "April 11, 2019", "", "Facebook", "Twitter", "",
      "LUSAKA, April 11 (Reuters) - The price of mealie meal rose for a third straight month in March, the statistics agency said on Thursday.", "",
      "A 25 kg bag cost an average of 128 kwacha in Lusaka last month, up from 104 kwacha in December, the office said in its bulletin.", "",
      "(Reporting by Jane Roe; Editing by John Doe)", "", "Share this:", "Facebook", "Twitter", "WhatsApp", "", "Related Posts", "Kitwe traders protest over new market levies"].join("\n"));
    expect(p.title).toBe("Mealie meal prices climb for third month as millers blame maize shortage");
    expect(p.author).toBe("Jane Roe");
    expect(p.place).toBe("LUSAKA");
  });
});

describe("a site's name on the first line over its date strip, menus and a byline", () => {
  it("is no headline: the line over the byline is", () => {
    const p = parseArticle(["The Example Sentinel", "", "Monday, 03 October 2016", "", "• Home", "• News", "• Business", "", "News",
      "", "Railway to slow night trains after three elephants killed near Habarana", "", "By Jane Roe", "", "Monday, 3 October 2016 - 01:00 AM", "",
      "Sri Lanka Railways will impose a speed limit on night trains along a stretch of the line where three elephants were killed on Saturday.", "",
      "The accident occurred at about 11.30 p.m. when a night mail train struck a herd crossing the track between two wildlife areas."].join("\n"));
    expect(p.title).toBe("Railway to slow night trains after three elephants killed near Habarana");
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a page copied whole, the site's name again under the writers' names", () => {
  it("is their outlet, not the headline; a cookie notice in French is furniture", () => {
    expect(isBoilerplate("Nous utilisons des témoins (cookies) pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.")).toBe(true);
    expect(isBoilerplate("Folosim cookie-uri pentru a-ți oferi cea mai bună experiență pe site.")).toBe(true);
    expect(isBoilerplate("The regulator said websites placing cookies must ask first, and fined three of them.")).toBe(false);
    const p = parseArticle(["Aller au contenu principal", "Le Quotidien de l'Exemple", "S'abonner", "Actualités", "Sherbrooke", "Économie", "Sports", "Actualités › Sherbrooke",
      "Sherbrooke promet de dégager les trottoirs plus vite après une série de chutes",
      "Au moins 37 personnes ont été soignées pour des blessures liées aux trottoirs glacés depuis le début de janvier.",
      "Jeanne Roy et Jean Dupont", "Le Quotidien de l'Exemple", "Publié le 3 février 2020 à 5 h 00", "Partager", "Facebook",
      "La Ville de Sherbrooke s'engage à dégager l'ensemble des trottoirs prioritaires dans un délai de 12 heures après la fin d'une chute de neige.",
      "Le maire a présenté le nouveau plan lundi matin, à la suite de nombreuses plaintes de citoyens et d'organismes représentant les aînés."].join("\n"));
    expect(p.title).toBe("Sherbrooke promet de dégager les trottoirs plus vite après une série de chutes");
    expect(p.author).toBe("Jeanne Roy and Jean Dupont");
  });
  it("past a standfirst, finds the writer and stamp under a page's date strip", () => {
    const p = parseArticle(["Gazeta Exemplu", "Duminică, 14 august 2022", "Abonează-te", "Acasă", "Actualitate", "Economie", "Sport", "Actualitate / Administrație",
      "Primăria vrea să închidă traficul pe strada Horea în weekend", "Proiectul-pilot ar urma să înceapă în septembrie și să dureze trei luni. Comercianții sunt împărțiți.",
      "Ana Pop", "14.08.2022, 11:20", "Distribuie",
      "Primăria vrea să transforme strada Horea într-o zonă pietonală în weekend, ca parte a unui proiect-pilot care ar urma să înceapă în septembrie.",
      "Potrivit reprezentanților municipalității, obiectivul este revitalizarea zonei din apropierea gării, unde multe spații au rămas goale."].join("\n"));
    expect(p.author).toBe("Ana Pop");
    expect(p.body.startsWith("Primăria vrea să transforme")).toBe(true);
  });
});

describe("furniture of pages in more shapes and languages", () => {
  const STORY = ["Harbour board votes to dredge old ferry channel", "",
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
    "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring."];
  const MORE = ["", "Fishers who use the channel every morning said they had waited two years for the board to act and were glad the wait was over.", "",
    "The channel was last dredged in 1998, when the ferry still ran to the island twice a day and the fish market stood on the quay."];
  it("drops a wrapped list item of a terminal browser's that links another story", () => {
    const page = ["   [1]Example Sentinel", "", "   [2]Subscribe [3]Log in", "", "     * [4]Local", "     * [5]Business", "     * [6]Sports", "", "Harbour board votes to dredge old ferry channel", "", ...STORY.slice(2).flatMap((p) => (p ? wrap(p) : [""])),
      "", "     * [24]Read more: Province opens flood information line for Red River", "       Valley residents", "",
      ...[...MORE, "", "The board will meet again in May to choose a contractor, and the harbour master said the channel would be marked with new buoys before the summer season begins.", "",
        "Residents of the island, who have relied on a single ferry from the deep-water pier since the old channel closed, said the decision would halve their journey to the mainland."]
        .flatMap((p) => (p ? wrap(p) : [""]))];
    const p = parseArticle(page.join("\n"));
    expect(p.body).not.toContain("Read more");
    expect(p.body).not.toContain("Valley residents");
    expect(p.body).toContain("halve their journey to the mainland.");
    expect(isBoilerplate("* Read more: Province opens flood information line for Red River Valley residents")).toBe(true);
    expect(isBoilerplate("- Listen to the full interview on the radio at nine on Sunday.")).toBe(false);
  });
  it("drops a caption over the paper's photo credit, and captions credited after a slash or a dash", () => {
    const p = parseArticle([...STORY, "", "A dry stock tank on a ranch west of the town on Thursday. Most of the county is now in drought.", "Courier photo by Jane Roe", ...MORE].join("\n"));
    expect(p.body).not.toContain("dry stock tank");
    expect(p.body).toContain("Fishers who use the channel");
    expect(isCaption("A leak on Aro St in the central city has been running since March. Photo / Jane Roe")).toBe(true);
    expect(isCaption("Picture: A container truck stopped at the edge of the landslip yesterday. - Picture by JANE ROE")).toBe(true);
  });
  it("ends the story at a readers' comments heading, and drops pitches, notices and links in other languages", () => {
    const p = parseArticle([...STORY, ...MORE, "", "Reader's Comments (4)", "", "Jane Roe - Monday, 03 October 2016 08:14 AM", "Every year the same story. Dredge it for good!"].join("\n"));
    expect(p.body).not.toContain("Every year");
    for (const t of ["Independent journalism costs money. Help us keep reporting by becoming a subscriber from €1.99 a month.",
      "Ezt is ajánljuk: Drágul a balatoni strandbelépő, de lesz ingyenes strand is", "延伸閱讀：台中公車再添電動車 年底前全市占比達三成",
      "Primește în fiecare dimineață cele mai importante știri din Cluj.", "Recevez chaque matin les nouvelles de l'Estrie dans votre boîte courriel.",
      "Der Artikel wurde aktualisiert.", "Den här artikeln ingår i Exempel Plus. Logga in eller skaffa en prenumeration för att läsa hela artikeln.", "廣告"]) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    expect(isWidgetHeading("相關新聞")).toBe(true);
    expect(isBoilerplate("Get the rest of the harbour out of the water by spring, the fishers said.")).toBe(false);
    expect(isBoilerplate("Der Artikel wurde aktualisiert, nachdem die Stadt ihre Zahlen korrigiert hatte.")).toBe(false);
    expect(isPersonName("Megosztás Nyomtatás")).toBe(false);
  });
  it("reads the reporter and place from a Taiwanese wire's bracket, and drops its editor's mark", () => {
    const p = parseArticle(["台中捷運綠線將增班 尖峰班距縮短至5分鐘", "", "2025/03/03 14:22", "",
      "（寶島新聞網記者林怡君台中3日電）台中捷運綠線通車後運量持續成長，台中市政府交通局今天宣布，自4月1日起平日尖峰時段班距將由目前的6分鐘縮短為5分鐘。", "",
      "交通局表示，綠線去年全年運量突破1800萬人次，較前年成長約12%，部分民眾反映需要等待兩班車才能上車。（編輯：張書瑋）1140303", "", "相關新聞", "台中捷運藍線環評通過 市府盼年底動工"].join("\n"));
    expect(p.author).toBe("林怡君");
    expect(p.place).toBe("台中");
    expect(p.body.endsWith("才能上車。")).toBe(true);
    expect(p.body).not.toContain("藍線");
  });
});

describe("a list of other stories' headlines under a widget's heading over the story", () => {
  it("is passed over for the headline right above the byline", () => {
    const p = parseArticle(["Example Islands Observer", "Monday, March 5, 2018", "", "Home", "News", "Sports", "", "TOP STORIES",
      "Airline adds second weekly flight to Honolulu and says bookings from the United States are up",
      "Police appeal for witnesses after two men were injured in early morning assault near the bus stand",
      "Tourism body says resorts expect near-full occupancy over Easter despite the wet weather forecast", "", "News", "",
      "Market vendors move to temporary site", "", "Jane Roe | Nadi", "March 5, 2018 9:12 am", "",
      "More than 300 vendors at the municipal market began moving to a temporary site near the bus stand over the weekend.", "",
      "The $4.2 million project will include a new roof, improved drainage and a cold storage room for fish and meat vendors."].join("\n"));
    expect(p.title).toBe("Market vendors move to temporary site");
  });
});

describe("a newsletter's lead story with its own stamp", () => {
  it("is headed by its headline over the byline and stamp, and dated by the stamp, not the day it was sent", () => {
    const p = parseArticle(["Van: Het Voorbeeldnieuws <nieuwsbrief@voorbeeld.nl>", "Verzonden: woensdag 11 oktober 2017 07:02", "Aan: lezer@voorbeeld.nl",
      "Onderwerp: Uw ochtendnieuws: Deventer wil 2000 extra fietsplekken bij station", "", "Wordt deze e-mail niet goed weergegeven? Bekijk hem in uw browser.", "",
      "HET VOORBEELDNIEUWS", "Ochtendnieuws | woensdag 11 oktober 2017", "", "UITGELICHT", "", "DEVENTER", "Deventer wil 2000 extra fietsplekken bij station", "",
      "Door Jan de Vries", "Gepubliceerd: 10 oktober 2017, 18:15", "",
      "De gemeente Deventer wil de fietsenstalling bij het station uitbreiden met zo'n 2000 plekken, omdat de huidige stalling op drukke dagen al vroeg vol is.", "",
      "Wethouder Marieke Dijkhuis presenteerde dinsdag de plannen. Er komt een tweede, ondergrondse stalling aan de zuidkant van het station.", "",
      "De kosten worden geschat op 9,5 miljoen euro. De gemeente hoopt dat het Rijk ongeveer de helft betaalt.", "",
      "Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld. Afmelden"].join("\n"));
    expect(p.title).toBe("Deventer wil 2000 extra fietsplekken bij station");
    expect(p.date).toBe("2017-10-10");
    expect(p.author).toBe("Jan de Vries");
  });
});

describe("page tops with more between the headline and the byline", () => {
  const STORY = ["", "The city council on Monday approved a plan to turn a long-vacant tobacco warehouse into 220 income-restricted apartments after four hours of comment.", "",
    "The 7-2 vote clears the way for the developer to begin work this fall on the five-story brick building, which has sat empty since 2009."];
  it("passes over a list of related stories under its heading, and a paper's name before its writers' job", () => {
    const p = parseArticle(["Subscribe for $1", "Sign In", "Example Times-Courier", "News", "Local", "Politics", "Local News",
      "Richmond council OKs $48 million plan to turn warehouse into 220 affordable apartments", "Council voted 7-2 after a four-hour hearing; opponents questioned a tax break",
      "Related stories", "Affordable housing waitlist tops 9,000 families", "Developer behind riverside lofts eyes the old warehouse district next", "Editorial: The city needs housing, not more studies",
      "By Jane Roe and John Doe-Smith Times-Courier staff writers", "Mar 12, 2024", "Updated Mar 13, 2024", ...STORY].join("\n"));
    expect(p.title).toBe("Richmond council OKs $48 million plan to turn warehouse into 220 affordable apartments");
    expect(p.author).toBe("Jane Roe and John Doe-Smith");
  });
  it("reaches the headline over a summary and a second deck, and reads a byline the template closed with its separator", () => {
    const p = parseArticle(["Skip to Main Content", "Menu", "News", "Sports", "Manitoba", "Canada", "Local", "Manitoba",
      "Winnipeg Transit to put safety shields on every bus after spike in driver assaults",
      "Winnipeg Transit will install full-length protective shields on all of its roughly 640 buses by the end of 2019, the city says, after a spike in assaults.",
      "City will spend $4.2M to retrofit fleet after 10-bus pilot project", "Jane Roe · Example News · ", "Posted: Oct 02, 2018 6:15 PM CT | Last Updated: October 3, 2018",
      "Social Sharing", "Facebook", ...STORY].join("\n"));
    expect(p.title).toBe("Winnipeg Transit to put safety shields on every bus after spike in driver assaults");
    expect(p.author).toBe("Jane Roe");
  });
  it("stops at the breadcrumb over the headline, and takes no kicker in capitals under a section line for a name", () => {
    const crumb = parseArticle(["Wednesday, March 4, 2020", "", "The Example Sentinel", "", "Home", "News", "Politics", "", "Breaking News: Naira closes at N361/$ at parallel market", "",
      "Home » News » Reps probe N4.8bn FCT solar streetlights contract", "", "Reps probe N4.8bn FCT solar streetlights contract", "", "By Jane Roe, Abuja", "", "March 4, 2020 / 5:42 am", ...STORY].join("\n"));
    expect(crumb.title).toBe("Reps probe N4.8bn FCT solar streetlights contract");
    const kicker = parseArticle(["UK News | World News | Crime", "", "Home > News > UK News", "", "EVIL RAIDER", "", "Thug who tied up widow, 84, with her own dressing gown cord is jailed", "",
      "The great-grandmother lay on her hallway floor until a postman spotted her", "", "Jane Roe, North West Crime Reporter", "", "Published: 17:42, 8 Nov 2022 | Updated: 19:05, 8 Nov 2022", ...STORY].join("\n"));
    expect(kicker.author).toBe("Jane Roe");
  });
  it("reads the writers under a reader view's standfirst; a paper's edition is no writer", () => {
    const p = parseArticle(["example.com", "In Arizona's Sulphur Springs Valley, the Wells Are Winning", "The alfalfa boom has left small farmers chasing water deeper every year, and paying for it.",
      "Jane Roe and John Doe", "11–14 minutes", ...STORY].join("\n"));
    expect(p.author).toBe("Jane Roe and John Doe");
    expect(isPersonName("Pune Edition")).toBe(false);
  });
  it("drops a gallery's caption and credit under its counter, and a most-read list headed by its section", () => {
    const p = parseArticle(["Thug who tied up widow is jailed", "", "By Jane Roe", "", ...STORY.slice(1), "", "Gallery", "1 of 4", "Jane Doe, 29, was jailed for 11 years at the Crown Court", "Credit: Example Police", "Next", "",
      "The court heard the raid lasted less than ten minutes and that nothing of value was taken from the house.", "", "MOST READ IN NEWS", "",
      "SHOCK FIND Dog walker discovers WW2 bomb on beach near the pier", "STORM WARNING Met Office issues amber alert as winds batter coast"].join("\n"));
    expect(p.body).not.toContain("was jailed for 11 years");
    expect(p.body).not.toContain("Example Police");
    expect(p.body).not.toContain("SHOCK FIND");
    expect(p.body).toContain("nothing of value was taken");
  });
});

describe("pages whose elements a scraper ran together, in more languages", () => {
  it("cuts a date run onto the word before it, a weekday after a place, a byline after a standfirst and the word for 'by' before a name", () => {
    expect(splitGlued("Vai al contenutoCorriere EsempioBolognalunedì 12 ottobre 2015AbbonatiAccediCronacaPoliticaEconomia")).toEqual(
      ["Vai al contenuto", "Corriere Esempio", "Bologna", "lunedì 12 ottobre 2015", "Abbonati", "Accedi", "Cronaca", "Politica", "Economia"]);
    expect(splitGlued("NovostiKazakhstanNovosti›ОбществоВ метро Алматы начнут принимать оплату по QR-коду17 апреля 2024 14:22Автор: Редакция")).toContain("17 апреля 2024 14:22");
    expect(splitGlued("CronacaPoliticaEconomiaIl Comune impone ai proprietari di mettere in sicurezza la facciatadi Jane Roe12 ottobre 2015 (modifica il 13 ottobre 2015)Condividi"))
      .toEqual(["Cronaca", "Politica", "Economia", "Il Comune impone ai proprietari di mettere in sicurezza la facciata", "di Jane Roe", "12 ottobre 2015 (modifica il 13 ottobre 2015)", "Condividi"]);
    expect(splitGlued("SuscribiteIngresarMenúPolíticaPorJane Roe28 de diciembre de 2022 · 18:47Compartir en WhatsAppCopiar link")).toEqual(
      ["Suscribite", "Ingresar", "Menú", "Política", "Por", "Jane Roe", "28 de diciembre de 2022 · 18:47", "Compartir en WhatsApp", "Copiar link"]);
  });
  it("keeps a name with a capital inside whole, and parts a share bar's names from the story run onto them", () => {
    const pieces = splitGlued("HomeNewsSportsBusinessFacebook Twitter Pinterest WhatsApp SURREY: The sound of gang war was heard in the mountains last Sunday.");
    expect(pieces).toContain("SURREY: The sound of gang war was heard in the mountains last Sunday.");
    expect(splitGlued("SuscribiteIngresarMenúShare on WhatsAppLinkedInEmail")).toContain("LinkedIn");
  });
});

describe("a site's name over its search box, menus and crumb, a byline of names alone over the stamp", () => {
  it("is no headline: the line over the standfirst over the byline is", () => {
    const p = parseArticle(["Kurier Przykładowy", "", "[                    ] [Szukaj]                      Zaloguj się | Prenumerata", "", "  • Wiadomości", "  • Kraków", "  • Sport", "  • Biznes", "  • Kultura", "",
      "Wiadomości › Kraków", "", "Wykolejenie tramwaju na rondzie Mogilskim. Przez trzy godziny utrudnienia", "", "Tramwaj linii 4 wypadł z szyn we wtorek rano, w szczycie komunikacyjnym.", "",
      "Jan Kowalski", "03.09.2013, 12:45 · aktualizacja: 03.09.2013, 14:02", "",
      "Tramwaj linii 4 wykoleił się we wtorek rano na rondzie Mogilskim w Krakowie. Nikt nie został poważnie ranny, ale ruch był wstrzymany.", "",
      "Do zdarzenia doszło około godz. 7.20. Według przewoźnika pierwszy wózek tramwaju wypadł z szyn na rozjeździe."].join("\n"));
    expect(p.title).toBe("Wykolejenie tramwaju na rondzie Mogilskim. Przez trzy godziny utrudnienia");
    expect(p.author).toBe("Jan Kowalski");
    expect(p.date).toBe("2013-09-03");
  });
});

describe("more page-top and body shapes of news sites", () => {
  const STORY = ["", "More than 300 farmers are counting their losses after torrential rains on Monday night caused the river to overflow its banks.", "",
    "Maize, cassava and vegetable farms covering an estimated 450 hectares were destroyed, according to preliminary figures."];
  it("passes over an agency named as the source, and takes no photo's caption under a labelled stamp for the headline", () => {
    const p = parseArticle(["Example Pulse Online", "Home", "News", "Politics", "Home / News / Regional", "Volta: Farmers count losses as floods submerge farms in Ho West",
      "Source: GNA", "Published: 09.05.2019 at 14:20 GMT", "Views: 3,412", "A flooded maize farm at Tsibu in the Ho West District", ...STORY].join("\n"));
    expect(p.title).toBe("Volta: Farmers count losses as floods submerge farms in Ho West");
  });
  it("reads a line in a box a text tool drew, cuts a link run onto a sentence, and parts a menu's section from the headline", () => {
    expect(unboxed("  │RELATED: Example County Assembly passes Sh27bn budget       │")).toBe("RELATED: Example County Assembly passes Sh27bn budget");
    const boxed = parseArticle(["Harbour board votes to dredge old ferry channel", "", ...STORY.slice(1), "", "  ┌──────────────────────────────────┐",
      "  │RELATED: Example County Assembly passes Sh27bn budget       │", "  └──────────────────────────────────┘", "",
      "The district's agriculture office said it would distribute seed to the farmers who lost their crops before the next season."].join("\n"));
    expect(boxed.body).not.toContain("RELATED");
    const pieces = splitGlued("NewsNationMetroRegionsWorldMetro/Manila Bay rehab: 1,200 families along esteros to be moved to BulacanBy:Jane Roe");
    expect(pieces).toContain("Metro/Manila Bay rehab: 1,200 families along esteros to be moved to Bulacan");
    const slashed = parseArticle(["News", "Nation", "Metro", "Regions", "", "Metro/Manila Bay rehab: 1,200 families along esteros to be moved to Bulacan", "", "By Jane Roe", "", "04:12 PM January 22, 2019", ...STORY].join("\n"));
    expect(slashed.title).toBe("Manila Bay rehab: 1,200 families along esteros to be moved to Bulacan");
    expect(slashed.section).toBe("Metro");
    expect(splitGlued("NewsNationMetroThe levels are far above the safe limit of 100 MPN.READ: Manila Bay cleanup: What you need to knowBut urban poor groups said the site was too far."))
      .toContain("READ: Manila Bay cleanup: What you need to know");
  });
  it("keeps the first paragraph under a photo's caption and its credit", () => {
    const p = parseArticle(["Dubai: New e-scooter permit rules take effect on Thursday", "", "Jane Roe, Senior Reporter", "", "Published: April 27, 2022 17:35", "",
      "[Image] An e-scooter rider in Jumeirah Lakes Towers. Riders will need a permit from Thursday.", "Image Credit: Supplied", "",
      "Dubai: Riders of electric scooters in Dubai will need a permit to use the emirate's cycling and scooter lanes from Thursday, the authority has announced.", "",
      "The free permit can be obtained through an online training course and theory test on the authority's website."].join("\n"));
    expect(p.place).toBe("Dubai");
    expect(p.body.startsWith("Riders of electric scooters")).toBe(true);
  });
});

describe("printable versions, blogs dumped by a terminal browser, and court reports", () => {
  const STORY = ["", "A new programme to restore buildings at risk of collapse in the old city was launched on Wednesday at a ceremony attended by the governor.", "",
    "The works will run over four years and will first cover the houses whose residents have already been moved out, the agency said."];
  it("passes a printable version's buttons and takes the headline between the stamp and the byline", () => {
    expect(isBoilerplate("Imprimer cette page  |  Fermer la fenêtre")).toBe(true);
    expect(isBoilerplate("News | Sport")).toBe(false);
    const p = parseArticle(["L'ÉCHO D'EXEMPLE", "Quotidien d'information — Version imprimable", "", "Imprimer cette page  |  Fermer la fenêtre", "", "Rubrique : Régions",
      "Le 5 avril 2018 à 11h32", "", "Fès : un programme de 420 MDH pour sauver 1.200 bâtisses menaçant ruine dans la médina", "", "Par Jean Dupont", ...STORY].join("\n"));
    expect(p.title).toBe("Fès : un programme de 420 MDH pour sauver 1.200 bâtisses menaçant ruine dans la médina");
    expect(p.author).toBe("Jean Dupont");
  });
  it("takes the last heading at the margin before the story, not the blog's name centred over its menus", () => {
    const p = parseArticle(["   [1]Skip to content", "", "                               [2]Example Trails Journal", "", "                          Unsolved cases, old and new", "",
      "     * [3]Home", "     * [4]Case Files", "     * [5]About", "", "Judge orders new DNA tests in 1987 disappearance of Jane Doe", "",
      "   Posted by [12]Jane Roe on October 14, 2016 · [13]37 Comments", "",
      ...wrap("A judge on Thursday ordered new DNA tests on evidence collected in the 1987 disappearance of a 19-year-old waitress, a case that has been cold for nearly thirty years."), "",
      ...wrap("The ruling came after the woman's sister asked the court to allow testing with methods that did not exist when the evidence was first examined in 1988."), "",
      ...wrap("Prosecutors did not oppose the request, and the tests are expected to take several months, the sister's lawyer said after the hearing on Thursday.")].join("\n"));
    expect(p.title).toBe("Judge orders new DNA tests in 1987 disappearance of Jane Doe");
  });
  it("dates a story by its 'Filed' stamp, and drops a caption closed by the kind of photo", () => {
    const p = parseArticle(["Ex-bookkeeper gets 6 years for taking $1.3M from church", "", "By Jane Roe, Courts Reporter", "Filed Aug. 23, 2021, 2:41 p.m. MST", ...STORY].join("\n"));
    expect(p.date).toBe("2021-08-23");
    expect(isCaption("Jane Roe addresses the court during her sentencing on Monday. Pool photo")).toBe(true);
    expect(isCaption("The board voted on Monday. Staff photographers were not allowed in.")).toBe(false);
  });
});

describe("datelines, credits and wraps of more places", () => {
  it("reads a place before a paper's own name and a hyphen, and a place, a day and an agency parted by stops", () => {
    expect(readDateline("Jakarta (Contoh) - Badan Meteorologi memprakirakan hujan lebat masih akan mengguyur wilayah itu.")?.place).toBe("Jakarta");
    expect(readDateline("Алматы. 17 апреля. ПРИМЕР ВЕСТНИК — В метрополитене с 1 мая можно будет оплатить проезд по QR-коду.")?.place).toBe("Алматы");
    expect(readDateline("Jane Roe (pictured) - who ran the shop for years, said it would close.")).toBeNull();
  });
  it("drops a caption credited to a broadcaster and its photographer after a colon, a blogger's link to an old post, and an Italian rights line's widget", () => {
    expect(isCaption("Jane Roe says she has been told to wait five weeks for an appointment. (Example News: John Doe)")).toBe(true);
    expect(isBoilerplate("Read my original 2014 post on Jane's case here.")).toBe(true);
    expect(isEndMarker("© RIPRODUZIONE RISERVATA")).toBe(true);
    expect(isWidgetHeading("Ti potrebbe interessare")).toBe(true);
    expect(splitGlued("CronacaPoliticaEconomiaLa strada resta chiusa fino a lunedì.12 ottobre 2015 | 20:41© RIPRODUZIONE RISERVATATi potrebbe interessareAutobus in fiamme sui viali"))
      .toContain("Ti potrebbe interessare");
    expect(splitGlued("HomeNewsLocalThe man was charged, police said.RELATED STORIESGTAAt Const. Jane Roe's funeral, grief for a family man")).not.toContain("At Const. Jane Roe's funeral, grief for a family man");
  });
  it("joins a terminal browser's line that goes on in small letters, and drops a picture's text said again over its credited caption", () => {
    const para = (t: string) => wrap(t, 70);
    const p = parseArticle(["   [1]Example Zeitung", "", "     * [2]Zürich", "     * [3]Schweiz", "     * [4]Sport", "", "Tempo 30 auf weiteren 50 Kilometern", "",
      "   [21]Die Rosengartenstrasse zählt zu den lautesten Strassen der Stadt.", "   Die Rosengartenstrasse zählt zu den lautesten Strassen der Stadt. Foto: Jane Roe", "",
      ...para("Die Stadt will auf weiteren 50 Kilometern Strasse Tempo 30 einführen, darunter erstmals auch auf mehreren wichtigen Verkehrsachsen der Stadt."), "",
      ...para("Hauptgrund ist der Lärmschutz. Gemäss einem Bericht des Tiefbauamts sind in der Stadt rund 140 000 Menschen übermässigem Strassenlärm ausgesetzt."), "",
      "   Anwohnerin Jana Muster, die seit zwölf Jahren an der Strasse wohnt, hofft auf", "   ein Ja. «Im Sommer kann man die Fenster nicht öffnen.»"].join("\n"));
    expect(p.body).not.toContain("lautesten Strassen");
    const text = [...para("Die Stadt will auf weiteren 50 Kilometern Strasse Tempo 30 einführen, darunter erstmals auch auf mehreren wichtigen Verkehrsachsen der Stadt, wie der Stadtrat am Donnerstag mitteilte."), "",
      ...para("Hauptgrund ist der Lärmschutz. Gemäss einem Bericht des Tiefbauamts sind in der Stadt rund 140 000 Menschen übermässigem Strassenlärm ausgesetzt, die meisten an den grossen Achsen."), "",
      ...para("Für die neuen Abschnitte braucht die Stadt die Zustimmung des Kantons. Ob diese erteilt wird, ist offen; die Direktion will das Gesuch sorgfältig prüfen, hiess es."), "",
      "   Anwohnerin Jana Muster, die seit zwölf Jahren an der Strasse wohnt, hofft auf", "   ein Ja. «Im Sommer kann man die Fenster nicht öffnen.»"];
    text.unshift(...text.slice(0, 12), ...text.slice(0, 12));
    expect(unwrapped(toLines(text.join("\n")), true).map((l) => l.text)).toContain("   Anwohnerin Jana Muster, die seit zwölf Jahren an der Strasse wohnt, hofft auf ein Ja. «Im Sommer kann man die Fenster nicht öffnen.»");
  });
});

describe("a byline naming the writer's own site after a possessive", () => {
  it("names the writer", () => {
    expect(cleanByline("Jane Roe’s ExampleWatch.com")).toBe("Jane Roe");
    expect(cleanByline("Jane Roe's Example.org")).toBe("Jane Roe");
  });
});

describe("blogs on Blogger and local TV stations' pages", () => {
  const POST = ["", "Some of you have been asking how things are at the church since the rain last week, so I thought I would write it all down in one place.", "",
    "On Tuesday night the storm drain at the corner finally gave up, and by Wednesday morning we had about fourteen inches of water in the hall.", "",
    "We lost nearly all of the cereal, pasta, rice and paper goods. The canned food mostly survived, although a good many labels floated off.", "",
    "But here is the part I really want you to hear. By noon on Wednesday, without anybody making a single phone call, there were eleven people in rubber boots in the hall.", "",
    "If you would like to help, we need dry goods, paper towels, and diapers. Drop-off is at the parish hall on Thursdays from 3 to 6 until the basement dries out."];
  it("reads a Blogger post: the title tag's post title, the date header over it, the footer's writer, its labels and comments heading", () => {
    const p = parseArticle(["Example Along the Way: When the Basement Flooded, the Pantry Kept Going", "", "skip to main | skip to sidebar", "", "Example Along the Way", "",
      "Reflections from a small-town pastor's wife", "", "Sunday, October 9, 2011", "", "When the Basement Flooded, the Pantry Kept Going", ...POST, "",
      "Posted by Jane Roe at 8:42 PM", "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest", "", "Labels: community, faith, food pantry", "",
      "3 comments:", "", "Marcy D. said...", "", "Praying for you all! We'll bring diapers Thursday."].join("\n"));
    expect(p.title).toBe("When the Basement Flooded, the Pantry Kept Going");
    expect(p.date).toBe("2011-10-09");
    expect(p.author).toBe("Jane Roe");
    expect(p.body).not.toContain("Labels:");
    expect(p.body).not.toContain("Praying");
    expect(splitGlued("HomeAbout UsTimelineThe council will vote in June.Posted by Jane Roe at 10:17 PMLabels: city council, rezoning, Willow Street4 comments:Barb said...")).toContain("4 comments:");
  });
  it("takes no ticker's item for the headline, nor a station's call sign for the writer", () => {
    const p = parseArticle(["Skip to content", "KXYZ 9", "Tulsa, OK", "72°", "Watch Live", "News", "Weather", "Breaking News",
      "Severe thunderstorm warning for Creek, Okmulgee counties until 12:15 AM", "Man killed, teen hurt in east Tulsa apartment complex shooting", "By KXYZ Staff",
      "Published: Jul. 16, 2023 at 11:42 PM CDT", ...POST].join("\n"));
    expect(p.title).toBe("Man killed, teen hurt in east Tulsa apartment complex shooting");
    expect(p.author).toBeNull();
    const glued = parseArticle(["The Example Observer - Offaly NewsHomeNewsSportObituariesContact UsBREAKING: Tullamore road closure lifted after overnight collisionNewsMan (40s) dies in single-vehicle collision on N52 near TullamoreJane RoeSaturday, 18th January 2020 2:41 PMShare this articleA man in his 40s has died following a single-vehicle collision in Co Offaly in the early hours of this morning.The crash happened on the N52 at around 3.15am on Saturday, and the road was closed for several hours."].join("\n"));
    expect(glued.title).toBe("Man (40s) dies in single-vehicle collision on N52 near Tullamore");
  });
});

describe("Substack pages run together, and feed readers' items sent by mail", () => {
  const STORY = "Jane Doe has been braiding hair since she was nine years old, in her aunt's kitchen. She is now 41 and can finish a full head in about five hours.That's because the state requires anyone who braids hair for pay to hold a license, and getting one means 500 hours of coursework at an approved school.";
  it("parts a count from the date it was run onto, and takes no site's name said over its buttons and again for the headline", () => {
    expect(splitGlued("The Example LedgerSubscribeSign inShare this postThe Example LedgerWhy Does a Hair Braider Need 1,500 Hours of Training?Copy linkFacebookJane RoeSep 12, 2022281Share"))
      .toContain("Sep 12, 2022");
    const p = parseArticle(`The Example LedgerSubscribeSign inShare this postThe Example LedgerWhy Does a Hair Braider Need 1,500 Hours of Training?Copy linkFacebookEmailNotesMoreWhy Does a Hair Braider Need 1,500 Hours of Training?A stalled bill in Baton Rouge, and the people waiting on itJane RoeSep 12, 2022281Share\n${STORY}`);
    expect(p.title).toBe("Why Does a Hair Braider Need 1,500 Hours of Training?");
    expect(p.date).toBe("2022-09-12");
    expect(p.author).toBe("Jane Roe");
    expect(p.section).toBeNull();
  });
  it("reads a feed reader's mailed item as the page it carries: its byline, dateline and stamp", () => {
    const p = parseArticle(["Subject: Police: Colorado man killed wife, then himself in Aurora home", "From: The Example Courier - Nation/World", "Date: 3/20/2012, 4:18 PM",
      "Website: http://www.example.com/nationworld/ci_20211847/police-colorado-man", "", "Police: Colorado man killed wife, then himself in Aurora home", "",
      "By JANE ROE", "Associated Press", "Posted: 03/20/2012 04:12:33 PM MDT", "",
      "DENVER (AP) — A suburban Denver man fatally shot his wife and then turned the gun on himself inside their home, where their two young children were sleeping, police said Tuesday.", "",
      "Officers found the bodies shortly after midnight Monday after a neighbor called 911 to report hearing what sounded like gunshots, a police spokesman said."].join("\n"));
    expect(p.author).toBe("JANE ROE");
    expect(p.place).toBe("DENVER");
    expect(p.body.startsWith("A suburban Denver man")).toBe(true);
  });
});

describe("feed readers' items, reading times run on, and writers a line each", () => {
  const STORY = ["", "One person has died and two others are in hospital after a two-vehicle crash on the state highway south of the town last night.", "",
    "Emergency services were called to the crash, between a car and a campervan, near the intersection about 7.40pm, police said."];
  it("takes the time in brackets before a feed item's title for its date", () => {
    const p = parseArticle(["Example Tenants Union » News", "https://example.org", "----------------------------------------------------------------",
      "[2018-10-22 18:40] Tenants at Larkspur Apartments Win Repairs After Rent Strike Threat", "----------------------------------------------------------------",
      "Author:   Jane Roe", "Link:     https://example.org/2018/10/22/larkspur-repairs/", ...STORY].join("\n"));
    expect(p.title).toBe("Tenants at Larkspur Apartments Win Repairs After Rent Strike Threat");
    expect(p.date).toBe("2018-10-22");
  });
  it("parts a reading time from the stamp it was run onto, and reads writers named a line each over their paper's name and the stamp", () => {
    expect(splitGlued("EmergenciesOne person dead after crash on State Highway 1By Staff Reporter27 Dec, 2021 08:15 AM2 mins to readShareSave")).toContain("27 Dec, 2021 08:15 AM");
    const p = parseArticle(["Crime & Courts", "Arrest made in 1994 killing of waitress, sheriff says", "Jane Roe", "John Doe", "The Example Ledger",
      "Published 5:02 p.m. ET Oct. 24, 2018 | Updated 8:47 a.m. ET Oct. 25, 2018", ...STORY].join("\n"));
    expect(p.author).toBe("Jane Roe and John Doe");
  });
});

describe("links listed under a label in the story, and captions that say when", () => {
  it("drops a 'READ MORE:' label with its list of headlines, and a caption saying when the picture was taken", () => {
    const p = parseArticle(["Clubrooms destroyed in overnight fire", "", "By Jane Roe", "", "March 4, 2024", "",
      "Fire crews were called to the park clubrooms about 4.40am on Sunday after a passing taxi driver saw flames coming from the roof.", "",
      "The clubrooms at Example Park, photographed in 2018.", "", "READ MORE:", "* Firefighters battle scrub fire near the coast", "* Example school hit by arson for second time", "",
      "The building was well alight when the first crews arrived, and the roof collapsed within half an hour, a fire spokesman said."].join("\n"));
    expect(p.body).not.toContain("READ MORE");
    expect(p.body).not.toContain("scrub fire");
    expect(p.body).not.toContain("photographed in 2018");
    expect(p.body).toContain("the roof collapsed within half an hour");
    expect(isCaption("The council voted on the plan, photographed by residents, in 2018 and again this year.")).toBe(false);
  });
});

describe("feedback prompts in other languages, and reporters parted by the enumeration comma", () => {
  it("drops 'Haben Sie einen Fehler gefunden?' and its kin, and names each reporter", () => {
    for (const t of ["Haben Sie einen Fehler im Artikel gefunden?", "Cet article vous a-t-il été utile ?", "¿Has encontrado un error?"]) expect(isBoilerplate(t), t).toBe(true);
    expect(splitNames("林晓峰、陈思远")).toEqual(["林晓峰", "陈思远"]);
    const p = parseArticle(["广州警方破获一起电信诈骗案", "", "新华社广州5月12日电（记者林晓峰、陈思远）记者12日从广州市公安局获悉，广州警方近日破获一起电信网络诈骗案，抓获犯罪嫌疑人30余名。", "",
      "据介绍，该团伙冒充客服人员，以退款为名诱骗受害人转账，涉案金额超过2000万元。"].join("\n"));
    expect(p.author).toBe("林晓峰, 陈思远");
  });
});

describe("skip links, share buttons and cookie notices in more languages", () => {
  it("are furniture", () => {
    for (const t of ["跳至主要內容", "跳到主要内容", "본문 바로가기", "Deel dit artikel", "Artikel teilen", "Partager l’article", "Condividi l'articolo",
      "Wij en onze partners gebruiken cookies en vergelijkbare technieken om de website te verbeteren en advertenties te tonen."]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("本文")).toBe(false);
  });
});

describe("a German page run together, its date in figures glued to the headline", () => {
  it("parts the headline from its stamp and the stamp's 'Uhr' from what follows", () => {
    const p = parseArticle(["Zum Inhalt springenBeispiel RundschauAboE-PaperLoginSucheStartseiteDresdenGörlitzBautzenPolizeiZwei Verletzte bei Kellerbrand in Görlitz – Polizei vermutet Brandstiftung08.02.2020, 11:24 UhrAktualisiert: 08.02.2020, 15:02 UhrLesezeit: 2 Min.Görlitz (dpa/sn) - Bei einem Brand in einem Mehrfamilienhaus in der Görlitzer Innenstadt sind in der Nacht zu Samstag zwei Menschen verletzt worden.Das Feuer war gegen 2.30 Uhr im Keller des Gebäudes ausgebrochen, wie die Polizeidirektion mitteilte."].join("\n"));
    expect(p.title).toBe("Zwei Verletzte bei Kellerbrand in Görlitz – Polizei vermutet Brandstiftung");
    expect(p.date).toBe("2020-02-08");
    expect(p.section).toBeNull();
  });
});

describe("a site's name said twice over its menus, and the headline over the byline", () => {
  it("takes the line over the byline and stamp, not the name", () => {
    const p = parseArticle(["Harbour City Courier", "Harbour City Courier", "SUBSCRIBE", "Log in", "NEWS", "SPORT", "BUSINESS", "ENTERTAINMENT", "LIFESTYLE", "TRAVEL", "OPINION", "PUZZLES",
      "LOCAL", "COURTS", "WEATHER", "Northside",
      "Ferry skipper praised after rescuing two kayakers swept past the breakwater",
      "A ferry crew pulled two men from the water on Sunday after their kayak capsized in a strong outgoing tide.",
      "Jane Roe and John Doe", "3 min read", "March 4, 2024 - 6:12PM", "Comments", "Share",
      "The two men, both in their twenties, had launched from the boat ramp at Example Point shortly after 9am.",
      "Skipper Mark Smith said his deckhand spotted an upturned hull about 200 metres off the breakwater.",
      "“We turned straight round. They had been in the water a good twenty minutes,” he said."].join("\n"));
    expect(p.title).toBe("Ferry skipper praised after rescuing two kayakers swept past the breakwater");
    expect(p.author).toBe("Jane Roe and John Doe");
    expect(p.date).toBe("2024-03-04");
    const q = parseArticle(["Example Valley Gazette", "", "Serving the valley since 1887", "", "Print this page  |  Close window", "", "NEWS", "",
      "Islanders vote to press ahead with bid to buy their estate", "", "by Jane Roe", "", "Friday 7 February 2014", "",
      "Residents have voted overwhelmingly to pursue a community buyout of the estate that covers most of the island.", "",
      "In a ballot organised by the community trust, 142 of the island's 168 voters took part."].join("\n"));
    expect(q.title).toBe("Islanders vote to press ahead with bid to buy their estate");
  });

  it("stops the walk up from the byline at a rule or an outlet's name over the headline", () => {
    const p = parseArticle(["The Example Standard", "Serving the valley and the isles since 1887", "", "Print this page  |  Close window", "", "-".repeat(60), "", "NEWS", "",
      "Islanders vote to press ahead with bid to buy their estate", "", "by Jane Roe", "", "Friday 7 February 2014", "",
      "Residents have voted overwhelmingly to pursue a community buyout of the estate that covers most of the island.", "",
      "In a ballot organised by the community trust, 142 of the island's 168 voters took part."].join("\n"));
    expect(p.title).toBe("Islanders vote to press ahead with bid to buy their estate");
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a site's date strip over its menus, and the story's stamp under them", () => {
  it("takes the headline over the stamp under the menus", () => {
    const p = parseArticle(["The Example Observer", "", "Tuesday, July 03, 2018", "", "E-Paper | Archives | Advertise | Contact", "",
      "  * Home", "  * National", "  * Karachi", "  * Business", "  * Sports", "  * World", "  * Opinion", "",
      "City", "", "Court seeks plan from water board on falling groundwater levels", "", "Staff Reporter", "", "July 02, 2018", "",
      "The High Court on Monday directed the water board to submit a joint plan within four weeks to halt the falling water table.", "",
      "A single bench issued the directions while hearing a petition filed by a group of residents of the old city."].join("\n"));
    expect(p.title).toBe("Court seeks plan from water board on falling groundwater levels");
    expect(p.date).toBe("2018-07-02");
  });
});

describe("captions credited to the writer, to a photographer's employer, with a shoot's credits, or set in brackets whole", () => {
  it("are captions", () => {
    for (const t of ["Cyclists share a painted track on the main road, February 2020. Photo by the author.",
      "A researcher takes a soil core from a ditch near the river. Photo by Jane Roe, University Photo Services.",
      "The singer photographed in Los Angeles. Photo: Jane Roe for Example Daily. Styling: John Doe.",
      "(Foto: De veerboot bij de aanlegsteiger in de haven. © Example Omroep / Jane Roe)"]) expect(isCaption(t), t).toBe(true);
    for (const t of ["The mayor said the photo by the author was taken before the storm hit the town.",
      "(Photo: see page 4)x and more words that keep going after the bracket closes."]) expect(isCaption(t), t).toBe(false);
  });
});

describe("writers named at the ground, over a text-size control, or in a wire's credit over the page's bottom", () => {
  it("reads each writer", () => {
    const story = ["The home side had looked like escaping with a point until a late header settled the match in front of a full stand.", "",
      "The visitors, down to ten men after the break, defended deep and almost held on before the winner came in the 88th minute."];
    const sports = parseArticle(["Late header lifts home side as visitors' title hopes take a hit", "", "Jane Roe at Example Park", "Fri 19 Aug 2022 - 22:31", "", ...story].join("\n"));
    expect(sports.author).toBe("Jane Roe");
    const listing = parseArticle(["Stories in the Health category", "", "By Looking at Example Disease on Friday Dec 29 2017 04:24", "", ...story].join("\n"));
    expect(listing.author).toBeNull();
    const turkish = parseArticle(["Anasayfa > Gündem", "Orman yangını: 3 mahalle tahliye edildi", "Jane Roe / DHA", "Giriş: 14.07.2019 - 11:23", "Paylaş", "Facebook", "Twitter", "Yazı Boyutu",
      "Menderes ilçesinde dün öğleden sonra başlayan orman yangını nedeniyle üç mahalle tahliye edildi, yangına havadan ve karadan müdahale sürüyor.",
      "Yangında iki itfaiye eri dumandan etkilendi ve hastaneye kaldırıldı, durumlarının iyi olduğu bildirildi."].join("\n"));
    expect(turkish.author).toBe("Jane Roe");
    const wire = parseArticle(["Example Energy delays gas tie-back as costs climb", "", "February 11, 2018", "",
      "OSLO, Feb 11 (Reuters) - Example Energy has postponed the start-up of its gas tie-back by at least a year after costs rose.", "",
      "The partners will submit a revised development plan to the ministry, the company said.", "",
      "(Reporting by Jane Roe in Oslo; Editing by John Doe)", "", "Tags: Norway gas Example Energy", "", "_".repeat(60), "",
      "Offshore news before your first coffee. Free, every weekday.", "", "_".repeat(60)].join("\n"));
    expect(wire.author).toBe("Jane Roe");
  });
});

describe("a standfirst between the stamps and the lead photo", () => {
  const story = ["Hundreds of travellers have been stranded in the resort since the road closed on Sunday afternoon, when a storm with gusts of up to 28 metres a second swept across the mountains and buried the pass.", "",
    "The road is closed between the two villages, and trains west of the city have not run since a tree fell across the line late on Sunday night."];
  it("is the summary, not the story's first paragraph", () => {
    const p = parseArticle(["Hundreds stranded as storm shuts mountain road", "Jane Roe", "", "Published 3 February 2025 at 06.30", "",
      "The road may reopen on Tuesday at the earliest. The council has opened a shelter in the sports hall.", "",
      "Snowploughs shuttle along the road near the pass on Sunday evening. Photo: John Doe", "", ...story].join("\n"));
    expect(p.body.startsWith("Hundreds of travellers")).toBe(true);
    expect(p.summary).toBe("The road may reopen on Tuesday at the earliest. The council has opened a shelter in the sports hall.");
  });
  it("stays the story's lead when no photo parts it from the story, or when it is as long as what follows", () => {
    const plain = parseArticle(["Hundreds stranded as storm shuts mountain road", "Jane Roe", "", "Published 3 February 2025 at 06.30", "",
      "The road may reopen on Tuesday at the earliest. The council has opened a shelter in the sports hall.", "", ...story].join("\n"));
    expect(plain.body.startsWith("The road may reopen")).toBe(true);
    const long = parseArticle(["Hundreds stranded as storm shuts mountain road", "Jane Roe", "", "Published 3 February 2025 at 06.30", "", story[0],
      "", "Snowploughs shuttle along the road near the pass on Sunday evening. Photo: John Doe", "", "Trains are expected to run again on Wednesday."].join("\n"));
    expect(long.body.startsWith("Hundreds of travellers")).toBe(true);
    expect(isCaption("Hiện trường vụ sạt lở tại phường An Bình, sáng 16/9. Ảnh: Jane Roe")).toBe(true);
  });
});

describe("a press-release wire's stamp with its zone in words, a release date, and the wire's place", () => {
  it("dates the release and reads the place without the wire's hyphens", () => {
    const p = parseArticle(["Skip to main content", "Example Wire", "Send a Release", "Newsroom", "Industries", "Log In",
      "Example Therapeutics Announces Positive Topline Results from Phase 2 Trial of EX-214",
      "Trial met primary endpoint with 52% of patients responding at Week 16 versus 19% on placebo",
      "June 04, 2024 08:00 AM Eastern Daylight Time",
      "SAN DIEGO--(EXAMPLE WIRE)--Example Therapeutics, Inc. (Nasdaq: EXTX), a clinical-stage biopharmaceutical company, today announced positive topline results from its trial.",
      "The trial enrolled 186 patients across 41 sites in the United States, Canada and Poland, the company said in its statement."].join("\n"));
    expect(p.title).toBe("Example Therapeutics Announces Positive Topline Results from Phase 2 Trial of EX-214");
    expect(p.date).toBe("2024-06-04");
    expect(p.place).toBe("SAN DIEGO");
    expect(readStamp("Release date: March 28, 2025 4:15 PM")?.published).toBe("2025-03-28");
  });
});

describe("a section's path over the headline, under a list of trending headlines", () => {
  it("is no photo credit, and ends the list: the headline under it is the story's", () => {
    const p = parseArticle(["Skip to main content", "The Example Circuit", "Tech", "Reviews", "Science", "Deals", "Newsletters", "Podcasts", "Sign in", "Trending",
      "A phone maker's new lineup leaks in full ahead of next week's event, including a surprise tablet",
      "A tablet's launch is reportedly delayed again as the display supplier struggles with yields",
      "Why your smart thermostat keeps rebooting at 3AM, and the one setting that fixes it",
      "TECH / WEARABLES / BUSINESS", "Example Band maker cuts 40 percent of staff",
      "The fitness tracker startup once valued at $1.2 billion is shutting down its hardware team",
      "By Jane Roe and John Doe", "Jan 17, 2023, 11:05 AM EST", "Share this story",
      "The fitness wearable startup that positioned itself as a cheaper rival to bigger brands is laying off about 40 percent of its workforce, the company said on Tuesday.",
      "The cuts fall mostly on the hardware team, which will be wound down over the next two months as the company turns to software."].join("\n"));
    expect(p.title).toBe("Example Band maker cuts 40 percent of staff");
    expect(creditLine("TECH / WEARABLES / BUSINESS")).toBeNull();
    expect(creditLine("Jane Roe / Example News")).toBe("below");
  });
});

describe("an editor's credit between the writer's byline and the stamp", () => {
  it("keeps the stamp in the byline's cluster", () => {
    const p = parseArticle(["Example Chronicle", "India", "World", "Cities", "Business", "News / India News / Cabinet clears cold-chain push for small farmers",
      "Cabinet clears cold-chain push for small farmers", "The scheme offers up to half the capital cost of solar-powered cold rooms to cooperatives",
      "By Jane Roe", "Edited by John Doe", "Published: Feb 14, 2024, 20:05 IST | Updated: Feb 14, 2024, 23:12 IST", "Read Time: 3 mins",
      "NEW DELHI: The Union Cabinet on Wednesday approved a scheme to build village-level cold storage and pack houses for small farmers across the country.",
      "The scheme will be run through farmers' cooperatives, officials said, and 12,000 units are targeted over five years."].join("\n"));
    expect(p.title).toBe("Cabinet clears cold-chain push for small farmers");
    expect(p.date).toBe("2024-02-14");
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a paywall's cut, and a print paper's 'Also in this week's' box", () => {
  const story = ["The operator filed for insolvency on Monday after talks with its lenders over a rescue package broke down late last week, the company said.", "",
    "A court-appointed administrator will supervise management while the company tries to sell its vessels and keep its routes running through the winter."];
  it("ends the story at the paywall's notice", () => {
    for (const cut of ["Subscribe to continue reading", "Il vous reste 68.42% de cet article à lire. La suite est réservée aux abonnés."]) {
      const p = parseArticle(["Shipping line files for insolvency", "", "March 4, 2024", "", ...story, "", cut, "Example Desk subscribers get unlimited access to news, analysis and market data across all sectors.", "Start your free trial"].join("\n"));
      expect(p.body, cut).not.toContain("unlimited access");
      expect(p.body).toContain("through the winter");
    }
  });
  it("drops the box of other stories in the issue", () => {
    const p = parseArticle(["Shipping line files for insolvency", "", "March 4, 2024", "", ...story, "", "ALSO IN THIS WEEK'S COURIER:", "Planners table solar farm review", "", "The company's ferries will keep sailing on their usual timetable, the administrator said."].join("\n"));
    expect(p.body).not.toContain("solar farm");
    expect(p.body).not.toContain("ALSO IN");
  });
});

describe("a Chinese portal's account links, share bar, position and related links", () => {
  it("are furniture", () => {
    for (const t of ["登录  注册  手机版", "分享到： 微信  微博  QQ空间", "相关阅读：某市今年将新建改造200个体育公园", "上一篇：某地铁路暑运今起启动", "您当前的位置：首页 > 新闻中心 > 国内新闻 > 正文", "字号：大 中 小"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("登录后，市民可以在平台上预约场馆。")).toBe(false);
  });
});

describe("a writer's think-tank job and programme after commas", () => {
  it("names the writer alone", () => {
    const p = parseArticle(["COMMENTARY — AFRICA PROGRAM", "", "The Second Election Was a Test of Institutions, Not Just Candidates", "", "Jane Roe, Senior Fellow, Africa Program", "November 3, 2017", "",
      "When the Supreme Court overturned the result of the August presidential election, citing irregularities in the transmission of results, the decision was hailed across the continent.", "",
      "The rerun two months later told a different story about how much had changed in the institutions that run the vote."].join("\n"));
    expect(p.author).toBe("Jane Roe");
    for (const t of ["Senior Fellow", "Africa Program", "Associate Professor"]) expect(isPersonName(t), t).toBe(false);
  });
});

describe("a newsletter's sign-up form over the page's bottom", () => {
  it("goes with its name and tagline, and the story's last paragraph stays", () => {
    const p = parseArticle(["Example startup cuts 40 percent of staff", "", "By Jane Roe", "Jan 17, 2023, 11:05 AM EST", "",
      "The fitness wearable startup that positioned itself as a cheaper rival to bigger brands is laying off about 40 percent of its workforce.", "",
      "Its subscription business now has more than 900,000 paying members and will be the engine of the company, the chief executive said.", "",
      "The Example Daily", "A free daily digest of the news that matters most.", "Email (required)", "Sign Up", "By submitting your email, you agree to our Terms and Privacy Notice.", "Comments", "86 Comments"].join("\n"));
    expect(p.body).not.toContain("free daily digest");
    expect(p.body).not.toContain("Email (required)");
    expect(p.body).toContain("the engine of the company");
  });
});

describe("a broadcaster's question for its comments under the story, open until a time", () => {
  it("goes, and the story's last paragraph stays", () => {
    const p = parseArticle(["Porokolarit lisääntyivät Lapissa", "", "13.3.2025 klo 12.10", "",
      "Poliisi muistuttaa, että kuljettaja voi itse vähentää riskiä hidastamalla vauhtia ja käyttämällä lisävaloja talvella.", "",
      "Porokolarista on aina ilmoitettava hätänumeroon 112, vaikka eläin olisi kuollut tai jatkanut matkaa metsään.", "",
      "Kuinka kolareita voitaisiin mielestäsi vähentää? Voit keskustella aiheesta 13.3. kello 23:een asti.", "Aiheet", "Lappi"].join("\n"));
    expect(p.body).not.toContain("Voit keskustella");
    expect(p.body).toContain("hätänumeroon 112");
  });
});

describe("a 'Read more' label over other stories' headlines without bullets, set into the story", () => {
  const top = ["Hawker centre to open in new estate", "", "By Jane Roe", "March 4, 2025", "",
    "A new hawker centre with 40 cooked food stalls will open in the estate next year, the agency said on Tuesday.", "",
    "The agency said that in evaluating tenders it will consider price as well as the quality of the food.", ""];
  it("goes with its headlines, and the story goes on under them", () => {
    const p = parseArticle([...top, "Read more", "New hawkers get help with start-up costs as scheme expands", "Why are younger people giving hawker life a go?", "",
      "The centre is one of several announced under the plan to build 20 new hawker centres by 2027."].join("\n"));
    expect(p.body).not.toContain("start-up costs");
    expect(p.body).not.toContain("giving hawker life");
    expect(p.body).toContain("20 new hawker centres");
  });
  it("but a sentence under the label is the story's", () => {
    const p = parseArticle([...top, "Read more", "Stallholders will be chosen by the end of the year, the agency added.", "",
      "The centre is one of several announced under the plan to build 20 new hawker centres by 2027."].join("\n"));
    expect(p.body).toContain("Stallholders will be chosen");
  });
});

describe("a page's question to its readers with its request under the story", () => {
  it("goes: 'Did we miss something? Send us a tip or a correction.'", () => {
    const p = parseArticle(["Homeowners weigh buyout offer after floods", "", "By Jane Roe", "March 4, 2025", "",
      "Property owners who do not sign a letter of intent by March 31 may still be able to join a later round, the city said.", "",
      "\"Whatever I do, I'll probably regret it a little,\" she said. \"That's just where we are.\"", "",
      "Did we miss something? Send us a tip or a correction.", "", "Republish This Story"].join("\n"));
    expect(p.body).not.toContain("Did we miss");
    expect(p.body).toContain("just where we are");
  });
});

describe("a newsletter's sign-up box with a button and no address field", () => {
  const story = ["Harbour extension gets the go-ahead", "", "By Jane Roe", "February 13, 2025", "",
    "A €14m extension to the harbour has been given the go-ahead, in what campaigners described as the end of a long and at times frustrating campaign.", "",
    "Construction is due to begin in the autumn and should take about two years, the harbour board said on Thursday."];
  it("goes with its heading and tagline under the story", () => {
    const p = parseArticle([...story, "", "More in this section", "Bridge works to begin after funding secured", "Show organisers seek new members", "",
      "Sign up to the Example Tidings newsletter", "The week's news from across the county, every Friday.", "Sign up", "", "Most Read", "Teen wins science prize"].join("\n"));
    expect(p.body).not.toContain("every Friday");
    expect(p.body).toContain("about two years");
  });
  it("and the story's own short last line under a list stays when the box names no newsletter", () => {
    const p = parseArticle([...story, "", "Sign up for updates from the harbour board", "The board meets again on March 3.", "Sign up"].join("\n"));
    expect(p.body).toContain("The board meets again on March 3.");
  });
});

describe("a blog theme's meta line: date, writer and comments' count", () => {
  it("names the writer and dates the post", () => {
    expect(readStamp("June 7, 2021 Jane Roe 14 Comments")).toMatchObject({ published: "2021-06-07", authors: ["Jane Roe"] });
    expect(readStamp("June 7, 2021 14 Comments")?.authors).toEqual([]);
    const p = parseArticle(["Government Watch, Local", "County Board Quietly Approves Cell Tower Near Elementary School, Parents Say Nobody Asked Them", "June 7, 2021 Jane Roe 14 Comments",
      "Parents in the neighborhood found out about the new cell tower the same way most people around here find out about anything the county does: after the vote.",
      "The board approved the lease on a consent agenda in May, with no discussion and no public comment, according to the meeting's minutes."].join("\n"));
    expect(p.author).toBe("Jane Roe");
    expect(p.date).toBe("2021-06-07");
  });
});

describe("a post's writer over a day and month without the year, as Substack dates this year's posts", () => {
  const story = ["When the steel plant shut its doors, the pension fund that covered its workers lost the company that paid into it, and nobody told the retirees.", "",
    "I have now read the plan's annual filings for the last ten years, and the hole they describe is far larger than anyone has said in public."];
  it("names the writer on a saved page and in a newsletter sent by mail", () => {
    const page = parseArticle(["The Example Ledger", "", "The mill closed. The pension fund didn't notice.", "How a fabricator's shutdown left a $38 million hole", "", "Jane Roe", "Oct 15", "", "Share", "", ...story].join("\n"));
    expect(page.author).toBe("Jane Roe");
    const mail = parseArticle(["From: The Example Ledger <exampleledger@substack.com>", "Date: Sun, Oct 15, 2023 at 7:02 AM", "Subject: The mill closed. The pension fund didn't notice.", "To: <reader@example.com>", "", "",
      "Forwarded this email? Subscribe here for more", "", "The mill closed. The pension fund didn't notice.", "", "Jane Roe", "Oct 15", "", "READ IN APP", "", ...story, "", "© 2023 Jane Roe", "Unsubscribe"].join("\n"));
    expect(mail.author).toBe("Jane Roe");
  });
});

describe("a Medium post's top: a headline of two title-case sentences, the writer over 'Published in' and the publication", () => {
  it("reads the headline, and the writer rather than the publication", () => {
    const p = parseArticle(["Open in app", "", "Sign up", "", "Sign in", "", "Member-only story", "",
      "Example City Built 40 Kilometres of Cycle Tracks. Then It Parked Cars on Them.", "A year after the city's flagship cycling plan, residents and officials disagree about who gave up first", "",
      "Jane Roe", "Follow", "", "Published in", "Example Cities", "·", "6 min read", "·", "Apr 19, 2020", "", "--", "", "12", "", "Listen", "", "Share", "",
      "On a weekday morning on the main road, the cycle track outside the metro works is doing many things, none of them carrying bicycles.", "",
      "This was not the plan. In 2017 the city adopted a bicycle plan that promised a connected network of tracks within five years."].join("\n"));
    expect(p.title).toBe("Example City Built 40 Kilometres of Cycle Tracks. Then It Parked Cars on Them.");
    expect(p.author).toBe("Jane Roe");
    expect(p.date).toBe("2020-04-19");
  });
});

describe("a wire's dateline opening a paragraph wrapped over several lines", () => {
  it("starts the story, with its place", () => {
    const p = parseArticle(["EXAMPLENEWS.ID", "", "Floods cover the northern coast again, hundreds of homes hit", "", "Examplenews.id - 08/03/2023, 14:20 WIB", "",
      "Penulis Jane Roe | Editor John Doe", "",
      "SURABAYA, Examplenews.id - Banjir rob kembali merendam kawasan pesisir utara", "Surabaya, Jawa Timur, sejak Selasa (7/3/2023) malam. Air laut pasang",
      "menggenangi permukiman di Kecamatan Bulak, Kenjeran, dan Semampir dengan", "ketinggian antara 20 hingga 60 sentimeter.", "",
      "Berdasarkan data Badan Penanggulangan Bencana Daerah, sedikitnya 430 rumah", "terdampak genangan. Belum ada laporan korban jiwa."].join("\n"));
    expect(p.place).toBe("SURABAYA");
    expect(p.body.startsWith("Banjir rob kembali")).toBe(true);
  });
});

describe("a city's release: its date between the headline's two copies, and a last paragraph naming a service 'Notify Me'", () => {
  it("dates the release and keeps the paragraph", () => {
    const p = parseArticle(["Example City, Minnesota", "Government", "Departments", "Residents", "Home", "News Flash", "Posted on: October 14, 2025",
      "City Council Approves $12.4 Million Lakewalk Repair Plan After Storm Damage", "FOR IMMEDIATE RELEASE", "October 14, 2025", "Contact:", "Jane Roe, Communications Manager", "218-555-0100 | jroe@example.gov", "",
      "City Council Approves $12.4 Million Lakewalk Repair Plan After Storm Damage", "Work on the most heavily damaged sections to begin in spring 2026", "",
      "EXAMPLE CITY, Minn. — The City Council on Monday evening voted 8-1 to approve a $12.4 million plan to repair sections of the lakewalk damaged in last year's storms.", "",
      "Construction bids will be solicited this winter, and work is expected to begin in April 2026, weather permitting.", "",
      "Residents can view the full plan on the City's website and sign up for construction updates through Notify Me.", "",
      "About the City of Example", "Example City is home to more than 86,000 residents.", "", "###", "",
      "Other News in Mayor's Office & City Council News", "Public Input Sought on 2026 Street Improvement Program", "Posted on: October 10, 2025"].join("\n"));
    expect(p.date).toBe("2025-10-14");
    expect(p.body).toContain("through Notify Me.");
  });
});

describe("a consent framework's notice and its buttons over the page", () => {
  it("are furniture, and the headline is the story's", () => {
    for (const t of ["We value your privacy", "MORE OPTIONS", "AGREE", "Manage consent",
      "We and our 143 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised ads and content, ad and content measurement, and audience insights, as well as to develop and improve products.",
      "With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above."]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("We and our partners in the coalition will keep pressing the council for a vote, she said.")).toBe(false);
  });
});

describe("a newsletter's top story: its headline over a standfirst that reads as one", () => {
  it("takes the shorter line over the standfirst for the headline", () => {
    const p = parseArticle(["From: The Example Brief <brief@example.co.nz>", "Subject: Morning Brief: planting begins in the red zone", "Date: Mon, 19 Feb 2024 06:00:00 +1300", "",
      "Kia ora, and good morning.", "", "Today: the first of thousands of native plants go into the ground, and overnight closures on the motorway.", "",
      "-".repeat(60), "TOP STORY", "-".repeat(60), "",
      "First wetland planting under way in the red zone", "", "Volunteers mark the start of a five-year project to turn former residential land into a flood-absorbing wetland", "",
      "By Jane Roe", "Published 19 February 2024, 5:12pm", "",
      "More than 200 volunteers turned out in light drizzle on Monday to plant the first 6,000 native sedges and flaxes along the river corridor.", "",
      "The land, once home to more than 300 houses, was cleared after the earthquakes and has stood empty for more than a decade.", "",
      "-".repeat(60), "ALSO TODAY", "-".repeat(60), "", "Motorway closures: the northern motorway will close overnight from Tuesday.", "",
      "You are receiving this because you subscribed. Unsubscribe"].join("\n"));
    expect(p.title).toBe("First wetland planting under way in the red zone");
    expect(p.author).toBe("Jane Roe");
  });
  it("takes the headline over a writer's line that names the story and its photos, not the issue's subject", () => {
    const p = parseArticle(["From: Example County Farm Bureau <news@example.org>", "Subject: Field Notes | July 2021: Hay stocks tight, fair entries due", "Date: July 8, 2021 at 7:02:15 AM CDT", "",
      "View this email in your browser <https://example.org/field-notes-july-2021>", "", "EXAMPLE COUNTY FARM BUREAU", "FIELD NOTES", "Member Newsletter | Volume 14, Issue 7 | July 2021", "", "IN THIS ISSUE", "* Hay Stocks Tight as Dry Spell Stretches Into Fourth Week",
      "* County fair entry deadline is July 16", "", "=".repeat(60), "", "COVER STORY", "", "Hay Stocks Tight as Dry Spell Stretches Into Fourth Week", "",
      "Story by Glen Hartwig | Photos by Anne Pfeifer", "",
      "Dale Fenske has cut hay on the same quarter section west of Mount Hope for 31 years, and he says this is the first July he has gone looking to buy instead of sell.", "",
      "\"First cutting was decent, maybe a little light,\" Fenske said. \"Second cutting just isn't coming. You can't grow grass on eight-tenths of an inch.\"", "",
      "Members reported paying $85 to $100 a ton for good-quality grass hay delivered in the area, up from roughly $65 last summer."].join("\n"));
    expect([p.title, p.author, p.date]).toEqual(["Hay Stocks Tight as Dry Spell Stretches Into Fourth Week", "Glen Hartwig", "2021-07-08"]);
  });
  it("reads a newsletter mailed with Spanish headers, its headline over a standfirst of prose over the byline", () => {
    const p = parseArticle(["De: La Voz de Ejemplo <newsletter@example.com.ar>", "Fecha: miércoles, 28 de julio de 2021, 07:00", "Para: <lector@example.com>",
      "Asunto: ☀️ El Resumen de la Mañana | La bajante obliga a los buques a cargar menos", "", "¿No ves bien este correo? Abrilo en tu navegador", "",
      "LA VOZ DE EJEMPLO", "EL RESUMEN DE LA MAÑANA", "", "¡Buen día! Estas son las noticias que tenés que saber para arrancar el miércoles.", "", "━".repeat(30), "", "LA NOTA DEL DÍA", "",
      "La bajante del Paraná obliga a los buques a salir del Gran Rosario con menos carga", "",
      "Con el río a 19 centímetros en el hidrómetro local, las terminales despachan barcos con hasta un 25% menos de granos.", "", "Por Martina Gorostiaga", "",
      "La histórica bajante del río Paraná ya se siente de lleno en los puertos del Gran Rosario, desde donde sale la mayor parte de las exportaciones del país.", "",
      "\"Un barco que en condiciones normales sale con 60.000 toneladas hoy está saliendo con 45.000\", explicó un gerente de operaciones de una agencia marítima.", "",
      "Recibís este correo porque te suscribiste en example.com.ar."].join("\n"));
    expect([p.title, p.author, p.date]).toEqual(["La bajante del Paraná obliga a los buques a salir del Gran Rosario con menos carga", "Martina Gorostiaga", "2021-07-28"]);
    expect(p.body).toMatch(/^La histórica bajante/);
  });
});

describe("stamps: a month dotted first, cells parted by tabs, an update run on after a time zone", () => {
  it("reads each", () => {
    expect(findDate("3.14.2022")?.date).toBe("2022-03-14");
    expect(findDate("14.3.2022")?.date).toBe("2022-03-14");
    expect(readStamp("POLICY | 3.14.2022 9:00 AM")?.published).toBe("2022-03-14");
    expect(readStamp("Jane Roe\tApril 9, 2018\t6 Comments")).toMatchObject({ published: "2018-04-09", authors: ["Jane Roe"] });
    expect(readStamp("Oct 3, 2022, 5:45am PDT Updated Oct 4, 2022, 11:02am PDT")).toMatchObject({ published: "2022-10-03", updated: "2022-10-04" });
  });
});

describe("a date strip over a ticker's teasers and the menus, the story's byline further down", () => {
  it("takes the headline over the byline, not a teaser", () => {
    const p = parseArticle(["Skip to content", "Monday, April 16, 2018", "Latest:", "State auditor declines to review the sanitary authority's books",
      "Three council members skipped every budget hearing in 2017", "Who owns the shuttered rail yard? Nobody will say.", "The Example Dispatch", "Independent news for people who read the fine print", "",
      "Home", "News", "Accountability", "Environment", "Local Politics", "Podcast", "Donate",
      "Accountability County News", "County Paid $1.4 Million for a Water Study Nobody Can Find", "Jane Roe\tApril 9, 2018\t6 Comments", "",
      "For nearly three years, county commissioners have pointed to a regional water-quality study as the reason for delaying the treatment plant.", "",
      "Records obtained through a Right-to-Know request show the county has paid $1.4 million for the study, which no one can produce."].join("\n"));
    expect(p.title).toBe("County Paid $1.4 Million for a Water Study Nobody Can Find");
    expect(p.date).toBe("2018-04-09");
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a reviewer's credit with credentials, and a date between the standfirst and the lead photo", () => {
  it("keeps the stamp under the reviewer's credit in the byline's cluster", () => {
    const p = parseArticle(["Home / News / Regulation", "State Board Moves to Rein In IV Vitamin Drips at Med Spas", "Proposed rules would require a physician exam before every infusion",
      "Written by Jane Roe", "Medically reviewed by John Doe, ND", "Updated on February 8, 2024", "Published on February 6, 2024", "5 min read",
      "If you've ever stopped into a strip-mall drip bar for a vitamin infusion, that experience may soon change under rules the state board proposed on Friday.",
      "The board voted to publish rules that would require an exam by a physician before every infusion given at a med spa."].join("\n"));
    expect(p.date).toBe("2024-02-06");
    expect(p.author).toBe("Jane Roe");
  });
  it("dates the story from a date set between the standfirst and the photo", () => {
    const p = parseArticle(["Ferry line to drop two island routes as crew shortage bites", "", "by Jane Roe · 5 min read", "",
      "The operator says it will end sailings to two islands on Dec. 1.", "", "Sept. 26, 2022", "", "A ferry at the harbour pier in 2021. Photo: John Doe", "",
      "The operator, which runs six routes from the harbour, will end service to the two smaller islands on Dec. 1, it told the regulator on Friday, citing a shortage of licensed crew.", "",
      "The islands' councils said they had not been consulted and would ask the regulator to require a replacement service."].join("\n"));
    expect(p.date).toBe("2022-09-26");
    expect(p.body.startsWith("The operator, which runs")).toBe(true);
  });
});

describe("a blog's skip links, a search box's label, a logo's placeholder, a Chinese print page's buttons, and a title-case headline", () => {
  it("are furniture, and the headline no menu", () => {
    for (const t of ["skip to main | skip to sidebar", "Search the web", "[logo] THE EXAMPLE REPORT", "打印本页 | 关闭窗口"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Search the web for answers to the tax question")).toBe(false);
    expect(isMenuLine("Range Owners Say County Noise Rule Could Close Three Ranges Near Town")).toBe(false);
    expect(isMenuLine("Home News Sport Business Politics Health Education Science Technology Entertainment")).toBe(true);
    const p = parseArticle(["[logo] THE EXAMPLE REPORT", "", "Home  News  Legislation  Courts  Gear  Podcast  Store", "", "NEWS > LOCAL", "",
      "Range Owners Say County Noise Rule Could Close Three Ranges Near Town", "", "Jane Roe | May 22, 2023", "", "41 Comments", "",
      "Owners of three outdoor shooting ranges in the county say a noise ordinance headed for a final vote next month would force them to close.", "",
      "The ordinance, approved on first reading in April, would cap noise at the property line of any range."].join("\n"));
    expect(p.title).toBe("Range Owners Say County Noise Rule Could Close Three Ranges Near Town");
  });
});

describe("a stamp's date in figures as a part of its own, its figures parted by middle dots", () => {
  it("dates the story", () => {
    expect(readStamp("Zaragoza | 12·02·19 | 13:47")?.published).toBe("2019-02-12");
    expect(readStamp("Zaragoza | 12.02.19 | 13:47")?.published).toBe("2019-02-12");
    expect(readStamp("Page 1 | 3 | 14")).toBeNull();
  });
});

describe("a Portuguese or Spanish outlet named after the writer in a byline", () => {
  it("is no second writer", () => {
    for (const t of ["Correio Paulista", "Folha do Norte", "El Periódico del Ebro", "La Voz de Example"]) expect(isOutlet(t), t).toBe(true);
    const p = parseArticle(["Campinas abre 1,2 mil vagas em cursos gratuitos de qualificação", "", "Por Jane Roe, Correio Paulista — Campinas", "15/08/2022 06h00", "",
      "A Prefeitura de Campinas abriu nesta segunda-feira as inscrições para 1,2 mil vagas em cursos gratuitos de qualificação profissional.", "",
      "As aulas começam em setembro e são oferecidas em quatro regiões da cidade, segundo a secretaria."].join("\n"));
    expect(p.author).toBe("Jane Roe");
  });
});

describe("a caption whose credit names the outlet in quotation marks", () => {
  it("is a caption", () => {
    expect(isCaption("Коммунальный мост через Каму. Фото: Jane Roe / «Пример обозреватель»")).toBe(true);
    expect(isCaption("The bridge over the river. Photo: Jane Roe / \u201cExample Observer\u201d")).toBe(true);
  });
});

describe("a crime blog's standing notice, a text-alerts offer, a regional pointer and a follow prompt after the story", () => {
  it("are furniture; a release's own presumption of innocence and a sentence about charges stay", () => {
    for (const t of ["Charges are allegations. All suspects are presumed innocent until proven guilty in a court of law.", "Get results alerts for Nebraska by text",
      "Text NEBRASKA to 55500. Msg & data rates may apply.", "Veja mais notícias da região no g1 Campinas."]) expect(isBoilerplate(t), t).toBe(true);
    expect(isEndMarker("Cet article vous a été utile ? Sachez que vous pouvez suivre L'Écho dans l'espace Mon Actu.")).toBe(true);
    for (const t of ["All suspects are presumed innocent until proven guilty in a court of law.", "Charges are allegations, the judge reminded the jury before the trial resumed on Monday."]) expect(isBoilerplate(t), t).toBe(false);
  });
});

describe("a printed page's foot, a newsroom's pitch for members, and a desk signing a post", () => {
  it("end the story or name no writer", () => {
    expect(isEndMarker("This article was printed from the Example Packet website.")).toBe(true);
    expect(isEndMarker("Registered office: 12 Chapel Street, Exampleton EX1 4AQ.")).toBe(true);
    expect(isBoilerplate("Example Current is an independent, member-supported newsroom covering Ottawa. Become a member today.")).toBe(true);
    expect(isBoilerplate("KXMP is listener-supported community radio serving the valley. Support local news by becoming a member today.")).toBe(true);
    expect(isBoilerplate("The station is listener-supported community radio, and it has never run a deficit, the board said.")).toBe(false);
    expect(isBoilerplate("The Example Review is an independent publication, the minister said, and he would not comment on it.")).toBe(false);
    expect(readStamp("Posted on March 5, 2021 by Example Wire Desk")?.authors).toEqual([]);
    expect(readStamp("Posted on March 5, 2021 by Jane Roe")?.authors).toEqual(["Jane Roe"]);
  });
});

describe("guards found in review: menus with verbs of their own, words that begin like months, short story lines over a form's field", () => {
  it("keeps each reading", () => {
    expect(isMenuLine("Home News Sport Business Get Involved Take Action Events Jobs Contact")).toBe(true);
    const p = parseArticle(["Example Daily", "", "Junction 12 closed overnight as crews repair the bridge deck", "", "Jane Roe", "Junction 12", "",
      "The junction will close from 8pm on Friday until 6am on Monday while crews repair the bridge deck over the railway line.", "",
      "Drivers are advised to use the signed diversion through the town centre, which will add about ten minutes to journeys."].join("\n"));
    expect(p.author).toBeNull();
    const q = parseArticle(["Council backs new library hours", "", "By Jane Roe", "March 4, 2024", "",
      "The council voted on Tuesday to keep the central library open until 8pm on weekdays, reversing cuts made two years ago after a long campaign by readers and staff.",
      "Readers can sign up online.", "It opens at nine.", "Email:", "",
      "The new hours start in April, and the council will review them after a year."].join("\n"));
    expect(q.body).toContain("Readers can sign up online.");
  });
});

describe("a site's name said again on the byline's line, right over the stamps", () => {
  it("takes the headline over it, and the writer without a closing full stop", () => {
    const p = parseArticle(["   [1]Aller au contenu principal", "", "   [2]L'Écho de l'Exemple", "", "     * [3]Actualité", "     * [4]Bretagne", "     * [5]Sport", "     * [6]Faits divers", "",
      "   [7]Bretagne > [8]Lorient", "", "   Disparition inquiétante : la gendarmerie lance un appel à témoins", "",
      "   La gendarmerie recherche une femme de 52 ans qui n'a plus donné signe de vie depuis mardi.", "",
      "   L'Écho de l'Exemple   Jane Roe.", "   Publié le 16/02/2024 à 11h45", "",
      "   La gendarmerie lance un appel à témoins après la disparition inquiétante d'une femme de 52 ans, près de Lorient, mardi en fin d'après-midi.", "",
      "   Elle a été vue pour la dernière fois vers 17 h 30 sur le parking d'un supermarché, selon les enquêteurs."].join("\n"));
    expect(p.title).toBe("Disparition inquiétante : la gendarmerie lance un appel à témoins");
    expect(p.author).toBe("Jane Roe");
  });
});

describe("comment moderation's notice in Portuguese, a Turkish follow button, a German newsletter's tagline", () => {
  it("are furniture, and a sentence about something sent free by post is not", () => {
    for (const t of ["Os comentários estão sujeitos a moderação.", "Google News'te Takip EtPaylaş", "Alles, was heute wichtig war – kostenlos per Mail, von Montag bis Freitag."]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("Die Stadt verteilt die Broschüre kostenlos per Post an alle Haushalte.")).toBe(false);
  });
});

describe("a place after a preposition closing a run-together page's headline", () => {
  it("is no byline run onto it", () => {
    const p = parseArticle(["Skip to main contentExample News AtlanticWatch LiveLocal NewsHalifaxWeatherSearchSign InAtlanticBody of missing kayaker recovered off N.S. South ShorePublished Sunday, July 21, 2024 1:12PM ADTShare:FacebookXEmailHALIFAX — Searchers have recovered the body of a 34-year-old kayaker who went missing off the South Shore on Friday, RCMP said Sunday. The man set out alone from a beach late Friday morning and was reported missing that evening, police said in a news release."].join("\n"));
    expect(p.author).toBeNull();
    expect(p.title).toBe("Body of missing kayaker recovered off N.S. South Shore");
  });
});

describe("a brief hard-wrapped too short for its wrapping to be undone, a rule between its tags and a widget's teaser", () => {
  it("keeps the first paragraph's lines that end mid-sentence; the rule is layout, the widget's heading and teaser go with it", () => {
    const p = parseArticle(["Example 7 News", "", "Water main break floods streets near the market", "", "By Jane Roe • Published July 22, 2019", "",
      ...wrap("A water main burst beneath a busy intersection early Monday, sending water down several blocks and leaving hundreds of homes and businesses without service for most of the day."), "",
      ...wrap("Residents queued at a water truck parked outside the school, and the city opened two cooling centres for people without service, officials said on Monday afternoon."), "",
      ...wrap("Crews shut off the main by mid-morning and expected to finish repairs overnight, a spokeswoman for the water department said, adding that the pipe dated to the 1890s."), "",
      "   This article tags: Market District Water Main Break", "",
      "     __________________________________________________________________", "",
      "   Weather Forecast", "   Storms possible Tuesday evening as heat builds"].join("\n"));
    expect(p.body.startsWith("A water main burst beneath a busy intersection early Monday")).toBe(true);
    expect(p.body.trimEnd().endsWith("pipe dated to the 1890s.")).toBe(true);
    expect(p.body).not.toContain("Storms possible");
  });
});

describe("a sidebar drawn as a box inside the story, and a page wrapped by hand a word short of its width", () => {
  const para = (s: string) => wrap(s, 79, "");
  const page = [
    "Example Bulletin", "", "News › Causeway Coast", "", "Passing bay plans spark row over coast road", "", "Jane Roe", "", "November 15 2018 02:30 PM", "",
    ...para("Plans to create a series of passing bays along the single-track coast road have divided residents, with some warning the work would strip one of the region's most celebrated drives of its character."), "",
    ...para("Council officers told the committee on Tuesday that coach and camper van numbers had more than doubled in five years, forcing motorists to reverse for long distances on steep slopes."), "",
    "\"Farmers cannot get a tractor to their own fields some days in July,\" said the",
    "committee's chair, Jane Roe. \"Doing nothing is no option any more, and we",
    "have waited long enough for the department to act.\"", "",
    "  ┌─────────────────────────────────────────────────────────────────┐",
    "  │ Read more                                                       │",
    "  │ Harbour ferry timetable cut for winter amid staff shortage      │",
    "  └─────────────────────────────────────────────────────────────────┘", "",
    ...para("But a group of residents told councillors that widening sections of the road risked turning it into a racetrack and would invite more traffic, not less, in the busiest weeks of summer."), "",
    ...para("The committee agreed to open a twelve-week public consultation on the proposals, which would also look at a seasonal limit on long vehicles. A decision is expected in the spring."),
  ].join("\n");
  it("drops the box and joins the hand-wrapped sentence's lines", () => {
    const p = parseArticle(page);
    expect(p.body).not.toContain("Harbour ferry timetable");
    expect(p.body).toContain("any more, and we have waited long enough");
    expect(p.body).toContain("But a group of residents");
  });
  it("keeps a box that holds more than a sidebar's words", () => {
    const long = Array.from({ length: 30 }, () => "  │ The consultation will hear from residents, farmers, hauliers and bus firms alike. │");
    const p = parseArticle(page.replace("  │ Read more                                                       │", long.join("\n")));
    expect(p.body).toContain("The consultation will hear from residents");
  });
});

describe("a list's bulleted items and a post's links to the one before and after it, over the byline", () => {
  it("are no headline: the headline over them is", () => {
    const story = ["", "The council voted on Tuesday to charge boaters who live outside the town forty dollars a launch, saying the fee would pay for inspections of hulls.", "",
      "Marina users said the fee was a cash grab and promised to ask the province to overturn it before the season opens in May."];
    const p = parseArticle(["Example Courier", "", "Home » Local", "", "Town to charge non-residents $40 to launch boats on the lake", "",
      "Council says the fee will pay for inspections to keep mussels out", "", "Related stories", "",
      "  • Invasive mussels found in a lake tributary, ministry confirms", "  • Conservation group marks 50 years on the lake", "  • Town budget 2016: taxes to rise 1.9 per cent", "",
      "By Jane Roe", "Tuesday, April 5, 2016", ...story].join("\n"));
    expect(p.title).toBe("Town to charge non-residents $40 to launch boats on the lake");
    const q = parseArticle(["Example Crime Blog", "", "Search for:", "", "----------------------------------------", "",
      "« Previous: County deputies seize 3 pounds of meth in traffic stop", "Next: Teen charged in gas station robbery »", "",
      "Three charged in string of catalytic converter thefts across the west side", "",
      "Posted by Jane Roe on October 22, 2013 at 2:17 pm in Arrests, Theft | 3 Comments", ...story].join("\n"));
    expect(q.title).toBe("Three charged in string of catalytic converter thefts across the west side");
    for (const t of ["« Previous: County deputies seize 3 pounds of meth", "Previous article", "Artículo anterior: El alcalde inaugura el puente"]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ["Next stop for the council is a vote on the budget in March, officials said.", "Previous governments had promised the same thing, she said."]) expect(isBoilerplate(t), t).toBe(false);
  });
});

describe("links given as their address in angle brackets after their text, and a release's organisation under 'News provided by'", () => {
  it("reads the page under the addresses; the organisation is no writer, the release's status no headline", () => {
    for (const org of ["Larkspur Grid Analytics", "Larkspur Outdoor Co."]) {
    const p = parseArticle(["Example Wire <https://www.example.com/>", "", "  * News <https://www.example.com/news/>", "  * Products <https://www.example.com/products/>", "  * Contact <https://www.example.com/contact/>", "",
      "News Releases <https://www.example.com/news/> > Retail <https://www.example.com/news/retail/> > Sporting Goods", "",
      "Larkspur Outdoor Co. Opens Employee-Owned Distribution Center in Commerce City", "", "The 312,000-square-foot facility adds 180 jobs; workers will hold a stake", "",
      "NEWS PROVIDED BY", `${org} <https://www.example.com/news/larkspur/>`, "May 10, 2022, 08:00 ET", "", "Share this article",
      "Facebook <https://www.facebook.com/sharer/sharer.php?u=x> Twitter <https://twitter.com/intent/tweet?url=x> Email", "", "FOR IMMEDIATE RELEASE", "",
      "DENVER, May 10, 2022 /Example Wire/ -- Larkspur Outdoor Co., the Denver-based maker of backpacks and tents, today opened a distribution center in Commerce City and announced that its workers will become part-owners of the company.", "",
      "The center replaces two leased warehouses and is expected to employ about 180 people by the end of the year, the company said in a statement on Tuesday."].join("\n"));
    expect(p.title).toBe("Larkspur Outdoor Co. Opens Employee-Owned Distribution Center in Commerce City");
    expect(p.author).toBeNull();
    expect(p.date).toBe("2022-05-10");
    expect(p.body).not.toContain("https://");
    }
    for (const t of ["Larkspur Outdoor Co.", "Example Holdings plc"]) expect(isPersonName(t), t).toBe(false);
    const q = parseArticle(["Example Wire", "", "Search", "", "Larkspur Gear Opens Employee-Owned Warehouse in Commerce City", "", "May 10, 2022, 08:00 ET", "", "FOR IMMEDIATE RELEASE", "",
      "DENVER, May 10, 2022 /Example Wire/ -- Larkspur Gear, the Denver-based maker of backpacks and tents, today opened a distribution center in Commerce City and announced that its workers will become part-owners of the company.", "",
      "The center replaces two leased warehouses and is expected to employ about 180 people by the end of the year, the company said in a statement on Tuesday."].join("\n"));
    expect(q.title).toBe("Larkspur Gear Opens Employee-Owned Warehouse in Commerce City");
  });
});

describe("a Korean page: the reporter's byline with the job after the name, and an agency's dateline with place, agency and reporter", () => {
  it("reads the writer, the place and the headline", () => {
    expect(readDateline("(부산=예시뉴스) 김민준 기자 = 부산 광안대교 상판이 이달 말 개방된다.")).toMatchObject({ place: "부산", agency: "예시뉴스", author: "김민준" });
    expect(readDateline("【서울=예시통신】홍길동 이순신 기자 = 정부가 13일 발표했다.")).toMatchObject({ place: "서울", author: "홍길동, 이순신" });
    const p = parseArticle(["예시뉴스", "", "  • 정치", "  • 경제", "  • 사회", "  • 전국", "", "홈 > 전국 > 부산·울산·경남", "", "부산 해수욕장 6월 1일 부분 개장…올해도 사전예약제 운영", "",
      "해운대·송정 먼저 문 열어…7월 1일부터 7곳 전면 개장", "야간 음주·취식 금지 행정명령 유지", "",
      "김민지 기자   입력 2021.05.13 14:22   수정 2021.05.13 16:05", "", "댓글 3   공유   인쇄", "",
      "(부산=예시뉴스) 김민지 기자 = 부산 해운대와 송정 해수욕장이 다음 달 1일 부분 개장한다. 부산시는 13일 시청에서 해수욕장 운영 대책 회의를 열고 올해도 방역 관리를 강화하기로 했다고 밝혔다.", "",
      "시에 따르면 해운대와 송정 해수욕장은 6월 1일부터 30일까지 부분 개장해 오전 9시부터 오후 6시까지 입욕이 허용된다. 이 기간에는 파라솔 등 피서용품 대여는 운영하지 않는다."].join("\n"));
    expect(p.title).toBe("부산 해수욕장 6월 1일 부분 개장…올해도 사전예약제 운영");
    expect(p.author).toBe("김민지");
    expect(p.place).toBe("부산");
    expect(p.date).toBe("2021-05-13");
    expect(p.body.startsWith("부산 해운대와 송정 해수욕장이")).toBe(true);
  });
});

describe("an Arabic page: the Levant's month names, a weekday before the date, 'كتبت:' before the writer, a photo credit in brackets", () => {
  it("reads the date, the writer and the headline over the caption", () => {
    expect(findDate("الأحد 26 كانون الثاني 2020 - 11:45 ص")?.date).toBe("2020-01-26");
    expect(findDate("3 تشرين الأول 2019")?.date).toBe("2019-10-03");
    expect(readStamp("الأحد 26 كانون الثاني 2020 - 11:45 ص")?.published).toBe("2020-01-26");
    for (const t of ["آليات البلدية خلال تجهيزات سابقة لموسم الشتاء (تصوير: جين رو)", "해수욕장 모습 (사진: 홍길동)"]) expect(isCaption(t), t).toBe(true);
    const p = parseArticle(["الشرق المثال", "", "الرئيسية", "محليات", "اقتصاد", "رياضة", "", "البلدية ترفع حالة الطوارئ إلى القصوى استعداداً لمنخفض جوي قطبي", "كتبت: رنا الخطيب",
      "الأحد 26 كانون الثاني 2020 - 11:45 ص", "مشاركة", "فيسبوك", "تويتر", "آليات البلدية خلال تجهيزات سابقة لموسم الشتاء (تصوير: خالد العمري)",
      "أعلنت البلدية رفع حالة الطوارئ إلى الدرجة القصوى اعتباراً من صباح الاثنين، استعداداً لتأثر المملكة بمنخفض جوي قطبي يتوقع أن يجلب أمطاراً غزيرة وثلوجاً على المرتفعات الجبلية.",
      "وقال مدير إدارة الأشغال إن البلدية جهزت نحو 650 آلية و3 آلاف موظف من مختلف الاختصاصات للتعامل مع أي طارئ، إضافة إلى تجهيز 12 ألف طن من الملح وتوزيعها على المناطق المرتفعة."].join("\n"));
    expect(p.title).toBe("البلدية ترفع حالة الطوارئ إلى القصوى استعداداً لمنخفض جوي قطبي");
    expect(p.date).toBe("2020-01-26");
    expect(p.author).toBe("رنا الخطيب");
  });
});

describe("guards found in review: a Korean job after the name, an embargo in a headline, a previous figure, an Arabic comma after the weekday", () => {
  it("keeps each reading", () => {
    expect(readDateline("(서울=예시뉴스) 홍길동 선임기자 = 정부가 13일 발표했다.")).toMatchObject({ place: "서울", author: "홍길동" });
    expect(readDateline("(서울=예시뉴스) 경제부 기자 = 정부가 13일 발표했다.")?.author).toBeUndefined();
    for (const t of ["Embargoed Russian oil tanker seized off Norway", "Sperrfrist für Mieterhöhungen soll verlängert werden"]) expect(RELEASE_STATUS.test(t), t).toBe(false);
    expect(RELEASE_STATUS.test("EMBARGOED UNTIL 00:01 GMT 5 MAY")).toBe(true);
    for (const t of ["Previous: 0.2%", "Next: the council votes in March."]) expect(isBoilerplate(t), t).toBe(false);
    expect(isCaption("وقال إن النص (صورة طبق الأصل عن اتفاق 2015).")).toBe(false);
    expect(readStamp("الأحد، 26 كانون الثاني 2020")?.published).toBe("2020-01-26");
  });
});

describe("a release page: a row of bracketed buttons and a breadcrumb over the release's date, the headline under its contacts", () => {
  it("takes the headline under the stamp, not the buttons nor the trail", () => {
    const story = ["", "GENEVA — Extreme heat is emerging as one of the most serious health risks for people living in refugee camps, according to a report released today by the alliance.", "",
      "The report draws on temperature sensors installed in 240 shelters and on clinic records from five camps, and calls for shade, water and cooling centres."];
    const p = parseArticle(["Skip to content", "", "Example Health Alliance", "", "About us    What we do    Where we work    Publications    Newsroom", "",
      "                                                    [English ▾]  [DONATE]", "", "Home > Newsroom > Press releases", "", "PRESS RELEASE                                                  20 June 2023", "",
      "Heat is becoming a leading health threat in refugee camps, new report finds", "", "Story by Jane Roe", ...story].join("\n"));
    expect(p.title).toBe("Heat is becoming a leading health threat in refugee camps, new report finds");
    const q = parseArticle(["Example Department of Environment", "https://www.example.gov/newsroom/press-releases/2021/11/15/grants", "", "Print this page     Close window", "",
      "Example Newsroom > Press Releases", "", "Press Release", "", "Nov. 15, 2021", "", "Media Contact: Jane Roe, Public Information Officer, 517-555-0182", "",
      "Department awards $14.6 million to replace lead service lines in six communities", "", ...story.slice(1)].join("\n"));
    expect(q.title).toBe("Department awards $14.6 million to replace lead service lines in six communities");
    expect(isBoilerplate("[English ▾]  [DONATE]")).toBe(true);
    expect(isBoilerplate("[1] [2]")).toBe(false);
  });
});

describe("a pull quote that repeats sentences of an answer far above it, and a timeline set into the story", () => {
  const answer = "Roe: I expected to be cold, and I was. I was a second-year student, and my job was mostly to carry things. I remember thinking the ice looked permanent in a way nothing else on Earth does. That was the wrong lesson.";
  const filler = (n: number) => `Question ${n}: What did the season after that one teach you about the work, and about the people who do it?`;
  const reply = (n: number) => `Roe: Season ${n} taught me patience. We spent weeks waiting for the weather to clear, and most of what we learned came from talking to the people who had been there before us.`;
  it("drops the quotation the story says word for word, and the timeline under its heading", () => {
    const p = parseArticle(["Example Quarterly", "", "Forty years on the ice", "", "By Jane Roe", "March 3, 2021", "",
      filler(1), "", answer, "", filler(2), "", reply(2), "", filler(3), "", reply(3), "",
      "“I expected to be cold, and I was. I remember thinking the ice looked permanent in a way nothing else on Earth does.”", "",
      filler(4), "", reply(4), "", "TIMELINE: Forty years of fieldwork", "", "1990 — First season on the ice sheet.", "1998 — Leads the camp for the first time.", "2011 — Station moves inland after the melt.", "",
      filler(5), "", reply(5)].join("\n"));
    expect(p.body).not.toContain("“I expected");
    expect(p.body).toContain(answer);
    expect(p.body).not.toContain("First season on the ice sheet");
    expect(p.body).toContain(reply(5));
  });
  it("keeps a quotation the story introduces again", () => {
    const p = parseArticle(["Example Quarterly", "", "Forty years on the ice", "", "By Jane Roe", "March 3, 2021", "",
      filler(1), "", answer, "", filler(2), "", reply(2), "", "Her words still hold true:", "",
      "“I expected to be cold, and I was. I remember thinking the ice looked permanent in a way nothing else on Earth does.”", "", reply(3)].join("\n"));
    expect(p.body).toContain("“I expected");
  });
});

describe("a public radio station's byline after its call letters and a bar, and a note that the story ran with a partner", () => {
  it("names the writer; the note is furniture", () => {
    const p = parseArticle(["Example Public Radio", "", "Health", "Rural ambulance services ask lawmakers for help as volunteer ranks thin", "KXMP | By Jane Roe", "Published March 2, 2024 at 5:14 PM CST", "",
      "Emergency medical services in much of the western prairie depend on volunteers, and the people who run those services told lawmakers this week that there are not enough of them.", "",
      "Testifying before the Senate committee on Thursday, ambulance directors from seven counties described crews that routinely go without sleep."].join("\n"));
    expect(p.author).toBe("Jane Roe");
    expect(isBoilerplate("WATCH | Police say the driver fled the scene")).toBe(true);
    for (const t of ["This story was co-published with the Example Sentinel.", "This article was produced in partnership with Example News.", "This story is a collaboration between Example Project and Example Radio."]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("This story was published with the help of readers who sent in their photos, and it changed the council's mind.")).toBe(false);
  });
});

describe("a caption closed by a credit on a line of its own: given in brackets, after a bar in capitals, or the Polish abbreviation", () => {
  it("goes with its credit; a bare 'Courtesy of' after a story's sentence and a contributor's byline do not take a sentence with them", () => {
    for (const t of ["(Photo courtesy of the Roe family)", "| ARCHIVES EXAMPLE OUEST", "fot. KPP Kartuzy"]) expect(creditLine(t), t).toBe("below");
    for (const t of ["Courtesy of the Roe family", "Contributed by Jane Roe of www.example.com.", "| 12 | 14 |"]) expect(creditLine(t), t).toBeNull();
    const p = parseArticle(["News Radio 1070 WXMP", "", "  * Listen Live", "  * On Air", "  * News", "  * Weather", "  * Traffic", "  * Contact", "", "ON AIR NOW", "The Morning News with Jane Doe & John Roe", "5:00 AM - 9:00 AM", "",
      "Listen Now   Download the App", "", "Local News", "", "State Police arrest man in hit-and-run that killed cyclist", "", "Jane Roe", "Published: April 14, 2025 at 7:05 AM", "",
      "Share on Facebook   Share on X   Email", "", "John Doe was struck on Route 7 in the town on March 22.", "(Photo courtesy of the Doe family)", "",
      ...wrap("New York State Police have arrested a county man in connection with a hit-and-run crash that killed a bicyclist in the town last month.", 72, ""), "",
      ...wrap("Troopers say the 42-year-old was driving east on Route 7 around 9:45 p.m. when he hit the cyclist, who was riding home from work.", 72, ""), "",
      ...wrap("The driver did not stop, troopers said, and the car was found two days later in a garage in a neighbouring town with damage to its front.", 72, "")].join("\n"));
    expect(p.body.startsWith("New York State Police have arrested")).toBe(true);
    // (The credit under the lead caption may be gone from the paragraphs already, as furniture: the
    // text under the caption still says it is one.)
    const text = ["John Doe was struck on Route 7 in the town on March 22.", "(Photo courtesy of the Doe family)", "", "New York State Police have arrested a county man.", "", "Troopers said he fled.", "", "He was held without bail."];
    const ls = toLines(text.join("\n"));
    const paragraphs = [0, 3, 5, 7].map((i) => ({ n: ls[i]!.n, text: text[i]! }));
    expect(dropLeadCaption(paragraphs, ls).map((q) => q.text)).toEqual(text.filter((_, i) => [3, 5, 7].includes(i)));
  });
});

describe("a lead photo's caption with a credit of the kind set over a caption right under it", () => {
  const long = "The town council has put out to tender the rebuilding of the cycle path along the ring road and its street lights, and the work should start in the middle of May and last until October.";
  const page = (caption: string, credit: string) => parseArticle(["Cycle path along the ring road to be rebuilt this summer", "Jane Roe", "18 March 2025, 14:05", "", caption, credit, "", long, "", long.replace("cycle path", "footpath"), "", long.replace("town council", "county"), ""].join("\n"));
  it("goes with its credit, its label in capitals or not, and the story starts under it", () => {
    for (const credit of ["FOTO: Jaanus Kask", "Photo: Jane Roe", "PHOTO BY: John Doe"]) {
      const b = page("The cycle path is so broken in places that riders keep to the road.", credit).body;
      expect(b.startsWith("The town council has put out to tender"), credit).toBe(true);
    }
    expect(creditLine("FOTO: Jaanus Kask")).toBe("above");
  });
});

describe("a weather strip's reading, a logo's alt text, a Thai or Hindi photo credit, and a wire agency after 'Oleh'", () => {
  it("are no writer, no headline, a caption's credit, an agency", () => {
    for (const t of ["Partly Cloudy", "Mostly Sunny"]) expect(isPersonName(t), t).toBe(false);
    for (const t of ["[logo] Example Times", "[example-bayan-logo] Example Bayan", "[لوگو] خبرگزاری نمونه"]) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate("[The council's plan] was debated for hours")).toBe(false);
    for (const t of ["เรือโดยสารจอดรับผู้โดยสารที่ท่าเรือ (ภาพ: แฟ้มภาพ)", "जयपुर में पानी की टंकी (फोटो: दैनिक उदाहरण)"]) expect(isCaption(t), t).toBe(true);
    expect(isOutlet("Bernama")).toBe(true);
    const p = parseArticle(["Example Courier", "Staunton, VA", "47°", "Partly Cloudy", "Wednesday, March 13, 2019", "", "County approves new fire station",
      "", "The county board voted on Tuesday to build a fire station on the north side, ending a two-year debate over where it should stand.", "",
      "Construction is expected to begin in the spring and take about a year, the county administrator said after the vote."].join("\n"));
    expect(p.author).toBeNull();
  });
});

describe("a Bulgarian wire's reporter and agency between slashes, a Japanese paper's place in brackets, its reporter's signature and rights notice", () => {
  it("reads place, agency and writer, and ends the story at its signature", () => {
    expect(readDateline("Пловдив, 22 май /Десислава Николова, БТА/. В началото на юли в Пловдив ще")).toMatchObject({ place: "Пловдив", agency: "БТА", author: "Десислава Николова" });
    expect(readDateline("【松本】松本市は10日、路線バスを廃止すると発表した。")).toMatchObject({ place: "松本" });
    expect(readDateline("【独家】某公司今日宣布新的计划。")?.place ?? null).toBeNull();
    const p = parseArticle(["北信タイムス", "", "松本市、路線バス3系統を来春廃止へ", "2020年7月10日", "",
      "【松本】松本市は10日、市内の山間部を走る路線バス3系統を来年3月末で廃止し、予約制の乗り合いタクシーに切り替えると発表した。利用者の減少と運転手不足が理由という。", "",
      "市交通政策課の担当者は「バスを残してほしいという声があることは承知している」と話した。住民の不安に応えるため、説明会を重ねる考えだ。", "",
      "市は8月から地区ごとに住民説明会を開き、秋までに具体的な運行計画をまとめる。（田中健太）", "", "――――――――――――――――――――――――――――――",
      "この記事の著作権は北信タイムス社に帰属します。無断転載を禁じます。"].join("\n"));
    expect(p.author).toBe("田中健太");
    expect(p.place).toBe("松本");
    expect(p.body.endsWith("運行計画をまとめる。")).toBe(true);
  });
  it("reads a writer's name in kanji alone between the headline and the stamp, as the Asahi sets it", () => {
    const long = "静岡県は12日、今夏の富士山の登山シーズンから、県側の３登山道で登山者１人あたり4千円の通行料を徴収すると発表した。山梨県側と金額をそろえる。";
    const page = (name: string) => parseArticle(["富士山の登山規制、静岡側も通行料4千円に　今夏から山梨と統一", name, "2025年3月12日 14時30分", "リスト", "メール", "", long, "", long].join("\n"));
    expect(page("佐藤美咲")).toMatchObject({ author: "佐藤美咲", date: "2025-03-12" });
    // (A paper's or a desk's name there is none.)
    expect(page("静岡新聞社").author).toBeNull();
  });
  it("ends the story at the card of its writer ('この記事を書いた人') and its readers' reactions", () => {
    expect(isEndMarker("この記事を書いた人")).toBe(true);
    expect(isEndMarker("この記事への反応")).toBe(true);
    expect(isEndMarker("この記事を書いた人は誰か、と市民から問い合わせが相次いだ。")).toBe(false);
  });
  it("reads the signature over a rights notice that names the ban first", () => {
    const p = parseArticle(["北信タイムス", "", "松本市、路線バス3系統を来春廃止へ", "2020年7月10日", "",
      "松本市は10日、市内の山間部を走る路線バス3系統を来年3月末で廃止し、予約制の乗り合いタクシーに切り替えると発表した。利用者の減少と運転手不足が理由という。", "",
      "市は8月から地区ごとに住民説明会を開き、秋までに具体的な運行計画をまとめる。（田中健太）", "",
      "掲載の記事・写真・図表などの無断転載を禁止します。著作権は北信タイムス社またはその情報提供者に属します。"].join("\n"));
    expect(p.author).toBe("田中健太");
    expect(p.body).not.toContain("無断転載");
  });
  it("reads the signature alone under the last paragraph, the name as printed, over the page's lists", () => {
    const long = "釧路管内でタンチョウの越冬数が過去最多となり、鶴居村の給餌場には今冬、連日多くの観光客が訪れている。村は撮影マナーの周知に力を入れる方針だ。";
    const p = parseArticle(["北海日報", "", "タンチョウ越冬数、過去最多に　観光客のマナーに課題", "2025年1月20日", "", long, "", long.replace("今冬", "今季"), "", "（佐々木 里奈）", "", "関連記事", "タンチョウ、電線衝突で死ぬ事故相次ぐ", "鶴居村の給餌場、観光客のマナー悪化に苦慮", ""].join("\n"));
    expect(p.author).toBe("佐々木 里奈");
    expect(p.body.endsWith("方針だ。")).toBe(true);
    // (An agency's name there signs no reporter.)
    expect(parseArticle(["北海日報", "", "タンチョウ越冬数、過去最多に　観光客のマナーに課題", "2025年1月20日", "", long, "", long.replace("今冬", "今季"), "", "（共同）", ""].join("\n")).author).toBeNull();
  });
});

describe("writers after 'By:' with a space before the comma, after an Egyptian 'كتب -', and after a Turkish 'Röportaj:'", () => {
  it("are read", () => {
    expect(cleanByline("Kelsey Roe , Tyler Doe")).toBe("Kelsey Roe, Tyler Doe");
    const story = ["", "Crews worked through the night to clear the road after heavy snow closed it on Tuesday, the transport department said in a statement.", "",
      "The road is expected to reopen by the weekend if the weather holds, officials said."];
    const base = (byline: string) => parseArticle(["Example News", "", "Storm closes canyon road as snow piles up", byline, "Posted at 5:58 AM, Feb 22, 2023", ...story].join("\n"));
    expect(splitNames(base("By: Kelsey Roe , Tyler Doe").author ?? "")).toEqual(["Kelsey Roe", "Tyler Doe"]);
    expect(base("Röportaj: Elif Roe").author).toBe("Elif Roe");
    expect(base("كتب - محمود عبد الرحيم").author).toBe("محمود عبد الرحيم");
  });
});

describe("a title tag that names the site first and the headline last, and a Chinese byline with the job first", () => {
  it("takes the headline from its copy over the story, and the reporter", () => {
    const p = parseArticle(["例子晨報網 | 港聞 | 新界8條專線小巴下月加價 最多加1.4元", "", "  * 首頁", "  * 即時", "  * 港聞", "  * 經濟", "", "港聞 > 交通", "",
      "新界8條專線小巴下月加價 最多加1.4元", "", "2024年3月28日 星期四 14:05", "", "記者 陳嘉欣", "",
      "運輸署今日宣布，批准新界區8條專線小巴線加價，加幅介乎0.4元至1.4元，新車費最快下月生效。小巴商會表示，燃油及人手成本上升，業界已多年未有加價。",
      "", "有乘客表示，加價幅度雖然不大，但每日來回車費累積起來亦是一筆開支，希望政府研究提供更多交通補貼。"].join("\n"));
    expect(p.title).toBe("新界8條專線小巴下月加價 最多加1.4元");
    expect(p.author).toBe("陳嘉欣");
  });
});

describe("'read also' links and tag lists in Vietnamese, Japanese, Korean, Hindi, Bulgarian, Swahili, Tagalog, Arabic, Persian, Hebrew and Thai", () => {
  it("are furniture; a sentence that begins like them is not", () => {
    for (const t of ["Xem thêm: Taxi dù ở sân bay Tân Sơn Nhất", "▼関連記事：長野県内の路線バス、上半期の利用者4割減", "यह भी पढ़ें: राजस्थान में हीटवेव का अलर्ट", "Прочетете още: Затварят бул. „Марица“",
      "Soma pia: Mabasi mapya yaanza safari", "Basahin din: Presyo ng bigas tumaas", "اقرأ أيضا: وزير التموين يعلن", "קראו עוד: חיפה תפעיל קווים"]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ["タグ：松本市 路線バス", "แท็กที่เกี่ยวข้อง: เรือคลองแสนแสบ กทม."]) expect(isTrailer(t), t).toBe(true);
    expect(isBoilerplate("Xem thêm các tuyến xe buýt sẽ được mở trong năm tới, ông nói.")).toBe(false);
  });
});

describe("sign-up, support, paywall and reprint notices in Bulgarian, Hungarian, Polish, Chinese, Thai and English", () => {
  it("are furniture; sentences that begin like them are not", () => {
    for (const t of ["Абонирайте се за нашия бюлетин и получавайте най-важното", "Támogasd a független újságírást! Legyél a Példa támogatója", "Pozostało jeszcze 68% treści.",
      "訂閱《晨報》每日通訊，早上7時送到你的電郵信箱", "声明：本网转载此文是出于传递更多信息之目的。", "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE @example",
      "You can save this article by registering for free", "Don't miss out on the latest news and information."]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ["Pozostało jeszcze kilka dni na złożenie wniosku, przypomina urząd.", "You can see the bridge from the harbour on a clear day, she said."]) expect(isBoilerplate(t), t).toBe(false);
  });
});

describe("patterns whose words end in letters outside ASCII: a word boundary there is a letter's absence, not \\b", () => {
  it("reads Russian sign-up prompts, a Cyrillic photo credit over its caption and a Russian timeline's heading", () => {
    for (const t of ["Подпишитесь на рассылку новостей", "Войти", "Получайте новости на почту каждый день"]) expect(isBoilerplate(t), t).toBe(true);
    expect(creditLine("ФОТО ТАСС")).toBe("above");
    expect(isBoilerplate("Войтишенко рассказал о планах")).toBe(false);
  });
});

describe("Malay months, a Tagalog photo credit, and Swahili and Tagalog bylines on a line of their own", () => {
  it("are read", () => {
    expect(findDate("3 Mac 2021")?.date).toBe("2021-03-03");
    expect(findDate("17 Ogos 2020")?.date).toBe("2020-08-17");
    expect(isCaption("Mga tindera ng sibuyas sa Divisoria. (Kuha ni Jane Roe)")).toBe(true);
    const story = ["", "Wakazi wa Mbagala na maeneo jirani wanatarajiwa kuanza kutumia mabasi yaendayo haraka kuanzia Julai mwaka huu, baada ya ujenzi wa barabara kukamilika.", "",
      "Akizungumza na waandishi wa habari jana, mkurugenzi wa wakala huo alisema majaribio ya mabasi yataanza mwezi ujao."];
    expect(parseArticle(["Mfano Leo", "", "Mabasi ya mwendokasi kuanza safari Mbagala Julai", "Na Asha Roe", "Machi 4, 2024", ...story].join("\n")).author).toBe("Asha Roe");
    expect(parseArticle(["Balitang Halimbawa", "", "Presyo ng sibuyas sa Divisoria, bumagsak", "Ni Mark Anthony Roe", "Marso 4, 2024", ...story].join("\n")).author).toBe("Mark Anthony Roe");
  });
});

describe("guards from the second review: agencies and desks in Japanese brackets, labels in 【】, columns after 记者, a one-bar title tag, weather in real names, zone offsets, logos inside words", () => {
  it("keeps each reading", () => {
    const ja = (last: string) => parseArticle(["例新聞", "", "松本市、路線バスを廃止へ", "2020年7月10日", "", "松本市は10日、市内の山間部を走る路線バス3系統を来年3月末で廃止すると発表した。利用者の減少と運転手不足が理由という。", "", last].join("\n"));
    expect(ja("市は秋までに具体的な計画をまとめる。（共同）").author).toBeNull();
    expect(ja("市は秋までに具体的な計画をまとめる。（社会部）").author).toBeNull();
    expect(ja("市は秋までに具体的な計画をまとめる。（山田太郎記者）").author).toBe("山田太郎");
    expect(readDateline("【速報】東京都は10日、新たに100人の感染を確認したと発表した。")?.place ?? null).toBeNull();
    expect(parseArticle(["例子报", "", "代表团访问本市", "", "记者手记", "2024年3月28日", "", "代表团今日抵达本市，开始为期三天的访问。市长在机场迎接代表团成员，并表示希望双方加强合作。", "", "代表团将参观多家企业和学校。"].join("\n")).author).toBeNull();
    expect(isPersonName("Sunny Roe")).toBe(true);
    expect(isPersonName("Partly Cloudy")).toBe(false);
    expect(isBoilerplate("[Il dialogo tra Roma] e Berlino riprende oggi")).toBe(false);
    expect(isOutlet("Hina")).toBe(true);
  });
});

describe("dates written in Arabic-Indic, Persian and Devanagari digits, and Persian names of the Gregorian months", () => {
  it("are read; an Iranian calendar's year is not", () => {
    expect(findDate("١٢ مارس ٢٠٢٣")?.date).toBe("2023-03-12");
    expect(findDate("۶ نوامبر ۲۰۲۳")?.date).toBe("2023-11-06");
    expect(findDate("१२ मार्च २०२३")?.date).toBe("2023-03-12");
    expect(findDate("۱۴۰۲/۰۸/۱۵")).toBeNull();
    expect(findDate("دوشنبه ۱۵ آبان ۱۴۰۲ - Nov 6, 2023")?.date).toBe("2023-11-06");
  });
});

describe("a match report's facts under a heading in capitals, and a box drawn with '+', '-' and '|' set into the story", () => {
  const story = ["Portville hold on to beat Eastbay", "By Jane Roe", "May 20, 2019", "",
    "Portville came from a goal down to beat Eastbay 2-1 at the Harbour Ground on Saturday, with both goals coming in the last twenty minutes.", "",
    "Eastbay led at the break through a header from a corner, and their goalkeeper kept out everything Portville threw at him for an hour.", "",
    "The home side travel to Northcape next Saturday, and Eastbay host Westlight on Sunday."];
  it("ends the story over the heading, with two or three fields under it", () => {
    const a = parseArticle([...story, "", "MATCH FACTS", "Goals: POR - Roe 71', Doe 88'; EAS - Smith 30'", "Attendance: 1,412", ""].join("\n"));
    expect(a.body.endsWith("Westlight on Sunday.")).toBe(true);
    expect(a.body).not.toContain("Attendance");
    // (Two fields without such a heading stay: they may be the story's.)
    const b = parseArticle([...story, "", "Goals: POR - Roe 71', Doe 88'; EAS - Smith 30'", "Attendance: 1,412", ""].join("\n"));
    expect(b.body).toContain("Attendance: 1,412");
  });
  it("drops the box, its columns and all, and keeps the story on either side", () => {
    const box = ["+------------------------------------------+", "| HARBOUR GROUND FACTS                     |", "| Opened:      1923                        |",
      "| Capacity:    4,000        Record:  6,112  |", "+------------------------------------------+"];
    const a = parseArticle([...story.slice(0, 6), "", ...box, "", ...story.slice(6), ""].join("\n"));
    expect(a.body).not.toContain("Capacity");
    expect(a.body).not.toContain("+---");
    expect(a.body).toContain("kept out everything Portville threw at him");
    expect(a.body.endsWith("Westlight on Sunday.")).toBe(true);
  });
});

describe("an operator's feedback prompt under its notice, and a timeline under a heading that ends in the word", () => {
  const story = ["Harbour board votes to dredge old ferry channel", "By Jane Roe", "May 20, 2019", "",
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has been closed to larger boats since silt built up after the winter storms.", "",
    "Work is due to start in the spring and take about three months, the board said, at a cost of two million pounds shared with the county."];
  it("ends the notice over 'Was this update helpful?'", () => {
    const a = parseArticle([...story, "", "Was this update helpful?", "Yes", "No", "", "Related updates", "Winter timetable for the town ferry starts in October", ""].join("\n"));
    expect(a.body.endsWith("shared with the county.")).toBe(true);
    expect(isEndMarker("Did you find this page useful?")).toBe(true);
  });
  it("drops the timeline and keeps the story under it", () => {
    const timeline = ["Project timeline", "2016 – Silt survey finds channel too shallow for the car ferry", "2018 – Board consults boat owners",
      "March 2019 – County agrees to share the cost", "Late 2019 – Dredging to begin"];
    const a = parseArticle([...story.slice(0, 5), ...timeline, ...story.slice(5), ""].join("\n"));
    expect(a.body).not.toContain("Board consults boat owners");
    expect(a.body).toContain("Work is due to start in the spring");
  });
});

describe("a story hard-wrapped a little wider than a text tool wraps, its first paragraph's last line a word or two", () => {
  it("starts at the first paragraph, not at the first line of the second that ends a sentence", () => {
    const page = ["Example Gazette", "", "News › Local", "", "Medieval ferry landing found under Portville car park", "", "By Jane Roe | 2 October 2015 | 3 comments", "",
      "Archaeologists working on the site of a town-centre car park in Portville have",
      "uncovered the timbers of a medieval ferry landing, offering a rare glimpse of one",
      "of the oldest crossings on the river and of the trade that grew up around the",
      "landing.", "",
      "The timbers, set into the clay close to the water, were found during an excavation",
      "ahead of a housing development on Quay Street. The street's name has long been",
      "thought to refer to the crossing, but until now there was little evidence of it.", "",
      "The excavation is due to finish at the end of October, and the finds will be shown",
      "in the town museum next spring, the developer said on Monday afternoon.", ""];
    const a = parseArticle(page.join("\n"));
    expect(a.body.startsWith("Archaeologists working on the site")).toBe(true);
    // (A caption's short credit under a wrapped line is no story's first paragraph.)
    const captioned = parseArticle([...page.slice(0, 8), "Boats moored at the old quay in Portville on a grey morning before the storms of",
      "last winter.", "", ...page.slice(13)].join("\n"));
    expect(captioned.body.startsWith("The timbers, set into the clay")).toBe(true);
  });
});

describe("the story's tags under it, with the page's bottom under them", () => {
  const story = ["Harbour board votes to dredge old ferry channel", "By Jane Roe", "May 20, 2019", "",
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has been closed to larger boats since silt built up after the winter storms.", "",
    "Work is due to start in the spring and take about three months, the board said, at a cost of two million pounds shared with the county.", ""];
  it("end the story, in any of the archive's languages, and a note on the writer under them still names the writer", () => {
    for (const tags of ["Oznake: • Portville • trajekti • luka", "Tags: Portville, ferries, harbour"]) {
      const a = parseArticle([...story, tags, "", "Autor: Jane Roe", "Novinarka portala, prati promet i gradsku", "upravu.", "", "Prijavite se na newsletter i primajte vijesti", "svako jutro.", ""].join("\n"));
      expect(a.body.endsWith("shared with the county.")).toBe(true);
    }
    const noted = parseArticle([...story.slice(0, 1), "May 20, 2019", ...story.slice(3), "Tags: Portville, ferries", "John Doe", "John Doe is a staff writer at Example News covering the coast.", ""].join("\n"));
    expect([noted.author, noted.body.endsWith("shared with the county.")]).toEqual(["John Doe", true]);
  });
  it("do not end a story that goes on under them", () => {
    const a = parseArticle([...story, "Tags: Portville, ferries", "",
      "The county council said on Wednesday that it would pay half of the cost of the work, and that the channel should reopen to the car ferry by the summer.", "",
      "Boat owners who use the channel have been told to expect delays while the dredgers are at work, the harbour master said in a notice to mariners.", ""].join("\n"));
    expect(a.body.endsWith("in a notice to mariners.")).toBe(true);
  });
});

describe("comment counts in Croatian, Serbian, Bulgarian, Slovak, Slovene and the Baltic languages", () => {
  it("close the story", () => {
    for (const word of ["Komentari", "Коментари", "Komentáre", "Komentarji", "Kommentaarid"]) {
      expect(isCommentsMarker(`${word} (9)`)).toBe(true);
    }
    const a = parseArticle(["Splitska luka pred rekordom", "Autor: Ivana Roe", "30. srpnja 2023.", "",
      "Trajektnom lukom od početka srpnja prošlo je više od 650 tisuća putnika i 120 tisuća vozila, što je najviše u povijesti luke, izvijestila je lučka uprava.", "",
      "Najveće gužve bilježe se subotom, kada iz luke isplovi više od stotinu polazaka, a kolone vozila protežu se do gradske obilaznice.", "",
      "Lučka uprava podsjeća da su u tijeku radovi na proširenju pristaništa, koji bi trebali biti gotovi do iduće sezone, pa se putnicima savjetuje da dođu ranije i provjere stanje na ukrcajnim trakama.", "",
      "Komentari (9)", "Za komentiranje se morate prijaviti.", "Marko: Svake godine ista priča, a rješenja nema.", ""].join("\n"));
    expect(a.body.endsWith("stanje na ukrcajnim trakama.")).toBe(true);
  });
});

describe("Slovak, Slovene, Bulgarian, Serbian and Macedonian months, BTA's dateline, and a place under a date strip that the dateline names", () => {
  it("reads the dates and the datelines", () => {
    expect(findDate("15. októbra 2019")?.date).toBe("2019-10-15");
    expect(findDate("3. junija 2021")?.date).toBe("2021-06-03");
    expect(findDate("11 ноември 2020 г.")?.date).toBe("2020-11-11");
    expect(findDate("Среда, 17. април 2019.")?.date).toBe("2019-04-17");
    expect(findDate("4. новембар 2022.")?.date).toBe("2022-11-04");
    expect(readDateline("Košice 15. októbra (TASR) - Dopravný podnik mesta podpísal v utorok zmluvu.")?.place).toBe("Košice");
    const bta = readDateline("Пловдив, 11 ноември /БТА/. Първите 15 нови електробуса ще возят пътници от декември.");
    expect([bta?.place, bta?.agency]).toEqual(["Пловдив", "БТА"]);
  });
  it("takes the place under a date strip for no writer when the story's dateline names it", () => {
    const a = parseArticle(["Пример дневник", "Политика", "Спорт", "Среда, 17. април 2019.", "Нови Сад", "Обнова степеништа на тврђави почиње у мају",
      "Радови ће трајати до краја лета, а посетиоцима ће бити на располагању привремени пролаз",
      "Јана Роје | 17.04.2019. 14:05 | Коментари: 5", "Подели", "Facebook", "Twitter",
      "НОВИ САД – Обнова дотрајалог каменог степеништа које води ка горњем платоу тврђаве почеће у мају, саопштио је Завод за заштиту споменика културе.",
      "Радови ће трајати до краја лета, а посетиоцима ће током реконструкције бити на располагању привремени пролаз.", ""].join("\n"));
    expect([a.author, a.place?.toLocaleLowerCase()]).toEqual(["Јана Роје", "нови сад"]);
  });
});

describe("a Taiwanese paper's byline with where the reporter reported from", () => {
  it("names the reporter", () => {
    const story = ["台南運河燈光秀延長至十月", "2016-08-12 18:30", "", "", "", "台南市政府觀光旅遊局今天宣布，安平運河夜間燈光秀因反應熱烈，展期將延長至十月底，週末並加開接駁車。", "",
      "觀旅局表示，燈光秀自七月開幕以來，已吸引超過四十萬人次參觀，周邊商家營業額也明顯成長。", ""];
    for (const byline of ["記者陳怡君／台南報導", "〔記者王小明/台北報導〕"]) {
      const lines = [...story];
      lines[3] = byline;
      expect(parseArticle(lines.join("\n")).author).toBe(byline.includes("陳") ? "陳怡君" : "王小明");
    }
  });
});

describe("an Indonesian site's byline: the writer, a dash, the site's name in one word", () => {
  it("names the writer, not the site", () => {
    const a = parseArticle(["contohberita", "Berita Kota", "Bus kota buka rute baru ke terminal mulai Februari", "Jane Roe - contohberita", "Senin, 09 Jan 2017 13:45 WIB", "",
      "Bandung - Pemerintah kota akan mengoperasikan rute baru bus kota yang menghubungkan pusat kota dengan terminal timur mulai bulan depan, kata kepala dinas perhubungan.", "",
      "Sebanyak dua puluh bus baru telah disiapkan untuk melayani rute tersebut, dan halte baru sedang dibangun di sepanjang jalan.", ""].join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.title).toBe("Bus kota buka rute baru ke terminal mulai Februari");
  });
});

describe("a newsletter's sign-up box in German as a text browser draws it, under the story", () => {
  it("goes with its name and its tagline", () => {
    const a = parseArticle(["Fahrradstraße am Hafen: Senat zieht positive Bilanz", "Von Jana Roe", "03.09.2020", "",
      "Ein Jahr nach ihrer Eröffnung hat der Senat eine positive Bilanz der Fahrradstraße am Hafen gezogen. Auf dem rund zwei Kilometer langen Abschnitt fahren täglich mehr als 8000 Radfahrer.", "",
      "Die Verkehrsbehörde kündigte an, die Situation in den Nebenstraßen genauer zu untersuchen. Bis zum Frühjahr sollen dort zusätzliche Zählungen stattfinden.", "",
      "Newsletter", "Der Morgen am Hafen: Die wichtigsten Nachrichten aus der Stadt, jeden Morgen um 6 Uhr in Ihrem Postfach.",
      "E-Mail-Adresse ____________________ [27]Jetzt anmelden", ""].join("\n"));
    expect(a.body.endsWith("zusätzliche Zählungen stattfinden.")).toBe(true);
  });
});

describe("a log-in box's confirmation prompt that starts with 'Please'", () => {
  it("is furniture", () => {
    expect(isBoilerplate("Please check your email to confirm and complete your registration.")).toBe(true);
    expect(isBoilerplate("Check your inbox to confirm your subscription.")).toBe(true);
  });
});

describe("a page's byline and stamps set as a list's items, as a text browser shows them", () => {
  it("are read as the byline and the date", () => {
    const page = ["   [24]Submit a news tip", "", "   [25]Local News", "", "Council votes to keep the harbour pool open through the season", "",
      "     * By Jane Roe Staff Writer", "     * Jul 11, 2019", "     * Updated Jul 12, 2019", "", "     * [26]Facebook", "     * [27]Twitter", "",
      "   The city council voted on Tuesday to keep the harbour pool open through the end of the season, reversing a plan to close it in August to save money.", "",
      "   Council members said the pool was too important to the neighbourhood's children to close early, and asked staff to find the savings elsewhere.", ""];
    const a = parseArticle(page.join("\n"));
    expect([a.author, a.date, a.title]).toEqual(["Jane Roe", "2019-07-11", "Council votes to keep the harbour pool open through the season"]);
  });
});

describe("a blog template's byline under the post", () => {
  const post = ["Example Water Watch", "", "September 11, 2020", "Algae bloom returns to the harbour lake for a second summer", "",
    "The bloom that turned the harbour lake green last August is back, and this year it arrived three weeks earlier, the state's sampling shows.", "",
    "Samples taken on September 2 found toxin levels above the state's advisory limit at four of the six sites along the north shore, where most of the lake's homes stand.", "",
    "The state should add a monitoring station where the creek enters the lake, and the county should require septic inspections when lakefront homes are sold.", "",
    "The commission meets on October 14, and its staff expect to report on the summer's sampling to the board before the end of the year.", ""];
  it("names the writer and ends the post", () => {
    const a = parseArticle([...post, "Send your comment to the state", "", "Written By Jane Roe", "Tags harbour lake, algae", "Share", "Facebook0 Twitter LinkedIn0 Reddit",
      "Newer Post", "Hurricane spared us. Our sewer plants still overflowed.", "Older Post", "What the August sampling on the river shows", ""].join("\n"));
    expect([a.author, a.body.endsWith("before the end of the year.")]).toEqual(["Jane Roe", true]);
  });
  it("gives way to a byline over the post", () => {
    const a = parseArticle([...post.slice(0, 3), "By John Doe", ...post.slice(3), "Written By Jane Roe", "Share", ""].join("\n"));
    expect(a.author).toBe("John Doe");
  });
});

describe("datelines in Arabic, Urdu and Hindi papers, a place and a dash, a colon or a danda; a Korean outlet's in square brackets", () => {
  it("are read where the headline or the paragraph names the place again", () => {
    expect(readCaselessDateline("عمّان - أعلنت أمانة عمّان الكبرى رفع حالة الطوارئ إلى الدرجة القصوى.", null)?.place).toBe("عمّان");
    expect(readCaselessDateline("لاہور: پنجاب حکومت نے اسکول بند کر دیے۔", "لاہور میں اسموگ: اسکول ایک ہفتے کے لیے بند")?.place).toBe("لاہور");
    expect(readCaselessDateline("जयपुर। राजस्थान में भीषण गर्मी का दौर जारी है।", "जयपुर में पारा 45 डिग्री के पार")?.place).toBe("जयपुर");
    // (Not a speaker or a label the text does not name again.)
    expect(readCaselessDateline("الوزير: سنرفع الرواتب في العام المقبل.", "الحكومة تعد برفع الرواتب")).toBeNull();
    const korean = readDateline("[부산=한빛뉴스] 김민재 기자 = 부산시가 북항 재개발 사업 착공을 앞두고 주민설명회를 연다.");
    expect([korean?.place, korean?.agency]).toEqual(["부산", "한빛뉴스"]);
  });
});

describe("a stamp with 'Last update on:' run on after the date it was published", () => {
  it("gives both dates, the first as the publication's", () => {
    const s = readStamp("Mon Jun 12, 2023 09:15 PM Last update on: Tue Jun 13, 2023 10:02 AM");
    expect([s?.published, s?.updated]).toEqual(["2023-06-12", "2023-06-13"]);
    expect(readStamp("Last update on: Tue Jun 13, 2023 10:02 AM")?.updated).toBe("2023-06-13");
  });
});

describe("guards from the review of this session's rules", () => {
  const story = ["Harbour board votes to dredge old ferry channel", "By Jane Roe", "May 20, 2019", "",
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has been closed to larger boats since silt built up after the winter storms.", "",
    "Work is due to start in the spring and take about three months, the board said, at a cost of two million pounds shared with the county.", ""];
  it("take no speaker for a dateline, nor words set off by a pair of dashes", () => {
    expect(readCaselessDateline("राहुल गांधी बोले- सरकार ने किसानों को धोखा दिया है और अब वह जवाब दे।", "राहुल गांधी बोले- सरकार ने किसानों को धोखा दिया")).toBeNull();
    expect(readCaselessDateline("الحكومة: لا زيادة في أسعار الوقود هذا العام، قالت الحكومة.", "الحكومة: لا زيادة في أسعار الوقود")).toBeNull();
    expect(readCaselessDateline("وزير المالية - في مؤتمر صحفي اليوم - أعلن أن وزير المالية سيقدم الموازنة.", "وزير المالية يعلن الموازنة")).toBeNull();
  });
  it("end no story at a sentence that opens with a tag's label, nor at a rhetorical question", () => {
    const more = ["\"We want answers,\" said one resident.", "", "The board will meet again in June, when the county is expected to confirm its share of the cost and the dredging contract.", ""];
    expect(parseArticle([...story, "Topics: housing, transport and the new school.", "", ...more].join("\n")).body).toContain("meet again in June");
    expect(isEndMarker("Was this update helpful? Not for most users.")).toBe(false);
    expect(isEndMarker("Was this update helpful?")).toBe(true);
  });
  it("keep the story's last paragraph over a share bar's 'Correo electrónico', and a sentence that asks readers to check their e-mail", () => {
    const a = parseArticle([...story, "El alcalde dijo que la ciudad saldrá adelante.", "Compartir", "Facebook", "Correo electrónico", ""].join("\n"));
    expect(a.body).toContain("El alcalde dijo que la ciudad saldrá adelante.");
    expect(isBoilerplate("Please check your email carefully before clicking any link, the council said.")).toBe(false);
  });
  it("drop a '+'-drawn box whose heading a rule parts from its rows, and read no month in a city's name", () => {
    const box = ["+--------------------------+", "| HARBOUR GROUND FACTS     |", "+--------------------------+", "| Founded: 1901            |", "| Ground: Example Park     |", "+--------------------------+"];
    const a = parseArticle([...story.slice(0, 5), "", ...box, "", ...story.slice(5)].join("\n"));
    expect(a.body).not.toContain("Founded");
    expect(a.body).toContain("Work is due to start");
    expect(findDate("Round 3 Augusta 2019 highlights")).toBeNull();
  });
});

describe("a byline under the post, and a film's credits under a review", () => {
  it("takes no screenplay's writer and no account name for the post's", () => {
    const review = ["September 11, 2020", "A quiet harbour drama that earns its ending", "",
      "The film follows a ferry captain in her last summer on the crossing, and it takes its time, as she does, with the people who ride with her every morning.", "",
      "Its final twenty minutes, set during a storm that closes the harbour, are as tense as anything in cinemas this year, and the cast never oversells them.", "",
      "It opens in cinemas on Friday, and it deserves the big screen more than most of this autumn's releases.", ""];
    expect(parseArticle([...review, "Directed by John Doe", "Written by Jane Roe", "Runtime: 104 minutes", ""].join("\n")).author).toBeNull();
    expect(parseArticle([...review, "Send your comment", "", "posted by admin", "Share", ""].join("\n")).author).toBeNull();
  });
});

describe("an author's box under the story, labelled in the page's language", () => {
  it("ends the story and names the writer", () => {
    const story = ["Zaginiony mężczyzna odnaleziony w lesie pod Kartuzami", "", "12 marca 2021", "",
      "Policjanci z Kartuz odnaleźli w sobotę rano 67-letniego mężczyznę, którego od czwartku szukała rodzina. Mężczyzna był wychłodzony, ale przytomny, i trafił do szpitala.", "",
      "W poszukiwaniach brało udział ponad stu policjantów i strażaków, a także ochotnicy z okolicznych wsi, którzy przeczesywali lasy wokół jeziora przez dwie doby.", "",
      "Rodzina mężczyzny podziękowała wszystkim, którzy pomagali w poszukiwaniach, i poprosiła o uszanowanie prywatności w najbliższych dniach, gdy senior będzie wracał do zdrowia.", "",
      "Policja przypomina, że o zaginięciu bliskiej osoby można zgłosić się na każdy komisariat, a zgłoszenie przyjmuje się od razu, bez czekania na upływ doby.", "",
      "Autor: Monika Roe", "Dziennikarka działu Trójmiasto. Pisze o sprawach kryminalnych i", "bezpieczeństwie.", "", "Tagi: zaginięcie, Kartuzy, policja", ""];
    const a = parseArticle(story.join("\n"));
    expect([a.author, a.body.endsWith("bez czekania na upływ doby.")]).toEqual(["Monika Roe", true]);
  });
});

describe("widget headings for 'more news', 'related' and 'similar' in more of the archive's languages", () => {
  it("are read as such", () => {
    for (const t of ["TOVÁBBI HÍREK", "Podobne artykuły", "Похожие новости", "Свързани новини", "Relaterte artikler", "Aiheeseen liittyvät", "Bài viết liên quan", "Altre notizie"]) {
      expect(isWidgetHeading(t)).toBe(true);
    }
    expect(isWidgetHeading("Altre notizie dal fronte: la città si prepara")).toBe(false);
  });
});

describe("a page's date strip and breadcrumb over the headline", () => {
  const menus = ["Log in", "Subscribe", "The Harbour Daily", "Menu", "Search", "News", "Sport", "Business", "Weather"];
  const story = ["The city transport office said on Friday it would buy two new low-floor tram cars, to run from next spring, as it replaces cars more than sixty years old.", "",
    "The new cars will have room for about eighty passengers and two places for wheelchairs and prams, the office said in a statement.", ""];
  it("take the stamp with its time of day under the headline, not the strip's date over the menus", () => {
    const a = parseArticle([...menus, "Harbour 8°C Sunny", "Saturday, March 15, 2025", "Local News", "City trams to get two new low-floor cars next spring", "March 14, 2025 6:42 p.m.", "X", "Facebook", ...story].join("\n"));
    expect([a.title, a.date]).toEqual(["City trams to get two new low-floor cars next spring", "2025-03-14"]);
    const b = parseArticle([...menus, "函館 晴れ 8℃ / -1℃", "2025年3月15日(土)", "函館・道南", "函館市電に新型低床車両2両　来春から運行", "2025年3月14日 18:42（3月14日 20:05更新）", "X", "LINE", ...story].join("\n"));
    expect([b.title, b.date]).toEqual(["函館市電に新型低床車両2両 来春から運行", "2025-03-14"]);
  });
  it("take no breadcrumb of five words for a headline over its standfirst", () => {
    const polish = ["Przejdź do treści", "Mapa strony", "EN", "Miasto Example", "Oficjalny serwis Urzędu Miejskiego", "Szukaj", "Miasto", "Urząd", "Mieszkańcy", "Turystyka", "Biznes", "Kultura i sport", "Aktualności", "Kontakt"];
    const a = parseArticle([...polish, "Jesteś tutaj: Strona główna / Aktualności / Budżet obywatelski", "Budżet Obywatelski 2026: rusza nabór projektów. Do podziału 2,5 mln zł", "Drukuj", "Udostępnij", "Facebook",
      "Mieszkańcy Gniezna mogą od poniedziałku zgłaszać pomysły do ósmej edycji budżetu obywatelskiego. W tym roku po raz pierwszy wydzielono pulę na zielone projekty.",
      "Od 17 marca do 18 kwietnia mieszkańcy mogą składać wnioski do budżetu obywatelskiego na 2026 rok, a do podziału jest w tym roku 2,5 mln zł.", ""].join("\n"));
    expect(a.title).toBe("Budżet Obywatelski 2026: rusza nabór projektów. Do podziału 2,5 mln zł");
  });
});

describe("a stamp that names its day relatively, over the story", () => {
  it("is the page's furniture, so the headline over it is found", () => {
    const page = ["Skip to content", "River Valley Radio", "NewsSportRadioTVWeatherTrafficCulture", "Search", "Live", "Radio Listen live", "TV Watch live", "News", "Deventer",
      "Bridge closed for days after barge strikes pier", "Today, 14:22", "Updated: Today, 16:05", "Inspectors look at the damage to the bridge", "© River Valley Radio / Jane Roe",
      "Share", "Copy link", "WhatsApp", "Facebook",
      "The cycle bridge over the river will stay closed until the end of the week after a barge struck one of its piers on Tuesday morning, the city said.", "",
      "The collision happened at about 6.40am. The empty barge, more than 110 metres long, was on its way downstream when it struck the pier.", ""];
    expect(parseArticle(page.join("\n")).title).toBe("Bridge closed for days after barge strikes pier");
    for (const t of ["vandaag, 14:22", "Bijgewerkt: vandaag, 16:05", "heute, 14:22 Uhr", "aujourd’hui à 14h22", "сегодня, 14:22", "Yesterday at 4:05 p.m.", "Today, 14:22 GMT"]) expect(isRelativeStamp(t)).toBe(true);
    for (const t of ["Today, 14 people died", "Hier, il a plu", "Today 4", "Today at 10 am and"]) expect(isRelativeStamp(t)).toBe(false);
  });
});

describe("a page's stamps under labels of its own language", () => {
  it("make no case file's fact box of the headline with a colon above them", () => {
    const page = ["Gazete Örnek", "ABONE OL", "GİRİŞ YAP", "GÜNDEM", "EKONOMİ", "DÜNYA", "SPOR", "MAGAZİN", "SAĞLIK", "TEKNOLOJİ", "YAŞAM", "İstanbul 12°C", "Anasayfa", "Gündem",
      "Kapadokya'da rüzgar engeli: Balon turları 3 gündür yapılamıyor",
      "Nevşehir'de etkili olan kuvvetli rüzgar nedeniyle sıcak hava balonu uçuşlarına izin verilmedi. Turistler ve işletmeler mağdur.",
      "Ayşe Roe", "Giriş Tarihi: 14.03.2025 10:22", "Son Güncelleme: 14.03.2025 11:05", "Paylaş", "Facebook", "X",
      "Dünyanın en önemli sıcak hava balonu merkezlerinden biri olan Kapadokya'da, bölgede etkili olan kuvvetli rüzgar nedeniyle üç gündür balon uçuşu yapılamıyor.", "",
      "Bölgedeki balon işletmecilerinden edinilen bilgiye göre, 11 Mart'tan bu yana yaklaşık 12 bin turistin uçuşu iptal edildi ya da ertelendi.", ""];
    expect(parseArticle(page.join("\n")).title).toBe("Kapadokya'da rüzgar engeli: Balon turları 3 gündür yapılamıyor");
  });
});

describe("a TV station's slideshow over its stamps", () => {
  it("passes over the caption said twice with its credit, the slideshow's buttons and the stamp's wrapped update", () => {
    const page = ["Skip to content", "KXMP News 4", "Search", "Menu", "Watch Live", "Weather", "Local News", "Outdoors", "Sports", "Community", "Contests", "Contact Us", "Local News",
      "Bear activity closes canyon trails as grizzlies feed on elk", "Grizzly bear file photo", "Photo by: Example Wildlife Agency", "Prev", "Next", "Grizzly bear file photo",
      "Posted at 5:42 PM, Jun 03, 2025", "and last updated 7:10 PM, Jun 03, 2025", "By: Jordan Roe",
      "BOZEMAN — Two popular trails in the canyon south of town are closed until further notice after wildlife officers saw grizzlies feeding on elk that died in the winter.", "",
      "The closure covers the lower trails and the picnic area, and officers will check the site again next week, the agency said.", ""];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Bear activity closes canyon trails as grizzlies feed on elk", "Jordan Roe", "2025-06-03"]);
  });
});

describe("a breadcrumb copied without its marks", () => {
  it("ends a list of other stories under its heading, so the headline under it is not one of them", () => {
    const page = ["Example Live Online", "Ghana's news, anytime.", "Home", "News", "Politics", "Business", "Sports", "Regional", "Opinion", "Videos", "Contact Us", "Search for:",
      "TRENDING", "Cedi gains against dollar as central bank intervenes | Coach names 26-man squad | Power company announces maintenance",
      "Home Regional News", "Municipal Assembly begins decongestion of central market, gives traders 7-day ultimatum", "Regional News", "By Kwame Roe", "05 March 2025, 14:27 GMT",
      "Facebook", "Twitter", "WhatsApp", "Traders display their wares on the pavement near the central market",
      "Ho, March 5 – The Municipal Assembly has begun a decongestion exercise at the central market and its surroundings to free the pavements for pedestrians.", "",
      "The Municipal Chief Executive, who announced this at a press briefing, said the traders had seven days to move to the new lorry station.", ""];
    expect(parseArticle(page.join("\n")).title).toBe("Municipal Assembly begins decongestion of central market, gives traders 7-day ultimatum");
  });
});

describe("a blog theme's date line and a ticker run into one line", () => {
  it("read the date with the site, category and comment count run on, and take no ticker's heading over the headline", () => {
    const page = ["Example Today", "HOME", "NEWS", "BUSINESS", "POLITICS", "SPORTS", "FEATURES", "CONTACT", "Latest:",
      "Mine resumes full production – Water board announces supply interruptions in the east – Football club signs striker",
      "Council gives marketeers until Friday to leave the streets", "April 2, 2025 Example Today News 0", "By JANE ROE",
      "The City Council has given marketeers trading on the streets around the central market up to Friday to relocate to designated trading areas.", "",
      "The Town Clerk said yesterday that the council would no longer allow trading on road reserves and pavements in the central business district.", ""];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date]).toEqual(["Council gives marketeers until Friday to leave the streets", "2025-04-02"]);
    expect(readStamp("April 2, 2025 Example Today News 0")?.published).toBe("2025-04-02");
    expect(readStamp("April 2, 2025 was a day the town will remember")).toBeNull();
  });
});

describe("a menu item that names the dateline's place", () => {
  it("is no headline the lead repeats", () => {
    const page = ["Example News Agency", "Bolivia", "Inicio", "Nacional", "Política", "Economía", "Regional", "La Paz", "El Alto", "Cochabamba", "Santa Cruz", "Internacional", "Deportes", "",
      "Inicio / Economía", "", "Choferes de El Alto anuncian paro de 48 horas por la escasez de diésel", "",
      "La Paz, 3 de junio (ANI).- La Federación de Choferes de El Alto anunció este martes un paro de 48 horas a partir del jueves por la escasez de diésel en los surtidores de la ciudad.", "",
      "El dirigente de la Federación informó en conferencia de prensa que la medida fue aprobada en un ampliado de emergencia realizado el lunes por la noche.", ""];
    expect(parseArticle(page.join("\n")).title).toBe("Choferes de El Alto anuncian paro de 48 horas por la escasez de diésel");
  });
});

describe("a company blog's lead photo under the writer and date", () => {
  it("is no headline said twice, though its alt text and caption repeat it", () => {
    const page = ["Example Ledger", "Product", "Solutions", "Customers", "Pricing", "Resources", "Blog", "Log in", "Book a demo", "Blog", "/", "Company",
      "We raised $18M to make month-end close boring", "Today we’re announcing our Series A, and here’s what we’re going to build next.",
      "Jane Roe", "Jane Roe", "Co-founder & CEO", "May 7, 2025 · 5 min read", "The team at our spring offsite in Lisbon", "The team at our spring offsite in Lisbon",
      "Three years ago, my co-founder and I were finance leads at two different scale-ups, and we had the same problem every month: the close took far too long.",
      "We started the company to make that work disappear. Today I’m excited to share that we’ve raised an $18 million Series A to keep building it.", ""];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.author]).toEqual(["We raised $18M to make month-end close boring", "2025-05-07", "Jane Roe"]);
  });
});

describe("captions without a label", () => {
  const top = ["Student Senate backs fee rise for late-night shuttle", "Jane Roe, News Editor", "September 18, 2024"];
  const story = ["The Student Senate voted 27-6 on Monday night to raise the student activity fee by $4 per semester to pay for an expanded late-night shuttle service.", "",
    "If students approve the increase in the October vote, the shuttle would run from 7 p.m. to 3 a.m. every night of the week starting in January.", "",
    "Senators who voted against the rise said the fee had already grown three times in five years and that students should be asked first.", ""];
  it("drop a caption said twice, its credit between the copies", () => {
    const cap = "A shuttle van waits outside the library on Tuesday night.";
    const a = parseArticle([...top, cap, "John Doe, Photo Editor", cap, ...story].join("\n"));
    expect(a.body).not.toContain("waits outside the library");
    expect(a.body).toContain("voted 27-6");
  });
  it("drop a caption closed by a photographer and outlet after a date's day", () => {
    const a = parseArticle([...top, "", ...story.slice(0, 2), "Jane Roe, the shuttle's driver, checks the van before her shift on March 6. John Doe/Example Sentinel", "", ...story.slice(2)].join("\n"));
    expect(a.body).not.toContain("checks the van");
    expect(a.body).toContain("asked first");
  });
});

describe("dates as more pages print them", () => {
  it("read Russian's 'мар' and a 'News Release Date:' label", () => {
    expect(readStamp("14 мар 2025, 12:40")?.published).toBe("2025-03-14");
    expect(readStamp("News Release Date: February 20, 2025")?.published).toBe("2025-02-20");
  });
});

describe("a newsletter copied from a webmail page", () => {
  it("is dated by the mail's date over the pointer to its browser copy", () => {
    const page = ["Your Home News – February 2025", "Inbox", "", "Example Homes <news@example.org.uk>", "Thu, 27 Feb 2025, 10:03", "to me", "", "View this email in your browser",
      "YOUR HOME NEWS", "News for Example Homes tenants and residents", "", "New repairs contractor from 1 April", "",
      "From 1 April, repairs to your home will be carried out by a new contractor, which won the contract after a tender that tenants helped to judge last autumn.", "",
      "You will still report repairs in the same way, by phone or online, and the repairs you have already booked will go ahead on the day we agreed with you.", "",
      "You're receiving this email because you are a tenant of Example Homes.", "Unsubscribe"];
    expect(parseArticle(page.join("\n")).date).toBe("2025-02-27");
  });
});

describe("datelines of a place in title case with its day, and of a place in capitals with its parish", () => {
  it("are read", () => {
    expect(readDateline("Accra, March 5 – The Municipal Assembly has begun a decongestion exercise at the central market.")?.place).toBe("Accra");
    expect(readDateline("ST ANN'S BAY, St Ann — Yam farmers in the south-east of the parish say they have lost produce to thieves.")?.place).toBe("ST ANN'S BAY, St Ann");
    expect(readDateline("Monday, May 3 – The Assembly met again.")).toBeNull();
    expect(readDateline("Paris, May 3 - The day began.")).toBeNull();
  });
});

describe("the story's tags under a heading of their own", () => {
  const story = ["Harbour board votes to dredge old ferry channel", "By Jane Roe", "May 20, 2019", "",
    "The harbour board voted on Tuesday to dredge the old ferry channel, which has been closed to larger boats since silt built up after the winter storms.", "",
    "Work is due to start in the spring and take about three months, the board said, at a cost of two million pounds shared with the county.", "",
    "Fishers said they had waited two years for the board to act and were glad the wait was over at last.", ""];
  it("end the story, with what follows them", () => {
    for (const heading of ["Tags", "Schlagwörter zu diesem Artikel", "Mots-clés :"]) {
      const a = parseArticle([...story, heading, "Harbour", "Dredging", "More news from the region", "Fire in warehouse causes heavy damage", "12.03.2025 13:05", "New nursery opens on the high street", "12.03.2025 11:40", ""].join("\n"));
      expect(a.body.endsWith("the wait was over at last.")).toBe(true);
    }
  });
  it("unless a sentence follows the heading: a listicle's 'Tag' is a subheading", () => {
    const a = parseArticle([...story, "Tags", "Tags, hashtags and handles are how the board now talks to fishers, its chair said.", ""].join("\n"));
    expect(a.body).toContain("how the board now talks to fishers");
  });
});

describe("an Austrian paper's 'Weiterlesen' list and its forum's count of 'Postings'", () => {
  it("end the story", () => {
    const story = ["U2-Verlängerung verzögert sich um ein Jahr", "Von Jane Roe", "4. März 2025, 15:12", "",
      "Wer auf die neue U2 in den Süden Wiens wartet, muss sich noch länger gedulden, wie die Verkehrsbetriebe am Dienstag mitteilten, denn die Arbeiten verzögern sich.", "",
      "Der erste Abschnitt der U5 ist von der Verzögerung nicht betroffen und soll wie geplant 2026 in Betrieb gehen.", ""];
    const a = parseArticle([...story, "Weiterlesen", "U5 vor dem Start: Was sich für Fahrgäste ändert", "Verkehrsbetriebe erhöhen Jahreskarte nicht", "Forum", "187 Postings", "Neueste zuerst", "Franzi aus Favoriten", "4. März 2025, 17:31", "Wenn ich in Pension geh, fahr ich mit der U2.", "42", "Antworten", ""].join("\n"));
    expect(a.body.endsWith("wie geplant 2026 in Betrieb gehen.")).toBe(true);
    expect(isCommentsMarker("187 Postings")).toBe(true);
    expect(isWidgetHeading("Weiterlesen")).toBe(true);
  });
});

describe("a government's media statement", () => {
  it("takes its headline over the ministers and their offices, not an office", () => {
    const page = ["Skip to content", "Example Government", "The Cabinet and Ministerial Directory", "Search", "Home", "Ministers", "Media Statements", "Ministerial Diaries", "Contact", "",
      "Home › Media Statements › Search", "", "$42 million to rebuild shire roads and bridges after February floods", "", "Joint statement", "The Honourable Jane Roe", "Minister for Local Government and Water",
      "The Honourable John Doe", "Minister for Disaster Recovery and Resilience", "", "Published Wednesday, 09 April 2025 at 10:12 AM", "",
      "The shire council will receive $42 million to repair roads, causeways and bridges damaged when record rainfall hit the district in February, the ministers said.", "",
      "The funding, provided under the jointly funded disaster recovery arrangements, will cover 180 kilometres of council roads and four timber bridges.", ""];
    expect(parseArticle(page.join("\n")).title).toBe("$42 million to rebuild shire roads and bridges after February floods");
  });
});

describe("a bare byline under the story", () => {
  const story = ["Plans for holiday pods on loch shore draw 200 objections", "", "March 4, 2025", "",
    "More than 200 people have objected to plans for twenty holiday pods on the shore of the loch, which the applicant says would bring fourteen jobs to the village.", "",
    "Residents said the pods would be seen from every house on the north shore, and that the single-track road to the site could not take the extra traffic in summer.", "",
    "The applicant, a local family firm, said the pods would be built from timber grown in the glen and would be hidden from the road by new planting along the shore.", "",
    "A council spokeswoman said all representations would be taken into account before the planning committee meets to decide the application in May.", ""];
  it("names the writer over the reporting service's name", () => {
    const a = parseArticle([...story, "By Jane Roe", "Local Democracy Reporting Service", "", "Comments (37)", "Sort by: Newest", ""].join("\n"));
    expect([a.author, a.body.endsWith("decide the application in May.")]).toEqual(["Jane Roe", true]);
  });
  it("but not over a book's extract that goes on in short lines", () => {
    const a = parseArticle([...story, "The Dynamite Fiend:", "By Jane Roe", "LUCK and good instincts led", "the historian to uncover the story of one of the century's", "notorious swindlers.", ""].join("\n"));
    expect(a.author).toBeNull();
  });
});

describe("a comment count after a dash", () => {
  it("is a comments marker: 'Comments - 3'", () => {
    expect(isCommentsMarker("Comments - 3")).toBe(true);
    expect(isCommentsMarker("Comments: 12")).toBe(true);
    expect(isCommentsMarker("Comments - the council's plan")).toBe(false);
  });
});

describe("an Arabic byline without a dash", () => {
  it("'كتب أحمد عبد الحليم' names its writer; a sentence that opens with the verb does not", () => {
    expect(BYLINE.exec("كتب أحمد عبد الحليم")?.[1]).toBe("أحمد عبد الحليم");
    expect(BYLINE.exec("كتب - أحمد عبد الحليم")?.[1]).toBe("أحمد عبد الحليم");
    expect(BYLINE.test("كتب المحافظ رسالة إلى الوزير يطلب فيها تمويلا إضافيا للمشروع")).toBe(false);
  });
});

describe("a section's label glued to the writer's name", () => {
  it("is no part of the name: 'NewsJane Roe Local Democracy Reporter'", () => {
    expect(nameWithRole("NewsJane Roe Local Democracy Reporter")).toBe("Jane Roe");
    expect(cleanByline("NewsJane Roe")).toBe("Jane Roe");
    expect(cleanByline("Newsome Roe")).toBe("Newsome Roe");
  });
});

describe("a club's post signed with the writer's job over its date", () => {
  const post = ["Late breeze rescues regatta finale", "",
    "After four days of sunshine and not nearly enough wind, the regatta finished in style on Saturday when a south-westerly filled in just after lunch and gave the fleet two cracking races.", "",
    "Thanks as ever to everyone who made the week happen: the race team and safety boat crews, who spent long hours on the water waiting for the breeze, and the galley team.", "",
    "The prize-giving barbecue on Saturday night raised more than six hundred pounds for the lifeboat station, and the bar stayed open until the last crews had packed their boats away.", "",
    "Full results for every fleet are on the Racing page, and the photos are in the members' gallery.", ""];
  it("names the writer and dates the post", () => {
    const a = parseArticle([...post, "Jane Roe, Racing Secretary", "Posted 5th August 2024", "", "Photos: John Doe", "« Back to News", "Other news", "Cadet Week places still available", ""].join("\n"));
    expect([a.author, a.date]).toEqual(["Jane Roe", "2024-08-05"]);
  });
  it("but not another article's byline and date over its story in short lines", () => {
    const a = parseArticle([...post, "Jane Roe, Example Journal", "Sunday, September 18 2011", "It was pitch black and brutally cold when the", "prisoner was led from his cell to start his", "long, last walk.", ""].join("\n"));
    expect(a.author).toBeNull();
  });
});

describe("a pointer to the story's audio under it", () => {
  it("is the page's, not the story's", () => {
    for (const t of ["🎧 Listen to Jane's full interview with the trader in the Breakfast podcast.", "Want more news? Listen to today's daily briefing above or go here for more info.", "Listen again to the interview on the Radio Five Live website."]) expect(isTrailer(t)).toBe(true);
    expect(isTrailer("Listen to the river, she said, and you will hear the town's history in it.")).toBe(false);
  });
});

describe("a consent banner over the page, in the page's language", () => {
  it("is furniture, so the story is not taken to start in it", () => {
    const page = ["Le Courrier de l'Exemple", "Nous respectons votre vie privée",
      "Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.",
      "Avec nos partenaires, nous traitons les données suivantes :", "Données de géolocalisation précises et identification par analyse du terminal, publicités et contenu personnalisés.",
      "En savoir plus →", "Refuser", "Accepter & Fermer", "Aller au contenu principal", "Menu", "S'abonner", "Se connecter", "Actualités", "Sports", "Loisirs", "Économie", "Santé",
      "La maternité suspend les accouchements de nuit, les futurs parents inquiets",
      "Faute de sages-femmes et d'anesthésistes en nombre suffisant, l'hôpital ne pourra plus assurer les accouchements entre 20 heures et 8 heures à partir du 1er décembre.",
      "Par Jane Roe - 14 nov. 2024 à 06:00 - modifié le 14 nov. 2024 à 09:12 - Temps de lecture : 3 min", "|", "Partager", "Facebook", "Réservé aux abonnés",
      "La maternité réalise environ 1 900 accouchements par an. Photo Jane Roe",
      "La nouvelle est tombée mardi soir, lors d'une réunion du personnel, puis a fait le tour des groupes de jeunes parents de la ville en quelques heures.", "",
      "Faute de sages-femmes en nombre suffisant, la maternité ne pourra plus assurer les accouchements la nuit pendant au moins trois mois.", ""];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.author]).toEqual(["La maternité suspend les accouchements de nuit, les futurs parents inquiets", "2024-11-14", "Jane Roe"]);
  });
});

describe("a Slovene page's stamp and writer's label", () => {
  it("read 'junij' and 'julij' (the months' nominatives) and 'Avtor:'", () => {
    expect(findDate("5. junij 2025 ob 12:18")?.date).toBe("2025-06-05");
    expect(findDate("14. julij 2025")?.date).toBe("2025-07-14");
    expect(BYLINE.exec("Avtor: Maja Roe")?.[1]).toBe("Maja Roe");
  });
});

describe("a widget's instructions for the keyboard", () => {
  it("are furniture, never the headline", () => {
    expect(isBoilerplate("Press Enter to show all options, press Tab go to next option")).toBe(true);
    const page = ["Skip to Main Content", "Website Sign In", "City of Example Falls Minnesota", "Search", "Government", "Departments", "Residents", "Business", "Visitors", "Home", "News Flash", "Print",
      "Email this news flash", "Share & Bookmark", "Press Enter to show all options, press Tab go to next option", "Facebook", "Twitter", "Email", "City News", "Posted on: March 4, 2025",
      "Council approves $4.2 million renovation of Riverside Park pool", "",
      "The City Council on Monday night voted 6-1 to approve a $4.2 million renovation of the Riverside Park pool, which will close for the 2026 season.", "",
      "The project will replace the pool's 1968 filtration system, reline the main basin and rebuild the bathhouse to meet accessibility standards.", ""];
    expect(parseArticle(page.join("\n")).title).toBe("Council approves $4.2 million renovation of Riverside Park pool");
  });
});

describe("a site's name over its date strip at the very top", () => {
  it("is the masthead, not the writer: the byline further down is the story's", () => {
    const page = ["Suara Contoh", "Selasa, 5 Ogos 2025", "LANGGAN", "LOG MASUK", "Berita", "Nasional", "Politik", "Dunia", "Bisnis", "Sukan", "Hiburan", "Cari", "Berita › Nasional",
      "Banjir kilat: 12 kawasan di ibu negara terjejas selepas hujan lebat", "Oleh Nur Aisyah Roe - Ogos 5, 2025 @ 3:12pm", "Kongsi", "Facebook", "WhatsApp",
      "KUALA LUMPUR: Sekurang-kurangnya 12 kawasan di ibu negara dilanda banjir kilat selepas hujan lebat berterusan selama hampir tiga jam petang tadi.", "",
      "Antara kawasan terjejas termasuk beberapa jalan utama di tengah bandar, menurut kenyataan pihak berkuasa tempatan yang dikeluarkan petang ini.", ""];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author]).toEqual(["Banjir kilat: 12 kawasan di ibu negara terjejas selepas hujan lebat", "Nur Aisyah Roe"]);
  });
});

describe("a consent banner between the date strip and the headline", () => {
  it("takes neither the strip over it nor the breadcrumb and share buttons under it", () => {
    const page = ["Naar hoofdinhoud", "Voorbeeld Courant", "Abonneren", "Inloggen", "Nieuws", "Groningen", "Drenthe", "Regio", "Sport", "Economie", "Cultuur", "Zoeken", "Menu", "di 13 mei 2025",
      "Wij en onze partners gebruiken cookies en vergelijkbare technieken om onze website goed te laten werken en advertenties te tonen.", "Instellingen", "Akkoord",
      "Groningen / Aardbevingen", "Gedupeerden in aardbevingsgebied krijgen sneller vergoeding", "Sanne Roe", "12 mei 2025, 14:03", "Delen", "Facebook", "WhatsApp",
      "GRONINGEN - Gedupeerden in het aardbevingsgebied krijgen vanaf volgende maand sneller hun vergoeding uitbetaald, heeft het instituut maandag bekendgemaakt.", "",
      "Het instituut belooft binnen acht weken na een melding uit te betalen, waar dat nu vaak meer dan een halfjaar duurt.", ""];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.author, a.date]).toEqual(["Gedupeerden in aardbevingsgebied krijgen sneller vergoeding", "Sanne Roe", "2025-05-12"]);
  });
});

describe("a state agency's release saved as text", () => {
  it("reads its arrowed breadcrumb, its headline wrapped onto a second line and 'For Immediate Release: date'", () => {
    const page = ["Skip to main content", "", "Example.gov <https://www.example.gov/>", "Search Example.gov", "", "Department of Environmental Protection", "",
      "  * Home", "  * About DEP", "  * Air", "  * Land", "  * Water", "  * Newsroom", "", "",
      "Home <https://www.example.gov/dep/> → Newsroom → News Releases → 2025", "", "",
      "  DEP issues cyanobacteria bloom advisory for Lower Tannery Pond and", "  Mill Stream", "", "", "News Release", "", "For Immediate Release: July 2, 2025", "",
      "Contact: Jane Roe, Communications Director, 207-555-0134,", "", "",
      "AUGUSTA — The Department of Environmental Protection today issued an advisory for the pond and the stream below it after samples showed a cyanobacteria bloom.", "",
      "Samples taken at three locations on the pond showed cell counts well above the levels at which the department recommends avoiding contact with the water.", ""];
    const a = parseArticle(page.join("\n"));
    expect([a.title, a.date, a.author]).toEqual(["DEP issues cyanobacteria bloom advisory for Lower Tannery Pond and Mill Stream", "2025-07-02", null]);
  });
});

describe("datelines with Portuguese abbreviated February and a site's address in small letters", () => {
  it("are read", () => {
    expect(readDateline("Braga, 04 fev 2025 (Lusa) – O hospital vai abrir em 2026 uma unidade de cuidados paliativos.")?.place).toBe("Braga");
    expect(findDate("04 fev 2025")?.date).toBe("2025-02-04");
    expect(readDateline("SURABAYA, contoh.id - Harga cabai rawit di sejumlah pasar tradisional terus merangkak naik.")?.place).toBe("SURABAYA");
    expect(readDateline("Surabaya, contoh.id - Harga cabai rawit naik.")).toBeNull();
  });
});

describe("the session's rules do not take a story's own lines (a review's cases)", () => {
  const top = ["Harbour board votes to build a new sea wall", "By Jane Roe", "March 4, 2025", ""];
  const more = ["Work is due to start in the spring and take about three months, the board said, at a cost of two million pounds shared with the county.", "",
    "Fishers said they had waited two years for the board to act and were glad the wait was over at last.", ""];
  it("keep a lead printed twice in a row, and a story's line about cookies", () => {
    const lead = "The council voted on Tuesday night to approve a new harbour wall after winter storms tore away much of the old one.";
    expect(parseArticle([...top, lead, lead, "", ...more].join("\n")).body).toContain("voted on Tuesday night");
    const cookies = "Local troops sold more than 40,000 boxes of cookies this spring, a record for the district, the council said on Tuesday.";
    expect(parseArticle([...top, cookies, "Advertisement", "", ...more].join("\n")).body).toContain("boxes of cookies");
  });
  it("take no headline that opens with a date for a date line, and no office named in a headline for a minister's", () => {
    expect(readStamp("May 4, 1970 Kent State Shootings Remembered")).toBeNull();
    const a = parseArticle(["Home", "News", "Health", "Politics", "Minister for Health Welcomes New Hospital Funding", "March 4, 2025", "",
      "The health minister welcomed on Tuesday the funding the treasury set aside for a new hospital in the north of the county, saying it was long overdue.", "", ...more].join("\n"));
    expect(a.title).toBe("Minister for Health Welcomes New Hospital Funding");
  });
  it("keep a case file's box that times one event, and read no Arabic headline that opens with 'books' as a byline", () => {
    const box = ["Jane ROE", "Classification: Murderer", "Date of arrest: June 6, 1988, 10:45 p.m.", "Number of victims: 1", "Method of murder: Shooting", "Location: Ontario, Canada", "Status: Sentenced to life"];
    expect(namedFactBox(box.length, (k) => box[k]!)?.name).toBe("Jane ROE");
    expect(BYLINE.test("كتب جديدة في معرض القاهرة")).toBe(false);
  });
  it("take a headline ending on 'Her' whole, a day named for no dateline, a band's show for no audio pointer, 'Postings' alone for no comments", () => {
    const a = parseArticle(["Home", "Features", "The Teacher Who Changed Her", "Jane Roe", "March 4, 2025", "", "She was nine when the new teacher arrived in the village school, and for the first time someone asked what she wanted to become.", "", ...more].join("\n"));
    expect([a.title, a.author]).toEqual(["The Teacher Who Changed Her", "Jane Roe"]);
    expect(readDateline("Last Friday, March 5 – International Women's Day – the mayor opened the new shelter.")).toBeNull();
    expect(isTrailer("Hear the band play at the show on Friday.")).toBe(false);
    expect(isCommentsMarker("Postings")).toBe(false);
  });
});

describe("an agency's letters between dashes under a release", () => {
  it("end it, as '-30-' does", () => {
    expect(isEndMarker("-NPS-")).toBe(true);
    expect(isEndMarker("–DEP–")).toBe(true);
    expect(isEndMarker("-a-")).toBe(false);
  });
});

describe("a German broadcaster's box of a linked story set into the story", () => {
  it("goes under its heading 'Weitere Informationen'; the story goes on under it", () => {
    const top = ["Brücke über die Weser wird zwei Jahre gesperrt", "Von Jane Roe", "12.03.2025 14:33 Uhr", "",
      "Die Weserbrücke bei Hoya wird ab Juni für zwei Jahre voll gesperrt, teilte die Landesbehörde für Straßenbau am Mittwoch mit, weil die Sanierung nicht länger warten kann.", "",
      "Während der Bauarbeiten wird der Verkehr großräumig über die Brücken in Nienburg und Verden umgeleitet, was für Pendler bis zu vierzig Minuten Umweg bedeutet.", ""];
    const a = parseArticle([...top, "Weitere Informationen", "Marode Brücken im Land: Wo es am dringendsten ist", "Hunderte Brücken gelten als sanierungsbedürftig. Eine Übersicht. mehr",
      "Händler befürchten Umsatzeinbußen", "In Hoya selbst sorgt die Nachricht für gemischte Gefühle, denn viele Geschäfte leben von Kunden aus den Dörfern auf der anderen Seite des Flusses.", ""].join("\n"));
    expect(a.body).not.toContain("Wo es am dringendsten ist");
    expect(a.body).toContain("gemischte Gefühle");
  });
});

describe("'Related' with a noun of its own over a list of links", () => {
  it("is a widget's heading: 'Related funding', 'Related coverage'", () => {
    for (const t of ["Related funding", "Related coverage", "Related topics"]) expect(isWidgetHeading(t)).toBe(true);
    expect(isWidgetHeading("Related Party Transactions")).toBe(false);
    expect(isWidgetHeading("Related to the flood, the council said")).toBe(false);
  });
});

describe("a writer's last paragraph that asks the reader to write, and goes on", () => {
  const top = ["Seed library returns to all five branches this spring", "By Jane Roe", "March 4, 2025", "",
    "The seed library is back at all five branches this spring, with more than 120 varieties of vegetables, herbs and flowers that anyone with a library card can take home.", "",
    "We've also added seeds for container gardening, for anyone working with a balcony or a sunny windowsill. Look for the green labels.", ""];
  it("is the story's; a paragraph that ends on the address is a contact line", () => {
    const kept = parseArticle([...top, "Finally, a big thank-you to the 22 volunteers who spent January packing, labeling and sorting. If you'd like to help next winter, email me at jroe@example.org. See you in the stacks – or the garden beds!", ""].join("\n"));
    expect(kept.body).toContain("See you in the stacks");
    const cut = parseArticle([...top, "Jane Roe writes about gardening for the library. E-mail her at jroe@example.org, or write to her c/o P.O. Box 2009, Example, Wash. 98020.", ""].join("\n"));
    expect(cut.body).not.toContain("P.O. Box");
  });
});

describe("a weather-and-date strip under the menus, a writer's stamp further down", () => {
  const page = ["Millbrook Now", "Neighbourhood news since 2011", "", "Home", "News", "Schools", "Events", "Real Estate", "Advertise", "",
    "TIPS? Call 555-0100 (24/7)", "", "64°F Cloudy  |  Tuesday, May 6, 2025", "",
    "Library branch will stay shut through the summer, city says", "May 6, 2025 9:12 am | Posted by Jane Roe | 12 Comments", "",
    "The city told us this morning that the Millbrook branch library, closed since March for a roof repair, will not reopen before September, because the contractor found water damage in the walls.", "",
    "Borrowers can return books at any branch, and the bookmobile will stop at the community centre on Thursdays from 3 to 6 pm.", ""];
  it("is the page's: the headline is the line over the stamp, not what stands over the strip", () => {
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("Library branch will stay shut through the summer, city says");
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2025-05-06");
  });
  it("nor are the links to the posts before and after it, their arrows saying which way", () => {
    const a = parseArticle([...page.slice(0, 14), "← Parade route changes for Saturday", "Found dog: is this yours? →", "", ...page.slice(14)].join("\n"));
    expect(a.title).toBe("Library branch will stay shut through the summer, city says");
    expect(isBoilerplate("← Parade route changes for Saturday")).toBe(true);
    expect(isBoilerplate("Found dog: is this yours? →")).toBe(true);
  });
});

describe("a date under a headline's standfirst, share buttons under it", () => {
  it("is the story's stamp, not a blog's date header over the next line", () => {
    const a = parseArticle(["Inicio", "Nacionales", "Deportes", "Economía", "", "Nacionales", "",
      "Corte de agua en tres barrios de Salto por obras en la red", "",
      "OSE prevé restablecer el servicio el jueves de tarde; habrá camiones cisterna en las escuelas.", "",
      "4 de marzo de 2025 · 10:15", "", "Compartí esta nota", "WhatsApp", "Facebook", "X", "",
      "La empresa estatal OSE anunció que el suministro de agua potable estará cortado desde el miércoles en los barrios Cerro, Artigas y Ceibal de la ciudad de Salto, por obras en la red principal.", "",
      "Según la empresa, los trabajos afectarán a unas 4.000 viviendas y se extenderán durante al menos 30 horas, según el cronograma previsto por los técnicos.", ""].join("\n"));
    expect(a.title).toBe("Corte de agua en tres barrios de Salto por obras en la red");
    expect(a.date).toBe("2025-03-04");
  });
});

describe("the tags' heading said again by the next story under this one", () => {
  it("still ends this story", () => {
    const story = (title: string, lead: string, tags: string[]) => [title, "", "12 de junio de 2025 · 11:20", "", lead, "",
      "Las autoridades informaron que el operativo se extenderá durante toda la semana y pidieron a los vecinos que circulen con precaución por la zona afectada.", "",
      "Etiquetas:", ...tags, ""];
    const a = parseArticle([
      ...story("Cierran el puente viejo de Paysandú por reparaciones", "El puente viejo de Paysandú permanecerá cerrado al tránsito desde el lunes por trabajos de reparación en su estructura, informó la Intendencia.", ["Paysandú", "Tránsito"]),
      "Siguiente nota", "",
      ...story("Detienen a un hombre por hurto en una feria de Colón", "Un hombre de 34 años fue detenido este jueves tras hurtar varias garrafas en la feria del barrio Colón, informó el Ministerio del Interior, que agregó que tenía antecedentes y que la mercadería fue devuelta a sus dueños.", ["Colón", "Hurto"]),
      "Cargando más noticias...", "",
    ].join("\n"));
    expect(a.body).toContain("puente viejo");
    expect(a.body).not.toContain("garrafas");
  });
});

describe("a photo's caption under its credit, over the story", () => {
  it("goes with the credit: 'Imagen: Canal 9' over the caption", () => {
    expect(creditLine("Imagen: Canal 9")).toBe("above");
    expect(creditLine("Imagem: Agência Brasil")).toBe("above");
    const a = parseArticle(["Crece el río Negro y hay 200 evacuados en Mercedes", "", "15 de mayo de 2025 · 09:40", "",
      "Imagen: Canal 9", "Vecinos cargan muebles en un camión en la costa de Mercedes.", "",
      "La crecida del río Negro obligó a dejar sus casas a 214 personas en Mercedes, según el último informe del Sistema Nacional de Emergencias divulgado este jueves de mañana.", "",
      "El organismo estima que el río podría seguir creciendo hasta el sábado, cuando se espera el pico, y pidió a los vecinos de las zonas bajas que se preparen para salir.", ""].join("\n"));
    expect(a.body.startsWith("La crecida del río Negro")).toBe(true);
  });
});

describe("a photo's caption said twice over the byline (its alt text, then the caption)", () => {
  it("is no headline said twice", () => {
    const a = parseArticle(["Skip to main content", "Example Post", "Home", "Business", "Sport", "World", "Opinion", "Menu", "Search", "",
      "Night buses to run every 15 minutes on four routes", "Transport operators will add 60 buses to the night network from June.",
      "A night bus at a stop in Example Square. (File photo: Example Post/Jane Doe)", "A night bus at a stop in Example Square. (File photo: Example Post/Jane Doe)",
      "Jane Roe", "06 Feb 2025 06:00AM", "Share", "",
      "EXAMPLE CITY: Night buses on four of the busiest routes will run every 15 minutes from June, up from every half hour, the transport authority said on Thursday, after ridership on them rose by a third last year.", "",
      "The authority said the change would cost about 4 million dollars a year and would be reviewed after twelve months, once it could see how many more people used the services.", ""].join("\n"));
    expect(a.title).toBe("Night buses to run every 15 minutes on four routes");
    expect(a.author).toBe("Jane Roe");
  });
  it("nor a Japanese paper's, the photographer in brackets at its end", () => {
    expect(isCaption("港に並ぶ漁船＝21日（山田太郎撮影）")).toBe(true);
    expect(isCaption("漁船の数、過去最多に　函館港")).toBe(false);
  });
});

describe("a consent banner whose buttons run onto its text, on one line", () => {
  it("is the page's, not prose that ends the page top", () => {
    const a = parseArticle(["Vai al contenuto", "Il Corriere di Example", "Abbonati", "Accedi", "Cronaca", "Politica", "Sport", "Cultura", "Economia", "Porto",
      "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie. Accetta Rifiuta Personalizza",
      "Cronaca", "Il ponte sul canale chiude per due settimane", "di Giulia Rossi", "12 febbraio 2025", "Condividi",
      "Dal 3 marzo il ponte sul canale dei Fossi sarà chiuso al traffico per due settimane per consentire la sostituzione dei giunti e il rifacimento dell'asfalto, ha annunciato il Comune.",
      "Il traffico sarà deviato sul lungomare e sulle strade vicine, e gli autobus delle linee 1 e 4 cambieranno percorso per tutta la durata dei lavori, secondo l'azienda dei trasporti."].join("\n"));
    expect(a.title).toBe("Il ponte sul canale chiude per due settimane");
    expect(a.author).toBe("Giulia Rossi");
    expect(a.body).not.toContain("cookie");
  });
});

describe("a weather widget's reading", () => {
  it("is the page's: a place or the sky beside a temperature", () => {
    for (const t of ["Livorno 14°C", "81°F Sunny", "Partly cloudy -3 °C", "New York 72°F Mostly Sunny"]) expect(isBoilerplate(t)).toBe(true);
  });
  it("not a headline that gives a temperature", () => {
    for (const t of ["Seville swelters at 44°C", "Temperatures hit 40°C in Seville", "Heatwave: 41°C"]) expect(isBoilerplate(t)).toBe(false);
  });
});

describe("a title with the site's long name after a bar", () => {
  it("is the headline without it, in a reader view under the site's address", () => {
    const a = parseArticle(["example.co.nz", "Council to trial paid parking at the bus hub | Example Daily Times Online News", "By Jane Roe", "5–6 minutes", "", "Tue, 25 Feb 2025",
      "Free parking at the bus hub could soon be a thing of the past, under a proposal the district council will consider on Thursday.", "",
      "The council is proposing a six-month trial of paid parking at the 140-space car park beside the hub, with drivers charged $2 an hour after the first 30 minutes.", ""].join("\n"));
    expect(a.title).toBe("Council to trial paid parking at the bus hub");
  });
});

describe("a writer's name over a time said relative to the reading, under the headline", () => {
  it("is the byline, and the headline over it the story's, though the page's date strip stands over the menus", () => {
    const a = parseArticle(["Newsday", "Trinidad and Example Newsday", "Mon 10 Mar 2025", "Port of Spain 31°C", "ePaper", "Subscribe", "Login", "Home", "News", "Business", "Sport", "Opinion", "Features", "World", "News",
      "Harbour residents: Clear drains before rainy season", "Jane Roe", "3 Hrs Ago",
      "RESIDENTS of the harbour district are calling on the regional corporation to clear blocked drains before the start of the rainy season, saying they cannot afford another flood like last year's.", "",
      "Around 30 residents gathered at the corner of Bay Road on Sunday morning with placards, and said the main drain was still full of silt and household waste four months after the flood.", ""].join("\n"));
    expect(a.title).toBe("Harbour residents: Clear drains before rainy season");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a consent banner of several lines about cookies, its buttons naming them", () => {
  it("is the page's, heading and all: the headline is under the menus", () => {
    const a = parseArticle(["Cookies on the Example Council website", "We've put some small files called cookies on your device to make our site work.",
      "We'd also like to use analytics cookies. These send information about how our site is used to a service we pay for. We use this information to improve our site.",
      "Let us know if this is OK. We'll use a cookie to save your choice.", "Accept analytics cookies", "Reject analytics cookies", "",
      "Skip to main content", "Example Council", "Search", "Menu", "Bins and recycling", "Council tax", "Roads", "News", "", "Home", "News", "",
      "Garden waste collections resume on Monday", "", "Published: 3 March 2025", "",
      "Garden waste collections will resume across the borough on Monday 10 March after the winter break, the council has said, with bins emptied every two weeks until the end of November.", "",
      "Residents who have not yet renewed their garden waste permit can do so online, and permits bought before the end of the month will cost £5 less than last year.", ""].join("\n"));
    expect(a.title).toBe("Garden waste collections resume on Monday");
    expect(a.date).toBe("2025-03-03");
    expect(a.body).not.toContain("cookie");
  });
});

describe("a link to another story under 'A LIRE AUSSI', the accent dropped in capitals", () => {
  it("is the page's", () => {
    expect(isBoilerplate("A LIRE AUSSI : Les prix du carburant en hausse de 3 % sur un mois")).toBe(true);
    expect(isBoilerplate("À lire aussi : Les prix du carburant en hausse de 3 % sur un mois")).toBe(true);
  });
});

describe("a photo's caption between paragraphs", () => {
  const para = (s: string) => [s, ""];
  const story = ["Man jailed for stealing catalytic converters from 60 cars", "By Jane Roe", "4 March 2025", "",
    ...para("A man who stole catalytic converters from more than 60 parked cars across three counties has been jailed for four years, a court heard on Monday."),
    ...para("The converters, which contain precious metals, were sold on through a scrap metal dealer, and detectives estimate the loss to victims exceeded £250,000.")];
  const after = para("He was identified after detectives examined more than 400 hours of CCTV footage and tracked a stolen estate car used in several of the thefts to a lock-up garage.");
  it("goes, right under a picture's mark with its alternative text", () => {
    const a = parseArticle([...story, "[Image: Converters recovered in a search of a lock-up garage]", "Some of the converters recovered during the investigation.", "", ...after].join("\n"));
    expect(a.body).not.toContain("Some of the converters recovered");
    expect(a.body).toContain("400 hours of CCTV");
  });
  it("goes, over a labelled credit that says where and when in brackets", () => {
    expect(creditLine("Bild: Jane Roe (Luzern, 5. Mai 2025)")).toBe("below");
    const a = parseArticle([...story, "Officers with some of the recovered converters.", "Bild: Jane Roe (Luzern, 5. Mai 2025)", "", ...after].join("\n"));
    expect(a.body).not.toContain("Officers with some");
    expect(a.body).toContain("400 hours of CCTV");
  });
});

describe("the writer's label in Serbian Cyrillic", () => {
  it("names the writer: 'Аутор: Jane Roe'", () => {
    const a = parseArticle(["Нови Сад", "Почиње изградња новог моста преко канала", "Мост ће бити дуг 120 метара, а радови ће трајати две године",
      "Аутор: Милица Петровић", "04.02.2025. 14:32", "Подели", "",
      "Градска управа објавила је да ће изградња новог моста преко канала почети у марту, а вредност радова процењена је на 900 милиона динара.", "",
      "Нови мост ће повезати два насеља која су до сада била раздвојена каналом, па ће становници уштедети и до двадесет минута вожње.", ""].join("\n"));
    expect(a.author).toBe("Милица Петровић");
  });
});

describe("a writer's name over a time said relative to the reading, under the photo's caption", () => {
  it("is the byline, the headline over the standfirst and the caption the story's", () => {
    const a = parseArticle(["Home", "News", "Sport", "Business", "Opinion", "Premium", "Belfast", "8°C", "Northern Ireland",
      "Harbour ferry out of action for third time this month as commuters face long detour", "'It's not a ferry service, it's a lottery,' says harbour business owner",
      "The ferry at the slipway in the harbour. Pic: John Doe", "Jane Roe", "Today at 06:30", "Share", "",
      "Commuters on the peninsula are facing a 47-mile round trip by road after the harbour ferry was taken out of service again, the third time this month.", "",
      "The department said the main vessel had developed a fault with its steering gear on Monday evening and that engineers were working to fix it.", ""].join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.title).toBe("Harbour ferry out of action for third time this month as commuters face long detour");
  });
});

describe("a post's footer with its date and writer on one line", () => {
  const post = ["Example Valley Mountain Rescue Team", "Home", "About Us", "Call-outs", "News", "Donate", "", "News", "",
    "Nine-hour rescue for walkers caught out on the ridge after dark", "",
    "A long night for the team on 27th December, with two incidents on the ridge that kept members on the hill for more than nine hours in freezing fog.", "",
    "At 15:40 we were called by the police to a group of four walkers who had reached the summit late in the afternoon, lost the path in the fog and were getting cold.", "",
    "We'd like to gently remind everyone heading out over the holidays that winter days are very short, and to carry a head torch and spare layers.", ""];
  it("dates the post, names its writer and ends it: the appeal under it is the page's", () => {
    const a = parseArticle([...post, "Posted 28th December 2024 by Jane Roe in Call-outs, News", "", "Share this post", "",
      "Every rescue costs us money. Our team is made up entirely of unpaid volunteers, and we rely on donations to keep our vehicles on the road and our kit up to date.", "Donate now", ""].join("\n"));
    expect(a.date).toBe("2024-12-28");
    expect(a.author).toBe("Jane Roe");
    expect(a.body).toContain("carry a head torch");
    expect(a.body).not.toContain("unpaid volunteers");
  });
});

describe("a section's label run onto a date in words", () => {
  it("is read past: 'NewsTuesday 3 September 2024'", () => {
    expect(readStamp("NewsTuesday 3 September 2024")?.published).toBe("2024-09-03");
    expect(readStamp("SportMarch 4, 2025")?.published).toBe("2025-03-04");
  });
  it("dates a society's news post, whose headline is under it, not the society's name over its menus", () => {
    const a = parseArticle(["The Example Players", "", "What's On", "Book Tickets", "Get Involved", "About", "News", "", "Box Office 01632 960 000 | Basket", "",
      "NewsTuesday 3 September 2024", "", "Example Players announce autumn season and return of the panto", "",
      "We're delighted to announce our autumn season, which opens later this month with a new staging of a classic thriller in the Main Hall, followed by our youth theatre's own play.", "",
      "Tickets for all three productions go on sale to members on Monday 9 September and to the general public a week later, priced from £12.", ""].join("\n"));
    expect(a.date).toBe("2024-09-03");
    expect(a.title).toBe("Example Players announce autumn season and return of the panto");
  });
});

describe("a date under a section's trail, a line a step, the headline and its standfirst under the date", () => {
  it("dates the headline under it; the trail's last step is no headline", () => {
    const a = parseArticle(["Tickets", "Membership", "Shop", "", "EXAMPLE COUNTY CRICKET CLUB", "", "HomeNewsFixturesTeamsContact", "", "News", "Men's First Team", "", "Sat 17 May 2025", "",
      "Career-best seven wickets put Example in command against the visitors", "", "Fast bowler rips through top order on a green pitch", "", "Share this:", "",
      "Jane Roe produced the best figures of her career as Example took a firm grip on the match on the second day, bowling the visitors out for 188 after the home side had made 412.", "",
      "The 24-year-old seamer took 7-41 from 17 overs, including a spell of four wickets for six runs either side of lunch, as the visitors slipped from 60-1 to 131-7.", ""].join("\n"));
    expect(a.title).toBe("Career-best seven wickets put Example in command against the visitors");
    expect(a.date).toBe("2025-05-17");
  });
});

describe("stamps written as some sites write them", () => {
  it("reads the month, day and year parted by spaced dashes: 'Mar - 18 - 2025 , 07:12'", () => {
    expect(readStamp("Mar - 18 - 2025 , 07:12")?.published).toBe("2025-03-18");
    expect(findDate("Mar - 18 - 2025")?.date).toBe("2025-03-18");
  });
  it("reads an update run onto the date and onto its own time: '10:42, 14 MAR 2025Updated11:05, 14 MAR 2025'", () => {
    const s = readStamp("10:42, 14 MAR 2025Updated11:05, 15 MAR 2025");
    expect(s?.published).toBe("2025-03-14");
    expect(s?.updated).toBe("2025-03-15");
  });
});

describe("a paper named by a definite article and a word, after the writer's name", () => {
  it("is the outlet, not a second writer: 'Par Jane Roe, Le Soleil'", () => {
    for (const t of ["Le Soleil", "El Universo", "Der Bund"]) expect(isArticleOutlet(t)).toBe(true);
    expect(isArticleOutlet("Lea Roe")).toBe(false);
    // (Only after a comma: a name may open with the same word, "Jane Roe and Le Hoang".)
    expect(cleanByline("Jane Roe and Le Hoang")).toBe("Jane Roe and Le Hoang");
    const a = parseArticle(["Actualités", "Le déneigement coûtera 6 M$ de plus cet hiver", "Le conseil municipal adopte un budget supplémentaire après une série de tempêtes",
      "Par Jane Roe, Le Soleil", "16 janvier 2025 à 16h32", "",
      "Le conseil municipal a adopté mardi soir un budget supplémentaire de 6 millions de dollars pour le déneigement, après une série de tempêtes qui ont vidé les réserves de la ville dès le mois de décembre.", "",
      "La mairesse a expliqué que les précipitations de décembre avaient atteint près du double de la moyenne, ce qui a obligé la ville à multiplier les opérations de chargement.", ""].join("\n"));
    expect(a.author).toBe("Jane Roe");
  });
});

describe("an item saved from a feed reader", () => {
  const item = ["Feeds", "All Articles", "Today", "Read Later", "Example Radio - Local News", "", "Example Radio - Local News",
    "Airport to close overnight for six weeks during runway resurfacing", "example.net", "Tue, 08 Oct 2024 15:40", "",
    "Visit website", "Mark as read", "Save for later", "Share", "",
    "The airport will close to all flights overnight for six weeks from next month while the main runway is resurfaced, the department said on Tuesday.", "",
    "The works will take place between 10pm and 6am, Sunday to Thursday nights, and the last departure of the evening will leave no later than 9.30pm.", "",
    "Visit website", "", "Next in Example Radio - Local News", "Horse trams to run extra weekend services next summer", "example.net · Tue, 08 Oct 2024 14:55",
    "Teachers' pay offer rejected by union members", "example.net · Tue, 08 Oct 2024 13:20", "", "Mark all as read"];
  it("has its headline over its source and date, and its buttons are the reader's", () => {
    for (const t of ["Mark as read", "Save for later", "Visit website"]) expect(isBoilerplate(t)).toBe(true);
    const a = parseArticle(item.join("\n"));
    expect(a.title).toBe("Airport to close overnight for six weeks during runway resurfacing");
    expect(a.date).toBe("2024-10-08");
  });
  it("ends where the reader lists the feed's next items", () => {
    expect(isWidgetHeading("Next in Example Radio - Local News")).toBe(true);
    const a = parseArticle(item.join("\n"));
    expect(a.body).toContain("no later than 9.30pm");
    expect(a.body).not.toContain("Horse trams");
  });
});

describe("a dateline with the agency's name in brackets and a full stop, no dash", () => {
  it("is read: 'Arequipa, ene. 29 (ANDINA). La …'", () => {
    const d = readDateline("Cusco, ene. 29 (ANDINA). La Municipalidad Provincial inició este miércoles la limpieza de las torrenteras.");
    expect(d?.place).toBe("Cusco");
    expect(d?.agency).toBe("ANDINA");
    expect(readDateline("Cusco, 29 ene (ANDINA). La Municipalidad inició la limpieza.")?.place).toBe("Cusco");
    // (Not a sentence with a bracketed word in it.)
    expect(readDateline("Cusco, ene. 29 (y después). la lluvia siguió")).toBe(null);
  });
});

describe("dates and stamps in Estonian, Latvian and Lithuanian", () => {
  it("reads the months and the year-first forms", () => {
    expect(readStamp("18. märts 2025, 14:05")?.published).toBe("2025-03-18");
    expect(readStamp("2025. gada 18. martā")?.published).toBe("2025-03-18");
    expect(readStamp("2025 m. kovo 18 d. 14:05")?.published).toBe("2025-03-18");
    expect(findDate("2024 m. gruodžio 3 d.")?.date).toBe("2024-12-03");
  });
  it("reads their labels for published and updated", () => {
    expect(readStamp("Paskelbta: 2025 m. kovo 18 d. 14:05")?.published).toBe("2025-03-18");
    expect(readStamp("Avaldatud: 18. märts 2025, 14:05")?.published).toBe("2025-03-18");
    expect(readStamp("Atnaujinta: 2025 m. kovo 19 d. 09:00")?.updated).toBe("2025-03-19");
  });
});

describe("a byline with its date, then the update after a bar", () => {
  it("keeps the writer and the first date: 'By Jane Roe - March 3, 2025 at 18:42 | Updated …'", () => {
    const en = readStamp("By Jane Roe - March 3, 2025 at 18:42 | Updated March 4, 2025 at 07:15");
    expect(en?.published).toBe("2025-03-03");
    expect(en?.updated).toBe("2025-03-04");
    expect(en?.authors).toEqual(["Jane Roe"]);
    const fr = readStamp("Par Jane Roe - 03 mars 2025 à 18:42 | mis à jour le 04 mars 2025 à 07:15 - Temps de lecture : 4 min");
    expect(fr?.published).toBe("2025-03-03");
    expect(fr?.authors).toEqual(["Jane Roe"]);
  });
});

describe("a newsletter's lead story with a picture's mark and caption over it", () => {
  it("has its headline in title case over a standfirst as long, and its byline, over the picture", () => {
    const a = parseArticle(["From: Example Eats <hello@eats.example>", "Subject: A beloved taqueria is closing — here's why", "Date: June 12, 2025 at 7:04:31 AM CDT", "To: reader@example.com", "",
      "View this email in your browser", "", "EXAMPLE EATS", "", "Thursday, June 12, 2025", "",
      "Good morning. Today: a neighbourhood institution says goodbye, and where to eat before the festival. — The Example Eats team", "", "_______________", "", "THE BIG STORY", "",
      "After 38 Years, Example Taquería Will Close on 18th Street This Month", "", "Owners say rising rent and a retiring family are behind the decision", "", "by Jane Roe", "",
      "[Image: The red-and-yellow front of the taquería]", "The taquería on 18th Street. Photo by John Doe for Example Eats", "",
      "The tiny counter on 18th Street that has been serving al pastor carved straight off the trompo since 1987 will close for good on Sunday, June 29, its owner said on Wednesday.", "",
      "The owner, 71, confirmed the news on Wednesday afternoon, a few hours after a handwritten sign appeared in the front window, and said the landlord wanted almost double the rent.", "",
      "Regulars lined up around the block on Wednesday evening, many of them saying they had been coming since they were children, and the owner said she would miss them most.", "",
      "You are receiving this because you subscribed. Unsubscribe"].join("\n"));
    expect(a.title).toBe("After 38 Years, Example Taquería Will Close on 18th Street This Month");
    expect(a.author).toBe("Jane Roe");
    expect(a.body.startsWith("The tiny counter")).toBe(true);
  });
});

describe("a writer's name with the place filed from after a comma, under the stamp", () => {
  it("names the writer: 'JANE ROE, Kasama'", () => {
    const a = parseArticle(["Home", "News", "Business", "Sport", "HeadlinesLocal", "Late inputs put district farmers' harvest at risk", "March 11, 2025", "0 Comments", "JANE ROE, Kasama", "",
      "SMALL-SCALE farmers in the district have expressed concern over the late delivery of fertiliser under the support programme, saying their maize yields are likely to drop this season.", "",
      "A farmer said most of the inputs had arrived in late January, weeks after the best planting time, and that many farmers had planted without fertiliser.", ""].join("\n"));
    expect(a.author).toBe("JANE ROE");
    expect(a.date).toBe("2025-03-11");
  });
});

describe("a research release's reference to the paper, and its media enquiries, under the story", () => {
  it("end the story: 'Reference', 'Media enquiries' as headings of their own", () => {
    for (const t of ["Reference", "References", "Journal reference", "Media enquiries", "Press contacts"]) expect(isEndMarker(t)).toBe(true);
    const a = parseArticle(["Peat bacteria could help break down 'forever chemicals', study suggests", "2 April 2025", "",
      "Microbes living in waterlogged upland peat can slowly strip fluorine atoms from some of the most persistent pollutants, according to a study published this week.", "",
      "An outside chemist said the results were intriguing and worth following up, but added that larger field studies would be needed before any practical application could be considered.", "",
      "Reference", "Roe, J., Doe, J. et al. (2025) Reductive defluorination of perfluoroalkyl acids by peatland microbial communities. Example Microbiology Reports.", "",
      "Media enquiries", "Contact Jane Roe, Research Communications Officer, on 01632 960 000", ""].join("\n"));
    expect(a.body).toContain("practical application could be considered");
    expect(a.body).not.toContain("Reductive defluorination");
  });
});

describe("a product review's 'Also consider' and 'How we test' under the verdict", () => {
  it("are the site's: the review ends over them", () => {
    expect(isWidgetHeading("Also consider")).toBe(true);
    expect(isEndMarker("How we test")).toBe(true);
    const a = parseArticle(["Example Aria 3 review: superb noise cancelling, shame about the app", "By Jane Roe", "March 3, 2025", "",
      "Example has spent the past five years quietly building a reputation for headphones that punch above their price, and the Aria 3 are its most ambitious pair yet.", "",
      "Should you buy them?", "If noise cancelling and sound quality are your priorities, the Aria 3 are an excellent buy, but the rival remains the safer choice until the app is fixed.", "",
      "Also consider", "Rival Model X5", "Still the all-rounder to beat, with a superb app and excellent call quality.", "",
      "How we test", "Every pair of headphones we review is used for at least two weeks in real-world conditions. Read more about how we test.", ""].join("\n"));
    expect(a.body).toContain("until the app is fixed");
    expect(a.body).not.toContain("all-rounder");
    expect(a.body).not.toContain("real-world conditions");
  });
});

describe("a press office named under the writer's label", () => {
  it("names no writer: 'Autor: Biuro Prasowe Urzędu Miasta …'", () => {
    const a = parseArticle(["Aktualności", "", "Nowa linia tramwajowa pojedzie od 1 lipca. Zmiany w rozkładach 12 linii", "",
      "Opublikowano: 10.06.2025, 12:15", "Autor: Biuro Prasowe Urzędu Miasta Przykładowa", "", "Udostępnij: Facebook | X | E-mail | Drukuj", "",
      "Od 1 lipca tramwaje pojadą nową trasą do osiedla przy ulicy Przykładowej, a wraz z nią zmienią się rozkłady jazdy dwunastu linii autobusowych i tramwajowych w mieście.", "",
      "Miasto zapowiada, że nowa linia skróci dojazd do centrum o kilkanaście minut i odciąży autobusy, które dziś kursują tą trasą co pięć minut w godzinach szczytu.", ""].join("\n"));
    expect(a.author).toBe(null);
    expect(a.date).toBe("2025-06-10");
    expect(parseArticle(["Tramwaje pojadą nową trasą", "Autor: Jan Kowalski", "10.06.2025", "", "Od 1 lipca tramwaje pojadą nową trasą do osiedla, a wraz z nią zmienią się rozkłady jazdy dwunastu linii.", ""].join("\n")).author).toBe("Jan Kowalski");
  });
});

describe("a Brazilian portal's page: byline with the broadcaster's name and figure, caption closed by a labelled credit after a dash", () => {
  it("names the writer and takes no caption said twice for the headline", () => {
    expect(cleanByline("Jane Roe, RL1 Santos")).toBe("Jane Roe");
    expect(isCaption("Fila de carros na travessia, na manhã desta segunda-feira (21) — Foto: Reprodução/TV Exemplo")).toBe(true);
    const cap = "Fila de carros para a travessia de balsas, na manhã desta segunda-feira (21) — Foto: Reprodução/TV Exemplo";
    const a = parseArticle(["Santos e Região", "Travessia de balsas tem espera de até 3 horas no feriado; veja como está",
      "Departamento Hidroviário diz que operação especial conta com sete embarcações; motoristas relatam fila desde a madrugada.",
      "Por Jane Roe, RL1 Santos", "21/04/2025 09h12 Atualizado há 2 horas", cap, cap,
      "Motoristas que tentavam fazer a travessia de balsas enfrentavam espera de até três horas na manhã desta segunda-feira (21), segundo o Departamento Hidroviário.",
      "No sentido contrário, a espera era de cerca de 40 minutos, e a fila de carros se estendia por mais de dois quilômetros pela avenida da orla."].join("\n"));
    expect(a.title).toBe("Travessia de balsas tem espera de até 3 horas no feriado; veja como está");
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2025-04-21");
  });
});

describe("a charity's page copied without blank lines: photo's alt text over its labelled caption, writer's credit with the date under the story", () => {
  const page = ["Skip to content", "Example Charity", "Get help", "Our work", "Campaigns", "Shop", "About us", "Donate", "News & views", "News", "News",
    "Rough sleeping in our cities up by a third in a year, new count shows",
    "Our outreach teams are meeting more people sleeping outside for the first time – many of them in work.",
    "Outreach worker talking with a man sitting in a doorway in the city centre",
    "Photo: Outreach worker Mia speaks to a man sleeping rough in the city centre. Names and faces changed to protect identities.",
    "The number of people sleeping rough across the eight cities where we run outreach services has risen by 34% in twelve months, according to figures from our annual count.",
    "Our teams and volunteers counted 1,262 people bedded down outside on a single night in October, compared with 942 at the same point last year.",
    "More worrying still, nearly half of the people our outreach workers spoke to said it was their first time sleeping rough, and one in five said they were in work.",
    "We are calling on the government to raise housing support so that it covers at least the cheapest third of local rents, and to fund councils to build more social homes.",
    "Written by Jane Roe, Media and Campaigns Officer | 13.11.2024", "Share this", "Facebook",
    "Hear about our work, our campaigns and ways you can help: sign up to our emails and we will keep you posted every month."];
  it("has its headline over the standfirst, past the photo", () => {
    expect(isCaption("Photo: Outreach worker Mia speaks to a man sleeping rough in the city centre. Names changed.")).toBe(true);
    expect(isCaption("Photo: Jane Roe")).toBe(false);
    expect(parseArticle(page.join("\n")).title).toBe("Rough sleeping in our cities up by a third in a year, new count shows");
  });
  it("is dated and signed by the credit under the story, which ends it", () => {
    const a = parseArticle(page.join("\n"));
    expect(a.date).toBe("2024-11-13");
    expect(a.author).toBe("Jane Roe");
    expect(a.body).not.toContain("sign up to our emails");
  });
});

describe("a feed reader's buttons in German, French, Spanish, Italian and Dutch", () => {
  it("are the reader's, not the item's headline", () => {
    for (const t of ["Als gelesen markieren", "Später lesen", "Auf Website öffnen", "Marquer comme lu", "Marcar como leído", "Segna come letto", "Markeer als gelezen"]) expect(isBoilerplate(t)).toBe(true);
    const a = parseArticle(["Heute", "Später lesen", "Alle Artikel", "Wirtschaft", "Lokales", "Beispiel Rundschau – Wirtschaft  (14)", "Als gelesen markieren",
      "Beispiel Rundschau – Wirtschaft / 14.01.2025, 16:42 / Jana Roe", "Nach Insolvenz: Bäckereikette schließt 23 Filialen – 180 Jobs betroffen", "Auf Website öffnen", "Später lesen", "Teilen",
      "Die insolvente Bäckereikette schließt bis Ende Februar 23 ihrer 71 Filialen im Rheinland. Das teilte der vorläufige Sachwalter am Dienstag in Neuss mit.",
      "Das Familienunternehmen hatte Anfang Dezember beim Amtsgericht einen Antrag auf Eröffnung eines Insolvenzverfahrens in Eigenverwaltung gestellt."].join("\n"));
    expect(a.title).toBe("Nach Insolvenz: Bäckereikette schließt 23 Filialen – 180 Jobs betroffen");
  });
});

describe("a local paper's weather widget over its menus: reading, forecast, its update and 'Full Forecast'", () => {
  it("is the page's: the headline and byline are the story's under the menus", () => {
    for (const t of ["34°", "Partly cloudy. High 46F. Winds WSW at 10 to 20 mph.", "Cloudy with snow showers. Low 21F.", "Full Forecast"]) expect(isBoilerplate(t)).toBe(true);
    expect(isBoilerplate("Temperatures reached a high of 46F on Tuesday, the weather service said.")).toBe(false);
    const a = parseArticle(["Skip to main content", "Example Ledger", "Subscribe", "Log In", "Search", "", "34°", "Partly Cloudy", "Example, MT (59715)", "Today",
      "Partly cloudy. High 46F. Winds WSW at 10 to 20 mph.", "Tonight", "Cloudy with snow showers. Low 21F.", "Updated: March 4, 2025 @ 6:12 am", "Full Forecast",
      "Home", "News", "Local", "Montana", "Sports", "Opinion", "Obituaries", "",
      "City commission OKs $14.6 million deep-well plan as water supply tightens", "", "By Jane Roe", "Mar 4, 2025", "",
      "The city commission on Monday approved a $14.6 million plan to drill two deep wells, a step officials say is needed as the city's surface water supply tightens.", "",
      "The wells would draw from an aquifer about 800 feet below the valley and could supply up to 3 million gallons a day, the city's water engineer told commissioners.", ""].join("\n"));
    expect(a.title).toBe("City commission OKs $14.6 million deep-well plan as water supply tightens");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a Thai stamp with the Buddhist year's two last figures", () => {
  it("is read: '14 พ.ค. 68' is 14 May 2025", () => {
    expect(findDate("14 พ.ค. 68")?.date).toBe("2025-05-14");
    expect(readStamp("14 พ.ค. 68 18:32 น.")?.published).toBe("2025-05-14");
    expect(findDate("14 พ.ค. 2568")?.date).toBe("2025-05-14");
    // (Not a time's figures after a full month's name: "14 พฤษภาคม 18:32".)
    expect(findDate("14 พฤษภาคม 18:32")).toBe(null);
  });
});

describe("a page's byline under a writer's label abroad, its stamps beside it, under the menus", () => {
  it("is no case file's box: the menu item over it names nothing", () => {
    const a = parseArticle(["Örnek Postası", "İzmir 27°", "Dolar 38,72", "Euro 43,51", "ANA SAYFA", "GÜNDEM", "EKONOMİ", "SPOR", "Ara", "Giriş Yap", "Abone Ol", "Ana Sayfa / İzmir / Gündem",
      "İzmir'de barajlar alarm veriyor: doluluk yüzde 18'e düştü", "Yetkililer, yaz aylarında planlı su kesintilerinin artabileceği uyarısında bulundu.",
      "Haber: Ayşe Yılmaz", "Giriş: 14.05.2025 - 18:32 | Son Güncelleme: 14.05.2025 - 20:10", "Paylaş",
      "İzmir'e içme suyu sağlayan barajlarda doluluk oranı son on yılın en düşük seviyesine indi ve yetkililer yaz aylarında planlı kesintilerin artabileceği uyarısında bulundu.",
      "Uzmanlar, kentin yeraltı suyuna olan bağımlılığının arttığını ve yağışların son iki yılda ortalamanın altında kaldığını belirtti."].join("\n"));
    expect(a.title).toBe("İzmir'de barajlar alarm veriyor: doluluk yüzde 18'e düştü");
    expect(a.author).toBe("Ayşe Yılmaz");
  });
});

describe("a Slovenian site's stamps", () => {
  it("read a place of one word before the date, and 'Posodobljeno' as the update", () => {
    expect(readStamp("Ljubljana, 14. 05. 2025 ob 18:32")?.published).toBe("2025-05-14");
    expect(readStamp("Posodobljeno: 15. 05. 2025 ob 20:10")?.updated).toBe("2025-05-15");
  });
});

describe("a blog's post meta with the comment count's word, and a byline run onto the lead", () => {
  it("dates the post and names the writer, the lead starting after the byline", () => {
    expect(readStamp("May 14, 2025 Example Editor 0 Comments")?.published).toBe("2025-05-14");
    expect(readStamp("May 4, 1970 Kent State Shootings Remembered")).toBe(null);
    const a = parseArticle(["Home", "News", "City drains upgrade to start after latest flooding", "News", "City drains upgrade to start after latest flooding",
      "May 14, 2025 Example Editor 0 Comments", "Facebook Twitter WhatsApp Email Print",
      "By Jane Roe: The City Council says work will begin next week on a $3.4 million drainage upgrade for the low-lying streets, after heavy showers on Sunday left several of them under water.",
      "At a press briefing on Tuesday, the deputy mayor said the project would replace about 1.8 miles of open drains with larger concrete drains and new culverts."].join("\n"));
    expect(a.date).toBe("2025-05-14");
    expect(a.author).toBe("Jane Roe");
    expect(a.body.startsWith("The City Council says")).toBe(true);
  });
});

describe("a Taiwanese paper's page", () => {
  it("knows its caption's credit, its reporter's dateline in tortoise-shell brackets and its related link", () => {
    expect(isCaption("輕軌列車行經美術館園區。（記者王小明攝）")).toBe(true);
    const d = readDateline("〔記者王小明／高雄報導〕高雄輕軌環狀線全線通車即將屆滿一年，高雄捷運公司昨公布統計。");
    expect(d?.place).toBe("高雄");
    expect(d?.author).toBe("王小明");
    expect(isBoilerplate("延伸閱讀》高雄捷運延伸線第二階段 預計2027年通車")).toBe(true);
  });
});

describe("a Slovak or Czech stamp with its update after a comma", () => {
  it("reads both: '5. 3. 2025 o 18:30, aktualizované 6. 3. 2025 o 7:45'", () => {
    const s = readStamp("5. 3. 2025 o 18:30, aktualizované 6. 3. 2025 o 7:45");
    expect(s?.published).toBe("2025-03-05");
    expect(s?.updated).toBe("2025-03-06");
    expect(readStamp("Aktualizováno: 6. 3. 2025 7:45")?.updated).toBe("2025-03-06");
  });
});

describe("a writer's name with the words of the link to their page, over the name again", () => {
  it("is the byline, not a title and its disambiguation", () => {
    const a = parseArticle(["La Ville devra payer 7,8 M$ de plus par année pour son déneigement",
      "Les nouveaux contrats, en hausse de 31 %, reflètent la rareté de la main-d'œuvre et le coût de l'équipement, selon la Ville.",
      "Jane Roe (Accéder à la page de l'auteur)", "Jane Roe", "Publié le 12 novembre 2024 à 4 h 00 HNE", "Mis à jour le 12 novembre 2024 à 9 h 15 HNE", "Partager l’article",
      "Les contribuables devront absorber une hausse importante de la facture du déneigement au cours des cinq prochains hivers, selon les contrats octroyés lundi.",
      "Au total, ce sont près de 2700 kilomètres de rues et de trottoirs qui sont confiés à des entrepreneurs privés dans les arrondissements de la ville."].join("\n"));
    expect(a.title).toBe("La Ville devra payer 7,8 M$ de plus par année pour son déneigement");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a site's account posting, its relative time and reading time on the byline's line", () => {
  it("is the byline's slot: the headline is over it", () => {
    const a = parseArticle(["The Mountain", "Events", "Dining", "Plan Your Trip", "Blog", "Cart (0)", "Sign In", "", "← Back to News", "RESORT NEWS",
      "New express chairlift opens Saturday, cutting the ride to the summit to under five minutes",
      "Posted by Example Resort Communications  ·  2 days ago  ·  4 min read",
      "The new express chairlift on a clear winter morning",
      "After two summers of construction, the new express chairlift will carry its first guests this Saturday morning, cutting the ride from the base to the summit to under five minutes.",
      "The six-person lift replaces a double chair that had run on the mountain since 1978 and took more than 14 minutes to reach the top in good weather."].join("\n"));
    expect(a.title).toBe("New express chairlift opens Saturday, cutting the ride to the summit to under five minutes");
  });
});

describe("review of the session's rules: ordinary story text they must leave alone", () => {
  const top = ["Example council approves budget", "By Jane Roe", "March 4, 2025", ""];
  const para = "The council approved the budget on Monday night after a three-hour debate, with seven members voting in favour and two against the plan.";
  it("keeps a lead about a cookie chain over a subheading that names cookies", () => {
    const a = parseArticle(["Cookie chain opens its first shop downtown", "By Jane Roe", "March 4, 2025", "",
      "The cookie chain, whose franchise partner signed a ten-year lease on Main Street last month, will open its first shop in the city on Saturday morning.",
      "Example Cookies fans camp out overnight", para, ""].join("\n"));
    expect(a.body).toContain("signed a ten-year lease");
  });
  it("keeps headlines and forecasts that give a temperature", () => {
    for (const t of ["Britain Records 40.3°C", "Mercury Hits 40°C"]) expect(isBoilerplate(t)).toBe(false);
    expect(isBoilerplate("Saturday will be mostly sunny with a light breeze off the lake. High 78F.")).toBe(false);
    expect(isBoilerplate("Pictured: Is this the smallest house in Britain?")).toBe(false);
    expect(isCaption("Pictured: Is this the smallest house in Britain?")).toBe(false);
  });
  it("keeps a review's own 'How we tested' heading where the review goes on under it", () => {
    const long = "We spent three weeks with each of the six kettles, boiling a litre of water twenty times and timing every boil with a stopwatch in the same kitchen.";
    const a = parseArticle([...top, para, "", "How we tested", "", long, "", long.replace("six kettles", "six toasters"), "", long.replace("six kettles", "four blenders"), ""].join("\n"));
    expect(a.body).toContain("four blenders");
  });
  it("keeps a long lead right under a picture's mark with its alternative text", () => {
    const a = parseArticle([...top, "[Image: The mayor outside the town hall]", "The mayor resigned on Monday, hours before an inquiry into his expenses was due to report its findings.", "", para, ""].join("\n"));
    expect(a.body).toContain("The mayor resigned on Monday");
  });
  it("names a second writer of one name after a comma, and reads no lead's opening for a byline", () => {
    const a = parseArticle(["Banjir rendam ratusan rumah di pinggiran kota", "Rabu, 5 Maret 2025 10:15 WIB", "Andi Saputra, Sutrisno", "",
      "Banjir merendam ratusan rumah di pinggiran kota setelah hujan deras mengguyur wilayah itu sejak Selasa malam, kata petugas penanggulangan bencana.", ""].join("\n"));
    // (Not the first alone, the second taken for a place: the pair is left as it was read before.)
    expect(a.author).not.toBe("Andi Saputra");
    const b = parseArticle(["Curfew declared in the capital", "", "By Royal Decree: The king ordered a dusk-to-dawn curfew in the capital on Monday after three nights of unrest in its eastern districts.", "", para, ""].join("\n"));
    expect(b.author).toBe(null);
    expect(b.body.startsWith("By Royal Decree")).toBe(true);
  });
  it("reads no story's subheading for a feed's next items, and no count for a Thai year", () => {
    expect(isWidgetHeading("Next on the agenda")).toBe(false);
    expect(isWidgetHeading("Next in line")).toBe(false);
    expect(isWidgetHeading("Next in Example Radio - Local News")).toBe(true);
    expect(findDate("เมื่อวันที่ 14 พ.ค. 20 คนได้รับบาดเจ็บ")).toBe(null);
  });
});

describe("an obituary's guest book and the paper's other obituaries under it", () => {
  it("are the page's: the obituary ends over them", () => {
    expect(isCommentsMarker("Guest Book")).toBe(true);
    expect(isWidgetHeading("More Obituaries")).toBe(true);
    const a = parseArticle(["Harold Jane Roe", "Aug 13, 2024", "",
      "Harold Roe, 86, of Example City, died Sunday, Aug. 11, 2024, at his home surrounded by his family, after a long life spent farming the land his grandfather had settled in 1902.",
      "Hal served on the township board for 24 years and on the county farm bureau board for 12, and he never missed a Saturday morning at the café with the coffee crew.",
      "A funeral service will be held at 11 a.m. Saturday, Aug. 17, at St. Peter’s Lutheran Church in Example City, with visitation an hour before the service.",
      "Share", "Facebook", "Guest Book", "Sign the guest book", "John and Jean Doe", "Aug 14, 2024",
      "So sorry for your loss, Marlene and family. Hal was one of the good ones.", "More Obituaries", "Jane M. Doe",
      "Jane Margaret Doe, 92, of Example City, died Monday, Aug. 12, 2024, at Riverview Care Center.", "Continue reading"].join("\n"));
    expect(a.body).toContain("visitation an hour before the service");
    expect(a.body).not.toContain("So sorry for your loss");
    expect(a.body).not.toContain("Riverview Care Center");
  });
});

describe("'Keep Reading' over a list of the site's other posts", () => {
  it("is a widget's heading: the post ends over it", () => {
    expect(isWidgetHeading("Keep Reading")).toBe(true);
    const a = parseArticle(["New express chairlift opens Saturday", "By Jane Roe", "March 4, 2025", "",
      "After two summers of construction, the new express chairlift will carry its first guests this Saturday morning, cutting the ride to the summit to under five minutes.", "",
      "The six-person lift replaces a double chair that had run on the mountain since 1978 and took more than 14 minutes to reach the top in good weather.", "",
      "Keep Reading", "Resort named one of the country's top family resorts", "Night skiing returns every Friday and Saturday", "Backcountry Safety Week: free avalanche clinics", ""].join("\n"));
    expect(a.body).toContain("in good weather");
    expect(a.body).not.toContain("Night skiing returns");
  });
});

describe("a zoo's news page: a caption credited 'Photo by Name/Outlet.', a visitor's prompt under the story", () => {
  it("are the page's", () => {
    expect(isCaption("Twin cubs explore their new habitat. Photo by Jane Roe/Example Zoo.")).toBe(true);
    expect(isTrailer("Plan your visit: buy timed-entry tickets online and save $2 per person.")).toBe(true);
    const a = parseArticle(["example-zoo.org", "Twin red panda cubs make their public debut", "4–5 minutes", "", "June 5, 2024", "",
      "Twin cubs explore their new habitat. Photo by Jane Roe/Example Zoo.", "",
      "Visitors to the zoo's Himalayan Highlands can now catch a glimpse of two of the zoo's newest residents, twin red panda cubs born in August, the zoo said on Wednesday.", "",
      "The cubs will be on view from 10 a.m. to noon each day while they get used to their outdoor habitat, keepers said, and guests are asked not to use flash photography.", "",
      "Plan your visit: buy timed-entry tickets online and save $2 per person.", "", "Media contact: John Doe, communications manager", ""].join("\n"));
    expect(a.body.startsWith("Visitors to the zoo")).toBe(true);
    expect(a.body).not.toContain("Plan your visit");
  });
});

describe("'Lee también' and 'Zum Thema' alone over a list of links set into the story", () => {
  it("head a widget: the links go, the story under them stays", () => {
    for (const t of ["Lee también", "Lea también", "Zum Thema"]) expect(isWidgetHeading(t)).toBe(true);
    const a = parseArticle(["Stadtrat bewilligt Kredit für neue Busspur", "Von Jana Roe", "12.03.2025", "",
      "Der Stadtrat hat am Donnerstag einen Kredit von 4,2 Millionen Franken für eine durchgehende Busspur auf der Baselstrasse bewilligt, nach einer langen Debatte.", "",
      "Zum Thema", "", "  * Stadtrat will Parkplätze in der Neustadt abbauen", "  * Tempo 30: Was andere Städte für Erfahrungen gemacht haben", "",
      "FDP und SVP lehnten den Kredit ab, weil sie Ausweichverkehr in die Quartiere und längere Fahrzeiten für Busse und Handwerker befürchten, sagte ein Grossstadtrat.", ""].join("\n"));
    expect(a.body).not.toContain("Tempo 30");
    expect(a.body).toContain("FDP und SVP");
  });
});

describe("pointers to other stories in Japanese angle brackets and in Thai", () => {
  it("are the page's", () => {
    expect(isBoilerplate("＜関連＞イカ不漁で「いかめし」値上げ　老舗、24年ぶり")).toBe(true);
    expect(isBoilerplate("<関連>イカ不漁で値上げ　老舗、24年ぶり")).toBe(true);
    expect(isBoilerplate("อ่านข่าว : กรมอุตุฯ คาดฝนปีนี้มากกว่าค่าปกติ")).toBe(true);
  });
});

describe("a page's attachments under the story", () => {
  it("are the page's: under their heading, or each by its kind and size in brackets", () => {
    expect(isEndMarker("Załączniki:")).toBe(true);
    expect(isEndMarker("Attachments")).toBe(true);
    expect(isTrailer("Map of the new bus network (PDF, 2,1 MB)")).toBe(true);
    expect(isTrailer("Timetable [PDF 340 KB]")).toBe(true);
    expect(isTrailer("The council published the report (a 40-page PDF) on Monday.")).toBe(false);
  });
});

describe("the heading of a comments section's rules under the story", () => {
  it("ends the story: 'Comments: Our rules', 'Comment policy'", () => {
    expect(isCommentsMarker("Comments: Our rules")).toBe(true);
    expect(isCommentsMarker("Comment policy")).toBe(true);
    const long = "The county council said the charges at its car parks in the town would rise by 20p an hour from April, the first rise in four years, to pay for resurfacing and new ticket machines.";
    const a = parseArticle(["Car park charges to rise from April", "By Jane Roe", "4 March 2025", "", long, "", long.replace("20p", "30p"), "", long.replace("20p", "40p"), "",
      "Comments: Our rules", "We want our comments to be a lively and valuable part of our community, a place where readers can debate the issues of the day.", ""].join("\n"));
    expect(a.body).not.toContain("lively and valuable");
  });
});

describe("a wire's place, day and agency alone on the line over the story, no dash", () => {
  it("gives the dateline's place: 'SEVILLA, 4 (EUROPA PRESS)'", () => {
    const a = parseArticle(["Sociedad", "Primer trasplante de útero en un hospital de la ciudad", "Por Redacción", "04/02/2025 13:27", "Actualizado a 04/02/2025 14:05",
      "SEVILLA, 4 (EUROPA PRESS)",
      "El hospital universitario de la ciudad ha realizado con éxito el primer trasplante de útero de la comunidad, una intervención en la que han participado más de 40 profesionales.",
      "Según ha informado este martes la consejería, la donante ha sido la hermana de la paciente, de 36 años, que nació sin útero por una malformación congénita."].join("\n"));
    expect(a.place).toBe("SEVILLA");
    expect(a.body.startsWith("El hospital universitario")).toBe(true);
  });
});

describe("the paper's reference on one line under a research story", () => {
  it("ends the story: 'Reference: Roe J, et al. … 2025;14(3):211-220.'", () => {
    expect(isEndMarker("Reference: Roe J, Doe A, et al. Audit feedback and antibiotic use in small practices. J Vet Res. 2025;14(3):211-220.")).toBe(true);
    expect(isEndMarker("Study: Roe J. Feeding patterns of urban foxes. Mammal Review, doi: 10.1111/mam.12345")).toBe(true);
    expect(isEndMarker("Source: the county council's annual report on road repairs.")).toBe(false);
    expect(isEndMarker("Source: Russo et al. (2023), Ocean Temperature Survey")).toBe(false);
    const long = "Practices that received a monthly report comparing their antibiotic prescribing with that of their peers cut their use of the most critical drugs by a third, a study of 40 clinics found.";
    const a = parseArticle(["Audits cut antibiotic use by a third", "By Jane Roe", "5 March 2025", "", long, "", long.replace("40", "50"), "",
      "Reference: Roe J, et al. Peer-comparison feedback and prescribing in companion animal practice. J Vet Res. 2025;14(3):211-220.", "",
      "Jane Roe is news editor of Example Practice. She qualified in 2006.", ""].join("\n"));
    expect(a.body).not.toContain("Peer-comparison feedback");
    expect(a.body.endsWith("50 clinics found.")).toBe(true);
  });
});

describe("a small site's own name over its post", () => {
  it("stands where a byline does, but names no writer", () => {
    const long = "The festival will mark its 35th year with its largest program yet: more than 120 concerts over ten days and a new late-night stage in the old customs shed by the river.";
    const a = parseArticle(["Lineup Schedule Venues Passes News Donate", "", "← Back to News", "",
      "Brass bands and a big band tribute headline the harbour town's 35th festival", "", "Rivermouth Jazz Festival", "2 days ago", "3 min read", "",
      long, "", long.replace("35th", "36th"), ""].join("\n"));
    expect(a.title).toBe("Brass bands and a big band tribute headline the harbour town's 35th festival");
    expect(a.author).toBeNull();
    expect(a.provenance.author).toBeUndefined();
    const b = parseArticle(["Brass bands headline the harbour town's 35th festival", "", "By Jane Roe", "2 days ago", "", long, ""].join("\n"));
    expect(b.author).toBe("Jane Roe");
  });
});

describe("a story's last paragraph that tells what the public can do, then what the newsroom will", () => {
  it("stays: the call and the words to the reader are in two sentences of prose", () => {
    const long = "The public comment period runs for 90 days, until April 30, and the agency then has to review the comments and publish a final rule, which could take a year or more.";
    const last = "Anyone can comment through the Federal Register docket. Several flying clubs are preparing guidance for members on how to submit effective comments, and we'll update this story with links when they're available.";
    const a = parseArticle(["Agency proposes new zones for weekend flying", "By Jane Roe", "30 January 2025", "", long, "", long.replace("90", "60"), "", last, "", "Share", "Facebook", ""].join("\n"));
    expect(a.body.endsWith("when they're available.")).toBe(true);
    // (One sentence that asks the reader is still the page's.)
    const b = parseArticle(["Agency proposes new zones for weekend flying", "By Jane Roe", "30 January 2025", "", long, "", long.replace("90", "60"), "", "Leave a comment below and tell us what you think of our coverage.", ""].join("\n"));
    expect(b.body).not.toContain("Leave a comment");
  });
});

describe("a government site's 'Post Date:' stamp", () => {
  it("dates the story, with or without a space after its colon", () => {
    expect(readStamp("Post Date:03/18/2025 4:10 PM")?.published).toBe("2025-03-18");
    expect(readStamp("Date Posted: March 4, 2025")?.published).toBe("2025-03-04");
    const long = "The county sheriff's office has arrested two men and recovered 14 stolen catalytic converters following a month-long investigation into a string of thefts from parked vehicles.";
    expect(parseArticle(["Deputies recover 14 stolen catalytic converters", "", "Post Date:03/18/2025 4:10 PM", "", long, "", long, ""].join("\n")).date).toBe("2025-03-18");
  });
});

describe("the next story's header under the story, as a page that loads it on scrolling is saved", () => {
  const long = "La vía que comunica a la capital con la ciudad permanece cerrada totalmente desde la madrugada de este martes por un derrumbe de grandes proporciones en el kilómetro 58.";
  const more = "Por ahora no hay un tiempo estimado para la reapertura, y las autoridades pidieron a los viajeros consultar los canales oficiales antes de emprender el viaje hacia el Llano.";
  const next = "La alcaldía activó un plan de contingencia ante la posibilidad de desabastecimiento de combustible en la ciudad, luego del cierre total de la vía en el kilómetro 58.";
  const page = (header: string[]) =>
    parseArticle(["Cierre total de la vía al Llano por un derrumbe en el kilómetro 58", "Por: Redacción Noticias", "marzo 12 de 2024 - 06:45 a. m.", "", long, "", more, "", more.replace("Por ahora", "Hasta ahora"), "",
      "Siga leyendo", "", "Colombia", ...header, "", next, "", next.replace("alcaldía", "gobernación"), ""].join("\n"));

  it("ends the story: its headline over a writer's line and a dated stamp", () => {
    const a = page(["Alcaldía activa plan de contingencia por desabastecimiento de combustible", "Por: Redacción Noticias", "marzo 12 de 2024 - 10:05 a. m."]);
    expect(a.date).toBe("2024-03-12");
    expect(a.body.endsWith("hacia el Llano.")).toBe(true);
    expect(a.body).not.toContain("contingencia");
  });

  it("ends it too when the header's lines were run into one", () => {
    const a = page(["Alcaldía activa plan de contingencia por desabastecimiento de combustible Por: Redacción Noticias marzo 12 de 2024 - 10:05 a. m."]);
    expect(a.body).not.toContain("contingencia");
  });

  it("does not end it at a heading over a writer alone, as a live blog's entries have", () => {
    const a = page(["Alcaldía activa plan de contingencia por desabastecimiento de combustible", "Por: Redacción Noticias", "10:05 a. m."]);
    expect(a.body).toContain("plan de contingencia ante la posibilidad");
  });
});

describe("a date whose month is written small under a byline with no blank line", () => {
  it("is not taken for a sentence carried on past the byline: the headline stays whole", () => {
    const long = "La vía que comunica a la capital con la ciudad permanece cerrada totalmente desde la madrugada de este martes por un derrumbe de grandes proporciones en el kilómetro 58.";
    const a = parseArticle(["Cierre total de la vía al Llano por un derrumbe en el kilómetro 58", "Por: Jane Roe", "marzo 12 de 2024 - 06:45 a. m.", "", long, ""].join("\n"));
    expect(a.title).toBe("Cierre total de la vía al Llano por un derrumbe en el kilómetro 58");
    expect(a.date).toBe("2024-03-12");
  });
});

describe("a writer's name run onto the date with no separator", () => {
  it("is read as the byline and the stamp: 'Inês Carvalho14 de Novembro de 2024, 7:30'", () => {
    expect(readStamp("Inês Carvalho14 de Novembro de 2024, 7:30")).toMatchObject({ published: "2024-11-14", authors: ["Inês Carvalho"] });
    // (With a space between, the words before a date are an event's or a day's name as often.)
    expect(readStamp("Easter Sunday April 20, 2025")?.authors ?? []).toEqual([]);
    expect(readStamp("Route 66 March 4, 2025")).toBeNull();
    const long = "A medida aprovada em reunião de câmara abrange cerca de 118 mil lisboetas e custará 9,6 milhões de euros por ano, segundo as contas apresentadas pela vereação da mobilidade.";
    const a = parseArticle(["Política", "Sociedade", "Local", "", "Lisboa 17°C  Porto 14°C  Faro 19°C", "Quinta-feira, 14 de Novembro de 2024", "", "LOCAL", "",
      "Elétricos de Lisboa vão ser gratuitos para residentes com mais de 65 anos", "", "Inês Carvalho14 de Novembro de 2024, 7:30", "", "Partilhar notícia", "Facebook", "", long, "", long, ""].join("\n"));
    expect(a.title).toBe("Elétricos de Lisboa vão ser gratuitos para residentes com mais de 65 anos");
    expect(a.author).toBe("Inês Carvalho");
    expect(a.date).toBe("2024-11-14");
  });
});

describe("the story's section labels between its headline and its stamp", () => {
  it("are passed over for the headline over them", () => {
    const long = "Les automobilistes namurois vont devoir s'armer de patience cet été, car le pont sera entièrement fermé aux voitures du 1er juillet au 8 septembre pour des travaux.";
    const a = parseArticle(["Régions", "Namur", "Charleroi", "", "Accueil > Régions > Namur", "",
      "Namur : le pont des Ardennes fermé à la circulation durant septante jours cet été", "Namur", "Mobilité",
      "Publié le mercredi 05 juin 2024 à 14h12", "Par Julie Lambert", "Partager", "Facebook", "", long, "", long, ""].join("\n"));
    expect(a.title).toBe("Namur : le pont des Ardennes fermé à la circulation durant septante jours cet été");
    expect(a.author).toBe("Julie Lambert");
  });

  it("but a paper's name over a clipping's stamp is no label", () => {
    const a = parseArticle(["Newspapers Instagram", "Enjoy this clipping for free", "The Expositor", "Brantford, Ontario, Canada • Mon, Mar 23, 1959", "Page 14", "Young to hang",
      "", "KENORA Tom Young was sentenced Saturday to be hanged June 30 for the murder of a provincial police constable in a shooting spree that claimed five lives early on Christmas Day.", ""].join("\n"));
    expect(a.title).not.toBe("Enjoy this clipping for free");
  });
});

describe("the story going on under a box of one link", () => {
  it("stays when its paragraph has two sentences: 'Mehr zum Thema' / one link / the story", () => {
    const long = "Die Stimmberechtigten von Münsingen haben am Sonntag dem Bau einer Velostation mit 1200 Plätzen beim Bahnhof knapp zugestimmt, mit 51,8 Prozent der Stimmen.";
    const last = "Baubeginn ist für Frühling 2025 geplant, die Velostation soll Ende 2026 in Betrieb gehen. Dafür fallen für knapp zwei Jahre 35 Autoparkplätze weg.";
    const a = parseArticle(["Stimmvolk sagt knapp Ja zum Velo-Parkhaus am Bahnhof", "09.06.2024", "", long, "", long, "", "Mehr zum Thema", "Velo statt Auto: Berner Agglomeration setzt auf Pendlerrouten", "", last, "",
      "Radio Aare Mittelland, Regionaljournal, 09.06.2024, 17:30 Uhr; sda/mare", "", "Meistgelesene Artikel", "Thun: Schiffe fahren wieder nach Fahrplan", ""].join("\n"));
    expect(a.body.endsWith("35 Autoparkplätze weg.")).toBe(true);
    expect(a.body).not.toContain("Velo statt Auto");
  });
});

describe("the writer's name alone under the story, right over its tags", () => {
  it("names the writer: 'Sofie Claes' / 'Meer over' / the tags", () => {
    expect(isTagsHeading("Meer over")).toBe(true);
    const long = "Fietsers die tussen Geel en Mol pendelen, mogen uitkijken naar een veiliger en snellere verbinding, want de provincie legt het ontbrekende stuk van de fietssnelweg eindelijk aan.";
    const a = parseArticle(["Geel krijgt eindelijk fietsostrade naar Mol", "ma 07 okt 2024 om 09:14", "", long, "", long, "", long, "", "Sofie Claes", "", "Meer over", "Geel", "Mol", "Fietsen", "", "Meest gelezen", "Zware brand vernielt loods in Westerlo", ""].join("\n"));
    expect(a.author).toBe("Sofie Claes");
    expect(a.body).not.toContain("Sofie Claes");
    // (A name in the story's last line of prose is no writer's line.)
    const b = parseArticle(["Geel krijgt eindelijk fietsostrade naar Mol", "ma 07 okt 2024 om 09:14", "", long, "", long, "", "Meer over", "Geel", "Mol", ""].join("\n"));
    expect(b.author).toBeNull();
  });
});

describe("a place and a dash opening the paragraph under a standfirst, as Czech papers set it", () => {
  it("is the dateline, and the standfirst the summary: 'Brno - Zoo Brno otevře …'", () => {
    const a = parseArticle(["Brněnská zoo otevře pavilon pro levharty mandžuské", "12. března 2024  14:35",
      "Zoo Brno na jaře otevře nový pavilon pro levharty mandžuské, jednu z nejvzácnějších velkých koček na světě.", "",
      "Brno - Zoo Brno otevře na začátku května nový pavilon pro levharty mandžuské. Stavba, která vyrostla na svahu nad současnou expozicí tygrů, stála zhruba 96 milionů korun.", "",
      "Stavba začala na jaře 2022 a její dokončení se kvůli zdražení materiálu a problémům s dodávkami oken zpozdilo zhruba o půl roku.", ""].join("\n"));
    expect(a.place).toBe("Brno");
    expect(a.body.startsWith("Zoo Brno otevře na začátku května")).toBe(true);
    expect(a.summary).toContain("na jaře otevře");
  });

  it("with an en dash too, 'Jihlava – Stavební firmy …'; not a list of labelled items, 'Kino – …' / 'Divadlo – …'", () => {
    const lead = "Nový pavilon za miliardu korun nahradí nevyhovující prostory z osmdesátých let. Během stavby se omezí parkování.";
    const story = "Stavební firmy se v dubnu pustí do jedné z největších investic v historii jihlavské nemocnice, krajští zastupitelé v úterý schválili smlouvu se zhotovitelem.";
    const more = "Stavba vyroste v areálu nemocnice na místě dnešního parkoviště a pavilon bude mít čtyři nadzemní podlaží a vlastní přistávací plochu pro vrtulník.";
    const a = parseArticle(["Zprávy › Jihlava", "Nemocnice začne stavět nový pavilon urgentního příjmu", "Jana Roe", "11. března 2025 15:42", lead, "", `Jihlava – ${story}`, "", more, ""].join("\n"));
    expect(a.place).toBe("Jihlava");
    expect(a.body.startsWith("Stavební firmy")).toBe(true);
    expect(a.summary).toBe(lead);
    const list = parseArticle(["Co nás čeká v roce 2025", "", lead, "", `Kino – ${story}`, "", `Divadlo – ${more}`, "", more, ""].join("\n"));
    expect(list.place).toBeNull();
    expect(list.body.startsWith("Nový pavilon")).toBe(true);
    // (Nor a label the page names once: "Aktualizace – …", an update.)
    const update = parseArticle(["Nemocnice začne stavět nový pavilon urgentního příjmu", "Jana Roe", "11. března 2025 15:42", lead, "", `Aktualizace – ${story}`, "", more, ""].join("\n"));
    expect(update.place).toBeNull();
    expect(update.body.startsWith("Nový pavilon")).toBe(true);
  });

  it("is not in English, where a title and a dash open such a paragraph: 'Sophie Scholl - The Final Days portrays …'", () => {
    const a = parseArticle(["Berlin cheers for anti-Nazi film", "", "A German movie about an anti-Nazi resistance heroine has drawn loud applause at Berlin Film Festival.", "",
      "Sophie Scholl - The Final Days portrays the final days of the member of the White Rose movement, who was arrested and beheaded with her brother in 1943.", ""].join("\n"));
    expect(a.place).toBeNull();
    expect(a.body.startsWith("A German movie")).toBe(true);
  });
});

describe("a Japanese writer's name alone under the stamp", () => {
  it("is the byline: '2024年11月5日 18時30分' / '佐藤健太'", () => {
    const body = "福島県の山鳥線は、2017年の豪雨で鉄橋が流されて以来、一部区間で不通が続いていた。運営会社は5日、来年4月に7年ぶりに全線で運転を再開すると発表した。沿線の自治体は観光客の回復に期待を寄せている。";
    const a = parseArticle(["ニュース", "社会", "", "豪雨で不通の山鳥線、7年ぶり全線再開へ　来年4月", "", "2024年11月5日 18時30分", "佐藤健太", "", body, "", body, ""].join("\n"));
    expect(a.author).toBe("佐藤健太");
    expect(a.date).toBe("2024-11-05");
    // (A desk's or a place's name there is no writer's.)
    const b = parseArticle(["豪雨で不通の山鳥線、7年ぶり全線再開へ　来年4月", "", "2024年11月5日 18時30分", "福島支局", "", body, ""].join("\n"));
    expect(b.author).toBeNull();
  });
});

describe("a Japanese writer's name run onto the stamp's date", () => {
  it("is the byline, the stamp dates the story, and the headline over them is taken: '佐藤健太2024年11月5日 18時30分'", () => {
    const body = "福島県の山鳥線は、2017年の豪雨で鉄橋が流されて以来、一部区間で不通が続いていた。運営会社は5日、来年4月に7年ぶりに全線で運転を再開すると発表した。沿線の自治体は観光客の回復に期待を寄せている。";
    const a = parseArticle(["ニュース", "社会", "福島", "豪雨で不通の山鳥線、7年ぶり全線再開へ　来年4月", "佐藤健太2024年11月5日 18時30分", "シェア", "", body, "", body, ""].join("\n"));
    expect(a.title).toBe("豪雨で不通の山鳥線、7年ぶり全線再開へ 来年4月");
    expect(a.author).toBe("佐藤健太");
    expect(a.date).toBe("2024-11-05");
    // (A desk's name there is no writer's.)
    const b = parseArticle(["豪雨で不通の山鳥線、7年ぶり全線再開へ　来年4月", "福島支局2024年11月5日 18時30分", "", body, "", body, ""].join("\n"));
    expect(b.author).toBeNull();
    expect(b.date).toBe("2024-11-05");
  });
});

describe("a caption said twice with the picture's credit under its second copy", () => {
  it("is no headline: the headline over the stamp is", () => {
    const body = "(부산=한빛통신) 김민수 기자 = 부산시는 낙동강 하구 을숙도 일원에 국내 최대 규모의 철새 관찰시설을 짓는다고 21일 밝혔다. 시는 총사업비 280억원을 들여 을숙도 남단 부지에 관찰동을 세운다.";
    const a = parseArticle(["전국", "부산", "낙동강 하구에 국내 최대 철새 관찰시설…2027년 문 연다", "송고시간2024-10-21 14:05", "김민수 기자", "공유", "",
      "낙동강 하구 을숙도 철새도래지", "낙동강 하구 을숙도 철새도래지", "[한빛통신 자료사진]", "", body, "", body, ""].join("\n"));
    expect(a.title).toBe("낙동강 하구에 국내 최대 철새 관찰시설…2027년 문 연다");
    expect(a.date).toBe("2024-10-21");
  });
});

describe("a photo's alt text over its caption that says it again and goes on", () => {
  it("are both the page's", () => {
    const long = "Our teams repaired the main within 19 hours and then flushed and chlorinated more than six kilometres of smaller pipes in the affected streets, taking 148 samples in all.";
    const a = parseArticle(["Boil water notice lifted in Sowerby Bridge", "12 February 2025", "", long, "", "Engineers flushing a hydrant on Norland Road", "Engineers flushing a hydrant on Norland Road on Wednesday evening.",
      "Helen Ashcroft, our Director of Water Services, said she wanted to thank everyone in the town for their patience during a disruptive week for families and businesses.", "", long, ""].join("\n"));
    expect(a.body).not.toContain("Engineers flushing");
    expect(a.body).toContain("Helen Ashcroft");
  });
});

describe("a press release's attachments between its headline and its first paragraph", () => {
  it("are passed over: the headline is the line over the standfirst", () => {
    expect(isTrailer("Download high-resolution photos (ZIP, 14 MB)")).toBe(true);
    const a = parseArticle(["Home / About / Press Room", "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "Media contact:", "Jenna Morrow, Director of Communications", "",
      "Cascadia Lyric Opera names Elena Varga-Holm as next music director",
      "Hungarian-born conductor, 41, will lead the company from the 2026/27 season and conduct two productions a year",
      "Download high-resolution photos (ZIP, 14 MB)", "",
      "PORTLAND, Ore. (March 4, 2025) — Cascadia Lyric Opera today announced the appointment of conductor Elena Varga-Holm as the company's fourth music director.", ""].join("\n"));
    expect(a.title).toBe("Cascadia Lyric Opera names Elena Varga-Holm as next music director");
  });
});

describe("a photo's credit under a camera's sign", () => {
  it("is a credit over its caption: '📷 Kai Brennan'", () => {
    expect(creditLine("📷 Kai Brennan")).toBe("above");
    const long = "The 14,500-square-foot park sits on the south side of the existing park, on a patch of dirt that used to be a softball field nobody used, and it opened on Saturday.";
    const a = parseArticle(["New skatepark opens on the south side", "By Jane Roe", "March 4, 2025", "", long, "", "📷 Kai Brennan", "Marisol Vega, frontside grind over the deathbox on opening day.", "", long, ""].join("\n"));
    expect(a.body).not.toContain("Marisol Vega");
  });
});

describe("a post's links to the posts before and after it, as a pair", () => {
  it("end the story: 'Previous: …' / 'Next: …'", () => {
    const long = "The team were paged by the coastguard operations centre at 14:52 this afternoon to reports of two people cut off by the incoming tide on the rocks north of the bay.";
    const a = parseArticle(["Two rescued from the rocks at Boggle Hole", "Sunday 7 July 2024", "", long, "", long, "", "Previous: Dog recovered from cliff at Stoupe Beck", "Next: Team exercise with Scarborough CRT", "",
      "Follow us on Facebook", "The team is part of HM Coastguard, the Maritime and Coastguard Agency.", "In an emergency at the coast, dial 999 and ask for the Coastguard.", ""].join("\n"));
    expect(a.body).not.toContain("HM Coastguard");
    expect(a.body).not.toContain("dial 999");
  });
});

describe("a radio's credit to its source under the writer's byline", () => {
  it("stands in the byline's cluster: the stamp under it dates the story", () => {
    const long = "El sistema frontal que afecta a la zona centro sur del país dejó a más de 12 mil clientes sin suministro eléctrico en la región, según el último balance de la distribuidora.";
    const a = parseArticle(["Nacional", "Sistema frontal deja más de 12 mil clientes sin luz en el Biobío", "Por Catalina Fuentes Rojas", "La información es de Joaquín Sandoval", "Lunes 23 junio de 2025 | 10:14", "", long, "", long, ""].join("\n"));
    expect(a.date).toBe("2025-06-23");
    expect(a.author).toBe("Catalina Fuentes Rojas");
  });
});

describe("a release's date right under its status", () => {
  it("dates the release: 'FOR IMMEDIATE RELEASE' / 'October 2, 2024'", () => {
    const a = parseArticle(["Media Center > Press Releases", "NEWS RELEASE", "FOR IMMEDIATE RELEASE", "October 2, 2024", "CONTACT: Dana Whitford, Public Information Officer, (608) 555-0174",
      "Wausau Couple Claims $1 Million Powerball Prize, Plans to Pay Off Farm", "Wausau Couple Claims $1 Million Powerball Prize, Plans to Pay Off Farm",
      "MADISON, Wis. – A Marathon County couple who run a small dairy farm claimed a $1 million Powerball prize at lottery headquarters in Madison on Tuesday.", ""].join("\n"));
    expect(a.date).toBe("2024-10-02");
  });
});

describe("a Quebec paper's place in brackets before the story", () => {
  it("is the dateline: '(Québec) La ministre …', not an outlet's '(CNN)'", () => {
    const long = "La ministre de la Famille annoncera ce mardi la création de 4000 nouvelles places subventionnées en service de garde dans la région, selon nos informations.";
    const a = parseArticle(["Pénurie de places en garderie : Québec promet 4000 nouvelles places", "Marie-Ève Tremblay", "14 janvier 2025", "", `(Québec) ${long}`, "", long, ""].join("\n"));
    expect(a.place).toBe("Québec");
    expect(a.body.startsWith("La ministre")).toBe(true);
    expect(parseArticle(["Storm hits the coast", "", "(CNN) The storm reached the coast on Tuesday, bringing winds of more than 100 miles an hour and flooding to several towns along the bay.", ""].join("\n")).place).not.toBe("CNN");
    expect(parseArticle(["Oil slips", "", "(Reuters) Oil prices slipped on Tuesday as traders weighed the prospect of more supply from producers against signs of weaker demand in Asia.", ""].join("\n")).place).toBeNull();
    expect(parseArticle(["Notre avis", "", "(Editorial) Le conseil municipal a enfin adopté le budget de la ville, et les citoyens de la région attendent maintenant les travaux promis.", ""].join("\n")).place).toBeNull();
  });
});

describe("a call for the reader's stories in the archive's languages, over the tags", () => {
  it("is the page's: 'Vous avez une histoire à nous raconter? Écrivez-nous.'", () => {
    expect(isTrailer("¿Tienes una historia? Escríbenos.")).toBe(true);
    expect(isTrailer("Haben Sie Hinweise? Schreiben Sie uns.")).toBe(true);
    expect(isTrailer("Vous avez une info à nous communiquer ? Écrivez-nous via notre formulaire contact ou par WhatsApp au 0470 12 34 56.")).toBe(true);
    const long = "La ministre de la Famille annoncera ce mardi la création de 4000 nouvelles places subventionnées en service de garde dans la région, selon nos informations.";
    const a = parseArticle(["Québec promet 4000 nouvelles places en garderie", "14 janvier 2025", "", long, "", long, "", "Vous avez une histoire à nous raconter? Écrivez-nous.", "Sujets", "Services de garde", "Famille", "",
      "Les plus lus", "Hôpital de Saint-Georges : l'urgence déborde encore", ""].join("\n"));
    expect(a.body).not.toContain("Vous avez une histoire");
  });
});

describe("a caption said twice under the stamp, a player's lines between", () => {
  it("is no headline: the headline over the byline is", () => {
    const long = "Dopo quasi dieci anni di progetti, ricorsi e rinvii, il nuovo terminal crociere del porto ha finalmente un via libera definitivo da parte del comitato di gestione.";
    const a = parseArticle(["Livorno, via libera al nuovo terminal crociere: lavori da 38 milioni, fine cantiere nel 2027", "Il Comitato di gestione approva il progetto definitivo.", "di Francesca Bertelli", "14 marzo 2025", "",
      "Ascolta questo articolo ora...", "4 min", "Il rendering del nuovo terminal crociere alla Calata Sgarallino", "Il rendering del nuovo terminal crociere alla Calata Sgarallino", "", `LIVORNO. ${long}`, "", long, ""].join("\n"));
    expect(a.title).toBe("Livorno, via libera al nuovo terminal crociere: lavori da 38 milioni, fine cantiere nel 2027");
    expect(a.date).toBe("2025-03-14");
    expect(a.author).toBe("Francesca Bertelli");
  });
});

describe("initials and an agency in brackets under the story", () => {
  it("sign it, and the paragraph over them is no photo's caption: '(SR/APA)'", () => {
    expect(creditLine("(SR/APA)")).toBeNull();
    expect(creditLine("(Jane Roe/AP)")).toBe("below");
    const long = "Für die Anrainer bedeutet die Baustelle noch einige Monate mit Lärm und Umleitungen, und an den Wochenenden fahren zwischen den beiden Bahnhöfen Schienenersatzbusse.";
    const a = parseArticle(["S-Bahn fährt ab Dezember im Viertelstundentakt", "14. Jänner 2025", "", long, "", long, "",
      "Langfristig soll die S3 auch am Wochenende öfter fahren. Eine entsprechende Studie will das Land noch heuer in Auftrag geben.", "", "(SR/APA)", "", "Das könnte Sie auch interessieren", "Schnee und Glätte: Mehrere Unfälle im Pinzgau", ""].join("\n"));
    expect(a.body.endsWith("noch heuer in Auftrag geben.")).toBe(true);
    expect(a.body).not.toContain("(SR/APA)");
  });
});

describe("a Taiwanese agency's editor credit and rights notice", () => {
  it("are the page's: '（編輯：陳建宏）1140410' run onto the last sentence, '本網站之文字…不得轉載'", () => {
    expect(isBoilerplate("本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。")).toBe(true);
    const body = "台南市政府今天宣布，運河沿岸將打造親水廣場與自行車道，預計明年底完工，總經費約新台幣5億元，市府表示相關工程已完成環境影響評估。";
    const a = parseArticle(["台南運河親水廣場 明年底完工", "2025/04/10 14:30", "", body, "", `${body.replace("今天", "昨天")}（編輯：陳建宏）1140410`, "", "延伸閱讀", "台南安平樹屋周邊將改造 新增遊客中心", "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", ""].join("\n"));
    expect(a.body).not.toContain("編輯");
    expect(a.body).not.toContain("不得轉載");
    expect(a.body.endsWith("市府表示相關工程已完成環境影響評估。")).toBe(true);
  });
});

describe("shapes the session's rules must leave alone (review of 79db239..dc40d79)", () => {
  const long = "The central bank held its benchmark rate steady on Wednesday, as officials weighed signs of slowing inflation against a labour market that has stayed tight all year.";
  it("a headline labelled 'Report:' names no writer", () => {
    const a = parseArticle(["Report: Fed Holds Rates Steady", "March 4, 2025", "", long, "", long, ""].join("\n"));
    expect(a.author).toBeNull();
    expect(a.title).toBe("Report: Fed Holds Rates Steady");
  });
  it("a headline with its lead under it, opening the same way, is no alt text over a caption", () => {
    const a = parseArticle(["The central bank held its benchmark rate steady", `${long}`, "", long, ""].join("\n"));
    expect(a.body).toContain("The central bank held its benchmark rate steady on Wednesday");
  });
  it("a Chinese outlet's or a place's name under the stamp is no Japanese writer", () => {
    const body = "国务院新闻办公室今天举行发布会，介绍今年一季度经济运行情况，国内生产总值同比增长百分之五点三，市场预期总体稳定。";
    expect(parseArticle(["一季度经济运行开局良好", "2024年4月16日 10:05", "人民网", "", body, "", body, ""].join("\n")).author).toBeNull();
  });
  it("a person's name and a dash opening a Czech paragraph is no dateline", () => {
    const a = parseArticle(["Esej, která změnila dějiny", "12. března 2024", "Kniha vychází znovu v novém překladu a s předmluvou historika.", "",
      "Václav Havel - Moc bezmocných je esej, kterou napsal v roce 1978 a která se rychle šířila v samizdatu po celé střední Evropě.", ""].join("\n"));
    expect(a.place).toBeNull();
  });
});

describe("a title tag naming the site, then the section and the headline", () => {
  it("gives the headline the page states again under it, in a script without capitals: 'Example North | Haifa: …'", () => {
    const head = "העירייה תסגור את הרחוב הראשי לרכבים פרטיים החל מהסתיו";
    const long = "The city council said on Monday that the street would be closed to private cars from September, leaving it open to buses, taxis and emergency vehicles only.";
    const a = parseArticle([`Example North | Haifa: ${head}`, "", "example-north.test", "", head, "", "By Noa Berger", "Published: 27.05.25, 09:41", "", long, "", long, ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.author).toBe("Noa Berger");
  });
});

describe("a feed reader's item meta: paper / Korean reporter / date", () => {
  const body = "시는 올해 축제 기간 방문객이 지난해보다 크게 늘었다고 밝혔다. 시는 교통 문제를 개선하기 위해 내년에는 셔틀버스 노선을 확대하겠다고 말했다.";
  it("reads '한빛일보 / 김하늘 기자 / 2025. 4. 7. 오후 2:31' as the stamp and the writer, the headline over it", () => {
    const a = parseArticle(["Feeds", "Today", "Read Later", "", "한빛일보 > 사회", "", "봄 축제 관광객 역대 최다 기록", "한빛일보 / 김하늘 기자 / 2025. 4. 7. 오후 2:31", "한빛일보 원문 보기", "", body, "", body, ""].join("\n"));
    expect(a.title).toBe("봄 축제 관광객 역대 최다 기록");
    expect(a.date).toBe("2025-04-07");
    expect(a.author).toBe("김하늘");
    expect(a.body.startsWith("시는 올해")).toBe(true);
  });
  it("takes no 'view original' link for a writer: '한빛일보 원문 보기'", () => {
    const a = parseArticle(["봄 축제 관광객 역대 최다 기록", "2025. 4. 7. 오후 2:31", "한빛일보 원문 보기", "", body, "", body, ""].join("\n"));
    expect(a.author).toBeNull();
  });
});

describe("a Hindi dateline with a full stop for the danda", () => {
  const body = "शहर में मेट्रो रेल का इंतजार कर रहे लोगों के लिए अच्छी खबर है। करीब 45 दिन बाद मेट्रो का ट्रायल रन फिर से शुरू होने जा रहा है।";
  it("reads 'इंदौर. शहर में …' as the place, under a caption glued above it", () => {
    const a = parseArticle(["इंदौर में फिर शुरू होगी मेट्रो की ट्रायल रन", "अपडेटेड: 19 अगस्त 2025, 08:20 AM IST", "", "इंदौर मेट्रो का ट्रायल रन (फाइल फोटो)", `इंदौर. ${body}`, "", body, ""].join("\n"));
    expect(a.place).toBe("इंदौर");
    expect(a.body.startsWith("शहर में मेट्रो")).toBe(true);
  });
  it("but not an Arabic word's full stop, which is no danda: 'القاهرة. …' stays the story's", () => {
    const a = parseArticle(["القاهرة تستضيف مؤتمر المناخ", "19.08.2025", "", "القاهرة. تستضيف القاهرة الأسبوع المقبل مؤتمرا دوليا للمناخ بمشاركة وفود من أكثر من أربعين دولة.", ""].join("\n"));
    expect(a.place).toBeNull();
  });
});

describe("a club's site signing its writer over the site's address", () => {
  const head = "Herons walk off Otters in 11th on Diaz's bases-clearing double";
  const p1 = "EXAMPLETON, Ga. — For 10 innings on Saturday night, the Exampleton Herons couldn't buy a big hit, and then Luis Diaz made sure they only needed one.";
  const p2 = "Diaz lined a 2-1 fastball into the right-center gap with the bases loaded and one out, sending the Herons to a 7-5 walk-off win in front of a sellout crowd.";
  const page = [`${head} | Exampleton Herons News`, "", "June 14, 2025 | 11:47 PM EDT", "", head, "Exampleton rallies from four runs down, wins fourth straight", "Jane Roe", "ExampletonHerons.com", "Share", "Facebook", "Copy Link", "", p1, "", p2, "", p2.replace("Diaz", "He"), "", p2.replace("Diaz lined", "Ortiz drove"), "", "Jane Roe is the broadcaster and media relations manager for the Exampleton Herons.", "", "Herons announce Fourth of July fireworks night", ""];
  it("reads 'Jane Roe' / 'ExampletonHerons.com' under the standfirst as the byline, the date header over the headline kept", () => {
    const a = parseArticle(page.join("\n"));
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2025-06-14");
    expect(a.title).toBe(head);
    expect(a.body).not.toContain("media relations manager");
  });
});

describe("a menu's entry over the date, the headline under it, the share bar under that", () => {
  it("gives the headline, not the entry the site's menu states higher up", () => {
    const head = "Festival announces opening night film and first 20 titles of this year's programme";
    const p = "An award-winning director's intimate family drama will open the festival on a Thursday in September, organisers said, with the cast expected at the premiere.";
    const a = parseArticle(["Example Film Festival", "", "NEWS", "", "All news", "Festival news", "Programme announcements", "Awards", "Press releases", "", "Programme announcements", "June 24, 2025", "", head, "", "Share", "f", "X", "in", "", p, "", p.replace("An award-winning", "A young"), ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.date).toBe("2025-06-24");
  });
});

describe("a cookie banner's line over the page's top, the share bar a few lines under", () => {
  const p = "Around 250 parents, grandparents and children had gathered outside the town hall on Tuesday evening with banners and drums as the council debated the plan.";
  const top = ["Parents furious over school closures: 'We feel ignored'", "A majority on the council wants to close two village schools from next year.", "By Jane Roe", "16 Oct 2024, 06:00", "Share", "Facebook", "", p, "", p.replace("Around 250", "Some 300"), ""];
  it("takes only the banner: the headline, byline and date under it are the page's", () => {
    for (const banner of ["We use cookies to improve your experience, show relevant ads and measure traffic. Customise Accept all", "Vi bruger cookies til at forbedre din oplevelse, vise relevante annoncer og måle trafik. Tilpas Accepter alle"]) {
      const a = parseArticle([banner, "Local", ...top].join("\n"));
      expect(a.title).toBe("Parents furious over school closures: 'We feel ignored'");
      expect(a.author).toBe("Jane Roe");
      expect(a.date).toBe("2024-10-16");
      expect(a.body).not.toContain("cookies");
    }
  });
});

describe("a site's address, its motto and its date strip over the menus", () => {
  it("are the masthead, not a reader view's headline and date: the story's headline and byline are further down", () => {
    const head = "Lakeside road jams stretch eight kilometres as mayor calls for a car toll";
    const p = "LAKETOWN – Eight kilometres of queues and more than an hour and a half to cover the stretch between the two towns: the mayor says it can no longer go on.";
    const a = parseArticle(["examplelake.it", "The online daily of the lake", "Wednesday, 23 July 2025", "HOME", "NEWS", "POLITICS", "SPORT", "EVENTS", "Search",
      `Home » News » ${head}`, "NEWS", head, "by Jane Roe", "23 July 2025 - 11:05", "0 comments", "Print", "", p, "", p.replace("LAKETOWN – ", ""), ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a museum's press page: the press office's menu, 'PRESS RELEASE' and the date over the headline", () => {
  it("gives the headline under the date, not the menu's last item over the label", () => {
    const head = "Museum acquires lost Victorian railway painting after 90 years in private hands";
    const p = "The museum has acquired a major Victorian painting of the railway age that has not been seen in public since 1934, thanks to grants from two national funds.";
    const a = parseArticle(["Press releases", "Back to press office", "Image library", "Filming and photography", "Press contacts", " ", "PRESS RELEASE", "Tuesday 4 March 2025", head,
      "The painting goes on public display in the industry gallery from 21 March", "Free, Gallery 6", "", p, "", p.replace("The museum", "The city's museum"), ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.date).toBe("2025-03-04");
  });
});

describe("a Chinese byline with the job as a label, and Hong Kong's '出版：' stamp", () => {
  const p = "運輸署今日宣布，全港多條專綫小巴路線將於下月起加價，最高加幅為百分之九點八，部分乘客表示負擔加重，希望政府考慮提供更多補貼。";
  it("reads '撰文：陳小文' / '出版：2025-04-22 16:05' under the headline, under a date strip", () => {
    const a = parseArticle(["2025年4月22日 星期二", "港聞", "社會新聞", "專綫小巴下月加價 最高加幅9.8%", "撰文：陳小文", "出版：2025-04-22 16:05", "更新：2025-04-22 18:30", "分享", "", p, "", p, ""].join("\n"));
    expect(a.title).toBe("專綫小巴下月加價 最高加幅9.8%");
    expect(a.author).toBe("陳小文");
    expect(a.date).toBe("2025-04-22");
  });
  it("reads them on one line too, and several writers: '作者：王小明、李小華 | 出版：…'", () => {
    const a = parseArticle(["專綫小巴下月加價 最高加幅9.8%", "作者：王小明、李小華 | 出版：2025-04-22 16:05", "", p, "", p, ""].join("\n"));
    expect(a.author).toBe("王小明 and 李小華");
    expect(a.date).toBe("2025-04-22");
  });
});

describe("an Indonesian site's dateline with its name in mixed case", () => {
  it("reads 'SURABAYA, Example24Jam.com - …' as the place", () => {
    const p = "Pemerintah Kota Surabaya akan melarang truk bersumbu tiga atau lebih melintas di dalam kota pada jam sibuk mulai bulan depan.";
    const a = parseArticle(["Truk dilarang melintas di Surabaya saat jam sibuk", "Selasa, 22 Juli 2025 10:15 WIB", "", `SURABAYA, Example24Jam.com - ${p}`, "", p, ""].join("\n"));
    expect(a.place).toBe("SURABAYA");
    expect(a.body.startsWith("Pemerintah Kota")).toBe(true);
  });
});

describe("a caption under a picture's mark with its alternative text, between the story's paragraphs", () => {
  it("is the page's, at thirteen words too", () => {
    const p = "At around 22:15 the team's drone operator picked up a heat signature in a gully some 300 metres below the ridge, and a hill party reached him twenty minutes later.";
    const a = parseArticle(["Walker rescued from icy gully after night search", "March 2, 2025", "", p, "", "[Image: Team members carry a stretcher down a snowy slope at night]", "Team members bring the casualty down towards the valley in the early hours.", "", p.replace("At around 22:15", "Shortly after ten"), "", p.replace("At around 22:15", "Later"), ""].join("\n"));
    expect(a.body).not.toContain("bring the casualty");
    expect(a.body).toContain("Shortly after ten");
  });
});

describe("a disclaimer that the views expressed are the writer's", () => {
  it("is furniture under a release and under a column", () => {
    expect(isBoilerplate("/Public Release. This material from the originating organisation may be of a point-in-time nature, and has been edited for clarity, style and length. Example Hub does not take institutional positions or sides, and all views, positions, and conclusions expressed herein are solely those of the author(s).")).toBe(true);
    expect(isBoilerplate("The views expressed in this article are those of the author and do not reflect the position of Example Times.")).toBe(true);
    expect(isBoilerplate("The minister said the views she expressed in parliament were shared by most of her party.")).toBe(false);
  });
});

describe("Serbian tags under the story", () => {
  it("end it: 'Tagovi:' / the tags a line each / 'Pratite nas …'", () => {
    const p = "Gradska toplana poskupljuje grejanje za deset odsto od prvog aprila, a nova cena primenjivaće se na račune koji stižu početkom maja.";
    const a = parseArticle(["Grejanje skuplje za deset odsto", "17.03.2025. 08:15", "", p, "", p.replace("Gradska", "Novosadska"), "Tagovi:", "Novi Sad", "grejanje", "poskupljenje", "Pratite nas i na društvenim mrežama", ""].join("\n"));
    expect(a.body.endsWith("početkom maja.")).toBe(true);
    expect(a.body).not.toContain("Tagovi");
  });
});

describe("a wire's picture credit, the agency in capitals and the photographer after a slash", () => {
  it("closes the caption over it: 'KEYSTONE/Jane Roe', 'REUTERS/John O’Neil'", () => {
    expect(creditLine("KEYSTONE/Jane Roe")).toBe("below");
    expect(creditLine("REUTERS/John O’Neil")).toBe("below");
    expect(creditLine("NEWS/LOCAL NEWS")).toBeNull();
    const p = "La commune a accepté mardi soir un crédit de 4,8 millions de francs pour l'enneigement artificiel de ses pistes, au terme d'un débat nourri qui a duré plus de trois heures.";
    const a = parseArticle(["Villars-sur-Ollon investit dans la neige artificielle", "Publié: 14.01.2025, 18h22", "Le secteur du col devrait être le premier à profiter des nouveaux canons à neige dès l'hiver prochain.", "KEYSTONE/Jane Roe", "", p, "", p.replace("La commune", "Le conseil"), ""].join("\n"));
    expect(a.body).not.toContain("premier à profiter");
    expect(a.body.startsWith("La commune a accepté")).toBe(true);
  });
});

describe("what a page sets under the share bar that closes the story", () => {
  const p = "Harbour Lights stayed on strongly up the run-in to win the feature by a length and a quarter, giving the young trainer the biggest success of his career so far.";
  const story = ["Harbour Lights lands Gold Cup for young trainer", "26 April 2025", "", p, "", p.replace("Harbour Lights", "The seven-year-old"), "", p.replace("Harbour Lights", "The gelding"), "", p.replace("Harbour Lights", "The winner"), "", p.replace("Harbour Lights", "Jane Roe's mount"), "", "He was cut to 25-1 for next year's Gold Cup, although the trainer said it was far too early to talk about plans.", ""];
  it("is the page's, a results box of short lines: not the story", () => {
    const a = parseArticle([...story, "Share", "Facebook", "X", "WhatsApp", "Email", "Copy link", "RESULT", "Gold Cup result", "1st Harbour Lights 9-1 (Jane Roe)", "2nd Example Lad 7-4f (John Doe)", "3rd Copper Pot 6-1 (Ann Poe)", "7 ran. Distances: 1¼l, 4½l.", ""].join("\n"));
    expect(a.body.endsWith("talk about plans.")).toBe(true);
  });
  it("but a share bar between the story's paragraphs, prose under it, ends nothing", () => {
    const a = parseArticle([...story.slice(0, 6), "Share", "Facebook", "X", "Email", "", p.replace("Harbour Lights", "The favourite, who had won twice at the course before,"), "", "The trainer said the horse would now be rested for the summer and aimed at the autumn's big handicaps.", ""].join("\n"));
    expect(a.body.endsWith("autumn's big handicaps.")).toBe(true);
  });
});

describe("a tech site's page: 'Enlarge / caption', the credit and the comment count, promoted comments", () => {
  it("keeps only the story between them", () => {
    const p = "Thousands of owners of Example home mesh routers woke up on Sunday to find their networks dead after an automatic firmware update pushed overnight.";
    const a = parseArticle(["Faulty firmware update knocks thousands of routers offline", "Company says a signing error sent the wrong image to one hardware revision.", "Jane Roe - Oct 7, 2024 11:42 am UTC",
      "Enlarge / The Example Duo, one of the affected models.", "Example", "reader comments", "214", p, "", p.replace("Thousands", "Hundreds"), "", p.replace("Thousands", "Tens of thousands"), "", p.replace("Thousands", "Many thousands"), "", p.replace("Thousands", "Several thousand"), "",
      "Promoted Comments", "nullpointer_ex", "Oct 7, 2024 12:03 pm", "Paywalling the ability to defer updates is the real story here, and nobody at the company will say so.", ""].join("\n"));
    expect(a.body.startsWith("Thousands of owners")).toBe(true);
    expect(a.body).not.toContain("Enlarge");
    expect(a.body).not.toContain("Paywalling");
  });
});

describe("captions closed by a credit with no label's colon", () => {
  it("know 'Jane Roe/Bay & Beacon' and 'Pic by Jane Roe' after the sentence", () => {
    expect(isCaption("The ferry sits at the wharf in the cove. Residents say one ferry can't handle morning rush traffic. Jane Roe/Bay & Beacon")).toBe(true);
    expect(isCaption("Unsold carrots dumped by the roadside near the market on Tuesday. Pic by Jane Roe")).toBe(true);
    expect(isCaption("He said the design was chosen in 2019. Photos by the council are online.")).toBe(false);
  });
  it("so a reader view's caption said twice is no headline", () => {
    const cap = "The ferry sits at the wharf in the cove. Residents say one ferry can't handle morning rush traffic. Jane Roe/Bay & Beacon";
    const p = "People who cross the bay every morning to get to work in the city are bracing for a rough few weeks after the province confirmed one of the two ferries will leave the run.";
    const a = parseArticle(["bayandbeacon.test", "Island commuters face weeks of one-boat service after ferry pulled early for refit", "Jane Roe", "4–5 minutes", "", cap, cap, "", p, "", p.replace("People", "Commuters"), ""].join("\n"));
    expect(a.title).toBe("Island commuters face weeks of one-boat service after ferry pulled early for refit");
  });
});

describe("a text browser's dump: the site's name and motto, bulleted menus, a section over the date", () => {
  it("gives the headline, date and writer under the menus", () => {
    const p = "RESIDENTS in the north of the island have pledged to fight plans to use part of the headland for inert waste after the reclamation site fills up, saying it would destroy a wild corner.";
    const a = parseArticle(["Example Daily - Island news, sport and what's on", "", "     * Skip to content", "", "     * News", "     * Business", "     * Politics", "     * Sport", "", "   Subscribe  Sign in", "",
      "   Politics", "", "   Mon 9 Jun 2025, 4:35pm", "", "Residents vow to fight plan for new inert waste site at the headland", "", "   Jane Roe", "   Political reporter", "", `   ${p}`, "", `   ${p.replace("RESIDENTS", "People")}`, ""].join("\n"));
    expect(a.title).toBe("Residents vow to fight plan for new inert waste site at the headland");
    expect(a.date).toBe("2025-06-09");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a news theme's meta 'On <date> <time>In <section> by <name>' between the headline's two copies", () => {
  it("gives the date, the byline under the h1 naming the writer", () => {
    expect(parseArticle(["Riders given 30 days to register", "On March 9, 2025 10:42 pmIn News by Jane Roe", "", "The state government has given commercial motorcyclists thirty days to register their machines or face impoundment, officials said on Sunday.", ""].join("\n")).date).toBe("2025-03-09");
    const head = "State gives okada riders 30 days to register, threatens impoundment";
    const p = "The state government has given commercial motorcyclists, popularly known as okada riders, thirty days to register their machines or face impoundment, officials said on Sunday.";
    const a = parseArticle(["Home » News", head, "On March 9, 2025 10:42 pmIn News by Jane Roe", "Comments", "Share", "Facebook", "Twitter", "WhatsApp", head, "File photo: Commercial motorcyclists at a junction.", "By Jane Roe, Enugu", p, "", p.replace("The state", "The city"), ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.date).toBe("2025-03-09");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a byline between the headline's title-tag copy and its h1", () => {
  it("names the writer where none stands under the h1", () => {
    const head = "Islanders face summer of uncertainty as ferry terminal works overrun again";
    const p = "Islanders face another summer of disruption after the council confirmed that works on the ferry terminal will not be finished before the peak season.";
    const a = parseArticle(["Home", "News", head, "By Jane Roe", "Published: 11:00, 07 March 2025 | Updated: 12:15, 07 March 2025", "Share", "Facebook", "Twitter", "", "Advertisement", "", head, "", p, "", p.replace("Islanders", "Residents"), ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2025-03-07");
  });
});

describe("a French byline with the space French sets before the colon", () => {
  it("reads 'Rédigé par : Jane Roe' and 'Par : Jane Roe - Example.sn | date | …'", () => {
    const p = "Les producteurs d'arachide de la région dénoncent la lenteur de la campagne de commercialisation, alors que les stocks s'accumulent dans les magasins.";
    for (const by of ["Rédigé par : Jane Roe", "Par : Jane Roe - Example.sn | 12 mars, 2025 à 14:23:45 | Lu 3214 fois | 12 Commentaires"]) {
      const a = parseArticle(["Les producteurs d'arachide dénoncent la lenteur de la campagne", "Publié le 03/12/2024 à 16h52", by, "Partager", "", p, "", p, ""].join("\n"));
      expect(a.author).toBe("Jane Roe");
    }
  });
});

describe("a byline under the lead picture's caption and its credit set over it", () => {
  it("is the byline, not a second caption: '…' / 'Foto: Jane Roe' / 'Von Maria Keller' / the story", () => {
    const p = "Krefeld. Die Rheinbrücke zwischen den beiden Stadtteilen wird ab dem 1. April für Lastwagen über 3,5 Tonnen gesperrt, teilte der Landesbetrieb am Donnerstag mit.";
    const a = parseArticle(["Verkehr", "Brücke wird ab April für Lkw gesperrt", "13. März 2025 um 17:45 Uhr", "Lesezeit: 3 Minuten", "Artikel teilen", "Drucken",
      "Über die Rheinbrücke fahren täglich rund 32.000 Fahrzeuge.", "Foto: Jane Roe", "Von Maria Keller", p, "", p.replace("Krefeld. ", ""), ""].join("\n"));
    expect(a.author).toBe("Maria Keller");
    expect(a.body).not.toContain("32.000 Fahrzeuge");
  });
});

describe("a magazine's credits, the writer's words and the photographer's pictures a line each", () => {
  it("name the writer only: 'Words Maria Keller' / 'Photography Jonas Berg', 'Teksti …' / 'Kuvat …'", () => {
    const p = "A concrete silo on the edge of a prairie town now holds 60,000 books, a maker space and a rooftop that looks forty kilometres across the fields.";
    for (const [w, ph] of [["Words Maria Keller", "Photography Jonas Berg"], ["Teksti Maria Keller", "Kuvat Jonas Berg"]]) {
      const a = parseArticle(["The grain silo that became a library", "A reading tower in a farming town", "", w!, ph!, "14 February 2025", "", p, "", p.replace("A concrete", "The concrete"), ""].join("\n"));
      expect(a.author).toBe("Maria Keller");
    }
  });
});

describe("a club's match report: the crumb's tail over the date, a kicker under it, the credit under the story", () => {
  const head = "Carrow's career-best 187 puts the county in command at the park";
  const p = "Tom Carrow's career-best 187 and a late burst of three wickets left the county firmly in control of their championship match on the second day.";
  const foot = ["Be the first to hear about ticket releases and team news.", "", "Example County Cricket Club", "", "Terms & Conditions", "", "Modern Slavery Statement", "", "Safeguarding", "", "Careers", "", "Contact", ""];
  const page = ["Home", "News", "Fixtures & Results", "Teams", "Men's First XI", "Women", "Academy", "", "News", "›", "Men's First XI", "", "Friday 16 May 2025", "", "MATCH REPORT", head, "", "DAY TWO: County 412-7 dec v Visitors 221-8", "", "Share", "Facebook", "Twitter", "",
    p, "", p.replace("Tom Carrow's", "A"), "", p.replace("Tom Carrow's", "Sam Roe's"), "", "Play on day three begins at 11am; members are reminded that the stand will be closed until 1pm.", "", "Report by Jane Roe, Media Officer", "", "Related Articles", "", ...foot];
  it("gives the headline under the kicker and the writer the closing credit names, without the job", () => {
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe(head);
    expect(a.date).toBe("2025-05-16");
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a release's headline over its label and status", () => {
  const head = "West Nile virus found in mosquitoes at three county sites";
  const p = "ASHFORD, Ore. – County Public Health and the Vector Control District have confirmed West Nile virus in mosquito samples collected at three sites near the city.";
  const q = "The positive samples were collected on June 30 and July 1 from traps near the treatment plant, along the slough east of town, and at a park.";
  it("is the headline, with the date under the status: headline / 'News Release' / 'FOR IMMEDIATE RELEASE' / date / contact", () => {
    const a = parseArticle(["Example County > Public Health > News Releases", "", head, "", "News Release", "FOR IMMEDIATE RELEASE", "July 8, 2025", "Media contact: Jane Roe, Public Information Officer, 541-555-0133", "", p, "", q, ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.date).toBe("2025-07-08");
  });
  it("but a letterhead over the status has the headline under the date", () => {
    const a = parseArticle(["City of Springfield", "FOR IMMEDIATE RELEASE", "July 8, 2025", "Media contact: Jane Roe, 541-555-0133", "", head, "", p, "", q, ""].join("\n"));
    expect(a.title).toBe(head);
  });
});

describe("the writers' block under the story, as Nordic sites set the byline at the foot", () => {
  const p = "Statens vegvesen planlegger å sprenge ned den løse steinen kontrollert så snart forholdene tillater det, og vegen vil være stengt i flere uker mens arbeidet pågår i fjellsiden.";
  const page = ["Rasfare stenger fylkesvei i ukevis", "", p, "", p.replace("Statens", "Det statlige"), "", p.replace("Statens vegvesen", "Fylkeskommunen"), "", p.replace("Statens vegvesen", "Kommunen"), "", "Maria Keller", "Journalist", "Jonas Berg", "Journalist", "Publisert 14.03.2025, kl. 08.31", "Oppdatert 14.03.2025, kl. 10.02", "Mer fra Example TV", "Flere kommuner vil slå sammen legevakten", "Ny eier for gamle hotell", ""];
  it("names the writers and ends the story over it", () => {
    const a = parseArticle(page.join("\n"));
    expect(a.author).toBe("Maria Keller and Jonas Berg");
    expect(a.date).toBe("2025-03-14");
    expect(a.body.endsWith("i fjellsiden.")).toBe(true);
  });
  it("but people the story lists, with no job or stamp under them, stay", () => {
    const a = parseArticle([...page.slice(0, 8), "Maria Keller", "Jonas Berg", "Anna Lund", "", p, ""].join("\n"));
    expect(a.body).toContain("Anna Lund");
  });
});

describe("what follows a story in more languages: the next article, related headings, follow prompts", () => {
  it("knows the headings and prompts", () => {
    for (const t of ["Passend zum Artikel", "Következő cikk", "Știri similare", "Mer fra Example TV"]) expect(isWidgetHeading(t)).toBe(true);
    for (const t of ["Kövesd a Példalapot a Facebookon is!", "Follow Example News on Facebook and X for the latest news."]) expect(isBoilerplate(t)).toBe(true);
    expect(isBoilerplate("Follow the money, investigators said, and you will find the network.")).toBe(false);
  });
  it("ends the story at the next article's header, its writer a bare name over its date", () => {
    const p = "A vasútvonal újjáépítése a tervek szerint két év alatt készülhet el, a beruházás teljes költsége meghaladja a negyvenmilliárd forintot, közölte a minisztérium szerdán.";
    const a = parseArticle(["Újra vonat járhat Makóra", "2025. március 11. – 09:10", "", p, "", p.replace("A vasútvonal", "A pálya"), "", p.replace("A vasútvonal", "Az állomás"), "", p.replace("A vasútvonal", "A híd"), "",
      "Következő cikk", "Ezer tanár hiányzik a szakképzésből, a kormány új ösztöndíjjal csábítana", "Kovács Anna", "2025. március 12. – 13:20", "Közel ezer tanári álláshely betöltetlen a szakképző intézményekben, derül ki a szaktárca szerdán közzétett adataiból.", ""].join("\n"));
    expect(a.body).not.toContain("tanári álláshely");
  });
});

describe("a section's label over the date, the time and the byline under it", () => {
  it("is no fact box: 'Nation' / 'Friday, 14 Mar 2025' / '7:12 PM MYT' / 'by JANE ROE'", () => {
    const head = "Water rationing for 180,000 residents during Ramadan, says state utility";
    const p = "KOTA KINABALU: Some 180,000 residents in the state capital will face scheduled water rationing for three weeks from Monday, the state utility said.";
    const a = parseArticle(["Menu", "News", "Business", "Sport", "Nation", head, "Nation", "Friday, 14 Mar 2025", "7:12 PM MYT", "by JANE ROE", "Residents fill containers from a water tanker. - Filepic", p, "", p.replace("Some 180,000", "About 180,000"), ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.date).toBe("2025-03-14");
  });
});

describe("a place's kicker over a headline that names it", () => {
  it("is no writer: 'Cangas del Narcea' / 'Los ganaderos de Cangas del Narcea denuncian …'", () => {
    const head = "Los ganaderos de Cangas del Narcea denuncian 43 ataques de lobo solo en enero";
    const p = "Las organizaciones agrarias del occidente han contabilizado 43 ataques de lobo al ganado durante el mes de enero, una cifra que no se recordaba en la comarca desde hace años.";
    const a = parseArticle(["Esquelas", "Tiempo", "Martes, 4 de febrero de 2025", "Occidente", "Cangas del Narcea", head, "Las organizaciones agrarias piden que se agilice el pago de las indemnizaciones", "EFE", "Oviedo", "04/02/2025 13:27", "", p, "", p.replace("Las organizaciones", "Los sindicatos"), ""].join("\n"));
    expect(a.author).toBeNull();
    expect(a.title).toBe(head);
  });
  it("but a caption naming the photographer under a writer's name leaves the writer", () => {
    const p = "Городские власти объявили о продлении троллейбусного маршрута до нового микрорайона, работы начнутся весной и продлятся около полугода.";
    const a = parseArticle(["Троллейбус пойдёт в новый микрорайон", "12 марта 2025, 10:15", "Мария Келлер", "Троллейбус на улице Ленинградской. Фото: Мария Келлер / Пример", "", p, "", p, ""].join("\n"));
    expect(a.author).toBe("Мария Келлер");
  });
});

describe("a section over the date, the headline and its byline under them", () => {
  it("gives the headline under the date and the writer with the link to their page run on", () => {
    const head = "Vendors resist relocation as market renovation nears";
    const p = "More than 2,000 vendors at the central market have vowed not to vacate the market ahead of a planned renovation, saying the temporary site is too far from customers.";
    const a = parseArticle(["Subscribe", "E-Paper", "Sign In", "Search", "Example 27°C | USD/UGX 3,668", "Trending: Budget 2025/26 | City floods | Cup qualifiers", "", "Regional", "Wednesday, March 05, 2025", head, "By  Jane RoeMore by this Author", "", p, "", p.replace("More than", "Nearly"), ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.author).toBe("Jane Roe");
    expect(a.date).toBe("2025-03-05");
  });
});

describe("Irish names with their particle", () => {
  it("are names: 'Seán Ó Dálaigh', 'Kieran Ó Donnchú'; the particle alone opens none", () => {
    expect(isPersonName("Seán Ó Dálaigh")).toBe(true);
    expect(isPersonName("Kieran Ó Donnchú")).toBe(true);
    expect(isPersonName("Ó Donnchú")).toBe(false);
    expect(isPersonName("Mac Slavo")).toBe(true);
  });
  it("so the writer under the date is the writer, not the headline", () => {
    const head = "Hospital extension gets green light after 'long campaign'";
    const p = "A €14.6m extension to the community hospital has been given the go-ahead, in what campaigners described as the end of a long campaign to keep its beds.";
    const a = parseArticle(["Example Tidings", "Subscribe", "Sign In", "", "News", "", head, "", "The 24-bed unit will replace wards that were no longer fit for purpose", "", "Thu, 13 Feb, 2025 - 18:30", "Kieran Ó Donnchú", "", p, "", p.replace("A €14.6m", "The"), ""].join("\n"));
    expect(a.title).toBe(head);
    expect(a.author).toBe("Kieran Ó Donnchú");
  });
});

describe("a masthead that reads as a name, the rights line naming it as a company", () => {
  it("is no writer: 'Central Example Mirror' over the date strip, '© 2025 Central Example Mirror Ltd.' at the foot", () => {
    const p = "Organisers of the town's blossom festival say its oldest community event could be scaled back this year unless they find forty thousand dollars.";
    const a = parseArticle(["Central Example Mirror", "Thursday, 20 February 2025", "Search", "Menu", "Home", "News", "Sport", "", "News › Alexandra", "Blossom Festival faces $40,000 funding gap", "Maria Keller", "maria@example.co.nz", "20 February 2025, 9:15 am", "", p, "", p.replace("Organisers", "Volunteers"), "", "© 2025 Central Example Mirror Ltd. All rights reserved.", ""].join("\n"));
    expect(a.author).toBe("Maria Keller");
  });
  it("but a blog's writer who holds its rights stays its writer", () => {
    const p = "I spent the weekend repotting the tomatoes and thinking about how much the garden has changed since we moved here ten years ago this spring.";
    const a = parseArticle(["Jane Roe", "March 4, 2025", "", "Tomatoes go in early", "", p, "", p, "", "© 2025 Jane Roe", ""].join("\n"));
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a Spanish paper's bureau credited as the text's writer", () => {
  it("names no one: 'Texto: Corresponsalía Zulia / Fotos: …'", () => {
    const p = "Trabajadores de la empresa hidrológica instalaron esta semana dos nuevas bombas en la estación que surte de agua potable a dieciocho parroquias de la ciudad.";
    const a = parseArticle(["Rehabilitan estación de bombeo que surte de agua a 18 parroquias", "4 de marzo de 2025", "Texto: Corresponsalía Zulia / Fotos: Cortesía Hidrolago", "", p, "", p, ""].join("\n"));
    expect(a.author).toBeNull();
  });
});

describe("a writer the picture's credit names again under the byline", () => {
  it("is still the writer: 'Jane Roe' / 'Corresponsal en Mendoza' / … / '… - Créditos: @Jane Roe'", () => {
    const p = "MENDOZA.- A pocas semanas de la Fiesta Nacional de la Vendimia, el clima en las fincas del valle no es de celebración: el granizo dañó miles de hectáreas.";
    const a = parseArticle(["Vendimia con menos uvas: el granizo golpeó al valle", "12 de marzo de 2025 • 00:05", "Escuchar nota", "Maria Keller", "Corresponsal en Mendoza", "Compartir", "Viñedos afectados por el granizo en Tupungato", "Viñedos afectados por el granizo en Tupungato - Créditos: @Maria Keller", p, "", p.replace("MENDOZA.- ", ""), ""].join("\n"));
    expect(a.author).toBe("Maria Keller");
  });
});

describe("a link's label with a bar after it, set into the story", () => {
  it("goes: 'LEER MÁS | …', 'READ MORE | …'", () => {
    const p = "Los productores del valle calculan que la cosecha será entre un quince y un veinte por ciento menor que la del año pasado por los daños del granizo.";
    const q = "\"Lo que te paga el seguro no alcanza ni para la poda del año que viene\", se quejó una productora de San Carlos con siete hectáreas.";
    const a = parseArticle(["Vendimia con menos uvas", "12 de marzo de 2025", "", p, "", p.replace("Los productores", "Las bodegas"), "", p.replace("Los productores", "Los enólogos"), "", "LEER MÁS | Vendimia 2025: cuánto cuesta la entrada a la fiesta central y cómo comprarla", "", q, ""].join("\n"));
    expect(a.body).not.toContain("LEER MÁS");
    expect(a.body).toContain("se quejó");
  });
});

describe("shapes the session's rules must leave alone (review of 43246b6..f754178)", () => {
  const p = "The council met on Tuesday to debate the new library plan, which has divided residents for months and drawn hundreds of letters to the local paper.";
  const long = [p, "", p.replace("The council", "The mayor's office"), "", p.replace("The council", "The planning board"), "", p.replace("The council", "The county"), ""];
  it("a headline opening with 'Words' is no byline", () => {
    expect(parseArticle(["Words matter more than ever", "March 4, 2025", "", p, "", p, ""].join("\n")).title).toBe("Words matter more than ever");
  });
  it("a letter's sign-off the story quotes, the story going on under it, names no writer and ends nothing", () => {
    const a = parseArticle(["Library plan divides town", "March 4, 2025", "", ...long, "Jane Roe", "Director", "March 3, 2025", "", "The letter was read aloud at the start of Tuesday's meeting, before the council voted by five to four to delay the plan again.", ""].join("\n"));
    expect(a.author).toBeNull();
    expect(a.body).toContain("read aloud");
  });
  it("a share bar between paragraphs keeps the short sentences under it", () => {
    const a = parseArticle(["Pool to close in June", "March 4, 2025", "", ...long, "Share", "Facebook", "X", "Email", "", "The pool will close at the end of June.", "", "A new leisure centre is planned for 2028.", ""].join("\n"));
    expect(a.body.endsWith("planned for 2028.")).toBe(true);
  });
  it("an open letter the story prints, its signer a bare name over the date, stays", () => {
    const a = parseArticle(["Residents write to the mayor", "March 4, 2025", "", p, "", p.replace("The council", "The mayor"), "", "An open letter to the people of our city", "Jane Roe", "March 3, 2025", "", "We write because the library is the heart of this town and the plan before the council would close it for three years without a home.", "", "We ask the council to think again before Tuesday's vote and to meet the people who use the building every day.", ""].join("\n"));
    expect(a.body).toContain("heart of this town");
  });
  it("a trending teaser's byline between the headline's copies names no writer", () => {
    const a = parseArticle(["Council votes to close Mill Street pool | Example Gazette", "Home", "News", "Sport", "Trending", "Mayor announces new bus routes for the east side", "By John Doe", "Local News", "Council votes to close Mill Street pool", "March 4, 2025", "", p, "", p, ""].join("\n"));
    expect(a.author).toBeNull();
  });
  it("a sender's letterhead over the status leaves a short headline under the date", () => {
    const a = parseArticle(["Oregon Department of Fish and Wildlife", "FOR IMMEDIATE RELEASE", "March 4, 2025", "Media contact: Jane Roe, 503-555-0100", "", "Tagged salmon reward doubled", "", "SALEM, Ore. – The reward for returning a tagged salmon doubles this year, the department said on Tuesday, as it seeks more data on the runs.", "", p, ""].join("\n"));
    expect(a.title).toBe("Tagged salmon reward doubled");
  });
  it("a Chinese paper named as the writer, and a book's author in its facts, are no writer", () => {
    const q = "这部小说讲述了一个普通农民在动荡年代中的命运，作者以朴素的语言描绘了生活的苦难与坚韧，出版以来多次再版，影响了几代读者。";
    expect(parseArticle(["经典小说再版发行", "发布时间：2025-04-22 16:05 | 来源：人民网 | 作者：人民日报", "", q, "", q, ""].join("\n")).author).toBeNull();
    expect(parseArticle(["经典小说再版发行", "2025年4月22日", "书名：活着", "作者：余华", "出版社：作家出版社", "", q, "", q, ""].join("\n")).author).toBeNull();
  });
  it("'Story by' among a film's credits names no writer", () => {
    const a = parseArticle(["A quiet, luminous fable", "March 4, 2025", "", ...long, "Directed by Tomm Moore", "Story by Jane Roe", "Screenplay by John Doe", ""].join("\n"));
    expect(a.author).toBeNull();
  });
  it("a Hindi abbreviation's full stop, or a short first sentence, is no dateline", () => {
    const b = "राजेश शर्मा ने मंगलवार को बताया कि अस्पताल में नई जांच मशीन शुरू हो गई है। डॉ. शर्मा ने कहा कि इससे मरीजों को राहत मिलेगी।";
    expect(parseArticle(["अस्पताल में नई कैंसर जांच मशीन शुरू", "4 मार्च 2025", "", `डॉ. ${b}`, "", b, ""].join("\n")).place).toBeNull();
    expect(parseArticle(["दिल्ली में भारी बारिश, कई इलाकों में जलभराव", "4 मार्च 2025", "", `भारी बारिश. ${b}`, "", b, ""].join("\n")).place).toBeNull();
  });
  it("a paragraph of the story right under a picture's mark stays", () => {
    const a = parseArticle(["Pool vote delayed again", "March 4, 2025", "", p, "", "[Image: Protesters outside the council chamber on Tuesday]", "The vote had been delayed twice last year after legal challenges from residents' groups who want the pool listed as a heritage building.", "", p.replace("The council", "The board"), ""].join("\n"));
    expect(a.body).toContain("delayed twice last year");
  });
});

describe("a council's page: a cookie banner, its names over its menus, the story far down", () => {
  it("finds the headline over the story and leaves out the photo's labelled caption", () => {
    const p = "Construction has officially begun on a new £14.8 million primary school, which will give more than 400 pupils the chance to be educated through the medium of Welsh.";
    const page = ["Cookies on this website", "We use essential cookies to make our website work. We'd also like to set optional analytics cookies to help us improve it.", "Accept all cookies", "Reject optional cookies", "Cookie settings", "Skip to main content", "Cymraeg",
      "Example County Council", "Cyngor Sir Example", "Search this site", "Search", "Menu", "Home", "Report it", "Pay it", "Apply for it", "Bins and recycling", "Council tax", "Education and schools", "Housing", "Jobs and careers", "Planning", "Home", ">", "Council and democracy", ">", "Newsroom", "Newsroom", "Press releases", "Media enquiries", "",
      "Work starts on new Welsh-medium primary school", "", p, "", p.replace("Construction", "Work"), "", p.replace("Construction has officially begun", "Planning was approved"), "", "Photo caption: Pupils from two schools join councillors to mark the start of work on site.", "", "Published: 06/03/2025", ""];
    const a = parseArticle(page.join("\n"));
    expect(a.title).toBe("Work starts on new Welsh-medium primary school");
    expect(a.body).not.toContain("Photo caption");
    expect(a.body).not.toContain("Bins and recycling");
  });
});

describe("ordinary story text the session's rules must leave alone (review of b3e3ec3..39ecffe)", () => {
  const long = "The council voted on Tuesday to approve the plan after a long debate, and the first works are due to start in the spring, officials said.";
  it("Russian sentences that confirm an address or say there was no comment", () => {
    for (const t of ["Следователи подтвердили адрес, по которому проживал обвиняемый, сообщили в ведомстве.", "Полиция подтвердила адрес подозреваемого."]) expect(isBoilerplate(t), t).toBe(false);
    for (const t of ["Нет комментариев от владельцев рынка пока не поступало.", "Комментариев пока нет ни от мэрии, ни от владельцев рынка."]) expect(isCommentsMarker(t), t).toBe(false);
  });
  it("a Thai lead that opens on the word for 'date'", () => {
    expect(readStamp("วันที่ 12 มีนาคม 2568 ตำรวจได้จับกุมผู้ต้องหา 3 ราย")).toBeNull();
  });
  it("a Japanese paper's label or topic of four kanji between the headline and the stamp", () => {
    const lead = "静岡県は12日、今夏の富士山の登山シーズンから、県側の３登山道で登山者１人あたり4千円の通行料を徴収すると発表した。";
    for (const label of ["有料記事", "高校野球", "東京五輪", "天声人語"]) {
      const p = parseArticle(["富士山の登山規制、静岡側も通行料4千円に", label, "2025年3月12日 14時30分", "", lead, "", lead].join("\n"));
      expect(p.author, label).toBeNull();
    }
  });
  it("a Russian story that opens on a day's name or an adverb before a date", () => {
    for (const t of ["Суббота, 25 сентября. Утро начинается с пробок на мосту.", "Вчера, 25 сентября. Мы вышли из дома рано.", "Иван Петров, 12 марта. Письмо пришло поздно."]) expect(readDateline(t)?.place ?? null, t).toBeNull();
  });
  it("a headline of four words or more under a jump menu's items", () => {
    const p = parseArticle(["Example Sports Daily", "", "Jump to:", "Results", "Report", "Vettel cruises to Monaco win", "By Jane Roe", "May 25, 2025", "", long, "", long].join("\n"));
    expect(p.title).toBe("Vettel cruises to Monaco win");
  });
  it("a match report's sentences under its next match", () => {
    const p = parseArticle(["Example beat Rovers to go fourth", "By Jane Roe", "March 8, 2025", "", long, "", "Next match", "Example v Ayr United", "Imrie said Ayr would be a tougher test.", "", long].join("\n"));
    expect(p.body).toContain("a tougher test");
  });
  it("a section's kicker 'In Brief' over one headline", () => {
    const p = parseArticle(["The Example Valley Gazette", "In Brief", "Council approves new budget for village parks", "By Jane Roe", "March 8, 2025", "", long, "", long].join("\n"));
    expect(p.title).toBe("Council approves new budget for village parks");
  });
  it("a story's own 'Weather Alert' kicker over its headline", () => {
    const p = parseArticle(["Weather Alert", "Red flag warning issued for Example County", "Forecasters warn of dangerous fire conditions through Thursday", "By Jane Roe", "July 16, 2025", "", long, "", long].join("\n"));
    expect(p.title).toBe("Red flag warning issued for Example County");
  });
  it("a tabloid's 'Pictured:' headline ending in brackets, and newsletters' headlines", () => {
    expect(isCaption("Pictured: First look inside the new superstore (and it's huge)")).toBe(false);
    for (const t of ["Parish newsletter: Get involved in the village fete this summer", "Village Newsletter - Get Ready For The Summer Fete",
      "Abonnez-vous à un forfait sans engagement si vous partez moins d'un an : c'est moins cher."]) expect(isBoilerplate(t), t).toBe(false);
  });
  it("a last paragraph that suggests talking it over with a doctor", () => {
    const p = parseArticle(["Walking more helps the heart, study finds", "By Jane Roe", "March 8, 2025", "", long, "", long, "", "Worried about your heart health? You can discuss the topic with your GP at your next check-up."].join("\n"));
    expect(p.body).toContain("with your GP");
  });
  it("a title-case line after 'By' under the story: a way or a business reads the same", () => {
    const p = parseArticle(["How to reach the festival this weekend", "", long, "", long, "", long, "", long, "", "By Public Transport", "", "Related stories", "Festival tickets sell out"].join("\n"));
    expect(p.author).toBeNull();
  });
  it("a source run onto the date is no writer", () => {
    expect(readStamp("March 3, 2025Source: Reuters")?.authors ?? []).toEqual([]);
  });
});

describe("a writer named beside the stamp under the headline, in a shape no byline rule lists", () => {
  const long = "The harbour board voted on Tuesday to rebuild the north pier by next summer, after engineers found that storms had worn through two of its oldest supports.";
  const more = "Fishermen who tie up at the pier said the work could not come soon enough, though some asked how they would land their catch while it was closed.";
  const page = (...top: string[]) => parseArticle(["Example Coast News", "Home", "News", "Sport", "", ...top, "", long, "", more, "", long].join("\n"));
  it("not a name under another label, a place that reads as a name, or a caption's name", () => {
    for (const line of ["Photographer: John Smith", "Guest: John Smith", "Editors: John Smith", "Pictured: Mayor Alan Smith", "Fort William, Scotland", "Prince George, B.C.",
      "Jane Doe, 34, at her home in Leeds", "Alan Smith (Photo: Getty Images)", "Alan Smith, left, with Mary Jones at City Hall"]) {
      expect(page("Harbour board backs rebuilding of north pier", line, "March 12, 2024").author, line).toBeNull();
    }
  });
  it("a name after a label in any language, under the date or over it", () => {
    expect(page("Harbour board backs rebuilding of north pier", "Mon 3 Mar 2025", "Report: Jane Roe").author).toBe("Jane Roe");
    expect(page("Harbour board backs rebuilding of north pier", "Autors: Jana Roze (Example Radio)", "2025. gada 15. marts 10:12").author).toBe("Jana Roze");
  });
  it("not a picture's credit, a button that reads as a name, or a company the story names", () => {
    expect(page("Harbour board backs rebuilding of north pier", "Photo: Jane Roe", "March 3, 2025").author).toBeNull();
    expect(page("Harbour board backs rebuilding of north pier", "Giriş: 12.03.2025 - 14:30", "Abone Ol", "Paylaş").author).toBeNull();
    const release = parseArticle(["Example Robotics Unveils New Pallet Mover", "News provided by", "Example Robotics, Inc.", "Mar 04, 2025, 08:00 ET", "",
      "Example Robotics said on Tuesday that its new pallet mover works in cold stores down to minus thirty degrees, and that trials cut forklift accidents sharply.", "", more].join("\n"));
    expect(release.author).toBeNull();
  });
});

describe("a page read again from the headline over its dated byline", () => {
  const story = "VALLEYTOWN: Two men were hurt on Sunday afternoon when a car left the road and struck a bus shelter on Main Street, police said. Officers closed the street for three hours while crews cleared the scene and checked the shelter for damage.";
  const seg = (...texts: string[]) => texts.flatMap((t, i) => (i ? [line(i * 2, ""), line(i * 2 + 1, t)] : [line(1, t)]));
  it("finds the headline over 'By … - date' with a share bar and then the story under it", () => {
    const lines = seg("Storm damage closes two schools", "Car strikes bus shelter on Main Street, two men hurt in Sunday crash", "By Jane Roe - July 30, 2022", "0289", "Facebook Twitter Pinterest WhatsApp", story);
    expect(anchoredHeadline(lines)).toEqual({ at: 2, published: "2022-07-30" });
  });
  it("not over an undated byline, nor without the story under it, nor under a menu's short label", () => {
    expect(anchoredHeadline(seg("Menu", "Car strikes bus shelter on Main Street, two men hurt in Sunday crash", "By Jane Roe", story))).toBeNull();
    expect(anchoredHeadline(seg("Car strikes bus shelter on Main Street, two men hurt in Sunday crash", "By Jane Roe - July 30, 2022", "Related stories", "Harbour board names new chair after a long search for someone new"))).toBeNull();
    expect(anchoredHeadline(seg("Local", "By Jane Roe - July 30, 2022", story))).toBeNull();
  });
  it("not a related item's or a comment's dated byline under a story that has none", () => {
    const top = ["Example Valley News", "Home", "News", "", "Town council passes budget after late-night debate", ""];
    const paras = ["The town council passed its budget for next year shortly after midnight on Tuesday, after a debate that ran for more than five hours.",
      "Councillors argued over the cost of the new bus routes, which will serve the east side from the spring, and over a rise in parking fees.",
      "The budget raises property taxes by two per cent, less than the four per cent the finance committee had asked for in the autumn."];
    const related = ["Related", "School board delays vote on new calendar for next year", "By Maria Lopez - March 12, 2024", "The school board put off a decision on the new calendar to allow more public input."];
    const comments = ["Comments", "Great news for the east side of town at last", "By Linda Carter - March 12, 2024", "Finally some money for the buses on our side of town, thank you council."];
    for (const tail of [related, comments]) {
      const p = parseArticle([...top, ...paras.flatMap((x) => [x, ""]), ...tail].join("\n"));
      expect(p.title).not.toBe(tail[1]);
      expect([p.author, p.date]).toEqual([null, null]);
      expect(p.body).toContain("less than the four per cent");
    }
  });
});

describe("a post's link to the next or previous one under its label", () => {
  const long = "The harbour board voted on Tuesday to rebuild the north pier by next summer, after engineers found that storms had worn through two of its oldest supports.";
  const more = "Fishermen who tie up at the pier said the work could not come soon enough, though some asked how they would land their catch while it was closed.";
  const page = (...tail: string[]) => parseArticle(["Harbour board backs rebuilding of north pier", "By Jane Roe", "March 3, 2025", "", long, "", more, "", long, "", ...tail].join("\n"));
  it("the label alone, the linked headline on the next line: the story ends over them", () => {
    const p = page("Next article", "", "Ferry company adds late sailing for the summer season", "", "Team Example RELATED ARTICLES");
    expect(p.body).not.toContain("Ferry company");
    expect(p.body).toContain("while it was closed");
  });
  it("the headline run onto the label", () => {
    expect(page("Previous article2 men charged after break-in at the yacht club", "", "Next article", "Ferry company adds late sailing for the summer season").body).not.toMatch(/yacht club|Ferry/u);
  });
  it("reads the label and the line under it, as a run-together page's pieces stand", () => {
    const at = (...texts: string[]) => isPrevNextLink(texts.map((t, i) => line(i + 1, t)), 0);
    expect(at("Next article", "", "Ferry company adds late sailing for the summer season")).toBe(true);
    expect(at("Artículo anterior", "El ayuntamiento aprueba el presupuesto de este año")).toBe(true);
    expect(at("Previous article2 men charged after break-in at the yacht club")).toBe(true);
    expect(at("Next article", "", "The board will meet again in April to approve the contract for the work.")).toBe(false);
    expect(at("Next story ideas came from readers, who wrote in with dozens of questions.")).toBe(false);
    expect(at("Next article", "", "Ferry")).toBe(false);
  });
  it("not a series' link set into its story, with the story going on under it", () => {
    const p = page("Previous article", "Part one: The night the river came into Portville harbour", "", long, "", more, "", long);
    expect(p.body.match(/rebuild the north pier/gu)).toHaveLength(4);
  });
  it("not a sentence under a label, nor a sentence that opens the same way", () => {
    expect(page("Next article", "", "The board will meet again in April to approve the contract for the work.").body).toContain("approve the contract");
    expect(page("Next story ideas came from readers, who wrote in with dozens of questions about the pier.").body).toContain("dozens of questions");
  });
});

describe("a date in brackets in a headline, where the page dates the post nowhere else", () => {
  const long = "The harbour board voted on Tuesday to rebuild the north pier by next summer, after engineers found that storms had worn through two of its oldest supports.";
  it("dates a regular report by its edition's date", () => {
    const p = parseArticle(["Harbour Report (Tue 23 Jan 2018) – pier, ferries, moorings", "", long, "", long].join("\n"));
    expect(p.date).toBe("2018-01-23");
    expect(parseArticle(["Weekly roundup [Monday, March 3, 2025]: what the council decided", "", long].join("\n")).date).toBe("2025-03-03");
  });
  it("not a year alone, a figure, or brackets with more than a date in them", () => {
    for (const title of ["Pier rebuilt (again) for the 2018 season", "Harbour Report (week 12) – moorings", "Pier closes (after storms of 23 Jan 2018 wore it through)",
      "Jane Roe (born March 4, 1931)", "Jane Roe (1931 - May 2, 2024)", "Titanic sinks on maiden voyage (April 15, 1912)", "Tax returns due (by April 15, 2025)"]) {
      expect(parseArticle([title, "", long].join("\n")).date, title).toBeNull();
    }
  });
});

describe("a video set into the story: its running time alone, its title under it", () => {
  const long = "The harbour board voted on Tuesday to rebuild the north pier by next summer, after engineers found that storms had worn through two of its oldest supports.";
  const more = "Fishermen who tie up at the pier said the work could not come soon enough, though some asked how they would land their catch while it was closed.";
  it("both go, the story goes on under them, an initialism closing the title or not", () => {
    const p = parseArticle(["Harbour board backs rebuilding of north pier", "By Jane Roe", "March 3, 2025", "", long, "3:14", "Why the pier was closed to boats during the storm in Portville N.S.", more, "", long, "", more, "", "2:05", "Pier repairs: Board releases timeline and cost", long].join("\n"));
    expect(p.body).not.toMatch(/3:14|Why the pier|2:05|releases timeline/u);
    expect(p.body).toContain("while it was closed");
    expect(p.body.match(/rebuild the north pier/gu)).toHaveLength(3);
  });
  it("not a timeline's, a programme's or a results list's times and items", () => {
    const p = parseArticle(["Harbour board backs rebuilding of north pier", "By Jane Roe", "March 3, 2025", "", long, "", "Timeline", "9:14", "First call reports a boat adrift near the harbour mouth",
      "9:18", "Lifeboat crew launches from the north pier slipway", "9:40", "Crew brings the boat and its two sailors back to harbour", "", more].join("\n"));
    expect(p.body).toContain("Lifeboat crew launches");
  });
  it("not a time over a sentence of the story", () => {
    const p = parseArticle(["Harbour board backs rebuilding of north pier", "By Jane Roe", "March 3, 2025", "", long, "", "6:40", "", "The first boat left the harbour before dawn, as it does every day of the season.", "", more].join("\n"));
    expect(p.body).toContain("The first boat left the harbour");
  });
});

describe("a related list's or a search's empty state", () => {
  it("is the page's, not the story's", () => {
    for (const t of ["No related articles found for this article.", "No related posts.", "There are no related stories yet", "No results found."]) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ["No related charges were filed, police said.", "No results were announced on Tuesday.", "No more news.", "There are no other stories."]) expect(isBoilerplate(t), t).toBe(false);
  });
});

describe("a correction note of two or three sentences under the story", () => {
  const long = "The harbour board voted on Tuesday to rebuild the north pier by next summer, after engineers found that storms had worn through two of its oldest supports.";
  it("goes, as a short one does", () => {
    const note = "An earlier version of this story said the board had voted to demolish the north pier and build a new one in its place. The board voted to rebuild the pier on its old supports, which engineers will strengthen. The cost of the work has not changed from the figure the board gave to the harbour users last year.";
    const p = parseArticle(["Harbour board backs rebuilding of north pier", "By Jane Roe", "March 3, 2025", "", long, "", long, "", note].join("\n"));
    expect(note.length).toBeGreaterThan(300);
    expect(p.body).not.toContain("An earlier version");
    expect(p.body).toContain("oldest supports");
  });
  it("goes under a label too", () => {
    for (const label of ["Note:", "Editor's note:", "Correction —"]) {
      const note = `${label} An earlier version of this article gave the wrong name for the pier the board voted to rebuild, and the wrong year for its last repair.`;
      const p = parseArticle(["Harbour board backs rebuilding of north pier", "By Jane Roe", "March 3, 2025", "", long, "", long, "", note].join("\n"));
      expect(p.body, label).not.toContain("An earlier version");
      expect(p.body, label).toContain("oldest supports");
    }
  });
  it("not the story's own report's earlier version, nor a blog's post", () => {
    for (const last of ["A previous version of this report, published in 2021, found that progress on the harbour's repairs had slowed during the pandemic, when the board cut its budget by a third and put off the work on the north pier for two years while it looked for money from the government.",
      "An earlier version of this post argued the opposite, and I have left it online so that readers can see how my thinking on the pier has changed over the past year; I was wrong then, and I think the board is right now to rebuild it rather than start again."]) {
      const p = parseArticle(["Harbour board backs rebuilding of north pier", "By Jane Roe", "March 3, 2025", "", long, "", long, "", last, "", "\"We are simply not moving fast enough,\" she said."].join("\n"));
      expect(p.body, last).toContain(last.slice(0, 40));
    }
  });
});

describe("an old page's notice with its section's label run onto it", () => {
  const page = (notice: string) =>
    ["Skip to main content", "News", "Opinion", "Sport", "Culture", "", "Police at the harbour on Thursday. Photograph: Jane Roe/Example Press", "", notice, "",
      "Harbour board votes to dredge old ferry channel", "", "This article is more than 2 months old", "", "Guardian staff and agencies", "Fri 17 Mar 2023 03.25 GMT", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", ""].join("\n");
  it("names the section by the label, and keeps the notice out of the body", () => {
    const a = parseArticle(page("Canada This article is more than 2 months old"));
    expect(a.section).toBe("Canada");
    expect(a.title).toBe("Harbour board votes to dredge old ferry channel");
    expect(a.body).not.toContain("months old");
  });
  it("names no section by the notice alone", () => {
    expect(parseArticle(page("This article is more than 2 months old")).section).toBeNull();
  });
});

describe("an official document's signature under its text", () => {
  const order = (close: string[]) => ["Proclamation on Harbour Safety Week", "", "By the authority vested in me as Governor of the State, I hereby proclaim the first week of May Harbour Safety Week, and call upon all residents to observe it.", "",
    "Sec. 2. Every harbour board shall post the safety rules at each pier, and shall review them with the coast guard before the summer season begins each year.", "", ...close].join("\n");
  it("reads the signer as the author and the date under the signature, and keeps the block out of the text", () => {
    const a = parseArticle(order(["JANE ROE", "", "THE STATE HOUSE,", "", "April 14, 2025.", ""]));
    expect(a.author).toBe("JANE ROE");
    expect(a.date).toBe("2025-04-14");
    expect(a.body).not.toContain("STATE HOUSE");
    expect(a.body).toContain("before the summer season begins each year.");
  });
  it("reads nothing from a text that ends on a sentence naming a place and a date", () => {
    const a = parseArticle(order(["The week ends on May 7, 2025, at the harbour.", ""]));
    expect(a.author).toBeNull();
  });
});

// Misfires a review of the rules above found, each kept out since.
describe("where the rules for glued captions, kickers, placed pictures, old pages' notices, wiki captions and signatures do not apply", () => {
  const P1 = "The town council of Millbrook voted on Monday night to close the old library on Elm Street, ending more than a century of service in the building that once housed the county's first school. Councillors said the roof could no longer be repaired for less than the cost of a new branch.";
  const H = "Millbrook votes to close old library";
  it("keeps a paragraph of a page run together whole when the brackets closing it hold a remark, not a credit, or follow a title's no-break space", () => {
    const remark = parseArticle([H, "", P1 + " Mayor Jane Roe said the vote was the hardest of her career. \"C'est une triste journée,\" said councillor Luc Martin. (Translated from French)The new branch will open next year, the clerk said.", ""].join("\n")).body;
    expect(remark).toContain("said councillor Luc Martin.");
    const title = parseArticle([H, "", P1 + "  The library's last head, Mr.\u00a0Paul Chen, said he was sad but not surprised. (Translated from French)The new branch will open next year on the site of the old bus depot, the clerk said.", ""].join("\n")).body;
    expect(title).toContain("said he was sad but not surprised.");
  });
  it("leaves a figure in a stamped headline's word that the kicker does not say again", () => {
    const page = ["Home", "Avery", "Gull Point", "Weather", "Obituaries", "Opinion", "Sports",
      "Library warns Windows10 users about old softwareJane Roe - Oct 19, 2022 / 10:55 am | Story: 391457", "Photo: John Doe", "The dredger at the old slip in May.",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", ""].join("\n");
    expect(parseArticle(page).title).toBe("Library warns Windows10 users about old software");
  });
  it("keeps a story's sentence closed by one place in brackets, or by a word in brackets", () => {
    const fraud = (mid: string) => ["Couple jailed over harbour fraud", "", "A couple who stole more than 200,000 pounds from a harbour charity were jailed on Friday at Avery Crown Court.", "", mid, "",
      "The judge said the pair had betrayed the trust of the volunteers who ran the charity for twenty years.", ""].join("\n");
    for (const mid of ["The court heard the pair spent the money on holidays and a new car. Jane Roe, 41, who kept the books, was jailed for four years alongside her husband John Doe [right].",
      "In the regional vote, the largest gain went to Die Linke [Left].", "Q: And the staff who worked there that night? A: Most of them have since [left]."]) {
      expect(parseArticle(fraud(mid)).body, mid).toContain(mid.slice(0, 40));
    }
  });
  it("names no section by a columnist's name or a button's label over an old page's notice", () => {
    const guardian = (notice: string) => ["Skip to main content", "News", "Opinion", "Sport", "", "Police at the harbour on Thursday. Photograph: Jane Roe/Example Press", "", notice, "",
      "Harbour board votes to dredge old ferry channel", "", "This article is more than 2 months old", "", "Guardian staff and agencies", "Fri 17 Mar 2023 03.25 GMT", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", ""].join("\n");
    expect(parseArticle(guardian("Mary Major This article is more than 2 months old")).section).toBeNull();
    expect(parseArticle(guardian("Advertisement This article is more than 2 months old")).section).toBeNull();
  });
  it("keeps the first item of a wiki's list section that ends on no stop", () => {
    const section = "The keepers lived in the cottage beside the tower with their families, rowed to the town for supplies once a week, and kept a log of every ship that passed the point, which the county museum still holds and shows to visitors who ask for it.";
    const text = ["Cape Morrow light", "From Wikipedia, the free encyclopedia",
      "The Cape Morrow light is a lighthouse on the north shore of the bay, first lit in 1867 and kept by hand until 2019.", "Keepers[edit]", section,
      "In popular culture[edit]", "The lighthouse appears on the cover of the 1972 album Northern Lights by the Avery Folk Band",
      "In the 2004 novel The Keeper's Daughter by Jane Roe, the light is the home of a widow who keeps the lamp burning through the great storm of 1903, and the book's last chapter is set in the lamp room on the night the schooner was lost.", ""].join("\n");
    expect(parseArticle(text).body).toContain("The lighthouse appears on the cover");
  });
  it("does not read a letter's signature that a news story quotes as the story's writer and date", () => {
    const a = parseArticle(["The letter that saved the lighthouse", "", "A letter found in the county archive last month shows that the lighthouse at Cape Morrow was nearly closed in 1911, until the governor intervened.", "",
      "The letter, which the museum put on display on Friday, ends with a plea to keep the light burning for the fishermen of the north shore.", "",
      "\"I cannot in good conscience allow the light to go dark while men still sail from Avery,\" the governor wrote.", "", "HENRY WARD", "", "EXECUTIVE CHAMBER,", "", "March 3, 1911.", ""].join("\n"));
    expect(a.author).toBeNull();
    expect(a.date).toBeNull();
  });
});

describe("a blog's entry line under the post", () => {
  const post = (entry: string) => ["The harbour murders of 1829", "", "In the spring of 1829 a farmer named Thomas Roe walked into the harbour town of Avery and told the magistrate what he had done.", "",
    "The trial was short, and the town turned out to watch the hanging on the green, as towns did then; the newspapers of the day wrote of little else for weeks.", "",
    "His farm was sold the next spring, and the family that bought it kept his name off the gate for a hundred years, until the county museum asked for the old records.", "", entry, ""].join("\n");
  it("names the section by the category the post is filed under", () => {
    expect(parseArticle(post("Filed under Local History and tagged avery, murder, 1829 | Leave a comment")).section).toBe("Local History");
    expect(parseArticle(post("This entry was posted in Crime and tagged avery, murder.")).section).toBe("Crime");
  });
  it("names none from a sentence that files something", () => {
    expect(parseArticle(post("The papers were filed under seal and tagged as evidence by the clerk.")).section).toBeNull();
  });
});

describe("a link to another story in brackets after a sentence", () => {
  it("is cut from its paragraph, which keeps its sentences", () => {
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years. (Related: Fishers say the channel has cost them a season.) The work will start in August.", "",
      "(READ MORE: Council approves new pier for the north shore)", "", "The board's chair said the dredger is booked for the spring, and small boats will be back by October.", ""].join("\n")).body;
    expect(b).not.toContain("Related:");
    expect(b).not.toContain("READ MORE");
    expect(b).toContain("which has silted up over ten years. The work will start in August.");
    expect(b).toContain("small boats will be back by October.");
  });
  it("stays where the brackets are the story's own aside", () => {
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", "The harbour board voted on Tuesday to dredge the old ferry channel (related: the north channel, closed in 2019) at a cost of two million.", "",
      "The board's chair said the dredger is booked for the spring, and small boats will be back by October.", ""].join("\n")).body;
    expect(b).toContain("(related: the north channel, closed in 2019)");
  });
});

// Misfires a second review found, kept out since.
describe("where the rules for entry lines, glued captions, kickers, old pages' labels, signatures and bracketed links still do not apply", () => {
  const lead = "A teenager was charged on Friday after a video of an attack on the harbour wall spread online, police in Port Avery said, and two other boys were questioned.";
  const more = ["The video was shared in several group chats before a parent called police, and officers found the boys the same evening.", "",
    "The boy, who cannot be named because of his age, will appear in youth court next month, and police asked anyone with the video to delete it.", ""];
  it("reads no entry line in a story's sentence that opens like one, and none under a standfirst", () => {
    const a = parseArticle(["Teen charged after video of harbour attack spreads online", "", lead, "", "Posted in March and tagged with the names of several local schools, the video was viewed more than 40,000 times before it was taken down.", "", ...more].join("\n"));
    expect(a.section).toBeNull();
    expect(a.body).toContain("youth court next month");
    const b = parseArticle(["The harbour murders of 1829", "", "A farmer, a magistrate and a hanging on the green: the story of the town's most famous crime, retold from the court records.", "", "Filed under Local History and tagged avery, murder, 1829", "", lead, "", ...more].join("\n"));
    expect(b.body).toContain("youth court next month");
  });
  it("keeps a story's sentence closed by a wire's tag or a quotation's source on a page run together", () => {
    const P1 = "Residents of Port Avery voted on Tuesday to rebuild the wooden pier that storms broke apart two winters ago. The council will ask three builders for prices before the summer, the clerk said. But the vote was close, and the mayor said the town would need help from the province to pay for the work. Work could begin in spring, once the builders' prices are in, and the pier could open again by the autumn, the clerk said.";
    for (const end of [" Shares in the builder rose 4 percent on the news. (Reuters)", " \"We are not going anywhere,\" the mayor told the crowd on the pier. (Port Avery Times)"]) {
      const b = parseArticle(["Harbour town votes to rebuild its old pier", "", P1 + end + "The vote passed with more than half of the town taking part.", ""].join("\n")).body;
      expect(b, end).toContain(end.trim().slice(0, 30));
    }
  });
  it("cuts no kicker at a figure glued to a name the headline says again", () => {
    const page = ["Home", "Avery", "Gull Point", "Weather", "Obituaries", "Opinion", "Sports",
      "Covid19 cases climb as new Covid variant spreads in AveryJane Roe - Oct 19, 2022 / 10:55 am | Story: 391457", "Photo: John Doe", "The dredger at the old slip in May.",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", ""].join("\n");
    expect(parseArticle(page).title).toBe("Covid19 cases climb as new Covid variant spreads in Avery");
  });
  it("names no section by a kind of piece over an old page's notice", () => {
    const guardian = ["Skip to main content", "News", "Opinion", "Sport", "", "Exclusive This article is more than 2 months old", "",
      "Harbour board votes to dredge old ferry channel", "", "This article is more than 2 months old", "", "Guardian staff and agencies", "Fri 17 Mar 2023 03.25 GMT", "",
      "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "",
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring.", ""].join("\n");
    expect(parseArticle(guardian).section).toBeNull();
  });
  it("reads no signature under a letter a story reprints in full", () => {
    const a = parseArticle(["Mayor asks premier to save the ferry", "", "Port Avery's mayor has written to the premier asking the province to keep the winter ferry running, after the operator said it would stop in November.", "",
      "The town released the letter on Friday. It reads in full:", "", "I write on behalf of the people of Port Avery, who depend on the winter ferry for work, for school and for the hospital across the bay.", "",
      "I ask that the province keep the service running until a new operator is found.", "", "JANE ROE", "", "MAYOR,", "", "March 1, 2024.", ""].join("\n"));
    expect(a.author).toBeNull();
    expect(a.date).toBeNull();
  });
  it("keeps a wiki's first item under another list heading, and a story's pointer to its own table", () => {
    const section = "The keepers lived in the cottage beside the tower with their families, rowed to the town for supplies once a week, and kept a log of every ship that passed the point, which the county museum still holds and shows to visitors who ask for it.";
    const wiki = parseArticle(["Cape Morrow light", "From Wikipedia, the free encyclopedia", "The Cape Morrow light is a lighthouse on the north shore of the bay, first lit in 1867 and kept by hand until 2019.",
      "Cultural references[edit]", "The lighthouse appears on the cover of the 1972 album Northern Lights by the Avery Folk Band", section, ""].join("\n")).body;
    expect(wiki).toContain("The lighthouse appears on the cover");
    const table = parseArticle(["Survey maps the harbour floor", "", "The survey measured the depth of the channel at forty points along its length, the harbour board said. (See also: Table 2.) The deepest part lies off the old slip.", "",
      "The board will use the survey to plan the dredging, which starts in August and should be finished before the winter storms arrive.", ""].join("\n")).body;
    expect(table).toContain("(See also: Table 2.)");
  });
});

describe("a broadcaster's transcript under its notices", () => {
  it("leaves the rush-transcript notice, the pointer to the show's maps and their list out of the body", () => {
    const text = ["(Example Student News) -- March 3, 2025", "", "Download PDF maps related to today's show:", "", "• Port Avery • Gull Point • Kittiwake", "", "Transcript", "",
      "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", "",
      "JANE ROE, EXAMPLE STUDENT NEWS ANCHOR: Welcome to the show. Today we start on the harbour, where the board voted to dredge the old ferry channel.", "",
      "ROE: The channel has silted up over ten years, and fishers say they have lost a season waiting for the board to act.", ""].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("RUSH TRANSCRIPT");
    expect(b).not.toContain("PDF maps");
    expect(b).not.toContain("• Port Avery");
    expect(b.startsWith("JANE ROE, EXAMPLE STUDENT NEWS ANCHOR: Welcome to the show.")).toBe(true);
  });
});

describe("a link to another story set after a sentence and a space, on a page run together", () => {
  it("is cut at the quotation or the sentence that takes the story up again", () => {
    const story = "Le conseil du port a voté mardi le dragage de l’ancien chenal du bac, envasé depuis dix ans, et les petits bateaux pourront revenir en octobre. " +
      "Les pêcheurs attendaient cette décision depuis deux ans. Lire aussi: Le port d’Avery se prépare à un hiver difficile «Nous avons attendu trop longtemps», a dit la présidente du conseil. " +
      "Les travaux coûteront moins cher qu’un nouveau quai. Lire aussi: Démocratie portuaire, version «petits bateaux» En Europe, on aurait pu croire que les ports suivraient tous le même chemin. " +
      "Le dragueur est réservé pour le printemps, et le chantier durera six semaines selon le calendrier publié par le conseil.";
    const b = parseArticle(["Le port d’Avery va draguer son ancien chenal", "", story, ""].join("\n")).body;
    expect(b).not.toContain("Lire aussi");
    expect(b).not.toContain("se prépare à un hiver difficile");
    expect(b).not.toContain("Démocratie portuaire");
    expect(b).toContain("«Nous avons attendu trop longtemps», a dit la présidente du conseil.");
    expect(b).toContain("En Europe, on aurait pu croire");
    expect(b).toContain("Les pêcheurs attendaient cette décision depuis deux ans.");
  });
  it("and after an ellipsis, no space between", () => {
    const story = "Le conseil du port a voté mardi le dragage de l’ancien chenal du bac, envasé depuis dix ans. Le texte sera ensuite renvoyé aux élus…Lire aussi: Des dragueurs suisses pour le port d’Avery «petits bateaux»Pour les pêcheurs qui attendaient depuis deux ans, la décision arrive enfin, a dit la présidente du conseil.";
    const b = parseArticle(["Le port d’Avery va draguer son ancien chenal", "", story, ""].join("\n")).body;
    expect(b).not.toContain("Lire aussi");
    expect(b).not.toContain("dragueurs suisses");
    expect(b).toContain("Le texte sera ensuite renvoyé aux élus…");
    expect(b).toContain("Pour les pêcheurs qui attendaient depuis deux ans");
  });
});

describe("a video's teaser run onto a paragraph's last sentence on a page run together", () => {
  it("goes, and the paragraph stays", () => {
    const story = "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October." +
      "\"These boats are our living. We cannot wait another year, and we will not,\" said Ana Diaz, who runs the boathouse.\u00a0WATCH: Ana Diaz talks about the vote on the pier. " +
      "The work will cost less than building a new slip, the board's chair said after the vote, and the dredger is booked for the spring, when the weather allows.";
    const b = parseArticle(["Harbour board votes to dredge old ferry channel", "", story, ""].join("\n")).body;
    expect(b).not.toContain("WATCH:");
    expect(b).toContain("said Ana Diaz, who runs the boathouse.");
    expect(b).toContain("the dredger is booked for the spring");
  });
});

describe("a newsletter's pitch in English that says what it delivers", () => {
  it("is the page's; a story's sentence about deliveries stays", () => {
    for (const t of ["The best stories, delivered to your inbox every week.", "Our very best stories, recipes, style and shopping tips, horoscopes and special offers. Delivered a couple of times a week.", "Local news sent straight to your inbox."]) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    for (const t of ["The food parcels are delivered twice a week to the harbour families.", "Letters were delivered to every house on the street before the vote."]) expect(isBoilerplate(t), t).toBe(false);
  });
});

describe("a source's credit and a labelled link over the story", () => {
  it("go, and the story starts under them", () => {
    const b = parseArticle([HARBOUR_STORY[0], "", "Source: Harbour Tales", "", "SHOW NOTES: https://harbourtales.example.com/?p=2107", "", ...HARBOUR_STORY.slice(2), ""].join("\n")).body;
    expect(b).not.toContain("Harbour Tales");
    expect(b).not.toContain("SHOW NOTES");
    expect(b.startsWith("The harbour board voted on Tuesday")).toBe(true);
  });
  it("stays when it is a sentence of the story", () => {
    const t = "Source: a board member who asked not to be named said the vote was close.";
    expect(parseArticle([HARBOUR_STORY[0], "", t, "", ...HARBOUR_STORY.slice(2), ""].join("\n")).body).toContain(t);
  });
});

describe("a page that holds only its headline and another's", () => {
  it("has no story: the other's headline in title case, or a row of links, is not one", () => {
    for (const other of ["How To Tell The Difference Between The Old Ferry And The New One", "Browse this newspaper »Browse all newspapers »Page of 102"]) {
      const a = parseArticle([HARBOUR_STORY[0], "", other, ""].join("\n"));
      expect(a.title).toBe(HARBOUR_STORY[0]);
      expect(a.body, other).toBe("");
    }
  });
  it("keeps a one-line story that is a sentence, and a story of more than a line", () => {
    expect(parseArticle([HARBOUR_STORY[0], "", "The harbour board voted on Tuesday to dredge the old ferry channel.", ""].join("\n")).body).toContain("voted on Tuesday");
    expect(parseArticle([HARBOUR_STORY[0], "", "The board voted to dredge the old ferry channel on Tuesday night", ""].join("\n")).body).toContain("voted to dredge");
    expect(parseArticle([...HARBOUR_STORY, "How To Tell The Difference Between The Old Ferry And The New One", ""].join("\n")).body).toContain("voted on Tuesday");
  });
  it("keeps a one-line story in capitals, a question, one ending on an emoji, a German sentence, quotes in guillemets", () => {
    for (const story of [
      "HARBOUR CLOSED UNTIL FURTHER NOTICE DUE TO STORM",
      "Will The Harbour Board Finally Dredge The Old Ferry Channel?",
      "Police Confirm Two Dead After Ferry Crash Near Harbour Mouth 🚨",
      "Der Stadtrat hat am Dienstag die Sanierung des Hafens beschlossen",
      "Le maire a répondu « non » puis « peut-être » mardi soir",
      "Er sagte »Nein« und dann »Vielleicht« am Dienstag",
    ]) expect(parseArticle([HARBOUR_STORY[0], "", story, ""].join("\n")).body, story).toBe(story);
  });
});

describe("a note on the writer under the story, with a writer's job", () => {
  it("names the author, a dash before it or not", () => {
    for (const note of ["— Jane Roe is a writer, a panelist on Example Talk, and a fellow at the Example Institute.", "Jane Roe is an award-winning journalist with 30 years of experience in print."]) {
      const a = parseArticle([...HARBOUR_STORY, note, ""].join("\n"));
      expect(a.author, note).toBe("Jane Roe");
      expect(a.body).not.toContain("Jane Roe");
    }
  });
  it("does not when the note gives another job (a subject's, as often as a writer's)", () => {
    expect(parseArticle([...HARBOUR_STORY, "Jane Roe is a professor of marine biology at the Example University.", ""].join("\n")).author).toBeNull();
  });
});

describe("an interview's transcript, its speakers named at each turn", () => {
  const turns = [
    "Jane Roe: Welcome back to the show. Today I am joined by John Doe, who has run the harbour's ferry for thirty years.",
    "John Doe: Thanks, Jane. It is good to be here, and good to be talking about the channel at last.",
    "Jane Roe: Why did the board wait ten years to dredge it?",
    "John Doe: Money, mostly. The slip was the cheaper promise, and nobody wanted to be the one to say it would not work.",
    "Jane Roe: And what happens now?",
    "John Doe: The dredger comes in the spring. We are found at example.com, where the timetable is posted every week.",
  ];
  const close = "Jane Roe: Well, that will do it for this week. Thanks again to John Doe. For more information, simply go to example.com and sign up for a free trial.";
  it("keeps the host's closing turn, though it reads as a promotion", () => {
    const b = parseArticle(["Harbour ferry man on ten years of waiting", "", ...turns.flatMap((t) => [t, ""]), close, ""].join("\n")).body;
    expect(b).toContain("Well, that will do it for this week.");
    expect(b).toContain("The dredger comes in the spring.");
  });
  it("but the same promotion, no speaker's turn, goes", () => {
    const b = parseArticle(["Harbour ferry man on ten years of waiting", "", ...turns.flatMap((t) => [t, ""]), "For more information, simply go to example.com and sign up for a free trial.", ""].join("\n")).body;
    expect(b).not.toContain("free trial");
    expect(b).toContain("The dredger comes in the spring.");
  });
});

describe("a tweet embedded in a paragraph run together, its signature and the embed's copy after it", () => {
  it("goes, the paragraph's sentences around it staying", () => {
    const p = "Le conseil du port a voté mardi le dragage de l'ancien chenal. Les bateaux reviendront en octobre pic.twitter.com/Ab3Cd4Ef5G— Le Port d'Avery (@PortAvery) 12 janvier 2019 Les bateaux reviendront en octobre pic.twitter.com/Ab3Cd4Ef5G «Nous avons attendu trop longtemps», a dit la présidente du conseil.";
    const b = parseArticle(["Le port d’Avery va draguer son ancien chenal", "", p, "", "Les pêcheurs attendaient cette décision depuis deux ans, et se sont dits soulagés mardi soir.", ""].join("\n")).body;
    expect(b).not.toContain("@PortAvery");
    expect(b).not.toContain("Les bateaux reviendront");
    expect(b).toContain("Le conseil du port a voté mardi le dragage de l'ancien chenal. «Nous avons attendu trop longtemps», a dit la présidente du conseil.");
  });
  it("stays when what follows the signature only says again the tweet's last words (a story's sentence, a quote)", () => {
    for (const p of [
      "Residents marked the day online. Well done to Harbour Master Jane Roe— Pier Action (@pieraction) March 7, 2019 Harbour Master Jane Roe said she was proud of the crews who worked through the winter.",
      "She put it plainly on Twitter: the pier is ours again — Jane Roe (@janeroe) March 7, 2019 the pier is ours again, and this time the town means to keep it, she told reporters.",
      "The board set the date. Work starts on March 7— Harbour Board (@harbourboard) March 7, 2019 Work starts on March 70 boats are expected back.",
    ]) expect(parseArticle([...HARBOUR_STORY, p, ""].join("\n")).body, p).toContain(p);
  });
  it("goes with a tweet of text alone; with no copy after it, stays whole (where its text starts is not known)", () => {
    const p = "The board voted on Tuesday to dredge the channel. Thank you to every fisher who waited two years for this day— Jane Roe (@janeroe) March 7, 2019 Thank you to every fisher who waited two years for this day The work will cost less than a new slip, the chair said.";
    const q = "Boats will be back by October, the board said.  Dredging starts in spring! pic.twitter.com/Zz9Yy8Xx7W— Harbour Board (@harbourboard) March 7, 2019  The dredger is booked for the spring, when the weather allows.";
    const b = parseArticle([HARBOUR_STORY[0], "", p, "", q, ""].join("\n")).body;
    expect(b).not.toContain("@janeroe");
    expect(b).not.toContain("Thank you to every fisher");
    expect(b).toContain("The board voted on Tuesday to dredge the channel. The work will cost less than a new slip, the chair said.");
    expect(b).toContain("Boats will be back by October, the board said. Dredging starts in spring! pic.twitter.com/Zz9Yy8Xx7W— Harbour Board (@harbourboard) March 7, 2019 The dredger is booked for the spring");
  });
  it("goes when the tweet's sentences touch, as do its copy's, and the line is cut into paragraphs there", () => {
    const tweet = "Nous comptons 3 bateaux abîmés.Le chenal restera fermé deux jours.Merci aux équipes. pic.twitter.com/Ab3Cd4Ef5G";
    const line = `Le conseil du port a fait le point mardi, a indiqué sa présidente. ${tweet}— Le Port d'Avery (@PortAvery) 12 janvier 2019 ${tweet} Ainsi, les pêcheurs repartiront jeudi, selon la capitainerie.Les travaux de dragage commenceront au printemps, a précisé le conseil.`;
    const b = parseArticle(["Le port d’Avery va draguer son ancien chenal", "", line, ""].join("\n")).body;
    expect(b).not.toContain("@PortAvery");
    expect(b).not.toContain("bateaux abîmés");
    expect(b).not.toContain("Merci aux équipes");
    expect(b).toContain("a indiqué sa présidente. Ainsi, les pêcheurs repartiront jeudi");
    expect(b).toContain("Les travaux de dragage commenceront au printemps");
  });
  it("and leaves whole the wrapped lines that follow on that line's last paragraph", () => {
    const tweet = "We will dredge the channel.It reopens in May pic.twitter.com/Ab3Cd4";
    const text = [
      "Harbour plan", "",
      `She wrote: ${tweet} — Jane Roe (@janeroe) March 7, 2019${tweet} The board must approve it.`,
      "The vote is planned for the second week of April, and the",
      "finance committee will publish its report on the costs of",
      "the work a few days before, according to the harbour clerk.", "",
    ].join("\n");
    const b = parseArticle(text).body;
    expect(b).not.toContain("@janeroe");
    expect(b.replace(/\s+/gu, " ")).toContain("The vote is planned for the second week of April, and the finance committee will publish its report on the costs of the work a few days before, according to the harbour clerk.");
  });
});

describe("a web video player's text over the story", () => {
  const story = [
    "HARBOURTON, Maine — Crews from four towns put out a fire at the old cannery on Thursday evening after it spread to two boat sheds, the fire chief said.",
    "",
    "The fire was reported at about 5 p.m., and wind off the water pushed it along the wharf before crews stopped it at the fish market's wall, she said.",
    "",
    "No one was hurt. The cannery has stood empty since 2019, and the town had planned to sell it this spring.",
  ];
  const player = ["Video Player is loading.", "Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration 2:14", "Loaded: 0%", "Stream Type LIVE", "Remaining Time -2:14", "1x", "Playback Rate", "Captions", "captions off, selected", "Fullscreen",
    "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.", "TextColorWhiteBlackRedGreenBlueYellowMagentaCyan", "Reset", "Done", "Close Modal Dialog", "End of dialog window.",
    "Now Playing", "Cannery fire: Neighbours watch as sheds burn", "Up Next", "Harbour ferry to run all winter", "Share this video", "Copy link", ""];
  it("is not the story, nor its playlist: the story starts at its dateline", () => {
    const a = parseArticle(["Cannery fire spreads to boat sheds", "Author: Jane Roe", "Published: 6:12 PM EDT April 3, 2025", ...player, ...story].join("\n"));
    expect(a.place).toBe("HARBOURTON, Maine");
    expect(a.body.startsWith("Crews from four towns")).toBe(true);
    for (const gone of ["Video Player", "Playback Rate", "modal window", "Neighbours watch", "ferry to run"]) expect(a.body, gone).not.toContain(gone);
  });
  it("leaves a story's own lines that name the controls", () => {
    const a = parseArticle(["Cannery fire spreads to boat sheds", "By Jane Roe", "April 3, 2025", "", ...story, "", "Play", "", "Done", "", "The town will meet on Monday to decide what to do with the site."].join("\n"));
    expect(a.body).toContain("decide what to do");
  });
});

describe("a byline with the writer's job before the name", () => {
  it.each([
    ["political reporter Jane Roe", "Jane Roe"],
    ["regional affairs reporter Jane Roe", "Jane Roe"],
    ["Europe correspondent John Doe", "John Doe"],
    ["national science, technology and environment reporter Jane Roe", "Jane Roe"],
  ])("names the writer: %j", (raw, expected) => expect(cleanByline(raw)).toBe(expected));
  it("reads so from the page", () => {
    const a = parseArticle(["Harbour towns face water limits as dam falls", "By regional affairs reporter Jane Roe", "Posted Mon 14 Jul 2025 at 5:31am", "", "Five harbour councils will limit the use of water from August 1, after the dam fell to its lowest winter level in a decade.", "", "The councils said the limits would stay until the dam was a third full."].join("\n"));
    expect(a.author).toBe("Jane Roe");
  });
});

describe("a byline box's job run onto the name", () => {
  it.each([
    ["Jane RoeLocal Democracy Reporter", "Jane Roe"],
    ["Jane RoeStaff Writer", "Jane Roe"],
    ["Jane McDonaldSenior Reporter", "Jane McDonald"],
  ])("leaves the name: %j", (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
    expect(nameWithRole(raw)).toBe(expected);
  });
  it("keeps a name's own capital", () => expect(cleanByline("Jane McDonald")).toBe("Jane McDonald"));
});

describe("a wire story's byline and its credit line with additional reporting", () => {
  const story = (credit: string) => ["Dock workers strike at the north harbour", "By Jane Roe", "", "NORTHPORT, May 6 (Reuters) - Dock workers at the north harbour walked off the job on Tuesday after talks on pay broke down, the union said.", "", "The harbour handles a third of the region's grain exports.", "", credit].join("\n");
  it("names the byline's writer, not those who added to the story", () => {
    expect(parseArticle(story("(Reporting by Jane Roe; Additional reporting by John Doe in Southport; Editing by Mary Major)")).author).toBe("Jane Roe");
  });
  it("names the writer too where the credit gives one", () => {
    expect(parseArticle(story("(Reporting by Jane Roe; Writing by John Doe; Editing by Mary Major)")).author).toBe("Jane Roe and John Doe");
  });
});

describe("a link to the site's other story after 'Also on' and the site's name", () => {
  it("is furniture with the name in title case too, before a headline", () => {
    for (const t of ["Also on Example News: Council votes to dredge the channel", "Also on HarbourWire: The ferry timetable, two years later: where are the boats now?", "Also on Example.com: Council votes"]) expect(isBoilerplate(t), t).toBe(true);
  });
  it("not a story's sentence that opens so", () => {
    for (const t of ["Also on Tuesday: Council votes to dredge", "Also on Capitol Hill: Lawmakers voted to extend the program.", "Also on the agenda: dredging", "Also on March 3: The council meets again"]) expect(isBoilerplate(t), t).toBe(false);
  });
});

describe("a club's signing page: the lead picture's caption and the shop's offer under the story", () => {
  const long = "Harbourside Athletic are delighted to announce the signing of defender Jane Roe from Northport on a contract until June 2028, with the option of a further year, for an undisclosed fee.";
  const page = (caption: string) => ["Harbourside complete signing of defender Jane Roe", "23 January 2025", "Share", "", caption, "", long, "", "Roe played 16 of Northport's 18 league games this season.", "", "Everyone at the club would like to welcome Jane and her family.", "", "Get your Roe 15 shirt now in the official club store.", "", "Shop Now", "", "Related Content", "Doyle joins on loan from Blackmoor", "Whitford injury update"].join("\n");
  it("leaves the caption that says who and where, and the offer over its button, out of the body", () => {
    const a = parseArticle(page("Jane Roe in the Quayside Stadium home dressing room after completing her move."));
    expect(a.body.startsWith("Harbourside Athletic are delighted")).toBe(true);
    expect(a.body).not.toContain("official club store");
    expect(a.body).toContain("welcome Jane and her family");
  });
  it("keeps a first sentence of the story that names someone in a place", () => {
    for (const lead of ["Jane Roe at the council has said she will stand again in May.", "Jane Roe in the end decided to stay at the club for another season."]) {
      expect(parseArticle(page(lead)).body, lead).toContain(lead.slice(0, 30));
    }
  });
});

describe("notes under the story on where it ran and who paid for it", () => {
  const story = (note: string) => ["Harbour board backs dredging of ferry channel", "By Jane Roe", "March 3, 2025", "", "The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.", "", "The work will cost less than building a new slip, the board's chair said after the vote.", "", note].join("\n");
  it.each([
    "Appeared in the February 27, 2025, print edition as 'Harbour Board Backs Dredging'.",
    "Ce contenu a été produit avec l'aide financière des Bourses Exemple et de La Presse Exemple pour les nouvelles.",
    "Este reportaje fue realizado con el apoyo financiero de la Fundación Ejemplo.",
  ])("leaves the body: %s", (note) => {
    const b = parseArticle(story(note)).body;
    expect(b).not.toContain(note.slice(0, 25));
    expect(b).toContain("board's chair said");
  });
});

describe("an Austrian broadcaster's regional page", () => {
  const page = ["Startseite", "Steiermark", "Kärnten", "Wien", "Politik", "Neue Straßenbahn nach Reininghaus startet im November", "",
    "Die neue Straßenbahnverbindung in den Grazer Stadtteil Reininghaus soll nun doch noch heuer in Betrieb gehen, teilten die Verkehrsbetriebe am Dienstag mit.", "",
    "Die Linie 8 wird vom Hauptbahnhof bis zur Endstelle Reininghaus-Süd führen und sechs neue Haltestellen bekommen, die derzeit gebaut werden.", "",
    "Die neue Linie soll bis in die Reininghausgründe fahren", "AURA", "Bild vergrößern", "Die neue Linie soll im Zehn-Minuten-Takt fahren", "",
    "Im neuen Stadtteil leben derzeit bereits rund 5.000 Menschen, bis 2030 sollen es mehr als 12.000 sein, rechnet die Stadt vor.", "",
    "Publiziert am 18.03.2025", "", "Mehr aus Steiermark", "Lehrermangel: Hunderte Stunden unbesetzt", "Mehr Zecken durch milden Winter erwartet", "Unfall auf der A9: Zwei Verletzte"].join("\n");
  it("leaves the picture's text round its enlarge button and the list under 'Mehr aus …' out, and reads the date", () => {
    const a = parseArticle(page);
    expect(a.date).toBe("2025-03-18");
    for (const gone of ["Reininghausgründe fahren", "Bild vergrößern", "Zehn-Minuten-Takt", "Lehrermangel", "Zecken"]) expect(a.body, gone).not.toContain(gone);
    expect(a.body).toContain("rund 5.000 Menschen");
  });
  it("leaves the stamps set right over a lead picture's button to be read", () => {
    const a = parseArticle(["Two killed in harbour shooting", "By Jane Roe", "Example News", "Posted May 26, 2023 1:37 pm", "Updated May 26, 2023 1:42 pm", "View image in full screen", "A police cruiser is seen in this file photo.", "File / Example News", "",
      "Two teenagers were killed in a shooting at the harbour on Thursday night, police said, and a third was taken to hospital.", "", "Police have not made any arrests and asked anyone with information to call them."].join("\n"));
    expect(a.date).toBe("2023-05-26");
    expect(a.body).not.toContain("file photo");
  });
  it("knows the button in other languages", () => {
    for (const t of ["Bild vergrößern", "Agrandir l'image", "Ampliar imagen", "Ingrandisci immagine", "Afbeelding vergroten", "Enlarge this image"]) expect(IMAGE_BUTTON.test(t), t).toBe(true);
    expect(isWidgetHeading("Mehr aus Steiermark")).toBe(true);
    expect(isWidgetHeading("Mehr aus Steiermark: Neue Linie")).toBe(false);
  });
});

describe("an invitation to follow the outlet's channel on a messenger", () => {
  it("is furniture however long", () => {
    for (const t of ["Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Contoh.com WhatsApp Channel : https://www.whatsapp.com/channel/0000000000. Pastikan kamu sudah install aplikasi WhatsApp ya.",
      "Join our WhatsApp channel for the day's top stories from the harbour, the council and the courts, sent straight to your phone every morning: https://whatsapp.com/channel/0000"]) expect(isBoilerplate(t), t.slice(0, 30)).toBe(true);
  });
  it("not a story's sentence about a channel", () => {
    for (const t of ["The group posted the video on its Telegram channel on Tuesday, hours after the attack, and it was shared thousands of times before the platform removed it.",
      "Followers of the channel said they had joined it in 2021, when it posted news of the harbour strike that the town's paper did not cover at all."]) expect(isBoilerplate(t), t.slice(0, 30)).toBe(false);
  });
});

describe("a Brazilian portal's list of its other stories under the story", () => {
  it("goes from its heading, 'Mais do …', with its relative stamps", () => {
    const a = parseArticle(["Campinas amplia vacinação contra a gripe", "Por Jane Roe, Portal Exemplo", "10/06/2025 08h42", "",
      "A Prefeitura de Campinas ampliou a vacinação contra a gripe para toda a população a partir de 6 meses de idade, informou nesta terça-feira.", "",
      "Segundo a Secretaria Municipal de Saúde, a decisão foi tomada porque a procura pelos grupos prioritários está abaixo da meta.", "",
      "Mais do Exemplo", "Sumaré", "Homem é preso suspeito de furtar fios de uma escola", "Polícia flagrou o suspeito com 40 quilos de fios.", "Há 1 hora — Em Campinas e Região",
      "Indaiatuba", "Indaiatuba abre inscrições para concurso com 86 vagas", "Há 3 horas — Em Campinas e Região"].join("\n"));
    expect(a.body).toContain("abaixo da meta");
    for (const gone of ["Mais do Exemplo", "furtar fios", "86 vagas"]) expect(a.body, gone).not.toContain(gone);
  });
});
