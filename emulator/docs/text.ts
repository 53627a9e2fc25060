/**
 * Text: the characters of one or more paragraphs as one string, for styling. Body, Table,
 * TableRow and TableCell give their paragraphs in document order, joined by "\n" (one
 * character between paragraphs, as Body.getText shows). A page break is an empty paragraph.
 * The view is live: it reads the element's paragraphs at each call.
 */
import type { TextPort } from '../../src/gas/ports';
import { DocNode, guardClosed, type DocScope } from './context';
import { badParameters, badRange, indexOutOfRange, invalidArgument } from './errors';
import { applyStyle, styleAt, uniformStyle, type StyleKey } from './runs';
import type { TextBlock, TextStyle } from './state';

/** The paragraphs a Text spans; null stands for a page break's paragraph. */
export type Segments = () => readonly (TextBlock | null)[];

interface Placed {
  block: TextBlock | null;
  /** Offset of the block's first character in the whole text. */
  start: number;
}

function place(segments: readonly (TextBlock | null)[]): { placed: Placed[]; length: number } {
  const placed: Placed[] = [];
  let at = 0;
  for (const block of segments) {
    placed.push({ block, start: at });
    at += (block?.text.length ?? 0) + 1;
  }
  return { placed, length: Math.max(at - 1, 0) };
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
type Check = (v: unknown) => boolean;
const isFlag: Check = (v) => v === null || typeof v === 'boolean';
const isFamily: Check = (v) => v === null || typeof v === 'string';
const isSize: Check = (v) => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Google's typings promise a value; the real getters give null for mixed or unset text. */
function nullable<T>(v: T | null): T {
  return v as T;
}

export class EmuText extends DocNode implements TextPort {
  readonly serviceName = 'Text';
  readonly #segments: Segments;

  constructor(scope: DocScope, segments: Segments) {
    super(scope);
    this.#segments = segments;
  }

  getText(): string {
    return this.#segments()
      .map((b) => b?.text ?? '')
      .join('\n');
  }

  setBold(bold: boolean): EmuText;
  setBold(startOffset: number, endOffsetInclusive: number, bold: boolean): EmuText;
  setBold(...args: unknown[]): EmuText {
    return this.#set('setBold', 'bold', args, isFlag);
  }

  setItalic(italic: boolean): EmuText;
  setItalic(startOffset: number, endOffsetInclusive: number, italic: boolean): EmuText;
  setItalic(...args: unknown[]): EmuText {
    return this.#set('setItalic', 'italic', args, isFlag);
  }

  setUnderline(underline: boolean): EmuText;
  setUnderline(startOffset: number, endOffsetInclusive: number, underline: boolean): EmuText;
  setUnderline(...args: unknown[]): EmuText {
    return this.#set('setUnderline', 'underline', args, isFlag);
  }

  /** The ranged overload is Google's too (not in the port). */
  setFontFamily(fontFamilyName: string): EmuText;
  setFontFamily(startOffset: number, endOffsetInclusive: number, fontFamilyName: string): EmuText;
  setFontFamily(...args: unknown[]): EmuText {
    return this.#set('setFontFamily', 'fontFamily', args, isFamily);
  }

  setFontSize(size: number): EmuText;
  setFontSize(startOffset: number, endOffsetInclusive: number, size: number): EmuText;
  setFontSize(...args: unknown[]): EmuText {
    const size = args[args.length - 1];
    if (typeof size === 'number' && !(size > 0)) throw invalidArgument('size'); // guessed wording
    return this.#set('setFontSize', 'fontSize', args, isSize);
  }

  isBold(offset?: number | null): boolean {
    return nullable(this.#get('isBold', 'bold', offset));
  }
  isItalic(offset?: number | null): boolean {
    return nullable(this.#get('isItalic', 'italic', offset));
  }
  /** Google's Text has it (not in the port). */
  isUnderline(offset?: number | null): boolean {
    return nullable(this.#get('isUnderline', 'underline', offset));
  }
  getFontSize(offset?: number | null): number {
    return nullable(this.#get('getFontSize', 'fontSize', offset));
  }
  getFontFamily(offset?: number | null): string {
    return nullable(this.#get('getFontFamily', 'fontFamily', offset));
  }

  /** Whole text (one argument) or characters start..end inclusive (three). */
  #set(method: string, key: StyleKey, args: unknown[], valid: Check): EmuText {
    const patch = (v: unknown): Partial<TextStyle> => ({ [key]: v });
    if (args.length === 1 && valid(args[0])) {
      for (const block of this.#segments()) if (block) applyStyle(block, 0, block.text.length, patch(args[0]));
      return this;
    }
    if (args.length !== 3 || !isInt(args[0]) || !isInt(args[1]) || !valid(args[2])) {
      throw badParameters(`Text.${method}`, args);
    }
    const [start, end] = args as [number, number];
    const { placed, length } = place(this.#segments());
    if (start < 0) throw invalidArgument('startOffset'); // guessed wording
    if (end >= length) throw indexOutOfRange(end, length);
    if (start > end) throw badRange(start, end);
    for (const { block, start: at } of placed) {
      if (!block) continue;
      const len = block.text.length;
      if (len === 0) {
        // An empty paragraph is just its end of paragraph: styled when the range covers it.
        if (at >= start && at <= end) applyStyle(block, 0, 0, patch(args[2]));
        continue;
      }
      const from = Math.max(start - at, 0);
      const to = Math.min(end + 1 - at, len);
      if (from < to) applyStyle(block, from, to, patch(args[2]));
    }
    return this;
  }

  /** The value at `offset`, or across the whole text (null when mixed) without one. */
  #get<K extends StyleKey>(method: string, key: K, offset: unknown): TextStyle[K] | null {
    const segments = this.#segments();
    if (offset === undefined || offset === null) {
      return uniformStyle(
        segments.filter((b): b is TextBlock => b !== null),
        key,
      );
    }
    if (!isInt(offset)) throw badParameters(`Text.${method}`, [offset]);
    const { placed, length } = place(segments);
    if (offset < 0 || offset >= length) throw indexOutOfRange(offset, length);
    // The "\n" after a paragraph carries that paragraph's end style.
    const hit = placed.find((p) => offset >= p.start && offset <= p.start + (p.block?.text.length ?? 0))!;
    return hit.block ? styleAt(hit.block, offset - hit.start)[key] : null;
  }
}
guardClosed(EmuText);
