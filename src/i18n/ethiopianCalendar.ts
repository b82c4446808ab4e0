// Gregorian dates in the Ethiopian calendar (Amete Mihret era), as Ethiopia and Eritrea use it:
// twelve months of 30 days and Pagume of 5 (6 in the year before a Gregorian leap year). The
// conversion goes through the Julian Day Number, with the Amete Mihret era offset JDN 1723856
// (Calendrical Calculations). Checked in test/i18n.test.ts against known dates (new year, Genna).
const EPOCH = 1723856;

const MONTHS: Record<"am" | "ti", readonly string[]> = {
  am: ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን"],
  ti: ["መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ", "ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "ጳጉሜን"],
};

export interface EthiopianDate { year: number; month: number; day: number }

/** The Ethiopian date of a Gregorian calendar day given as "YYYY-MM-DD" (or an ISO timestamp's date). */
export function toEthiopian(isoDate: string): EthiopianDate {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number) as [number, number, number];
  const jdn = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000) + 2440588; // 1970-01-01 is JDN 2440588
  const r = (jdn - EPOCH) % 1461;
  const n = (r % 365) + 365 * Math.floor(r / 1460);
  return {
    year: 4 * Math.floor((jdn - EPOCH) / 1461) + Math.floor(r / 365) - Math.floor(r / 1460),
    month: Math.floor(n / 30) + 1,
    day: (n % 30) + 1,
  };
}

/** "3 የካቲት 2017 ዓ.ም." style text for Amharic and Tigrinya pages. */
export function ethiopianDateText(isoDate: string, lang: "am" | "ti"): string {
  const e = toEthiopian(isoDate);
  return `${e.day} ${MONTHS[lang][e.month - 1]} ${e.year} ዓ.ም.`;
}
