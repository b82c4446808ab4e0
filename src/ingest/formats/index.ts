// Every format reader, in detection order: the first whose detect() says yes reads the file.
// Put specific formats before generic ones. Add one line per reader.
import type { FormatReader } from "../format.js";
import { canonicalReaders } from "../canonical.js";
import { formatReaders } from "./all.js";

export const readers: FormatReader[] = [
  ...canonicalReaders,
  ...formatReaders,
];
