// Apart from format.ts, whose time-zone library the sign-in page's first load must not carry.

/** An estimate to its two leading digits (98,765 becomes 99,000): more would claim a precision it lacks. */
export function roughly(estimate: number): number {
  return Number(estimate.toPrecision(2));
}
