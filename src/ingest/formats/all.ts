// The non-canonical format readers (statements, ledgers, bank messages, public data sets), in
// detection order: the most specific header first. Registered in index.ts as one group.
import type { FormatReader } from "../format.js";
import { mpesaReader } from "./mpesa.js";
import { mpesaPdfReader } from "./mpesaPdf.js";
import { mpesaBusinessReader } from "./mpesaBusiness.js";
import { cbeReceiptReader } from "./cbeReceipt.js";
import { telebirrReceiptReader } from "./telebirrReceipt.js";
import { mpesaSmsReader } from "./mpesaSms.js";
import { paysimReader } from "./paysim.js";
import { amlsimReader } from "./amlsim.js";
import { amlworldReader } from "./amlworld.js";
import { finbenchReader } from "./finbench.js";
import { camt052Reader, camt053Reader, camt054Reader } from "./camt.js";
import { mt103Reader } from "./mt103.js";
import { followTheMoneyReader } from "./followTheMoney.js";
import { bankCsvReader, hawalaReader, mtoReader, telebirrReader } from "./presets.js";

export const formatReaders: FormatReader[] = [
  mpesaBusinessReader,
  mpesaReader,
  mpesaSmsReader,
  paysimReader,
  amlsimReader,
  amlworldReader,
  finbenchReader,
  camt053Reader,
  camt054Reader,
  camt052Reader,
  mt103Reader,
  telebirrReader,
  mtoReader,
  hawalaReader,
  bankCsvReader,
  followTheMoneyReader,
  telebirrReceiptReader,
  cbeReceiptReader,
  mpesaPdfReader,
];
