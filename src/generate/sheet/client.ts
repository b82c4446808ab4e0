// The answer sheet's behaviour in the browser: reads the fields the page was rendered with,
// checks each answer as the participant types, keeps the answers in this browser between
// visits, opens a saved answers.json, and saves answers.json (a file download from a Blob:
// no network). The saved document is exactly what `flowtrace grade --answers` reads.
interface SheetData {
  format: string;
  scenario: string;
  seed: number;
  messages: Record<string, string>;
}
type Answer = unknown;

const data = JSON.parse(document.getElementById("sheet-data")!.textContent!) as SheetData;
const storeKey = `flowtrace-answers:${data.scenario}:${data.seed}`;
const t = (key: string, values: Record<string, string | number> = {}) =>
  (data.messages[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => (n in values ? String(values[n]) : m));

document.documentElement.classList.add("js");
const sections = [...document.querySelectorAll<HTMLElement>("section.q")];

const AMOUNT = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
function amount(text: string): { value: number | null; error?: string } {
  const s = text.trim();
  if (!s) return { value: null };
  if (s.startsWith("-")) return { value: null, error: t("error.negative") };
  if (!AMOUNT.test(s)) return { value: null, error: t("error.number") };
  return { value: Number(s.replace(/,/g, "")) };
}

function duplicates(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const v of values) {
    const k = v.toLowerCase();
    if (seen.has(k)) return t("error.duplicate", { value: v });
    seen.add(k);
  }
  return undefined;
}

function rowsOf(section: HTMLElement): string[][] {
  return [...section.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("input")].map((i) => i.value.trim()));
}

/** The answer a section holds, and the first problem with it. */
function read(section: HTMLElement): { answer: Answer; error?: string; empty: boolean } {
  const kind = section.dataset.kind!;
  if (kind === "set") {
    const lines = section.querySelector("textarea")!.value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    return { answer: lines, error: duplicates(lines), empty: lines.length === 0 };
  }
  if (kind === "amount") {
    const a = amount(section.querySelector("input")!.value);
    return { answer: a.value, error: a.error, empty: a.value === null && !a.error };
  }
  const rows = rowsOf(section).filter((r) => r.some(Boolean));
  let error: string | undefined;
  if (rows.some((r) => r.slice(0, kind === "victims" ? 2 : r.length).some((c) => !c))) error = t("error.row");
  if (kind === "pairs") {
    if (!error && rows.some(([a, b]) => a!.toLowerCase() === b!.toLowerCase())) error = t("error.pair");
    return { answer: rows.map(([a, b]) => [a, b]), error, empty: rows.length === 0 };
  }
  error ??= duplicates(rows.map((r) => r[0]!));
  const out: Record<string, unknown> = {};
  for (const r of rows) {
    const a = amount(r[1]!);
    error ??= a.error;
    out[r[0]!] = kind === "victims" ? { total_paid_usd: a.value, paid_to: (r[2] ?? "").split(",").map((x) => x.trim()).filter(Boolean) } : a.value;
  }
  return { answer: out, error, empty: rows.length === 0 };
}

function document_(): { doc: string; problems: number; unanswered: number } {
  const answers: Record<string, Answer> = {};
  let problems = 0, unanswered = 0;
  for (const s of sections) {
    const r = read(s);
    answers[s.dataset.id!] = r.answer;
    const err = s.querySelector<HTMLElement>(".err")!;
    err.textContent = r.error ?? "";
    s.classList.toggle("bad", !!r.error);
    if (r.error) problems++;
    if (r.empty) unanswered++;
  }
  const doc = JSON.stringify({ format: data.format, scenario: data.scenario, seed: data.seed, answers }, null, 2) + "\n";
  return { doc, problems, unanswered };
}

const save = document.getElementById("save") as HTMLAnchorElement;
const status = document.getElementById("status")!;
const preview = document.getElementById("preview")!;
let url = "";

function refresh(): void {
  const { doc, problems, unanswered } = document_();
  preview.textContent = doc;
  status.textContent = problems ? t("sheet.problems", { n: problems }) : unanswered ? t("sheet.unanswered", { n: unanswered }) : t("sheet.ok");
  status.className = problems ? "bad" : "";
  save.setAttribute("aria-disabled", problems ? "true" : "false");
  if (url) URL.revokeObjectURL(url);
  url = URL.createObjectURL(new Blob([doc], { type: "application/json" }));
  save.href = url;
  try {
    localStorage.setItem(storeKey, doc);
  } catch {
    // Storage may be off (private window, file:// policy): the sheet works without it.
  }
}

function addRow(section: HTMLElement, values: string[] = []): void {
  const tbody = section.querySelector("tbody")!;
  const template = section.querySelector<HTMLTemplateElement>("template")!;
  const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  row.querySelectorAll("input").forEach((input, i) => (input.value = values[i] ?? ""));
  tbody.appendChild(row);
}

/** Puts an answers document's values into the fields (a saved file, or this browser's copy). */
function fill(answers: Record<string, unknown>): void {
  for (const s of sections) {
    const v = answers[s.dataset.id!];
    const kind = s.dataset.kind!;
    if (kind === "set") s.querySelector("textarea")!.value = Array.isArray(v) ? v.join("\n") : "";
    else if (kind === "amount") s.querySelector("input")!.value = typeof v === "number" ? String(v) : "";
    else {
      s.querySelector("tbody")!.replaceChildren();
      const rows: string[][] = kind === "pairs"
        ? (Array.isArray(v) ? v : []).map((p: string[]) => [String(p[0] ?? ""), String(p[1] ?? "")])
        : Object.entries((v ?? {}) as Record<string, unknown>).map(([k, x]) => kind === "victims"
          ? [k, String((x as { total_paid_usd?: unknown }).total_paid_usd ?? ""), ((x as { paid_to?: string[] }).paid_to ?? []).join(", ")]
          : [k, x === null || x === undefined ? "" : String(x)]);
      rows.forEach((r) => addRow(s, r));
      if (!rows.length) addRow(s);
    }
  }
  refresh();
}

for (const s of sections) {
  if (s.querySelector("tbody")) {
    addRow(s);
    s.querySelector(".add")!.addEventListener("click", () => { addRow(s); refresh(); });
    s.addEventListener("click", (e) => {
      const b = (e.target as HTMLElement).closest(".remove");
      if (b) { b.closest("tr")!.remove(); if (!s.querySelector("tbody tr")) addRow(s); refresh(); }
    });
  }
}
document.addEventListener("input", refresh);
save.addEventListener("click", (e) => { if (save.getAttribute("aria-disabled") === "true") e.preventDefault(); });
document.getElementById("clear")!.addEventListener("click", () => { if (confirm(t("sheet.clear_confirm"))) fill({}); });
document.getElementById("load")!.addEventListener("change", (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (!file) return;
  void file.text().then((text) => {
    try {
      const doc = JSON.parse(text) as { scenario?: string; seed?: number; answers?: Record<string, unknown> };
      if (!doc.answers || typeof doc.answers !== "object" || (doc.scenario !== undefined && (doc.scenario !== data.scenario || doc.seed !== data.seed))) throw new Error("wrong file");
      fill(doc.answers);
      status.textContent = t("sheet.loaded", { file: file.name });
    } catch {
      status.textContent = t("error.file");
      status.className = "bad";
    }
  });
});

let stored: string | null = null;
try {
  stored = localStorage.getItem(storeKey);
} catch {
  stored = null;
}
if (stored) {
  try {
    fill((JSON.parse(stored) as { answers: Record<string, unknown> }).answers);
  } catch {
    refresh();
  }
} else refresh();
