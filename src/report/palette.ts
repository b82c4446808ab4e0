// Role colours (colour-blind-safe Okabe–Ito hues) and role words for people.
import type { Role } from "./model.js";

export const ROLE_COLOUR: Record<Role, string> = {
  relative: "#0072B2",
  collector: "#E69F00",
  broker: "#009E73",
  leader: "#D55E00",
  "cash-out": "#555555",
  other: "#A0A0A0",
};

export const ROLE_WORD: Record<Role, string> = {
  relative: "relative (payer)",
  collector: "collector",
  broker: "broker",
  leader: "leader",
  "cash-out": "cash-out / service",
  other: "not classified",
};
