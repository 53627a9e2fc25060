/**
 * Exact maximum-weight assignment with capacities (a b-matching): each row (mentee) gets at
 * most one column (mentor), each column at most `capacity[col]` rows, and the total weight of
 * the chosen edges is the largest possible. Leaving a row out is always allowed, so an edge
 * of weight ≤ 0 is never chosen.
 *
 * Min-cost flow by successive shortest paths, one row at a time (the Hungarian method on
 * the capacity-expanded matrix, with a column's slots folded into one node):
 *   row r ──(cost −w)──▶ column j ──(slots)──▶ T,   and   row r ──(cost 0)──▶ T  ("unmatched").
 * Adding row r and sending its unit along the shortest path in the residual graph keeps the
 * flow optimal for the rows added so far (no negative cycle can appear), so after the last
 * row it is optimal for all. Dijkstra works on reduced costs with node potentials; it stops
 * as soon as T is settled and only the settled nodes' potentials move (the usual shift by
 * the distance to T), so a row whose best column is free costs one scan of its edges.
 *
 * Everything is in typed arrays: a thousand rows by a thousand columns (a million edges)
 * runs in well under a second in Node or Apps Script's V8.
 */

/** The bipartite graph in compressed rows: edges of row i are start[i] … start[i+1]−1. */
export interface AssignmentProblem {
  rows: number;
  cols: number;
  capacity: Int32Array;
  start: Int32Array;
  col: Int32Array;
  weight: Float64Array;
}

/** For each row, the index of its chosen edge, or −1 for none. */
export function maxWeightAssignment(p: AssignmentProblem): Int32Array {
  const R = p.rows;
  const C = p.cols;
  const T = R + C;
  const N = R + C + 1;
  const { capacity, start, col, weight } = p;

  const chosen = new Int32Array(R).fill(-1);
  // Rows held by each column: a doubly linked list threaded through the rows.
  const head = new Int32Array(C).fill(-1);
  const next = new Int32Array(R).fill(-1);
  const prev = new Int32Array(R).fill(-1);
  const used = new Int32Array(C);

  // Potentials: nodes 0…R−1 are rows, R…R+C−1 columns, T the sink (its potential stays 0).
  const h = new Float64Array(N);
  const dist = new Float64Array(N).fill(Infinity);
  const settled = new Uint8Array(N);
  const touched = new Int32Array(N);
  // How Dijkstra reached a node: a column by an edge (from its row), a row by its column
  // (the row leaves it), T by a column with a free slot or by a row's "unmatched" edge.
  const viaEdge = new Int32Array(C);
  const viaRow = new Int32Array(C);
  const viaCol = new Int32Array(R);
  let viaT = -1;

  const heap = new MinHeap(N, dist, R, T);

  function attach(row: number, edge: number): void {
    const j = col[edge];
    chosen[row] = edge;
    prev[row] = -1;
    next[row] = head[j];
    if (head[j] >= 0) prev[head[j]] = row;
    head[j] = row;
    used[j]++;
  }

  function detach(row: number): void {
    const j = col[chosen[row]];
    if (prev[row] >= 0) next[prev[row]] = next[row];
    else head[j] = next[row];
    if (next[row] >= 0) prev[next[row]] = prev[row];
    prev[row] = next[row] = -1;
    chosen[row] = -1;
    used[j]--;
  }

  for (let r = 0; r < R; r++) {
    // The new row's potential keeps every reduced cost out of it non-negative.
    let hr = h[T];
    let usable = false;
    for (let e = start[r]; e < start[r + 1]; e++) {
      if (weight[e] <= 0 || capacity[col[e]] <= 0) continue;
      usable = true;
      const v = weight[e] + h[R + col[e]];
      if (v > hr) hr = v;
    }
    if (!usable) continue;
    h[r] = hr;

    let nTouched = 0;
    const reach = (node: number, d: number): boolean => {
      if (d >= dist[node]) return false;
      if (dist[node] === Infinity) touched[nTouched++] = node;
      dist[node] = d;
      heap.push(node);
      return true;
    };
    reach(r, 0);
    viaT = -1;

    let D = Infinity;
    while (heap.size > 0) {
      const u = heap.pop();
      settled[u] = 1;
      const du = dist[u];
      if (u === T) {
        D = du;
        break;
      }
      if (u < R) {
        // A row: its "unmatched" edge (held rows and the new row only), then its columns.
        if (u === r || chosen[u] >= 0) {
          if (reach(T, du + h[u] - h[T])) viaT = -1 - u;
        }
        const own = chosen[u];
        const hu = h[u];
        for (let e = start[u]; e < start[u + 1]; e++) {
          const j = col[e];
          if (e === own || weight[e] <= 0 || capacity[j] <= 0) continue;
          const node = R + j;
          if (settled[node]) continue;
          const nd = du - weight[e] + hu - h[node];
          if (reach(node, nd)) {
            viaEdge[j] = e;
            viaRow[j] = u;
            // Look ahead: a free column offers T a path now. T's key is an upper bound until
            // it pops, and it pops only when no cheaper node is left, so it is still exact.
            if (used[j] < capacity[j] && reach(T, nd + h[node] - h[T])) viaT = j;
          }
        }
      } else {
        // A column: to T if a slot is free, else back along the rows it holds.
        const j = u - R;
        if (used[j] < capacity[j]) {
          if (reach(T, du + h[u] - h[T])) viaT = j;
        }
        for (let i = head[j]; i >= 0; i = next[i]) {
          if (settled[i]) continue;
          if (reach(i, du + weight[chosen[i]] + h[u] - h[i])) viaCol[i] = j;
        }
      }
    }

    // Augment: walk back from T, moving each row on the path to the column after it.
    let j: number;
    if (viaT < 0) {
      const i = -1 - viaT;
      if (i === r) {
        j = -1; // the new row stays unmatched: nothing changes
      } else {
        j = col[chosen[i]];
        detach(i); // row i gives its column to the path and stays unmatched
      }
    } else {
      j = viaT;
    }
    while (j >= 0) {
      const e = viaEdge[j];
      const i = viaRow[j];
      let from = -1;
      if (i !== r) {
        from = col[chosen[i]];
        detach(i);
      }
      attach(i, e);
      j = from;
    }

    // Settled nodes move by their distance less D; T and the rest stay (a uniform shift).
    for (let k = 0; k < nTouched; k++) {
      const v = touched[k];
      if (settled[v]) h[v] += dist[v] - D;
      dist[v] = Infinity;
      settled[v] = 0;
    }
    heap.clear();
  }
  return chosen;
}

/**
 * Binary min-heap of node numbers keyed by `key[node]`, with decrease-key. On equal keys the
 * sink comes first (a path found at the current distance ends the search), then columns
 * (cheap: a few held rows), then rows (a scan of all their edges): with many equal scores,
 * whole plateaus of zero reduced cost would otherwise be scanned for nothing.
 */
class MinHeap {
  size = 0;
  private readonly items: Int32Array;
  private readonly pos: Int32Array;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
    private readonly firstColumn: number,
    private readonly sink: number,
  ) {
    this.items = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    if (ka !== kb) return ka < kb;
    const ra = a === this.sink ? 0 : a >= this.firstColumn ? 1 : 2;
    const rb = b === this.sink ? 0 : b >= this.firstColumn ? 1 : 2;
    return ra < rb || (ra === rb && a < b);
  }

  /** Inserts the node, or moves it up after its key decreased. */
  push(node: number): void {
    let at = this.pos[node];
    if (at < 0) {
      at = this.size++;
      this.items[at] = node;
      this.pos[node] = at;
    }
    this.up(at);
  }

  pop(): number {
    const top = this.items[0];
    this.pos[top] = -1;
    this.size--;
    if (this.size > 0) {
      const last = this.items[this.size];
      this.items[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.items[k]] = -1;
    this.size = 0;
  }

  private up(at: number): void {
    const node = this.items[at];
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = this.items[parent];
      if (!this.less(node, p)) break;
      this.items[at] = p;
      this.pos[p] = at;
      at = parent;
    }
    this.items[at] = node;
    this.pos[node] = at;
  }

  private down(at: number): void {
    const node = this.items[at];
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(this.items[child + 1], this.items[child])) child++;
      const c = this.items[child];
      if (!this.less(c, node)) break;
      this.items[at] = c;
      this.pos[c] = at;
      at = child;
    }
    this.items[at] = node;
    this.pos[node] = at;
  }
}
