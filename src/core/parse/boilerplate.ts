// Lines that are page furniture rather than story: menus, share buttons, cookie notices, footers.
// Rules describe the shape of such lines in general, never a particular site's wording alone.

/** Whole lines that are navigation or interface labels (matched case-insensitively, trimmed). */
const MENU_WORDS = new Set([
  "home", "search", "menu", "close", "open", "navigation", "main menu", "sections", "more", "top",
  "sign in", "sign up", "sign out", "log in", "login", "log out", "register", "subscribe", "subscribe now",
  "account", "my account", "profile", "share", "share this", "share this article", "share this story",
  "share on facebook", "share on twitter", "share via email", "tweet", "email", "e-mail", "print", "comments",
  "comment", "leave a comment", "advertisement", "advertisements", "advertising", "sponsored", "sponsored content",
  "ad", "related", "related stories", "related articles", "related content", "read more", "more stories",
  "back to top", "next", "previous", "next article", "previous article", "newsletter", "newsletters",
  "follow us", "contact us", "about us", "privacy policy", "terms of use", "terms of service", "cookie policy",
  "accessibility", "accessibility help", "site map", "sitemap", "skip", "x", "continue reading", "listen",
  "listen to this article", "watch", "video", "photos", "trending", "most read", "most popular", "latest",
  "latest news", "top stories", "breaking news", "live", "facebook", "twitter", "instagram", "youtube",
  "linkedin", "whatsapp", "reddit", "pinterest", "rss", "copy link", "copied", "jump to content",
  "e-mail to a friend", "email to a friend", "print this page", "print this article", "mail", "opinion",
  "weather", "traffic", "local", "news", "business", "sports", "sport", "entertainment", "lifestyle",
  "politics", "world", "canada", "u.s.", "tech", "technology", "health", "science", "arts", "life",
  "edition", "change location", "toggle navigation", "open navigation menu", "close navigation menu",
]);

const BOILERPLATE_PATTERNS: RegExp[] = [
  /^skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article)\b/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\.?$/i,
  /^(?:e-?mail|send) (?:this|to a friend)\b/i,
  /^share (?:this|on|via)\b.{0,60}$/i,
  /^follow (?:us|@\w+)\b.{0,60}$/i,
  /^(?:click|tap) here\b.{0,100}$/i,
  /^(?:sign (?:in|up)|log in|subscribe)\b.{0,80}$/i,
  /\bcookies?\b.{0,200}\b(?:accept|consent|policy|settings|preferences)\b/i,
  /\b(?:accept|consent|policy|settings|preferences)\b.{0,200}\bcookies?\b/i,
  /^(?:advertisement|sponsored|ad)\b[\s:.-]*$/i,
  /^this (?:article|story|page) (?:was|has been) (?:shared|updated|last edited)\b/i,
  /^(?:read|see|watch) (?:more|also|the full story)\b.{0,120}$/i,
  /^(?:image|photo|video|graphic)(?: credit)?\s*:\s*.{0,80}$/i,
  // CNN-style teaser links: "Watch what happened next »"
  /^.{3,120}»\s*$/,
  // Rows of menu items run together: "Home | News | Sport | Weather"
  /^(?:[\p{L}&' ]{1,25}\s*[|•·]\s*){3,}[\p{L}&' ]{1,25}$/u,
];

/** Whether a whole (tidied) line is page furniture. */
export function isBoilerplate(line: string): boolean {
  const t = line.trim();
  if (t.length === 0) return false;
  if (t.length <= 40 && MENU_WORDS.has(t.toLowerCase().replace(/[:.!»›>]+$/u, "").trim())) return true;
  if (t.length > 300) return false;
  return BOILERPLATE_PATTERNS.some((re) => re.test(t));
}

/** Lines at the very end of a story that belong to the page, not the story. */
const TRAILER_PATTERNS: RegExp[] = [
  /^(?:published|posted|updated|last updated|first published)\b/i,
  /^(?:source|via|originally published)\s*:\s*\S.{0,200}$/i,
  /^(?:tags?|filed under|categories|topics)\s*:\s*.{0,200}$/i,
  /^(?:comments?|\d+ comments?|leave a reply|add a comment)\b.{0,60}$/i,
  /^(?:please )?(?:adhere|read) (?:to )?our (?:comment(?:ing)? policy|community guidelines)\b/i,
  /^(?:to read more|continue reading|read the full)\b.{0,120}$/i,
];

export function isTrailer(line: string): boolean {
  const t = line.trim();
  if (t.length > 250) return false;
  return isBoilerplate(t) || TRAILER_PATTERNS.some((re) => re.test(t));
}
