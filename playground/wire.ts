/**
 * How google.script.run arguments travel from the sidebar to the server. JSON alone would
 * hide what Google refuses (JSON.stringify turns a Date into a string and drops functions),
 * so the bridge in the sidebar (playground/client/bridge.ts) tags every value, and the server
 * rebuilds it here: a Date comes back as a Date, a function as a function, a Map as an object
 * of a class, a cycle as a cycle. Then emulator.callFromSidebar applies Google's own rules
 * (Dates and functions refused, undefined in arrays becomes null, cycles refused).
 *
 * Tagged form (the bridge's encode must match):
 *   string | boolean | null | finite number    as is
 *   { $t: 'num', v: 'NaN' | 'Infinity' | '-Infinity' }
 *   { $t: 'undef' }
 *   { $t: 'date', v: <ms> }
 *   { $t: 'arr', id, v: [...] }   { $t: 'obj', id, v: { key: ... } }   { $t: 'ref', id }
 *   { $t: 'fn' }                  { $t: 'other', cls: <class name> }
 */

export type Tagged =
  | string
  | boolean
  | null
  | number
  | { $t: 'num'; v: string }
  | { $t: 'undef' }
  | { $t: 'date'; v: number }
  | { $t: 'arr'; id: number; v: Tagged[] }
  | { $t: 'obj'; id: number; v: Record<string, Tagged> }
  | { $t: 'ref'; id: number }
  | { $t: 'fn' }
  | { $t: 'other'; cls: string };

export class WireFormatError extends Error {}

/** An object of a class with the given name (so the server's rules see a class instance). */
function instanceNamed(name: string): object {
  const safe = /^[A-Za-z_$][\w$]*$/.test(name) ? name : 'Object_';
  const holder = { [safe]: class {} };
  return new holder[safe]();
}

/** Rebuilds the value the sidebar passed. Throws WireFormatError on a malformed body. */
export function decodeArgument(value: unknown): unknown {
  const seen = new Map<number, unknown>();
  const decode = (v: unknown, depth: number): unknown => {
    if (depth > 200) throw new WireFormatError('argument nested too deeply');
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
    if (typeof v !== 'object' || Array.isArray(v)) throw new WireFormatError('malformed argument');
    const t = v as Record<string, unknown>;
    switch (t.$t) {
      case 'num':
        return Number(t.v);
      case 'undef':
        return undefined;
      case 'date':
        return new Date(Number(t.v));
      case 'fn':
        return function fromSidebar() {};
      case 'other':
        return instanceNamed(String(t.cls));
      case 'ref':
        if (!seen.has(Number(t.id))) throw new WireFormatError('reference to an unknown object');
        return seen.get(Number(t.id));
      case 'arr': {
        if (!Array.isArray(t.v)) throw new WireFormatError('malformed array');
        const out: unknown[] = [];
        seen.set(Number(t.id), out);
        for (const item of t.v) out.push(decode(item, depth + 1));
        return out;
      }
      case 'obj': {
        if (!t.v || typeof t.v !== 'object' || Array.isArray(t.v)) throw new WireFormatError('malformed object');
        const out: Record<string, unknown> = {};
        seen.set(Number(t.id), out);
        for (const [k, item] of Object.entries(t.v as Record<string, unknown>)) {
          Object.defineProperty(out, k, { value: decode(item, depth + 1), writable: true, enumerable: true, configurable: true });
        }
        return out;
      }
      default:
        throw new WireFormatError('unknown tag');
    }
  };
  return decode(value, 0);
}

/**
 * The encoder, shared by the browser bridge (client/bridge.ts) and Node callers. `prepare`
 * lets the browser turn a <form> into an object of its fields first, as Google does.
 */
export function encodeArgument(value: unknown, prepare: (v: object) => unknown = (v) => v): Tagged {
  const ids = new Map<object, number>();
  const encode = (raw: unknown): Tagged => {
    const v = raw !== null && typeof raw === 'object' ? prepare(raw) : raw;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : { $t: 'num', v: String(v) };
    if (v === undefined) return { $t: 'undef' };
    if (typeof v === 'function') return { $t: 'fn' };
    if (typeof v !== 'object') return { $t: 'other', cls: typeof v };
    if (Object.prototype.toString.call(v) === '[object Date]') return { $t: 'date', v: (v as Date).getTime() };
    const known = ids.get(v);
    if (known !== undefined) return { $t: 'ref', id: known };
    const id = ids.size + 1;
    if (Array.isArray(v)) {
      ids.set(v, id);
      return { $t: 'arr', id, v: v.map(encode) };
    }
    const proto = Object.getPrototypeOf(v);
    if (proto === null || Object.getPrototypeOf(proto) === null) {
      ids.set(v, id);
      const out: Record<string, Tagged> = {};
      for (const [k, item] of Object.entries(v)) if (item !== undefined) out[k] = encode(item);
      return { $t: 'obj', id, v: out };
    }
    return { $t: 'other', cls: (v as object).constructor?.name ?? 'Object' };
  };
  return encode(value);
}
