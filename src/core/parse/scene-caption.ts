// A photo's caption set under the story's lead without its credit, as news sites' text exports
// keep it: one sentence that says, in the present tense, what someone does in the picture and
// when ("Novak Djokovic celebrates after defeating Andy Roddick at the U.S. Open on Thursday.",
// "Firefighters battle a blaze Wednesday north of Boston after …"). A story tells in the past
// tense and quotes people; a caption does neither.
import type { Paragraph } from "./story.js";
import { wordsIn } from "./shapes.js";

// What people do in news photographs, as verbs' stems: "stand(s)", "arrive(s)", "carr(ies|y)".
const SCENE_VERB =
  "(?:stand|sit|walk|speak|arrive|attend|pose|wave|gesture|hold|shout|grieve|attach|deliver|enjoy|battle|begin|carr(?:y|ie)|cr(?:y|ie)|mourn|pray|gather|march|rall(?:y|ie)|protest|celebrate|watch|play|leave|greet|hug|inspect|visit|work|ride|run|wait|search|clear|fight|survey|sort|kneel|point|smile|laugh|look|react|address|embrace|cheer|chant|dance|sing|perform|display|show|wear|rest|sleep|cross|climb|swim|fly|drive|flee|mark|light|lay|place|pay|receive|chat|talk|listen|stare|weep|comfort|console|help|rescue|pull|push|load|unload|repair|build|clean|sweep|guard|patrol|keep|check|examine|study|read|write|sign|vote|queue|line|hang|tend|feed|kiss|shake|take|make|give|get|put|appear|step|prepare|emerge|enter|exit|depart|board|land|reach|stroll|jog|gaze|peer|pause|greet|lean|bow|salute|toast|unveil|inspect|tour|arrive|await)";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
// (Not a clause that opens on a conjunction or a pronoun: "As Tunisia gets back on its feet, …".)
const NOT_A_SUBJECT = "(?!(?:As|When|While|If|After|Before|But|And|So|Then|Now|This|That|These|Those|It|He|She|They|We|I|You)\\b)";
const TAIL = `\\b[^!?"“”\\n]{5,160}\\.$`;
// One doer, named or described in two to five words, the verb in the third person singular:
// "Rap artist Dolla arrives …", "A man carries …", "An artist's sketch shows …", "Judge Jane Roe,
// the panel's chair, speaks Monday …".
const ONE_DOES = new RegExp(
  `^${NOT_A_SUBJECT}(?:A |An |The )?\\p{Lu}[\\p{L}\\p{N}'’.-]*(?: [\\p{L}\\p{N}'’.-]+){1,4}(?:, [^,\\n]{2,60},)? (?:(?:on )?${WEEKDAY} )?(?:${SCENE_VERB}(?:s|es)|(?:is|are) (?:seen|pictured|shown|escorted|led|carried|greeted))${TAIL}`,
  "u",
);
// Several, in the plural: "Mourners carry …", "Hamas supporters wave flags …", "People walk …".
const MANY_DO = new RegExp(
  `^${NOT_A_SUBJECT}(?:[\\p{L}\\p{N}'’.-]+ ){0,3}(?:\\p{L}+[^s'’\\s]s|[Pp]eople|[Pp]olice|[Cc]hildren|[Mm]en|[Ww]omen) (?:(?:on )?${WEEKDAY} )?${SCENE_VERB}${TAIL}`,
  "u",
);
// When the picture was taken: a weekday, "last week", "in October 2005", "(on) March 10".
const WHEN = new RegExp(
  `\\b(?:${WEEKDAY}\\b|(?:last|this) (?:week|month|year)|earlier this (?:week|month|year)|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{4})?|in (?:19|20)\\d\\d|(?:on )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d)`,
  "u",
);
// Or it points at its picture, in any tense: "Paul Stanley, pictured here in April, co-founded …",
// "Manuel Noriega, in a 1989 file photo, leaves …", "James, center, traveled …", "This photo
// illustration projects …". (Not "a photo" or "the photo" alone, which a story may be about.)
const POINTS_AT_PICTURE = /\bpictured\b|\bin (?:this|a) (?:\d{4} )?(?:family |file )?photo\b|\bthis (?:photo|picture|image)\b|\bphoto illustration\b|\((?:left|right|centre|center)\)|, (?:left|right|centre|center),/iu;
/** The most words of such a caption. */
const CAPTION_WORDS = 28;

// A title in quotes is no quotation: "Jay Leno begins "The Jay Leno Show" in September."
const QUOTED_TITLE = /["“]((?:\p{Lu}[\p{L}\p{N}'’:.-]*,? ?){1,6})["”]/gu;

/** The most characters of such a caption (its words are counted only under this). */
const CAPTION_CHARS = 300;

export function isSceneCaption(t: string): boolean {
  // (The cheap tests first: this is asked of two paragraphs of every story.)
  if (t.length > CAPTION_CHARS || !/\.["”’]?$/u.test(t) || t.includes("\n") || wordsIn(t, CAPTION_WORDS + 1) > CAPTION_WORDS) return false;
  if (/\b(?:said|says|told|according)\b/u.test(t)) return false;
  if (POINTS_AT_PICTURE.test(t)) return true;
  const plain = /["“]/u.test(t) ? t.replace(QUOTED_TITLE, "$1") : t;
  return WHEN.test(plain) && (ONE_DOES.test(plain) || MANY_DO.test(plain));
}

/** Drops such a caption standing second or third, under the story's lead. */
export function dropSceneCaption(paragraphs: Paragraph[]): Paragraph[] {
  for (let i = 1; i < 3 && i < paragraphs.length - 1; i++) {
    if (isSceneCaption(paragraphs[i]!.text)) return [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)];
  }
  return paragraphs;
}

// A photo's caption run onto the end of a paragraph, with its credit in brackets: "… again today."
// Police investigate the scene where … on Thursday, March 16, 2023. (Jane Roe/The Example Press)".
// The caption is the last sentence: it ends on the year the picture was taken, or reads as a caption.
const RUN_ON_CAPTION = /(?<=[.!?]["”’]?)\s+(\p{Lu}[^.!?()]{10,300}\.)\s*\([^()/]{2,40}\/[^()]{2,60}\)$/u;
const ENDS_ON_YEAR = /\b(?:19|20)\d\d\.$/u;

/** Cuts such a caption and its credit from the end of any paragraph longer than a caption. */
export function cutRunOnCaptions(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.map((p) => {
    if (p.text.length <= 400 || !p.text.endsWith(")")) return p;
    const m = RUN_ON_CAPTION.exec(p.text);
    if (!m || !(ENDS_ON_YEAR.test(m[1]!) || isSceneCaption(m[1]!))) return p;
    return { n: p.n, text: p.text.slice(0, m.index).trimEnd() };
  });
}

// What a scraper left of a picture's markup, an attribute and the tag's end, with the caption the
// tag held after it: `… ម៉ាក្រុង។ itemtype="http://schema.org/ImageObject">Protesters … AFP`.
// (Prose never holds `name="…">`. Not a link's `href="…">`, whose text an embedded post goes on with.)
const MARKUP_CAPTION = /(?<![\p{L}\p{N}_-])(?:itemtype|itemprop|class|alt|title|data-[a-z-]{1,20})="[^"<>\n]{0,300}">([^<>\n]{0,300})$/u;

/**
 * Cuts a picture's caption from the end of a paragraph where the markup's remains lead it in (the
 * paragraph's line ended with the caption; a longer rest than a caption's is the story's), and
 * drops a paragraph that is such a caption and nothing else.
 */
export function cutMarkupCaptions(paragraphs: Paragraph[]): Paragraph[] {
  if (!paragraphs.some((p) => p.text.includes('">'))) return paragraphs;
  return paragraphs.flatMap((p) => {
    const m = p.text.includes('">') ? MARKUP_CAPTION.exec(p.text) : null;
    if (!m) return [p];
    const rest = p.text.slice(0, m.index).trimEnd();
    return rest ? [{ n: p.n, text: rest }] : [];
  });
}
