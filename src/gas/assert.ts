/** Compiles only when `Real` is assignable to `Port`: the real Google object satisfies the port. */
export type Assert<Real extends Port, Port> = Real extends Port ? true : never;
