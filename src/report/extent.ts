// Minimum and maximum of long arrays (Math.max(...xs) overflows the call stack near 100k items).
export function maxOf(xs: Iterable<number>, empty = 0): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m === -Infinity ? empty : m;
}

export function minOf(xs: Iterable<number>, empty = 0): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m === Infinity ? empty : m;
}
