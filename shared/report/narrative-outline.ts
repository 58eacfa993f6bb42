// The outline of the narrative report: the chairman's sections and the ledger's section, placed by
// heading (not by position), numbered consistently ("I." parts, "1." items restarting in each part),
// with no empty heading printed. The headings left out are returned so the screen and the sign-off can
// warn about them first.

export interface OutlineSection {
  heading: string;
  /** Paragraphs separated by line breaks. */
  text: string;
}

export type OutlineBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** A line of the chairman's text that heads what follows ("a) …", "1. Ưu điểm"): printed bold. */
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Where the sentences drawn from the ledger go. */
  | { kind: 'ledger' };

export interface NarrativeOutline {
  blocks: OutlineBlock[];
  /** Headings with no text under them, as typed: not printed. */
  emptyHeadings: string[];
}

export interface OutlineOptions {
  /** The ledger's section heading with its item number: "4. Tình hình, kết quả giải quyết thủ tục hành chính". */
  ledgerHeading: string;
  /** The part the numbered items belong to when the chairman's text starts with items: "I. …". */
  firstPartHeading: string;
}

interface Parsed {
  level: 1 | 2;
  /** The number as typed (roman or arabic), or null. */
  number: number | null;
  title: string;
  heading: string;
  paragraphs: string[];
  ledger: boolean;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const v = ROMAN_VALUES[text[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Splits free text into paragraphs (blank lines and single line breaks both separate). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function parseHeading(heading: string): { level: 1 | 2; number: number | null; title: string } {
  const h = heading.trim();
  const roman = /^([IVXLC]+)[.)]\s*(.*)$/u.exec(h);
  if (roman) return { level: 1, number: romanValue(roman[1] ?? ''), title: (roman[2] ?? '').trim() };
  const arabic = /^(\d+)[.)](?!\d)\s*(.*)$/u.exec(h);
  if (arabic) return { level: 2, number: Number(arabic[1]), title: (arabic[2] ?? '').trim() };
  return { level: 2, number: null, title: h };
}

const sameTitle = (a: string, b: string) =>
  a.normalize('NFC').toLocaleLowerCase('vi').replace(/[\s.:;]+/g, ' ').trim() === b.normalize('NFC').toLocaleLowerCase('vi').replace(/[\s.:;]+/g, ' ').trim();

/** A short line opening with "a)", "1." or "1.2." heads what follows. */
export function isSubheading(paragraph: string): boolean {
  return paragraph.length <= 120 && /^(?:[a-zđ]\)|\d+(?:\.\d+)*[.)])\s+\S/u.test(paragraph) && !/[;,]$/.test(paragraph);
}

function parse(section: OutlineSection): Parsed {
  const p = parseHeading(section.heading);
  return { ...p, heading: section.heading.trim(), paragraphs: paragraphsOf(section.text), ledger: false };
}

/** Index of the first section after `start` that opens a new part, or the length. */
function partEnd(sections: readonly Parsed[], start: number): number {
  for (let i = start + 1; i < sections.length; i += 1) if (sections[i]?.level === 1) return i;
  return sections.length;
}

/** Where the ledger's section goes among the chairman's sections: its own section, or before index `at`. */
export type LedgerPlacement = { own: number } | { before: number };

function placementIn(sections: readonly Parsed[], options: OutlineOptions): LedgerPlacement {
  const ledger = parseHeading(options.ledgerHeading);
  const own = sections.findIndex((s) => s.level === 2 && s.title !== '' && sameTitle(s.title, ledger.title));
  if (own >= 0) return { own };
  const firstItem = sections.findIndex((s) => s.level === 2 && s.heading !== '');
  if (firstItem < 0) {
    // No items: the last item of the first part (or after everything when there is no part).
    const firstPart = sections.findIndex((s) => s.level === 1);
    return { before: firstPart < 0 ? sections.length : partEnd(sections, firstPart) };
  }
  // Among the first part's items, before the first one numbered after the ledger's own number.
  const end = partEnd(sections, firstItem);
  for (let i = firstItem; i < end; i += 1) {
    const s = sections[i];
    if (s?.level === 2 && s.number !== null && ledger.number !== null && s.number >= ledger.number) return { before: i };
  }
  return { before: end };
}

/** The ledger section's place among `sections` as typed (for the screen that edits them). */
export function ledgerPlacement(sections: readonly OutlineSection[], options: OutlineOptions): LedgerPlacement {
  return placementIn(sections.map(parse), options);
}

function placeLedger(sections: Parsed[], options: OutlineOptions): void {
  const placement = placementIn(sections, options);
  if ('own' in placement) {
    const own = sections[placement.own];
    if (own) own.ledger = true;
    return;
  }
  const ledger = parseHeading(options.ledgerHeading);
  sections.splice(placement.before, 0, { level: 2, number: ledger.number, title: ledger.title, heading: options.ledgerHeading, paragraphs: [], ledger: true });
}

export function arrangeNarrative(input: readonly OutlineSection[], options: OutlineOptions): NarrativeOutline {
  const sections = input.map(parse);
  placeLedger(sections, options);
  // Items before any part, with parts later on: they belong to a first part the text left out.
  const firstPart = sections.findIndex((s) => s.level === 1);
  if (firstPart > 0 && sections.slice(0, firstPart).some((s) => s.level === 2 && s.heading !== '')) {
    const part = parseHeading(options.firstPartHeading);
    sections.unshift({ level: 1, number: 1, title: part.title, heading: options.firstPartHeading, paragraphs: [], ledger: false });
  }

  const hasContent = (s: Parsed) => s.ledger || s.paragraphs.length > 0;
  const emptyHeadings: string[] = [];
  const kept: Parsed[] = [];
  sections.forEach((s, i) => {
    let filled = hasContent(s);
    if (!filled && s.level === 1) filled = sections.slice(i + 1, partEnd(sections, i)).some(hasContent);
    if (filled) kept.push(s);
    else if (s.heading !== '' && s.heading !== options.firstPartHeading) emptyHeadings.push(s.heading);
  });

  const blocks: OutlineBlock[] = [];
  let part = 0;
  let item = 0;
  for (const s of kept) {
    if (s.heading !== '' || s.ledger) {
      if (s.level === 1) {
        part += 1;
        item = 0;
        blocks.push({ kind: 'heading', level: 1, text: `${toRoman(part)}. ${s.title}` });
      } else if (s.number === null && !s.ledger) {
        blocks.push({ kind: 'heading', level: 2, text: s.title });
      } else {
        item += 1;
        blocks.push({ kind: 'heading', level: 2, text: `${item}. ${s.title}` });
      }
    }
    if (s.ledger) blocks.push({ kind: 'ledger' });
    for (const p of s.paragraphs) blocks.push(isSubheading(p) ? { kind: 'subheading', text: p } : { kind: 'paragraph', text: p });
  }
  return { blocks, emptyHeadings };
}
