import { describe, it, expect } from "vitest";
import { dayFirstReading, findDate, isDateOnly, leadingDate, parseDate, parseHeaderDate } from "../../src/core/parse/dates.js";
import { parseArticle } from "../../src/core/parse/article.js";
import { readStamp, updateNoteDate } from "../../src/core/parse/stamps.js";

// Every form the issue lists, in the words a page would use around it.
const FORMS: Array<[string, string]> = [
  ["February 6, 2017", "2017-02-06"],
  ["Feb 6th 2017 at 11.44pm", "2017-02-06"],
  ["6 February 2017", "2017-02-06"],
  ["2017-02-06", "2017-02-06"],
  ["2017-02-06T10:00:00Z", "2017-02-06"],
  ["Sat., May 23, 2015", "2015-05-23"],
  ["Sep 12, 2022 3:36 PM EDT", "2022-09-12"],
  ["Mar. 20, 2023", "2023-03-20"],
  ["27-06-2012", "2012-06-27"],
  ["27.06.2012", "2012-06-27"],
  ["11/12/2014", "2014-11-12"], // slashes: month first when ambiguous
  ["27/06/2012", "2012-06-27"], // ... but a first number above 12 is a day
  ["3 de marzo de 2019", "2019-03-03"],
  ["1er mars 2019", "2019-03-01"],
  ["mardi 5 février 2019", "2019-02-05"],
  ["6. Februar 2017", "2017-02-06"],
  ["17. März 2015", "2015-03-17"],
  ["28 июня 2014 года", "2014-06-28"],
  ["2017年6月18日", "2017-06-18"],
];

describe("parseDate", () => {
  it.each(FORMS)("reads %j", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each(["February 30, 2017", "2017-13-01", "32 May 2015", "on Monday", "in December 2016", "May 2010", ""])(
    "refuses %j, which is no calendar day",
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it("finds the first of two dates", () => {
    expect(findDate("Updated March 3, 2019, first published 1 February 2019")?.date).toBe("2019-03-03");
  });
});

describe("parseHeaderDate (RFC 822 and Usenet)", () => {
  it.each([
    ["Mon, 05 Apr 93 18:01:16 GMT", "1993-04-05"],
    ["2 Apr 93 20:57:33 GMT", "1993-04-02"],
    ["Fri, 16 Apr 1993 01:00:42 GMT", "1993-04-16"],
    ["5 Apr 1993 16:51:04 -0400", "1993-04-05"],
    ["6 Apr 93 17:44:19 NZST", "1993-04-06"],
    ["Friday, 16 Apr 1993 08:00:29 MDT", "1993-04-16"],
    ["Fri, 16 Apr 1993 10:58:59  PST", "1993-04-16"],
    ["Wed,  7 Apr 1993 15:39:55 -0400 (EDT)", "1993-04-07"],
    ["Tue, 1 Jun 05 07:00:00 GMT", "2005-06-01"],
  ])("reads %j", (text, expected) => {
    expect(parseHeaderDate(text)).toBe(expected);
  });
});

describe("date lines", () => {
  it.each([
    ["Sat., May 23, 2015", "2015-05-23"],
    ["Oct 12, 2022 10:45 AM", "2022-10-12"],
    ["Fri., March 17, 2023timer4 min. readupdate", "2023-03-17"],
    ["Wednesday, 5 June 2019", "2019-06-05"],
  ])("a line that is only a date: %j", (text, expected) => {
    expect(leadingDate(text)).toBe(expected);
  });

  it.each([
    "March 17, 2023 was the coldest day of the month in the city",
    "The council met on March 17, 2023.",
    "June 15, 2012 (2012-06-15) 12:12 a.m. (MDT)",
  ])("a sentence or a fact with a date is not a date line: %j", (text) => {
    expect(leadingDate(text)).toBeNull();
  });

  it("isDateOnly accepts weekday, time and zone around the date", () => {
    expect(isDateOnly("Sat., May 23, 2015")).toBe(true);
    expect(isDateOnly("Monday, February 6, 2017 at 11:44 GMT")).toBe(true);
    expect(isDateOnly("February 6, 2017: talks resume")).toBe(false);
  });
});

describe("readStamp", () => {
  it("reads no stamp in a story's sentence with a date or a figure in it, alone on its line or beside another", () => {
    for (const line of [
      "The board met on 3 March 2025 and voted to dredge the channel, the chair said.",
      "Jane Roe, 41, has run the ferry since 2009.",
      "Of the 12 boats, 3 were lost - the rest came back by May 2025.",
    ]) expect(readStamp(line), line).toBeNull();
  });
  it.each([
    ["Published on Feb 6th 2017 at 11.44pm", { published: "2017-02-06" }],
    ["Posted: Sep 12, 2022 3:36 PM EDT", { published: "2022-09-12" }],
    ["Posted: Sep 12, 2022 3:36 PM EDT | Last Updated: September 13, 2022", { published: "2022-09-12", updated: "2022-09-13" }],
    ["Updated May 26, 2023 1:42 pm", { updated: "2023-05-26" }],
    ["Article was updated Mar. 20, 2023", { updated: "2023-03-20" }],
    ["This page was last edited on 4 January 2023, at 21:11 (UTC).", { updated: "2023-01-04" }],
    ["Publicado el 3 de marzo de 2019", { published: "2019-03-03" }],
    ["Mis à jour le 5 février 2019", { updated: "2019-02-05" }],
    ["25 JUN 2023 09:30 PM Tiempo de lectura: 4 minutos", { published: "2023-06-25" }],
    ["on Wed, Mar 27, 2024 at 6:00 am", { published: "2024-03-27" }],
    ["za 15 mrt 2025, 08:12 · Aangepast: vandaag, 10:47", { published: "2025-03-15" }],
    ["Анна Иванова, 12.04.2024 15:40", { published: "2024-04-12" }],
  ] as Array<[string, { published?: string; updated?: string }]>)("reads %j", (line, expected) => {
    const stamp = readStamp(line);
    expect(stamp).not.toBeNull();
    expect(stamp!.published).toBe(expected.published ?? null);
    expect(stamp!.updated).toBe(expected.updated ?? null);
  });

  it("reads names and newsroom from a byline stamp", () => {
    const stamp = readStamp("Jane Roe, John Doe · Example News · Posted: Mar 28, 2022 4:00 AM EDT");
    expect(stamp?.authors).toEqual(["Jane Roe", "John Doe"]);
    expect(stamp?.outlet).toBe("Example News");
    expect(stamp?.published).toBe("2022-03-28");
  });

  it("reads a site's address, a byline with the site after the name and a date, joined by slashes", () => {
    const stamp = readStamp("news.example.com / By: Jane Roe, Example.com / 26 December 2017");
    expect(stamp?.authors).toEqual(["Jane Roe"]);
    expect(stamp?.outlet).toBe("news.example.com");
    expect(stamp?.published).toBe("2017-12-26");
  });

  it("reads the author of a 'Published ... by' line", () => {
    expect(readStamp("Published April 3, 2020 by Jane Roe")?.authors).toEqual(["Jane Roe"]);
    // (A Korean wire's label touching its date; an update in brackets after the date.)
    expect(readStamp("송고시간2020-09-15 10:32")?.published).toBe("2020-09-15");
    expect(readStamp("22 novembre 2022 (modifica il 23 novembre 2022 | 19:48)")).toMatchObject({ published: "2022-11-22", updated: "2022-11-23" });
    expect(readStamp("Posted 3 May 2021 (updated 4 May 2021)")).toMatchObject({ published: "2021-05-03", updated: "2021-05-04" });
    // (A Japanese page's update in brackets, its word last.)
    expect(readStamp("2021年8月24日 19時05分 （8月25日 9時12分更新）")?.published).toBe("2021-08-24");
    // (A French page's "Modifié le", day first.)
    expect(readStamp("Modifié le 03/09/2016 à 08h12")?.updated).toBe("2016-09-03");
    // (A live blog's: when it started.)
    expect(readStamp("Started 6:10 a.m. PST Dec. 27, 2022 · Updated 4:55 p.m. PST")?.published).toBe("2022-12-27");
  });

  it("reads the author and date of a content system's 'Submitted by' or 'Posted by … on <weekday>' line", () => {
    const submitted = readStamp("Submitted by Jane Roe on Mon, 02/05/2024 - 14:12");
    expect([submitted?.authors, submitted?.published]).toEqual([["Jane Roe"], "2024-02-05"]);
    const posted = readStamp("Posted by Jane Roe on Tuesday, March 3, 2019");
    expect([posted?.authors, posted?.published]).toEqual([["Jane Roe"], "2019-03-03"]);
  });

  it("does not take a place beside a bare date for an author", () => {
    const stamp = readStamp("Springfield, Ohio • Wed, Feb 15, 1832");
    expect(stamp?.published).toBe("1832-02-15");
    expect(stamp?.authors).toEqual([]);
  });

  it.each([
    ["27.08.2024 | Jane Roe", "2024-08-27", "Jane Roe"],
    ["03.02.2025 11:15 · Анна Иванова", "2025-02-03", "Анна Иванова"],
    ["Jim Roe / Friday, March 15th 2013", "2013-03-15", "Jim Roe"],
  ])("takes a person's plain name beside a bare date for the author: %j", (line, date, author) => {
    const stamp = readStamp(line);
    expect(stamp?.published).toBe(date);
    expect(stamp?.authors).toEqual([author]);
    expect(stamp?.bareName).toBe(true);
  });

  it.each([
    ["By Jane Roe, March 3, 2019", "2019-03-03", ["Jane Roe"]],
    ["By Jane Roe and John Doe: April 4, 2016", "2016-04-04", ["Jane Roe", "John Doe"]],
    ["By: Jane Roe on Friday Dec 29 2017 04:24", "2017-12-29", ["Jane Roe"]],
    ["By Looking after Your Health on Friday Dec 29 2017 04:24", "2017-12-29", []],
  ] as Array<[string, string, string[]]>)("reads a byline ending in its date, %j", (line, date, authors) => {
    const stamp = readStamp(line);
    expect(stamp?.published).toBe(date);
    expect(stamp?.authors).toEqual(authors);
  });

  it("reads a stamp in brackets, and parts a dash or a slash separates when each is a date, time or name", () => {
    expect(readStamp("[January 24, 2018 - Example Times]")?.published).toBe("2018-01-24");
    expect(readStamp("Posted by Jane Roe - Oct 19, 2022 / 10:55 am")?.published).toBe("2022-10-19");
  });

  it.each([
    "The meeting was posted to March 3, 2019 and then to May",
    "By the way, on 3 May 2019 we met",
    "Posted on by someone",
    "By Jane Roe, March 3, 2019 was the day it all began",
    "Tuesday, June 13, 2023 Sign in / Join",
    "Election day - the count on Nov. 3, 2020",
  ])(
    "is not fooled by %j",
    (line) => {
      expect(readStamp(line)).toBeNull();
    },
  );

  it("reads an update note's date", () => {
    expect(updateNoteDate("UPDATE (11/12/2014): The paper reported that the guns were locked up.")).toBe("2014-11-12");
    expect(updateNoteDate("An update on the story came later.")).toBeNull();
  });
});

describe("a date of figures with slashes that either reading allows", () => {
  it("dayFirstReading reads it day first when the line holds it as it was read month first", () => {
    expect(dayFirstReading("2023-03-01", "03/01/2023 09:00")).toBe("2023-01-03");
    expect(dayFirstReading("2023-03-01", "Actualizado 3/1/23, 09:00")).toBe("2023-01-03");
    // Another date read, a day above 12, the same two numbers, dots: nothing to read again.
    expect(dayFirstReading("2023-01-03", "03/01/2023")).toBeNull();
    expect(dayFirstReading("2023-03-13", "03/13/2023")).toBeNull();
    expect(dayFirstReading("2023-03-03", "03/03/2023")).toBeNull();
    expect(dayFirstReading("2023-03-01", "01.03.2023")).toBeNull();
  });

  // A page whose story is in `language`, with the date alone under its byline.
  const page = (byline: string, date: string, lead: string, more: string) =>
    ["Housing plan approved", "", byline, date, "", lead, "", more].join("\n");
  const SPANISH = page(
    "Por Juana Pérez",
    "03/01/2023 09:00",
    "El Consejo de Ministros aprobó este martes el plan estatal de vivienda, que destinará más de dos mil millones de euros a la construcción de pisos de alquiler asequible durante los próximos cuatro años.",
    "La ministra explicó que las comunidades autónomas gestionarán las ayudas y que los primeros proyectos comenzarán antes del verano, según el calendario acordado con los ayuntamientos.",
  );
  const FRENCH = page(
    "Jeanne Roux",
    "03/01/23",
    "Le conseil des ministres a approuvé mardi le plan national pour le logement, qui consacrera plus de deux milliards d'euros à la construction de logements locatifs abordables au cours des quatre prochaines années.",
    "La ministre a expliqué que les régions géreront les aides et que les premiers projets commenceront avant l'été, selon le calendrier convenu avec les communes.",
  );
  const ENGLISH = page(
    "By Jane Roe",
    "03/01/2023 09:00",
    "The cabinet approved the national housing plan on Tuesday, which will spend more than two billion euros on building affordable rental flats over the next four years.",
    "The minister said regional governments would manage the grants and that the first projects would begin before the summer, according to the timetable agreed with the councils.",
  );

  it("a page in another language than English means the day first", () => {
    for (const text of [SPANISH, FRENCH]) {
      const p = parseArticle(text);
      expect(p.date).toBe("2023-01-03");
      expect(p.provenance.date).toEqual({ line: 4, rule: expect.stringMatching(/day first \((es|fr)\)$/) });
    }
  });

  it("an English page means the month first, and a date only one reading allows is read as before", () => {
    expect(parseArticle(ENGLISH).date).toBe("2023-03-01");
    expect(parseArticle(SPANISH.replace("03/01/2023", "25/01/2023")).date).toBe("2023-01-25");
    expect(parseArticle(ENGLISH.replace("03/01/2023", "01/25/2023")).date).toBe("2023-01-25");
  });
});

describe("the Iranian solar calendar", () => {
  it("reads Persian dates as Gregorian ones, leap years included", () => {
    expect(parseDate("۲۹ آذر ۱۳۹۵")).toBe("2016-12-19");
    expect(parseDate("1 فروردین 1403")).toBe("2024-03-20");
    expect(parseDate("1 فروردین 1404")).toBe("2025-03-21");
    expect(parseDate("30 اسفند 1399")).toBe("2021-03-20");
    expect(parseDate("15 آبان 1402")).toBe("2023-11-06");
    expect(parseDate("31 مهر 1401")).toBeNull();
    // (30 Esfand only in a leap year.)
    expect(parseDate("30 اسفند 1400")).toBeNull();
  });
  it("reads a Persian stamp with its label, or its weekday and the Gregorian date beside it", () => {
    expect(readStamp("تاریخ انتشار: ۲۹ آذر ۱۳۹۵ - ۱۰:۴۲")?.published).toBe("2016-12-19");
    expect(readStamp("دوشنبه ۱۵ آبان ۱۴۰۲ - Nov 6, 2023")?.published).toBe("2023-11-06");
    expect(readStamp("۲۹ آذر ۱۳۹۵")?.published).toBe("2016-12-19");
    expect(readStamp("१२ मार्च २०२३")?.published).toBe("2023-03-12");
  });
});

describe("dates in Urdu, Bengali, Kazakh, Uzbek and Azerbaijani, in any script's digits", () => {
  it("reads the months' names and the digits of Bengali, Thai and full-width text", () => {
    expect(parseDate("15 نومبر 2022")).toBe("2022-11-15");
    expect(parseDate("১৫ সেপ্টেম্বর ২০২০")).toBe("2020-09-15");
    expect(parseDate("14 қазан 2025")).toBe("2025-10-14");
    expect(parseDate("3 avqust 2021")).toBe("2021-08-03");
    expect(parseDate("14 oktyabr 2025")).toBe("2025-10-14");
    expect(parseDate("14 sentabr 2025")).toBe("2025-09-14");
    expect(parseDate("๑๕ มีนาคม ๒๕๖๖")).toBe("2023-03-15");
    expect(findDate("２０２３年３月１２日")?.date).toBe("2023-03-12");
  });
  it("reads the stamps' labels: Urdu's and Bengali's published and updated", () => {
    expect(readStamp("شائع 15 نومبر 2022 08:40pm")?.published).toBe("2022-11-15");
    expect(readStamp("প্রকাশ: ১৫ সেপ্টেম্বর ২০২০, ১৮: ২২")?.published).toBe("2020-09-15");
    expect(readStamp("আপডেট: ১৬ সেপ্টেম্বর ২০২০, ২১: ০৫")?.updated).toBe("2020-09-16");
  });
});

describe("a blog's stamp with its writer after \"Posted by\" in a part of its own", () => {
  it("reads the writer beside the date, without the job, and no site or user for one", () => {
    expect(readStamp("December 1, 2015 · Posted by Harriet Oyelaran, Library Director · Filed under: Announcements, Policies")).toMatchObject({ published: "2015-12-01", authors: ["Harriet Oyelaran"] });
    expect(readStamp("Posted by Harriet Oyelaran · December 1, 2015")?.authors).toEqual(["Harriet Oyelaran"]);
    expect(readStamp("Posted by Beacon · December 1, 2015")?.authors).toEqual([]);
    expect(readStamp("December 1, 2015 · Posted by Site Admin")?.authors).toEqual([]);
  });
});

describe("a stamp's writer after the small \"de\", \"da\" or \"di\"", () => {
  it("reads a person's name there, and no place", () => {
    expect(readStamp("de Andrei Mureșan | 21 iunie 2023, 10:15 | Actualizat: 21 iunie 2023, 13:40")).toMatchObject({ published: "2023-06-21", updated: "2023-06-21", authors: ["Andrei Mureșan"] });
    expect(readStamp("di Chiara Bellandi | 12/06/2024")?.authors).toEqual(["Chiara Bellandi"]);
    expect(readStamp("de Madrid | 21 junio 2023")?.authors).toEqual([]);
    expect(readStamp("de São Paulo | 21 junho 2023")?.authors).toEqual([]);
    expect(readStamp("da Ana Lima | 3 de maio de 2023")?.authors).toEqual(["Ana Lima"]);
    expect(readStamp("By Site Admin | December 1, 2015")?.authors).toEqual([]);
  });
});
