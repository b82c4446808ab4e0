// `flowtrace unbundle FILE --out DIR [--passphrase-file F]`: check a sealed bundle completely and
// only then write its files; `--check` checks without writing, `--manifest` prints the plain
// manifest (no passphrase needed).
import { readManifest, checkBundle, unbundle } from "../../casework/bundle.js";
import { readPassphrase } from "../../casework/passphrase.js";
import { inputError } from "../../errors.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

interface Args { file: string; out?: string; passphraseFile?: string; check: boolean; manifest: boolean }

export const unbundleCommand = defineCommand<Args>({
  builder: (y) => y
    .positional("file", { type: "string", demandOption: true, describe: "the bundle (.ftb)" })
    .option("out", { type: "string", describe: "folder to write the files into (must not hold files of the same names)" })
    .option("passphrase-file", { type: "string", describe: "file whose first line is the passphrase (else FLOWTRACE_PASSPHRASE, else a prompt)" })
    .option("check", { type: "boolean", default: false, describe: "check the bundle, write nothing" })
    .option("manifest", { type: "boolean", default: false, describe: "print the plain manifest, decrypt nothing" }) as never,
  async run(args, io) {
    if (args.manifest) {
      const { manifest } = readManifest(args.file);
      if (args.json) printJson(io, { manifest });
      else io.out(formatTable(["name", "role", "bytes", "sha256"], manifest.files.map((f) => [f.name, f.role, f.bytes, f.sha256])));
      return;
    }
    if (!args.check && args.out === undefined) throw inputError("usage", "give --out DIR (or --check, or --manifest)");
    readManifest(args.file); // a file that is not a bundle is refused before asking for a passphrase
    const passphrase = await readPassphrase(args.passphraseFile, false);
    if (args.check) {
      const manifest = await checkBundle(args.file, passphrase);
      if (args.json) printJson(io, { ok: true, manifest });
      else io.out(`bundle intact: ${manifest.files.length} files, custody head ${manifest.custody_head ?? "none"}\n`);
      return;
    }
    const { manifest, files } = await unbundle(args.file, args.out!, passphrase);
    if (args.json) printJson(io, { files, manifest });
    else io.out(`checked and wrote ${files.join(", ")} (custody head ${manifest.custody_head ?? "none"}; run flowtrace custody verify --db on the case)\n`);
  },
});
