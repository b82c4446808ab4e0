// Money for people: two decimals with thousands separators, the same bytes on every machine
// (no locale lookup), and never "-0.00". The one formatter the CLI, the report and the
// detection and matching explanations share.

/** 1234567.891 → "1,234,567.89". */
export function money(v: number): string {
  const fixed = Math.abs(v).toFixed(2);
  const [int, dec] = fixed.split(".") as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const negative = v < 0 && fixed !== "0.00";
  return `${negative ? "-" : ""}${grouped}.${dec}`;
}
