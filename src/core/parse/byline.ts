// Bylines: the names of the people who wrote a story, in the forms pages give them ("By Jane Doe",
// "JANE DOE, Staff Reporter", "Jane Doe · Example News · Posted: ...", a name alone above the date).
// An agency or a newsroom alone is not an author.
import { greekCapsSource } from "./greek-caps.js";

// (Irish names keep their particle: "Seán Ó Dálaigh", "Máire Ní Bhriain".)
const PARTICLE = /^(?:and|und|et|y|и|&|e|en|och|og|i|ja|és|de|del|della|van|von|der|den|da|do|dos|di|du|la|le|las|los|dela|delos|bin|binti|al|el|ibn|ter|st\.?|ó|ua|uí|ní|nic)$/iu;
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}.'’-]*,?$/u;
const CASELESS_NAME_WORD = /^[\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Hangul}\p{M}'’-]{2,20},?$/u;
const INITIAL = /^\p{Lu}\.$/u;
const LONE_LETTER = /^\p{L},?$/u;

// The words of a press office's name, here and abroad ("Biuro Prasowe Urzędu Miasta", "Pressestelle
// der Stadt", "Communications Office"): a byline's label may give one for the writer.
const PRESS_OFFICE_WORDS = ["office", "department", "ministry", "council", "bureau", "biuro", "prasowe", "prasowy", "urząd", "urzędu",
  "pressestelle", "presseamt", "pressedienst", "stadtverwaltung", "gemeinde", "ufficio", "oficina", "gabinete", "assessoria",
  "mairie", "préfecture", "rathaus", "kancelaria"];
const PRESS_OFFICE = new RegExp(`(?:^|\\s)(?:${PRESS_OFFICE_WORDS.join("|")})(?=\\s|$)`, "iu");

/** A definite article and one word, as papers abroad are named: "Le Soleil", "El Universo", "Der Bund".
 *  Asked only of what follows a writer's name after a comma ("Par Jane Roe, Le Soleil"): a name may
 *  open so too, "Le Hoang", "La Toya". (English papers are known by their words, "The Courier".) */
export function isArticleOutlet(t: string): boolean {
  return /^(?:Le|La|Les|El|Il|Der|Die|Das) \p{Lu}\p{Ll}{3,}$/u.test(t.trim());
}

/** A link to the writer's other pieces run onto the byline: "More by this Author", "View all posts". */
const WRITER_PAGE_LINK = /\s*(?:more (?:by|from) (?:this|the) (?:author|writer|reporter)|more articles by (?:this|the) author|view all (?:posts|articles|stories)(?: by [\p{L} .'’-]{2,40})?|see all (?:articles|stories)|other articles by (?:this|the) author)\s*$/iu;
/** The words of a link to the writer's page after the name: "Jane Roe (Accéder à la page de l'auteur)". */
export const AUTHOR_PAGE_LINK = /\s\((?=[^()]*\b(?:page|profile|profil|perfil|profilo|author|auteur|autor|autore|articles|artículos|articoli)\b)[^()]{3,50}\)$/iu;

/**
 * Whether a name over a post is an organisation's: a small site signs its posts with its own name
 * ("Rivermouth Jazz Festival", "Northfield Beekeepers' Club"). Asked of the author finally chosen,
 * so that the line still stands where a byline does for the headline above it.
 */
export function isOrganisationName(name: string): boolean {
  return !name.includes(",") && !/\band\b|&/u.test(name) && ORGANISATION_WORD.test(name);
}

const ORGANISATION_WORD = /(?<![\p{L}])(?:festivals?|orchestras?|philharmonic|symphony|choirs?|opera|theatre|theater|club|league|trust|academy|alliance|coalition|partnership|fund|observatory|zoo|aquarium|gallery|cooperative|co-op|society|association|federation|foundation)(?![\p{L}])/iu;

/** Whether a byline's name is a press office's: "Biuro Prasowe Urzędu Miasta Torunia". */
export function isPressOffice(name: string): boolean {
  return PRESS_OFFICE.test(name);
}

// Words that make a capitalised phrase an organisation, a desk or a job rather than a person.
const NOT_A_PERSON = new Set([
  // (A region's, a province's or a town's word for itself in the archive's other languages: "Región
  // de Murcia", "Comunidad de Madrid", "Provincia di Torino". Not "ville" or "canton": "Ville
  // Virtanen", "Jane Canton" are names.)
  "región", "comunidad", "provincia", "ciudad", "municipio", "departamento", "condado", "regione", "comune", "città",
  "cidade", "município", "região", "région", "département", "préfecture", "cantón",
  "news", "press", "times", "post", "star", "herald", "journal", "tribune", "globe", "mail", "gazette", "daily",
  "weekly", "magazine", "network", "media", "radio", "tv", "television", "agency", "wire", "service", "services",
  "staff", "reporter", "reporters", "editor", "editors", "writer", "writers", "correspondent", "columnist",
  "contributor", "bureau", "desk", "team", "group", "inc", "inc.", "ltd", "llc", "corp", "company", "co", "plc", "gmbh",
"online", "digital",
  "canadian", "associated", "reuters", "police", "beat", "department", "ministry", "government", "court", "city",
  "county", "university", "college", "school", "council", "office", "top", "stories", "more", "related", "home",
  "search", "crime", "local", "world", "sports", "politics", "business", "opinion", "health", "entertainment",
  "updated", "published", "posted", "analysis", "live", "video", "watch", "listen", "share", "comments", "the",
  "money", "blog", "report", "magazine", "website", "archives", "standard", "citizen", "observer", "sun", "chronicle", "account", "free", "create", "log", "login", "sign", "subscribe",
  // What a list is sorted or filtered by ("By Category", "Sort by Relevance"), never a name.
  "category", "categories", "location", "locations", "date", "topic", "topics", "type", "region", "relevance",
  "popularity", "newest", "oldest", "name", "title", "price", "rating", "edition", "editions",
  // The last word of a body's or a firm's name, never a person's ("Marrow Valley Water Board").
  "board", "authority", "union", "association", "federation", "foundation", "institute", "society", "corporation",
  "committee", "commission", "hospital", "museum", "library", "airlines", "airways", "railways", "ferries", "utilities",
  "holdings", "program", "programme", "initiative", "project", "centre", "center", "faculty",
  ...PRESS_OFFICE_WORDS,
  // A think tank's or a university's job, never a name ("Senior Fellow", "Associate Professor").
  "fellow", "fellows", "professor", "lecturer", "researcher", "director",
  // Words of a capitalised headline ("Understanding What Authentic Happiness Is"), never of a name.
  "what", "is", "are", "was", "how", "why", "when", "where", "who", "your", "you", "my", "our", "we", "it", "this",
  "that", "with", "for", "from", "into", "about", "not", "no", "new", "after", "over", "will", "can", "all",
  // Menu items, footer links and widgets' labels a page sets near a byline ("Guided By" / "Special
  // Print Features", "Accessibility Statement" over a stamp, "Trending Now").
  "features", "feature", "print", "special", "classifieds", "obituaries", "events", "calendar", "photos", "videos",
  "accessibility", "statement", "privacy", "terms", "careers", "opportunities", "policy", "menu", "footer",
  "trending", "now", "latest", "popular", "featured", "recommended",
  // A summary's label over the story ("KEY TAKEAWAYS", "Story Highlights").
  "takeaways", "highlights", "summary", "overview",
  // A share bar's buttons ("Facebook Twitter Courriel" over a byline).
  "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "messenger", "instagram", "flipboard", "sharing",
  "email", "e-mail", "courriel",
  // ... and its "Share" and "Print" in the archive's other languages ("Megosztás Nyomtatás" over a byline).
  "partager", "imprimer", "teilen", "drucken", "compartir", "imprimir", "condividi", "stampa", "compartilhar", "delen",
  "printen", "jaa", "tulosta", "sdílet", "tisknout", "zdieľať", "udostępnij", "drukuj",
  "distribuie", "printează", "megosztás", "nyomtatás", "paylaş", "yazdır", "κοινοποίηση", "εκτύπωση",
]);

// A newsroom named by its site, as it signs: "ExampleNews.ca Staff" (a site's name alone,
// "Example.org", is as often a link or a source).
const SITE_NAME = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|ca|co\.uk|org|net|news|tv)$/u;
const DESK_WORD = /^(?:staff|team|desk|wire|newsroom)$/iu;
const OUTLET_WORDS = /^(?:news|info|infos|actu|actus|hebdo|reporting|harian|press|service|times|post|star|herald|journal|tribune|globe|mail|gazette|daily|weekly|magazine|network|media|radio|tv|television|agency|wire|online|digital|reuters|associated|standard|sun|citizen|observer|telegraph|examiner|chronicle|courier|record|express|guardian|independent|spectator|packet|leader|bulletin|archives|today|portal|ledger|sentinel|register|dispatch|enquirer|inquirer|gleaner|clarion|notícias|noticias|nouvelles|nachrichten|notizie|nieuws|haber|berita|diário|diario|jornal|journal|zeitung|gazzetta|gazeta|agência|agencia|agence|agentur|revista|revue|rádio|tv\d?|quotidien|quotidiano|cotidiano|dagblad|gazet|krant|omroep|tageblatt|tagblatt|kurier|courrier|correo|correio|corriere|folha|estado|voz|periódico|periodico|expreso|independiente|universal|nación|nacion|observador|semanário|semanario|heraldo|nouvelliste|presse|prensa|stampa|imprensa|tribuna|messaggero|mercurio|tidning|sanomat|crónica|cronica|crônica|cronaca|chronique|chronicle|kronika|хроника|хроніка|новости|вести|вијести|новини|известия|газета|ведомости|дневник|novosti|vesti|vijesti|novine|noviny|dnevnik|večernji|вечерње|вечерний|ειδήσεις|ειδησεις|εφημερίδα|εφημεριδα|gazete|gazetesi|haberleri|hírek|hírlap|napló|uutiset|nyheter|nyheder|nieuwsblad|wiadomości|zprávy|správy|știri|stiri|ziarul)$/iu;

/** The word for "by" before a writer's name in the archive's languages ("By", "Von", "Par", "Di", "Av",
 *  "Oleh"): a pattern's alternatives, shared by the byline and stamp readers. */
// (Hebrew's, Arabic's and Thai's too: "מאת נועה ברק", "بقلم …", "โดย …"; and Polish "Oprac. Jane Roe", "compiled by".)
export const BY_WORD = "by|von|par|por|от|door|di|av|af|oleh|penulis|oprac\\.|opracowanie|מאת|بقلم|โดย";
/** A label for the writer before a colon in the archive's languages ("Author:", "Autor:", "Muhabir:",
 *  "Szerző:"), shared by the byline and stamp readers. */
export const WRITER_LABEL = greekCapsSource("author of (?:the|this) article|author|piše|pišu|пише|пишу|autor|autorka|avtor|avtorica|auteur|autore|автор|авторка|текст|аутор|ауторка|новинар|новинарка|penulis|pewarta|wartawan|yazar|muhabir|haber|texto|tekst|testo|reportagem|reporter|words|text|story|reporting|written|szerző|forfatter|författare|kirjoittaja|συντάκτης|συντάκτρια|novinar|novinarka|röportaj|ผู้เขียน|ผู้สื่อข่าว|כתב|כתבת|الكاتب|كتب|كتبت|लेखक|ავტორი|خبرنگار|نویسنده|رپورٹ|رپورٹر|تحریر|প্রতিবেদক|লেখক");

/** An account's name ("janeroe"), which names a writer less surely than a byline's name does. */
export function isHandle(name: string): boolean {
  return /^[a-z][a-z0-9_.-]{2,30}$/u.test(name);
}

/**
 * A blog account's name where a blog's post meta gives it ("Posted on October 9, 2015 by
 * janeroe", "Posted on by jane_roe"): the post's writer, unless the account is the site's own.
 */
export function postAuthorHandle(line: string, named: string): string | null {
  const handle = named.trim();
  return /^posted\b/iu.test(line) && isHandle(handle) && !/^(?:admin|administrator|editor|staff|guest|user|webmaster|author|root)$/u.test(handle) ? handle : null;
}

/** Whether a short phrase is a person's name: "Molly Hayes", "Aura Carreño Rosas", "C. D. Tavares". */
/** Korean reporters before their job, the source of a pattern's part (group: the names): "김민지 기자",
 *  "홍길동 이순신 기자", "홍길동 특파원". Shared by the byline ("김민지 기자") and the agency's dateline. */
export const HANGUL_REPORTERS = String.raw`((?:\p{Script=Hangul}{2,3}[ ,·]{1,2}){0,3}\p{Script=Hangul}{2,3})\s(?:(?:선임|객원|수석|전문|인턴)?기자|특파원|통신원)`;
// A desk's or a paper's name where a reporter's stands: "경제부 기자", "한국일보 홍길동 기자".
const HANGUL_NOT_NAME = /(?:부|일보|뉴스|신문|방송|통신|기자)$/u;

/** A Chinese writer with the job as a label, as Hong Kong and mainland pages set it: "撰文：陳嘉欣", "作者：王磊",
 *  "记者：王晓东、刘静" (group: the names). */
export const HAN_LABELLED_BYLINE = /^(?:作者|撰文|撰稿|文字|文|[記记]者|采写|採寫|[采採][访訪])\s?[:：]\s?((?:\p{Script=Han}{2,4}[、，,\s]\s?){0,3}\p{Script=Han}{2,4})$/u;

/** A book's or a film's fact with its label: "书名：活着", "出版社：作家出版社", "ISBN：…", "导演：…" (not
 *  "出版：", Hong Kong's stamp). */
export const BOOK_FACT = /^(?:书名|書名|出版社|ISBN|定价|定價|页数|頁數|译者|譯者|导演|導演|片名)\s?[:：]/u;

/** The names HANGUL_REPORTERS found, or null when one of them is a desk's or a paper's. */
export function hangulNames(names: string): string[] | null {
  const parts = names.split(/[ ,·]+/u);
  return parts.some((n) => HANGUL_NOT_NAME.test(n)) ? null : parts;
}

const WEATHER_WORDS = new Set(["partly", "mostly", "cloudy", "sunny", "clear", "overcast", "showers", "drizzle", "light", "heavy", "rain", "snow", "thunderstorms", "fog", "foggy", "windy", "snowy", "rainy", "humid", "haze", "hazy", "scattered", "isolated", "storms"]);

// Words of a page's labels and buttons in those scripts, which no name holds: news, the story, more,
// share, send, print, font, read, view, original ("أخبار محلية", "شارك الخبر", "חדשות חיפה", "समाचार", "경남일보 원문 보기").
const CASELESS_NOT_NAME = /^(?:أخبار|اخبار|الأخبار|الخبر|خبر|المزيد|الخط|شارك|قراءة|طباعة|إرسال|اقرأ|حجم|آخر|عاجل|بیشتر|چاپ|ارسال|اشتراک|خبرگزاری|חדשות|שתפו|שלחו|הדפסה|עוד|קראו|סערה|समाचार|खबर|ख़बर|पढ़ें|शेयर|न्यूज़|ข่าว|แชร์|อ่าน|보기|원문|공유|기사|뉴스|구독|댓글|저장)$/u;

/** A name of two or three words in a script without capitals ("محمد الإدريسي", "נועה ברק"), no
 *  word of a label's or a button's among them: a name only where its place says so (readCluster
 *  takes it right under the stamp). */
export function isCaselessName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return text.length <= 40 && words.length >= 2 && words.length <= 3 && words.every((w) => CASELESS_NAME_WORD.test(w) && !/[,،]$/u.test(w) && !CASELESS_NOT_NAME.test(w));
}

export function isPersonName(text: string): boolean {
  // (Length first: this is asked of whole paragraphs too.)
  if (text.length > 50) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // (A weather strip's reading, every word of it: "Partly Cloudy", "Mostly Sunny"; not "Sunny Roe".)
  if (words.every((w) => WEATHER_WORDS.has(w.toLowerCase()))) return false;
  let capitalised = 0;
  for (const w of words) {
    if (PARTICLE.test(w)) continue;
    // A possessive ("Hollywood’s") belongs to a headline, not a name.
    if (!NAME_WORD.test(w) || LONE_LETTER.test(w) || /['’]s$/u.test(w)) return false;
    if (NOT_A_PERSON.has(w.toLowerCase().replace(/[,.]$/, ""))) return false;
    if (!INITIAL.test(w)) capitalised++;
  }
  // An acronym with a word after it is a newsroom: "UPI Archives", "CBC Calgary".
  // (Two initials and a surname, "JD Roe", are a writer's.)
  if (/^\p{Lu}{2,5}$/u.test(words[0]!) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return isInitialsName(text);
  return capitalised >= 1 && words.length - capitalised <= 3 && !PARTICLE.test(words[0]!) && !PARTICLE.test(words[words.length - 1]!);
}

// Given names that are also words of a capitalised headline ("Jon Are Nilsen", "Will Roe", "Can
// Yılmaz"; "Prices Are Rising"): a name's only where the page's layout says a name stands.
const NAME_OR_WORD = /(?<=^|\s)(?:Are|Will|Can)(?=\s)/u;
// (A headline's verb after it is no surname: "Prices Are Rising", "Rates Will Fall".)
const VERB_LAST = /(?:ing|ed|s)$/u;

/** A person's name on a byline card, over the writer's job ("Jon Are Nilsen" / "Journalist"). */
export function isNameOverRole(text: string): boolean {
  if (isPersonName(text)) return true;
  const words = text.trim().split(/\s+/u);
  return NAME_OR_WORD.test(text) && words.length <= 3 && !VERB_LAST.test(words[words.length - 1]!) && isPersonName(text.replace(new RegExp(NAME_OR_WORD.source, "gu"), "Ann"));
}

/**
 * A writer signing with two initials run together and a surname, "MN Gordon", "JD Roe": a shape
 * isPersonName leaves to newsrooms ("CBC Calgary"), for where the context says a writer is named.
 */
export function isInitialsName(text: string): boolean {
  const m = /^(\p{Lu}{2}) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(text.trim());
  return m !== null && !SHORT_CODES.has(m[1]!) && !OUTLET_WORDS.test(m[2]!) && !DESK_NAME_WORDS.test(m[2]!) && !NOT_A_PERSON.has(m[2]!.toLowerCase());
}
// Two capitals that name a place, a body or a channel ("RT America", "UK Politics", "BC Wildfires").
const SHORT_CODES = new Set(["AP", "RT", "US", "UK", "UN", "EU", "NY", "LA", "DC", "BC", "AB", "ON", "QC", "NS", "NB", "TV", "PA", "AI", "IT", "HR", "PR"]);
// Words that close a desk's or a channel's name rather than a person's ("AJ Plus", "XY World").
const DESK_NAME_WORDS = /^(?:america|canada|world|international|global|sports?|business|politics|health|money|live|plus|insider|staff|team|desk|edition|opinion|weather|traffic|update|updates|wildfires?)$/iu;

// A newsroom's word for itself: "Redazione", "Redacción Caldas", "Haber Merkezi".
export const NEWSROOM_WORDS = "redazione|redacción|redação|rédaction|redaktion|redactie|redakcja|redakce|редакция|newsroom|haber merkezi|redaksi|toimitus|szerkesztőség|corresponsalía|corresponsalia|sucursal|delegación";

const ROLE = new RegExp(
  String.raw`^(?:(?:senior|junior|chief|staff|special|political|foreign|national|digital|contributing|freelance|investigative|general|assignment|associate|managing|deputy|courts?|crime|city|city hall|politics|science|tech(?:nology)?|environment(?:al)?|arts?|entertainment|features?|opinion|transportation|energy|religion|municipal|provincial|parliamentary|health|business|video|multimedia|web|online|social media|data|weather|sports?|education|justice|legislative)\s+)*(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|producer|photographer|host|analyst|critic)s?(?:\s+(?:for|at|with)\s+.{1,40}|,\s*[\p{Lu}].{1,40})?$|^special to (?:the )?.{1,40}$|^(?:the )?(?:staff|contributor)$|^(?:la |a )?(?:${NEWSROOM_WORDS})(?:\s[^.!?]{1,30})?$`,
  "iu",
);

/** A job title under a byline: "Staff Reporter", "Senior writer", "Special to the Star". */
export function isRole(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && (ROLE.test(t) || OFFICE_ROLE.test(t) || COMPOUND_ROLE.test(t) || REPORTING_FROM.test(t) || (BEAT_ROLE.test(t) && placeCapitalised(t)));
}

/** The writer's name from a feed reader's line under a headline, the name, the outlet and how long
 *  ago, parted by slashes, dots or bars: "Jane Roe / Example Report / 2h", "Jane Roe · Example News ·
 *  3 hours ago"; null for any other line. */
export function writerOutletAgo(t: string): string | null {
  if (t.length > 90) return null;
  const m = WRITER_OUTLET_AGO.exec(t.trim());
  return m && isPersonName(m[1]!) && !isOutlet(m[1]!) ? m[1]! : null;
}
const WRITER_OUTLET_AGO = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) [\/·|•] [^\/·|•]{2,40} [\/·|•] (?:\d{1,2}\s?(?:m|h|d|w|min|mins|hr|hrs)|(?:an?|\d{1,2}) (?:minutes?|hours?|days?) ago|yesterday|just now)$/u;

// Where the writers filed from, under their names: "Reporting from Phoenix and Denver".
const REPORTING_FROM = /^[Rr]eporting from \p{Lu}[\p{L}'’.-]*(?:,? (?:and )?\p{Lu}[\p{L}'’.-]*){0,5}$/u;

// ... or a job in an organisation, capitalised as a title: "Group Product Manager", "Communications
// Officer", "Director" (not "Club appoints new manager", a headline).
const OFFICE_ROLE = /^(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Manager|Director|Officer|Coordinator|Co-ordinator|Specialist|Strategist|Advis[eo]r|Consultant|Lead|Engineer|Designer|Scientist|Economist|Researcher)$/u;
// ... or a reporter's job in one word, as Danish, Norwegian, Swedish and German write it:
// "Uddannelsesreporter", "Politikredaktør", "Sportjournalist", "Wirtschaftskorrespondentin".
const COMPOUND_ROLE = /^\p{Lu}\p{Ll}{2,}(?:reporter|redaktør|redaktör|redaktor|redakteur|redakteurin|journalist|journalistin|korrespondent|korrespondentin|skribent|medarbejder|medarbetare|fotograf)$/u;

/** Whether a job's place or desk, after its job word and a preposition, is capitalised ("… Stadt Zürich"). */
function placeCapitalised(t: string): boolean {
  if (/(?:correspondent|editor|reporter)s?$/iu.test(t)) return true;
  const words = t.split(/\s+/).slice(1);
  const preposition = (w: string | undefined) => w !== undefined && PREPOSITION_ALONE.test(w);
  // (Not a word in small letters first, "correspondant parlementaire à Québec": a headline's verb,
  // "Journalist arrested in Moscow", reads the same.)
  if (preposition(words[0])) words.shift();
  return words.length === 0 || /^\p{Lu}/u.test(words[0]!);
}
/** The words for "in", "at" or "of" before a job's place: "correspondant à Saint-Louis". */
const PLACE_PREPOSITION = "à|a|en|in|im|für|de|del|di|da|do|per|w|v|в|u|na|at";
const PREPOSITION_ALONE = new RegExp(`^(?:${PLACE_PREPOSITION})$`, "iu");

// ... or a correspondent, editor or reporter of a place or a beat: "Southern Correspondent", "North
// of England correspondent", "Europe editor", "North West Wales reporter" (not "Letters to the
// Editor"); or a job in the archive's other languages and the desk or place after it, in capitals:
// "Redaktorin Stadt Zürich", "correspondant à Saint-Louis" (not "Reporter shot dead in Mexico").
// (The i flag lets \p{Lu} match small letters: the place's capital is checked by isRole.)
const BEAT_ROLE = new RegExp(`^(?!.*\\b(?:letters?|to the|of the)\\b)(?:[\\p{L}'’-]+\\s+){1,4}(?:correspondent|editor|reporter)s?$|^(?:(?:leitende[rn]?|freie[rn]?|stellvertretende[rn]?|chef-?|grand |envoyée? spéciale?|enviad[oa] especial|inviat[oa] speciale)\\s*)?(?:redaktor(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|reporter(?:in)?|rédacteur|rédactrice|journaliste|correspondante?|redactora?|periodista|corresponsal|giornalista|corrispondente|redattore|redattrice|jornalista|repórter|correspondente|verslaggever|redacteur|dziennikar(?:z|ka)|redaktorka|korespondent(?:ka)?|журналист(?:ка)?|корреспондент|кореспондент(?:ка)?|muhabir|wartawan|wartawati|toimittaja|újságíró|tudósító)(?:\\s+(?:(?:${PLACE_PREPOSITION})\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]+\\p{Lu}[\\p{L}'’.-]*){0,3})?$`, "iu");

/** A newsroom or agency: "CBC News", "The Canadian Press", "Reuters", "Global News". */
export function isOutlet(text: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  if (/^(?:reuters|afp|ap|upi|efe|dpa|ansa|xinhua|tass|bloomberg|cnn|bbc|cbc|ctv|bernama|antara|yonhap|kyodo|agerpres|tanjug|anadolu|interfax|belga|lusa)$/i.test(t)) return true;
  // (Agencies by their initials, however cased: "Hina" is how Croatian papers credit HINA. A line of
  // one such word alone is an agency's credit, not a person, who has a surname.)
  if (/^(?:PTI|IANS|ANI|APA|SDA|ATS|ANP|PAP|ČTK|CTK|MTI|BTA|HINA|AAP|SAPA|KNA|GNA|NAN|RIA)$/iu.test(t)) return true;
  const words = t.split(/\s+/);
  // An acronym leading a capitalised word: "CNN Money", "BBC Sport".
  // (An acronym alone is not, unless an agency's above: "GTA" over a headline is its section.)
  if (words.length >= 2 && words.length <= 3 && /^\p{Lu}{2,5}$/u.test(words[0]!) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return !isInitialsName(t);
  // (Greek's "update", a headline's word as often, names an outlet only last of two or three words:
  // "Κρητική Ενημέρωση", not "ΕΚΤΑΚΤΗ ΕΝΗΜΕΡΩΣΗ ΓΙΑ ΤΗΝ ΚΑΚΟΚΑΙΡΙΑ".)
  if (words.length >= 2 && words.length <= 3 && /^ενημ[εέ]ρωση$/iu.test(words[words.length - 1]!) && words.every((w) => /^\p{Lu}/u.test(w))) return true;
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || PARTICLE.test(w)) &&
    // (A paper's two names joined by a hyphen count as its words: "Telegraph-Journal", "Star-Tribune".)
    (words.some((w) => OUTLET_WORDS.test(w) || (w.includes("-") && w.split("-").every((p) => OUTLET_WORDS.test(p)))) || (words.some((w) => SITE_NAME.test(w)) && words.some((w) => DESK_WORD.test(w))));
}

// (And the jobs of those who write an organisation's stories: "Grace Wanjiru, Communications Officer, Kenya".)
const JOB_WORDS = /\b(?:writer|producer|reporter|editor|correspondent|journalist|columnist|contributor|staff|press|news|communications|officer|spokesperson|media|bureau)\b/iu;

// A section's label glued to the writer's name, as a page copies its byline's label: "NewsJane Roe".
const GLUED_SECTION = /^(?:News|Sport|Sports|Business|Politics|Opinion|Lifestyle|Entertainment|Culture|Local|World)(?=\p{Lu}\p{Ll})/u;

/** "Jane Roe, Example News Staff Writer", "Jane Roe, The Example Press" -> "Jane Roe". */
export function nameWithRole(text: string): string | null {
  text = ungluedJob(text.replace(GLUED_SECTION, ""));
  // (Two writers, each with a job: "Jane Roe, News Editor and John Doe, Staff Writer".)
  const two = writersWithJobs(text);
  if (two) {
    const first = nameWithRole(two[0]);
    const second = first ? nameWithRole(two[1]) : null;
    if (first && second) return `${first} and ${second}`;
  }
  // (Or an agency's initials after a slash, as Indian papers credit: "Jane Roe / TNN", "Jane Roe/PTI".)
  const agency = /^(.{5,50}?)\s?\/\s?\p{Lu}{2,6}$/u.exec(text.trim());
  if (agency && isPersonName(agency[1]!)) return agency[1]!;
  // (After a comma, a slash or a bar: "Jane Roe, Staff Reporter", "Jane Roe/Staff Reporter", "Jane
  // Roe | Senior Reporter".)
  const parted = text.length <= 90 ? /^([^,/|]{3,50}?)\s?[,/|]\s?(.+)$/u.exec(text.trim()) : null;
  // (Or nothing between them, the job naming a newsroom's: "Jane Roe North of England correspondent".)
  if (!parted) return text.length <= 90 ? nameThenJob(text.trim()) : null;
  const name = parted[1]!.trim();
  const rest = parted[2]!.trim();
  if (!isPersonName(name)) return null;
  return JOB_WORDS.test(rest) || isOutlet(rest) || isRole(rest) ? name : null;
}

// (Or the bureau a writer files from: "Jane Roe Bulawayo Bureau".)
const NEWSROOM_JOB = /(?<!\p{L})(?:correspondent|reporter|editor|writer|columnist|journalist|photographer|bureau)$/iu;

// A newsroom's desks and beats, which stand between a writer's name and the job without a comma:
// "Helen Roe Environment correspondent", "Jane Roe Local Democracy Reporter".
const DESK =
  "(?:local democracy|home affairs|foreign affairs|social affairs|rural affairs|public affairs|city hall|social media|environment(?:al)?|transport(?:ation)?|politics|political|education|health|science|technology|tech|business|economics?|economy|finance|financial|diplomatic|defen[cs]e|security|legal|courts?|crime|consumer|energy|climate|arts?|culture|entertainment|media|music|film|sports?|features?|data|weather|community|regional|local|metro|state|county|agriculture|farming|religion|investigations?|investigative|senior|chief|deputy|associate|special|digital|national|international|foreign|world)";
const DESK_BEFORE_JOB = new RegExp(`\\s+(?:${DESK}\\s+){1,3}(?=(?:reporter|correspondent|editor|writer|columnist|journalist)s?\\b)`, "iu");
const BEAT_WORD = new RegExp(`^${DESK}$`, "iu");

/** A name of two or three words run straight into a job that ends on a newsroom's word. */
function nameThenJob(text: string): string | null {
  // (Or the paper's two names joined by a hyphen: "Jane Roe Telegraph-Journal".)
  const paper = /^(\p{Lu}[\p{L}'’.-]*\s\p{Lu}[\p{L}'’.-]*)\s(\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)$/u.exec(text);
  if (paper && isPersonName(paper[1]!) && isOutlet(paper[2]!)) return paper[1]!;
  if (!NEWSROOM_JOB.test(text)) return null;
  const words = text.split(/\s+/);
  const job = (n: number) => words.slice(n).join(" ");
  const fits = (n: number) => n < words.length && isPersonName(words.slice(0, n).join(" ")) && (JOB_WORDS.test(job(n)) || isRole(job(n)));
  // (A third name only when the job goes on in small letters: "Jane Roe Smith political editor", not
  // "Jane Roe North of England correspondent".)
  if (/^\p{Ll}/u.test(words[3] ?? "") && !/^(?:of|for|and|the|de|at|in)$/u.test(words[3]!) && !BEAT_WORD.test(words[2]!) && fits(3)) return words.slice(0, 3).join(" ");
  return fits(2) ? words.slice(0, 2).join(" ") : null;
}

const PLACE_START = /^(?:ciudad|san|santa|santo|são|villa|puerto|porto|nueva|nuevo|new|saint|sainte|la|el|los|las|le|les|bad|sankt|port|fort|mount|lake|rio|río)\s|\s(?:de|del|do|da)\s\p{Lu}/iu;

/** Names listed in one string: "A, B and C", "A & B", "A and B". */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  // (Chinese and Japanese part names with the enumeration comma: "林晓峰、陈思远".)
  for (const part of text.split(/\s*[,、]\s*(?:and\s+)?|\s+(?:and|und|et|y|и|&)\s+|\s*&\s*/iu)) {
    const name = part.trim();
    if (!name) continue;
    // The word for "and" in Portuguese, Italian, Dutch and the Nordic languages, between two names of
    // two words or more: "Rafael Kuhn e Bianca Schmitt", "Sanne de Vries en Bram Jansen" (not a
    // name's own "e", "José Sousa e Silva").
    const pair = / (?:e|en|och|og|ja|és|i) (?=\p{Lu})/u.exec(name);
    const [a, b] = pair ? [name.slice(0, pair.index), name.slice(pair.index + pair[0].length)] : ["", ""];
    // (Not a place after the word for "in": "Ana García en Ciudad de México".)
    if (pair && a.includes(" ") && b.includes(" ") && !PLACE_START.test(b)) names.push(a, b);
    else names.push(name);
  }
  return names;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string | null {
  const unique = [...new Set(names)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0]!;
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

/** "Jane Doe", "Jane Doe and John Roe", "JANE DOE, Staff Reporter" -> names only; null if not names. */
function isBlogName(text: string): boolean {
  return /\b(?:blog|ticker|report|times|post|news|daily|weekly|online)$/iu.test(text);
}

/** A person's name with an outlet's name run onto it ("John Doe Example Citizen") -> the name. */
function withoutOutlet(part: string, listed = false): string {
  if (!isOutlet(part)) return part;
  const words = part.split(/\s+/);
  // (The shortest name first: an outlet's name is more often two words, "Vaughan Citizen", than a
  // person's three. After a comma, one outlet's word alone is the outlet's whole name's end:
  // "Jane Roe, Frontier Science Daily" names one writer.)
  for (let k = 2; k < words.length - (listed ? 1 : 0); k++) {
    const name = words.slice(0, k).join(" ");
    if (isPersonName(name) && isOutlet(words.slice(k).join(" "))) return name;
  }
  return part;
}

// An agency the piece was written with, after the names: "Jane Roe avec Belga", "Jane Roe with AP",
// "… mit dpa", "… con EFE".
// (Or the agencies unnamed: "Jane Roe avec agences", "… with agencies", "… mit Agenturen", "… con agencias".)
const WITH_AGENCY = /\s+(?:avec|with|mit|con|com|met|z)\s+(?:(?:l'|the |la |el )?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)?|(?:les |des |the )?(?:agences?|agencies|agency|agenturen|agencias|agências|agenzie|agentschappen|agencjami|wires)(?: de presse)?)$/u;

/** A line of names without the agency named after them ("Jane Roe avec Belga" -> "Jane Roe"). */
export function withoutAgency(t: string): string {
  return t.replace(WITH_AGENCY, "");
}

// "Jane Roe at Example Park" (after a name of two words or more), asked only of a line with " at " in it:
// the look behind is slow to fail.
const AT_GROUND = /(?<=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*)\s+at\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const NEVER = /(?!)/u;

/** A byline without the ground its sports writer reports from: "Jane Roe at Example Park" -> "Jane Roe". */
export function withoutGround(t: string): string {
  return t.includes(" at ") ? t.replace(AT_GROUND, "") : t;
}

// A job or an office after a writer's name, as press offices, universities and unions credit their
// pieces: "Jane Roe, Public Information Officer", "… University Relations", "… Communications Director".
const OFFICE_TITLE = /(?:^|\s)(?:officer|director|manager|coordinator|specialist|spokes(?:person|man|woman)|secretary|assistant|intern|liaison|strategist|consultant|administrator|relations|communications|affairs|office|department|marketing|outreach)$/iu;

// Writers each with a job after a comma, joined: "Jane Roe, News Editor and John Doe, Staff Writer"
// (or parted by a bar, as a bank's or a think tank's research notes credit theirs: "Jane Roe, Chief
// Economist | John Doe, Senior Economist").
const JOINED_WITH_JOBS = /,\s*(?:[\p{L}-]+\s+){0,3}(?:editor|writer|reporter|correspondent|journalist|columnist|producer|contributor|intern|economist|analyst|strategist|meteorologist|scientist|researcher|fellow)s?\s*(?:\s(?:and|&)\s|[|·•]|\s\/\s)\s*/iu;

const SECOND_WITH_JOB = /^[^,|·•/]{3,60},\s*(?:[\p{L}-]+\s+){0,3}(?:editor|writer|reporter|correspondent|journalist|columnist|producer|contributor|intern|economist|analyst|strategist|meteorologist|scientist|researcher|fellow)s?\b/iu;

/** A line of two writers each with a job, parted after the first's job: ["Jane Roe, News Editor",
 *  "John Doe, Staff Writer"]; or null. */
function writersWithJobs(text: string): [string, string] | null {
  const joined = JOINED_WITH_JOBS.exec(text);
  if (!joined || joined.index === 0) return null;
  const second = text.slice(joined.index + joined[0].length);
  // (A name after "and", capitalised: the pattern's case-blind flag would let any word through.)
  if (!/^\p{Lu}/u.test(second)) return null;
  // (After a bar, a dot or a slash, a second writer with a job of their own: "Jane Roe, Senior
  // Economist | Example Bank" names the bank, no writer.)
  if (!/\s(?:and|&)\s+$/iu.test(joined[0]) && !SECOND_WITH_JOB.test(second)) return null;
  return [text.slice(0, joined.index + joined[0].length).replace(/\s*(?:\s(?:and|&)\s|[|·•]|\s\/\s)\s*$/iu, ""), second];
}

export function cleanByline(raw: string): string | null {
  const names = namesWithJobs(raw);
  return names ? joinNames(names) : cleanOne(raw);
}

/** The writers of a line of writers each with a job ("Jane Roe, Chief Economist | John Doe, Senior
 *  Economist"), or null. (Each is read with their job: the job's words would cut the line at the first.) */
export function namesWithJobs(raw: string): string[] | null {
  const two = writersWithJobs(raw);
  if (!two) return null;
  const first = cleanOne(two[0]);
  const rest = cleanByline(two[1]);
  return first && rest && splitNames(rest).every(isPersonName) ? [...splitNames(first), ...splitNames(rest)] : null;
}

/** A newsroom after the names' comma, then a dash and the place: ", Example SP — São Paulo". */
const OUTLET_THEN_PLACE = /,\s*[^,—–]{2,40}\s[—–]\s\p{Lu}[\p{L} .'’-]{1,40}$/u;

// The first word of many places' names that read as a person's: "São Paulo", "Hong Kong", "Buenos Aires".
export const PLACE_FIRST = /^(?:San|Santa|Santo|São|Sao|Nova|Novo|Porto|Buenos|Costa|Puerto|Rio|Río|Belo|Ciudad|Los|Las|New|Hong|Kuala|Abu|Port|Saint|St\.?|Cape|Mount|Lake|Fort|Wall|Prime|El|La|Le)\s/u;

// A soldier's rank before the name, as military news services credit their writers: "Sgt. Jane Roe",
// "Staff Sgt. John Doe", "Petty Officer 2nd Class Jane Roe", "Airman 1st Class John Doe".
const RANK = /^(?:(?:Staff|Master|First|Tech\.|Senior|Chief|Command|Lance)\s+)?(?:(?:Sgt|Cpl|Pvt|Pfc|PFC|Spc|Lt|Capt|Maj|Col|Gen|Cmdr|Ens|Adm|MSgt|SSgt|TSgt|CPO|SGT|CPL|SPC)\.?(?: 1st Class)?|(?:Sergeant|Corporal|Private|Specialist|Lieutenant|Captain|Major|Colonel|Commander|Ensign|Seaman|Petty Officer|Airman|Senior Airman)(?: (?:1st|2nd|3rd|First|Second|Third) Class)?)\s+(?=\p{Lu})/u;
// ... and a doctor's, a professor's or a cleric's title: "Dr. Jane Roe", "Prof. John Doe", "Rev. Jane Roe".
// A correspondent credited with where they wrote from: "From Jane Roe in Dodoma", and in a stamp's
// part, "From Jane Roe, Onitsha".
const FROM_WRITER = /^From ((?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+)(,| in) \p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u;
// ... not a place's name there: "From Lagos State, Ikeja".
const PLACE_WORD_LAST = /\s(?:State|City|County|Province|Region|District|Island|Islands|Town|Village)$/u;

/** The writer of "From Jane Roe in Dodoma" (or, with `comma`, "From Jane Roe, Onitsha"): a person, not
 *  a job, an outlet or a place ("From Prime Minister in Waiting …", "From Hong Kong in Pictures"). */
export function correspondent(t: string, comma = false): string | null {
  const m = t.length <= 80 && t.startsWith("From ") ? FROM_WRITER.exec(t) : null;
  if (!m || (m[2] === "," && !comma)) return null;
  const name = m[1]!;
  return isPersonName(name) && !isRole(name) && !isOutlet(name) && !PLACE_FIRST.test(name) && !PLACE_WORD_LAST.test(name) ? name : null;
}

export const HONORIFIC = /^(?:Dr|Prof|Rev|Mr|Mrs|Ms|Mx)\.?\s+(?=\p{Lu})/u;
// ... and an elected official's office, over their own column or newsletter: "By Councilmember Jane
// Roe", "Sen. Jane Roe", "Mayor Jane Roe".
const OFFICE = /^(?:Council(?:member|man|woman|lor|or)|Alder(?:man|woman|person)|Supervisor|Commissioner|Mayor|Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|Assembly(?:member|man|woman)|Delegate|Trustee|Judge|Chair(?:man|woman)?)\s+(?=\p{Lu})/u;

/** A name without the rank before it, when a name of two capitalised words is left ("Sgt. Jane Roe"
 *  -> "Jane Roe"; "Major Garrett", "Private Eye reporter" keep their words). */
function withoutRank(t: string): string {
  const rank = RANK.exec(t) ?? HONORIFIC.exec(t) ?? OFFICE.exec(t);
  if (!rank) return t;
  const rest = t.slice(rank[0].length);
  const name = rest.split(/,|\s(?:and|&)\s/u)[0]!;
  return name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length >= 2 ? rest : t;
}

// A job run onto the name, capitalised, where a page's byline box set them apart: "Jane RoeLocal
// Democracy Reporter", "Jane RoeStaff Writer" (a space goes between, and the job then goes below).
// (The job opening on a desk's or a rank's word: "Jane McDonald Staff Writer" keeps its "McDonald".)
const GLUED_JOB = /(?<=\p{Ll})(?=\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}\s(?:Reporter|Correspondent|Editor|Writer|Columnist|Journalist)s?$)/u;
const JOB_OPENING = new RegExp(`^(?:${DESK}|staff|contributing|freelance)(?!\\p{L})`, "iu");

/** The text with a job run onto the name set apart by a space (see GLUED_JOB). */
function ungluedJob(t: string): string {
  const at = t.search(GLUED_JOB);
  return at > 0 && JOB_OPENING.test(t.slice(at)) ? `${t.slice(0, at)} ${t.slice(at)}` : t;
}

// A job before the name, as some broadcasters credit their writers: "By political reporter Jane Roe",
// "By regional affairs reporter Jane Roe", "By Europe correspondent John Doe" (group: the name).
// (Before the job, a place's name at most and words in small letters: "By Jane Roe, political reporter
// John Doe" names Jane Roe.)
const JOB_BEFORE_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+)?(?:[\p{Ll}'’-]+,?\s+){0,6}?(?:reporter|correspondent|editor|writer|columnist|journalist|presenter|producer)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)$/u;

function cleanOne(raw: string): string | null {
  const jobFirst = raw.length <= 100 ? JOB_BEFORE_NAME.exec(raw) : null;
  if (jobFirst && isPersonName(jobFirst[1]!) && !isRole(jobFirst[1]!)) return jobFirst[1]!;
  // (A link to the writer's other pieces run on: "Jane RoeMore by this Author", "Jane Roe View all posts".)
  let s = withoutRank(ungluedJob(raw.replace(GLUED_SECTION, "").replace(WRITER_PAGE_LINK, "")))
    // An empty field of the template between commas: "By JANE ROE, , Example Press,"; a space before
    // a comma, where a link's number was taken out: "Jane Roe , John Doe".
    .replace(/,(?:\s*,)+/gu, ",")
    .replace(/\s+,/gu, ",")
    .replace(/,?\s*\b(?:Ph\.?D|M\.?D|PsyD|DDS|MBA|RN|Esq)\b\.?/gu, "")
    // (Or a vet's, a surgeon's letters, two sets or more, after a name of two words: "Jane Roe BVM&S
    // MRCVS". One set may be a surname in capitals, as French bylines set it: "Jean DUPONT".)
    .replace(/(?<=^(?:\p{L}+\s){0,3}\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)(?:,?\s+[A-Z][A-Z&]{1,7}){2,5}$/u, "")
    .replace(/\s*(?:[|•·–—/]|\s-)\s.*$/u, "")
    .replace(/\s*\((?:[^()]*)\)\s*$/u, "")
    // The site the piece came through: "Jane Roe via Example.com", "… via Example News".
    .replace(/\s+via\s+\S.*$/iu, "")
    // The writer's address after the name, "Jane Roe, jane.roe@example.com"; an agency the piece was
    // written with, "Thomas Dewael avec Belga", "Jane Roe with AP", "… mit dpa", "… con EFE".
    .replace(/,?\s*[\w.+-]+@[\w-]+\.[\w.-]+\s*$/u, "")
    .replace(WITH_AGENCY, "")
    // ... or named beside the writer, as German papers set its initials in small letters: "Von Jane
    // Roe und dpa", "… et AFP".
    .replace(/\s+(?:and|und|et|y|e|i|en|og|och|и)\s+(?:dpa|afp|ap|apa|sda|ats|epd|kna|reuters|ansa|efe|lusa|anp|belga)$/iu, "")
    // ... or after a comma: "Jane Roe und John Doe, dpa".
    .replace(/,\s*(?:dpa|afp|ap|apa|sda|ats|epd|kna|reuters|ansa|efe|lusa|anp|belga|tt|ntb|stt|ritzau|pap|čtk|ctk|mti|tass|тасс)$/iu, "")
    // The writer's handle after the name: "Jane Roe @janeroe".
    .replace(/\s+@[A-Za-z0-9_]{2,30}$/u, "")
    // The site after the name: "Jane Roe, Example.com", or the writer's own: "Jane Roe's ExampleWatch.com".
    .replace(/,\s*(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}\/?$/iu, "")
    .replace(/['’]s\s+(?:www\.)?[\p{L}\d-]+\.(?:com|org|net|info|co\.uk)\/?$/iu, "")
    // (A paper's name of one word before that job goes with it: "Jane Roe and John Doe Ledger Staff".)
    // (After a name of two words: "Emily Post Staff Writer" is a name.)
    .replace(/(?<=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*)\s+(\p{Lu}[\p{L}'’-]*)(\s+staff\b.*)$/iu, (whole, word: string, job: string) => (OUTLET_WORDS.test(word) ? job : whole))
    .replace(/,?\s+(?:staff|senior|chief|special|political|foreign|contributing)\b.*$/iu, "")
    // ... and a paper's name of two joined words before that job: "Jane Roe Times-Courier staff
    // writers" (one word of the name is a paper's: "Star-Tribune", "Post-Gazette").
    .replace(/\s+\p{Lu}[\p{L}]*-\p{Lu}[\p{L}]*$/u, (paper) => (paper.trim().split("-").some((w) => OUTLET_WORDS.test(w)) && /\s(?:staff|senior|chief)\b/iu.test(raw) ? "" : paper))
    // A place's or a beat's job after a comma, the place of two words or more: "Jane Roe, Hunter
    // Valley reporter" (the job word alone would go below and leave the place for a second name).
    .replace(/,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){2,4}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Jj]ournalist)s?\b.*$/u, "")
    .replace(DESK_BEFORE_JOB, " ")
    .replace(/,?\s+(?:(?:reporter|correspondent|editor|writer|columnist)s?|for\s+\S+|in\s+\S+)\b.*$/iu, "")
    // The ground a sports writer reports from: "Jane Roe at Example Park", "… at the Example Stadium".
    .replace(raw.includes(" at ") ? AT_GROUND : NEVER, "")
    .replace(/\s+(?:published|posted|updated)\b.*$/iu, "")
    .replace(/[,;:.|\s]+$/u, "")
    // The place the writer files from after the word for "in": "Ana García en Ciudad de México" (not
    // the Dutch "en" between names, "Sanne de Vries en Bram Jansen").
    .replace(/\s+(?:en|em|à|in|na)\s+(\p{Lu}.*)$/u, (whole, rest: string) => (PLACE_START.test(rest) ? "" : whole))
    .trim();
  if (!s || s.length > 100) return null;
  // A name and, after a comma, what is no name (the newsroom, "Camila Rocha, g1 PE"): the name. (Or
  // names: "Ana Liu and Derek Boone, CWN meteorologists".)
  const comma = s.indexOf(",");
  const rest = comma > 0 ? s.slice(comma + 1) : "";
  const head = comma > 0 ? s.slice(0, comma).trim() : "";
  // (Or a broadcaster's name with its figure, "Camila Rocha, RL1 Santos".)
  if (rest && (/(?:^|\s)[\p{Ll}\d]|\p{L}\d/u.test(rest) || isArticleOutlet(rest)) && (isPersonName(head) || splitNames(head).every(isPersonName)) && !splitNames(rest).every(isPersonName)) s = head;
  // (Or the newsroom between the names and the place after a dash, however it reads, as Brazilian
  // portals sign: "Por Jane Roe, Example SP — São Paulo".)
  // (A word in capitals tells it from a second writer's name: "Jane Roe, John Doe — Rio" keeps both.)
  else if (rest && /(?:^|\s)\p{Lu}{2,}(?=\s|$)/u.test(rest) && OUTLET_THEN_PLACE.test(raw.trim()) && splitNames(head).every(isPersonName)) s = head;
  const words = s.split(/\s+/);
  if (words.length > 14) return null;
  // Names are capitalised; "by the time we arrived" is prose. (In a script without capitals, a
  // name's words after the byline's word are taken as they come, four at most: "מאת נועה ברק".)
  const caseless = words.length <= 4 && words.every((w) => CASELESS_NAME_WORD.test(w));
  const nameish = words.filter((w) => NAME_WORD.test(w) || PARTICLE.test(w));
  if (nameish.length < words.length && !caseless) return null;
  // A possessive or a web address is a site's name: "Greg Roe’s Example.com".
  if (words.some((w) => /['’]s$/u.test(w) || /\.[a-z]{2,}$/u.test(w))) return null;
  // Names only: "Jane Roe, Example Blog" keeps Jane Roe; "Reuters" alone is no author; "Jane Roe,
  // John Doe Example Citizen" keeps John Doe, the outlet run onto his name.
  const parts = splitNames(s).map((part, i) => withoutOutlet(i > 0 ? withoutRank(part) : part, i > 0));
  let names = parts.filter((n) => !NOT_A_PERSON.has(n.toLowerCase()) && !isOutlet(n) && !isBlogName(n) && !OFFICE_TITLE.test(n));
  // (A word alone beside full names is the place the writer files from, "By Jane Roe, Abuja", not a name.)
  if (names.some((n) => /\s/.test(n))) names = names.filter((n) => /\s/.test(n));
  if (names.length === 0) return null;
  return names.length === parts.length && parts.join() === splitNames(s).join() ? s.replace(/\s+/g, " ") : joinNames(names);
}
