// What class names, ids and short texts say about a block: named patterns, each linear-time, tested in
// test/extract-html.test.ts. A hint is evidence, not a verdict: the cleaner and the scorer weigh it with text size.
import type { BoilerplateReason } from '../../model.js';

export type HintReason = BoilerplateReason | 'comments' | 'tag list' | 'footer' | 'sidebar';

/** Class/id words that mark a container of the article itself. */
const CONTENT_HINT = /article|body|content|entry|hentry|main|post|story|text|blog|prose|news-?detail/;

/** An author's box: name, photo and biography, after (or beside) the article; never the article itself. */
const AUTHOR_BOX = /author[-_]*(?:bio|info|box|about|card|profile|section|desc|summary)|about[-_]*(?:the[-_]*)?author|bio[-_]*box|saboxplugin/;

/** True when a class/id string names an author's biography box (a strong hint, unlike a plain "author" word). */
export function isAuthorBox(classId: string): boolean {
  return classId !== '' && AUTHOR_BOX.test(classId);
}

/**
 * A readers' comment section or one comment (with its replies) by its class/id ("comments", "comment-list",
 * "comment even depth-1", "disqus_thread"), not "commentary" or a "comment-count" label.
 */
const COMMENT_SECTION = /(?:^|[^a-z])(?:(?:comments|discussion)(?:[^a-z]|$)|comment(?:\s|$))|comments?[-_]?(?:list|section|area|thread|wrap)|disqus/;

/** True when a class/id string names a readers' comment section (strong enough to remove a large element). */
export function isCommentSection(classId: string): boolean {
  return classId !== '' && COMMENT_SECTION.test(classId) && !classId.includes('commentary');
}

/** Class/id stems distinctive enough to match inside compound names ("sharebar", "relatedPosts"). */
const BOILERPLATE_SUBSTRINGS: ReadonlyArray<[RegExp, HintReason]> = [
  [/comment|disqus/, 'comments'],
  [/sharebar|share-?(?:buttons|tools|links|icons)|social-?(?:media|links|icons|share|buttons)|socialshare|addthis|addtoany|sociable/, 'share or text-size widget'],
  [/related|recommend|outbrain|taboola|more-?(?:stories|articles|news)|read-?(?:more|next|also)|most-?(?:read|popular|viewed)|you-?may-?like/, 'related links'],
  [/advert|sponsor|adslot|ad-slot|adunit|ad-unit|ad-container|ad-wrapper|dfp-/, 'advert'],
  [/newsletter|subscri|donation/, 'donation or subscription appeal'],
  [/cookie|consent|gdpr/, 'browser or cookie warning'],
  [/breadcrumb|pagination|skip-?link|navbar|masthead|site-?header/, 'navigation'],
  [/sidebar/, 'sidebar'],
  [/tooltip|popover/, 'navigation'],
  [/footer|colophon|copyright/, 'footer'],
  [/caption/, 'photo caption'],
  [AUTHOR_BOX, 'byline'],
  [/tag-?(?:list|cloud|links)|post-?tags|entry-?tags|article-?tags/, 'tag list'],
  [/print-?only|screen-?reader|visually-?hidden|sr-only/, 'call to action'],
];

/** Whole class/id words (hyphen or underscore separated) that mark boilerplate. */
const BOILERPLATE_WORDS = new Map<string, HintReason>([
  ['ad', 'advert'], ['ads', 'advert'], ['advertisement', 'advert'], ['promo', 'advert'], ['banner', 'advert'],
  ['nav', 'navigation'], ['navigation', 'navigation'], ['menu', 'navigation'], ['pager', 'navigation'],
  ['toolbar', 'navigation'], ['tags', 'tag list'], ['keywords', 'tag list'], ['categories', 'tag list'],
  ['byline', 'byline'], ['dateline', 'date line'], ['share', 'share or text-size widget'],
  ['sharing', 'share or text-size widget'], ['social', 'share or text-size widget'], ['meta', 'date line'],
  ['timestamp', 'date line'], ['author', 'byline'], ['date', 'date line'], ['rail', 'sidebar'],
  ['aside', 'sidebar'], ['trending', 'related links'], ['popular', 'related links'], ['credit', 'photo credit'],
  ['credits', 'photo credit'], ['popup', 'call to action'], ['modal', 'call to action'], ['overlay', 'call to action'],
  ['signup', 'donation or subscription appeal'], ['donate', 'donation or subscription appeal'],
]);

const WORD_SPLIT = /[^a-z0-9]+/;

/** True when a class/id string hints at the article body. */
export function hasContentHint(classId: string): boolean {
  return classId !== '' && CONTENT_HINT.test(classId);
}

/** The boilerplate reason a class/id string hints at, or null. */
export function boilerplateHint(classId: string): HintReason | null {
  if (classId === '') return null;
  for (const [pattern, reason] of BOILERPLATE_SUBSTRINGS) if (pattern.test(classId)) return reason;
  for (const word of classId.split(WORD_SPLIT)) {
    const reason = BOILERPLATE_WORDS.get(word);
    if (reason) return reason;
  }
  return null;
}

// --- Short texts that are boilerplate whatever their markup -------------------------------------------------

const BYLINE_TEXT = /^(?:by|von|par|por|di|door|av|af|written by|posted by|words by|story by|text:?)\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.,&-]+){0,8}$/iu;
/** "By", "Written by:", "Edited by: Jane Doe", "Fact checked by Jane Doe": the article's credit lines. */
const CREDIT_LINE = /^(?:(?:written|edited|reviewed|medically reviewed|fact[- ]checked|updated|posted|published|produced|reporting)\s+by\s*:?(?:\s+[^\s.!?]+){0,6}|by\s*:?)$/i;
/** "8 min read", "Estimated reading time: 3 minutes", "Lesezeit: 3 Min.": the article's reading-time line. */
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?|minuten?)\.?\s+(?:read|reading time|lesezeit|de lecture)|(?:estimated\s+)?reading time\s*:?(?:\s*\d+\s*min(?:ute)?s?\.?)?|lesezeit\s*:?(?:\s*\d+\s*min(?:uten?)?\.?)?)$/i;
const PHOTO_CREDIT_TEXT = /^(?:\(?(?:photo|image|picture|foto|bild|credit|photograph|illustration|video)s?(?:\s+by|\s+credit)?\s*[:©(]|©|\(c\)\s|copyright\s)|(?:getty images|afp|reuters|ap photo|shutterstock|istock|dpa|epa|picture alliance|imago)\s*(?:\/[^/]{0,40})?\)?$/i;
/** A lone media label left where a picture or player was ("Photo", "Video", "Bild"). */
const MEDIA_LABEL = /^(?:photos?|fotos?|images?|bild(?:er)?|videos?|graphics?|grafik|audio|podcast|gallery|galerie|slideshow|watch|play|listen)$/i;
/** A caption ending in its credit: "The minister in Yangon. (Photo: Getty)". */
const CAPTION_WITH_CREDIT = /[(\[](?:photo|foto|bild|image|picture|credit|quelle|source|fotos|photos)s?\s*:[^()\[\]]{1,80}[)\]]$/i;
/** "Titelbild: ...", "Bildquelle: ...", "Source: ...": a source or picture line, not article text. */
const SOURCE_LINE = /^(?:titelbild|bildquelle|fotoquelle|beitragsbild|headerbild|quelle|source|sources|fuente|via)\s*:/i;
const SHARE_TEXT = /^(?:share(?: this| on| article| story|:)?|tweet|email|print|copy link|pin it|whatsapp|facebook|twitter|linkedin|reddit|follow us|teilen|jetzt teilen|artikel teilen|partager|compartir|like it\?|(?:\p{L}+ )?share it)\b/iu;
/** Short share prompts in any position: "Diesen Artikel teilen", "Mit Freunden teilen", "Share this story". */
const SHARE_PROMPT = /(?:teilen|share(?: this)?(?: (?:article|story|post|page))?|partager|compartir|condividi|compartilhe|udostępnij|drucken)[?!.:]?$/i;
/** "Follow us on...", "Síguenos en...", "Folgen Sie uns", "Download our app". */
const FOLLOW_TEXT = /^(?:follow us|síguenos|siguenos|folgen sie uns|folge uns|suivez-nous|seguici|siga-nos|obserwuj nas)\b|\b(?:download (?:the|our) app|app herunterladen|(?:jetzt )?app laden)\b/i;
/** "Tags: a, b", "Filed under: x", "Kategorie: News": the article's tag and category lines. */
const TAG_LINE = /^(?:tags?|tagged(?: with)?|filed under|categor(?:y|ies)|kategorien?|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|étiquettes|etiquetas|mots-clés)\s*:/i;
/** Paywall and reader-feedback prompts. */
const PROMPT_TEXT = /^(?:pour lire la suite|to continue reading|continue reading|weiterlesen|read the full (?:story|article)|if you (?:enjoyed|liked) (?:reading )?this|we want to hear what you think|did you (?:like|enjoy) this|was this (?:article|page) helpful|war dieser artikel hilfreich|bildergalerie|gallery|zur startseite|back to top|nach oben)\b/i;
const RELATED_TEXT = /^(?:read (?:more|also|next)|what to read next|check out next|related(?: articles?| stories| posts?| content| coverage)?|see also|more from|more on this|you (?:may|might) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed)|trending|lesen sie auch|mehr zum thema|das könnte sie (?:auch )?interessieren|das könnte sie auch|lust auf mehr|empfehlungen aus|à lire aussi|lire aussi|leer más|ver también|te puede interesar|veja também|leia também|lees ook|zobacz też|czytaj też|also read|further reading|(?:am )?meist(?:en)? gelesen|meistgelesen|(?:articles )?les plus lus|(?:lo )?más leíd[oa]s?|i più letti|(?:neueste|letzte|aktuelle|ähnliche) (?:beiträge|artikel|kommentare)|derniers articles|articles similaires|artículos relacionados|articoli correlati)(?![\p{L}])/iu;
/** Whole-line labels over a list of other stories ("Weitere Themen", "Zum Weiterlesen", "Other posts you'll love:"). */
const RELATED_LABEL = /^(?:weitere themen|mehr themen|zum weiterlesen|verwandte (?:beiträge|artikel|themen)|explore further|more stories|other (?:posts|articles|stories) you(?:['’]ll| will| may| might) (?:love|like|enjoy)|other related (?:articles|posts|reading)|you may be interested in the following(?: topics)?(?: as well)?|vorschau auf den nächsten artikel|discover our latest editorial picks)\s*[:.!…]*$/iu;
const SUBSCRIBE_TEXT = /^(?:sign up|subscribe|subscribers? only|newsletter|get our newsletter|support (?:us|our journalism)|donate|become a (?:paid )?(?:member|subscriber)|already a subscriber|log ?in to|register (?:now|for free)|unlock (?:this|the full) (?:article|story|post|piece))\b/i;
/** Blog-engine and newsletter-platform widget labels, as whole lines ("Like this:", "Discussion about this post"). */
const WIDGET_LINE = /^(?:like this:?|like loading(?:\.{3}|…)?|loading(?:\.{3}|…)|discussion about this post|ready for more\?|no posts|expand full comment|click on a star to rate it!?|share this:|gefällt mir:?|gefällt mir wird geladen(?:\.{3}|…)?|j['’]aime\s?:|me gusta:|loading paragraph(?:\.{3}|…)?|thank you for your feedback!?|(?:back to )?top of (?:the )?page|listen to this article(?: in [\p{L} ]{1,30})?)$/iu;
/** A table of contents' or a search box's lone label ("Table of Contents", "Inhaltsverzeichnis", "Search"). */
const NAVIGATION_LABEL = /^(?:table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|índice|indice|on this page|search|suche|recherche|buscar|top|nach oben|haut de page)$/i;
/** A lone "Categories" label above a site's category list. */
const CATEGORIES_LABEL = /^(?:categories|kategorien|catégories|categorías|categorie)$/i;
const ADVERT_TEXT = /^(?:advertisement|advertising|sponsored(?: content)?|anzeige|publicité|publicidad|werbung|ad)(?:\s*[-–—:]\s*(?:continue reading below|scroll to continue|story continues below))?$/i;
const COOKIE_TEXT = /\b(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:policy|settings)|we respect your privacy|wir respektieren (?:deine|ihre) privatsphäre|verwendet cookies|utilise des cookies|utiliza cookies)\b/i;
const COMMENT_TEXT = /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|kommentare?|commentaires?|comentarios?)\b/i;
/** Related-reading and feedback prompts anywhere in a short line ("Das könnte Sie auch interessieren:"). */
const RELATED_PHRASE = /(?:könnten? (?:sie|dich) (?:auch )?(?:an [^.]{0,40})?interess|(?:might|may) also (?:like|enjoy|be interested)|you might be interested|auch interessant|weitere (?:artikel|beiträge|berichte|nachrichten)|aktuelle berichte|more (?:stories|articles|posts) (?:from|like|on)|te puede interesar|vous aimerez aussi|potrebbe interessarti)/i;
const FEEDBACK_PHRASE = /(?:(?:war|ist) (?:der|dieser|dieses) (?:artikel|beitrag|text|rezept) (?:nützlich|hilfreich)|(?:was|is) this (?:article|post|page|answer) (?:useful|helpful)|wie bewerten sie|rate this (?:article|post|recipe)|bewerten sie diese|was denkst du\?|what do you think\?|(?:noch )?keine bewertungen|no ratings yet)/i;
/** Punctuation, symbols, digits and invisible format characters (zero-width joiners) only. */
const SYMBOLS_ONLY = /^[\p{P}\p{S}\p{Cf}\s\d]*$/u;

/** Legal notes, affiliate disclosures and licence lines: site furniture even when a few sentences long. */
const DISCLAIMER = /(?:keine haftung|no liability|haftungsausschluss|we may (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission|reader-supported (?:site|website|publication)|(?:may )?contains? (?:affiliate )?links? (?:to|from) (?:products|partners)|this (?:post|article|page) (?:contains|may contain) (?:affiliate|references to products)|affiliate links?|provisions-?links?|werbelinks?|all rights reserved|alle rechte vorbehalten|licensed under (?:a )?creative commons|unter einer creative commons|tous droits réservés|todos los derechos reservados)/i;

/** A sign-up form's consent line: "By subscribing, you agree to our terms", "By pressing Submit I agree to ...". */
const FORM_CONSENT = /^by (?:subscribing|signing up|submitting|clicking|pressing|tapping|checking|registering|entering|providing|continuing)\b[^]{0,200}?\b(?:agree|consent|acknowledge|accept)/i;

/** True when a block is the consent small print of a sign-up or contact form. */
export function isFormConsent(text: string): boolean {
  return FORM_CONSENT.test(text);
}

/** Why a medium-length block (a few sentences) is site furniture by its text, or null. */
export function disclaimerReason(text: string): HintReason | null {
  return DISCLAIMER.test(text) ? 'call to action' : null;
}

/** Why a short block is boilerplate by its text alone, or null when it may be article text. */
export function shortTextReason(text: string): HintReason | null {
  if (SYMBOLS_ONLY.test(text)) return 'empty or symbol-only';
  if (ADVERT_TEXT.test(text)) return 'advert';
  if (BYLINE_TEXT.test(text) || (text.length < 80 && CREDIT_LINE.test(text))) return 'byline';
  if (text.length < 40 && READING_TIME.test(text)) return 'date line';
  if (PHOTO_CREDIT_TEXT.test(text)) return 'photo credit';
  if (CAPTION_WITH_CREDIT.test(text) || MEDIA_LABEL.test(text)) return 'photo caption';
  if (SOURCE_LINE.test(text)) return 'source line';
  if ((SHARE_TEXT.test(text) || SHARE_PROMPT.test(text)) && text.length < 60) return 'share or text-size widget';
  if (FOLLOW_TEXT.test(text) && text.length < 120) return 'call to action';
  if (RELATED_TEXT.test(text) || RELATED_LABEL.test(text)) return 'related links';
  if (TAG_LINE.test(text)) return 'tag list';
  if (text.length < 100 && RELATED_PHRASE.test(text)) return 'related links';
  if (text.length < 100 && FEEDBACK_PHRASE.test(text)) return 'feedback form';
  if (WIDGET_LINE.test(text)) return 'share or text-size widget';
  if (NAVIGATION_LABEL.test(text)) return 'navigation';
  if (CATEGORIES_LABEL.test(text)) return 'tag list';
  if (PROMPT_TEXT.test(text)) return 'call to action';
  if (SUBSCRIBE_TEXT.test(text)) return 'donation or subscription appeal';
  if (COOKIE_TEXT.test(text)) return 'browser or cookie warning';
  if (COMMENT_TEXT.test(text) && text.length < 60) return 'comments';
  return null;
}

/** Headings after which the article is over: comment sections, related stories, tag lists. */
const END_OF_ARTICLE_HEADING = /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|related(?: articles?| stories| posts?| content| coverage)?|more (?:from|on|stories|news|articles)\b|read (?:more|next|also)|you (?:may|might) (?:also )?like|recommended|most (?:read|popular)|popular (?:posts|articles|stories)|latest (?:news|posts|articles|stories)|share this|tags?:?$|categories:?$|about the author|kommentare?|commentaires?|comentarios?|ähnliche|verwandte|weitere artikel|das könnte sie auch|(?:am )?meist(?:en)? gelesen|meistgelesen|(?:articles )?les plus lus|(?:lo )?más leíd[oa]s?|i più letti|(?:neueste|letzte|aktuelle) (?:beiträge|artikel|kommentare)|derniers articles|articles similaires|artículos relacionados|articoli correlati)/i;

export function isEndOfArticleHeading(text: string): boolean {
  return text.length < 80 && END_OF_ARTICLE_HEADING.test(text);
}
