// Every detector, in run order. Later detectors may build on earlier ones through the temp
// table detect_found (consolidation reads collectors and pass-through accounts), so the order
// matters: ransom collection and pass-through first, consolidation after (see detect.ts).
import { consolidation } from "./consolidation.js";
import { cycle } from "./cycle.js";
import type { Detector } from "./detector.js";
import { passThrough } from "./passThrough.js";
import { ransomCollection } from "./ransomCollection.js";
import { repeatExtortion } from "./repeatExtortion.js";
import { structuring } from "./structuring.js";
import { bipartite, fanIn, fanOut, gatherScatter, scatterGather, stack } from "./typologies.js";

/** Detectors run once each, before consolidation. */
export const firstDetectors: Detector[] = [ransomCollection, passThrough];

/** Run in passes until nothing changes (collectors -> brokers -> leaders). */
export const networkDetector: Detector = consolidation;

/** Detectors that stand alone, run after the network is known. */
export const otherDetectors: Detector[] = [
  repeatExtortion, structuring, cycle, fanIn, fanOut, gatherScatter, scatterGather, bipartite, stack,
];

export const detectors: Detector[] = [...firstDetectors, networkDetector, ...otherDetectors];
