// A hawala bridge's evidence (stored as a JSON list of sentences) as one line of text for
// formats read by people (FtM description, goAML comment); kept as it is when it is not a list.
export function evidenceText(v: unknown): string {
  if (v === null || v === undefined) return "";
  try {
    const list = JSON.parse(String(v)) as unknown;
    if (Array.isArray(list)) return list.map(String).join("; ");
  } catch {
    // Not JSON: show it as recorded.
  }
  return String(v);
}
