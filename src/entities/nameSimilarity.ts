// How alike two person names are (0..1), knowing Habesha patronymic order (given, father,
// grandfather: a record may stop after the father's name), transliteration variants and
// Arabic aliases. Used by statement matching and by entity resolution.
import { prepareName, preparedSimilarity } from "./preparedName.js";

export function nameSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  return preparedSimilarity(prepareName(a), prepareName(b));
}
