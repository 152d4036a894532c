/** How far nested resources are expanded in a response (the `depth` query parameter). */
export type Depth = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** One level less, stopping at 0. */
export type Prev<D extends Depth> = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9][D];

/** One level more, stopping at 10. */
export type Next<D extends Depth> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10][D];

/** What a resource is where depth has run out: only where to find it. */
export interface Reference {
  readonly id: string;
  readonly type: string;
  readonly href: string;
}
