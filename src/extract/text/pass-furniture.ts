// First pass: what a block is by its own form (named furniture patterns), or null when it needs context.
import type { BlockLabel, BoilerplateReason } from '../../model.js';
import * as settings from '../../settings.js';
import { parseDateStamp } from './dateline.js';
import type { BlockFeatures } from './features.js';
import * as patterns from './patterns.js';
import { isAgencyName } from './sources.js';
import { QUOTED } from './classified.js';

const S = settings.textExtraction;

/** A quotation: a block that quotes is the story's, whatever words it uses. */

const SUPPORT_OUTLET = /^(please\s+)?support\s+(the\s+)?\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*!?$/iu;

/** First pass: what a block is by its own form, or null when it needs context. */
export function furnitureOf(text: string, f: BlockFeatures): { label: BlockLabel; reason: BoilerplateReason } | null {
  const short = f.words <= S.maxWidgetWords;
  const formSized = f.words <= S.maxFormWords;
  const boiler = (reason: BoilerplateReason) => ({ label: 'boilerplate' as const, reason });
  if (patterns.hasOverlongWord(text)) return boiler('encoded data');
  if (parseDateStamp(text, false)) return { label: 'date', reason: 'date line' };
  if (!f.hasLetters) return patterns.CHARACTER_COUNTER.test(text) ? boiler('feedback form') : boiler('empty or symbol-only');
  if (short && !f.endsLikeSentence && patterns.IMAGE_FILE_NAME.test(text)) return boiler('image file name');
  if (patterns.BYLINE.test(text) && f.words <= 16) return { label: 'byline', reason: 'byline' };
  if (formSized && patterns.REPORTER_CREDIT.test(text)) return { label: 'byline', reason: 'byline' };
  if (short && patterns.BYLINE_WITH_ROLE.test(text)) return { label: 'byline', reason: 'byline' };
  if (formSized && patterns.FOLLOW_US.test(text)) return boiler('call to action');
  if (formSized && patterns.COPYRIGHT_FOOTER.test(text)) return boiler('copyright footer');
  if (f.words <= S.maxFormWords * 3 && patterns.DATED_COPYRIGHT.test(text) && !QUOTED.test(text)) return boiler('copyright footer');
  if (formSized && patterns.FORM_SMALL_PRINT.test(text)) return boiler('call to action');
  if (short && patterns.COMMENTS_HEADER.test(text)) return boiler('comments');
  if (formSized && patterns.COMMENTS_ON.test(text)) return boiler('comments');
  if (short && patterns.RELATIVE_STAMP.test(text)) return { label: 'date', reason: 'date line' };
  if (short && patterns.READING_CONTROL.test(text)) return boiler('navigation');
  if (short && patterns.READING_TIME.test(text)) return boiler('navigation');
  if (formSized && patterns.READER_CALL.test(text)) return boiler('call to action');
  if (patterns.RELEASE_END.test(text)) return boiler('navigation');
  if (short && patterns.SHARE_OR_TEXT_SIZE.test(text)) return boiler('share or text-size widget');
  if (patterns.SOCIAL_NAMES_ONLY.test(text)) return boiler('share or text-size widget');
  if (formSized && patterns.BROWSER_OR_COOKIE.test(text)) return boiler('browser or cookie warning');
  if (formSized && patterns.FEEDBACK_FORM.test(text)) return boiler('feedback form');
  if (patterns.RELATED_LINKS.test(text) && (short || !f.endsLikeSentence)) return boiler('related links');
  if (short && patterns.ADVERT.test(text)) return boiler('advert');
  if (formSized && patterns.AFFILIATE_DISCLOSURE.test(text)) return boiler('advert');
  if (patterns.MEDIA_TEASER.test(text) && !f.endsLikeSentence) return boiler('related links');
  if (formSized && patterns.TAG_LIST.test(text)) return boiler('navigation');
  if (short && patterns.TAG_HEADER.test(text)) return boiler('navigation');
  if (short && (SUPPORT_OUTLET.test(text) || patterns.PUBLISHER_MESSAGE.test(text))) return boiler('donation or subscription appeal');
  // Appeal words alone are not enough ("donations to food banks fell", a headline): the outlet must address its
  // reader, or the line must read as a button or banner.
  const appealForm = f.voiceWords >= 1 || patterns.APPEAL_START.test(text) || (short && !f.titleLike);
  if (patterns.DONATION_OR_SUBSCRIPTION.test(text) && appealForm) {
    return boiler('donation or subscription appeal');
  }
  if (short && patterns.CALL_TO_ACTION.test(text)) return boiler('call to action');
  if (formSized && patterns.SOURCE_LINE.test(text)) return boiler('source line');
  if (formSized && patterns.PHOTO_CREDIT.test(text)) return { label: 'photo-credit', reason: 'photo credit' };
  if (short && patterns.MENU_LINE.test(text)) return boiler('navigation');
  if (short && patterns.WIDGET_READING.test(text) && !f.endsLikeSentence) return boiler('navigation');
  if (short && patterns.EMAIL_LINE.test(text)) return { label: 'byline', reason: 'byline' };
  if (patterns.CAPTION_WORDING.test(text) || patterns.TRAILING_PHOTO_CREDIT.test(text)) {
    return { label: 'caption', reason: 'photo caption' };
  }
  if (short && patterns.NAVIGATION.test(text) && !f.endsLikeSentence) return boiler('navigation');
  if (short && isAgencyName(text)) return { label: 'byline', reason: 'byline' };
  return null;
}
