import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    env: { TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB is multi-threaded already; two test files at a time suit a 2-core machine.
    maxWorkers: 2,
  },
});
