// Sealed bundles (docs/casework.md): one file that carries a case, its reports and exports and
// its custody log, encrypted with a passphrase. Layout:
//   "FTB1\n" + manifest (one line of JSON, plain) + "\n" + AES-256-GCM ciphertext + 16-byte tag.
// The manifest says what is inside (names, sizes, SHA-256) and how to derive the key (scrypt,
// from node:crypto); it is the cipher's additional authenticated data, so changing a byte of
// it, of the ciphertext or of the tag makes the bundle fail to open. Unbundling checks the
// whole bundle (tag and every file's SHA-256) before it writes anything.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, type Hash } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import { inputError } from "../errors.js";

const MAGIC = "FTB1\n";
const FORMAT = "flowtrace-bundle/1";
const TAG_BYTES = 16;
const CHUNK = 1 << 20;
const MAX_MANIFEST = 1 << 20;
/** scrypt cost: 2^17 × 8 × 128 bytes = 128 MiB of memory per attempt. */
export const SCRYPT = { N: 1 << 17, r: 8, p: 1 };
const MAX_N = 1 << 20; // a manifest may not make us allocate more than 1 GiB

export interface BundleFile { name: string; role: string; bytes: number; sha256: string }

export interface Manifest {
  format: typeof FORMAT;
  created_at: string;
  tool_version: string;
  kdf: { name: "scrypt"; N: number; r: number; p: number; salt: string };
  cipher: { name: "aes-256-gcm"; iv: string };
  /** The files, in the order their bytes follow each other in the plaintext. */
  files: BundleFile[];
  /** The chain head of the case's custody log when the bundle was made. */
  custody_head: string | null;
}

export interface BundleInput { path: string; name?: string; role: string }
/** A file made in memory (the custody log as JSON). */
export interface BundleBlob { name: string; role: string; data: Buffer }

function deriveKey(passphrase: string, kdf: Manifest["kdf"]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize("NFC"), Buffer.from(kdf.salt, "base64"), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + (1 << 20) },
      (err, key) => (err ? reject(err) : resolve(key)));
  });
}

function sha256File(path: string): { sha256: string; bytes: number } {
  const h = createHash("sha256");
  let bytes = 0;
  forChunks(path, (b) => { h.update(b); bytes += b.length; });
  return { sha256: h.digest("hex"), bytes };
}

function forChunks(path: string, each: (b: Buffer) => void, start = 0, length = Infinity): void {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let pos = start;
    let left = length;
    while (left > 0) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK, left), pos);
      if (n === 0) break;
      each(buf.subarray(0, n));
      pos += n;
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
}

export async function writeBundle(out: string, inputs: BundleInput[], blobs: BundleBlob[], passphrase: string, meta: { createdAt: string; toolVersion: string; custodyHead: string | null }): Promise<Manifest> {
  const files: (BundleFile & { path?: string; data?: Buffer })[] = [];
  for (const i of inputs) {
    if (!existsSync(i.path)) throw inputError("no_file", "file to bundle not found", { file: i.path });
    files.push({ name: i.name ?? basename(i.path), role: i.role, ...sha256File(i.path), path: i.path });
  }
  for (const b of blobs) files.push({ name: b.name, role: b.role, bytes: b.data.length, sha256: createHash("sha256").update(b.data).digest("hex"), data: b.data });
  const names = new Set<string>();
  for (const f of files) {
    if (names.has(f.name)) throw inputError("duplicate_name", "two files to bundle have the same name", { value: f.name });
    names.add(f.name);
  }
  const kdf = { name: "scrypt" as const, ...SCRYPT, salt: randomBytes(16).toString("base64") };
  const iv = randomBytes(12);
  const manifest: Manifest = {
    format: FORMAT, created_at: meta.createdAt, tool_version: meta.toolVersion, kdf,
    cipher: { name: "aes-256-gcm", iv: iv.toString("base64") },
    files: files.map(({ name, role, bytes, sha256 }) => ({ name, role, bytes, sha256 })),
    custody_head: meta.custodyHead,
  };
  const head = Buffer.from(`${MAGIC}${JSON.stringify(manifest)}\n`, "utf8");
  const key = await deriveKey(passphrase, kdf);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(head);
  const partial = `${out}.partial`;
  const fd = openSync(partial, "w");
  try {
    writeSync(fd, head);
    for (const f of files) {
      // A file that changed between hashing and packing would not match its manifest: refuse.
      const h = createHash("sha256");
      const put = (b: Buffer) => { h.update(b); writeSync(fd, cipher.update(b)); };
      if (f.data) put(f.data);
      else forChunks(f.path!, put);
      if (h.digest("hex") !== f.sha256) throw inputError("file_changed", "file changed while it was being bundled", { file: f.path ?? f.name });
    }
    writeSync(fd, cipher.final());
    writeSync(fd, cipher.getAuthTag());
  } catch (e) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(partial, out);
  return manifest;
}

/** The plain manifest (no passphrase needed), and where the ciphertext starts. */
export function readManifest(path: string): { manifest: Manifest; head: Buffer; size: number } {
  if (!existsSync(path)) throw inputError("no_file", "bundle not found", { file: path });
  const fd = openSync(path, "r");
  let prefix: Buffer;
  let size: number;
  try {
    size = fstatSync(fd).size;
    prefix = Buffer.alloc(Math.min(size, MAX_MANIFEST + MAGIC.length + 1));
    readSync(fd, prefix, 0, prefix.length, 0);
  } finally {
    closeSync(fd);
  }
  const bad = (why: string) => inputError("bad_bundle", `not a flowtrace bundle: ${why}`, { file: path });
  if (prefix.subarray(0, MAGIC.length).toString("latin1") !== MAGIC) throw bad("wrong first bytes");
  const end = prefix.indexOf(0x0a, MAGIC.length);
  if (end < 0) throw bad("no manifest line");
  let manifest: Manifest;
  try {
    manifest = JSON.parse(prefix.subarray(MAGIC.length, end).toString("utf8")) as Manifest;
  } catch {
    throw bad("manifest is not JSON");
  }
  if (manifest.format !== FORMAT || manifest.kdf?.name !== "scrypt" || manifest.cipher?.name !== "aes-256-gcm" || !Array.isArray(manifest.files)) throw bad("unknown format");
  const { N, r, p } = manifest.kdf;
  if (![N, r, p].every(Number.isInteger) || N < 2 || N > MAX_N || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) throw bad("key derivation settings out of range");
  for (const f of manifest.files) {
    // Names become file names in the output folder: nothing that could leave it.
    if (typeof f.name !== "string" || !/^[^/\\\0]+$/.test(f.name) || f.name === "." || f.name === ".." || !Number.isSafeInteger(f.bytes) || f.bytes < 0) throw bad(`bad file entry ${JSON.stringify(f.name)}`);
  }
  return { manifest, head: prefix.subarray(0, end + 1), size };
}

/**
 * Decrypt the bundle, handing each file's plaintext to `sink` in order; throws (exit 1) when
 * the passphrase is wrong or a byte changed, which GCM cannot tell apart.
 */
async function decryptBundle(path: string, secret: string | Buffer, sink: (file: BundleFile, chunk: Buffer) => void): Promise<{ manifest: Manifest; key: Buffer }> {
  const { manifest, head, size } = readManifest(path);
  const payload = manifest.files.reduce((s, f) => s + f.bytes, 0);
  if (size !== head.length + payload + TAG_BYTES) {
    throw inputError("bad_bundle", `bundle is ${size < head.length + payload + TAG_BYTES ? "truncated" : "longer than its manifest says"}: ${size} bytes, expected ${head.length + payload + TAG_BYTES}`, { file: path });
  }
  const key = typeof secret === "string" ? await deriveKey(secret, manifest.kdf) : secret;
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(manifest.cipher.iv, "base64"));
  decipher.setAAD(head);
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = openSync(path, "r");
  try { readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES); } finally { closeSync(fd); }
  decipher.setAuthTag(tag);
  let fi = 0;
  let left = manifest.files[0]?.bytes ?? 0;
  const feed = (plain: Buffer) => {
    let b = plain;
    while (b.length > 0) {
      while (left === 0) left = manifest.files[++fi]!.bytes;
      const n = Math.min(left, b.length);
      sink(manifest.files[fi]!, b.subarray(0, n));
      left -= n;
      b = b.subarray(n);
    }
  };
  forChunks(path, (c) => feed(decipher.update(c)), head.length, payload);
  try {
    feed(decipher.final());
  } catch {
    throw inputError("bundle_sealed", "bundle does not open: wrong passphrase, or the bundle was changed or damaged", { file: path });
  }
  return { manifest, key };
}

/** Check a bundle completely (tag and every file's SHA-256) without writing anything. */
export async function checkBundle(path: string, passphrase: string): Promise<Manifest> {
  return (await verifyBundle(path, passphrase)).manifest;
}

/** checkBundle, keeping the derived key for a second pass (scrypt is slow on purpose). */
async function verifyBundle(path: string, passphrase: string): Promise<{ manifest: Manifest; key: Buffer }> {
  const hashes = new Map<string, Hash>();
  const { manifest, key } = await decryptBundle(path, passphrase, (f, chunk) => {
    let h = hashes.get(f.name);
    if (!h) hashes.set(f.name, (h = createHash("sha256")));
    h.update(chunk);
  });
  for (const f of manifest.files) {
    const got = (hashes.get(f.name) ?? createHash("sha256")).digest("hex");
    if (got !== f.sha256) throw inputError("bundle_sealed", `bundle content does not match its manifest: ${f.name}`, { file: path });
  }
  return { manifest, key };
}

/** Check the bundle, then write its files into `dir` (which must not hold files of the same names). */
export async function unbundle(path: string, dir: string, passphrase: string): Promise<{ manifest: Manifest; files: string[] }> {
  const { manifest } = readManifest(path);
  for (const f of manifest.files) {
    if (existsSync(join(dir, f.name))) throw inputError("exists", "would overwrite a file: choose an empty folder", { file: join(dir, f.name) });
  }
  const { key } = await verifyBundle(path, passphrase);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const fds = new Map<string, number>();
  try {
    await decryptBundle(path, key, (f, chunk) => {
      let fd = fds.get(f.name);
      if (fd === undefined) {
        const p = join(dir, f.name);
        fd = openSync(p, "wx");
        written.push(p);
        fds.set(f.name, fd);
      }
      writeSync(fd, chunk);
    });
    for (const f of manifest.files) {
      if (fds.has(f.name)) continue; // an empty file has no chunk
      const p = join(dir, f.name);
      closeSync(openSync(p, "wx"));
      written.push(p);
    }
  } catch (e) {
    // The bundle changed between the check and the writing: leave nothing behind.
    for (const fd of fds.values()) closeSync(fd);
    fds.clear();
    for (const p of written) rmSync(p, { force: true });
    throw e;
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
  return { manifest, files: written };
}
