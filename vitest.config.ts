import { defineConfig } from "vitest/config";

/** The contract tests that also run against PostgreSQL (tests/helpers/backend.ts). */
const ON_POSTGRES = ["tests/e2e/cli-json.test.ts", "tests/e2e/timeline.test.ts", "tests/e2e/stories.test.ts", "tests/e2e/mcp.test.ts", "tests/e2e/postgres.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn bin/news; two cores, so two workers.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "sqlite", include: ["tests/**/*.test.ts"], exclude: ["tests/e2e/postgres.test.ts"] } },
      { extends: true, test: { name: "postgres", include: ON_POSTGRES, env: { NEWS_TEST_BACKEND: "postgres" } } },
    ],
  },
});
