// One CSV field, RFC 4180: quoted when it holds a comma, a quote or a line break; empty for
// null/undefined. Every CSV flowtrace writes (generated cases, exports, ledgers, seed files)
// quotes through this.
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
