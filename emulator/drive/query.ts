/**
 * The `q` of Drive.Files.list (Drive API v3), as far as the emulator understands it: terms
 * `name = '…'` / `name != '…'`, `mimeType = '…'` / `mimeType != '…'`, `trashed = true|false`
 * (and `!=`), `'<id>' in parents`, joined by `and`, `or`, `not` and parentheses. From Google's
 * "Search query terms and operators" (https://developers.google.com/workspace/drive/api/guides/ref-search-terms)
 * and "Search for files and folders" (https://developers.google.com/workspace/drive/api/guides/search-files):
 * a string value is single-quoted, and a quote or backslash inside it is escaped with a
 * backslash (`name contains 'quinn\'s paper\\essay'`).
 *
 * A malformed query is Google's 400 «Invalid Value». A valid term the emulator does not implement
 * (fullText, modifiedTime, `contains`, …) is an emulator error, never a silent match. Guessed (not
 * verified): keywords are lowercase only, and a backslash before any other character is invalid.
 */
import { invalidValue, NotEmulatedError } from './errors';

/** What a query sees of a file or folder. */
export interface QueryItem {
  name: string;
  mimeType: string;
  parents: readonly string[];
  trashed: boolean;
}

export type Query = (item: QueryItem) => boolean;

type Token = { kind: 'string'; text: string } | { kind: 'word'; text: string } | { kind: 'op'; text: '=' | '!=' | '(' | ')' };

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === '=') {
      tokens.push({ kind: 'op', text: c });
      i++;
    } else if (c === '!' && q[i + 1] === '=') {
      tokens.push({ kind: 'op', text: '!=' });
      i += 2;
    } else if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= q.length) throw invalidValue('list');
        const d = q[i];
        if (d === "'") break;
        if (d === '\\') {
          const next = q[i + 1];
          if (next !== "'" && next !== '\\') throw invalidValue('list');
          text += next;
          i += 2;
        } else {
          text += d;
          i++;
        }
      }
      i++;
      tokens.push({ kind: 'string', text });
    } else if (/[A-Za-z]/.test(c)) {
      const word = /^[A-Za-z][A-Za-z0-9_.]*/.exec(q.slice(i))![0];
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    } else if (c === '<' || c === '>') {
      throw new NotEmulatedError(`the query operator ${c}`);
    } else {
      throw invalidValue('list');
    }
  }
  return tokens;
}

const STRING_TERMS = ['name', 'mimeType'] as const;

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Query {
    const query = this.or();
    if (this.at < this.tokens.length) throw invalidValue('list');
    return query;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private next(): Token {
    const token = this.tokens[this.at++];
    if (!token) throw invalidValue('list');
    return token;
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text === text;
  }

  private or(): Query {
    let left = this.and();
    while (this.isWord('or')) {
      this.at++;
      const a = left;
      const b = this.and();
      left = (item) => a(item) || b(item);
    }
    return left;
  }

  private and(): Query {
    let left = this.unary();
    while (this.isWord('and')) {
      this.at++;
      const a = left;
      const b = this.unary();
      left = (item) => a(item) && b(item);
    }
    return left;
  }

  private unary(): Query {
    if (this.isWord('not')) {
      this.at++;
      const inner = this.unary();
      return (item) => !inner(item);
    }
    const token = this.peek();
    if (token?.kind === 'op' && token.text === '(') {
      this.at++;
      const inner = this.or();
      const close = this.next();
      if (close.kind !== 'op' || close.text !== ')') throw invalidValue('list');
      return inner;
    }
    return this.term();
  }

  private term(): Query {
    const first = this.next();
    if (first.kind === 'string') {
      // '<value>' in <collection>
      const keyword = this.next();
      const collection = this.next();
      if (keyword.kind !== 'word' || keyword.text !== 'in' || collection.kind !== 'word') throw invalidValue('list');
      if (collection.text !== 'parents') throw new NotEmulatedError(`the query term '…' in ${collection.text}`);
      const id = first.text;
      return (item) => item.parents.includes(id);
    }
    if (first.kind !== 'word') throw invalidValue('list');
    const field = first.text;
    const op = this.next();
    if (op.kind === 'word' && (op.text === 'contains' || op.text === 'has')) {
      throw new NotEmulatedError(`the query operator ${op.text}`);
    }
    if (op.kind !== 'op' || (op.text !== '=' && op.text !== '!=')) throw invalidValue('list');
    const negate = op.text === '!=';
    const value = this.next();
    if ((STRING_TERMS as readonly string[]).includes(field)) {
      if (value.kind !== 'string') throw invalidValue('list');
      const key = field as (typeof STRING_TERMS)[number];
      // Exact, case-sensitive comparison (guessed: Google does not say how `=` treats case).
      return (item) => (item[key] === value.text) !== negate;
    }
    if (field === 'trashed') {
      if (value.kind !== 'word' || (value.text !== 'true' && value.text !== 'false')) throw invalidValue('list');
      const wanted = value.text === 'true';
      return (item) => (item.trashed === wanted) !== negate;
    }
    throw new NotEmulatedError(`the query term ${field}`);
  }
}

/** The predicate of a q string; throws Google's «Invalid Value» for a malformed one. */
export function parseQuery(q: string): Query {
  return new Parser(tokenize(q)).parse();
}
