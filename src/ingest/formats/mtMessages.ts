// SWIFT FIN (MT) message files: one or many messages, possibly wrapped in ACK/NAK envelopes
// and separated by '$' lines (RJE). Splits them into messages with their blocks 1-3 and the
// fields of the text block (block 4), continuation lines kept.

export interface MtMessage {
  /** Message type from block 2, e.g. "103". */
  type: string;
  /** "I" (input, as sent) or "O" (output, as delivered). */
  io: string;
  /** Sender and receiver logical-terminal BIC8 from blocks 1 and 2. */
  sender: string | null;
  receiver: string | null;
  /** Message user reference (block 3, field 108). */
  mur: string | null;
  fields: { tag: string; value: string }[];
  raw: string;
}

const MESSAGE = /^\{1:F01([A-Z0-9]{12})[^}]*\}\{2:([IO])(\d{3})([^}]*)\}(\{3:(?:\{[^}]*\})*\})?\{4:\r?\n([\s\S]*?)\r?\n-\}/;

/** What a file holds, in order: messages, and what is not one (each a row to account for). */
export type MtItem =
  | { kind: "message"; message: MtMessage }
  | { kind: "truncated" | "garbage"; raw: string };

/**
 * The file cut at each message start ({1:F01): a message must end (-}) before the next one
 * starts, so a message without its end is one truncated item and cannot swallow the next.
 * Around messages, envelopes and trailers ({...} blocks: ACK {1:F21...}, {5:...}, {S:...}),
 * '$' separators and white space are no rows; any other text is a garbage item.
 */
export function mtItems(text: string): MtItem[] {
  const out: MtItem[] = [];
  const starts = [...text.matchAll(/\{1:F01/g)].map((m) => m.index!);
  const leftover = (t: string) => {
    if (strippedEnvelope(t) !== "") out.push({ kind: "garbage", raw: t.trim() });
  };
  leftover(text.slice(0, starts[0] ?? text.length));
  starts.forEach((start, i) => {
    const segment = text.slice(start, starts[i + 1] ?? text.length);
    const m = MESSAGE.exec(segment);
    if (!m) {
      out.push({ kind: "truncated", raw: segment.trim() });
      return;
    }
    out.push({ kind: "message", message: message(m) });
    leftover(segment.slice(m[0].length));
  });
  return out;
}

export function mtMessages(text: string): MtMessage[] {
  return mtItems(text).flatMap((i) => (i.kind === "message" ? [i.message] : []));
}

/** Text with its balanced {...} blocks, '$' separators and white space removed. */
function strippedEnvelope(text: string): string {
  let t = text;
  for (let before = ""; before !== t;) {
    before = t;
    t = t.replace(/\{[^{}]*\}/g, "");
  }
  return t.replace(/[\s$]/g, "");
}

function message(m: RegExpExecArray): MtMessage {
  const [raw, lt1, io, type, b2, b3, body] = m as unknown as string[];
  // O: block 2 carries input time (4), date (6), then the sender's LT; block 1 is the receiver.
  // I: block 2 carries the receiver's LT; block 1 is the sender.
  const other = io === "O" ? b2!.slice(10, 18) : b2!.slice(0, 8);
  return {
    type: type!, io: io!,
    sender: io === "O" ? other || null : lt1!.slice(0, 8),
    receiver: io === "O" ? lt1!.slice(0, 8) : other || null,
    mur: /\{108:([^}]*)\}/.exec(b3 ?? "")?.[1] ?? null,
    fields: fields(body!), raw: raw!,
  };
}

function fields(body: string): { tag: string; value: string }[] {
  const out: { tag: string; value: string }[] = [];
  for (const line of body.split(/\r?\n/)) {
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (m) out.push({ tag: m[1]!, value: m[2]! });
    else if (out.length) out[out.length - 1]!.value += `\n${line}`;
  }
  return out;
}
