// Named, linear-time patterns for the kinds of blocks that surround an article in scraped page text. Each matches
// a page-furniture convention shared by many outlets, never a sentence of one outlet. Tested in test/extract-text.
import { extractDocument as extractDocumentSettings } from '../../settings.js';

/** Lines that open a related-links list or are one inline related link. */
export const RELATED_LINKS =
  /^(also read|read also|lee también|leia também|lire aussi|lesen sie auch|leggi anche|(subscribers? )?read more|read next|up next|related topics|explore more( on these topics)?|more on this (story|topic)|related( articles?| stories| coverage| news| content)?|more (from|on|stories|news)|recommended( for you| stories)?|you (may|might) also (like|be interested)|others are reading( now)?|most (read|popular|viewed)|trending( now)?|see also|further reading|what to read next|editor'?s picks|top stories|latest (news|stories)|ähnliche (beiträge|artikel)|mehr zum thema|auch interessant|das könnte (sie|dich) auch interessieren|artikel zum thema|weitere (artikel|beiträge|nachrichten)|meist gelesen(e artikel)?|lesen sie (auch|mehr)|vea también|lea (también|más)|otras noticias|noticias relacionadas|te puede interesar|à lire aussi|voir aussi|sur le même sujet|articles? similaires?|leggi anche|potrebbe interessarti)\b\s*[:|»>-]?/iu;

/** Video, audio and live-blog teasers: "Watch: ...", "Live updates: ...". */
export const MEDIA_TEASER = /^(watch|listen|video|podcast|gallery|in pictures|live|live updates|live blog)\s*:\s*\S/i;

/** Tag and topic lists under a story. */
export const TAG_LIST = /^(topics|tags|filed under|related topics|categories)\s*:/i;

/** Affiliate-link disclosures. */
export const AFFILIATE_DISCLOSURE = /\b(may earn (a )?(small )?(commission|fee)|affiliate (links?|commission)|when you buy through (our )?links)\b/i;

/** A comments section header: "14 comments", "Comments (3)", "Join the discussion". */
export const COMMENTS_HEADER = /^[^\p{L}\p{N}]*(\d+\s+comments?|comments?\s*(\(\d+\))?|reader comments|show comments|view comments|\d+\s+responses?|\d*\s*kommentare?\s*(\(\d+\))?|kommentieren( sie)?( hier)?|schreibe einen kommentar|kommentar schreiben|(deja|dejar) un comentario|comentarios|laisser un commentaire|commentaires|commenti|lascia un commento)$/iu;

/** A count of comments on the post, named: "1 Comment on Why the ferry is late", "12 thoughts on “X”". */
export const COMMENTS_ON = /^\d+\s+(comments?|responses?|thoughts?|replies|kommentare?|commentaires?|comentarios?)\s+(on|to|zu|auf|sur|en)\s+\S/iu;

/** A bare heading over a list of topic links: "Topics", "Tags", "Explore more on these topics". */
export const TAG_HEADER = /^(topics|tags|explore more on these topics|related topics|more on these topics|filed under)$/i;

/** Reading and loading controls: "Continue reading", "Show more", "Loading...". */
/** An estimated reading time: "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Min.". */
export const READING_TIME =
  /^(?:(?:(?:estimated\s+)?reading time|lesezeit|temps de lecture)\s*:?\s*(?:about\s+|ca\.\s+)?\d{1,3}\s*(?:min(?:ute)?s?|minuten|min\.)|\d{1,3}\s*[-–]?\s*(?:min(?:ute)?s?|minuten|min\.)\s*(?:read|reading|to read|de lecture|lesezeit))$/i;

export const READING_CONTROL = /^(continue reading|show more( comments)?|load more( comments| stories)?|loading\.*|read the full (story|article)|see more|view more|back to top|scroll to continue)$/i;

/** The outlet asking its readers for material: "Do you have a story for us?", "Send us your photos". */
export const READER_CALL = /^(do you have|got) (a story|a tip|photos?|videos?|pictures|news)\b|^send us (your|a)\b|^(email|contact) (us|the newsroom|our news ?desk)\b/i;

/** A relative time stamp: "Posted 2 hours ago", "Updated 5 min ago". */
export const RELATIVE_STAMP = /^((published|posted|updated)\s*:?\s*)?\d+\s*(sec(ond)?s?|min(ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$/i;

/** The end marker of a press release, after which only contacts and boilerplate follow. */
export const RELEASE_END = /^(###|-30-|- ?ends ?-|ends)$/i;

/** The "About the organisation" heading of a press release. */
export const ABOUT_HEADING = /^about (the |us$)?\p{Lu}?[\p{L}&'’. -]{0,60}$/iu;

/** Opening verbs of an appeal: a short line starting so is a button or banner, not a headline. */
export const APPEAL_START = /^(donate|subscribe|support|contribute|become a|sign up|join|give|register|already a subscriber)\b/i;

/** Advert slots and sponsored-content markers. */
/** Markers after which the next headline is an advertiser's, not the outlet's. */
export const SPONSORED_MARKER = /^(sponsored( content| stories| links| posts| by)?|promoted( content| stories| by)?|partner content|paid (content|post)|from our partners)\b/i;

export const ADVERT =
  /^(advertisements?|advert|sponsored( content| by)?|ads? by\b|promoted( content| by)?|partner content|paid (content|post)|story continues below( this)? (ad|advertisement)|continue reading below)\b/i;

/** Warnings about the reader's browser, scripts or cookies. */
export const BROWSER_OR_COOKIE =
  /\b(update your browser|browser is out of date|outdated browser|unsupported browser|enable javascript|javascript is (disabled|required)|(we|this (site|website)) uses? cookies|accept (all )?cookies|cookie (settings|policy|preferences)|ad ?blocker|accept all|reject all|reject non-essential|manage (preferences|cookies|settings|consent)|we value your privacy|your privacy (choices|settings)|our partners (store|use)|store and(\/or)? access information on (a|your) device|personali[sz]ed (ads|advertising|content))\b/i;

/** Social share buttons, print/email links and text-size controls. */
export const SHARE_OR_TEXT_SIZE =
  /^(share( (this|the) (article|story|page|post))?|share (on|via) \w+|tweet( this)?|copy (the )?link|link copied|print( this( article| page)?)?|teilen|beitrag teilen|artikel teilen|drucken|seite drucken|compartir|partager|condividi|e-?mail( this)?( article| story)?|change (text |font )?size|(text|font) size( a\+?)*( a-?)*|a\+?\s*a-?|save (article|for later)|bookmark|listen to (this )?article|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger)$/i;

/** A line made only of social network and share words ("Facebook Twitter WhatsApp Email"). */
export const SOCIAL_NAMES_ONLY =
  /^(share (on|via|this)\s+)?((facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|email|e-mail|print|share|copy link|vk|weibo|wechat|flipboard)[\s,|·•/]*){2,}$/i;

/** Reader feedback forms and comment boxes. */
export const FEEDBACK_FORM =
  /\b(your opinion matters|was this (article|story|page) (helpful|useful)\??|tell us what you think|your feedback helps|send feedback|share your (experiences?|thoughts|feedback|views)|enter at least \d+ characters|we appreciate your feedback|thank you for (sharing|your feedback)|we'?re here to listen|leave a (comment|reply)|post a comment|join the (conversation|discussion)|was this (article|story) helpful|report an error|send us (a tip|your feedback))\b/i;

/** A character counter such as "0 / 30". */
export const CHARACTER_COUNTER = /^\d+\s*\/\s*\d+$/;

/** Donation, membership and subscription appeals, and newsletter sign-ups. */
export const DONATION_OR_SUBSCRIPTION =
  /\b(donat(e|ion|ions|ing)|support (us|our (work|journalism|newsroom|reporting))|support independent|please support|(make|your) (a )?(one-time |monthly )?contribution|become a (member|patron|subscriber|supporter)|subscribe (now|today|to (our|the))|sign up (for|to) (our|the)|newsletter|small favou?r to ask|dear readers?|remind me later|already a subscriber|subscription|paywall|unlimited access|start (your|a) free trial|(delivered )?(to|in) your inbox|enter your e-?mail|your e-?mail address|delivered (to you )?every (day|week|weekday|morning|evening|sunday|monday|friday|saturday)|^subscribe\b|^sign up$|^log ?in$|unsubscribe( at)? any ?time|no spam|our (newsroom|journalism|reporting|journalists) (depends|relies|is funded)|readers( like you)? (now )?(fund|support|pay for)|fund (more than )?(half|most) of our)\b/i;

/** The heading of a note from the outlet to its readers: "A Message from The X:". */
export const PUBLISHER_MESSAGE = /^an? (message|note|letter|word) from\b[^.!?]*:$/i;

/** "Follow us on Instagram", "Follow WBS West on Facebook, X and Instagram". */
export const FOLLOW_US = /\bfollow ([\p{L}&' -]{1,30}) on (facebook|twitter|x|instagram|linkedin|threads|bluesky|tiktok|youtube|telegram|whatsapp)\b/iu;

/** Messages that ask the reader to act and say "we": the voice of the publisher, not of the story. */
export const CALL_TO_ACTION = /^(click here|tap here|follow us|join us|download (our|the) app|get the app|listen now|watch now|log ?in|sign ?in|register|anmelden|einloggen|registrieren|iniciar sesión|se connecter|connexion|schon registriert\?)\b/iu;

/** Site navigation and breadcrumbs. */
export const NAVIGATION =
  /^(home(page)?|menu|main menu|search|sections?|skip to (main )?content|back to top|next (article|story)|previous (article|story)|go to|you are here|zurück( zur übersicht)?|sie sind hier|nächster beitrag|vorheriger beitrag|inicio|accueil|vous êtes ici)(?![\p{L}\p{N}])/iu;

/** An image file name left behind by a scraper ("Some_Person_with_Other" or "photo.jpg"). */
// The lookbehind starts a name only at a word's start: tried at every letter of a long token, it was quadratic.
export const IMAGE_FILE_NAME = /((?<!\w)\w+_\w+_\w+)|(\.(jpe?g|png|gif|webp|svg|avif)\b)/i;

/** A line that names the sources of an article ("Sources: X, Y"). */
export const SOURCE_LINE =
  /^\(?(sources?|via|with (input|reporting) from|additional reporting( by)?|reporting by|writing by|editing by|compiled by|(this (article|story) )?(was )?(originally|first) (published|appeared))\s*:?\s+\S/i;

/** Reporter credits at the foot of agency copy: "Reporting by X in Y; Editing by Z". */
export const REPORTER_CREDIT = /^\(?(additional )?(reporting|writing|reported) by\s+(.+?)\)?$/i;

/** A copyright footer: "© 2025 The X. All rights reserved. Terms | Privacy". */
export const COPYRIGHT_FOOTER = /^(©|\(c\)|copyright\b)|\ball rights reserved\b/i;

/** A copyright notice with its year anywhere in a block ("... redistributed. ©2024 Network, LLC."): a long footer. */
export const DATED_COPYRIGHT = /(©|\(c\)|copyright)\s*(19|20)\d\d\b|\ball rights reserved\b/i;

/** The small print of a sign-up or login form: e-mail fields, terms consented to, help links. */
export const FORM_SMALL_PRINT =
  /\b(enter (a |your )?(valid )?e-?mail( address)?|valid e-?mail address|by (entering|submitting|clicking|signing up)\b.{0,80}\b(agree|consent)|you (are agreeing|agree) to (our|the)\b.{0,40}\b(terms|privacy)|having trouble\? click here)\b/i;

/** A menu or breadcrumb: three or more short items joined by separators ("Home › World › Asia"). */
export const MENU_LINE = /^[^·›»|/•>]{1,30}([·›»|/•>][^·›»|/•>]{1,30}){2,}$/;

/** Photo credits: licences, photo agencies, "Photo: Name". */
export const PHOTO_CREDIT =
  /(\bCC[ -]BY(-SA|-ND|-NC)*\b|creative commons|wikimedia commons|getty images|shutterstock|\bisto?ckphoto\b|^\s*[[(]?(photo|image|picture|photograph|credit|file photo|illustration|image source)s?\s*(by|:|\/|©|,)|^©|\bphoto(graph)?\s*:\s)/i;

/** Wording that marks a photo caption. */
export const CAPTION_WORDING =
  /^[[(]?(image|photo|picture) caption\b|\b(in this (file |handout |undated )?(photo|picture|image|photograph)|file (photo|picture|image)|(photo|picture|image) (taken|shows|provided)|pictured (here|above|left|right)|seen in this (photo|picture|image)|this handout (photo|picture))\b/i;

/** A caption that ends with its credit: "(Agency/Name)" or "Name Name/AGENCY". */
export const TRAILING_PHOTO_CREDIT =
  /(\(\s*[A-Z][\w.&' -]{1,40}\/\s*[A-Z][\w.&' -]{1,40}\)|\b\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}\s?\/\s?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}|\b(?:Photograph|Photo|Picture|Image|Illustration)s?\s*:\s*[^.]{2,60}|[.!?]\s+\p{Lu}\p{Ll}+ \p{Lu}[\p{L}-]+ for (?:The )?\p{Lu}[\p{L} ]{2,40})\s*\.?$/u;

/** A pull quote set apart from the body: a quotation and its speaker ("'It buys the crew time' – Dr Jane Roe"). */
export const PULL_QUOTE = /^["“'‘](.{10,300})["”'’]\s*[–—-]\s*\p{Lu}[\p{L}.'’ -]{2,60}$/u;

/** Weather and market widgets: "Fresno 61° Partly Cloudy", "STI 3,812.44 ▲0.6%". */
export const WIDGET_READING = /\d\s?°\s?[CF]?\b|[▲▼]\s?\d/u;

/** A contact e-mail on its own line. */
export const EMAIL_LINE = /^\S+@\S+\.\S+$/;

/** A writer's biography at the foot: "Jane Doe is our senior correspondent ...", "Jane Doe covers trade ...". */
export const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}\s(?:(?:covers|reports on|writes about|has reported on)\b|(?:is|was)\b.{0,120}\b(?:correspondent|editor|reporter|writer|journalist|columnist|contributor)\b)/u;

/** A list item: "* text", "- text", "• text", "1. text". */
export const LIST_ITEM = /^([*•·–-]|\d{1,2}[.)])\s+\S/;

/** A horizontal rule drawn with characters: "-----", "=====", "* * *". */
export const RULE_LINE = /^[\s\-=_*~#.·•]{3,}$/;

/** A byline with the writer's role: "Jane Doe | Scotland correspondent", "WBS West transport correspondent". */
export const BYLINE_WITH_ROLE =
  /^((\p{Lu}[\p{L}'’-]+)(\s\p{Lu}[\p{L}'’-]+){1,3}\s*[|,–—-]\s*)?([\p{L}&'’ -]{0,50}\s)?(correspondent|editor|reporter|writer|columnist|journalist|contributor|staff writer|analyst|producer)s?$/iu;

/** A line that is only a byline: "By Jane Doe and Omar Reyes". */
export const BYLINE =
  /^(?:[Bb]y:?|BY:?|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eported by|[Pp]osted by|[Ww]ords:|[Tt]ext:|[Aa]uthors?:|[Rr]eporter:)\s+(\p{Lu}[^.!?]{1,120})$/u;

/** First person plural: a publisher speaking about itself (outside quotes); "US" the country is not "us". */
export const FIRST_PERSON_PLURAL = /\b([Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|[Oo]urs|us)\b/g;

/** Second person: a page speaking to its reader (outside quotes). */
export const SECOND_PERSON = /\b([Yy]ou|[Yy]our|[Yy]ou're|[Yy]ou've)\b/g;

/** Quoted passages, removed before counting who speaks. */
export const QUOTED_PASSAGE = /"[^"]*"|“[^”]*”/g;

/** Terminal punctuation of a sentence, possibly followed by closing quotes or brackets. */
export const ENDS_LIKE_SENTENCE = /[.!?…]["'”’“‘»«›‹)\]]*$/;

/**
 * Whether a block holds a word (a run without whitespace) longer than extractDocument.maxWordChars: encoded data
 * (base64, a hash, minified code), never prose. Read before any pattern: the name patterns here and in later stages
 * are tried from every capital of a word, so a word of n letters costs them n squared.
 */
export function hasOverlongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 ? 0 : run + 1;
    if (run > extractDocumentSettings.maxWordChars) return true;
  }
  return false;
}
