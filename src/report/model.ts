// The report's data model: plain JSON gathered from the case (data.ts), possibly redacted,
// then turned into HTML by render.ts. Nothing here touches the database or the DOM, so a
// test can hand-make a ReportData and a redaction step can rewrite one before rendering.
import type { Label } from "../casework/notes.js";
import type { XrefCase } from "../casework/xref.js";
import type { Method } from "../trace/methods.js";

/** Where an account sits in the money's path. Shown as colours in the charts. */
export type Role = "relative" | "collector" | "broker" | "leader" | "cash-out" | "other";

export const ROLES: readonly Role[] = ["relative", "collector", "broker", "leader", "cash-out", "other"];

export interface ReportAccount {
  id: string;
  holder: string | null;
  /** The resolved entity (flowtrace entities) when it joins several accounts: "name (id)". */
  entity?: string | null;
  kind: string;
  institution: string | null;
  country: string | null;
  role: Role;
  /** Why the role was given (a detection finding or the structural rule that applied). */
  roleReason: string;
  taintedIn: number;
  taintedOut: number;
  retained: number;
  exited: number;
  unexplainedOut: number;
  firstHop: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The investigator's notes on this account (docs/casework.md). */
  notes?: string[];
}

export interface ReportTransfer {
  txId: string;
  /** ISO 8601 UTC. */
  ts: string;
  from: string;
  to: string;
  /** As sent, in the original currency. */
  amount: number;
  currency: string;
  /** In the reporting currency. */
  valueOut: number;
  valueIn: number;
  /** Tainted part of value_out, and what of it reached the receiver. */
  tainted: number;
  taintedIn: number;
  hop: number;
  beyondHorizon: number;
  belowThreshold: number;
  fees: number;
  channel: string | null;
  reference: string | null;
  sourceFile: string | null;
  sourceRow: number | null;
  isSeed: boolean;
  /** For a seed: the victim it was paid for, where a relative's statement was matched to it. */
  victim?: string | null;
  /** Set only on an inferred link (a hawala bridge): in no record; why it is believed. */
  inferred?: InferredMark;
  /** The investigator's notes on this transfer (docs/casework.md). */
  notes?: string[];
}

export interface InferredMark {
  /** 0–1, from flowtrace hawala; null when the bridge's evidence is no longer in the case. */
  confidence: number | null;
  evidence: string[];
}

export interface ReportTotals {
  seeded: number;
  retained: number;
  exited: number;
  beyondHorizon: number;
  belowThreshold: number;
  fees: number;
  unexplainedOut: number;
}

export interface ReportRun {
  id: string;
  method: Method;
  direction: string;
  options: Record<string, unknown>;
  seeds: string[];
  startedAt: string;
  finishedAt: string;
  toolVersion: string;
  totals: ReportTotals;
}

export interface LedgerRow {
  account: string;
  outTx: string;
  inTx: string | null;
  origin: string;
  amount: number;
  tainted: number;
  hop: number | null;
  /** For rules that look at the whole balance ('mix' rows): balance and tainted part before. */
  balanceBefore?: number | null;
  taintedBefore?: number | null;
}

export interface Trajectory {
  rank: number;
  seedTx: string;
  txPath: string[];
  endAccount: string;
  endKind: string;
  amount: number;
  durationS: number;
}

/** The same seeds and options traced under another rule (the run itself included). */
export interface MethodRun {
  runId: string;
  method: Method;
  totals: ReportTotals;
  /** Tainted amount that reached each of the key accounts under this rule. */
  reached: Record<string, number>;
}

export interface ReportSource {
  fileName: string;
  path: string;
  sha256: string;
  sizeBytes: number;
  format: string;
  recordKind: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  loadedAt: string;
}

/** A paying relative: one person, however many accounts he paid from (persons.ts). */
export interface PayerPerson {
  key: string;
  name: string;
  accounts: string[];
  seeds: string[];
  /** What he sent (value_out of his ransom payments), in the reporting currency. */
  amount: number;
}

/** A victim: one person, however his family spells him; or a payer's family whose victim no record names. */
export interface VictimPerson {
  key: string;
  /** The spelling used most often; null when no statement names him. */
  name: string | null;
  /** Every spelling the statements give. */
  spellings: string[];
  /** The names of the payers who paid for him. */
  payers: string[];
  seeds: string[];
  /** Payments no statement names, given to him because their payer's other payments do. */
  inferredSeeds: string[];
  amount: number;
}

export interface PersonsData {
  payers: PayerPerson[];
  victims: VictimPerson[];
  /** Seed transfer id → the victim key (a family) it was paid for. */
  familyOfSeed: Record<string, string>;
}

export interface ReportData {
  title: string;
  /** The moment the report says it was generated: an input, so that reruns are byte-identical. */
  generatedAt: string;
  toolVersion: string;
  currency: string;
  caseFile: string;
  run: ReportRun;
  /**
   * Whether roles came from `flowtrace detect`, or (without detection) only the facts of the
   * trace: payers, first receivers, cash and service accounts; every other account is "not
   * classified", never a guessed leader.
   */
  rolesSource: "detection" | "structure";
  /**
   * The leader accounts (detection) and the traced money that reached them, counted once: at
   * the first leader account it reached (transfers between leader accounts are not counted again).
   */
  leaders: { account: string; firstReached: number; fromOtherLeaders: number }[];
  /** Every account that received taint (and the seed payers). */
  accounts: ReportAccount[];
  /** Every transfer that carried taint in the run. */
  transfers: ReportTransfer[];
  /** Allocation ledger of the key outflows (the largest tainted ones). */
  ledger: LedgerRow[];
  ledgerOutflows: number;
  /**
   * Every tainted ledger link (outflow ← inflow) when each tainted part names its inflow
   * (fifo, lifo), so one family's money can be followed exactly; empty otherwise.
   */
  ledgerLinks: { outTx: string; inTx: string; tainted: number }[];
  trajectories: Trajectory[];
  /** Trajectories the run stored (with its remainder rows, which have no path). */
  trajectoryCount: number;
  /** Whether `trajectories` holds every path of the run (so one family's money is exact). */
  trajectoriesComplete: boolean;
  methods: MethodRun[];
  sources: ReportSource[];
  quarantine: { reason: string; rows: number }[];
  /** Backward runs: what each origin contributed to the value that reached the target. */
  origins: { account: string; origin: string; amount: number }[];
  /** Known-balance corrections and other per-run notes, counted by kind. */
  notes: { kind: string; count: number; amount: number }[];
  /** Payers and victims resolved into persons (forward runs; empty lists for backward runs). */
  persons: PersonsData;
  /** Whether trace_runs says the run was made by `trace` or by `compare`. */
  madeBy: string;
  /** How much of the traced money rests on inferred links, per kind (sql/report/confidence.sql). */
  confidence: ConfidenceRow[];
  /** Set when a redaction step replaced names and numbers with pseudonyms. */
  redacted: boolean;
  /** Notes, labels, custody head, other cases (docs/casework.md); absent when the case has none. */
  casework?: CaseworkReport;
}

/** One kind of inferred link a run rests on: how many, the traced money, the confidences. */
export interface ConfidenceRow {
  kind: "statement" | "entity" | "bridge";
  links: number;
  amount: number;
  minConfidence: number | null;
  medianConfidence: number | null;
}

/** An investigator's note as the report shows it (docs/casework.md). */
export interface ReportNote {
  id: number;
  targetKind: "account" | "transfer";
  target: string;
  label: Label | null;
  text: string;
  author: string;
  at: string;
  edited: boolean;
  /** Whether the account or transfer is in this report's trace. */
  inTrace: boolean;
}

export interface CaseworkReport {
  /** Standing notes (not retracted), oldest first. */
  notes: ReportNote[];
  /** How many notes were retracted (their text is in the case's note history). */
  retracted: number;
  custodyHead: { seq: number; hash: string; at: string } | null;
  xref: XrefCase[];
}
