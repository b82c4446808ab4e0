// How alike two person names are (0..1), knowing Habesha patronymic order (given, father,
// grandfather: a record may stop after the father's name), transliteration variants and
// Arabic aliases. Used by statement matching and by entity resolution.
import { jaroWinkler } from "./jaroWinkler.js";
import { nameTokens, skeleton, tokenKey } from "./nameTokens.js";

export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // An initial ("T." or "T") agrees with any token that starts with it, but weakly.
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0) ? 0.8 : 0;
  const ka = tokenKey(a);
  const kb = tokenKey(b);
  if (ka === kb) return 0.97;
  if (skeleton(ka) === skeleton(kb) && skeleton(ka).length >= 3) return 0.93;
  return jaroWinkler(ka, kb) * 0.95;
}

/**
 * Position by position: given with given, father with father. A record with fewer names is
 * compared with the first names of the longer one (Tesfay Gebremedhin = Tesfay Gebremedhin
 * Kidane), slightly discounted; reversed order is tried and discounted more. A lone given
 * name never counts as a strong match.
 */
export function nameSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return 0;
  const n = Math.min(ta.length, tb.length);
  const aligned = (x: string[], y: string[]) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += tokenSimilarity(x[i]!, y[i]!);
    return s / n;
  };
  let score = aligned(ta, tb);
  if (ta.length > 1 && tb.length > 1) score = Math.max(score, aligned([...ta].reverse(), tb) * 0.85, aligned(ta, [...tb].reverse()) * 0.85);
  if (ta.length !== tb.length) score *= 0.95;
  if (n === 1) score = Math.min(score, 0.6);
  return Math.round(score * 1000) / 1000;
}
