// Time: temporal expressions (TIMEX3), publication dates and event dates, as pure functions.
//
//   tagTimexes(text, referenceDate)        DATE/TIME/DURATION/SET expressions with UTF-16 offsets and values
//   inferPublicationDate(input)            stated date, dateline, or an inference with evidence and confidence
//   inferDatesFromCorpus(articles)         dates undated articles borrow from the others
//   resolveEventDate(sentence, timexes, referenceDate, text?)   the date the event of a sentence happened
//
// Inside: tokens -> grammar (rules-calendar, rules-span, holidays) -> context (ranges, times on days)
// -> tense -> normalise (TIMEX3 values against the anchor).
export { tagTimexes, anchorFromReference } from './tagger.js';
export { inferPublicationDate, isCaption, type PublicationInput } from './publication.js';
export { inferDatesFromCorpus, datedEvents, textSimilarity, type CorpusArticle, type DatedEvent } from './corpus.js';
export { resolveEventDate, dateOfValue, type EventDate } from './event-date.js';
