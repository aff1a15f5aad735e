// Real pages as labelled scraped text for the block classifier: each WCXB page (HTML and gold main text) is rendered
// as a reader's copy of the visible page, split into blocks the project's way, and every block is labelled body or
// furniture by how much of it lies inside the gold article text. Shared by scripts/train-blocks.ts and eval/blocks.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { blockKey, splitBlocks, type TextBlock } from '../src/extract/text/blocks.js';
import { hashFeature } from '../src/extract/text/block-model.js';
import { renderHtmlAsText } from './render-html.js';

/** Gold verdict on a block; 'unsure' blocks (partly inside, or too short to place) are left out of training and scores. */
export type GoldLabel = 'body' | 'furniture' | 'unsure';

export interface LabelledPage {
  id: string;
  domain: string;
  blocks: TextBlock[];
  gold: GoldLabel[];
}

/** Share of a block's word trigrams found in the gold text above which it is body, and below which furniture. */
const BODY_SHARE = 0.6;
const FURNITURE_SHARE = 0.2;

function words(text: string): string[] {
  return blockKey(text).split(' ').filter((w) => w !== '');
}

function trigrams(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  return out;
}

/** Labels blocks against the gold article text by token overlap. */
export function labelBlocks(blocks: TextBlock[], goldText: string): GoldLabel[] {
  const goldTokens = words(goldText);
  const goldTrigrams = new Set(trigrams(goldTokens));
  const goldJoined = ` ${goldTokens.join(' ')} `;
  const goldLines = new Set(goldText.split(/\n+/).map((line) => blockKey(line)).filter((key) => key !== ''));
  return blocks.map((block) => {
    const tokens = words(block.text);
    if (tokens.length === 0) return 'furniture';
    if (tokens.length < 3) {
      // A short line is body when the gold has it as a line of its own (a subheading); furniture when the gold
      // never has these words in a row; otherwise ("Home" inside a sentence) there is no telling.
      const key = tokens.join(' ');
      if (goldLines.has(key)) return 'body';
      return goldJoined.includes(` ${key} `) ? 'unsure' : 'furniture';
    }
    const grams = trigrams(tokens);
    const share = grams.filter((gram) => goldTrigrams.has(gram)).length / grams.length;
    if (share >= BODY_SHARE) return 'body';
    return share <= FURNITURE_SHARE ? 'furniture' : 'unsure';
  });
}

export const WCXB_DIR = (sharedRoot: string) => path.join(sharedRoot, 'data/extraction/wcxb-dev');

interface WcxbTruth {
  url: string;
  ground_truth: { main_content?: string | null };
}

/** A page's outlet decides its split, so that no outlet is in both. One in five outlets is held out. */
export function isValidationDomain(domain: string): boolean {
  return hashFeature(`split:${domain}`, 1 << 16) % 5 === 0;
}

/** Loads and labels the WCXB pages; `which` picks the training or validation outlets. */
export function loadWcxbPages(sharedRoot: string, which: 'train' | 'validation'): LabelledPage[] {
  const dir = WCXB_DIR(sharedRoot);
  if (!existsSync(dir)) return [];
  const pages: LabelledPage[] = [];
  for (const file of readdirSync(path.join(dir, 'ground-truth')).sort()) {
    const id = file.replace(/\.json$/, '');
    const htmlFile = path.join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(htmlFile)) continue;
    const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth', file), 'utf-8')) as WcxbTruth;
    const goldText = truth.ground_truth.main_content;
    // A few pages have no gold article text; they cannot be labelled.
    if (!goldText) continue;
    const domain = new URL(truth.url).hostname.replace(/^www\./, '');
    if (isValidationDomain(domain) !== (which === 'validation')) continue;
    const text = renderHtmlAsText(gunzipSync(readFileSync(htmlFile)).toString('utf-8'));
    const blocks = splitBlocks(text);
    pages.push({ id, domain, blocks, gold: labelBlocks(blocks, goldText) });
  }
  return pages;
}

interface FundusTruth {
  body: string[];
  url: string;
}

/** Loads and labels the Fundus news pages (16 publishers, 5 pages each); one in five publishers is held out. */
export function loadFundusPages(sharedRoot: string, which: 'train' | 'validation'): LabelledPage[] {
  const dir = path.join(sharedRoot, 'data/extraction/fundus-eval');
  const truthFile = path.join(dir, 'ground_truth.json');
  if (!existsSync(truthFile)) return [];
  const truth = JSON.parse(readFileSync(truthFile, 'utf-8')) as Record<string, FundusTruth>;
  const pages: LabelledPage[] = [];
  for (const [file, gold] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    const htmlFile = path.join(dir, 'html', file);
    if (!existsSync(htmlFile) || gold.body.length === 0) continue;
    const publisher = file.replace(/_\d+\.html\.gz$/, '');
    if (isValidationDomain(publisher) !== (which === 'validation')) continue;
    const text = renderHtmlAsText(gunzipSync(readFileSync(htmlFile)).toString('utf-8'));
    const blocks = splitBlocks(text);
    pages.push({ id: file.replace(/\.html\.gz$/, ''), domain: publisher, blocks, gold: labelBlocks(blocks, gold.body.join('\n')) });
  }
  return pages;
}

/** Labels that keep a block in the extracted article. */
const KEPT = new Set(['body', 'standfirst', 'subheading']);

export interface RemovalScore {
  /** Share of gold furniture blocks the extraction removes. */
  furnitureRemoved: number;
  /** Share of gold body blocks the extraction removes. */
  bodyLost: number;
  /** The same, counted in words rather than blocks. */
  furnitureWordsRemoved: number;
  bodyWordsLost: number;
  furnitureBlocks: number;
  bodyBlocks: number;
}

/** Scores labelled pages classified by `classify` (the rules alone, or the rules and the model). */
export function scoreRemoval(pages: LabelledPage[], classify: (blocks: TextBlock[]) => { label: string }[]): RemovalScore {
  let furniture = 0, furnitureHit = 0, body = 0, bodyHit = 0, furnitureWords = 0, furnitureWordsHit = 0, bodyWords = 0, bodyWordsHit = 0;
  for (const page of pages) {
    const labels = classify(page.blocks);
    page.blocks.forEach((block, i) => {
      const removed = !KEPT.has(labels[i]!.label);
      const size = words(block.text).length;
      if (page.gold[i] === 'furniture') {
        furniture++;
        furnitureWords += size;
        if (removed) (furnitureHit++, (furnitureWordsHit += size));
      } else if (page.gold[i] === 'body') {
        body++;
        bodyWords += size;
        if (removed) (bodyHit++, (bodyWordsHit += size));
      }
    });
  }
  const share = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    furnitureRemoved: share(furnitureHit, furniture),
    bodyLost: share(bodyHit, body),
    furnitureWordsRemoved: share(furnitureWordsHit, furnitureWords),
    bodyWordsLost: share(bodyWordsHit, bodyWords),
    furnitureBlocks: furniture,
    bodyBlocks: body,
  };
}
