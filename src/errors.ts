// One error class for everything a user can fix (bad input, bad options): exit code 1.
// Anything else that escapes is a bug or an environment failure: exit code 2.
// Messages are lowercase `<problem>: <value> (file, row, column)`, per house style.

export interface ErrorPlace {
  file?: string;
  row?: number | bigint;
  column?: string;
  value?: string;
}

export class FlowtraceError extends Error {
  readonly code: string;
  readonly exitCode: 1 | 2;
  readonly place: ErrorPlace;

  constructor(code: string, message: string, place: ErrorPlace = {}, exitCode: 1 | 2 = 1) {
    super(formatMessage(message, place));
    this.name = "FlowtraceError";
    this.code = code;
    this.exitCode = exitCode;
    this.place = place;
  }
}

/** The user's input or options are wrong (exit 1). */
export function inputError(code: string, message: string, place: ErrorPlace = {}): FlowtraceError {
  return new FlowtraceError(code, message, place, 1);
}

function formatMessage(message: string, place: ErrorPlace): string {
  const parts: string[] = [];
  if (place.file !== undefined) parts.push(`file ${place.file}`);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.column !== undefined) parts.push(`column ${place.column}`);
  if (place.value !== undefined) parts.push(`value ${JSON.stringify(place.value)}`);
  return parts.length ? `${message} (${parts.join(", ")})` : message;
}
