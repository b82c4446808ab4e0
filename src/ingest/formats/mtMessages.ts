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

const MESSAGE = /\{1:F01([A-Z0-9]{12})[^}]*\}\{2:([IO])(\d{3})([^}]*)\}(\{3:(?:\{[^}]*\})*\})?\{4:\r?\n([\s\S]*?)\r?\n-\}/g;

export function mtMessages(text: string): MtMessage[] {
  const out: MtMessage[] = [];
  for (const m of text.matchAll(MESSAGE)) {
    const [raw, lt1, io, type, b2, b3, body] = m as unknown as string[];
    // O: block 2 carries input time (4), date (6), then the sender's LT; block 1 is the receiver.
    // I: block 2 carries the receiver's LT; block 1 is the sender.
    const other = io === "O" ? b2!.slice(10, 18) : b2!.slice(0, 8);
    out.push({
      type: type!, io: io!,
      sender: io === "O" ? other || null : lt1!.slice(0, 8),
      receiver: io === "O" ? lt1!.slice(0, 8) : other || null,
      mur: /\{108:([^}]*)\}/.exec(b3 ?? "")?.[1] ?? null,
      fields: fields(body!), raw: raw!,
    });
  }
  return out;
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
