// A holder name parsed once (tokens, spelling keys, skeletons), so that comparing thousands of
// pairs does not re-parse each name every time.
import { jaroWinkler } from "./jaroWinkler.js";
import { nameTokens, skeleton, tokenKey } from "./nameTokens.js";

export interface PreparedName { tokens: string[]; keys: string[]; skeletons: string[] }

export function prepareName(name: string | null | undefined): PreparedName {
  const tokens = nameTokens(name);
  const keys = tokens.map(tokenKey);
  return { tokens, keys, skeletons: keys.map(skeleton) };
}

function tokenSim(a: PreparedName, i: number, b: PreparedName, j: number): number {
  const ta = a.tokens[i]!;
  const tb = b.tokens[j]!;
  if (ta === tb) return 1;
  // An initial ("T." or "T") agrees with any token that starts with it, but weakly.
  if (ta.length === 1 || tb.length === 1) return ta.charAt(0) === tb.charAt(0) ? 0.8 : 0;
  if (a.keys[i] === b.keys[j]) return 0.97;
  if (a.skeletons[i] === b.skeletons[j] && a.skeletons[i]!.length >= 3) return 0.93;
  return jaroWinkler(a.keys[i]!, b.keys[j]!) * 0.95;
}

/**
 * Position by position: given with given, father with father. A record with fewer names is
 * compared with the first names of the longer one (Tesfay Gebremedhin = Tesfay Gebremedhin
 * Kidane), slightly discounted; reversed order is tried and discounted more. A lone given
 * name never counts as a strong match.
 */
export function preparedSimilarity(a: PreparedName, b: PreparedName): number {
  const n = Math.min(a.tokens.length, b.tokens.length);
  if (!n) return 0;
  const aligned = (reverseA: boolean, reverseB: boolean) => {
    let s = 0;
    for (let k = 0; k < n; k++) s += tokenSim(a, reverseA ? a.tokens.length - 1 - k : k, b, reverseB ? b.tokens.length - 1 - k : k);
    return s / n;
  };
  let score = aligned(false, false);
  if (a.tokens.length > 1 && b.tokens.length > 1 && score < 1) score = Math.max(score, aligned(true, false) * 0.85, aligned(false, true) * 0.85);
  if (a.tokens.length !== b.tokens.length) score *= 0.95;
  if (n === 1) score = Math.min(score, 0.6);
  return Math.round(score * 1000) / 1000;
}
