// The records that flow through the pipeline. Every stage reads and returns these types only, so a stage can be
// tested, replaced or run alone. Field names that appear in ../shared/CONTRACT.md keep the contract's spelling.

/** How an input document was recognised by its content. */
export type DocumentKind = 'text' | 'html' | 'warc' | 'feed' | 'jsonl';

/** Metadata that came with the input itself (JSONL fields, feed items, WARC headers), not inferred. */
export interface SuppliedMetadata {
  title?: string;
  url?: string;
  published?: string;
  publisher?: string;
  /** When the page was captured (WARC-Date, or the time a URL was fetched): not the publication date, but it
   *  cannot be later; relative dates on the page ("3 hours ago") are read against it. */
  captured?: string;
}

/** One document as ingested: its bytes decoded to text, before any extraction. */
export interface RawDocument {
  id: string;
  /** Path, URL or `stdin`, with `#line` for JSONL records. */
  source: string;
  kind: DocumentKind;
  /** sha256 of the document's own content; the same bytes ingested twice are one document. */
  contentHash: string;
  /** Decoded content: plain text or HTML markup, depending on `kind`. */
  content: string;
  /** True when `content` is HTML markup rather than plain text. */
  isHtml: boolean;
  supplied: SuppliedMetadata;
}

/** A problem with one input: the pipeline reports it and goes on with the others. */
export interface InputFailure {
  source: string;
  message: string;
}

/** A diagnostic attached to a record, with its place in the source (cf. unified's VFile messages). */
export interface Warning {
  stage: string;
  message: string;
  offset?: number;
}

/** What a block of scraped text is. Everything but body-like labels is removed from the article text. */
export type BlockLabel =
  | 'title'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'date'
  | 'body'
  | 'subheading'
  | 'caption'
  | 'photo-credit'
  | 'masthead'
  | 'boilerplate';

/** Why a block was left out of the article text. */
export type BoilerplateReason =
  | 'donation or subscription appeal'
  | 'related links'
  | 'advert'
  | 'browser or cookie warning'
  | 'share or text-size widget'
  | 'feedback form'
  | 'navigation'
  | 'image file name'
  | 'source line'
  | 'photo caption'
  | 'photo credit'
  | 'masthead'
  | 'title'
  | 'byline'
  | 'dateline'
  | 'date line'
  | 'repeated standfirst'
  | 'repeated across documents'
  | 'call to action'
  | 'copyright footer'
  | 'comments'
  | 'author bio'
  | 'pull quote'
  | 'empty or symbol-only'
  | 'encoded data'
  | 'predicted furniture';

export interface RemovedBlock {
  text: string;
  reason: BoilerplateReason | string;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface PublicationDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null rather than wrong when unsure. */
  date: string | null;
  /** The text the date was read from, or a sentence saying how it was inferred. */
  evidence: string | null;
  confidence: number;
}

/** The contract's Article: a clean article with its metadata and what was removed. */
export interface Article {
  id: string;
  source: string;
  title: string | null;
  publisher: string | null;
  byline: string[];
  dateline: string | null;
  published: PublicationDate;
  language: string;
  /** Clean body; paragraphs separated by one blank line. */
  text: string;
  boilerplate: RemovedBlock[];
  /** News agencies and outlets the article cites as its sources. */
  agencies: string[];
  contentHash: string;
  warnings: Warning[];
}

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'misc';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** The fullest name of the entity this mention refers to within its text. */
  canonical: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2021-06-22`, `P5Y`, `2021-W25`, `PRESENT_REF`, `XXXX-02`. */
  value: string;
}

export interface Quote extends Span {
  text: string;
  speaker: string | null;
  /** The agency or outlet that relayed the quote ("RIA quoted Shoigu as saying"). */
  via: string | null;
}

/** The NLP layers of one text, all with UTF-16 offsets into that text (the contract's `nlp` output). */
export interface TextAnnotations {
  id: string;
  sentences: Span[];
  entities: EntityMention[];
  timexes: Timex[];
  quotes: Quote[];
}

export interface Actor {
  text: string;
  /** CAMEO actor code such as RUS, MMRMIL. */
  code: string | null;
}

/** The contract's coded event, as found in one sentence. */
export interface CodedEvent {
  type: string;
  cameo: string;
  source: Actor;
  target: Actor | null;
  date: string | null;
  place: string | null;
  sentence: Span;
}

export interface EventRecord extends CodedEvent {
  id: string;
  /** The temporal expression the event's date was resolved from. */
  date_evidence?: string | null;
  article: string;
  reported_by: string | null;
  story: string | null;
}

export interface EntityRole {
  title: string;
  date: string | null;
  articles: string[];
}

/** A corpus-level entity: all mentions of one person, organisation or place across articles. */
export interface EntityProfile {
  id: string;
  name: string;
  type: EntityType | string;
  aliases: string[];
  roles: EntityRole[];
  articles: string[];
}

export interface QuoteRecord {
  speaker: string | null;
  text: string;
  article: string;
  via: string | null;
}

export interface SummarySentence {
  text: string;
  sources: string[];
}

export interface ConflictVersion {
  value: string;
  articles: string[];
  evidence: string;
}

export interface Conflict {
  fact: string;
  versions: ConflictVersion[];
}

export interface Story {
  id: string;
  title: string;
  date: { start: string | null; end: string | null };
  articles: string[];
  summary: SummarySentence[];
  events: string[];
  conflicts: Conflict[];
}

export interface TimelineEntry {
  date: string;
  story: string | null;
  label: string;
  articles: string[];
}

export interface DossierArticle extends Omit<Article, 'contentHash' | 'warnings'> {
  story: string | null;
  duplicate_of: string | null;
}

/** The contract's whole dossier of a corpus. */
export interface Dossier {
  articles: DossierArticle[];
  stories: Story[];
  events: EventRecord[];
  entities: EntityProfile[];
  quotes: QuoteRecord[];
  timeline: TimelineEntry[];
}

/** A checkable fact stated in one sentence, with the source the article attributes it to (issue 6). */
export interface Claim {
  /** What the fact is about, named the same way in every article: "agreement duration", "death toll", "title". */
  slot: string;
  /** The words of the text that state it: "five-year", "at least 870". */
  value: string;
  /** Comparable form: TIMEX3 durations and dates, plain numbers, names as written. */
  normalized: string;
  unit?: string;
  sentence: Span;
  evidence: string;
  /** "a local monitoring group", "state media", "TASS"; null when the article states it on its own. */
  attributedTo: string | null;
  /** Who or what the fact is about: "agreement", "Sergei Shoigu". */
  subject?: string | null;
  /** The unit of the last digit written, in the normalized unit: 1 for "870", 100 for "1,100", 1e8 for "$1.2bn". */
  precision?: number;
  /** How the text bounds the figure: "at least 870" -> "at least", "nearly 100" -> "at most", "about" for estimates. */
  qualifier?: 'at least' | 'at most' | 'about' | null;
  /**
   * True for a figure no named slot knows, named from its noun or verb ("drone", "fire duration"): another outlet may
   * name the same fact with another word, so the stories stage may align it with a figure of the same kind.
   */
  generic?: boolean;
}
