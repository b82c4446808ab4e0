// Text for XML content and attributes: XML 1.0 forbids most control characters even when
// escaped, so they are dropped; markup characters are escaped.
export function xmlText(v: unknown): string {
  return String(v).replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
