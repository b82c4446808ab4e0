// Names broken into comparable tokens. Habesha names are given + father's + grandfather's
// name, often abbreviated (G/Medhin = Gebremedhin, W/Mariam = Woldemariam) or split
// (Gebre Medhin); Arabic names have particles written many ways (Abdel, Abdul, Abd al-).
// Tokens keep their order, because the order carries meaning (given, father, grandfather).

const ABBREVIATIONS: Record<string, string> = { g: "gebre", w: "wolde", h: "haile", t: "tekle" };
// Compound names written joined or split ("Gebre Medhin", "Abd al Rahman"). Arabic particles
// always bind to the next name; Habesha prefixes only before a known second part, because
// Haile, Tekle and Habte are also given names on their own ("Haile Samuel Haile").
const ARABIC_PARTICLES = new Set(["abd", "abdel", "abdul", "abu", "el", "al"]);
const HABESHA_PREFIXES = new Set(["gebre", "ghebre", "gebra", "wolde", "welde", "walde", "haile", "hailu", "tekle", "habte", "zere", "gebrie"]);
const HABESHA_SECONDS = new Set([
  "medhin", "medhn", "mariam", "maryam", "selassie", "selasie", "silassie", "michael", "mikael", "yesus", "iyesus", "giorgis",
  "giyorgis", "kidan", "kristos", "amlak", "egziabher", "tensae", "hiwet", "ab", "gabriel", "rufael", "tsion", "mesqel", "meskel",
  "ezgi", "eyesus", "yohannes", "tekle", "haimanot", "lul", "sellassie", "senbet", "georgis",
]);
// Names that are one person's Christian (Tigrinya/Amharic) and Arabic or English forms.
const ALIASES: Record<string, string> = {
  yohannes: "yohannes", yonas: "yonas", john: "yohannes", yahya: "yohannes",
  yosef: "yosef", yousef: "yosef", yusuf: "yosef", youssef: "yosef", joseph: "yosef",
  ibrahim: "abraham", abraham: "abraham", abrham: "abraham", abreham: "abraham",
  suleiman: "solomon", sulaiman: "solomon", solomon: "solomon", selomon: "solomon",
  dawit: "dawit", daoud: "dawit", dawood: "dawit", david: "dawit",
  musa: "muse", moses: "muse", muse: "muse",
  mikael: "mikael", michael: "mikael", mikail: "mikael",
  isaak: "isak", isaac: "isak", ishak: "isak", ishaq: "isak",
  mariam: "maryam", maryam: "maryam", mary: "maryam", meryem: "maryam",
  yakob: "yakob", yacob: "yakob", yaqub: "yakob", jacob: "yakob",
};

/** Lowercase Latin tokens, abbreviations expanded, compound prefixes joined to the next token. */
export function nameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  const expanded = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b([a-z])\s*\/\s*/g, (_, l: string) => ABBREVIATIONS[l] ?? l)
    .replace(/['’`ʿʾ-]/g, "");
  const raw = expanded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (i + 1 < raw.length && (ARABIC_PARTICLES.has(t) || (HABESHA_PREFIXES.has(t) && HABESHA_SECONDS.has(raw[i + 1]!)))) {
      raw[i + 1] = t + raw[i + 1];
      continue;
    }
    tokens.push(t);
  }
  return tokens;
}

/**
 * A spelling-insensitive key for one token: Tesfay/Tesfaye/Tesfai → "tesfay",
 * Ghebremedhin/Gebremedhin → "gebremedin", Mohammed/Muhammad/Mohamed → "muhamad".
 */
export function tokenKey(token: string): string {
  const alias = ALIASES[token];
  if (alias) return alias;
  let t = token
    .replace(/^abd(el|ul|al|ol|il)/, "abd")
    .replace(/^wel(?=d)/, "wol")
    .replace(/ph/g, "f")
    .replace(/gh/g, "g")
    .replace(/kh/g, "k")
    .replace(/(?<=[bcdfgjklmnpqrstvwxz])h/g, "")
    .replace(/q/g, "k")
    .replace(/ou|oo/g, "u")
    .replace(/ee|ie/g, "i")
    .replace(/(aye|ai|ey|ei|ay)$/, "ay")
    .replace(/(.)\1+/g, "$1");
  // o and u alternate freely in transliteration (Mohamed/Muhamed).
  return t.charAt(0) + t.slice(1).replace(/o/g, "u");
}

/** The consonant skeleton of a key (vowels and y dropped after the first letter). */
export function skeleton(key: string): string {
  return (key.charAt(0) + key.slice(1).replace(/[aeiouy]/g, "")).replace(/(.)\1+/g, "$1");
}
