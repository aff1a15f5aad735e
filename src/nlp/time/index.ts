// Time: temporal expressions (TIMEX3), publication dates and event dates, as pure functions.
export { tagTimexes } from './tagger.js';
export { inferPublicationDate, isCaption, type PublicationInput } from './publication.js';
export { inferDatesFromCorpus, datedEvents, textSimilarity, type CorpusArticle, type DatedEvent } from './corpus.js';
export { resolveEventDate, dateOfValue, type EventDate } from './event-date.js';
