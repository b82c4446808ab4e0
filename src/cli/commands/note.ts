// `flowtrace note ACCOUNT|TX_ID "text" [--label L]`, `note list [TARGET]`, `note edit ID "text"`,
// `note retract ID [--reason R]`, `note history ID`: the investigator's notes and labels
// (docs/casework.md). Every change is a new version; the old text stays in the history.
import { existsSync } from "node:fs";
import { caseAuthor } from "../../casework/author.js";
import { addNote, checkLabel, editNote, getNote, LABELS, listNotes, noteHistory, retractNote, type Note } from "../../casework/notes.js";
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

interface Args { words: string[]; label?: string; author?: string; reason?: string; all: boolean }

const USAGE = "usage: flowtrace note ACCOUNT|TX_ID \"text\" [--label L] | note list [ID] | note edit NOTE \"text\" | note retract NOTE | note history NOTE";

export const noteCommand = defineCommand<Args>({
  builder: (y) => y
    .positional("words", { type: "string", array: true, describe: "ACCOUNT|TX_ID \"text\", or list [ID], edit NOTE \"text\", retract NOTE, history NOTE" })
    .option("label", { type: "string", choices: [...LABELS], describe: "label the account (or, with exclude, the transfer); overrides detection in the report" })
    .option("author", { type: "string", describe: "who writes the note (default: FLOWTRACE_AUTHOR, else the OS user)" })
    .option("reason", { type: "string", describe: "why a note is retracted" })
    .option("all", { type: "boolean", default: false, describe: "note list: include retracted notes" }) as never,
  async run(args, io) {
    const words = (args.words ?? []).map(String);
    const [verb, ...rest] = words;
    if (verb === undefined) throw inputError("usage", USAGE);
    const readOnly = verb === "list" || verb === "history" || verb === "show";
    if (!existsSync(args.db)) throw inputError("no_case", "case database not found (ingest records first)", { file: args.db });
    const db = await openCase(args.db, { readOnly });
    try {
      const who = { author: caseAuthor(args.author), at: io.now() };
      const label = checkLabel(args.label);
      const noteId = (v: string | undefined) => {
        if (v === undefined || !/^\d+$/.test(v)) throw inputError("usage", "a note id (a number) is needed", v === undefined ? {} : { value: v });
        return Number(v);
      };
      const one = (n: Note, what: string) => {
        if (args.json) printJson(io, { note: n });
        else io.out(`${what} note ${n.note_id} on ${n.target_kind} ${n.target}${n.label ? ` (label ${n.label})` : ""}\n`);
      };
      if (verb === "list") {
        if (rest.length > 1) throw inputError("usage", USAGE);
        const notes = await listNotes(db, { target: rest[0], retracted: args.all, ...(label ? { label } : {}) });
        if (args.json) { printJson(io, { notes }); return; }
        io.out(formatTable(["id", "on", "label", "text", "by", "at", "state"],
          notes.map((n) => [n.note_id, n.target, n.label ?? "", n.text, n.created_by, n.created_at, n.retracted ? "retracted" : n.versions > 1 ? "edited" : ""])));
        return;
      }
      if (verb === "history") {
        const versions = await noteHistory(db, noteId(rest[0]));
        if (args.json) { printJson(io, { versions }); return; }
        io.out(formatTable(["version", "action", "label", "text", "reason", "by", "at"], versions.map((v) => [v.version, v.action, v.label ?? "", v.text, v.reason ?? "", v.author, v.at])));
        return;
      }
      if (verb === "edit") {
        if (rest.length !== 2) throw inputError("usage", USAGE);
        one(await editNote(db, noteId(rest[0]), rest[1]!, label, who), "edited");
        return;
      }
      if (verb === "retract") {
        if (rest.length !== 1) throw inputError("usage", USAGE);
        one(await retractNote(db, noteId(rest[0]), args.reason ?? null, who), "retracted");
        return;
      }
      if (verb === "show") {
        const n = await getNote(db, noteId(rest[0]));
        if (!n) throw inputError("unknown_note", "no note with this id", { value: rest[0] });
        one(n, "shown");
        return;
      }
      if (rest.length !== 1) throw inputError("usage", USAGE);
      one(await addNote(db, verb, rest[0]!, label, who), "added");
    } finally {
      db.close();
    }
  },
});
