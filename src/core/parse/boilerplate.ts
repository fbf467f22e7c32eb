// Lines that are page furniture rather than story: menus, share buttons, cookie notices, photo
// credits, promotions, footers. Rules describe the shape of such lines in general, never one site's
// wording alone. Four kinds of line matter to the parser:
//   - furniture (`isBoilerplate`): dropped wherever it stands;
//   - widget headings (`isWidgetHeading`): "Related stories", "Trending now"; they and the list of
//     links under them are dropped;
//   - end markers (`isEndMarker`): "About the author", "References", a copyright line; the story
//     ends there;
//   - trailers (`isTrailer`): lines that may close a story (sources, tags, credits), dropped only
//     from its end.
import { greekCaps } from "./greek-caps.js";
import { isProse, isShareBar, sentencesOf, wordsIn } from "./shapes.js";
import { remembered } from "./remembered.js";
import { isOutlet, isPersonName } from "./byline.js";
import type { Line } from "./lines.js";

/**
 * A pattern tested only on lines that hold one of `words` as written, one of which every line it
 * matches holds: a pattern that may match anywhere in a line tries it at each position, and a look
 * for a word is many times cheaper. (Profiled on the web-scrape corpus, three such credits of a
 * caption cost as much as all the other tests of a line.)
 */
function needing(words: readonly string[], pattern: RegExp): { test(line: string): boolean } {
  return { test: (line) => words.some((w) => line.includes(w)) && pattern.test(line) };
}

/** Whole lines that are interface labels (compared lowercased, without trailing punctuation). */
const INTERFACE_LABELS = new Set([
  // A picture's or a video's button in the archive's languages: "Lihat Foto", "Ver foto", "Voir la photo".
  "lihat foto", "lihat video", "ver foto", "ver fotos", "ver vídeo", "voir la photo", "voir les photos", "foto ansehen", "bilder ansehen",
  "vedi foto", "guarda il video", "zobacz zdjęcia", "zobacz zdjęcie", "fotoğrafı gör", "bekijk foto", "смотреть фото", "view photo", "view photos", "view gallery",
  "search", "menu", "close", "open", "navigation", "main menu", "sections", "more", "top", "hide", "show", "attention",
  // "Search", "Subscribe" and "Log in" in the archive's other languages, a site's buttons by its menus.
  "поиск", "suche", "suchen", "buscar", "búsqueda", "rechercher", "zoeken", "sök", "søg", "søk", "szukaj",
  "wyszukaj", "hledat", "keresés", "pesquisar", "tìm kiếm", "搜索", "搜尋", "検索", "검색", "جستجو", "חיפוש", "αναζήτηση",
  "căutare", "caută", "paieška", "meklēt", "otsi", "пошук", "търсене", "pretraga", "hľadať", "খুঁজুন", "खोजें", "ค้นหา",
  "подписка", "подписаться", "abonnieren", "suscribirse", "suscríbete", "abbonati", "assine", "abonneren", "abonneer", "prenumerera",
  "tilaa", "subskrybuj", "anmelden", "connexion", "se connecter", "iniciar sesión", "accedi", "inloggen", "logga in", "logg inn",
  "kirjaudu", "zaloguj się", "giriş yap", "abone ol", "üye ol", "takip et", "je m'abonne", "je m’abonne",
  // ... and a feed reader's buttons on an item: "Открыть на сайте", "В избранное", "Отметить как прочитанное".
  "открыть на сайте", "в избранное", "отметить как прочитанное", "mark as read", "open on site", "open in browser", "marquer comme lu",
  // ... and what the search box says in it: "请输入关键词" (please enter a keyword).
  "请输入关键词", "请输入关键字", "请输入搜索内容", "輸入關鍵字", "请输入关键词搜索", "enter keywords", "enter keyword", "enter search term", "type to search",
  "suchbegriff eingeben", "введите запрос", "palabra clave", "mot-clé", "mots-clés",
  "sign in", "sign up", "sign out", "log in", "login", "log out", "register", "subscribe", "subscribe now",
  "account", "my account", "your account", "profile", "share", "shares", "share this", "share this article", "share this story",
  "share on facebook", "share on twitter", "share via email", "tweet", "tweet this", "email", "e-mail", "print",
  "comments", "comment", "leave a comment", "leave a reply", "advertisement", "advertisements", "advertising",
  "广告", "廣告", "広告", "광고",
  // "Share this article" in the archive's other languages.
  "deel dit artikel", "artikel teilen", "diesen artikel teilen", "partager l'article", "partager l’article", "partager cet article",
  "compartir este artículo", "compartir artículo", "compartilhe este artigo", "condividi l'articolo", "condividi questo articolo",
  "udostępnij artykuł", "поделиться статьей", "dela artikeln", "del artikel", "del artikkelen", "jaa artikkeli", "haberi paylaş",
  // Blogger's buttons under a post: "Email This", "BlogThis!"; Substack's over one: "Copy link" /
  // "Facebook" / "Email" / "Notes" / "More".
  "email this", "blogthis!", "blogthis", "notes",
  // A national daily's buttons by its byline, and an Indian site's and a Taiwanese one's: "Leave your
  // feedback", "For Subscribers", "訂閱" (subscribe).
  "leave your feedback", "for subscribers", "subscribers only", "訂閱", "订阅", "구독", "購読",
  // A college athletics site's links under a game's recap stamp: "Story Links" / "Box Score" / "Photo Gallery".
  "story links", "box score", "photo gallery", "postgame highlights", "game highlights", "live stats", "game notes", "recap", "game recap",
  // A weather widget's link under its forecast.
  "full forecast", "7-day forecast", "10-day forecast", "hourly forecast",
  // A feed reader's buttons over and under an item: "Visit website" / "Mark as read" / "Save for later".
  "mark as read", "mark as unread", "save for later", "read later", "visit website", "open in browser", "view original", "open original", "open in new tab", "open in a new tab",
  // (Not "Mark all as read", the list's own button: a reader's page top counts it among its lines.)
  "als gelesen markieren", "später lesen", "auf website öffnen", "auf website weiterlesen",
  "marquer comme lu", "lire plus tard", "marcar como leído", "leer más tarde", "segna come letto", "leggi più tardi",
  "markeer als gelezen", "later lezen", "nächster artikel",
  // Icelandic share buttons: "Deila", "Senda í tölvupósti", "Prenta".
  "deila", "senda í tölvupósti", "prenta",
  // A report's buttons: "Print   Share   Download PDF".
  "download", "download pdf", "download as pdf", "download the pdf", "save as pdf", "save pdf", "print pdf", "pdf",
  // A printable version's buttons: "Imprimer cette page | Fermer la fenêtre", "Print this page | Close window".
  "print this page", "print page", "close window", "close this window", "printer-friendly version", "printable version",
  "imprimer", "imprimer cette page", "fermer", "fermer la fenêtre", "version imprimable", "drucken", "seite drucken",
  "schließen", "fenster schließen", "druckversion", "stampa", "stampa questa pagina", "chiudi", "chiudi finestra",
  "imprimir", "imprimir esta página", "cerrar", "cerrar ventana", "versión para imprimir", "afdrukken", "sluiten",
  "sponsored", "sponsored content", "ad", "adchoices", "ad choices", "read more", "more stories", "back to top",
  "next", "previous", "next article", "previous article", "newsletter", "newsletters", "follow us", "contact us",
  "about us", "privacy policy", "privacy", "terms of use", "terms of service", "cookie policy", "accessibility",
  "accessibility help", "site map", "sitemap", "skip", "x", "close x", "continue reading", "listen",
  "listen to this article", "watch", "video", "photos", "live", "facebook", "twitter", "instagram", "youtube",
  "linkedin", "whatsapp", "sms", "reddit", "pinterest", "flipboard", "telegram", "tiktok", "rss", "copy link",
  "copy article link", "copied", "like this", "like loading", "like", "author email", "author twitter", "author facebook", "author instagram", "author linkedin", "jump to content", "e-mail to a friend", "email to a friend", "print this page",
  "print this article", "mail", "edition", "change location", "toggle navigation", "open navigation menu",
  "close navigation menu", "bookmark", "save", "expand", "collapse", "loaded", "loading", "full menu",
  "search menu", "submit search", "quick search", "submit", "cancel", "calendar", "tools", "actions", "general",
  "edit", "edit links", "view history", "read", "talk", "article", "contents", "languages", "print/export",
  "personal tools", "move to sidebar", "content", "featured", "tags", "shares", "viewed", "see more sharing options",
  "report an error", "report error", "report a typo", "journalistic standards", "footer links", "quick links",
  // Where an advertisement broke the story, and a link to the piece itself.
  "story continues below advertisement", "story continues below", "article continues below", "continued below",
  "continues below", "view this article", "view this story", "view this post",
  // A share panel's labels: "Share page", "Copy link", "About sharing", "Close panel".
  "share page", "share panel", "close panel", "shareclose panel", "about sharing", "share this page",
  "add category", // a wiki's button under its categories
  "forward by email", "forward by e-mail", "share via text message", "share via email", "share via e-mail",
  "share or comment on this article", // over the share buttons of a tabloid's page
  "gift article", "gift this article", "give this article", "save for later", "saved", "save article", "listen to article",
  "follow", "play video", "watch video", "video abspielen", "reproducir video", "reproducir vídeo", "lire la vidéo", "guarda il video", "assistir ao vídeo", "смотреть видео",
  // A share bar's and a reader's buttons in the archive's other languages.
  "partager", "copier le lien", "lien copié", "imprimer", "écouter", "écouter cet article", "s'abonner", "commenter",
  "compartir", "copiar enlace", "enlace copiado", "imprimir", "escuchar", "comentar", "comparte", "guardar",
  "teilen", "link kopieren", "link kopiert", "drucken", "anhören", "artikel anhören", "merken", "kommentieren",
  "condividi", "copia link", "link copiato", "stampa", "ascolta", "commenta", "salva",
  "compartilhar", "partilhar", "copiar link", "link copiado", "ouvir", "ouvir notícia", "comentar",
  "поделиться", "скопировать ссылку", "ссылка скопирована", "печать", "комментировать", "слушать",
  "delen", "link kopiëren", "kopieer link", "reageer", "printen", "luister",
  "udostępnij", "skomentuj", "kopiuj link", "skopiuj link", "drukuj", "posłuchaj",
  "paylaş", "yorum yap", "bağlantıyı kopyala", "linki kopyala", "yazdır", "dinle",
  "bagikan", "salin tautan", "salin link", "komentar", "cetak", "dengarkan",
  "dela", "kopiera länk", "skriv ut", "lyssna", "del", "kopier link", "kopiér link", "sdílet", "kopírovat odkaz", "distribuie", "copiază linkul",
  // A reader's "listen to this article" button.
  "listen to this story", "listen to this news", "listen to the article", "listen to story", "listen now",
  // A cookie banner's buttons, in the archive's languages: "Accept", "Details", "Detalii", "Tout accepter".
  "accept", "accept all", "reject all", "details", "more info", "cookie settings", "manage cookies", "acceptă", "accept toate", "detalii",
  // ... and its heading: "We value your privacy", "Manage consent", "More options", "Agree".
  "we value your privacy", "we care about your privacy", "your privacy matters", "your privacy choices", "your privacy", "privacy settings",
  "privacy preferences", "manage consent", "manage consent preferences", "manage preferences", "more options", "agree", "i agree", "i accept",
  "accept cookies", "accept and close", "agree and close", "disagree", "do not agree",
  // ... in the archive's other languages ("Αποδοχή" / "Ρυθμίσεις", as capitals drop the accent too).
  "αποδοχή", "αποδοχη", "ρυθμίσεις", "ρυθμισεις", "απόρριψη", "απορριψη", "alle ablehnen", "refuser", "paramètres",
  "configuración", "impostazioni", "configurações", "weigeren", "instellingen", "отклонить", "настройки", "akceptuj", "odrzuć", "ustawienia",
  "reddet", "ayarlar", "godkänn", "acceptera", "inställningar", "hyväksy", "asetukset", "přijmout", "odmítnout", "nastavení", "elfogadom",
  "beállítások", "got it",
  "accepter", "tout accepter", "tout refuser", "détails", "aceptar", "aceptar todo", "rechazar", "detalles", "akzeptieren", "alle akzeptieren",
  "ablehnen", "accetta", "accetta tutto", "rifiuta", "dettagli", "aceitar", "aceitar todos", "rejeitar", "detalhes", "accepteren",
  "alles accepteren", "akceptuję", "zaakceptuj", "szczegóły", "kabul et", "принять", "согласен",
  // ... and a newsletter platform's, with its button to open the post in its app.
  "listen to this post", "listen to this episode", "read in app", "open in app",
  "escuche esta noticia", "escuchar esta noticia", "escucha esta noticia", "escuchar este artículo", "escuche este artículo", "escuchar artículo", "escuchar noticia", "escuchar la noticia",
  "ouvir este artigo", "ouvir esta notícia", "ouça esta notícia", "ouça este artigo", "ouvir artigo", "ouvir a notícia",
  "écouter l'article", "écouter l’article", "écouter cette article", "écouter la version audio", "artikel vorlesen", "vorlesen", "artikel anhören lassen", "diesen artikel anhören",
  "ascolta l'articolo", "ascolta l’articolo", "ascolta questo articolo", "ascolta la notizia", "слушать статью", "прослушать статью", "послушать статью", "прослухати статтю", "слухати",
  "luister naar dit artikel", "lees voor", "voorlezen", "posłuchaj artykułu", "odsłuchaj artykuł", "haberi dinle", "haberi sesli dinle", "dengarkan artikel", "dengarkan berita",
  "lyssna på artikeln", "lyt til artiklen", "lytt til artikkelen", "poslechnout článek", "ascultă articolul",
]);

// Furniture that may fill a long line: notices about cookies, comments, licences, maintenance.
// A wiki's licence line: "Content is available under CC BY-SA …", "Community content is …".
const WIKI_LICENCE = /^(?:[\p{L}-]+ ){0,2}(?:text|content) is available under\b/iu;

// A paywall's notice that the rest is for subscribers: "Den här artikeln ingår i … Plus. Logga in eller
// skaffa en prenumeration för att läsa hela artikeln.", "Subscribe or log in to read the full story."
// (Tried only on a line whose end reads so: the pattern, open at its start, is slow to fail.)
const PAYWALL_NOTICE = /^.{0,120}(?:log ?in|sign in|subscri|logga in|prenumer|abonn|abo |suscri|assin|abbona|tilaa|předplat|prenumerat|előfiz|abone ol|подпи)[^.!?]{0,120}(?:read the (?:full|whole|rest of the) (?:article|story)|continue reading|keep reading|läsa hela artikeln|läsa vidare|lire (?:la suite|l['’]article complet|tout l['’]article)|weiterzulesen|den (?:ganzen|vollständigen) artikel|leer (?:el artículo completo|la nota completa)|seguir leyendo|ler (?:a matéria completa|o artigo completo|a reportagem completa)|continuar lendo|leggere (?:l['’]articolo completo|tutto l['’]articolo)|continuare a leggere|het hele artikel|verder te lezen|lese hele (?:saken|artikkelen)|læse hele artiklen|lukea koko|celý článek|cały artykuł|teljes cikk|haberin tamamını|статью (?:полностью|целиком)|прочитать полностью)[^.!?]{0,60}[.!]?$/iu;
const PAYWALL_TAIL = /(?:artikel\p{L}*|article|story|artículo|artigo|articolo|cikk\p{L}*|статью|haberin\p{L}*|lesen|läsa vidare|lire la suite|reading|leyendo|lendo|leggere|lezen|saken|artiklen|koko|článek|artykuł|полностью|целиком)\p{L}*[^\p{L}]{0,3}$/iu;
// "… Help us keep reporting by becoming a subscriber from €1.99 a month."
const HELP_US_KEEP = /^.{0,120}\bhelp us (?:keep|continue) (?:reporting|our journalism|doing this)\b.{0,40}\b(?:subscri|member|donat|support)\w*\b.{0,80}$/i;

/** The sky a weather widget names beside its reading, a word or two, in either case: "Partly cloudy", "Sonnig". */
const SKY_WORDS = ["partly", "mostly", "cloudy", "clouds", "sunny", "sun", "clear", "overcast", "showers", "rain", "snow", "fog", "windy", "fair", "storms", "drizzle", "haze",
  "soleggiato", "nuvoloso", "sereno", "pioggia", "sonnig", "bewölkt", "heiter", "regen", "ensoleillé", "nuageux", "pluie", "soleado", "nublado", "lluvia", "despejado", "ensolarado", "chuva"];
const SKY_WORD = `(?:${SKY_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})`;
const SKY = `${SKY_WORD}(?: ${SKY_WORD})?`;

const LONG_FURNITURE: RegExp[] = [
  // A call to join the site's channel, in Indonesian, with how to join it: "Dapatkan update berita
  // pilihan dan breaking news setiap hari dari Example.com. Mari bergabung di Grup Telegram …".
  /^dapatkan update berita\b.{0,400}$/iu,
  // A disclaimer that the views are the writer's, as wires of releases and opinion pages add: "…
  // and all views, positions, and conclusions expressed herein are solely those of the author(s)."
  /\bexpressed (?:herein|here|in this (?:article|piece|column|post|story|release|content|op-ed)) (?:are|is) (?:solely |entirely |only |strictly )?(?:those )?(?:of )?(?:the )?(?:author|writer|contributor|columnist)/i,
  // Browser and search-box hints
  /\bupdate your browser\b/i,
  /\bsearch suggestions\b/i,
  // Copyright, licence and reprint notices
  /\ball rights reserved\.?$/i,
  /未经.{0,40}授权.{0,10}(?:严禁|不得|禁止)(?:转载|复制|使用)/u, // "版权作品，未经…书面授权，严禁转载"
  WIKI_LICENCE,
  // A wiki's maintenance notice: "This article is a stub. You can help Example Wiki by expanding it."
  /^this (?:article|page|section) is a stub\b/i,
  /, the free encyclopedia$/i,
  /\bpersonal,? non-commercial use\b/i,
  // Affiliate disclosures, in the first person: "I receive a small commission when you purchase an
  // item through my links", "As an Amazon Associate I earn from qualifying purchases", "When you
  // purchase through links on our site, we may earn an affiliate commission."
  /\b(?:i|we) (?:may )?(?:receive|earn|get|make) an? (?:small )?(?:affiliate )?commission\b|\bas an amazon associate\b|\b(?:this|the) (?:post|article|page) (?:may )?contains? affiliate links\b/i,
  // Comment-policy notices
  /\bcomment(?:s|ing)? (?:policy|guidelines|are closed|closed)\b|\bcomments are (?:moderated|reviewed)\b/i,
  // A site's disclaimer for what others write on it: "… do not necessarily represent the views or
  // policy of Example Online."; a paywall's counter: "You have 2 free articles remaining this month.";
  // a rights notice: "This document is subject to copyright."
  /\b(?:do|does) not necessarily (?:represent|reflect)\b.{0,80}\b(?:views?|opinions?|polic(?:y|ies)|position)\b/i,
  /^you have (?:\d+|one|two|three|four|five) free (?:articles?|stories|reads?) (?:left|remaining)\b.{0,100}$/i,
  // A charity's ask beside its donate button: "£25 could pay for a warm, safe night in the shelter for
  // one person." (Not a story's report of it: no "said".)
  /^[£$€]\s?\d[\d,.]*\s(?:could|can|will|would) (?:pay for|buy|provide|fund|cover)\b(?![^.]*\b(?:said|says)\b).{0,150}$/u,
  // ... or its last: "You've reached your limit of 3 free articles this month."
  /^you(?:['’]ve| have) (?:reached|hit|used(?: up)?) (?:your|the) (?:limit|maximum|allowance) of (?:\d+ |one |two |three |four |five )?free (?:articles?|stories|reads?)\b.{0,100}$/i,
  /^this (?:document|article|material|content) is (?:subject to|protected by) copyright\b/i,
  // A research note's or a bank's disclaimer: "This report is provided by Example Economics for
  // information purposes only. It is not intended as investment advice …".
  // (The piece's own words about itself, in its first sentence: "The report found the app's answers were
  // not intended as medical advice" is a story's.)
  /^this (?:report|publication|material|document|commentary|newsletter|note|analysis)\b[^.!?]{0,200}\b(?:for (?:general )?information(?:al)? purposes only|(?:is|are) not (?:intended|to be (?:construed|considered|relied upon)) as (?:investment|financial|legal|tax) advice|does not constitute (?:investment|financial|legal|tax) advice)\b/i,
  // Where a magazine's piece ran in print: "This article appeared in print under the headline …".
  /^this (?:article|story|piece) (?:appeared|appears|was published) in (?:print|the print edition)\b/i,
  /\bdisable comments\b/i,
  /\b(?:spam|vulgarity|profanity|abusive)\b.{0,200}\b(?:removed|deleted|banned?)\b/i,
  // A widget heading with its links run into one line: "Related Stories Trial begins for ..."
  /^(?:related|more|top|latest|trending|popular|recommended) (?:stories|articles|news|headlines|videos)\s+\p{Lu}.{0,400}$/iu,
  // A newsroom's trust notice: "Our newsroom abides by the … Code of Ethics", "… journalistic
  // standards and practices".
  /^(?:we|our (?:newsroom|journalists|reporters))\b.{0,200}\b(?:code of (?:ethics|conduct)|(?:journalistic|editorial|ethical) standards)\b/i,
  // Polls, trials and promotions
  /\badd your two cents\b/i,
  // (A free trial offered to the reader: "Start your free trial", "Free Trial", not a story's "a free
  // trial on 16 trains" or a scam that charged for a "free trial.")
  /^(?:(?:start|get|begin|claim) (?:your |a |our )?)?free trial\b.{0,60}$|\b(?:start|get|begin|claim|sign up for) (?:your |a |our )?free trial\b|\btry \d+ days? free\b/i,
  // An embedded video's player and embed-code prompt: "Embed … 0:39 autoplay autoplay Copy this
  // code to your website or blog".
  /\bautoplay\b.{0,40}\bautoplay\b|\bcopy this code to your (?:website|blog|site)\b/i,
  // Maintenance banners
  /\bplease help (?:to )?(?:improve|update|expand) (?:it|this)\b/i,
  /\blearn how and when to remove this template\b/i,
].map(greekCaps);

// A show's pointer to its maps, over their list: "Download PDF maps related to today's show:".
const MAPS_POINTER = /^download (?:pdf )?maps related to (?:today['’]s|this) show:?$/iu;

/** A credit's label alone, cut from its caption: "Credit...", "Photo credit:". */
export const CREDIT_LABEL_ALONE = /^(?:photo |image )?credits?\s?(?:\.\.\.|…|:)$/iu;

// Furniture that is always short: labels, prompts, credits, counters, teaser links. (Checked only
// on short lines: most lines of a story are long, and this list is most of the work.)
const SHORT_FURNITURE: RegExp[] = [
  // Where the piece ran in print, as Russian papers note it over the headline: "Газета «Example» №7 от
  // 16.01.2024, стр. 9", "Журнал «Example» №3 от …".
  /^(?:газета|журнал|газ\.) «[^»]{2,40}» №\s?\d+(?:\s?\(\d+\))? от \d{1,2}\.\d{2}\.\d{4}(?:,? стр\. \d+(?:-\d+)?)?$/iu,
  // Sign-up, support and paywall notices in more languages: "Абонирайте се за нашия бюлетин …",
  // "Támogasd a független újságírást! …", "Pozostało jeszcze 68% treści.", "訂閱《晨報》每日通訊，…",
  // a Chinese portal's reprint notice "声明：本网转载此文是出于传递更多信息之目的。", a Thai page's
  // "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE @…", and "You can save this article by registering for free",
  // "Don't miss out on the latest news and information."
  /^(?:абонирайте се|támogasd|legyél a .{2,40} támogatója)(?!\p{L}).{0,150}$|^pozostało (?:jeszcze )?\d{1,2} ?% (?:treści|artykułu)\.?$|^(?:訂閱|订阅).{0,40}(?:通訊|通讯|電郵|电邮|newsletter).{0,80}$|^(?:声明|聲明)[：:].{0,120}(?:转载|轉載).{0,120}$|^本(?:網站|网站|站)之?.{0,40}(?:非經授權|未經授權|未经授权|非经授权).{0,10}(?:不得|禁止)(?:轉載|转载).{0,80}$|^ติดตาม(?:ข่าว|เรา|ได้ที่|ข่าวสาร).{0,60}(?<!\p{L})(?:LINE|Facebook|ไลน์|เฟซบุ๊ก)(?!\p{L}).{0,60}$|^you can save this article\b.{0,100}$|^don['’]t miss out on the latest news\b.{0,100}$/iu,
  // A Japanese page's rights notice: "この記事の著作権は例新聞社に帰属します。無断転載を禁じます。".
  /^(?:この|本)?記事の(?:著作権|版権)は.{1,60}に帰属(?:します|する)。?(?:無断(?:転載|複製)を禁(?:じます|止)。?)?$|^無断(?:転載|複製)(?:を)?禁(?:じます|止)。?$/u,
  // (Or the ban first, what it covers listed, the holder after: "掲載の記事・写真・図表などの無断転載を禁止します。著作権は…に属します。")
  /^(?:(?:本|当)?(?:サイト|ページ)?(?:に)?掲載(?:の|された|している)?)?記事[・、].{1,20}?(?:など|等)?の無断(?:転載|複製|使用)(?:・(?:転載|複製|使用))*を禁(?:止|じ)します。?(?:著作権は.{1,60}に(?:帰属|属)(?:します|する|しています)。?)?$/u,
  // Navigation and account prompts
  /^skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article)\b/i,
  // A markets strip of quotes, two codes or more each with its figure: "Döviz: USD 36,48 EUR 39,36
  // ALTIN 3.412", "USD/JPY 149.20 · EUR/USD 1.0850".
  /^(?:[\p{L} ]{2,20}:\s?)?(?:(?:USD|EUR|GBP|JPY|CHF|CNY|TRY|RUB|INR|BTC|ETH|ALTIN|GOLD|BIST(?: 100)?|DAX|FTSE(?: 100)?|S&P 500|NASDAQ|DOW|EUR\/USD|USD\/JPY|GBP\/USD)\s?[:=]?\s?[$€£]?[\d.,]+\s?%?\s*[▲▼↑↓+-]?[\d.,]*%?\s*(?:[·|•,]\s*)?){2,}$/u,
  // A call for readers' pictures under the story: "Hast du die Störung miterlebt?", "Schicke uns deine
  // Bilder und Videos via WhatsApp …", "Did you see the fire? Send us your photos and videos".
  /^(?:hast du|haben sie|did you|were you) .{3,60} (?:miterlebt|gesehen|beobachtet|mitbekommen|see|witness|catch)(?: it)?\?$|^(?:schicke? uns|senden sie uns|send us|share) (?:deine|ihre|your) (?:bilder|fotos|videos|photos|pictures)\b.{0,120}$/iu,
  // An Indian site's prompt to follow it: "Track Latest News Live on Example 24 and get news updates from India".
  /^(?:track|get|follow) (?:the )?latest news(?: live)? on .{2,40}(?: and get .{3,80})?\.?$/iu,
  // A reading time under its label: "Read time: 5 minutes", "Read Time: 4 mins", "Lesezeit: 3 Min.".
  /^(?:read(?:ing)? time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania|waktu baca)\s*:?\s*~?\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minut|menit)\.?$/iu,
  // An editor's credit under the byline: "Edited By: Jane Roe", "Edited by Jane Roe".
  /^edited by\s?:?\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u,
  // The banner every US federal site sets over its page (the US Web Design System's): "An official
  // website of the United States government" / "Here's how you know" / "Official websites use .gov" / …
  /^(?:an official website of the (?:united states government|state of [\p{L} ]{3,20}|city of [\p{L} ]{3,30})|here['’]s how you know|official websites use \.(?:gov|mil)|secure \.(?:gov|mil) websites use https|a \.(?:gov|mil) website belongs to an official government organization in the united states\.?|a lock \(.{0,40}\) or https:\/\/ means you['’]ve safely connected to the \.(?:gov|mil) website\..{0,80})$/iu,
  // A paywall's prompt and price set into the story: "Continue reading this article with a Example
  // subscription", "$1.99/week for 24 weeks. Cancel anytime."
  /^continue reading (?:this (?:article|story) )?with (?:a|an|your) .{2,40} (?:subscription|membership|account)\.?$/iu,
  /^\p{Sc}\s?\d[\d.,]*\s?(?:\/\s?|per |a )(?:week|month|year|wk|mo|yr)\b.{0,80}$/iu,
  // An offer closing on its button: "HK$8 for first month. Subscribe now", "Unlimited access for $1. Subscribe today".
  /^.{2,60}[.!]\s*(?:subscribe|sign up|join) (?:now|today|here)[.!]?$/iu,
  // A credit's label cut from its caption, the name on the next line: "Credit...", "Photo credit:".
  CREDIT_LABEL_ALONE,
  // A prompt for corrections set into the story: "We care about accuracy. See something that's not
  // right? Let us know.", "Spotted an error? Tell us."
  /^(?:we care about accuracy\.?\s*)?(?:see|spot(?:ted)?|notice[d]?|found) (?:something|an? (?:error|mistake|typo))(?: that(?:'|’)?s| that is)?(?: (?:not right|wrong|incorrect|missing))?\s?\?\s*(?:let us know|tell us|contact us|report it|click here)[.!]?$|^we care about accuracy\b.{0,80}$/iu,
  // A paywall's link for those who pay already: "Already a subscriber? Log in", "Déjà abonné ? Se
  // connecter", "¿Ya eres suscriptor? Inicia sesión", "Schon Abonnent? Hier anmelden".
  /^(?:already (?:a )?(?:subscriber|member|registered)|d[ée]j[àa] abonn[ée]e?|¿?ya eres (?:suscriptor|socio)|schon abonnent(?:in)?|já (?:é )?assinante|gi[àa] abbonato)\s?[?!.,]?\s*(?:(?:please |hier |click here to )?(?:log ?in|sign ?in|se connecter|connectez-vous|inicia sesión|anmelden|einloggen|entrar|accedi)(?: here)?[.!]?)?$/iu,
  // A link past an advertisement, a sponsor's label, the share button and the audio player's line of a
  // national daily's page: "SKIP ADVERTISEMENT", "Supported by", "Share full article", "Listen to this
  // article · 7:58 min Learn more".
  /^(?:skip (?:the )?(?:advertisement|ad)|supported by|share (?:the )?full article|listen to this article(?:\s*[·•|]\s*\d{1,2}:\d{2}(?: min)?)?(?: learn more)?)$/i,
  // ... and a blog's pair of them: "skip to main | skip to sidebar".
  /^skip to (?:the )?(?:main|sidebar|menu)(?: content)?(?:\s*[|·•]\s*skip to (?:the )?(?:main|sidebar|menu|content|navigation|footer)(?: content)?)*$/i,
  // A search box's label, "Search the web", "Search this site", "Search this blog".
  /^search (?:the web|this (?:site|blog|website))\.{0,3}$/i,
  // A picture named by its kind alone before the site's name in a text dump: "[logo] THE EXAMPLE REPORT".
  /^\[(?:logo|image|icon|banner|img)\]\s*\S.{0,60}$/i,
  // A print page's buttons in Chinese: "打印本页 | 关闭窗口" (print this page, close the window).
  /^(?:打印本页|打印|列印本頁|列印|关闭窗口|關閉窗口|关闭|關閉|返回顶部|返回頂部)(?:\s*(?:[|｜]\s*)?(?:打印本页|打印|列印本頁|列印|关闭窗口|關閉窗口|关闭|關閉|返回顶部|返回頂部)){0,2}$/u,
  // ... in Chinese, Japanese and Korean: "跳至主要內容", "跳到主要内容", "メインコンテンツへスキップ", "본문 바로가기".
  /^(?:跳(?:至|到)主?要?[內内]容|メインコンテンツへ(?:スキップ|移動)|본문 바로가기)$/u,
  // ... in the archive's other languages: "Saltar al contenido principal", "Aller au contenu",
  // "Direkt zum Inhalt", "Vai al contenuto", "Перейти к основному содержанию", "Przejdź do treści",
  // "Vés al contingut", "Hoppa till innehållet", "Gå til indhold", "Přejít na obsah", "Sari la
  // conținut", "Ugrás a tartalomhoz", "Siirry sisältöön", "Μετάβαση στο περιεχόμενο".
  // (Not \b, which knows no letter beyond ASCII: "Przejdź", "treści", "Перейти".)
  /^(?:saltar|ir|pular|passer|aller|direkt|springe|vai|salta|vés|anar|перейти|przejdź|lewati|atla|naar|ga naar|hoppa|hopp|gå|přejít|preskočiť|sari|ugrás|siirry|μετάβαση)(?!\p{L}).{0,30}(?<!\p{L})(?:contenido|conteúdo|contenu|inhalt|contenuto|contingut|содержани\p{L}*|содержим\p{L}*|змісту|treści|konten|inhoud|innehåll\p{L}*|indhold\p{L}*|innhold\p{L}*|obsah\p{L}*|conținut\p{L}*|continut\p{L}*|tartalom\p{L}*|sisältö\p{L}*|περιεχόμενο)(?!\p{L}).{0,20}$|^i̇çeriğe (?:geç|atla)$/iu,
  // ... and in Czech, Serbian, Croatian, Slovenian, Latvian, Lithuanian, Estonian, Malay, Vietnamese,
  // Swahili, Hebrew, Arabic, Hindi, Korean, Chinese, Japanese and Thai.
  /^(?:přeskočit na (?:obsah|navigaci)|(?:прескочи|пређи|preskoči|skoči|pređi|preskočite) (?:на|na) (?:садржај|sadržaj|vsebino|glavni sadržaj|главни садржај)|pāriet uz saturu|pereiti prie turinio|peale sisu|liigu sisu juurde|langkau ke kandungan|(?:bỏ qua|chuyển) đến nội dung(?: chính)?|ruka (?:hadi|kwenye) maudhui|דלג (?:לתוכן|לתפריט)(?: העיקרי)?|انتقل إلى المحتوى(?: الرئيسي)?|(?:मुख्य )?सामग्री पर जाएं|본문 바로가기|跳(?:到|至)(?:主要)?(?:内容|正文)|本文へ(?:移動|スキップ)|メインコンテンツへ(?:移動|スキップ)|ข้ามไป(?:ยัง)?เนื้อหา(?:หลัก)?)$/iu,
  /^(?:sign (?:in|up|out)|log ?in|log out|subscribe|register|create (?:a )?(?:free )?account)\b.{0,160}$/i,
  // A newsletter's link to its web version: "View this email in your browser", "Bekijk deze
  // nieuwsbrief in je browser", "Vezi acest e-mail în browser", "Diese E-Mail im Browser ansehen".
  /^(?:(?:view|read|see|open) (?:this|the) (?:e-?mail|newsletter|message)(?: online| in (?:your|a|the) (?:web )?browser)|having trouble (?:viewing|reading) this (?:e-?mail|newsletter)|bekijk (?:deze|de) (?:nieuwsbrief|e-?mail|mail) (?:in (?:je|uw) browser|online)|vezi acest (?:e-?mail|newsletter) în browser|diese (?:e-?mail|nachricht|newsletter) im (?:web)?browser (?:ansehen|anzeigen|öffnen)|(?:voir|afficher|consulter) (?:la version en ligne|cet? (?:e-?mail|courriel|newsletter) dans (?:votre|le) navigateur)|ver (?:este (?:correo|e-?mail|boletín)|(?:la )?versión web) (?:en (?:el|tu) navegador|online)?|visualizza (?:questa (?:e-?mail|newsletter) )?nel (?:tuo )?browser|ver (?:este e-?mail|esta newsletter) no navegador|zobacz (?:ten (?:e-?mail|newsletter) )?w przeglądarce|visa (?:detta (?:e-?post|nyhetsbrev) )?i (?:din )?webbläsare)(?![\p{L}]).{0,40}$/iu,
  /^please (?:log|sign) in\b.{0,100}$/i,
  // A search engine's cached copy's banner: "This is Google's cache of https://… It is a snapshot of the
  // page as it appeared on …", "Full version Text-only version View source", "Tip: To quickly find your
  // search term on this page, press Ctrl+F …".
  /^this is google['’]s cache of\b.{0,400}$/i,
  /^full version\s+text-only version\s+view source$/i,
  /^tip: to quickly find your search term on this page\b.{0,120}$/i,
  // A player's notice where its media did not load: "Please turn on JavaScript. Media requires JavaScript to play."
  /^please (?:turn on|enable) javascript\b.{0,100}$/i,
  // A story's number in the site's system: "کد خبر: ۸۴۵۶۲۱" (Iranian sites' "news code"), "رقم الخبر:
  // 1234", "Article ID: 48213", "News ID: 1234".
  /^(?:کد خبر|شناسه خبر|کد مطلب|رقم الخبر|(?:news|article|story|item|post) id|artikel-?(?:nr|nummer)\.?|mã tin)\s*[:：]?\s*[\d۰-۹٠-٩]{3,12}$/iu,
  // A markets page's notice under the story: "All quotes delayed a minimum of 15 minutes. See here for a
  // complete list of exchanges and delays.", "Market data provided by Example Data".
  /^(?:all )?quotes (?:are )?delayed (?:by )?(?:a minimum of |at least |up to )?\d{1,2} minutes\b.{0,160}$/i,
  /^market data (?:provided|powered) by\b.{0,120}$/i,
  // A link to a document: "Download the 2018 grant guidelines (PDF)", "Read the full report (PDF, 2.3 MB)".
  /^(?:download|read|view|see)\b.{0,120}\((?:pdf|docx?|xlsx?|pptx?)(?:,\s*[\d.,]+\s?[kKmM]i?B)?\)\.?$/i,
  // A printed sheet's count: "Page 1 of 2", "Seite 1 von 3", "Página 2 de 4".
  /^(?:page|seite|página|pagina|strona|sida|side|sivu|страница|stránka|oldal)\s+\d{1,3}\s*(?:of|von|de|di|z|av|af|из|ze|\/)\s*\d{1,3}$/iu,
  // A pitch for the site's subscribers or donors: "The Example Tribune's coverage is supported by
  // subscribers. Subscribe today.", "$35 can provide one person with clean water for life. Give today."
  /^.{0,80}\b(?:coverage|journalism|reporting|work) is (?:supported|made possible|funded|paid for) by (?:our )?(?:subscribers|readers|members|donors|supporters)\b.{0,80}$/i,
  /^.{0,160}[.!]\s+(?:give|donate|give now|donate now|give today|donate today)(?: today| now)?[.!]?$/i,
  // ... or its funders': "LDR is local body journalism co-funded by RNZ and NZ On Air.", "This story
  // was produced with support from the Example Foundation." (A story says "This story" of itself only
  // in such notes.)
  /^\S.{0,60} is (?:local(?: body| democracy)?|public[- ]interest|community) (?:journalism|reporting) (?:co-?)?(?:funded|supported|paid for|made possible) by\b.{0,120}$/i,
  /^this (?:story|article|piece|content) (?:is|was) (?:part of [^.]{0,80}(?:,| and) )?(?:(?:co-?)?funded|supported|made possible|paid for|produced with (?:the )?(?:support|funding)) (?:in part )?(?:by|from|of|through)\b.{0,200}$/i,
  // "Independent journalism costs money. Help us keep reporting by becoming a subscriber from €1.99 a month."
  /^(?:(?:independent|good|quality|local) )?(?:journalism|reporting|news) (?:costs|takes) (?:money|time and money)\b.{0,200}$/i,
  // ... or a nonprofit or independent newsroom's: "Example Now is a nonprofit newsroom. Support local
  // reporting like this for $5 a month.", "Example Current is an independent, member-supported newsroom
  // covering Ottawa. Become a member today."
  /^\S.{0,60} is an? (?:independent|non-?profit|reader-(?:supported|funded)|member-(?:supported|funded)|community-funded)\b[^.]{0,80}\b(?:newsroom|news (?:site|organi[sz]ation|outlet))\b(?=.{0,160}$)(?=.*\b(?:support|member|donat|subscri|fund|back)).*$/i,
  // ... or a listener-supported station's: "KXMP is listener-supported community radio serving the
  // valley. Support local news by becoming a member today."
  /^\S.{0,60} is (?:an? )?(?:independent,? |non-?profit,? )?(?:listener|viewer|reader|member|community)-(?:supported|funded|powered)\b[^.]{0,80}\b(?:radio|station|broadcaster|television|tv|newsroom|news)\b(?=.{0,200}$)(?=.*[.!?]\s+(?:support|become|donate|join|give|please)\b).*$/i,
  // ... or of a network of them: "Example Current is part of Example Newsroom, a nonprofit news network
  // supported by grants and a coalition of donors as a 501c(3) public charity."
  /^\S.{0,60} is (?:part|a member) of [^.]{2,80}, an? (?:independent|non-?profit|reader-supported|member-supported)\b[^.]{0,40}\b(?:newsroom|news (?:network|site|organi[sz]ation|outlet)|network of newsrooms)\b.{0,300}$/i,
  // A print view's notice of where and when it was printed: "Printed from www.example.ie on 07/04/2025 10:14".
  /^(?:printed from|print(?:ed)? (?:version|edition) of|gedruckt (?:von|am)|imprimé (?:depuis|le)|impreso desde|stampato da)\b.{0,120}$/iu,
  /^(?:join|get) our (?:free )?newsletters?\b.{0,60}$/i,
  // A sign-up box for alerts: its heading and its pitch, "Sign up for Service Alerts" / "Get text or email
  // alerts for the routes you ride." / "Subscribe".
  /^(?:sign up|subscribe|register) (?:for|to) (?:our |the )?(?:[\p{L}-]+ ){0,3}(?:alerts|updates|notifications|newsletters?)$/iu,
  /^(?:get|receive) (?:text|e-?mail|sms|push)(?: (?:or|and) (?:text|e-?mail|sms|push))? (?:alerts|updates|notifications)\b.{0,80}$/iu,
  // A blogger's link to their own earlier post: "Read my original 2014 post on Jane's case here."
  /^read (?:my|our) (?:original|earlier|previous|first|full|\d{4}) (?:[\p{L}\d'’-]+ ){0,8}here\.?$/iu,
  // A newsletter box's pitch: "Get the day's top stories in your inbox every morning.", "Recevez chaque
  // matin les nouvelles de … dans votre boîte courriel.", "Primește în fiecare dimineață cele mai …".
  /^(?:get|receive|recevez|recevoir|erhalten sie|bekommen sie|recibe|reciba|receba|ricevi|ontvang|få|otrzymuj|primește|primiți|получайте|kapja meg|dostávejte)\s.{0,160}?(?:every (?:morning|day|week)|each (?:morning|day|week)|in your inbox|to your inbox|chaque (?:matin|jour|semaine)|boîte (?:courriel|mail|de réception)|jeden (?:morgen|tag)|ins postfach|cada (?:mañana|día|semana)|todas las mañanas|en tu (?:correo|bandeja)|todas as manhãs|no seu e-?mail|ogni (?:mattina|giorno)|elke (?:ochtend|dag)|varje (?:morgon|dag)|hver (?:morgen|dag)|în fiecare (?:dimineață|zi)|каждое утро|каждый день|minden (?:reggel|nap)|každé ráno|każdego (?:ranka|dnia)).{0,120}$/iu,
  /^please enter a valid\b/i,
  /^(?:créer un compte|se connecter|connexion|s'inscrire|(?:votre|mon) compte|iniciar sesión|crear (?:una )?cuenta|mi cuenta|anmelden|registrieren|mein konto|войти)(?![\p{L}\p{N}_]).{0,40}$/iu,
  // ... and alone on its line in more languages (these words open headlines too: "Đăng ký kết hôn …").
  /^(?:đăng nhập|đăng ký|đăng xuất|เข้าสู่ระบบ|สมัครสมาชิก|लॉग इन|ورود|تسجيل الدخول|התחברות|로그인|회원가입|ログイン|登录|登入|giriş yap|zaloguj się|přihlásit se|prihlásiť sa|bejelentkezés|kirjaudu sisään|logga in|logg inn|log ind)$/iu,
  /^toggle\b.{0,60}$/i,
  // A widget's instructions for the keyboard: "Press Enter to show all options, press Tab go to next option".
  /^press (?:enter|tab|space|escape|esc)\b.{0,100}$/i,
  // A relative time on a line of its own, in the archive's languages: "2 hours ago", "hace 2 horas",
  // "il y a 3 heures", "vor 2 Stunden", "2 ore fa", "há 2 horas", "2 часа назад", "2 uur geleden".
  /^(?:(?:updated|published|posted|actualizado|publicado|mis à jour|publié|aktualisiert|aggiornato|atualizado):?\s+)?(?:(?:\d{1,2}|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|hace (?:\d{1,2}|una?) (?:segundos?|minutos?|horas?|días?)|il y a (?:\d{1,2}|une?) (?:secondes?|minutes?|heures?|jours?)|vor (?:\d{1,2}|einer?|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|std\.|min\.)|(?:\d{1,2}|un[ao]?) (?:secondi|minuti?|ore|ora|giorni?) fa|há (?:\d{1,2}|uma?) (?:segundos?|minutos?|horas?|dias?)|\d{1,2} (?:секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*) назад|\d{1,2} (?:seconden|minuten|uur|dagen) geleden)$/iu,
  // Calls to follow the site elsewhere, and a newsletter's fine print and sign-off: "Download the
  // Example 9 app for the latest news", "Join Example's WhatsApp channel", "Kindly share this story:",
  // "You may occasionally receive promotional content …", "By providing an email address, I agree …",
  // "Thanks for reading Example!", "If you value local news, become a member today."
  /^(?:download|get) (?:the |our )?(?:free )?[\p{L}\p{N}'’&. -]{0,40}\bapp\b.{0,100}$/iu,
  /^join (?:the |our )?[\p{L}\p{N}'’&. -]{0,40}\b(?:whatsapp|telegram)\b.{0,60}$/iu,
  /^(?:kindly |please )?share this (?:story|article|post)\b.{0,20}$/i,
  /^you may (?:occasionally |also )?receive promotional\b.{0,120}$/i,
  /^by (?:providing|entering|submitting) (?:an |your )?e-?mail\b.{0,200}$/i,
  /^thanks for reading\b.{0,80}$/i,
  /^if you (?:value|like|enjoy|appreciate)\b.{0,80}\b(?:become a (?:member|subscriber|supporter)|subscribe|donate|support us)\b.{0,60}$/i,
  // ... and in the archive's other languages: a newsletter's pitch ("Suscribite a nuestro
  // newsletter …", "Receba no seu email …", "Unser Isar-Newsletter: …"), a plea to support the
  // newsroom ("Sostieni il giornalismo di qualità.", "Apoie o jornalismo independente.", "Este
  // contenido es gratuito gracias a nuestros suscriptores."), an error-report prompt ("Fehler
  // gefunden? Jetzt melden.", "Vous avez trouvé une erreur?") and a comment notice ("Die
  // Kommentarfunktion ist … deaktiviert.", "Os comentários não representam a opinião do jornal").
  /^(?:suscr[ií]bete|suscribite|abonnez-vous|inscrivez-vous|abonnieren sie|iscriviti|inscreva-se|assine|подпишитесь)(?![\p{L}\p{N}_]).{0,40}(?<![\p{L}\p{N}_])(?:newsletter|bolet[ií]n|lettre|infolettre|e-?mail|correo|courriel|рассылк\p{L}*)(?![\p{L}\p{N}_]).{0,150}$/iu,
  /^(?:receba|reciba|recibí|recevez|erhalten sie|ricevi|получайте)(?![\p{L}\p{N}_]).{0,40}(?<![\p{L}\p{N}_])(?:e-?mail|correo|courriel|postfach|casella|почт\p{L}*)(?![\p{L}\p{N}_]).{0,150}$/iu,
  // A newsletter's pitch that names the reader's inbox, with a verb or without: "Chaque matin,
  // l'essentiel de l'actualité dans votre boîte mail.", "Abonne-toi à notre newsletter!"; an app's
  // download ("Descarga la app de …", "Download dan de …-app."); a paywall's offer ("Accedé a todo
  // el contenido ilimitado."); a prompt about the article ("Cet article vous a été utile ?", "Cet
  // article vous a été offert.", "Haben Sie Fragen oder Anregungen zu diesem Artikel?").
  /^.{0,80}(?<![\p{L}])(?:(?:dans )?votre boîte (?:mail|e-mail|de réception)|en tu (?:correo|bandeja de entrada)|in (?:ihr|dein|ihrem|deinem) (?:postfach|e-mail-postfach)|nella tua (?:casella|email)|no seu e-?mail|в ваш(?:у|ем) (?:почт\p{L}*|ящик\p{L}*)|in je (?:mailbox|inbox)|na (?:twoją )?skrzynkę)(?![\p{L}]).{0,80}$/iu,
  // (In English, the pitch that says what the letter delivers and how often: "The best stories,
  // delivered to your inbox every week.", "Our very best stories, recipes and special offers.
  // Delivered a couple of times a week.")
  /^.{0,120}(?<![\p{L}])(?:delivered|sent|straight) (?:straight |right |directly )?(?:to|into) your inbox(?![\p{L}]).{0,80}$/iu,
  /^(?:.{10,160}[.!?]\s)?delivered (?:a couple of|several|two|three|four|five) times a (?:week|month)\.?$/iu,
  /^(?:abonne-toi|inscris-toi|abonniere|abonneer je|zapisz się)(?![\p{L}]).{0,60}(?:newsletter|infolettre|lettre d'information)(?![\p{L}]).{0,40}$/iu,
  /^(?:descarga|descargá|baixe|baixa|télécharge[zr]?|lade|laden sie|scarica|download dan|download|pobierz|indir|unduh|скачайте|скачивайте)(?![\p{L}]).{0,50}(?<![\p{L}])(?:app|aplicación|aplicativo|appli|application|applicazione|aplikację|uygulama(?:sını|mızı)?|aplikasi|приложение)(?![\p{L}]).{0,80}$/iu,
  /^(?:accedé|accede|acceda|accédez|accedi|acesse|получите доступ)(?![\p{L}]).{0,20}(?:todo el contenido|a todo|ilimitad\p{L}*|illimité|illimitat\p{L}*|ilimitad\p{L}*|tout le contenu|безлимитн\p{L}*).{0,80}$/iu,
  // (And a gift to the reader, or the paywall's notice, in the archive's languages: "Cet article vous
  // est offert par Example. Abonnez-vous …", "This article is free to read.", "Contenuto riservato agli
  // abbonati Premium: …", "Dieser Artikel ist nur für Abonnenten", "Conteúdo exclusivo para assinantes".)
  /^(?:this (?:article|story) is (?:free to read|free for (?:all|everyone)|a gift from|unlocked for you)|cet article vous est offert|este artículo (?:es gratuito|es de acceso libre|te lo regala)|dieser artikel ist (?:kostenlos|frei zugänglich|für sie freigeschaltet)|questo articolo (?:è gratuito|ti è offerto)|este artigo (?:é gratuito|é oferecido)|dit artikel is (?:gratis|gratis te lezen))(?![\p{L}]).{0,200}$/iu,
  /^(?:contenuto riservato (?:agli )?abbonati|(?:contenido|contenu|conteúdo|inhalt) (?:exclusivo|réservé|reservado|exklusiv) (?:para |aux |a |aos |für )?(?:los |os )?(?:suscriptores|abonnés|assinantes|abonnenten)|(?:dieser )?(?:artikel|inhalt|beitrag) (?:ist )?(?:nur )?für (?:abonnenten|abonnentinnen|abonnierende)|(?:artículo|article|artigo|articolo) (?:exclusivo|réservé|exclusif|riservato) (?:para |aux |a |aos |agli )?(?:suscriptores|abonnés|assinantes|abbonati))(?![\p{L}]).{0,200}$/iu,
  // (Or its badge on a line of its own by the byline: "Exclusivo Subscritores", "Subscriber exclusive",
  // "Réservé aux abonnés", "Nur für Abonnenten", "Solo para suscriptores".)
  /^(?:exclusivo (?:para )?(?:subscritores|assinantes|suscriptores|socios)|(?:subscriber|subscribers|member|members)[- ](?:only|exclusive)|exclusive (?:for|to) (?:subscribers|members)|réservé aux abonnés|nur für abonnenten|abo-?(?:plus|exklusiv)|riservato agli abbonati|solo para (?:suscriptores|socios)|só para assinantes|alleen voor abonnees)$/iu,
  /^(?:cet article vous a(?: été)? (?:utile|offert|plu)|¿?(?:te|le) (?:ha )?(?:resultado|sido) útil (?:este|esta) (?:artículo|nota)|war dieser artikel hilfreich|haben sie fragen oder anregungen zu diesem artikel|questo articolo (?:ti )?è stato utile|este artigo foi útil)\s*[?.!]?.{0,200}$/iu,
  /^(?:el periodismo de calidad tiene un valor|le journalisme de qualité a un prix|qualitätsjournalismus (?:hat seinen preis|kostet))\b.{0,100}$/iu,
  // ... in more of the world's languages, and for the day's news as well as the e-mail: "Recibe cada
  // mañana las noticias más importantes", "Recevez chaque jour à 6 h l'essentiel", "Ontvang elke
  // ochtend het nieuws", "Zapisz się na newsletter …", "Подписывайтесь на наш канал в Telegram",
  // "Síganos en nuestro canal de WhatsApp", "Simak breaking news dan berita pilihan kami".
  // (Not \b, which knows no letter beyond ASCII.)
  /^[\p{So}\s]{0,4}(?:recibe|reciba|recibí|receba|recevez|erhalten sie|ricevi|ontvang|otrzymuj|получайте|dapatkan|zapisz się|subskrybuj|abonneer je|schrijf je in|подписывайтесь|подпишитесь|abone ol|berlangganan|prenumerera|tilmeld dig|abonați-vă|síganos|siganos|siga|sigue(?:nos)?|segue|suivez[- ]nous|folgen sie uns|последвайте(?: ни)?|следете ни|стежте за нами|підписуйтесь|sekojiet|sekite|jälgi meid|seuraa meitä|seguici|siga-nos|volg ons|obserwuj nas|takip edin|ikuti|simak|urmărește|urmăriți|leia mais notícias|lea más noticias|únete|junte-se|rejoignez)(?![\p{L}]).{0,60}(?<![\p{L}])(?:newsletter|bolet[ií]n|infolettre|l'essentiel|noticias|nouvelles|nieuws|notizie|notícias|wiadomości|новост\p{L}*|berita|haberler|рассылк\p{L}*|канал\p{L}*|kanał\p{L}*|canal|canalul|kanal|kanalımız\p{L}*|channel|telegram|whatsapp|google news|mailbox|inbox|boîte mail|posteingang|e-?mail)(?![\p{L}]).{0,150}$/iu,
  /^unser(?:e[nm]?)? [\p{L}-]*newsletter\b.{0,150}$/iu,
  // A Chinese site's offer of its app on a short line: "現在用APP看新聞 保證天天中獎", "下載自由時報APP".
  // (A slogan, no sentence's stop: "市民可下載「台北通」APP查詢。" is a story's.)
  /^[^。！？]{0,30}(?:用|在)\s?APP\s?(?:看|讀|读)(?:新聞|新闻)[^。！？]{0,30}$|^[^。！？]{0,10}(?:下載|下载)[^。，,.！？]{0,12}APP[^。！？]{0,20}$/iu,
  // A widget's request to report a typo by pressing Ctrl+Enter, as sites in Russian and neighbouring
  // languages print it under every story: "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter",
  // "Ja pamanījāt kļūdu, iezīmējiet tekstu un nospiediet Ctrl+Enter!". (It asks about an error: "…
  // pressing Ctrl+Enter sends a message, the company said" is a story's.)
  /^(?=.*(?:ошибк|опечатк|помилк|грешк|kļūd|klaid|chyb|błęd|błąd|hib[áa]|viga|virhe|greš|error|mistake|typo|fehler|erreur|errore|errores))(?!.*\b(?:said|says|according)\b).{0,160}ctrl\s?\+\s?enter\b.{0,80}$/iu,
  // A paper's offer of its print edition on screen: "Now you can read the Example Sentinel ePaper
  // anytime, anywhere.", "Read today's e-edition", "Download the ePaper app".
  // (Not a story's sentence about one: "Access to the digital edition costs $5 a month, the publisher said.")
  /^(?!.*\b(?:said|says|wrote|told|according|costs?|launched|announced)\b)(?:now )?(?:you can )?(?:read|download|browse|subscribe to|try)\b.{0,60}(?<![\p{L}])(?:e-?paper|e-?edition)(?![\p{L}]).{0,80}$/iu,
  /^(?:sostieni|apoie|apoya|soutenez|unterstützen sie|support) (?:il |o |el |le |la |unseren? |our )?(?:giornalismo|jornalismo|periodismo|journalisme|journalismus|journalism)\b.{0,150}$/iu,
  // ... a reader's gift that pays for it: "Your monthly gift keeps independent news coming to every
  // corner of Oregon." (And with the journalism's kind or place before it, among the cased patterns.)
  /^(?!.*\b(?:said|says|wrote|writes|told|according)\b)your (?:monthly |annual |yearly |one-time |recurring |tax-deductible )?(?:gift|donation|contribution)s? (?:today |now |of any (?:size|amount) )?(?:keeps|helps|makes|powers|funds|supports|sustains|ensures|allows|lets|will)\b.{0,60}(?<![\p{L}])(?:journalism|news|reporting|newsroom)(?![\p{L}]).{0,120}$/iu,
  /^(?:this|este|ce|dieser|questo) (?:content|contenido|contenu|inhalt|contenuto|conteúdo) (?:is|es|est|ist|è|é) (?:free|gratuito|gratuit|kostenlos|gratis)\b.{0,200}$/iu,
  /^(?:fehler gefunden|vous avez (?:trouvé|repéré) une (?:erreur|faute)|¿?(?:has|ha) (?:encontrado|visto) (?:un|algún) error|hai trovato un errore|encontrou (?:um )?erro|нашли ошибку|(?:found|spotted) (?:an? )?(?:error|typo|mistake))\s*\?.{0,80}$/iu,
  /^die kommentarfunktion\b.{0,100}$/iu,
  // A prompt to allow the site's notifications: "Haberlerden anında haberdar olmak için bildirimlere
  // izin verin", "Son dakika haberler için bildirimleri açın", "Turn on notifications …", "Activez les
  // notifications", "Activa las notificaciones", "Aktivieren Sie die Benachrichtigungen".
  /^.{0,80}(?<![\p{L}])(?:bildirim(?:ler)?(?:e|i) (?:izin verin|açın|aç)|(?:turn on|enable|allow) (?:push )?notifications|activez les notifications|activa(?:r)? las notificaciones|ative as notificações|attiva le notifiche|aktivieren sie (?:die )?(?:push-)?benachrichtigungen|zet (?:de )?meldingen aan|włącz powiadomienia|aktifkan notifikasi|включите уведомления)(?![\p{L}]).{0,60}$/iu,
  /^(?:disclaimer\s*:\s*)?(?:os |los |les |i |the )?(?:comentários|comentarios|commentaires|commenti|comments) (?:não|no|ne|non|do not|don't) (?:representam|representan|représentent|rappresentano|represent|reflect)\b.{0,40}\b(?:opinião|opinión|opinion|opinione|views?)\b.{0,200}$/iu,
  /^jump to (?:navigation|search|content|main content)$/i,
  // Comment moderation's notice in Portuguese and a follow button in Turkish, as pages run together
  // leave them: "Os comentários estão sujeitos a moderação.", "Google News'te Takip Et".
  /^os comentários (?:estão sujeitos a|são sujeitos a|passam por) moderação\b.{0,80}$/iu,
  /^google news['’]?(?:te|ta|de|da) takip et(?:\s*paylaş)?$/iu,
  // A German newsletter's tagline: "Alles, was heute wichtig war – kostenlos per Mail, von Montag bis Freitag."
  /^.{0,80}\bkostenlos (?:per|als|im) (?:e-?mail|mail|newsletter|postfach)\b.{0,60}$/iu,
  // A crime report's standing notice: "Charges are allegations. All suspects are presumed innocent
  // until proven guilty in a court of law."
  // (The presumption alone may close a police release as its own words: it stays.)
  /^(?:criminal )?charges are (?:merely )?(?:allegations|accusations)\.?\s*(?:all )?(?:suspects|defendants|those charged|the accused) (?:are|is) presumed innocent until proven guilty\b.{0,40}$/i,
  /^(?:criminal )?charges are (?:merely |only )?(?:allegations|accusations)(?:,? (?:and|not) (?:not )?(?:evidence|proof) of guilt)?\.?$/i,
  // A text-message alerts offer: "Get results alerts for Nebraska by text", "Msg & data rates may apply."
  /^get [\p{L} ]{0,40}alerts?(?: for [\p{L} ]{1,30})? by text\b.{0,40}$|^text \p{Lu}{2,20} to \d{4,6}\b.{0,80}$|^msg\.? (?:&|and) data rates may apply\b.{0,40}$/iu,
  // A Brazilian site's pointer to its regional page: "Veja mais notícias da região no g1 Campinas."
  /^veja (?:mais|também|outras) (?:notícias|vídeos|reportagens)\b.{0,100}$/iu,
  // A Chinese page's original title and disclaimer: "原标题：…", "免责声明：本文仅代表作者个人观点".
  /^(?:原标题|免责声明)\s*[：:].{0,200}$/u,
  // ... its share bar, its links to the previous and next story and to related reading, where it
  // says the reader is, its font-size control: "分享到： 微信 微博", "上一篇：…", "相关阅读：…",
  // "您当前的位置：首页 > 新闻", "字号：大 中 小".
  /^(?:登录|登入|登錄|注册|註冊|手机版|手機版|移动版|退出|会员中心|會員中心|客户端|下载客户端|English|繁体|简体|繁體|簡體|网站地图|網站地圖|设为首页|加入收藏)(?:\s*(?:[|｜/·]\s*)?(?:登录|登入|登錄|注册|註冊|手机版|手機版|移动版|退出|会员中心|會員中心|客户端|下载客户端|English|繁体|简体|繁體|簡體|网站地图|網站地圖|设为首页|加入收藏))+$/u,
  // A post's links to the one before and after it, with their headlines: "« Previous: Deputies seize
  // …", "Next: Teen charged in … »", "Previous article: …", "← Older post", "Artículo anterior: …".
  /^[«‹←<]+\s*(?:previous|prev|next|older|newer)(?: (?:post|article|story|entry))?\s*[:|]\s*\S.{0,200}$|^(?:previous|prev|next|older|newer) (?:post|article|story|entry)\s*[:|]\s*\S.{0,200}$|^[«‹←<]+\s*(?:previous|prev|next|older|newer)\b.{0,200}$|^(?:previous|prev|next|older|newer)(?: (?:post|article|story|entry))?\b.{0,200}\s[»›→>]+$/iu,
  /^(?:[«‹←<]+\s*)?(?:(?:artículo|entrada|noticia|nota) (?:anterior|siguiente)|(?:article|billet) (?:précédent|suivant)|(?:vorheriger|nächster) (?:artikel|beitrag)|articolo (?:precedente|successivo)|(?:artigo|post) anterior|próximo (?:artigo|post)|(?:vorig|volgend) (?:artikel|bericht)|(?:poprzedni|następny) (?:artykuł|wpis)|(?:предыдущая|следующая) (?:статья|новость)|(?:önceki|sonraki) (?:haber|yazı))(?:\s*[:|»›→>].{0,200})?$/iu,
  /^(?:分享到|分享至|上一篇|下一篇|上一篇文章|下一篇文章|相关阅读|相關閱讀|相关新闻|相關新聞|相关文章|相關文章|相关链接|相關連結|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|您(?:当前|現在|目前)的位置|当前位置|當前位置|字号)\s*[：:》>].{0,120}$/u,
  // A related list's or a search's empty state: "No related articles found for this article.", "No
  // related posts.", "No results found".
  /^(?:there are )?no (?:related|similar) (?:articles|posts|stories|items|news|content)(?: (?:found|available|yet|to (?:show|display)))?(?: for this (?:article|post|story|page))?[.!]?$|^no (?:search )?results (?:found|to (?:show|display))[.!]?$/iu,
  // A list's filter or a drop-down menu, its arrow after the chosen item: "Filter by district: All
  // districts ▼", "Incident type: All ▼", "Sort by: Newest ▾".
  /^[^.!?]{1,60}:\s?[^.!?:]{1,40}\s?[▼▾⌄]$/u,
  // A row of buttons each in square brackets, as a text browser draws them: "[English ▾]  [DONATE]",
  // "[Search] [Go]".
  /^(?:\[[^[\]\d][^[\]]{0,29}\]\s*){2,6}$/u,
  // A market index's quote from the page's ticker: "上证指数 3342.01 +0.52%", "Dow Jones 38,500.12 -0.41%",
  // "FTSE 100 8,102.3 ▲0.2%" (a number, then its change with a sign, in decimals or per cent: not a
  // score, "Avery 3 - 1").
  /^\p{L}[\p{L}\p{N} &.'’-]{0,30}?\s\d[\d.,]*\s?[+\-−▲▼]\s?(?:\d[\d,]*[.,]\d+\s?%?|\d+\s?%)$/u,
  // A player's clock and a gallery's counter: "0:00 / 2:45", "1 of 12", "Photo 3 of 12".
  /^\d{1,2}:\d{2}(?::\d{2})? \/ \d{1,2}:\d{2}(?::\d{2})?$/,
  /^(?:(?:photo|image|picture|slide|foto|bild) )?\d{1,3} (?:of|de|sur|von|из) \d{1,3}$/i,
  /^(?:download as pdf|printable version$)/i, // a wiki's tools: "Download as PDFPrintable version"
  /^(?:open|close|hide|show|expand|collapse)(?: the)? (?:menu|navigation|search|sidebar|comments?(?: menu)?|table of contents|all)\b.{0,30}$/i,
  /^(?:click|tap) (?:here|to (?:return|share|scroll|expand|play|open|copy|view|read|enlarge))\b.{0,160}$/i,
  // A pointer to the broadcast the story comes from: "Listen to the full interview on Sport on Five
  // and the BBC Sport website from 1900 GMT.", "Watch the whole programme on Example TV at 9 p.m."
  /^(?:listen to|watch|hear|see) (?:the |our )?(?:full |whole |complete |entire )(?:interview|programme|program|report|show|debate|discussion|episode|documentary|conversation)\b.{0,120}$/i,
  // ... or its time slot, under a label or not: "TONIGHT | Watch The Example Hour: The Harbour at 9 p.m."
  /^(?:\p{Lu}{3,12} \| )?(?:watch|listen to|tune in to) .{3,150} (?:at|on) \d{1,2}(?::\d\d)? ?[ap]\.m\.?(?: [A-Z]{2,3})?\.?$/iu,
  // Copyright lines ("(c)" is a copyright sign only before a year: "(c) The Secretary shall" is a
  // list item), and a wire service's terms on a line of their own: "This material may not be
  // published, broadcast, rewritten or redistributed.", "Our Standards: The … Trust Principles."
  /^(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b)/i,
  /^this material may not be published, broadcast, rewritten,? or redistributed\b.{0,40}$/i,
  /^our standards:.{0,80}$/i,
  // A credit line, a print edition's note and a reader prompt, wherever the page sets them: "Jane
  // Roe contributed to this report.", "A version of this article appears in print on …", "Like this
  // article? Share it …", "Cet article vous a plu ?".
  /^(?:\p{Lu}[\p{L}.'’, -]{1,100} )?contributed (?:reporting )?to this (?:report|story|article)\.?$/iu,
  // A note on who funds the reporting: "Local Democracy Reporting is Public Interest Journalism funded
  // through NZ On Air.", "This reporting is supported by a grant from the Example Foundation."
  /^(?:this (?:story|reporting|coverage|article|project) is|\p{Lu}[\p{L} ]{0,50}(?:reporting|journalism|coverage|newsroom|desk) is (?:public interest journalism )?)(?:funded|supported|made possible|paid for) (?:in part )?(?:through|by) [^.]{2,100}\.?$/iu,
  // A health wire's pointer to more under the story: "The American Heart Association has more on physical activity."
  /^(?:The )?\p{Lu}[\p{L}.'’-]*(?: (?:of|for|on|and|&|\p{Lu}[\p{L}.'’-]*)){0,8} (?:has|offers) more (?:information )?(?:on|about) [^.,;]{3,100}\.$/u,
  // (Or where they filed from, as the AP credits its writers: "Associated Press writer Jane Roe
  // contributed from Pozzuoli.", "AP writers Jane Roe in Rome and John Doe in Naples contributed.")
  /^(?:the )?(?:associated press|AP|reuters|AFP) (?:writers?|reporters?|correspondents?|journalists?|photographers?|video journalists?) \p{Lu}.{2,150}? contributed(?: (?:reporting|to this report))?(?: (?:from|in) \p{Lu}[\p{L}'’. ,-]{1,60})?\.?$/u,
  /^a version of this (?:article|story) (?:appears|appeared) in print\b.{0,200}$/i,
  // ... as a business paper words it: "Appeared in the February 27, 2025, print edition as 'Council
  // Votes to Dredge'."
  /^appeared in the (?:[\p{L}.]+ \d{1,2}, \d{4},? |\d{1,2} [\p{L}.]+ \d{4},? )?(?:[\p{L}.]+ )?print edition\b.{0,200}$/iu,
  /^(?:(?:did you )?(?:like|enjoy|enjoyed) this (?:article|story|post)|cet article vous a plu|¿te ha gustado (?:este|el) artículo|hat ihnen (?:dieser|der) artikel gefallen)\s*\?(?:\s.{0,80})?$/iu,
  /^if you (?:enjoyed|liked|appreciate) this (?:article|story|post),? (?:please )?(?:consider|share|support|donate)\b.{0,120}$/i,
  // A sign-up form's terms, a comment widget's notice without scripts, a donation appeal:
  // "By signing up you agree to our Terms of Service …", "Please enable JavaScript to view the
  // comments powered by Disqus.", "Please support independent journalism. Donate today."
  /^by (?:signing up|subscribing|clicking|registering|continuing|submitting)\b.{0,60}\byou(?: also)? (?:agree|accept|consent|acknowledge)\b.{0,160}$/i,
  /^please enable javascript\b.{0,120}$/i,
  /^(?:please )?(?:support|help (?:fund|support)) (?:independent|our|quality|local) (?:journalism|reporting|news)\b.{0,100}$/i,
  // A sign-up form's confirmations, a player's and an advertisement's placeholders, a paywall's and
  // a comment policy's notices, a site's account of itself.
  /^thanks? (?:you )?for (?:signing up|subscribing|registering)\s*[!.]?$/i,
  /^a welcome e-?mail is on its way\b.{0,120}$/i,
  /^the next issue of .{1,80} will soon be in your inbox\.?$/i,
  /^interested in more newsletters\?.{0,40}$/i,
  /^(?:we apologi[sz]e, but )?this video has failed to load\.?$/i,
  /^this advertisement has not loaded yet\b.{0,80}$/i,
  /^comments may take up to an hour\b.{0,120}$/i,
  /^you(?:'ve|’ve| have) reached your (?:limit|maximum) of (?:free )?(?:articles|stories)\b.{0,80}$/i,
  /^this (?:content|article|story) is (?:only )?available (?:only )?to (?:subscribers|members)\b.{0,60}$/i,
  // A box for subscribers set into the story: "Subscriber-only data: Weekly rate tables … are available to premium subscribers. Upgrade now".
  /^(?:subscriber|premium|members?)[- ]only\b.{0,200}$/i,
  /^our website is the place for the latest breaking news\b.{0,120}$/i,
  /^bookmark our website and support our journalism\b.{0,200}$/i,
  // A republication's credit and a share button's confirmation, wherever they stand: "This article
  // originally appeared on Example.com.", "Republished with permission from …", "Link copied!",
  // "Want more stories like this? Sign up here."
  // (Not "… originally published by Jane Roe …": that names the writer, and signoff.ts reads it.)
  // (Nor one ending in a colon: a label over the link, which the rules for lists under a story take with it.)
  /^this (?:article|story|post|piece) (?:originally|first) (?:appeared|ran) (?:on|in|at)\b.{0,160}(?<!:)$/i,
  // ... in other languages: "Der Beitrag erschien zuerst auf …", "Bu haber ilk olarak … yayımlanmıştır",
  // "Cet article a d'abord été publié sur …", "Este artículo se publicó originalmente en …".
  /^(?:der|dieser) (?:beitrag|artikel|text) (?:erschien|ist) (?:zuerst|erstmals|ursprünglich)\b.{0,140}$/iu,
  /^bu (?:haber|yazı|makale) (?:ilk olarak|ilk kez)\b.{0,140}$/iu,
  /^(?:cet|l['’]) ?article (?:a d['’]abord été|a été initialement|est initialement|a été publié (?:initialement|d['’]abord))\b.{0,140}$/iu,
  /^(?:este|el) (?:artículo|texto) (?:se publicó|fue publicado|apareció) (?:originalmente|primero|por primera vez)\b.{0,140}$/iu,
  /^(?:este|o) (?:artigo|texto) (?:foi publicado|apareceu) (?:originalmente|primeiro)\b.{0,140}$/iu,
  /^(?:questo|l['’]) ?articolo (?:è stato pubblicato|è apparso) (?:originariamente|per la prima volta)\b.{0,140}$/iu,
  /^(?:dit|het) artikel (?:verscheen|is) (?:eerder|oorspronkelijk)\b.{0,140}$/iu,
  // A request to report an error or rate the piece, in the archive's other languages: "Haben Sie einen
  // Fehler im Artikel gefunden?", "Cet article vous a-t-il été utile ?", "¿Has encontrado un error?".
  /^(?:haben sie einen fehler(?: im (?:artikel|text|beitrag))? (?:gefunden|entdeckt)|cet article vous a-t-il été utile|¿(?:has|ha) (?:encontrado|visto) (?:un|algún) error)\s*\?.{0,80}$/iu,
  // ... or that it was updated, and no more: "Der Artikel wurde aktualisiert.", "This article has been updated."
  /^(?:this (?:article|story|post|page) (?:has been|was) updated|(?:der|dieser) (?:artikel|beitrag|text) wurde aktualisiert|cet article a été (?:mis à jour|actualisé)|(?:este|el) (?:artículo|texto) (?:ha sido|fue) actualizado|(?:este|o) (?:artigo|texto) foi atualizado|(?:questo|l['’]) ?articolo è stato aggiornato|(?:dit|het) artikel is (?:bijgewerkt|geactualiseerd)|artikeln har uppdaterats|artikkelia on päivitetty|(?:эта )?статья (?:была )?обновлена)\.?$/iu,
  // A promise of the latest news from the site: "Get the latest business news from Ghana and West
  // Africa", "Get Latest News, Breaking News and Delhi News on Example Dispatch.".
  /^get (?:the )?latest (?:[\p{L}-]+ ){0,3}news\b.{0,140}$/iu,
  /^(?:erhalten sie|bleiben sie|lesen sie) (?:die|alle) (?:wichtigsten|neuesten|aktuellen) (?:neuigkeiten|nachrichten|news)\b.{0,120}$/iu,
  // A subscription's offer: "Prenumerera på Example från 1 kr första månaden.", "Abonnez-vous à …".
  // A paywall's question over its offer: "Vill du läsa mer? Prenumerera på …", "Want to read more?".
  /^¿?(?:vill du läsa (?:mer|vidare)|want to (?:read|keep reading) (?:more|on)|wollen sie (?:mehr|weiter)lesen|möchten sie weiterlesen|envie de lire la suite|voulez-vous lire la suite|quieres (?:leer|seguir leyendo) más|vuoi leggere di più|quer (?:ler|continuar lendo) mais|wil je (?:meer|verder) lezen|vil du lese (?:mer|videre)|vil du læse (?:mere|videre))\s*\?$/iu,
  /^(?:prenumerera|abonnér|abonner|abonnieren sie|abonnez-vous|suscríbete|suscribete|assine|abbonati|abonneer|subskrybuj)\b.{0,120}\b(?:\d+\s?(?:kr|€|eur|euro|zł|\$)|kostenlos|gratis|gratuit|free)\b.{0,60}$/iu,
  /^(?:re)?published (?:here )?with (?:the )?(?:kind )?permission (?:of|from)\b.{0,120}$/i,
  /^link copied\s*!?$/i,
  /^want more (?:stories|articles|news) like this\?.{0,60}$/i,
  // A player's fallback text, left where an audio or video was embedded.
  /^your browser does not support (?:the |this |html5 )?(?:audio|video|iframe)\b.{0,80}$/i,
  // A paywall's meter: "You've read 2 of 3 free articles this month.", "You have 1 free story left."
  /^(?:you['’]ve read|you have read) \d+ of (?:your )?\d+ free (?:articles|stories)\b.{0,60}$|^you have \d+ free (?:articles?|stories|story) (?:left|remaining)\b.{0,60}$/iu,
  // A button to be told of more on the subject, labelled or not: "Alerts: Set up a case alert", "Get
  // alerts on this topic", "Create an alert", "Turn on notifications" (a button ends no sentence: "Get
  // weather alerts on your phone." is a story's advice).
  /^(?:(?:alerts?|notifications?)\s*:\s*)?(?:set up|get|create|sign up for|turn on|manage) (?:an? |your |email |news )?(?:[\p{L}-]+ )?(?:alerts?|notifications?)\b[^.!?]{0,40}$/iu,
  // ... or said of the player: "Audio is not supported on your browser. Please use a different browser."
  /^(?:audio|video|this (?:audio|video)(?: player)?) (?:is not|isn't) supported (?:on|by|in) (?:your|this) browser\b.{0,80}$/i,
  // Sharing, e-mail and social promotion
  /^(?:e-?mail|send) (?:this|to a friend|this page)\b.{0,80}$/i,
  /^share (?:this|on|via)\b.{0,60}$/i,
  /^follow (?:us|me|@\w+)\b.{0,60}$/i,
  // (In Hungarian, the network with its case ending: "Kövesd a Példalapot a Facebookon is!")
  /^(?:kövesd|kövess(?:en|étek)?)\b.{0,40}\b(?:facebook|instagram|x|twitter|youtube|tiktok)(?:-?on|-?en|-?ön|-?ban|-?ben)\b.{0,20}$/iu,
  // (Or the outlet by its name, on a channel, for its news: "Follow Example Herald on WhatsApp for the latest news from the Cape.")
  // (On several networks: "Follow Example News on Facebook and X for the latest news.")
  /^follow [\p{L}\p{N}'’&. -]{1,40} on (?:whatsapp|google news|telegram|x|twitter|facebook|instagram|threads|bluesky|youtube|linkedin)(?:(?:,| and| &| or) (?:whatsapp|google news|telegram|x|twitter|facebook|instagram|threads|bluesky|youtube|linkedin))*(?: channel)?(?:[.!]?$| for (?:the )?(?:latest|more|all|breaking|live|regular|daily)\b.{0,100}$)/iu,
  /\bshared? \d+ times\b/i,
  /^(?:see )?more sharing options$/i,
  /^(?:\d+ )?shares?$/i,
  // A comments counter's button: "3 View comments", "View comments".
  /^(?:\d[\d,.]*k?\s+)?(?:view|read|see)\s+(?:all\s+)?comments$/i,
  /^(?:[\p{L}.'’-]+ ){0,3}(?:on|at|via) (?:youtube|facebook|twitter|instagram|telegram|tiktok|linkedin|whatsapp|rumble)$/iu,
  /^(?:check|follow|like|find|join|connect with|visit|watch)\b.{0,30}\b(?:youtube|facebook|twitter|instagram|telegram|tiktok|linkedin)\b(?:.{0,10}|(?:,? (?:and |or |& )?(?:youtube|facebook|twitter|x|instagram|telegram|tiktok|linkedin))+\.?)$/i,
  // Newsletter prompts: "Get Chatelaine in your inbox!", "Check your inbox to confirm your subscription."
  /^(?:get|receive) .{1,40} (?:in|to|delivered to) your inbox\b.{0,60}$/i,
  /^check your (?:inbox|e-?mail)\b.{0,100}$/i,
  /^please check your (?:inbox|e-?mail) (?:to (?:confirm|complete|verify|activate)|for (?:a|the|your) (?:confirmation|link|verification))\b.{0,80}$/i,
  // A call to follow a link that closes the line after "@" or a colon, as report sellers' releases
  // run them through the text: "Browse the full table of contents @ http://…", "Get Sample PDF of
  // report@ http://…", "Any Query? Ask to Expert @ https://…", "Download the app: https://…",
  // "Inquiry before Buying@ http://…", "Make an Order this Report at http://…" (a stop may follow
  // the address after a space: "Purchase a copy of this report @ http://… .").
  /^(?:[^.!?]{0,30}\?\s*)?(?:browse|get|request|download|purchase|buy|order|ask|enquire|inquire|enquiry|inquiry|(?:make|place) an order)\b[^.!?]{0,140}(?:@|:|\bat)\s*(?:https?:\/\/|www\.)\S+(?:\s\.)?$/i,
  // ... or an alert's: "Get notified about new stories every week!", "Receive alerts when we publish".
  /^(?:get|receive) (?:notified|notifications|alerts)\b.{0,80}$/i,
  // An account's e-mail check, in the languages of the archive: "Please verify your email address",
  // "Un courriel de validation vous a été envoyé", "Bestätigen Sie Ihre E-Mail-Adresse".
  /\b(?:verify|confirm|validate) your (?:e-?mail|account)|\b(?:verification|confirmation|validation) (?:e-?mail|link) (?:has been |was )?sent\b|^(?:re)?send (?:a |the )?(?:verification|confirmation|validation) (?:e-?mail|link)\b/i,
  /\b(?:valider|confirmer|vérifier) votre (?:adresse (?:courriel|e-?mail)|courriel|compte)|\b(?:courriel|e-?mail) de (?:validation|confirmation|vérification)\b/iu,
  /\b(?:verifica|confirma|valida)r? tu (?:correo|cuenta|e-?mail)|\bcorreo de (?:verificación|confirmación|validación)\b/iu,
  /\b(?:bestätigen|verifizieren) sie ihre (?:e-?mail|adresse|konto)|\bbestätigungs-?(?:e-?mail|link)\b/iu,
  /^(?:пожалуйста,\s*)?подтвердите (?:ваш\p{L}* )?(?:e-?mail|адрес электронной почты|электронн\p{L}* почт\p{L}*|почт\p{L}*)/iu,
  // Where to hear the site's podcast: "You will find our podcasts on iTunes, Spotify and Google".
  /\bpodcasts?\b.{0,80}\b(?:itunes|spotify|apple podcasts|google podcasts|stitcher|iheart(?:radio)?)\b.{0,80}$/i,
  // Comment notices
  /^comments? closed\.?$/i,
  // ... in the archive's other languages: "Kommentarsfältet är stängt för den här artikeln", "Les
  // commentaires sont fermés", "Los comentarios están cerrados", "Die Kommentarfunktion ist
  // geschlossen", "I commenti sono chiusi", "Os comentários estão fechados", "Reageren is gesloten",
  // "Комментарии закрыты".
  // (Perhaps after a short sentence to the reader: "Votre avis nous intéresse. Les commentaires sont fermés …".)
  /^(?:[^.!?]{2,40}[.!?]\s+)?(?:kommentarsfältet är stängt|kommentarfeltet er (?:stengt|lukket)|kommentarsporet er lukket|les commentaires sont (?:fermés|désactivés)|los comentarios están (?:cerrados|desactivados)|die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)|(?:die )?kommentare sind geschlossen|i commenti sono (?:chiusi|disabilitati)|os comentários estão (?:fechados|desativados)|reageren is (?:gesloten|niet (?:meer )?mogelijk)|комментарии (?:закрыты|отключены)|komentarze (?:są )?(?:zamknięte|wyłączone)|yorumlar kapatılmıştır|komentar(?:i)? (?:ditutup|dinonaktifkan))(?!\p{L}).{0,60}$/iu,
  // Advertising, widgets and promoted links
  // A newsletter's note to a reader it was forwarded to: "Forwarded this email? Subscribe here for
  // more", "Was this forwarded to you? Sign up here", "If a friend forwarded this to you, sign up here."
  /^(?:(?:was )?(?:this )?(?:(?:e-?mail|newsletter|message) )?(?:was )?forwarded (?:this|to you)(?: (?:e-?mail|newsletter|message))?(?: to you)?\?|(?:if )?(?:a friend|someone) forwarded (?:this|you this)(?: (?:e-?mail|newsletter))?(?: to you)?[,?])\s*.{0,80}$/i,
  // An editor's note on an interview or a transcript: "This conversation has been edited for length
  // and clarity.", "Interview condensed and edited for clarity.", "This transcript was generated
  // automatically and edited for clarity.", "The following is an edited and condensed version of the transcript."
  /^(?:(?:this|the following|the) )?(?:conversation|interview|excerpt|transcript|q&a|exchange|discussion|responses|answers|remarks)(?: (?:has|have) been| was| were| is| are)? (?:lightly )?(?:edited|condensed)\b.{0,40}?\b(?:for (?:length|clarity|brevity|space|readability|style)|and condensed|and edited)\b.{0,60}$/i,
  /^this transcript (?:was|has been|is) (?:automatically |machine[- ])?generated (?:automatically|by (?:a )?(?:machine|computer|software|ai))\b.{0,100}$/i,
  /^the following (?:is|are) (?:an? )?(?:lightly )?(?:edited|condensed)(?: and (?:edited|condensed))? (?:version|excerpts?|transcript)\b.{0,80}$/i,
  // A printable page's title, the site's name and the version's: "Example Online — 打印版", "Example
  // County Public Health - News Release - Print Version", "Example Zeitung | Druckversion".
  /^.{2,80}?\s[|–—-]\s(?:print(?:er[- ]friendly)? version|printable version|print view|version imprimable|versión (?:para )?imprimir|versão (?:para )?impressão|druckversion|druckansicht|versione stampabile|versione per la stampa|printversie|afdrukversie|utskriftsversion|версия для печати|wersja do druku|verze pro tisk|打印版|打印本页|打印页面|打印页|列印版|列印頁面|印刷用ページ)$/iu,
  // A site's note over a release it carries: "The following content is provided by the issuing
  // company. Example Journal did not write or edit this release and is not responsible for its content."
  /^(?:the following (?:content|press release|news release|release|article|story) (?:is|was|has been) (?:provided|supplied|submitted|distributed|issued) by\b|(?![^.]*\bsaid\b)[^.]{2,60} (?:did not|does not|didn't) write or edit this (?:release|content|press release)\b).{0,300}$/i,
  /^(?:advertisement|sponsored|ad)\b[\s:.-]*$/i,
  // ... in the archive's other languages: "Anzeige", "Publicidad", "Реклама", "MAINOS", "Διαφήμιση".
  /^(?:anzeige|werbung|publicidad|publicidade|publicité|pubblicità|advertentie|reklama|reklam|реклама|mainos|annonse|annons|hirdetés|διαφήμιση|פרסומת|إعلان|تبلیغات|विज्ञापन|โฆษณา|quảng cáo|iklan|광고)[\s:.-]*$/iu,
  /^(?:story|article) continues (?:below|after)\b.{0,40}$/i,
  // An appeal set into the story: "Support nonprofit journalism. The Example Ledger relies on readers
  // like you. Donate today …", "Stand up for the river. Sign our petition asking …".
  /^support (?:nonprofit|non-profit|independent|local|community|public[- ]interest) (?:journalism|news|reporting)[.!]\s.{0,240}$/i,
  /^(?:[^.!?]{3,60}[.!]\s)?sign (?:our|the) petition\b.{0,200}$/i,
  // A membership prompt under the story: "Not a member yet? Nurses at non-union hospitals can talk …".
  /^not (?:yet )?an? (?:member|subscriber)(?: yet)?\?(?:\s.{0,160})?$/i,
  // (Or a bar after the label: "Also Read | Metro's new line to open by April".)
  /^(?:headline|related|read (?:more|also|next)|see also|also read|recommended|must read|more|for more(?: (?:on|about) [^:|]{2,40})?)\s*(?::|\s\|)\s*.{3,150}$/i,
  // A live story's note that it goes on elsewhere: "This is a developing story. Check back for updates."
  /^this (?:is a )?(?:developing|breaking) (?:news )?(?:story|report)\b.{0,100}$/i,
  // (The label's colon may be a bar, a guillemet or a dash: "Lees ook | Nieuwe fietsstraten …".)
  // (The accent dropped in capitals: "A LIRE AUSSI : …".)
  /^(?:(?:[àa] )?lire (?:aussi|également)(?: [^:]{1,30})?|voir aussi|lesen sie auch|auch interessant|mehr zum thema|le[aeé] también|mir[aá] también|ver también|puedes ver|podr[ií]a interesarte|te recomendamos|te puede interesar|le puede interesar|leggi anche|vedi anche|leia também|veja também|читайте также|смотрите также|lees ook|lees meer|czytaj (?:też|także|również)|zobacz (?:też|także)|baca juga|simak juga|ilgili haber(?:ler)?|läs också|læs også|les også|čtěte také|citește și|llegiu també|llegeix també|lee también|leia mais|lesen sie (?:mehr|weiter)|lisez aussi|citiți și|przeczytaj (?:też|także)|прочитайте также|читайте також|okuyun|baca selengkapnya|seguí leyendo|sigue leyendo|seguir leyendo|continúa leyendo|continua a leggere|อ่านข่าวที่เกี่ยวข้อง|อ่านข่าวเพิ่มเติม|อ่านข่าวอื่น(?:ๆ|\s?ๆ)?|อ่านเพิ่มเติม|ยังมีข่าว|ezt is ajánljuk|olvasd el ezt is|kapcsolódó(?: cikk(?:ek)?)?|lue myös|lue lisää|läs även|přečtěte si také|prečítajte si aj|pročitajte (?:još|i)|προτεινόμενα|διαβάστε (?:επίσης|ακόμη)|xem thêm|đọc thêm|tin liên quan|▼?関連記事|관련기사|यह भी पढ़ें|ये भी पढ़ें|прочетете (?:още|също)|вижте още|soma (?:pia|zaidi)|basahin (?:din|rin)|اقرأ أيضا|اقرأ أيضًا|اقرأ أيضاً|بیشتر بخوانید|بخوانید|مزید پڑھیں|یہ بھی پڑھیں|আরও পড়ুন|আরো পড়ুন|тағы оқыңыз|оқи отырыңыз|baca lagi|קראו (?:עוד|גם))(?:\s*[:：|]\s*|\s[–—»›]\s)(?=\S).{3,150}$/iu,
  // ... or its label in the brackets Japanese, Chinese and Korean pages set it in: "【関連記事】大雪で …", "［相关新闻］…".
  // (Or in angle brackets, full-width or not: "＜関連＞イカ不漁で …".)
  /^[【\[［〔＜<](?:関連記事|関連ニュース|関連|あわせて読みたい|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|관련 ?기사|함께 보면 좋은 기사)[】\]］〕＞>]\s*\S.{3,150}$/u,
  // A Thai page's pointer to another story: "อ่านข่าว : …", "อ่านเพิ่มเติม : …" ("read the news", "read more").
  /^(?:อ่านข่าว|อ่านเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง)\s*[:：]\s*\S.{3,150}$/u,
  // ... in Chinese, Japanese and Korean, with a full-width colon: "延伸閱讀：…", "相关新闻：…", "関連記事：…".
  /^(?:延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導|相关报道|推薦閱讀|推荐阅读|更多新聞|関連記事|관련기사|관련 기사)\s*[:：]\s*.{2,100}$/u,
  /^(?:interactive|timeline|photos?|videos?|gallery|map|quiz|watch|listen|explainer|infographic)\s*:\s*.{3,150}$/i,
  // A link's title with its address: "Videos for a coast in transition – http://example.com/videos".
  /^[^.!?]{3,100}\s[–—-]\s+https?:\/\/\S+$/i,
  /^%\s/, // a poll widget whose number the scraper lost: "% of readers think this story is Fact."
  // Photos, captions and media players
  /^(?:open|view|expand|enlarge|see) (?:this |the )?(?:photo|image|picture|gallery|video)s?\b.{0,40}$/i,
  /^(?:image|photo|photograph|photography|video|graphic|illustration)s?(?: credit| source)?\s*(?::|,|by\b|courtesy\b).{0,160}$/i,
  // ... and a caption under its label in other languages: "Foto: Cuadrillas trabajan en la avenida. / Especial",
  // "Фото: …", "Bild: …", "צילום: …".
  /^(?:foto|fotos|fotografía|fotografia|fotografie|imagen|imagem|image|bild|immagine|фото|fotó|kuva|zdjęcie|fotoğraf|φωτογραφία|φωτο|ảnh|צילום|عکس|صورة|الصورة|तस्वीर|फोटो|ภาพ|사진|写真|图片|圖片)\s?[:：]\s?\S.{0,160}$/iu,
  /^open (?:this )?(?:story|article|link) in\b.{0,40}$/i,
  /^search (?:the |this |our )?(?:site|website|newsroom|archives?|blog|news|stories)$/i, // a search box's label
  /^search\b[^.!?]{0,40}(?:\.{3}|…)$/i, // ... or its hint: "Search news releases...", "Search…"
  // A Chinese page's buttons and its editor's credit in lenticular brackets: "【打印】【关闭窗口】",
  // "【纠错】 【责任编辑：陈磊】".
  /^(?:【[^】\d]{1,12}】\s*)+$/u,
  // "For the best reading experience, open this story on a device with Apple News."
  /^for the best (?:reading |viewing )?experience\b.{0,100}$/i,
  /^\([^()]{2,60}\)$/, // a credit or source alone in brackets: "(Dave Irish/CBC)", "(Le Matin)"
  /^\d{1,2}:\d{2}(?::\d{2})?$/, // a video's running time
  /^\d+ \/ \d+$/, // a gallery counter
  /^(?:\d+ min(?:ute)?s?\.? (?:to )?read|reading time\b.{0,20})$/i,
  // ... with a reading list's button after it: "4 min read · Saved to your reading list".
  /^\d+ min(?:ute)?s?\.? read\s?[·•|]\s?.{0,60}$/i,
  // ... in the languages the parser reads: "Lesezeit: 3 Min.", "Lecture 3 min.", "Tiempo de lectura: 3 min"
  /^(?:lesezeit|lecture|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|время чтения)\s*:?\s*\d+\s*(?:min(?:ute[ns]?|utos|uti)?|мин(?:ут[аы]?)?)\.?$/iu,
  // ... and the figure first: "2 minuti di lettura", "3 min de lecture", "5 Min. Lesezeit", "4 minutos de lectura".
  /^\d+\s*(?:min(?:ute[ns]?|utos|uti)?\.?|мин(?:ут[аы]?)?\.?)\s*(?:di lettura|de lecture|lesezeit|de lectura|de leitura|чтения)$/iu,
  // An old page's notice: "This article is over a year old, and the information within may be out of date."
  // (Its section's label may be run onto it: "Canada This article is more than 2 months old".)
  /^(?:\p{Lu}[\p{L}-]+ ){0,2}this (?:article|story|page|post) is (?:over|more than) (?:a|one|\d+) (?:years?|months?) old\b.{0,100}$/iu,
  // A list's "load more" button, in the languages of the archive: "Load more stories", "Charger
  // plus d'articles", "Mehr Artikel laden", "Cargar más noticias", "Показать ещё", "加载更多".
  /^(?:load|show|see|view) more(?: (?:articles|stories|posts|news|results|headlines|videos))?$/i,
  /^(?:charger|voir|afficher) plus(?: d['’](?:articles|actualités))?$/iu,
  /^mehr (?:artikel |nachrichten |beiträge )?(?:laden|anzeigen)$/iu,
  /^(?:cargar|ver|mostrar) más(?: (?:artículos|noticias))?$/iu,
  /^(?:показать|загрузить) (?:ещ[её]|больше)(?: (?:новост\p{L}*|материал\p{L}*))?$/iu,
  /^(?:加载更多|查看更多|更多新闻)$/u,
  // A link to another story with its button run on: "Gunman kills five in harbour town Read more"
  // (a title, not sentences: no stop followed by a new sentence before the button).
  /^(?!.*[.!?]["”’]?\s+\p{Lu})\S.{2,150}\s(?:read more|continue reading|leer más|seguir leyendo|lire la suite|weiterlesen|читать далее)$/iu,
  // A teaser link with its view counter run on: "Key highway closed 10 days 4:47 pm - 1,788 views".
  /\s[-–|·•]\s*\d[\d,.]*\s*(?:views|reads)$/i,
  /\bfont size$/i,
  // ... and a page's text-size control in other languages: "Yazı Boyutu", "Schriftgröße", "Taille du texte".
  /^(?:[-+aA]\s*)?(?:text ?size|yazı boyutu|schriftgröße|textgröße|taille du texte|taille de police|tamaño de (?:letra|fuente|texto)|dimensione (?:del )?(?:testo|carattere)|tamanho (?:da )?(?:letra|fonte)|lettergrootte|tekstgrootte|rozmiar (?:czcionki|tekstu)|размер шрифта|розмір шрифту|textstorlek|tekststørrelse|字号|字體大小|文字サイズ|글자 ?크기)(?:\s*[-+aA])?$/iu,
  // Archive and reader notices, maintenance banners
  /^find sources:/i,
  /^this (?:article|story|page) (?:was|has been) (?:shared|updated|last edited|published more than)\b/i,
  /^this (?:article|story) is (?:more than|over) \d+ (?:days?|weeks?|months?|years?) old$/i,
  /^(?:this page was last edited|last edited on)\b/i,
  /^(?:corrections? (?:and|&) clarifications|submit a (?:news )?tip|report (?:an? )?(?:error|typo|problem))\b/i,
  // Rows of menu items run together: "Home | News | Sport | Weather"
  /^(?:[\p{L}&' ]{1,40}\s*[|•·]\s*){2,}[\p{L}&' ]{1,40}$/u,
].map(greekCaps);

// A word every long-furniture pattern needs, tested first: most lines are story and have none.
const LONG_HINT = /授权|dapatkan update|expressed|commission|amazon associate|affiliate|standards|code of|browser|suggestion|rights reserved|available under|stub|encyclopedia|non-commercial|comment|spam|vulgar|profan|abusive|two cents|free trial|days? free|improve|template|autoplay|copy this code|please help|in print|print edition|necessarily|free (?:articles?|stories|reads?)|subject to copyright|protected by copyright|purposes only|advice|could pay|can pay|could buy|can buy|could provide|can provide|could fund|can fund|could cover|can cover|^(?:related|more|top|latest|trending|popular|recommended) /i;

// Cookie notices, tested only on lines that mention cookies (the patterns are slow to fail).
const COOKIE = /cookie/i;
const COOKIE_NOTICE: RegExp[] = [
  /\bcookies?\b.{0,200}\b(?:accept|consent|policy|settings|preferences)\b/i,
  /\b(?:accept|consent|policy|settings|preferences)\b.{0,200}\bcookies?\b/i,
  // "We use cookies to improve your experience.", "This site uses cookies."
  /^(?:we|this (?:site|website)) uses? cookies(?:\b.{0,40}\b(?:to (?:improve|enhance|give|provide|personali[sz]e|analy[sz]e|ensure|offer)|on (?:this|our) (?:site|website))\b.{0,120})?\.?$/i,
  // The same in the archive's other languages, the site speaking: "Nous utilisons des témoins
  // (cookies) pour …", "Wir und unsere Partner verwenden Cookies …", "Folosim cookie-uri pentru …".
  /^(?:nous utilisons|ce site (?:web )?utilise|wir (?:und unsere partner )?(?:verwenden|nutzen)|diese (?:website|webseite|seite) (?:verwendet|nutzt)|(?:utilizamos|usamos)|este (?:sitio|site|portal) (?:web )?(?:utiliza|usa)|(?:usiamo|utilizziamo)|questo sito (?:web )?(?:utilizza|usa)|folosim|acest site (?:folosește|utilizează)|wij(?: en onze partners)? gebruiken|nous et nos partenaires utilisons|(?:nosotros )?y nuestros socios utilizamos|noi e i nostri partner utilizziamo|deze (?:website|site) gebruikt|vi (?:använder|bruker|bruger)|käytämme|používáme|używamy|ta strona (?:używa|wykorzystuje)|мы используем|сайт использует|ми використовуємо|sitemiz|web sitemiz|χρησιμοποιούμε|kami menggunakan|chúng tôi sử dụng)[\s,].{0,80}cookie.{0,400}$/iu,
].map(greekCaps);

// Furniture whose shape depends on letter case, so it cannot join the case-blind list: "Search
// CTV Montreal" (a site name in capitals), "Log InCreate Free Account" (a label run into the next).
const CASED_FURNITURE: RegExp[] = [
  // An appeal for the journalism, its kind or place before it: "Support independent New Mexico
  // journalism. Give today …", "Support local news". (Cased: a place's name is capitalised, and "Support
  // for local news is …" is a story's.)
  /^(?:Support|SUPPORT) (?:our |your )?(?:(?:local|independent|nonprofit|non-profit|community|trusted|quality|fact-based|public|public-service|accountability)\s+|\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:journalism|news|reporting|JOURNALISM|NEWS|REPORTING)\b.{0,150}$/u,
  // A public broadcaster's underwriting line: "Support for Example Public Media comes from …", "Support
  // for this story is provided by …". (Not a story's "Support for the plan comes from …", "Support
  // for Labour comes from …", "Support for NATO comes from both parties …, the poll found": a
  // broadcaster, an American station's call letters or the programme itself is what is supported,
  // and no one is reported.)
  /^(?:Support|SUPPORT) for (?:(?:\p{Lu}[\p{L}\p{N}'’&.-]* ){0,4}(?:Public Media|Public Radio|Public Broadcasting|Radio|Television|Broadcasting|[KW][A-Z]{3})(?:['’]s [\p{L} ]{2,30})?|(?:this|our) (?:story|program|programme|coverage|reporting|journalism|podcast|newsletter|series|station)) (?:comes|is provided|was provided|is made possible) (?:from|by)\b(?!.*\b(?:said|says|according|found|poll|survey|study)\b).{0,200}$/u,
  // A link to the site's other story, the site's name in capitals after "Also on": "ALSO ON KVNR:
  // Schools expand free breakfast" (not "Also on Tuesday: …", "Also on the agenda: …"), or in title
  // case before a headline, which ends no sentence and quotes no one: "Also on Example News: Council
  // votes to dredge" (not "Also on Twitter: Jones wrote that the plan "makes no sense."").
  /^(?:ALSO ON (?!(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|THE|THIS|THAT|TODAY|TONIGHT)\b)[\p{Lu}\d.&'’ -]{2,30}?|Also on \p{Lu}{2,}[\p{Lu}\d.&'’-]*)\s*(?::|\s\|)\s*.{3,150}$|^Also on (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|Today|Tonight)\b)\p{Lu}[\p{L}\d&'’-]*(?:\.[\p{L}]{2,4})?(?: \p{Lu}[\p{L}\d&'’-]*){0,3}: ["“‘]?\p{Lu}[^"“”]{2,150}(?<![.!;,:"”’])$/u,
  // A factoid's box set into the story, its label in capitals: "DID YOU KNOW? Nebraska's cooperatives …".
  /^DID YOU KNOW\?\s.{10,240}$/u,
  // A note that the story ran with a partner too: "This story was co-published with the Example
  // Sentinel.", "This article was produced in partnership with Example News.", "This story is a
  // collaboration between Example Project and Example Radio."
  // (Cased: the partner is named, capitalised, not "… published with the help of readers …".)
  /^This (?:story|article|report|piece|investigation) (?:was|is being|has been) (?:co-?published|co-?produced|produced|published|reported|distributed) (?:with|jointly with|in (?:partnership|collaboration|conjunction) with) (?:the )?\p{Lu}.{2,150}$/u,
  /^This (?:story|article|report|piece|investigation) is (?:a )?(?:collaboration|partnership|co-?production|joint project) (?:between|with|of) (?:the )?\p{Lu}.{2,150}$/u,
  /^[Ss]earch (?:\p{Lu}{2,}\S*|[\w.-]+\.(?:com|ca|org|net|co\.uk))(?: \S+)?$/u,
  // A photo's credit on a line of its own: "The Washington Post Getty Images", "AFP/Getty Images".
  /^[\p{L}\s.&'’/-]{0,60}\b(?:Getty Images|Shutterstock|AP Photos?|Alamy|iStock(?:photo)?)$/u,
  /^(?:[Ss]ign [Ii]n|[Ll]og ?[Ii]n)(?=[A-Z])/,
  // What an embedded Vimeo video leaves in a page's text: "Trailer. from Jane Roe on Vimeo."
  // (the uploader's name, a few words: not a sentence that says where a film was found).
  /^\S.{0,200} from (?:\S+ ){0,3}\S+ on Vimeo\.?$/u,
  // A teaser under a kicker in capitals: "WATCH | Police say …", "TONIGHT | Watch …": a headline,
  // without a sentence's end (not a dateline, "PARIS | La mairie a annoncé …", nor an agency over
  // a date, "AFP | Publication date 17 December 2018"; nor a station's byline, "KRVP | By Jane Roe").
  /^\p{Lu}{3,}(?: \p{Lu}{2,})? \| (?!.*\b(?:1[89]|20)\d\d\b)(?!(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or) )\S.{2,150}[^.!?…。"”»]$/u,
  // A link with its label and no colon, or the colon after where it leads: "Read Also NEW YORK
  // TIMES Confesses …", "Read more at : The …", "Read more from Road to Rio: The …" (not "Read more
  // about it in …", a sentence, nor a label over a list of them, "Read more from Example Series:").
  /^(?:Read|READ) (?:[Aa]lso|ALSO|[Mm]ore|MORE)(?: (?:at|from|on) [^:]{0,40}?)?\s*:?\s+["“]?\p{Lu}\S*\s\S.{2,200}(?<!:)$/u,
  // A paywalled page's label over its story, which the subscriber reads on: "Vous lisez un article réservé
  // aux abonnés.", "You're reading a subscriber-only article." (Under the story such words end it: END_MARKERS.)
  /^(?:vous lisez un article réservé aux abonné(?:e|·e)?s|you(?:['’]re| are) reading (?:a|an) (?:subscriber|premium|members?)(?:-only| only| exclusive)? (?:article|story)|está leyendo un artículo (?:exclusivo )?para suscriptores|stai leggendo un articolo riservato agli abbonati|sie lesen einen (?:artikel|beitrag) für abonnenten)\.?$/iu,
  // A feed reader's note that the reader follows the feed: "Вы подписаны на эту ленту с 12 марта 2024 г.",
  // "You're subscribed to this feed since March 12, 2024".
  /^(?:you(?:['’]re| are) subscribed to this feed|вы подписаны на эту ленту|vous êtes abonné(?:e)? à ce flux)(?![\p{L}\p{N}]).{0,60}$/iu,
  // A French page's prompt under the story: "Vous avez aimé cet article ?" / "Abonnez-vous pour ne rien
  // manquer de l'actualité de votre ville." / "Je m'abonne".
  /^(?:vous avez aimé cet article|cet article vous a plu)\s*\?$|^abonnez-vous (?:(?:dès )?maintenant (?:et|pour) |dès aujourd'hui (?:et|pour) )?(?:à (?:notre|la|nos) (?:newsletter|lettre|journal|édition|offre)|pour (?:ne rien manquer|recevoir|lire|suivre|soutenir|profiter)|et (?:recevez|soutenez|suivez)|profitez)(?![\p{L}\p{N}]).{0,120}$/iu,
  // A broadcaster's notice over its transcript, "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN
  // ITS FINAL FORM AND MAY BE UPDATED.", and a show's pointer to its maps.
  /^this is a rush transcript\.(?: this copy may not be in its final form(?: and may be updated)?\.?)?$/iu,
  MAPS_POINTER,
  // A newsletter's name with its offer after a dash: "Example Waikato Newsletter - Sign up for the best local stories."
  /^[\p{L}\p{N}'’&. -]{2,60} newsletters? ?[-–—|] ?(?:sign up|subscribe)(?: (?:for|to|now|here|today))?\b.{0,100}$/iu,
];
// ... or over several linked titles run together, which no stop ends: "Read more Who is …? Mass
// Shooting Outside … Leaves 2 Dead Who Was …? Woman Who …".
const READ_MORE_TITLES = /^(?:Read|READ) (?:[Aa]lso|ALSO|[Mm]ore|MORE)\s*:?\s+\p{Lu}[^.!:]{180,600}$/u;

// The short-line patterns anchored at the start, joined into case-blind regexes, forty to each: a few
// tests per line instead of hundreds (joined with unanchored ones, they would try every alternative at
// every position; joined all in one, the regex grows past what V8 compiles to machine code, and the
// interpreter it falls back to made every line's test several times slower). The few unanchored ones
// are tested one by one.
const SHORT_ANCHORED_CHUNK = 40;
const SHORT_ANCHORED_PARTS: RegExp[] = [];
{
  const anchored = SHORT_FURNITURE.filter((re) => re.source.startsWith("^"));
  for (let i = 0; i < anchored.length; i += SHORT_ANCHORED_CHUNK) {
    SHORT_ANCHORED_PARTS.push(new RegExp(anchored.slice(i, i + SHORT_ANCHORED_CHUNK).map((re) => `(?:${re.source})`).join("|"), "iu"));
  }
}
const SHORT_ANCHORED = { test: (t: string): boolean => SHORT_ANCHORED_PARTS.some((re) => re.test(t)) };
const SHORT_UNANCHORED = SHORT_FURNITURE.filter((re) => !re.source.startsWith("^"));

const CLICK_HERE = /click here/i;
// A word one of the remaining tests needs (cookie notices, "click here", the unanchored short
// patterns, long furniture): one look for any of them, since most lines have none.
// (Joined without the u flag, which makes every line's test a sixth slower: there \p{L} matches the
// text "p{L}", so an unanchored pattern that needs it could never pass the hint; none does.)
const ANY_HINT = new RegExp([COOKIE, CLICK_HERE, ...SHORT_UNANCHORED, LONG_HINT].map((re) => re.source).join("|"), "i");

// A weather widget's reading, a place's name or the sky over it: "Livorno 14°C", "81°F Sunny",
// "Partly cloudy -3 °C". (A headline that gives a temperature says more: "Seville swelters at 44°C".)
// (A place of one word, or of more with the sky after the reading: "Mercury Hits 40°C" is a headline.)
const WEATHER_READING = new RegExp(String.raw`^(?:(?:\p{Lu}[\p{L}.'’-]*|${SKY}) )?[-−–]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?: ${SKY})?$|^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,2} [-−–]?\d{1,2}\s?°\s?[CF]? ${SKY}$`, "u");
// A weather widget's forecast, its high or low with the scale's letter: "Partly cloudy. High 46F. Winds
// WSW at 10 to 20 mph.", "Cloudy with snow showers. Low 21F." (A story's "a high of 46F" has no capital.)
// (The line a forecast's alone, opening with the sky or the figure: a story's "Saturday will be mostly
// sunny. High 78F." is the story's.)
const FORECAST = new RegExp(String.raw`^(?:${SKY}\b[^.]{0,40}\.\s+)?(?:High|Low)s?\s(?:near\s|around\s)?-?\d{1,3}\s?°?[FC]\b`, "u");
// A post's links to the one before and after it, their headlines alone, their arrows saying which way:
// "← Weekend road closures: … starts Friday", "Lost cat: Have you seen Pickles? →". No story's
// paragraph opens or ends on an arrow.
const ARROW_LINK = /^[←⟵]\s*\S.{0,160}$|^\S.{0,160}\s[→⟶]$/u;

/** A line with Turkish capitals' dotted İ read as I: no case-blind pattern folds İ to i ("İLGİLİ HABER: …",
 *  "İLGİLİ HABERLER"), so the tests of furniture, widget headings, comments and the story's end read a
 *  line through this (isBoilerplate read it as I, isWidgetHeading as i, the markers not at all). */
function dotlessCapitals(t: string): string {
  return t.includes("İ") ? t.replace(/İ/gu, "I") : t;
}

// A markets strip: prices with their arrows or signed changes, two or more on a line ("Курсы ЦБ: USD
// 88,47 ▼ EUR 96,12 ▲", "DOW 42,310.55 ▲ 0.4% S&P 500 5,871.20 ▼ 0.1%", "FTSE 100 8,102.4 +0.32%
// Brent $74.10 -1.2%").
// (A space between the price and its move: "growth of 1-2% in 2025 and 2-3% in 2026" is a story's.)
const MARKET_MOVES = /\d[\d.,]*\s(?:[▲▼△▽↑↓]|[+−-]\d[\d.,]*\s?%)|[▲▼△▽↑↓]\s?[+−-]?\d/gu;

// An invitation to follow the outlet's channel on a messenger, longer than the prompts above: "Simak
// breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita
// Example.com WhatsApp Channel : https://www.whatsapp.com/channel/… Pastikan kamu sudah install …",
// "Join our WhatsApp channel for the day's top stories: https://…" (the channel's link in it: "Siga el
// dinero, dijo el fiscal, que investiga … un canal de WhatsApp …" is a story's).
const CHANNEL_INVITE = /^[\p{So}\s]{0,4}(?:simak|ikuti|gabung|join|follow|subscribe to|get|suivez|rejoignez|abonnez-vous|síganos|sigue(?:nos)?|únete|siga(?:-nos)?|segue|junte-se|folgen sie|abonnieren sie|seguici|iscriviti|volg ons|подписывайтесь|подпишитесь)(?![\p{L}]).{0,300}(?:whatsapp\.com\/channel\/|chat\.whatsapp\.com\/|(?<![\p{L}.])t\.me\/|telegram\.me\/)/iu;

// A share bar's label of a few words: "Share us on:", "Follow us on:", "Share this with:".
const SHARE_LABEL = /^(?:share|follow|find)(?: (?:us|this|it|on|with|article|story))+:\s*/iu;

/** Whether a whole (tidied) line is page furniture. (Remembered: see remembered.ts.) */
export const isBoilerplate = remembered(furnitureLine, 400);

function furnitureLine(line: string): boolean {
  // A link in a bulleted list is the link: "• READ MORE: Shooting victims identified".
  const t = dotlessCapitals(line.trim().replace(BULLET, ""));
  if (t.length === 0) return false;
  // (Labels may come with arrows, ellipses or a dash: "—More…", "Next »".)
  // (A picture shown by its text alone, "[Example Mirror]", is the page's, wherever it stands.)
  if (t.startsWith("[") && (PICTURE_ALT.test(t) || LOGO_ALT.test(t))) return true;
  if (t.length <= 40 && INTERFACE_LABELS.has(t.toLowerCase().replace(/[\s:.!»›>…]+$/u, "").replace(/^[—–-]\s*/u, ""))) return true;
  if (t.startsWith("R") && READ_MORE_TITLES.test(t)) return true;
  if (t.length <= 60 && (SHARE_ON.test(t) || ON_NETWORK_SHARE.test(t) || SEND_BY_MAIL.test(t) || NEWS_FOLLOW.test(t) || labelsRunTogether(t) || barredLabels(t))) return true;
  // (A share bar under its label: "Share: Facebook Twitter WhatsApp", "Kongsi: Facebook Twitter".)
  // (Or under a label of a few words: "Share us on: Facebook Twitter LinkedIn Email".)
  if (t.length <= 120 && /^\p{L}+:\s/u.test(t) && isShareBar(t)) return true;
  if (t.length <= 120 && SHARE_LABEL.test(t) && isShareBar(t.replace(SHARE_LABEL, ""))) return true;
  // The consent framework's notice, as British and European sites show it, runs long: "We and our 143
  // partners store and/or access information on a device …", "With your permission we and our partners …".
  if (t.length <= 900 && CONSENT_FRAMEWORK.test(t)) return true;
  if (t.length > 400) return false;
  if (t.length > 120 && CHANNEL_INVITE.test(t)) return true;
  if (t.length <= 200) {
    if (SHORT_ANCHORED.test(t) || CASED_FURNITURE.some((re) => re.test(t))) return true;
    // (Tested only where their marks are: each is a line-long pattern.)
    if ((t.startsWith("←") || t.startsWith("⟵") || t.endsWith("→") || t.endsWith("⟶")) && ARROW_LINK.test(t)) return true;
    if (t.length <= 60 && t.includes("°") && WEATHER_READING.test(t)) return true;
    if (t.length <= 160 && (t.match(MARKET_MOVES)?.length ?? 0) >= 2 && wordsIn(t, 16) <= 15) return true;
    if (t.length <= 120 && (t.includes("High") || t.includes("Low")) && FORECAST.test(t)) return true;
    // Two or three such prompts on one line: "Thanks for reading Example! Subscribe for free …".
    if (/[.!?] \p{Lu}/u.test(t)) {
      const sentences = sentencesOf(t);
      if (sentences.length <= 3 && sentences.every((x) => SHORT_ANCHORED.test(x))) return true;
    }
    // A CNN-style teaser link: "Watch what happened next »" (not a quotation closing, "« Non »").
    if (t.endsWith("»") && t.length >= 4 && t.length <= 122 && !t.includes("«")) return true;
  }
  // (Two long notices are looked for by their ends and words of their own, past the common hint.)
  if (t.length >= 40 && PAYWALL_TAIL.test(t.slice(-40)) && PAYWALL_NOTICE.test(t)) return true;
  if (t.includes("elp us ") && HELP_US_KEEP.test(t)) return true;
  if (!ANY_HINT.test(t)) return false;
  // A promotion with "click here" in it.
  if (t.length <= 200 && (SHORT_UNANCHORED.some((re) => re.test(t)) || (t.length <= 180 && CLICK_HERE.test(t)))) return true;
  if (COOKIE.test(t) && COOKIE_NOTICE.some((re) => re.test(t))) return true;
  return LONG_HINT.test(t) && LONG_FURNITURE.some((re) => re.test(t));
}

const CONSENT_FRAMEWORK = /^(?:we and our (?:\d{1,4} )?(?:partners|vendors) (?:store|use|may|process|and)|with your permission,? we and our (?:partners|vendors))\b/i;

// (Or the arrows French and Spanish sites set before a link: ">> Lire aussi : …", "→ Lee también: …".)
const BULLET = /^(?:[•·▪►▶]\s*|[*+]\s+|>>\s+|→\s*)/u;
// A headline's shape: a capital first, four words or more, no sentence's stop, colon or comma last.
const ARROWED_HEADLINE = /^\p{Lu}(?=(?:\S+\s+){3})[^.!?]{10,150}[^.!?:;,\s]$/u;

/** A short line of a bar's buttons, three or more, each an interface label: "Partilhar Guardar
 *  Comentar". (Not two, nor a heading's words: "Read Next", "More Stories" close a story.) */
/** Buttons parted by bars: "Imprimer cette page | Fermer la fenêtre", "Print | Close | Back to article". */
function barredLabels(t: string): boolean {
  if (!t.includes("|")) return false;
  const parts = t.toLowerCase().split(/\s*\|\s*/u).filter(Boolean);
  return parts.length >= 2 && parts.length <= 5 && parts.every((p) => INTERFACE_LABELS.has(p));
}

function labelsRunTogether(t: string): boolean {
  const words = t.toLowerCase().split(/\s+/);
  if (words.length === 2) return words.every((w) => ARTICLE_ACTION.test(w));
  return words.length >= 3 && words.length <= 6 && words.every((w) => INTERFACE_LABELS.has(w) && !HEADING_WORD.test(w));
}
// (Two buttons only when both act on the article, "Udostępnij Skomentuj", "Share Comment": a menu's
// two items, "Listen Live", may stand over a story's byline and be read for its section.)
const ARTICLE_ACTION = /^(?:share|comment|print|save|email|udostępnij|skomentuj|komentuj|drukuj|partager|commenter|imprimer|teilen|kommentieren|drucken|merken|compartir|comentar|imprimir|guardar|condividi|commenta|stampa|salva|partilhar|compartilhar|comentar|delen|reageren|paylaş|yorum|bagikan|komentar|dela|kommentera|del|kommenter|sdílet|komentovat|distribuie|comentează|поделиться|комментировать|поширити|коментувати)$/u;
const HEADING_WORD = /^(?:read|more|next|related|also|latest|top|news|stories|see|watch|most|popular|recommended|trending)$/u;

// A share button naming its network, in the archive's languages: "Compartir en Facebook", "Partager
// sur X", "Condividi su WhatsApp"; or the network first, "Auf Facebook teilen", "Facebook'ta Paylaş".
const NETWORK = "(?:facebook(?:u|a)?|twitter(?:ze)?|x|whatsapp(?:ie)?|telegram(?:ie)?|linkedin(?:ie)?|e-?mail(?:em)?|reddit|pinterest|messenger|threads|bluesky|mastodon|vk|вконтакте|одноклассниках|телеграм)";
const SHARE_ON = greekCaps(new RegExp(`^(?:share|compartir|compartilhar|compartilhe|partilhar|partager|condividi|condividere|teilen|delen|deel|udostępnij|sdílet|dela|del|jaa|megosztás|distribuie|trimite|поделиться|поділитися|paylaş|bagikan|κοινοποίηση|μοιραστείτε)(?: (?:it|this|this article|la noticia|el artículo|l'article|l’article|articolo|artigo|artikel|artikkelen|artiklen|artikeln))? (?:on|to|en|no|na|sur|su|auf|op|w|ve|via|в|у|ke|på|a|in|em|pe|σε|στο) ${NETWORK}$`, "iu"));
// ... "send by e-mail", and a button to follow the site on a news reader: "Síguenos en Google News",
// "Google News'te Abone Ol".
const SEND_BY_MAIL = /^(?:send|share|enviar|envíar|envoyer|partager|invia|inviare|versenden|verstuur|wyślij|odeslat|skicka|send|trimite|отправить|gönder)(?: (?:this|it|la noticia|el artículo|l['’]article|articolo|artigo|artikel))? (?:by|via|per|por|par|pelo|para|e|mailem|na|ile|em|pe|по) (?:e-?mail|correo(?: electrónico)?|courriel|mail|e-?posta|почте|email-?u?)$|^(?:e-?posta ile gönder|per e-?mail (?:versenden|verschicken|teilen|delen)|por e-?mail)$/iu;
const NEWS_FOLLOW = /^(?:(?:follow|síguenos|siguenos|sigue|suivez(?:-nous)?|folge(?:n sie)?(?: uns)?|seguici|segue|siga(?:-nos)?|volg ons|obserwuj(?: nas)?|sledujte(?: nás)?|följ oss|takip et|ikuti kami|подписывайтесь)(?: us)? (?:on|en|sur|auf|su|no|na|op|в|di)(?: (?:our|nuestro canal de))? )?google (?:news|actualités|noticias|notícias|nachrichten|notizie|nieuws|haberler|новости|berita)(?:['’](?:te|ta|de|da) (?:abone ol|takip et))?$/iu;
const ON_NETWORK_SHARE = new RegExp(`^(?:(?:auf|op|na|на|в|у|på) )?${NETWORK}(?:['’](?:ta|te|da|de|a|e))? (?:teilen|delen|udostępnij|sdílet|dela|del|jaa|paylaş|поделиться|поділитися|partager|compartir|condividi)$`, "iu");

// A day named relatively, with its time of day, on a line of its own: "Today, 14:22", "Updated:
// yesterday at 4:05 p.m.", "vandaag, 14:22", "heute, 14:22 Uhr", "aujourd'hui à 14h22", "сегодня, 14:22".
// (No date can be read from it: a page saved later says the same of another day. Over the story it is
// furniture, like "2 hours ago"; under it, a list of other stories' teasers may be stamped so.)
export const RELATIVE_STAMP = new RegExp(`^(?:(?:last )?(?:updated|published|posted|actualizado|publicado|mis à jour|publié|aktualisiert|veröffentlicht|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd|обновлено|опубликовано|zaktualizowano|opublikowano|uppdaterad|publicerad|opdateret|oppdatert|päivitetty|julkaistu|güncellendi|aktualizováno|更新)\\s?:?\\s*)?(?:today|yesterday|vandaag|gisteren|heute|gestern|hoy|ayer|aujourd['’]hui|hier|oggi|ieri|hoje|ontem|сегодня|вчера|сьогодні|вчора|dziś|dzisiaj|wczoraj|idag|i dag|igår|i går|tänään|eilen|ma|tegnap|azi|astăzi|bugün|dün|dnes|včera|danas|jučer|juče|今天|昨天|今日|昨日|오늘|어제|hôm nay|hôm qua|hari ini|kemarin),?\\s*(?:(?:at|à|um|alle|às|a las|a la|om|в|o|kl\\.?|klo|saat|v|u|lúc|pukul)\\s+)?\\d{1,2}(?:[:.h]\\d{2}\\s?(?:[ap]\\.?m\\.?|uhr|h|ч\\.?)?|\\s?(?:[ap]\\.?m\\.?|uhr))$`, "iu");

/** A relative stamp, with a time zone's letters after it or not ("Today, 14:22 GMT"; the letters are
 *  matched in capitals, apart from the caseless pattern). */
export function isRelativeStamp(t: string): boolean {
  return t.length <= 60 && RELATIVE_STAMP.test(t.replace(/\s+[A-Z]{2,5}$/u, ""));
}

/** isBoilerplate of each line ("" is not). (A loop of its own: parseArticle, which runs once per
 *  article, stays free of loops and so is not worth optimising, nor recompiling as texts vary.) */
export function furnitureOf(lines: Line[]): boolean[] {
  const furniture: boolean[] = [];
  const turn = transcriptTurns(lines.map((l) => l.text));
  let top = true;
  for (const [i, l] of lines.entries()) {
    // (Over the story, a figure alone is a button's count, its comments' or shares': "412"; not a year, a step of a breadcrumb.)
    furniture.push(l.text !== "" && !turn(i) && (isBoilerplate(l.text) || (top && (isRelativeStamp(l.text) || /^(?!(?:1[89]|20)\d\d$)\d{1,5}$/u.test(l.text.trim())))));
    if (top && l.text.length > 60 && isProse(l.text)) top = false;
  }
  markConsentBanner(lines, furniture);
  markJumpMenu(lines, furniture);
  markFixtureBox(lines, furniture);
  markArrowedLinks(lines, furniture);
  markMapsList(lines, furniture);
  markVideoPlayer(lines, furniture);
  markAppBox(lines, furniture);
  markPlaylist(lines, furniture);
  return furniture;
}

// A video player's switches, a word a line: "Autoplay" / "ON" / "Unmute" / "close".
const PLAYER_SWITCH = /^(?:autoplay|auto-play|on|off|mute|unmute|close|play|pause|replay|skip ad)$/iu;

/**
 * Marks a video player's playlist where no sentence of the player marks it (see markVideoPlayer):
 * "Now Playing" and "Up Next" a few lines apart, each with its video's title under it, and the
 * player's switches round them. Both labels must be there: either alone may head a story's list.
 */
function markPlaylist(lines: Line[], furniture: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!/^now playing$/iu.test(lines[i]!.text.trim())) continue;
    let next = -1;
    for (let j = i + 1; j < lines.length && j <= i + 6; j++) if (/^up next$/iu.test(lines[j]!.text.trim())) next = j;
    if (next < 0) continue;
    let end = next + 1;
    while (end + 1 < lines.length && (lines[end + 1]!.text.trim() === "" || PLAYER_SWITCH.test(lines[end + 1]!.text.trim()))) end++;
    for (let j = i; j <= end; j++) if (lines[j]!.text !== "") furniture[j] = true;
    i = end;
  }
}

// An app's stores, a line each under a prompt to get the app: "Android" / "iOS", "App Store" / "Google Play".
const STORE_NAME = /^(?:android|ios|iphone|ipad|app store|apple app store|google play|play store|appgallery|huawei appgallery|download on the app store|get it on google play)$/iu;

/**
 * Marks a box that prompts for the site's app set into the page: the prompt (furniture already,
 * "Get The Example Times app"), the lines of its tagline under it and the stores' names that close it,
 * "Read stories one tap away from anywhere" / "Android" / "iOS". Short lines only, three at most
 * between the prompt and the stores.
 */
function markAppBox(lines: Line[], furniture: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!furniture[i] || lines[i]!.text.length > 80 || !/\bapps?\b|\baplica|\bappli/iu.test(lines[i]!.text)) continue;
    let tagline = 0;
    let store = -1;
    for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
      const t = lines[j]!.text.trim();
      if (t === "") continue;
      if (STORE_NAME.test(t)) store = j;
      else if (store >= 0 || ++tagline > 3 || wordsIn(t, 11) > 10) break;
    }
    if (store < 0) continue;
    for (let j = i + 1; j <= store; j++) if (lines[j]!.text !== "") furniture[j] = true;
    i = store;
  }
}

// A web video player's text, as a page copied whole keeps it: video.js writes the same English
// sentences for screen readers on every site that embeds it ("Video Player is loading.", "This is a
// modal window.", "Beginning of dialog window. Escape will cancel and close the window.").
const PLAYER_ANCHOR = /^(?:video player is loading\.|this is a modal window\.|beginning of dialog window\. escape will cancel and close the window\.|end of dialog window\.|close modal dialog|this modal can be closed by pressing the escape key or activating the close button\.)$/iu;
// ... and its controls and caption settings, a line each round them: "Play", "Mute", "Current Time
// 0:00", "Loaded: 0%", "Playback Rate", "captions off, selected", "TextColorWhiteBlack…", "Done".
// (Only beside a sentence above, where no story's line reads so.)
const PLAYER_CONTROL = /^(?:play(?: video)?|pause|replay|mute|unmute|\/|\d(?:\.\d+)?x|live|stream type live|seek to live, currently (?:behind|playing) live|(?:current time|duration|remaining time) -?\d{1,2}:\d{2}(?::\d{2})?|duration -:-|(?:loaded|progress): \d{1,3}(?:\.\d+)?\s?%|playback rate|chapters|descriptions|captions|subtitles|audio track|(?:descriptions|captions|subtitles) off(?:, selected)?|captions settings(?:, opens captions settings dialog)?|(?:non-)?fullscreen|picture-in-picture|(?:text|background|window|colou?r|transparency|opacity|font size|text edge style|font family|reset|done|none|raised|depressed|uniform|drop ?shadow|opaque|semi-transparent|transparent|white|black|red|green|blue|yellow|magenta|cyan)|(?:(?:text|background|window)?colou?r|transparency|opacity|white|black|red|green|blue|yellow|magenta|cyan|opaque|semi-transparent|transparent){2,}|\d{2,3}%|(?:proportional|monospace) (?:sans-serif|serif)|casual|script|small caps|reset restore all settings to the default values)$/iu;
// A player's playlist over or under it: "Now Playing" / a video's title / "Up Next" / another's.
const PLAYLIST_LABEL = /^(?:now playing|up next)$/iu;

/**
 * Marks a video player's text: the lines round one of its sentences for screen readers that are its
 * controls or sentences, and the titles of its playlist ("Up Next" / a title). Its sentences read
 * as prose and its controls as a list, and the story would be taken to start at the player.
 */
function markVideoPlayer(lines: Line[], furniture: boolean[]): void {
  let anchor = -1;
  for (let i = 0; i < lines.length && anchor < 0; i++) {
    const t = lines[i]!.text;
    if (t.length >= 14 && t.length <= 110 && PLAYER_ANCHOR.test(t.trim())) anchor = i;
  }
  if (anchor < 0) return;
  const isPlayer = (t: string) => PLAYER_ANCHOR.test(t) || PLAYER_CONTROL.test(t);
  // (Out from the first sentence both ways, across blank lines, while each line is the player's.)
  let from = anchor;
  while (from > 0 && (lines[from - 1]!.text.trim() === "" || isPlayer(lines[from - 1]!.text.trim()))) from--;
  let to = anchor;
  for (let j = anchor + 1; j < lines.length; j++) {
    const t = lines[j]!.text.trim();
    if (t === "") continue;
    if (!isPlayer(t)) break;
    to = j;
  }
  for (let j = from; j <= to; j++) if (lines[j]!.text.trim() !== "") furniture[j] = true;
  // (Its playlist: each label with the title under it, right after the player or right before it.)
  const playlist = (start: number, step: 1 | -1) => {
    for (let j = start; j >= 0 && j < lines.length; ) {
      const t = lines[j]!.text.trim();
      if (t === "") {
        j += step;
        continue;
      }
      const label = step === 1 ? j : j - 1;
      const title = step === 1 ? j + 1 : j;
      if (label < 0 || title >= lines.length || !PLAYLIST_LABEL.test(lines[label]!.text.trim())) return;
      const titled = lines[title]!.text.trim();
      if (titled === "" || PLAYLIST_LABEL.test(titled) || wordsIn(titled, 26) > 25) return;
      furniture[label] = furniture[title] = true;
      j = step === 1 ? title + 1 : label - 1;
    }
  };
  playlist(to + 1, 1);
  playlist(from - 1, -1);
}

// A speaker's turn in a transcript: a person's name, two or three words in title case (an initial
// between), and a colon: "Jane Roe: Thanks for joining us. For more, go to example.com …".
const TURN_LABEL = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}):\s+\S/u;
/** The fewest turns a speaker takes for the text to be a transcript. */
const TRANSCRIPT_TURNS = 3;

/**
 * Which of `texts` (lines or paragraphs) are turns of a transcript's speakers, each of whom speaks
 * three times or more: a turn is the interview's, though a host's closing one reads as a promotion
 * ("… For more information, go to example.com and sign up for a free trial").
 */
export function transcriptTurns(texts: readonly string[]): (i: number) => boolean {
  const speakers = new Map<string, number>();
  const labels = texts.map((t) => (t.includes(":") ? TURN_LABEL.exec(t)?.[1] : undefined));
  for (const s of labels) if (s) speakers.set(s, (speakers.get(s) ?? 0) + 1);
  return (i) => {
    const s = labels[i];
    return s !== undefined && speakers.get(s)! >= TRANSCRIPT_TURNS;
  };
}

/** Marks the list of places under a show's pointer to its maps: "Download PDF maps related to today's
 *  show:" / "• Haiti • Mexico • Kyrgyzstan" (a bulleted line or two). */
function markMapsList(lines: Line[], furniture: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!furniture[i] || !lines[i]!.text.includes("maps") || !MAPS_POINTER.test(lines[i]!.text.trim())) continue;
    for (let j = i + 1, seen = 0; j < lines.length && seen < 2; j++) {
      const t = lines[j]!.text.trim();
      if (t === "") continue;
      if (!t.startsWith("•")) break;
      furniture[j] = true;
      seen++;
    }
  }
}

/** Marks a headline after the arrows pages set before a link: ">> Đà Nẵng đón hơn 1,2 triệu lượt khách …"
 *  (not in a mail's quotation, where every line opens so: a quoted line may end no sentence either). */
function markArrowedLinks(lines: Line[], furniture: boolean[]): void {
  const quoted = (i: number) => i >= 0 && i < lines.length && lines[i]!.text.trimStart().startsWith(">");
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t.startsWith(">> ") && ARROWED_HEADLINE.test(t.slice(3).trim()) && !quoted(i - 1) && !quoted(i + 1)) furniture[i] = true;
  }
}

// A club's box of its next or last match: "NEXT MATCH" / "Morton v Airdrieonians" / "Sat 15 Mar 2025 •
// 15:00 • Cappielow Park" / "Buy Tickets". Its lines read as a headline over a stamp with a name.
const FIXTURE_HEADING = /^(?:next|upcoming|last|latest|previous) (?:match|game|fixture|home (?:match|game)|result)(?:es|s)?\s*:?$|^(?:próximo partido|prochain match|nächstes spiel|prossima partita|próximo jogo|volgende wedstrijd)\s*:?$/iu;
const FIXTURE = /^\p{Lu}[\p{L}.'’& -]{1,40} (?:v|vs\.?|-|–) \p{Lu}[\p{L}.'’& -]{1,40}$/u;

/** Marks such a box: its heading and the lines right under it to a blank line (five at most), one of
 *  the first two two teams' names. */
function markFixtureBox(lines: Line[], furniture: boolean[]): void {
  // (Its lines are a fixture's: a sentence under them is the story's, "Imrie said Ayr would be tougher.")
  const fixtureLine = (l: string) => l.trim() !== "" && l.length <= 80 && !/[.!?"”]$/u.test(l.trim());
  markHeadedBoxes(lines, furniture, FIXTURE_HEADING, 5, fixtureLine, (i, end) => lines.slice(i + 1, Math.min(end, i + 3)).some((l) => FIXTURE.test(l.text.trim())));
}

/**
 * Marks each box under a short heading (thirty characters at most) that `heading` matches: the heading
 * and the lines right under it that `line` accepts (given as the page has them), `most` at most, where
 * `keep(i, end)` says the heading at i and the lines before `end` are such a box.
 */
function markHeadedBoxes(lines: Line[], furniture: boolean[], heading: RegExp, most: number, line: (text: string) => boolean, keep: (i: number, end: number) => boolean): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text.length > 30 || !heading.test(lines[i]!.text.trim())) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= most && line(lines[end]!.text)) end++;
    if (!keep(i, end)) continue;
    for (let k = i; k < end; k++) furniture[k] = true;
    i = end - 1;
  }
}

// The label of a menu of the page's own parts: "Jump to:" / "Results" / "Report", "In this article:",
// "Aller à :", "Ir a:", "Springe zu:", "Inhaltsverzeichnis", "Sommaire", "Spis treści".
const JUMP_LABEL = /^(?:jump to|skip to|go to|in this (?:article|story|page)|on this page|ir a|aller à|springe zu|springen sie zu|inhaltsverzeichnis|sommaire|índice|spis treści)\s*:?$/iu;
/** The most items of such a menu, and of words in each. */
const JUMP_ITEMS = 8;
const JUMP_ITEM_WORDS = 3;

/** A menu's item: a few words of letters, a capital first; not a writer's line, nor a name after a
 *  word for "by" or "of" ("By Jane Roe", "Av Jane Roe", "De Jane Roe"). */
const JUMP_ITEM = /^(?!(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Aa]f|[Dd]i|[Dd]e) )\p{Lu}[\p{L}'’&/ -]{0,40}$/u;

/** Marks such a label and its items, two to eight short lines right under it (see JUMP_ITEM): the
 *  items ("Results", "Report") would read as the page top's lines of a headline's cluster. */
function markJumpMenu(lines: Line[], furniture: boolean[]): void {
  const item = (l: string) => JUMP_ITEM.test(l.trim()) && l.trim().split(/\s+/u).length <= JUMP_ITEM_WORDS;
  markHeadedBoxes(lines, furniture, JUMP_LABEL, JUMP_ITEMS, item, (i, end) => end - i >= 3);
}

// What a consent banner's text says beside "cookies", in the archive's languages: partners, consent,
// privacy, personal data, accepting; not a story's "boxes of cookies".
const CONSENT_WORD = /partner|consent|privacy|personal data|accept|agree|preferences|settings|advertis|analytics|tracking|necessary cookies|essential cookies|partenaires|consentement|accord|données|vie privée|zustimm|einwillig|datenschutz|akkoord|toestemming|socios|consentimiento|privacidad|aceptar|consenso|acconsent|parceiros|consentimento|privacidade|согласи|персональн|zgod|prywatno|souhlas|soukrom|samtycke|integritet|samtykke|personvern|suostu|yksityisyy|hozzájárul|adatvédel|consimț|izin|gizlilik|persetujuan|privasi/iu;

/** How far down a page a consent banner's text is looked for (lines). */
const BANNER_REACH = 80;
const COOKIE_BUTTON_WORD = /\b(?:accept|reject|allow|decline|refuse|manage|customi[sz]e|ok|okay|only|necessary|essential|use|settings|preferences)\b/iu;
/** Two to four buttons of a word each run onto a sentence's end: "… dei cookie. Accetta Rifiuta Personalizza". */
// (A button's second word may be small: "… måle trafik. Tilpas Accepter alle", "… experience. Accept all".)
const GLUED_BUTTONS = /[.!?]\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s\p{L}\p{Ll}+$/u;

/**
 * A consent banner over the page, in any language: a line about cookies, the lines of its text around
 * it and its buttons under it ("Nous respectons votre vie privée" / "Avec votre accord, nous et nos 214
 * partenaires utilisons des cookies …" / … / "Refuser" / "Accepter & Fermer"). Its sentences read as
 * prose, and the story would be taken to start there. Known by a cookie line with a button a few lines
 * under it that the page's furniture already holds.
 */
function markConsentBanner(lines: Line[], furniture: boolean[]): void {
  for (let i = 0; i < lines.length && i < BANNER_REACH; i++) {
    const t = lines[i]!.text;
    if (t.length < 40 || !COOKIE.test(t) || !CONSENT_WORD.test(t)) continue;
    // (Its buttons run onto its text, the banner one line: "… acconsenti all'uso dei cookie. Accetta
    // Rifiuta Personalizza".)
    if (GLUED_BUTTONS.test(t)) {
      furniture[i] = true;
      return;
    }
    // (The first of its buttons, and those right under it: not the share buttons further down.)
    let button = -1;
    // (Or a button that names the cookies itself: "I'm OK with analytics cookies", "Reject all cookies".)
    // (Not a story's subheading that names cookies, "Example Cookies fans camp out overnight": a
    // button says what it does.)
    const isButton = (j: number) => (furniture[j] && lines[j]!.text.length <= 30) || (lines[j]!.text.length <= 45 && !/[.!?]$/u.test(lines[j]!.text) && COOKIE.test(lines[j]!.text) && COOKIE_BUTTON_WORD.test(lines[j]!.text));
    for (let j = i + 1; j < lines.length && j <= i + 8 && button < 0; j++) if (isButton(j)) button = j;
    if (button < 0) continue;
    // (Every line between says what the banner says, or is furniture: not a headline, a byline and a
    // date over the share bar, "… cookies …" / "Skive" / the headline / "Af Jane Roe" / the date / "Del".)
    let between = true;
    for (let j = i + 1; j < button && between; j++) between = lines[j]!.text === "" || furniture[j]! || COOKIE.test(lines[j]!.text) || CONSENT_WORD.test(lines[j]!.text);
    if (!between) continue;
    while (button + 1 < lines.length && isButton(button + 1)) button++;
    // (The banner's lines about cookies over the one that asks: "We've put some small files called
    // cookies on your device …" / "We'd also like to use analytics cookies …".)
    let top = i;
    while (top > 0 && lines[top - 1]!.text !== "" && COOKIE.test(lines[top - 1]!.text)) top--;
    // (With its heading right over the cookie line: a few words, no figure, "Nous respectons votre vie
    // privée"; not a menu's item nor the page's date strip, "di 13 mei 2025".)
    const over = top > 0 ? lines[top - 1]!.text : "";
    const words = over.split(/\s+/u).length;
    const from = words >= 3 && words <= 8 && !/\d/u.test(over) ? top - 1 : top;
    for (let k = from; k <= button; k++) if (lines[k]!.text !== "") furniture[k] = true;
    // (And a button right under the last known one: "Accepter & Fermer"; a word or three, no path.)
    const next = button + 1 < lines.length ? lines[button + 1]!.text : "";
    if (next !== "" && next.length <= 24 && next.split(/\s+/u).length <= 3 && !/[/|›»>]/u.test(next)) furniture[button + 1] = true;
    return;
  }
}

/** The holder a copyright line names: "© 2022 Example News. All rights reserved." -> "Example News". */
export function copyrightHolder(line: string): string | null {
  const m = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?[\s,]*(.+?)[\s.,]*(?:all rights reserved\.?)?$/iu.exec(line.trim());
  const holder = m?.[1]?.replace(/[™®]/gu, "").replace(/[\s|•·–—-]+$/u, "").replace(/[\s,]+(?:inc|ltd|llc|plc)\.?$/iu, "").trim();
  // "© 2023" alone names no one: a holder has letters.
  if (!holder || !/\p{L}/u.test(holder) || holder.split(/\s+/).length > 6 || /^all rights/i.test(holder)) return null;
  return holder;
}

/** "Related stories", "Trending now", "More on Crime", "People are also reading…", a review's "Also
 *  consider": a list of links follows. */
const WIDGET_HEADING =
  /^(?:(?:more|other|latest|recent|related|similar|recommended|popular|trending|featured|top|editor'?s picks|most (?:read|popular|viewed|shared|watched)|keep reading|you (?:may|might) (?:also )?like|(?:people|readers|others) (?:are )?also (?:reading|read|viewed|watching)|what (?:others|people|readers) are reading|read (?:more|next|also)|also read|see also|also on|around the web|(?:more|recommended|latest|popular) (?:on|from|in|about)(?: [\p{L}.&'-]+){1,4}|also consider|most (?:read|popular|viewed|shared|watched) (?:in|on|from)(?: [\p{L}.&'-]+){1,3}|(?:also|more|other (?:articles|stories|posts)) by(?: [\p{L}.&'-]+){1,4}|more(?: [\p{L}&'-]+){1,2} (?:news|stories|articles|videos|headlines)|(?:[\p{L}.]+ ){1,2}top stories|also in (?:this|today['’]s|this week['’]s|this month['’]s) (?:[\p{L}'’]+ ?){1,3}|related [\p{Ll}-]{3,20})(?: (?:stories|story|articles|article|news|videos|video|posts|post|links|link|content|headlines|tweets|resources|documents|reading|reports?|obituaries|now|this week|this month|today|top stories))*)(?:[:»…]|\.\.\.)?$/iu;

// The same in the archive's other languages: "Les plus lus", "Lo más leído",
// "Meistgelesen", "Самое читаемое".
const WIDGET_HEADING_ABROAD = greekCaps(new RegExp(
  String.raw`^(?:les plus (?:lus|populaires|partagés|commentés)|dernières (?:nouvelles|actualités|infos)|à lire (?:aussi|également)|sur le même (?:sujet|thème)|lo más (?:leído|visto|compartido)|más (?:noticias|leídas)|noticias relacionadas|últimas noticias|te puede interesar|meistgelesen|meistgelesene artikel|mehr zum thema|zum thema|le[aeé] también|leer también|mir[aá] también|weitere artikel|mehr aus (?:der |dem |den )?[\p{L}-]+(?: [\p{L}-]+){0,2}|weiterlesen|lesen sie auch|weitere informationen|das könnte sie auch interessieren|самое (?:читаемое|популярное)|последние новости|ещё по теме|по теме` +
  // ... and in more of the world's languages: Portuguese, Italian, Dutch, Polish, Turkish, Indonesian,
  // the Nordic languages, Czech, Romanian, Catalan ("Relacionadas", "Lees ook", "Meest gelezen").
  "|(?:notas |noticias |artículos |entradas |publicaciones |notícias |artigos |matérias )?relacionad[ao]s|leia também|veja também|mais d[oa]s? [\\p{L}\\d-]+(?: [\\p{L}\\d-]+){0,2}|mais lidas|mais (?:lidas|vistas) (?:do dia|da semana)|mais notícias" +
  "|i più letti|più letti|leggi anche|potrebbe interessarti|ti potrebbe(?:ro)? interessare|articoli correlati|ultime notizie" +
  "|lees ook|lees meer|meest gelezen|meer over dit onderwerp|gerelateerde artikelen|ook interessant|meer nieuws" +
  "|najczęściej czytane|czytaj (?:też|także|również)|zobacz (?:też|także)|polecane|najnowsze" +
  "|en çok okunan(?:lar)?|ilgili haberler|benzer haberler|diğer haberler|bu haberi okuyanlar(?: bunları da)? okudu|bunlar da ilginizi çekebilir|son dakika|terpopuler|berita terkait|baca juga|artikel terkait|berita lainnya" +
  "|mest lästa?|läs också|läs mer|mest læste|læs også|mest leste|les også|nejčtenější|čtěte také|související články|mohlo by vás (?:také |taky )?zajímat|mohlo by vás zaujať|cele mai citite|citește și|articole similare|știri similare|stiri similare|passend zum artikel|mer fra (?:\\p{Lu}[\\p{L}.]*\\s?){1,4}" +
  "|el més llegit|més llegides|notícies relacionades|llegiu també" +
  // ... the Baltic and South Slavic languages and Slovak ("Susiję straipsniai", "Povezane vijesti").
  "|susiję straipsniai|skaitomiausi|saistītie raksti|lasītākie|seotud artiklid|loetumad|povezane (?:vijesti|vesti)|najčitanije|повезане вести|најчитаније|súvisiace články|najčítanejšie|povezani članki|najbolj brano" +
  // ... Ukrainian, Greek, Hungarian, Finnish, Vietnamese, Hebrew, Arabic, Hindi, Japanese, Chinese,
  // Korean, Thai, Swahili, and the Nordic languages' "related" ("Σχετικά άρθρα"; Russian's and Ukrainian's
  // "read also" only with its colon: without it, it heads one link set into the story).
  "|(?:читайте|дивіться) також\\s*:|(?:читайте|смотрите) также\\s*:|новини за темою|найпопулярніше|більше новин|ข่าวล่าสุด|διαβάστε (?:επίσης|ακόμη)|σχετικά (?:άρθρα|θέματα)|δημοφιλή" +
  "|kapcsolódó (?:cikkek|hírek)|következő cikk|legolvasottabb|ezt is ajánljuk|lue myös|luetuimmat|aiheesta lisää|relaterade artiklar|relaterede artikler|relaterte saker" +
  // ("More news", "related", "similar" where the lists above lack them: Hungarian, Polish, Russian,
  // Bulgarian, Serbian and Macedonian, Norwegian, Finnish, Vietnamese, Italian.)
  "|további (?:hírek|cikkek)|hasonló cikkek|podobne artykuły|powiązane artykuły|zobacz również|похожие (?:новости|материалы|статьи)|другие новости" +
  "|свързани (?:новини|статии)|още новини|най-четени|сродне вести|поврзани вести|relaterte artikler|aiheeseen liittyv(?:ät|iä)(?: uutiset| artikkelit)?|bài viết liên quan|altre notizie" +
  "|tin liên quan|tin cùng chuyên mục|đọc thêm|xem thêm|כתבות נוספות|עוד בנושא|הנקראים ביותר|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|الأكثر قراءة" +
  "|यह भी पढ़ें|ये भी पढ़ें|संबंधित खबरें|متعلقہ خبریں|سب سے زیادہ پڑھی جانے والی|مزید خبریں|আরও পড়ুন|সম্পর্কিত খবর|সর্বাধিক পঠিত|ұқсас жаңалықтар|көп оқылғандар|көп оқылған|berita berkaitan|artikel berkaitan|paling popular|(?:この記事の)?関連記事|(?:この記事の)?関連ニュース|相关新闻|相关阅读|延伸阅读|热门文章|相關新聞|相關閱讀|延伸閱讀|熱門文章|熱門新聞|热门新闻|推薦閱讀|推荐阅读|相關報導|相关报道|관련 ?기사|많이 본 뉴스|アクセスランキング|ランキング|この記事を読んだ人はこんな記事も読んでいます|こんな記事も読まれています|おすすめ記事|人気記事|あわせて読みたい|注目記事|最新ニュース|阅读排行|閱讀排行|点击排行|點擊排行|인기 ?기사|추천 ?기사|최신 ?뉴스|ข่าวที่เกี่ยวข้อง|habari zinazohusiana|soma pia" +
  // ... Icelandic, the other Nordic languages' "more news" and Thai's recommended and popular news.
  "|fleiri fréttir|mest lesið|tengdar fréttir|flere nyheder|fler nyheter|flere nyheter|mest lest|mest læst|lisää uutisia|muut uutiset|ข่าวแนะนำ|อ่านข่าวอื่น(?:\s?ๆ)?|ข่าวยอดนิยม|ข่าวอื่นๆ|แท็กที่เกี่ยวข้อง" +
  // "Další zprávy z rubriky Doprava", "Mehr aus dem Ressort Politik", "Plus d'articles de la rubrique
  // …", "Más noticias de …", "Altre notizie di …", "More from the section …".
  "|další (?:zprávy|články)(?: z rubriky .{2,30})?|mehr aus (?:dem ressort|der rubrik) .{2,30}|plus d'(?:articles|actualités) (?:de la rubrique|dans) .{2,30}" +
  "|más (?:noticias|artículos) de .{2,30}|altre notizie(?: di| da) .{2,30}|mais notícias de .{2,30}|meer nieuws uit .{2,30}|więcej z działu .{2,30})(?:\\s*[:：»…])?$",
  "iu",
));

export function isWidgetHeading(line: string): boolean {
  // (A square or a triangle may mark it, as Japanese pages do: "■ アクセスランキング", "▼関連記事".)
  const t = dotlessCapitals(line.trim()).replace(/^[■□◆◇▶►▼●★]\s*/u, "");
  return line.length <= 50 && (WIDGET_HEADING.test(t) || WIDGET_HEADING_ABROAD.test(t) || NEXT_IN_FEED.test(t));
}

/** A feed reader's heading over the feed's next items, the feed named: "Next in Example Radio - Local News"
 *  (not a story's "Next on the agenda", "Next in line"). */
const NEXT_IN_FEED = /^Next (?:in|from) \p{Lu}[^:.!?]{1,59}$|^(?:Next (?:article|story|item) (?:in|from)|Volgende artikel (?:in|van)|Nächster Artikel (?:in|aus)|Article suivant (?:dans|de)) \p{Lu}[^.!?]{1,59}:?$/u;

export const METHOD_HEADING = /^how we (?:test|tested|review|rate)(?: (?:and rate|products|them))?:?$/i;

/** Where a story ends and the page's bottom begins. */
const END_MARKERS: RegExp[] = [
  // A station's playlist of more videos under the story: "Watch more Local News:", "Watch more 7News
  // videos"; and an aggregator's pointer to the story's own page, other stories' cards under it: "Read
  // full article at example.com".
  // (Not a video's link set into the story: "Watch more about the palace's upgrade".)
  /^watch more(?: [\p{L}\p{N}' -]{1,40})?:$|^watch more (?:[\p{L}\p{N}'-]+ ){0,3}(?:news|videos|stories)$/iu,
  /^(?:read|continue reading) (?:the )?full (?:article|story) (?:at|on) \S{3,60}$/iu,
  // A Chinese page's credit lines under the story: the desk editor's, "责任编辑：刘婷", and the piece's
  // source, "本文来源：江城晚报　作者：王磊" (not a stamp's "来源：新华社" over the story).
  /^(?:责任编辑|責任編輯|责编|責編)\s*[：:]\s*\S.{0,30}$|^(?:本文来源|本文來源|文章来源|文章來源)\s*[：:].{1,80}$/u,
  // A nonprofit newsroom's offer to republish, which follows its story: "Republish this story",
  // "Republish our articles for free, online or in print, under a Creative Commons license."
  /^republish (?:this (?:story|article)|our (?:articles|stories))\b.{0,200}$/i,
  // A Japanese page's card of the writer and its readers' reactions under the story: "この記事を書いた人"
  // (who wrote this article), "筆者プロフィール", "この記事への反応" (reactions to this article).
  /^(?:この記事を書いた(?:人|記者)|この記事の(?:筆者|執筆者|著者)|(?:筆者|記者|著者)(?:プロフィール|紹介)|この記事への(?:反応|コメント))$/u,
  // A printed page's foot: "This article was printed from the Example Packet website.", the
  // publisher's "Registered office: …".
  /^this (?:article|story|page) (?:was )?printed from\b.{0,120}$/i,
  /^registered (?:office|address)\s*:.{0,160}$/i,
  // A Nordic site's foot, which names the editor answerable under the press law and the press's code
  // it follows: "Ansvarlig redaktør: Kari Roe", "Ansvarig utgivare: …", "Example arbeider etter Vær
  // Varsom-plakatens regler for god presseskikk."
  /^(?:ansvarlig redaktør|ansvarshavende redaktør|ansvarig utgivare|vastaava päätoimittaja)\s*:.{0,80}$/iu,
  /^\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3} arbeider etter vær varsom-plakatens regler for god presseskikk\b.{0,200}$/iu,
  // A paywall's cut: what follows is its offer, not the story ("Subscribe to continue reading", Le
  // Monde's "Il vous reste 68.42% de cet article à lire.").
  /^(?:subscribe|sign up|log ?in|sign in|register)(?: now| today)? to (?:continue reading|keep reading|read (?:the )?(?:full|whole|rest of the) (?:article|story))\b.{0,80}$/i,
  /^(?:the rest of this (?:article|story) is|this (?:article|story|content) is) (?:only )?(?:available |reserved |exclusive )?(?:for|to) (?:subscribers|members|premium members)(?: only)?\b.{0,80}$/i,
  /^il vous reste \d{1,3}(?:[.,]\d{1,2})?\s?% de cet article à lire\b.{0,80}$|^(?:la suite est réservée aux abonnés|cet article est réservé aux abonnés)\b.{0,60}$/iu,
  // (German sites' cut: "Sie möchten weiterlesen?" / "Lesen Sie jetzt weiter mit Example+: …".)
  // (Perhaps after the offer's logo: "K+ Weiterlesen mit Example+".)
  /^(?:\p{L}{1,2}\+\s+)?(?:sie möchten weiterlesen\??|lesen sie jetzt weiter mit\b.{0,100}|weiterlesen mit [\p{L}+ ]{2,30}\b.{0,80})$/iu,
  /^(?:dieser (?:artikel|beitrag) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnent:innen|abonnierende)|este (?:contenido|artículo) es (?:exclusivo|solo) para (?:suscriptores|abonados)|este (?:conteúdo|artigo) é (?:exclusivo|reservado) (?:para|a) assinantes|questo articolo è riservato agli abbonati)\b.{0,60}$/iu,
  // A request for feedback after the piece: "Found a mistake in this article?", "Was this article helpful?".
  /^(?:found|spotted|see) (?:a|an) (?:mistake|error|typo)(?: in (?:this|the|our) (?:article|story|report))?\?(?:\s.{0,60})?$/i,
  // (Or of an operator's notice, a guide, an answer: "Was this update helpful?", "Did you find this page useful?".)
  /^(?:was|is) this (?:article|story|page|information) (?:helpful|useful)\??.{0,40}$/i,
  /^(?:(?:was|is) this|did you find this) (?:article|story|page|information|update|post|notice|announcement|guide|answer) (?:helpful|useful)\?$/i,
  /^¿?(?:te )?(?:resultó|ha resultado|fue) útil (?:este|esta) (?:artículo|noticia)\??$/iu,
  /^(?:war|ist) dieser (?:artikel|beitrag) hilfreich\??$|^(?:questo articolo ti è stato utile|este artigo foi útil|was dit artikel nuttig)\s*\??$/iu,
  /^about the authors?\b/i,
  // (Or over another kind of contributor's note, as a label alone: "About the expert", "About our guest".)
  /^about (?:the|our|this) (?:writers?|experts?|contributors?|columnists?|reporters?|guests?|speakers?|panelists?|interviewees?|researchers?|essayists?|poets?)\s*:?$/i,
  // A wire story's credits, two or more: "Reporting by Jane Roe; Writing by John Doe; Editing by Ann
  // Lee" (the reporters are read from it as the authors: see signoff.ts).
  /^\(?(?:(?:additional )?reporting|writing|editing|compiled|graphics|production) by\s[^;()]{2,120}(?:;\s*(?:(?:additional )?reporting|writing|editing|compiled|graphics|production) by(?:\s[^;()]{2,120})?)+\)?\.?$/iu,
  // A science site's references under the story, as syndicated research news prints them: "More
  // information: Jane Roe et al, Title, Journal (2024). DOI: 10.…", "Citation: Title (2024, March 4)
  // retrieved 6 March 2024 from https://…", "Journal information: Nature".
  /^more information\s*:.{0,400}\b(?:doi\b|et al\b|\(\d{4}\))/i,
  /^citation\s*:.{0,300}\bretrieved\b.{0,40}\bfrom\b/i,
  // (Or the paper's reference on one line under its label: "Reference: Roe J, et al. Title. J Vet
  // Res. 2025;14(3):211-220.", "Study: … doi:10.…": a DOI or a volume's year and pages; authors alone,
  // "Source: Roe et al. (2023)", label a chart's source inside a story.)
  /^(?:(?:journal |paper )?references?|study|paper|source|citation)\s*:\s.{0,400}(?:\bdoi\s?:?\s?10\.\d|\b(?:19|20)\d\d\s?;\s?\d+(?:\s?\(\d+\))?\s?:\s?\d)/i,
  /^journal information\s*:/i,
  // A rights line in the archive's other languages, without a year: "«Коммерсантъ». Все права
  // защищены.", "Todos los derechos reservados", "© Diário do Tejo | Todos os direitos reservados".
  /(?:^|[\s.|»"”])(?:todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|все права защищены|alle rechten voorbehouden|wszelkie prawa zastrzeżone|tüm hakları saklıdır|hak cipta dilindungi(?: undang-undang)?|alla rättigheter förbehållna|alle rettigheder forbeholdes|riproduzione riservata)\.?$/iu,
  /^(?:join|start) the conversation\b/i,
  // (With a wiki's edit link, "[edit]", or its empty place on Fandom, "References[]".)
  /^(?:references|notes|footnotes|see also|external links|further reading|bibliography|sources|citations)(?:\s*\[(?:edit)?\])?$/i,
  // The same headings at the foot of a wiki in other languages, with or without the edit link
  // ("Voir aussi[modifier | modifier le code]", "Einzelnachweise[Bearbeiten | Quelltext bearbeiten]").
  /^(?:notes et références|références|voir aussi|articles connexes|liens externes|einzelnachweise|siehe auch|weblinks|referencias|véase también|enlaces externos|примечания|см\. также|ссылки)(?:\s*\[[^\]]{1,40}\])?$/iu,
  /^retrieved from\b/i,
  WIKI_LICENCE, // at a wiki's foot: what follows is the site's
  /^footer (?:links|navigation)\b/i,
  // A site's foot: its rights line, its theme's credit, an account form's heading.
  /^(?:[^.!?]{0,80}\.\s*)?all rights reserved\b/i,
  /^(?:theme|wordpress theme)\s*:?\s.{1,60}\bby\b.{1,60}$|^(?:proudly )?powered by wordpress\b/i,
  /^(?:reset (?:your )?password|forgot (?:your )?password\??|lost your password\??)$/i,
  // The page's own notices: "Report an error", "You are now being redirected to …", a form's
  // "This site is protected by reCAPTCHA …".
  /^report (?:an? )?(?:errors?|typos?|mistakes?|problems?)(?: or (?:an? )?(?:errors?|typos?|mistakes?|problems?))?$/i,
  /^you are (?:now )?being redirected\b/i,
  /^this site is protected by recaptcha\b/i,
  // A press release's contact block under the story: "Contact:", "Media Contact:", "Contact Details:",
  // or with the contact run on ("Media contact: Jane Roe, 555-0100"), its notes to editors, in the
  // languages releases are sent in ("Pressekontakt:", "Contact presse :", "Contacto de prensa:").
  /^(?:media |press |investor )?contact(?: details| information| us)?:$/i,
  /^(?:media|press|investor) (?:contacts?|enquiries|inquiries)\s*:/i,
  /^(?:notes? (?:to|for) editors?|editors?[’']? notes?)\s*:?$/i,
  // (Or without its colon, a heading of its own: "Media enquiries"; and a research release's
  // reference to the paper, under its heading: "Reference" / "Jane Roe et al. (2025) …".)
  /^(?:(?:media|press) (?:contacts?|enquiries|inquiries)|(?:journal |paper )?references?)$/i,
  // The page's attachments under the story, under their heading: "Attachments:", "Załączniki:".
  /^(?:attachments?|downloads?|related documents|załączniki|anhänge|pièces jointes|adjuntos|documentos adjuntos|allegati|bijlagen|přílohy|prílohy|priloge|prilozi|liitteet|bilagor|vedlegg)\s*:?$/iu,
  // A review site's note on its method under the review: "How we test" / "Every pair we review is …"
  // (where the review goes on under it, it is the review's own heading: see storyLines).
  METHOD_HEADING,
  /^(?:pressekontakt|medienkontakt|kontakt für medien|contacts? (?:presse|médias?)|contacto(?:s)? (?:de prensa|para (?:los )?medios)|contato(?:s)? (?:para (?:a )?imprensa|de imprensa)|contatti (?:stampa|per la stampa)|perscontact|mediakontakt|kontakt för media|kontakt dla mediów|mediakontakti)\s*:/iu,
  // A share panel's counter under the story: "This has been shared 0 times".
  /^this (?:(?:article|story|post|page) )?has been shared [\d,]+ times?$/i,
  // A blog's sharing block under the post (WordPress's "Share this:" and "Like this:"), its buttons'
  // names run in: "TwitterFacebookLike this:".
  /^(?:(?:twitter|facebook|email|e-mail|print|reddit|linkedin|pinterest|tumblr|pocket|whatsapp|telegram|more)\s*)*(?:share this|like this):$/i,
  // The story's closing credit to the reporters it drew on: "With files from The Canadian Press",
  // "— With files from Jane Roe", "With a report from Jane Roe", "Additional reporting by Jane Roe
  // in Lausanne".
  /^(?:[-—–]+\s*)?(?:with (?:additional )?(?:files|reporting) from|with (?:a )?reports? from|additional reporting by)\s\S.{0,150}$/i,
  // Where the story first ran: "This report by The Canadian Press was first published Jan. 28, 2022."
  /^(?:[-—–]+\s*)?this (?:article|piece|story|column|report)\b.{0,60}?\b(?:was|has been) (?:originally|first) (?:published|appeared)\b/i,
  // A syndicated wire story's notice, as papers that run agency copy unedited print it: "(Only the
  // headline and picture of this report may have been reworked by … staff; the rest of the content
  // is auto-generated from a syndicated feed.)", "(Except for the headline, this story has not been
  // edited by … staff …)", "This report is auto-generated from PTI news service."
  /^\(?(?:only the headline(?: and (?:the )?pictures?)? of this (?:report|story|article) (?:may have been|has been|was) (?:reworked|edited|changed)|except for the headline, this (?:story|report|article) has not been edited|this (?:report|story|article) is auto-generated from)\b/i,
].map(greekCaps);
// A comments heading ends a story too, but share bars at its top carry the same word: it counts
// only once the story has run for a while (see story.ts).
// (Also a blog's, with the post's title: "3 thoughts on “Jane Roe's Last Case”", "One response to
// “…”"; and its links to the posts before and after this one, "Post navigation".)
// A comment section's head, with its count, in any of the archive's languages: "Comments (14)",
// "0 commentaires", "38 Kommentare", "Комментарии (5)", "Yorumlar (2)"; or its notice that none is
// there yet: "Aucun commentaire pour le moment. Soyez le premier …", "No comments yet".
const COMMENT_WORD = String.raw`(?:comments?|commentaires?|kommentare?|comentarios?|comentários?|commenti|commento|reacties|reactie|komentarze?|komentarzy|yorumlar?|komentar|komen|комментари(?:и|ев|й|я)|коментар(?:і|ів|ях)|opmerkingen|σχόλια|hozzászólások|kommentek|komentáře|komentáre|komentárov|komentari|komentara|komentarji|коментари|коментара|kommentaarid|komentarai|komentāri|comentarii|kommentit|kommentarer|comentaris|bình luận|ý kiến|תגובות|التعليقات|تعليقات|コメント|评论|댓글|ความคิดเห็น|maoni|diskuse|diskuze|diskusia|diskusie)`;
// (The Russian word alone may head a story's part, "Комментарии" over what observers said: it needs
// its count.)
// ("Postings", as an Austrian forum counts its comments, only with the count: "187 Postings".)
// (Polish sites count their readers' "opinions": "Opinie (187)"; the word alone is a section's name.)
const COMMENT_COUNT = greekCaps(new RegExp(String.raw`^\d+ (?:${COMMENT_WORD}|postings?)$|^opinie \(\d+\)$|^${COMMENT_WORD}(?: (?:\(\d+\)|\d+)| ?[-–:] ?\d+)$|^(?!комм|комент|disku)${COMMENT_WORD}$`, "iu"));
// ... or its link to them: "Voir les commentaires", "Leggi tutti i commenti", "Jetzt kommentieren".
const SEE_COMMENTS = /^(?:(?:voir|afficher|lire) (?:les |tous les )?commentaires|(?:leggi|vedi|mostra) (?:tutti )?i commenti|(?:jetzt )?kommentieren|(?:alle )?kommentare (?:anzeigen|lesen)|(?:ver|leer|mostrar) (?:los |todos los )?comentarios|(?:ver|ler|mostrar) (?:os |todos os )?comentários|(?:показать|читать|все) комментари\p{L}*|(?:bekijk|lees) (?:alle )?reacties)$/iu;
// (The Russian words alone, perhaps with a call to be the first: a \b sees no Cyrillic letter, and a
// sentence may open so, "Нет комментариев от владельцев рынка пока не поступало.")
const NO_COMMENTS = /^(?:no comments(?: yet)?|be the first to comment|aucun commentaire|noch keine kommentare|(?:aún |todavía )?no hay comentarios|sin comentarios|nessun commento|nenhum comentário)\b.{0,80}$|^(?:комментариев (?:пока )?нет|нет комментариев|пока нет комментариев)[.!]?(?:\s+будьте перв\p{L}*.{0,40})?$/iu;
// (An obituary's guest book is its comments: "Guest Book" / "Sign the guest book".)
// (Or the heading of the comments' rules: "Comments: Our rules", "Comment policy".)
const COMMENTS = /^(?:\d+ )?comments?$|^(?:promoted|featured|top|best|highlighted|selected|recommended|most (?:liked|recommended|popular)|reader['’]?s?['’]? picks?) comments$|^(?:sign (?:the|our) )?guest ?book$|^comments?\s*(?:[:|–-]\s*(?:our |the )?(?:rules|policy|guidelines)|policy|guidelines)$|^(?:readers?|users?|visitors?)(?:['’]s|s['’])? comments?(?: \(\d+\)| \d+)?$|^(?:show|view|read) (?:all )?comments\b|^(?:post|leave|add|write) a comment\b|^notify me of (?:new|follow-up) (?:comments|posts)\b|^(?:\d+|one|two|three|four|five) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) ["“‘«]|^post navigation$|^discussion about this (?:post|article|story)$|^navigation des articles$|^beitragsnavigation$|^navegación de entradas$/iu;

// A call to leave a comment, in the archive's languages, perhaps after a call to log in first:
// "Yorum yapın", "Laisser un commentaire", "Щоб залишити коментар, увійдіть в акаунт.", "Увійдіть, щоб
// залишити коментар", "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น".
const LEAVE_COMMENT = /^(?:(?:увійдіть|войдите|please (?:log|sign) in|inicia sesión|connectez-vous|กรุณาเข้าสู่ระบบ)[,\s]*(?:щоб|чтобы|to|para|pour|เพื่อ)?\s*)?(?:yorum (?:yapın|yaz(?:ın)?)|แสดงความคิดเห็น|(?:laisser|écrire|ajouter) un commentaire|(?:deja|escribe|deje) (?:un|tu) comentario|(?:deixe|escreva|deixar) (?:um|seu) comentário|(?:lascia|scrivi) un commento|(?:einen )?kommentar (?:schreiben|verfassen)|schreiben sie einen kommentar|(?:чтобы )?оставить комментарий|(?:щоб )?залишити коментар|napisz komentarz|dodaj komentarz|dodaj opinię|skriv en kommentar|schrijf een reactie|plaats een reactie|tinggalkan komentar|tulis komentar|tinggalkan komen|(?:sila )?log masuk untuk (?:memberi|menulis) komen)(?=$|[\s,.:!])/iu;

export function isCommentsMarker(line: string): boolean {
  // (Blogger's heading closes with a colon: "3 comments:".)
  const t = dotlessCapitals(line.trim()).replace(/(?<=\p{L}):$/u, "");
  return COMMENTS.test(t) || (t.length <= 80 && LEAVE_COMMENT.test(t)) || (t.length <= 40 && (COMMENT_COUNT.test(t) || SEE_COMMENTS.test(t))) || (t.length <= 120 && NO_COMMENTS.test(t));
}

// A rights line with its year, however long its terms of reuse run ("Copyright 2013 Jane Roe, … All
// Rights Reserved. Please copy and share this article as long as …").
const COPYRIGHT_YEAR = /^(?:©|copyright\b).{0,10}\b(?:1[89]|20)\d\d\b/i;

// A news group's footer heading over its outlet's menus: "Explore Yukon News", "Explore Langley
// Advance Times" (two words or more: "Explore Lisbon" may head a part of a travel story).
const EXPLORE_OUTLET = /^Explore (?:\p{Lu}[\p{L}.&'’-]*)(?: \p{Lu}[\p{L}.&'’-]*){1,4}$/u;

// How to reach the reporter, which closes a newspaper's story: "To reach Jane Roe, call 555-0100 or
// write to …", "Pour joindre Jane Roe, composez le …" (what a scraper ran onto it goes with it).
// (Case-sensitive: "To reach the old pier, walk …" names no one.)
const REPORTER_CONTACT = /^(?:To reach|Pour joindre|Para contactar (?:a|con)) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:call|phone|dial|write|e-?mail|email|composez|appelez|téléphonez|écrivez|llame|escriba)\b/u;

// The newsroom's call for its readers' stories, which closes a local outlet's story and stands over its
// lists of other stories and its travel and weather: "Have you got a story? Email us at …", "Got a news
// tip? Message us on WhatsApp …" (to "us": a question in the story asks no one to write).
const STORY_CALL = /^(?:do you |have you )?(?:have|got) (?:a |any )?(?:stor(?:y|ies)(?: to tell(?: us)?)?|news tips?|story ideas?)\?\s+(?:send|e-?mail|write|contact|tell|drop|reach|message|text|call|let|whatsapp)\b[^.!?]{0,40}\bus\b.{0,160}$/i;

/** A release's label over its date or its status: "PRESS RELEASE", "Media release", "Communiqué de presse". */
export const RELEASE_LABEL = /^(?:(?:press|news|media) release|pressemitteilung|medienmitteilung|communiqué de presse|comunicado de prensa|comunicato stampa|persbericht|nota de imprensa|comunicado de imprensa|pressmeddelande|pressemelding|pressemeddelelse|tiedote|komunikat prasowy|tisková zpráva)$/iu;

/** A press release's status line over its headline: "FOR IMMEDIATE RELEASE", "Embargoed until 00:01 GMT
 *  …", "Pour diffusion immédiate", "Zur sofortigen Veröffentlichung": no section, no headline. */
export const RELEASE_STATUS = /^(?:for immediate release|(?:embargoed|under embargo)(?:\s*(?:until|till|to|for|:)\b.{0,60}|:.{0,60})?|pour (?:diffusion|publication) immédiate|para (?:difusión|publicación|divulgação|publicação) (?:inmediata|imediata)|per (?:diffusione|pubblicazione) immediata|zur (?:sofortigen )?veröffentlichung|sperrfrist(?::\s*|\s+bis\b|\s+\d).{0,60}|voor onmiddellijke (?:publicatie|vrijgave)|för omedelbar publicering)[.:]?$/iu;

// The mark a press release or wire copy sets under its last paragraph: "-30-", "###", "- ends -",
// "ENDS", "– FIN –", "- Ende -". (A bare word only in capitals: "Fine." may be a sentence.)
const RELEASE_END = /^(?:[-–—]\s*30\s*[-–—]|#(?:\s*#){2}|[-–—]+\s*(?:ends?|fin|fine|ende|slutt?|konec|koniec|loppu|конец)\s*[-–—]+)$/iu;
// ... or the agency's letters between dashes, as a government agency closes its releases: "-NPS-", "–DEP–".
const AGENCY_END = /^[-–—]\p{Lu}{2,6}[-–—]$/u;
const RELEASE_END_WORD = /^(?:ENDS|FIN|ENDE|KONIEC|KONEC|LOPPU|SLUT)$/u;

const RIGHTS_TERMS = /^all rights reserved\.\s.{0,400}\bmay not be (?:reproduced|published|copied|republished|redistributed)\b/i;

// (Or the site's prompt to follow it that Ouest-France and its kin run on after the question, which
// may run past END_MARKERS' length: "Cet article vous a été utile ? Sachez que vous pouvez suivre …".)
const ARTICLE_USEFUL = /^cet article vous a(?:-t-il)? été utile\s?\?.{0,320}$/iu;

export function isEndMarker(line: string): boolean {
  const t = dotlessCapitals(line.trim());
  if (t.length <= 400 && ARTICLE_USEFUL.test(t)) return true;
  if (t.length <= 200 && (END_MARKERS.some((re) => re.test(t)) || (t.startsWith("Explore ") && EXPLORE_OUTLET.test(t)))) return true;
  if (t.length <= 400 && REPORTER_CONTACT.test(t)) return true;
  if (t.length <= 250 && STORY_CALL.test(t)) return true;
  if (t.length <= 12 && (RELEASE_END.test(t) || RELEASE_END_WORD.test(t) || AGENCY_END.test(t))) return true;
  if (t.length <= 600 && COPYRIGHT_YEAR.test(t)) return true;
  // A rights notice with its terms of reuse run on: "All rights reserved. This material … may not be
  // reproduced, published, broadcast, rewritten or redistributed …".
  if (t.length <= 600 && RIGHTS_TERMS.test(t)) return true;
  // A capitalised heading run into what follows it: "JOIN THE CONVERSATION Q:Anyone can read ...".
  const heading = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})+(?=\s|$)/u.exec(t)?.[0];
  return heading !== undefined && heading !== t && END_MARKERS.some((re) => re.test(heading));
}

// A credit closing a caption, after its last sentence: "(Jane Roe/Example News)", a name in capitals
// "(Canadian Press)", "(Submitted by Jane Roe)", "(Example Times files)"; or a photographer's credit run on after it,
// "… in 1975. Photograph: Getty Images".
// (A web address in brackets is no credit: "… regardless of ability to pay. (http://www.example.org/)".)
const CREDIT_AFTER_SENTENCE = /[.!?"”’]\s*\(\(?(?:\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}: \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}|(?!\s*(?:https?:|www\.))[^()/]{2,40}\/[^()]{2,60}|\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|and|the|de|du|la|for))*|[^().!?]{0,40}\b(?:[Ff]iles?|[Hh]andout|[Ss]ubmitted|[Cc]ourtesy|[Pp]hoto|[Ss]creenshot)\b[^().!?]{0,30})\)\)?$/u;
// (Or the outlet and its photographer after a colon, as Australian broadcasters credit: "… (Example
// News: Jane Roe)".)
// (Or its credit alone: "… seen at left. Credit: NASA/JPL-Caltech", "… Image credit: Jane Roe".)
// (In the archive's other languages too: "… entstehen. Foto: BTD", "… à Liège. Photo : Belga", "…
// в центре. Фото: ТАСС", "… Foto: © Forstinspektorat Meran".)
// (The credit may close with a stop of its own, "… Foto: Jane Roe / La Voz.", or, set in capitals,
// follow the caption with none before it: "… reduziram a rega FOTO: LUÍS FORRA/LUSA".)
// (Or after a slash, as New Zealand papers set it: "… since March. Photo / Jane Roe"; or the
// copyright sign alone: "… in April 2018. Photo © Jane Roe / Example Alliance".)
// (A magazine's shoot credits more than the photographer after it: "Photo: Jane Roe for Example.
// Styling: John Doe.")
const PHOTOGRAPHER = greekCaps(/[.!?"”’]\s*(?:[-–—]\s*)?(?:(?:photograph|photo|picture|pic|image|mynd|billede|bilde|illustration|composite|foto|bild|фото|imagen|immagine|ảnh|fotó|kuva|zdjęcie|fotoğraf|φωτογραφία|fotografia|сурет)s?(?: by| von| de| di)?|(?:(?:photo|image|picture) )?credits?|crédit photo)\s*(?:[:/]\s*(?:© ?)?|©\s?)[\p{Lu}][^.!?]{1,60}(?:\.\s+(?:styling|stylist|hair|make-?up|hair and make-?up|grooming|art direction|set design|production)\s*:\s*\p{Lu}[^.!?]{1,60})*\.?$/iu);
// ... or by a magazine's words, with no colon: "… six students this year. Photograph by Jane Roe for
// The Example Review", "… at dawn. Photo by Jane Roe".
// (Or by the writer, "… Photo by the author.", or with the photographer's employer after a comma or
// a slash, "… Photo by Jane Roe, University Photo Services.", "… Photo by Jane Roe/Example Zoo.")
const PHOTOGRAPHER_FOR = /[.!?"”’]\s+(?:Photograph|Photo|Picture|Image|Illustration)s? by (?:the (?:author|writer|reporter)|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}(?: (?:for|of) (?:the )?\p{Lu}[^.!?]{1,60}|, \p{Lu}[^.!?]{1,60}|\/\p{Lu}[^.!?/]{1,60})?)\.?$/u;
// A caption that says when its picture was taken, one sentence: "The maternity wing at Example
// Regional, photographed in 2018.", "… pictured in March 2020."
const TAKEN_HINT = /photographed|pictured|seen here|shown here/u;
const TAKEN_IN = /^\p{Lu}[^.!?"“”]{10,160}, (?:photographed|pictured|seen here|shown here) (?:in|on|at|during) [^.!?]{3,40}\.$/u;
// ... or by the kind of photo alone: "… during her sentencing on Monday. Pool photo", "… in 2019. File photo".
const PHOTO_AT_END = /(?:photo|image|picture)\.?$/u;
// A kind of photo or its owner after the caption's last sentence: "… on Tuesday. Staff photo",
// "… two new marked crosswalks. City of Bellingham photo.", "U.S. Army photo."
// (Not a sentence about a photo: "See the photo.", "The Pulitzer Prize-winning photo.")
const OWNER_PHOTO = /[.!?"”’]\s+(?!(?:The|A|An|This|That|These|Those|See|Our|His|Her|Their|Its|My|Your)\s)\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of(?: the)?|and)){0,5}\s+(?:photo|image|picture)\.?$/u;
// ... or by the archive's word alone after its stop, as papers mark a file picture, the space lost
// perhaps: "Cosecha de uva en una finca del Valle de Uco, en Mendoza. Archivo", "… Mendoza.Archivo".
const ARCHIVE_AFTER_SENTENCE = /[\p{Ll}\p{N})][.!?]["”’»]?\s?(?:Archivo|Archive|Archives|Archivio|Arquivo|Archief|Archiv|Archiwum|Arkiv|Arkisto|FILE|ARCHIVO|ARCHIVE)$/u;
// ... or by the photographer's name after its stop and a bar, as Spanish regional papers credit it:
// "Embarcaciones amarradas en el puerto. | Jane Roe" (a headline ends on no stop before a bar).
const NAME_AFTER_BAR = /[\p{Ll}\p{N})][.!?]["”’»]?\s\|\s(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3})$/u;
/** (A person's name: a title tag ends so with its outlet, "… in Laval, Que. | Example News".) */
function nameAfterBar(t: string): boolean {
  const m = NAME_AFTER_BAR.exec(t);
  return m !== null && isPersonName(m[1]!) && !isOutlet(m[1]!);
}
// ... or by the Polish abbreviation, with no colon: "… na pętli przy ulicy Witosa. Fot. Katarzyna Wiśniewska".
// (Or "by" and the name with no colon: "… near Kandapola on Tuesday. Pic by Jane Roe".)
const PHOTO_BY_AFTER_SENTENCE = /[.!?"”’]\s+(?:[Pp]hotos?|[Pp]ictures?|[Pp]ics?|[Ii]mages?|[Pp]hotographs?) by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
const PHOTOGRAPHER_ABBREVIATED = /[.!?"”’]\s+(?:Fot|Phot)\.\s+\p{Lu}[^.!?]{1,60}$/u;
// ... or the Lithuanian credit after its source: "… prie Klaipėdos krantinės. Asmeninio archyvo nuotr.",
// "… Jono Petraičio nuotr.", or before it, "… Nuotr. Jonas Petraitis".
const PHOTOGRAPHER_LITHUANIAN = /[.!?"”’]\s+(?:(?:\p{Lu}[\p{L}-]*|\p{Ll}+)\s){0,3}\p{L}+ nuotr\.$|[.!?"”’]\s+Nuotr\.\s+\p{Lu}[^.!?]{1,60}$/u;
// (PHOTOGRAPHER's i flag lets its \p{Lu} match a small letter too: the credit's name after the colon
// must be capitalised, "… Image: a council divided …" is a sentence.)
// (The outlet may be in quotation marks: "Фото: Jane Roe / «Example Observer»".)
const CREDIT_NAMED = /(?:[:/]\s*(?:© ?)?|©\s?)[«"“„]?\p{Lu}[^:/]*$/u;
// ... or by whose courtesy, after the caption's stop: "… in Rocky Mount, N.C. Photo courtesy of Example Crate & Pallet."
// (Case-blind only in its words: with the flag, \p{Lu} would take small letters too, "… courtesy of a neighbour led …".)
const COURTESY_AFTER_SENTENCE = /[.!?]["”’]?\s+(?:[Pp]hotos?|[Pp]ictures?|[Ii]mages?|[Pp]hotograph|PHOTOS?) (?:courtesy|COURTESY)(?: of| OF)? \p{Lu}[^.!?]{1,60}\.?$/u;
const PHOTOGRAPHER_IN_CAPITALS = needing(["FOTO", "PHOTO", "PIC", "BILD", "FOTÓ", "ФОТО"], /[\p{Ll}\p{N}]\s+(?:FOTO|PHOTO|PICS?|PICTURE|BILD|FOTÓ|ФОТО)\s*:\s*(?:© ?)?\p{Lu}[^.!?]{1,60}\.?$/u);
// A caption closed by its holder's copyright sign, "… bij het station van Breda. © Archief BN DeStem",
// (after a dash perhaps: "… un parcours de santé. - © Ville de Charleroi"),
// (or with no stop before the sign: "… on the Market Place in Richmond © SWpix / Example Tour"),
// or by an Italian site's reserve, "Il ponte delle Grazie a Faenza (foto d'archivio) - RIPRODUZIONE RISERVATA".
const COPYRIGHT_CREDIT = needing(["©", "RIPRODUZIONE RISERVATA"], /[.!?"”’)]\s*(?:[-–—]\s*)?©\s*\p{Lu}[^.!?©]{1,60}$|\s[-–]\s*RIPRODUZIONE RISERVATA$|^\p{Lu}[^.!?©]{15,200}\p{L}\s+©\s?(?!.*\b(?:1[89]|20)\d\d\b)\p{Lu}[^.!?©]{1,60}$/u);
// A caption under its label: "Legenda: Motoristas enfrentaram …", "Bildunterschrift: …", "Légende : …",
// "Pie de foto: …", "Didascalia: …"; "Pictured: King Street, St Helier." when a full stop ends it (a
// tabloid's headline opens so too, "Pictured: Is this the smallest house in Britain?", "… (and it's huge)").
// ... or a chart's, numbered as a research note numbers them: "Chart 1: Core inflation measures, year-over-year
// % change. Source: …", "Figure 2 – …", "Grafik 3: …".
const CHART_LABEL = /^(?:[Cc]hart|[Ff]igure|[Ff]ig\.|[Gg]raph|[Gg]rafik|[Gg]ráfico|[Gg]raphique|[Gg]rafico|[Gg]rafiek|[Ww]ykres|CHART|FIGURE)\s?\d{1,2}[a-z]?\s?[:.–—-]\s+\p{Lu}/u;
const PICTURED = /^pictured(?: (?:above|below|left|right|top|main))?\s?:\s*\S.{2,300}[^.!?)]\.$/iu;
const CAPTION_LABEL = /^(?:legenda|bildunterschrift|légende|pie de foto|didascalia|(?:image|photo|picture|video) caption|caption|подпись|screenshot|screen shot|screengrab|captura de pantalla|capture d.écran|bildschirmfoto|schermata)\s?[:,]\s*\S/iu;
// A picture agency's name in brackets closing a caption that ends no sentence: "Un distributore di
// carburante a Roma (ANSA)", "Der Bahnhof am Morgen (dpa)".
const AGENCY_IN_BRACKETS = /[\p{L}\p{N}]\s\((?:ANSA|EFE|dpa|AFP|AP|Reuters|EPA|Keystone|Belga|ANP|PAP|TASS|ТАСС|РИА Новости|Lusa|Xinhua|Getty Images|Imago|picture alliance)(?:\/[^()]{2,40})?\)$/u;
// ... or in brackets after what it shows, in any of the archive's languages: "… in piazza Amedeo (foto
// Ansa)", "Vista aérea de … (Foto: Agencia Uno)", "… at dusk (Photo: Jane Roe/Example)".
// (In square brackets too, "… on January 15, 2025. [PHOTO: Jane Roe, Example Mirror]"; or a file
// photo's mark alone, "(File photo)", "(foto d'archivio)", "(Archivfoto)"; in Arabic, Persian, Hebrew,
// Korean and Japanese after a colon or an equals sign, "… لموسم الشتاء (تصوير: Jane Roe)", "(사진=…)".)
const PHOTO_CREDIT_IN_BRACKETS = greekCaps(/(?:\((?:photo|photograph|picture|image|foto|fotoğraf|fotografia|fotografie|fotó|kuva|φωτογραφία|φωτο|bild|фото|imagen|immagine|crédit photo)s?\s*(?::\s*|\s)[^()]{2,60}\)|\((?:[Kk]uha ni|[Ll]arawan ni) [^()]{2,60}\)|\((?:تصوير|صورة|الصورة|عدسة|عکس|צילום|사진|写真|ภาพ|फोटो|फ़ोटो|तस्वीर)\s*[:：=]\s*[^()]{2,60}\)|\[(?:photo|photograph|picture|image|foto|bild|фото|imagen|immagine)s?\s*(?::\s*|\s)[^[\]]{2,60}\]|\((?:file (?:photo|image|pic|picture)|archive (?:photo|image)|representational (?:image|photo)|representative (?:image|photo)|photo for representation|photo d'archives?|foto d'archivio|foto de archivo|foto de arquivo|archivfoto|archivbild|архивное фото)\))\.?$/iu);
// A labelled credit after a dash, as Brazil's portals close a caption: "… na manhã desta segunda-feira
// (21) — Foto: Reprodução/TV Example", "… — Photo: Jane Roe".
const DASH_LABELLED_CREDIT = /\S\s[—–-]\s(?:Fotos?|Photos?|Imagem|Imagen|Image|Bild|Crédito|Credit)\s?:\s?\p{Lu}[^:]{1,80}$/u;
// A caption under its label, a sentence (not a name alone, which is the photo's credit): "Photo: An
// outreach worker speaks to a man sleeping rough in central Bristol." (Not "Photos: …", a gallery's link.)
// ("Pictured: …" heads a headline as often: "Pictured: Is this the smallest house in Britain?")
const LABELLED_CAPTION = /^(?:[Pp]hoto|PHOTO|[Pp]icture|[Ff]oto|FOTO)\s?:\s+\p{Lu}[^:]{0,40}\s\p{Ll}{2,}\s[^:]{5,250}\.$/u;
// A wire's file-photo credit after a dash: "… in the Shishper valley, Hunza. — AFP/File" (not "… —
// Reuters" alone, which may close a story's paragraph).
const DASH_WIRE_CREDIT = needing(["/File", "/Pool", "/Handout"], /[\p{L}\p{N}.!?"”’]\s+[—–-]\s*(?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|Anadolu|Bloomberg|Getty Images|APP|PPI|INP|PTI|ANI|IANS)\/(?:File|Files|Pool|Handout|File Photo)$/u);
// ... or after a comma, as magazines credit: "… at the time. Photo, Example County Police." (the
// holder's name in capitals: "Photos, videos and notes were seized." is a sentence).
const PHOTO_COMMA = /[.!?"”’]\s*(?:Photo|Photograph|Picture|Image|Illustration)s?, \p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|of|and|the|for|de))*\.?$/u;
// A caption that opens with what it shows: "(Screenshot: YouTube) Jane Roe gives …".
// (A photo viewer's buttons may come first: "Expand | Collapse (Photo: Example/Jane Roe) …".)
const CREDIT_FIRST = /^(?:(?:expand|collapse|enlarge|close|view)\s?\|?\s?){0,3}\((?:screenshot|photo|image|video|file photo)\b[^()]{0,60}\)\s/iu;
// ... or the credit in brackets with its label, then the caption's one sentence: "(Foto Ti-Press/Jane
// Roe) Un treno all'uscita della galleria."
const BRACKETED_CREDIT_FIRST = /^\((?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Bb]ild|[Ii]mmagine|[Ii]mage|[Ff]otó)s?:?\s[^()]{2,60}\)\s\p{Lu}[^.!?()]{5,200}[.!?]?$/u;
// A caption whose last sentence credits its pictures: "… in 2015. Their photos via Facebook."
const CREDIT_SENTENCE = /[.!?"”’]\s+(?:[^.!?]{0,40}\s)?(?:photo|photograph|image|picture)s?\s(?:courtesy of|via|by|from)\s\p{Lu}[^.!?]{1,40}\.?$/u;

// "(Jane Roe/CP24)", "(AP Photo/Jane Roe)": a name, a slash, an outlet (not a web address).
const SLASH_CREDIT = /\( ?\p{Lu}[^()/:,]{1,39}\/[^()]{2,60}\)\.?$/u;

// A picture agency's credit after the caption's last sentence: "… did not say this. Jane Roe/Getty Images".
const AGENCY_AFTER_SENTENCE = /[.!?"”’]\s+(?:[\p{L}.&'’-]+[\s/]+){0,6}(?:Getty Images|Shutterstock|AP Photos?|Alamy)$/u;
// ... a wire's, its name in capitals with the photographer's after a slash, a file photo's mark
// after them: "… on Tuesday. REUTERS/Jane Roe/File Photo"; or the caption opens as a file photo's:
// "FILE PHOTO: A fishing boat is seen at the quay …".
const WIRE_PHOTO_CREDIT = /[.!?"”’]\s+(?:REUTERS|AFP|EPA(?:-EFE)?|AP|XINHUA|ANADOLU|BLOOMBERG)(?: PHOTO)?\/\p{Lu}[\p{L} .'’-]{1,60}(?:\/(?:File Photo|File|Pool|Handout))*\.?$/u;
// (In any case, and the archive photo's label in the archive's other languages: "File photo: Cocoa
// farmers drying beans …", "Foto de archivo: …", "Archivbild: …", "Photo d'archives : …".)
const FILE_PHOTO_FIRST = /^(?:FILE PHOTO|(?:[Ff]ile|[Aa]rchive|[Ss]tock|[Ll]ibrary) (?:[Pp]hoto|[Ii]mage|[Pp]icture)|[Ff]oto de arquivo|[Ff]oto de archivo|[Ii]magen de archivo|[Pp]hoto d['’]archives?|[Ff]oto d['’]archivio|[Aa]rchivfoto|[Aa]rchivbild|[Aa]rchieffoto|[Aa]rchiefbeeld|[Ff]oto ilustrasi|[Zz]djęcie ilustracyjne|[Ff]oto ilustracyjne)\s?:\s+\p{Lu}/u;

// Who stands where in a photo: "Jane Roe, left, and John Doe …", "Jane Roe, 44, second from right,
// …", "Jane Roe (left) and …". Prose names people without saying where they stand.
const PLACING = /\p{Lu}[\p{L}'’.-]+(?:,\s\d{1,3})?(?:,\s(?:(?:far|second from|third from)\s)?(?:left|right|centre|center),\s|\s\((?:(?:far|second from)\s)?(?:left|right|centre|center)\)\s)/u;

// A caption that points at its picture: "One of the weapons was a maul such as this one, used for
// …", "Jane Roe, seen here in 1932, …", "The letter, shown below, …" (set off by a comma: a story's
// "… adulation last seen here 31 years ago" points at no picture).
const POINTS_HERE = /\bsuch as this one\b|, (?:seen|shown|pictured) (?:here|above|below)(?![\p{L}\p{N}-])/iu;

/** (Plain substrings first: the pattern, unanchored, would be tried at every position of every line.) */
function pointsHere(t: string): boolean {
  return (t.includes(" this one") || t.includes(", seen ") || t.includes(", shown ") || t.includes(", pictured ")) && POINTS_HERE.test(t);
}

/** A caption that says who stands where, or points at its picture: one sentence, at most 45 words. */
function isPlacingCaption(t: string): boolean {
  if (!/[.!?]["”’]?$/u.test(t) || !/^["“‘]?\p{Lu}/u.test(t) || !(PLACING.test(t) || pointsHere(t))) return false;
  // One sentence: no stop followed by a space and a capital before the end.
  return !/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(t.slice(0, -1)) && t.split(/\s+/).length <= 45;
}

// A caption that says what its picture is: "A map of the gunman's route on Sept. 22, 2015."
// (One sentence: no full stop after a word of three small letters before its end; "Sept." may stand in it.)
// (Or a drawing of what is to be built: "Artist's impression of the bike lane on Esplanade Road".)
const PICTURE_OF = /^An? (?:map|chart|graphic|diagram|photo|photograph|screenshot|still|aerial view) (?:of|shows|showing)\b(?![^"“”]*\p{Ll}{3}[.!?]\s+\p{Lu})[^"“”!?]{3,160}\.$|^(?:An? )?(?:[Aa]rtist['’]s|[Aa]rchitect['’]s) (?:impression|rendering|render|drawing|sketch|concept)s? of\b(?![^"“”]*\b(?:shows?|showing|said|says|told|was|were|is|are|has|have|will|called)\b)[^"“”!?.]{3,140}\.?$/u;
// ... or a picture's or a video's title, which no stop ends: "A Facebook photo of Jane Roe",
// "Surveillance video shows the gunman walking past …", "Incredible footage of the tornado in …".
const PICTURE_TITLE = /^(?:(?:An?|The|New) )?(?:[\p{L}-]+ )?(?:photo|photograph|picture|image|video|footage|screenshot|still)s? (?:of|shows|showing|captures|appears to show)\b[^.!?]{3,160}$/u;

/** (A picture's title has no stop at its end; most paragraphs do, and skip its pattern.) */
function endsOnStop(t: string): boolean {
  const last = t[t.length - 1];
  return last === "." || last === "!" || last === "?";
}

/** A photo caption: a short text closed by a credit, "… sitting in. (Jane Roe/Example News)". */
// Chinese photo captions: a credit closing them ("…凯旋门。中新社记者 李洋 摄", "…示威者(图源：路透社)",
// a photo agency's name after the caption's stop, "…街头对峙。视觉中国", or a file photo's label,
// "…农村公路。（资料图片）", or whoever provided it, "…示意圖。（台中市捷運工程處提供）") or a
// file-photo label or "pictured is" opening them ("资料图：…",
// "图为…").
// (And a Japanese paper's, the photographer in brackets at its end: "…＝21日（佐藤亮太撮影）".)
// (And a Taiwanese paper's, in traditional characters: "…園區。（記者林俊宏攝）", or the name alone: "…結果。（鄧穎琳攝）".)
// (Or a Japanese paper's, its mark first and when and where after an equals sign: "(写真)クレーンで
// つり上げられる回向柱=30日午前、長野市".)
const HAN_CAPTION = /^(?:图为|圖為|图片为|圖片為)[^。！？]{2,120}。?(?:[(（][^()（）]{1,20}[)）])?$|[(（](?:资料图片|資料圖片|资料图|資料圖|新华社发|新華社發)[)）]$|^.{2,50}[(（][^()（）]{1,30}(?:提供|供图|供圖)[)）]$|^[(（](?:写真|画像|図)[)）]|[(（][^()（）]{1,20}撮影[)）]$|(?:记者|摄影|通讯员|記者|攝影|通訊員)\s?[\p{Script=Han}·]{2,4}(?:\s[\p{Script=Han}]{1,3})?\s?[摄攝][)）]?$|[(（][\p{Script=Han}·]{2,4}[摄攝][)）]$|[(（]图(?:源|片来源)?[：:][^()（）]{1,20}[)）]$|^(?:资料图|图片|图)[：:]|。\s?(?:视觉中国|东方IC|图虫创意|CFP|IC ?photo)$/u;

// A line that is all a bracketed name of a few words, no colon, no sentence: a picture's text as a dump
// shows it. (Not a note in brackets, "[Editor's note: …]", nor a footnote's number.)
const PICTURE_ALT = /^\[(?![\d\s]*\])[^\[\]:.!?…]{2,80}\]$/u;
// ... or a logo's, with the site's name after it: "[logo] Example Times", "[example-logo] Example",
// "[لوگو] …", "[로고] …".
// (The word whole, ending a hyphenated name or a name in camel case, "[ExampleLogo]": not "[Il
// dialogo …]", "[Вологодская …]", "[这标志着 …]".)
const LOGO_ALT = /^\[(?:[^\[\]]{0,40}(?:[\s_./-]|(?<=\p{Ll})(?=L)))?(?:[Ll]ogo|LOGO|لوگو|لوجو|شعار|로고|ロゴ|[Лл]оготип|[Лл]ого|ЛОГО)(?![\p{Ll}\p{N}])[^\[\]]{0,40}\](?:\s.{0,80})?$/u;

// A caption whose credit follows its sentence: an agency's photo desk and the photographer after a
// slash, "… Senin (3/3/2025). ANTARA FOTO/Jane Roe", or a credit in capitals, "… near the pass.
// GOBIERNO DE ARAGÓN" (two words or more, none a label's: "… on Monday. READ MORE" is no credit).
const DESK_SLASH_CREDIT = /[.!?)]\s+(?:\p{Lu}{2,}\s)?(?:FOTO|PHOTO|FOTÓ|ФОТО)\s?\/\s?\p{Lu}[\p{L}.'’ -]{2,40}$/u;
const CAPITALS_CREDIT = /(?<=\p{Ll}{2}[.!?]["”’»)]?)\s+(\p{Lu}[\p{Lu}'’&-]+(?:\s(?:\p{Lu}[\p{Lu}'’&-]*|DE|DEL|DA|DO|DI|LA|LE|Y|E|ET|UND)){1,4})$/u;
const NOT_A_CREDIT = /\b(?:READ|MORE|ALSO|ADVERTISEMENT|SUBSCRIBE|VIDEO|WATCH|UPDATE|UPDATED|BREAKING|NEWS|LIVE|CLICK|HERE|SEE|CONTINUE|SPONSORED)\b/u;

// ... or the photographer after the word for "photo by", no colon: "… kuzingirwa na maji. Picha na Jane
// Roe", "… on Tuesday. Photo by Jane Roe", "… am Dienstag. Foto von Jane Roe", "… yesterday. - Picture by
// JANE ROE".
// (Case told apart, so that the name after it is capitalised: "… Photo by the river was taken" is prose.)
const PHOTO_BY = /[.!?"”’]\s+(?:[-–—]\s*)?(?:[Pp]hoto|PHOTO|[Pp]icture|[Ff]oto|FOTO|[Pp]icha|[Фф]ото|[Zz]djęcie)\s+(?:by|BY|von|de|di|na|от|door|av)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s?\/\s?\p{Lu}[^.!?]{1,30})?$/u;

function creditAfterSentence(t: string): boolean {
  if (DESK_SLASH_CREDIT.test(t) || PHOTO_BY.test(t)) return true;
  const m = CAPITALS_CREDIT.exec(t);
  return m !== null && !NOT_A_CREDIT.test(m[1]!) && m[1]!.replace(/[^\p{L}]/gu, "").length >= 8;
}

// A caption's last sentence, then the word for "photo" with a colon and the credit, in the scripts
// without capitals, after a stop, a danda or Urdu's full stop: "آسمان تهران در روز دوشنبه. عکس: مهدی رضایی / شهر آرمان",
// "… এলাকায়। ছবি: নদীবার্তা", "… צילום: נועה ברק".
const CASELESS_PHOTO_CREDIT = /[.!?؟।۔]\s+(?:عکس|تصویر|فوٹو|صورة|الصورة|تصوير|צילום|फोटो|फ़ोटो|ছবি|ภาพ|사진)\s?[:：]\s?[^.!?]{2,60}$/u;

// A caption, a bar, then the photo's credit under its word and a colon, no stop before the bar:
// "Vecinos llenan pipotes en una toma improvisada | Foto: Jane Roe".
const BAR_PHOTO_CREDIT = /^\p{Lu}[^|]{15,250}\s\|\s(?:[Ff]otos?|[Pp]hotos?|[Ff]otografía|[Ii]magen|[Ii]mage|[Bb]ild|[Фф]ото)\s?:\s?\p{Lu}[\p{L}.'’ -]{2,50}$/u;

const BRACKETED_CAPTION = /^[([](?:photo|photograph|picture|image|foto|fotoğraf|fotografia|fotografie|fotó|kuva|bild|фото|imagen|immagine|ảnh|afbeelding|zdjęcie)s?\s?:\s?[^()[\]]{2,380}[)\]]$/iu;

const VIDEO_RUNNING_TIME = /[.!?"”’]\s*[([]\d{1,2}:[0-5]\d(?::[0-5]\d)?[)\]]$/u;

// A caption's sentence, a bar, then its credit: "… à Lyon. | Photo Jane Roe", "… in 2024. | File
// photo/Example Now".
const BARRED_CREDIT = /[.!?]["”»]?\s\|\s(?:archives?|(?:file )?photos?|crédit(?: photo)?|illustration|foto|bild|image|imagen|immagine)\b[^|]{2,60}$/iu;

export const isCaption = remembered(captionLine, 300);

function captionLine(line: string): boolean {
  // (A caption in brackets with spaces inside them reads as one without: "[ Photo: … ]".)
  const t = line.trim().replace(/^\[\s+(.*?)\s+\]$/u, "[$1]");
  if (t.length > 500) return false;
  if (HAN_CAPTION.test(t)) return true;
  // (A picture's enlarge button run onto its caption, as tech sites print it: "Enlarge / The router, one of the affected models.")
  if (/^Enlarge \/ \S/u.test(t) && t.length <= 300) return true;
  // (Or its credit's label run onto its end, the name on the next line: "… on Monday.Credit...", as a
  // national daily's page copies.)
  if (t.length <= 300 && /[.!?]["”’]?\s?Credit(?:\.\.\.|…)$/u.test(t)) return true;
  if (AGENCY_IN_BRACKETS.test(t) && t.split(" ").length <= 30) return true;
  // A picture's placeholder in a text dump, and its caption after it: "[imagem] Estação do Rossio …".
  // (Or a picture w3m shows by its alternative text alone: "[Malay Mirror]", "[nadma-press-conference-211123]".)
  if (PICTURE_ALT.test(t)) return true;
  // (Or the picture's description in the brackets: "[Image: Workers pluck tea leaves … REUTERS/File Photo]".)
  // (In more languages: Czech, Polish, Hungarian, Dutch, Romanian, Turkish, Greek, Ukrainian, Vietnamese,
  // Hebrew, Arabic, Chinese, Japanese, Korean, Thai.)
  // (Or a feed reader's numbered placeholder: "[image 1 (link #2)]".)
  if (/^\[(?:image|img) \d{1,3}(?: \(link #\d{1,4}\))?\]$/iu.test(t)) return true;
  if (/^\[(?:image|imagem|imagen|img|foto|gambar|photo|picture|bild|immagine|фото|obrázek|obraz|zdjęcie|kép|afbeelding|imagine|resim|görsel|εικόνα|зображення|ảnh|hình ảnh|תמונה|صورة|图片|圖片|画像|이미지|사진|รูปภาพ|ภาพ)(?:\]|:\s[^\]]{2,400}\]$)/iu.test(t)) return true;
  if (DASH_WIRE_CREDIT.test(t) && t.split(" ").length <= 45) return true;
  // (A caption is short: a longer text ending on capitals is a paragraph with a heading run onto it,
  // "… played under him at West Ham. HEAD TO HEAD".)
  if (t.length <= 220 && creditAfterSentence(t)) return true;
  // A caption closed by its credit after a bar: "… since the pool opened. | Archives Example Ouest",
  // "… on Monday. | Photo Jane Roe".
  if (t.length <= 300 && t.includes(" | ") && BARRED_CREDIT.test(t)) return true;
  // A video's caption closed by its running time: "… to complete the rally. (0:45)".
  if (VIDEO_RUNNING_TIME.test(t)) return true;
  // A slash credit may be followed by a stop: "… on Sunday, May 28, 2023 (Jane Roe/CP24)."
  if (SLASH_CREDIT.test(t)) return true;
  if (t.endsWith("]") && t.length <= 400 && PHOTO_CREDIT_IN_BRACKETS.test(t)) return true;
  // A caption set in brackets whole, its label first: "(Foto: The ferry at its pier. © Example / Jane Roe)".
  if (t.length <= 400 && BRACKETED_CAPTION.test(t)) return true;
  if (t.includes(" | ") && BAR_PHOTO_CREDIT.test(t)) return true;
  if (t.length <= 300 && CASELESS_PHOTO_CREDIT.test(t)) return true;
  if (t.length <= 400 && DASH_LABELLED_CREDIT.test(t)) return true;
  if (t.length <= 300 && LABELLED_CAPTION.test(t)) return true;
  if (t.endsWith(")") || t.endsWith(").")) {
    // A credit without a slash only closes a short text: a sentence may end with "(IHIT)." too.
    if (t.length <= 400 && PHOTO_CREDIT_IN_BRACKETS.test(t)) return true;
    // (A caption's or a chart's label says so however it ends: "Fig. 2: … Credit: Roe et al., Example Journal (2025)".)
    if (t.endsWith(")")) return t.length <= 400 && (CREDIT_AFTER_SENTENCE.test(t) || CAPTION_LABEL.test(t) || CHART_LABEL.test(t));
  }
  return t.length <= 400 && ((PHOTOGRAPHER.test(t) && CREDIT_NAMED.test(t)) || PHOTOGRAPHER_IN_CAPITALS.test(t) || COURTESY_AFTER_SENTENCE.test(t) || PHOTOGRAPHER_ABBREVIATED.test(t) || PHOTO_BY_AFTER_SENTENCE.test(t) || (t.length <= 300 && t.includes(" | ") && nameAfterBar(t)) || (t.length <= 250 && ARCHIVE_AFTER_SENTENCE.test(t)) || PHOTOGRAPHER_LITHUANIAN.test(t) || (PHOTO_AT_END.test(t.slice(-12)) && OWNER_PHOTO.test(t)) || (TAKEN_HINT.test(t) && TAKEN_IN.test(t)) || PHOTOGRAPHER_FOR.test(t) || COPYRIGHT_CREDIT.test(t) || CAPTION_LABEL.test(t) || PICTURED.test(t) || CHART_LABEL.test(t) || PHOTO_COMMA.test(t) || CREDIT_FIRST.test(t) || BRACKETED_CREDIT_FIRST.test(t) || AGENCY_AFTER_SENTENCE.test(t) || (t.includes("/") && (WIRE_PHOTO_CREDIT.test(t) || NAME_SLASH_AFTER_SENTENCE.test(t))) || FILE_PHOTO_FIRST.test(t) || CREDIT_SENTENCE.test(t) || isPlacingCaption(t) || PICTURE_OF.test(t) || (!endsOnStop(t) && PICTURE_TITLE.test(t) && /^\p{Lu}/u.test(t)));
}

// A photo's credit on a line of its own, after its caption: "(Jane Roe/Example News)", "(Example
// News)", "(EXAMPLE)", "((Example Press))", "Jane Roe / Example News": names, every word capitalised
// but joiners (not an aside, "(and a good one)", a source, "(Source: …)", nor a transcript's cue in
// capitals, "(BEGIN VIDEO CLIP)"). The caption is the line above it.
// (A number among the words, as a broadcaster's name has it: "Canal 9", "Channel 4 News".)
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}.'’&-]*(?:(?: | ?\/ ?)(?:\p{Lu}[\p{L}.'’&-]*|\p{N}{1,3}|and|of|for|the|de|du|des|la|le|et|y|del|für|und|in|der|den|dem|im|am|van|von|da|di|do|dos|das))*`;
const CREDIT_BELOW = new RegExp(String.raw`^\(\(?(?=[^()]*(?:\p{Ll}|\/)|\p{Lu}+\))${CREDIT_NAME} ?\)\)?$|^${CREDIT_NAME} \/ ${CREDIT_NAME}$|^(?:[Cc]ourtesy|COURTESY)(?: of| OF)? ${CREDIT_NAME}$`, "u");
// ... or over it, as many pages set it: "Photo: Jane Roe", "PHOTO JANE ROE, EXAMPLE NEWS", "FOTO:
// EFE", "FOTO: Jane Roe", "ФОТО: ТАСС", "Imagen: Canal 9" (not "Photos: Storms across the coast", a gallery's link).
// The caption is the line below it.
// (Or a camera's sign for the label: "📷 Kai Brennan".)
const CREDIT_ABOVE = new RegExp(String.raw`^(?:PHOTO|FOTO|ФОТО|IMAGE)(?![\p{L}\p{N}_])[^\p{Ll}]{2,60}$|^(?:[Pp]hoto|PHOTO|[Ff]oto|FOTO|[Фф]ото|ФОТО|[Ii]mage[nm]?|IMAGE|[Ii]mmagine|[Ff]otograf[íi]a|[Pp]icture)(?: [Bb]y| [Cc]redit| BY| CREDIT)?(?:\s?:\s?| \| )${CREDIT_NAME}$|^(?:📷|📸)\uFE0F?\s?:?\s?${CREDIT_NAME}$`, "u");
// ... and with its holder in small letters, a capitalised name after, five words at most, it closes
// the caption over it: "Фото: пресслужба УжНУ", "Fotó: MTI/Rosta Péter".
const HOLDER_CREDIT = /^(?:[Pp]hoto|[Ff]otó?|[Фф]ото|[Zz]djęcie|[Kk]uva|[Bb]ild)\s?:\s?(?=\S*(?:\s\S+){0,4}$)(?=.*\p{Lu})[\p{L}\p{N} .,/&'’-]{2,50}$/u;
// ... or its holder after the copyright sign, with no year (a rights line has one): "© WMI - Jane
// Roe", "© Reuters". (It closes only a short caption, with the story going on under it: a story's last
// paragraph may stand over its rights line, "© Example-France".)
export const SIGN_CREDIT = /^©\s?(?!.*\b(?:1[89]|20)\d\d\b)\p{Lu}[\p{L}\p{N} .,/&'’-]{1,50}$/u;

// ... or a photographer's name and the outlet, a slash between without spaces, as a credit on a
// line of its own under a caption: "Jane Roe/The Example Herald" (a person's name of two to four
// words; not "Channel Two/Channel Four)" in a list, nor a path). A reporter's signature has this
// shape too ("Jane Roe/Agences" under the last paragraph): see markCaptions.
// (The outlet may be followed by what the picture is: "Jane Roe/Example Courier photo".)
// (Or a picture archive's or agency's name in title case: "Archives/Jane Roe", "Keystone/John Doe".)
const SOURCE_SLASH_NAME = /^(?:Archives?|Archiv|Archivo|Archivio|Arquivo|Keystone|Getty Images|Imago|Reuters|Shutterstock|Alamy|Photos?|Fotos?)\/\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A news or picture agency by its name, a slash and whoever took the picture, however it is cased:
 *  "APA/HELMUT FOHRINGER", "APA/ZOOM.TIROL", "dpa/Jane Roe", "KEYSTONE/Jane Roe", "ANSA/FABIO FRUSTACI".
 *  (No sentence in it: a line of the story may name an agency and a slash.) */
const WIRE_SLASH_CREDIT = /^(?:APA|dpa|DPA|AFP|AP|EPA|EPA-EFE|ANSA|EFE|KEYSTONE|Keystone|REUTERS|Reuters|XINHUA|Xinhua|picture[- ]alliance|IMAGO|imago|Getty Images|SDA|sda|BELGA|Belga|ANP|PAP|TASS|ТАСС|NTB|TT|Ritzau Scanpix|Scanpix|Lusa|LUSA|AAP|PA|ABACA|SIPA|CTK|ČTK|MTI|Anadolu|AA)(?: (?:Photo|Images|Pictures|Foto|Bild))?\s?\/\s?[^\s/](?:(?!\.\s)[^!?:;]){1,48}[^\s.!?:;,]$/u;
/** An agency in capitals, a slash and the photographer, as wires credit a picture: "REUTERS/Jane Roe",
 *  "KEYSTONE/Marc Rossier", "AFP/Getty Images/John Doe". */
const AGENCY_SLASH_NAME = /^\p{Lu}{2,}[\p{Lu}\d&-]*(?: \p{Lu}{2,}[\p{Lu}\d&-]*)?(?:\/\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)?\/(?=[^/]*\p{Ll}[^/]*$)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
export const NAME_SLASH_OUTLET = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\/\p{Lu}[\p{L}'’.&-]*(?: (?:\p{Lu}[\p{L}'’.&-]*|and|&|of|the|de|du|des|la|le|et|y|del|für|und)){0,5}(?: (?:staff |file )?(?:photo|photograph|illustration|graphic))?$/u;
// ... after the caption's last sentence, no brackets: "… at the sports complex on Tuesday. Jane Roe/Example
// Now" (capitalised words before the slash: a sentence's last words are not all capitalised; no stop
// after the outlet: "… Chief Engineer/Manager Tom Berg." is a sentence). (Or after a date's day: "…
// from the ditch on March 6. Jane Roe/Example Sentinel".)
const NAME_SLASH_AFTER_SENTENCE = new RegExp(String.raw`(?:\p{Ll}{2}|\s\d{1,2})[.!?]["”’]?\s+` + NAME_SLASH_OUTLET.source.slice(1, -1) + String.raw`(?<!\.)$`, "u");

const WRITER_JOB_AFTER_SLASH = /\/\s?(?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor)s?$/iu;

// ... or a file photo's: "File photo", "Example Police file photo", "(FILE PHOTO)".
const FILE_PHOTO = new RegExp(String.raw`^\(?(?:${CREDIT_NAME} )?(?:[Ff]ile|FILE) (?:photo|PHOTO|image|IMAGE|picture)(?:\s?\/\s?\p{Lu}[\p{L}\p{N}'’&. -]{1,40})?\)?$`, "u");

// A picture's own button, set just above its caption: "View image in full screen", "Enlarge this
// image", "Expand photo" (one picture: a gallery's "See photos" link may stand over story text).
// (Or in the archive's other languages: "Bild vergrößern", "Agrandir l'image", "Ampliar imagen",
// "Ingrandisci immagine", "Afbeelding vergroten", "Powiększ zdjęcie", "Увеличить фото".)
export const IMAGE_BUTTON = /^(?:(?:view|expand|enlarge|open) (?:this |the )?(?:image|photo|picture)\b.{0,30}|(?:bild|foto|grafik) vergrößern|agrandir (?:l['’]image|la photo|l['’]illustration)|ampliar (?:la )?(?:imagen|foto|imagem|fotografía)|ingrandisci (?:l['’])?(?:immagine|foto)|(?:afbeelding|foto) vergroten|powiększ (?:zdjęcie|obraz)|увеличить (?:фото|изображение))$/iu;

// A video player's running time, on the card between the video's title and its caption: "Duration
// 2:45", "Durée : 1:02:10".
export const VIDEO_DURATION = /^(?:duration|durée|dauer|duración|duração|durata)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$/iu;

const SIGN_OFF_INITIALS = /^\((?:\p{Lu}{1,4}|\p{Ll}{1,4})(?:\/(?:\p{Lu}{1,4}|\p{Ll}{1,4}))*\/(?:APA|SDA|ATS|dpa|DPA|AFP|afp|AP|KNA|kna|epd|EPD|Reuters|red|apa|sda|ats)\)$/u;

/** A line that is only a photo's credit: "below" (it closes the caption over it), "above" (the caption follows), or null. */
// A credit of several sources in brackets, alone on its line under a caption: "(Example.com/
// Submitted by Jane Roe/ Submitted by John Doe)", "(Courtesy of the Roe family/Example News)".
const BRACKETED_CREDITS = /^\((?=[^()]*\/)(?=[^()]*\b(?:[Ss]ubmitted|[Cc]ourtesy|[Hh]andout|[Ff]ile|[Pp]hoto|[Ss]upplied)\b)[^()]{10,150}\)$/u;

// ... or by the photographer's name, the paper's or the desk's name perhaps first: "Courier photo by
// Jane Roe", "Staff photo by Jane Roe", "Picture by JANE ROE" (under the caption it closes), the outlet
// after the name perhaps: "Photo by Jane Roe for Example Review", "Photo by Jane Roe | The Example Daily".
export const PHOTO_BY_LINE = /^(?:\p{Lu}[\p{L}'’.&-]*\s){0,3}(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)s? by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:(?: for|,| \||\s?\/)\s(?:the )?\p{Lu}[\p{L}\p{N}'’.&-]*(?: (?:of |and |& )?\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})?$/u;

// A labelled credit on a line of its own under a caption, in brackets or not, one or two names: "Credit:
// Example Press", "(Image credit: Example Esports / Jane Roe)".
export const CREDIT_LABELLED_LINE = new RegExp(String.raw`^\(?(?:[Cc]redits?|[Pp]hoto credit|[Ii]mage credit|[Pp]icture credit|[Vv]isualisierung|[Gg]rafik|[Ii]llustration|[Rr]endering|[Mm]ontage)\s?(?::|\.\.\.|…)\s?${CREDIT_NAME}(?:\s?\/\s?${CREDIT_NAME})?\)?$`, "u");
/** A picture agency's name alone on a line, perhaps with its photographer after a slash: "ANP", "EPA/Jane Roe". */
export const PICTURE_AGENCY_ALONE = /^(?:ANP|EPA|AFP|AP|Reuters|REUTERS|dpa|ANSA|EFE|Belga|PAP|Keystone|Lusa|Xinhua|Getty Images|Imago|picture alliance|Shutterstock|Alamy|AAP|NTB|TT|Ritzau Scanpix|Scanpix|Hollandse Hoogte|Anadolu|Kyodo|Yonhap|Agência Brasil|Europa Press)(?:\s?[/|]\s?[^/|]{2,40})?$/u;

/** A credit under its label, as galleries set it under each caption: "Credit: Example Police". */
export const CREDIT_LABELLED = new RegExp(String.raw`^(?:[Cc]redits?|[Pp]hoto credit|[Ii]mage credit|[Pp]icture credit)\s?:\s?${CREDIT_NAME}$`, "u");

const SECTION_STEPS = /^\p{L}+(?: \/ \p{L}+){2,}$/u;

// ... or who gave it, in brackets, or the holder after a bar in capitals, or the Polish abbreviation:
// "(Photo courtesy of the Roe family)", "| ARCHIVES EXAMPLE OUEST", "fot. KPP Kartuzy". (Not
// "Courtesy of the Roe family" bare, which a page run together sets after a story's sentence with
// no caption, nor "Contributed by Jane Roe of …", a byline.)
const GIVEN_CREDIT = /^\((?:(?:[Pp]hoto|[Ii]mage|[Pp]icture) )?(?:[Cc]ourtesy(?: of)?|[Pp]rovided by|[Ss]upplied by) (?:the )?\p{Lu}[^()]{1,50}\)$|^\|\s?[^\p{Ll}|]{3,60}$|^[Ff]ot\. \p{Lu}[\p{L}\p{N} .,/&'’-]{1,50}$/u;

// ... or under the word for its source, as German regional sites credit a photographer: "Quelle:
// Andreas Roe", "Quelle: Jane Roe/Example Zeitung" (a name of two or three words: "Quelle: dpa" and
// "Quelle: Statistisches Bundesamt", a story's sources, stay).
const SOURCE_PERSON_CREDIT = /^Quelle\s?:\s?(?!.*(?:[Aa]mt|[Bb]ank|[Ii]nstitut|[Mm]inisterium|[Vv]erband|[Aa]gentur|[Ss]tiftung|[Uu]niversität|[Bb]ehörde|[Zz]entrum|[Gg]esellschaft|[Ss]tatistik|[Dd]ienst|[Pp]olizei|[Gg]ericht|[Kk]asse|[Bb]und|[Rr]at)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:\s?\/\s?[\p{L}\d .-]{2,30})?$/u;

const LABELLED_CREDIT_DATED = /^(\p{L}+\s?:\s?\S.{1,60}?) \([^()]{0,40}\d[^()]{0,20}\)$/u;

export function creditLine(line: string): "below" | "above" | null {
  // (A labelled credit may say where and when in brackets after the name: "Bild: Jane Roe (Luzern, 5. Mai 2025)".)
  const t0 = line.trim();
  // (Initials and an agency in brackets sign the story, as German-language papers close it:
  // "(SR/APA)", "(red/dpa)", "(jd/sda)"; no photo's credit.)
  if (SIGN_OFF_INITIALS.test(t0)) return null;
  const t = t0.endsWith(")") ? t0.replace(LABELLED_CREDIT_DATED, "$1") : t0;
  if (t.length <= 70 && SOURCE_PERSON_CREDIT.test(t)) return "below";
  if (t.length <= 70 && PHOTO_BY_LINE.test(t)) return "below";
  if (t.length <= 70 && GIVEN_CREDIT.test(t)) return "below";
  // (A credit under its label, in brackets or not, closes the caption over it: "Credit: Example Press",
  // "(Image credit: Example Esports / Jane Roe)".)
  if (t.length <= 90 && CREDIT_LABELLED_LINE.test(t)) return "below";
  if (t.startsWith("(") && BRACKETED_CREDITS.test(t)) return "below";
  if (t.length > 70 || t.length < 3) return null;
  if (CREDIT_ABOVE.test(t)) return "above";
  // (Not a byline naming a writer and an outlet, "By Jane Roe / Example News", nor a writer and a
  // writer's job, "Jane Roe/Senior Staff Reporter".)
  // (Nor a section's path of single words, "TECH / WEARABLES / BUSINESS", over the headline.)
  if ((CREDIT_BELOW.test(t) || NAME_SLASH_OUTLET.test(t) || AGENCY_SLASH_NAME.test(t) || WIRE_SLASH_CREDIT.test(t) || SOURCE_SLASH_NAME.test(t) || FILE_PHOTO.test(t) || HOLDER_CREDIT.test(t) || SIGN_CREDIT.test(t)) && !/^(?:by|par|por|von|от)\s/iu.test(t) && !WRITER_JOB_AFTER_SLASH.test(t) && !SECTION_STEPS.test(t)) return "below";
  return null;
}

/**
 * A caption's shape: a line of one or two sentences, short enough to sit under a picture. (Pages
 * run a caption onto the paragraph above it too; a longer line may be story with a caption at its
 * end, and stays whole.)
 */
export function isCaptionShaped(line: string): boolean {
  const t = line.trim();
  if (t.length < 15 || t.length > 280 || !/^["“‘«]?[\p{Lu}\p{N}]/u.test(t) || /[:;,]$/.test(t)) return false;
  return (t.match(/[.!?]["”’»)]*\s+["“‘«]?\p{Lu}/gu)?.length ?? 0) <= 1;
}

// A sentence of ten words or more before the one with the address.
const SENTENCE_THEN_CONTACT = /^(?:\S+\s+){9,}\S*[^\s.]{2}[.!?]["”’]?\s+(?:For (?:questions|more information|details|inquiries)|To (?:learn more|apply|register)|Questions\b)/u;
// A short line ending with an e-mail address: "Story ideas are welcome at jane@example.com".
const EMAIL_TRAILER = /^.{0,250}\b[\w.+-]+@[\w-]+\.[\w.]{2,}\.?$/;

/** A story's tags under it: "Tags: …", and as the archive's other languages label them. */
const TAG_WORDS_ABROAD = String.raw`mots[- ]clés|étiquettes|etiquetas|etiquetes|etichette|parole chiave|schlagwörter|stichwörter|schlagworte|themen|temas relacionados|temas|tópicos|palavras-chave|trefwoorden|tagi|tagit|etiketter|emneord|теги|метки|тэги|etiketler|címkék|štítky|oznake|kategorie|kategorien|catégories|categorías|categorias|แท็ก|แท็กที่เกี่ยวข้อง|thẻ|từ khóa|टैग|タグ|标签|標籤|태그|етикети|тагове|برچسب‌ها|برچسب|תגיות|الوسوم|كلمات مفتاحية|kata kunci|žymės|birkas|märksõnad|sildid|avainsanat|asiasanat|stikkord|emner|nøgleord|ämnen|taggar|meer over(?: dit onderwerp)?|ознаке|teme|tagovi|tagovi članka|тагови|etichete|témy|témata|ტეგები|თემები|ετικέτες|λέξεις-κλειδιά`;
const TAG_LINES: RegExp[] = [
  /^(?:tags?|filed under|categories|topics|keywords|labels)\s*:\s*.{0,200}$/i,
  // ... in Japanese, Chinese and Korean, with a full-width colon: "関連キーワード：札幌市 / 大雪", "标签：…".
  /^(?:関連キーワード|キーワード|关键词|關鍵字|关键字|키워드)\s*[:：]\s*.{0,200}$/u,
  // ... in the archive's other languages: "Mots-clés :", "Etiquetes:", "Schlagwörter:", "Temas relacionados: Medellín".
  new RegExp(`^(?:${TAG_WORDS_ABROAD})\\s*[:：]\\s*.{0,200}$`, "iu"),
];

/** The tags' heading alone on its line, the tags under it: "Tags", "Schlagwörter zu diesem Artikel",
 *  "Topics in this story", "Mots-clés". */
const TAGS_HEADING = new RegExp(`^(?:tags|tagged|topics|keywords|${TAG_WORDS_ABROAD})(?:\\s+(?:for|in|of) this (?:article|story|post)|\\s+zu diesem (?:artikel|beitrag|thema)|\\s+(?:de l'article|de cet article|del artículo|de la noticia|dell'articolo|do artigo|da notícia|bij dit artikel|van dit artikel))?\\s*[:：]?$`, "iu");

export function isTagsHeading(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && TAGS_HEADING.test(t);
}

/** Whether a line lists the story's tags ("Tags: Split, ferries", "Oznake: • Split • trajekti"). */
export function isTagLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 300 && TAG_LINES.some((re) => re.test(t));
}

/** A tag line that lists tags, ending on no stop: "Topics: housing, transport and the new school." is
 *  a sentence of the story's. */
export function isTagList(line: string): boolean {
  const t = line.trim();
  return isTagLine(t) && !/[.!?]$/u.test(t);
}

/** Lines at the very end of a story that belong to the page, not the story. */
const TRAILER_PATTERNS: RegExp[] = [
  /^(?:published|posted|updated|last updated|first published)\b/i,
  /^(?:source|sources|via|originally published|from)\s*:\s*\S.{0,200}$/i,
  ...TAG_LINES,
  // A blog's long list of them: "Filed under: Politics, Media … Tagged: Elections, …".
  /^filed under\s*:.{0,800}\btagged\s*:.{0,800}$/i,
  /^thank(?:s| you) for (?:watching|reading|listening)[.!]*$/i, // a video's or a post's sign-off
  // A document attached to the page, its kind and size in brackets: "Map of the new network (PDF, 2,1
  // MB)", "Timetable [PDF 340 KB]".
  // (Or a press kit's photos: "Download high-resolution photos (ZIP, 14 MB)".)
  /^\S.{2,150}\s[([](?:PDF|DOCX?|XLSX?|ODT|PPTX?|ZIP|JPE?G|PNG|MP3|MP4)(?:[,;]?\s*\d+(?:[.,]\d+)?\s?[KMG]i?B)?[)\]]$/iu,
  // A visitor attraction's prompt under its news: "Plan your visit: buy timed-entry tickets online …".
  /^plan your (?:visit|trip|day out)\s*[:.!–—-]\s*.{0,160}$/i,
  // A pointer to the audio of the story or the day's bulletin: "🎧 Listen to Jane's full interview in the
  // Breakfast podcast.", "Want more news? Listen to today's daily briefing above or go here for more info."
  // (Not "Hear the band play at the show on Friday.": the words of a recording, no comma before them.)
  /^(?:[\p{So}\s]{1,4})?(?:want more(?: news)?\?\s+)?(?:listen|hear)(?: again)?(?: to)?\b[^,]{0,100}\b(?:podcast|briefing|interview|episode|bulletin)\b[^,]{0,60}$/iu,
  /^.{3,200} is a post from .{2,120}$/i, // a feed's provenance: "Phone security 101 is a post from Example Blog"
  // Leave to republish: "This content may be freely reproduced in full or in part …".
  /^(?:this|the) (?:content|article|post|story|work)s? (?:above )?may be (?:freely )?(?:re)?(?:produced|published|posted|distributed)\b.{0,300}$/i,
  /^\[(?:more|read more)(?:…|\.\.\.)?\]$/i,
  /^(?:comments?|\d+ comments?|leave a reply|add a comment)\b.{0,60}$/i,
  /^(?:please )?(?:adhere|read) (?:to )?our (?:comment(?:ing)? policy|community guidelines)\b/i,
  // (Also a pointer to a book's excerpt: "Read an excerpt from "Example" on the author's website.")
  /^(?:to read more|continue reading|read the full|read more|read an? excerpt)\b.{0,120}$/i,
  /^(?:for more information|more information|links?)(?: see)?\s*:?$/i,
  /^(?:https?:\/\/|www\.)\S+$/i, // a bare link
  /^\S+@\S+\.\w{2,}$/, // a bare e-mail address
  /^(?:[\w.-]+\.(?:com|org|net|ca|co\.uk))\/\S*$/i, // a bare address without scheme: "twitter.com/someone"
  EMAIL_TRAILER,
  /^a version of this (?:piece|article|story|column)\b/i,
  // A call for the reader's questions, addressed to the newsroom: "Have questions, comments or tips? Send
  // us a message.", "Got feedback? Email us at …", "Have you got a story? Email us at …" (to "us": a
  // question in the story asks no one to write).
  /^(?:do you |have you )?(?:have|got) (?:a |any )?(?:questions?|comments?|feedback|thoughts|ideas?|story ideas?|stor(?:y|ies)(?: to tell(?: us)?)?|news tips?|tips?)(?:(?:,| or| and) (?:a |any )?(?:questions?|comments?|feedback|thoughts|ideas?|tips?))*\?\s+(?:send|e-?mail|write|contact|tell|drop|reach|message|text|call|let)\b[^.!?]{0,40}\bus\b.{0,120}$/i,
  // (In French, Spanish, German, Italian and Portuguese: "Vous avez une histoire à nous raconter?
  // Écrivez-nous.", "Vous avez une info à nous communiquer ? Écrivez-nous via notre formulaire …", "¿Tienes una historia? Escríbenos.", "Haben Sie Hinweise? Schreiben Sie uns.")
  /^(?:vous avez|avez-vous) (?:une histoire|une information|une info|un sujet|une nouvelle|des informations|des infos|un tuyau|un témoignage)\b[^?]{0,60}\?\s*(?:écrivez|contactez|joignez|envoyez)[-\s]?nous\b.{0,100}$/iu,
  /^¿?(?:tienes|tiene|tenés) (?:una historia|información|un dato|una denuncia)\b[^?]{0,60}\?\s*(?:escr[ií]benos|cont[aá]ctanos|env[ií]anos|escríbanos)\b.{0,100}$/iu,
  /^(?:haben sie|hast du) (?:hinweise|eine geschichte|informationen|einen tipp)\b[^?]{0,60}\?\s*(?:schreiben sie uns|schreib uns|melden sie sich|kontaktieren sie uns)\b.{0,100}$/iu,
  /^(?:hai|avete) (?:una storia|una segnalazione|notizie)\b[^?]{0,60}\?\s*(?:scrivici|scriveteci|contattaci)\b.{0,100}$|^(?:tem|você tem) (?:uma história|uma denúncia|informações)\b[^?]{0,60}\?\s*(?:escreva-nos|fale conosco|envie)\b.{0,100}$/iu,
  // A call for tips with the reporter's contacts: "Have a tip about conditions in the county's jails?
  // Contact Jane Roe at jroe@example.org or on Signal at 555-0174."
  // (Its contacts an address or a messenger: "Have a tip? Police asked … Crime Stoppers at 555-0100." is the story's.)
  /^(?:do you )?(?:have|got) (?:a )?(?:news |story )?tips?\b[^?]{0,120}\?\s.{0,250}(?:@[\w-]+\.\w|\b(?:signal|whatsapp|telegram)\b).{0,200}$/i,
  /^[（(]\s*(?:责任编辑|编辑|责编)\s*[：:]\s*[^（）()]{1,20}[）)]$/u, // "（责任编辑：罗燕）": the desk editor, not the author
  /^(?:[-—–]+\s*)?this (?:article|piece|story|column|report)\b.{0,60}?\b(?:was |has been )?(?:originally|first) (?:appeared|published|ran|posted)\b/i,
  // A promotion addressed to the reader that closes on a click: "… you can too. Learn how with a
  // free kit. Click here to get yours." (no quotation in it: a story's last quote stays).
  /^(?!.*["“”]).{0,400}\byour?\b.{0,400}[.!?]\s+click here\b[^.!?]{0,120}[.!?]?$/i,
  // ... or on a pointer to more of the site's: "In any event, knowledge is the key. To learn more about
  // the oil industry and how it affects the Dinar, click below."
  /^(?!.*["“”])(?:.{0,300}[.!?]\s+)?to (?:learn|find out|read|hear|discover) more\b[^.!?]{0,160},\s*(?:click|tap)\b[^.!?]{0,80}[.!?]?$/i,
].map(greekCaps);

/** Credit lines: who else wrote or reported, and the opinion disclaimer of commentary. */
const CREDIT_PATTERNS: RegExp[] = [
  /\bcontributed to this (?:report|story|article)\.?$/i,
  // A nonprofit newsroom's word on itself under the story: "Example Statehouse Wire is a nonprofit,
  // nonpartisan news service covering state government. Our stories may be republished …"
  /^\p{Lu}[\p{L}\p{N}.'’ &-]{2,60} is an? (?:(?:independent|nonprofit|non-profit|not-for-profit|nonpartisan|non-partisan|award-winning|reader-supported|member-supported|local|statewide),? (?:and )?){1,4}(?:news|media|journalism) ?(?:service|organization|organisation|newsroom|outlet|site|publication|agency|nonprofit)\b.{0,400}$/u,
  /^(?:—|-|–)?\s*with files from\b.{0,120}$/i,
  /^.{0,80}\b(?:wrote|reported) (?:and reported |and wrote )?from\b.{0,60}$/i,
  /^the (?:opinions|views) expressed in this (?:commentary|article|column|piece)\b/i,
  // A newsroom's credit of several reporters and where each worked, in a sentence or more: "CNN's
  // Jane Roe reported from Washington. John Doe reported from Seoul, and Ann Poe reported and wrote
  // from Busan." (No quotation in it; it opens with a name.)
  /^(?!.*["“”])(?:(?:CNN|[\p{Lu}][\p{L}]+)['’]s |Journalist )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:,? (?:and )?(?:CNN['’]s )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}){0,40} (?:contributed to this (?:report|story)|contributed from|reported (?:and wrote )?(?:from|in)|wrote and reported (?:from|in)|reported and wrote)\b.{0,700}$/u,
].map(greekCaps);

export function isCredit(line: string): boolean {
  const t = line.trim();
  return t.length <= 300 && CREDIT_PATTERNS.some((re) => re.test(t));
}

/** A contributor's note closing a story: "Jane Roe has been a professor since 1987 and writes ...". */
const BIO = /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:is|has been|was) (?:a|an|the)\b/u;
// (Not a critic's verdict, "Roe is a writer to watch.", which is the story's.)
const BIO_ROLE = /\b(?:writer|writes|written|author|journalist|editor|columnist|correspondent|reporter|contributor|blogger|professor|writings|books?)\b(?! to (?:watch|follow|know|read|remember)\b)/i;

export function isTrailer(line: string): boolean {
  const t = line.trim();
  if (t.length > 600) return false;
  if (isBoilerplate(t) || isCredit(t)) return true;
  if (BIO.test(t) && BIO_ROLE.test(t) && t.split(/\s+/).length <= 80) return true;
  // (The e-mail pattern is slow to fail; lines without an "@" skip it. It is a note of one sentence: a
  // release's last paragraph may close on its office's address after what it says, "… at
  // example.gov/grants. For questions, contact the department at … or grants@example.gov.")
  return TRAILER_PATTERNS.some((re) => (re !== EMAIL_TRAILER || (t.includes("@") && !SENTENCE_THEN_CONTACT.test(t))) && re.test(t));
}
