import { defineConfig } from "vitest/config";

// Workspace code and tests run from `src` through the `source` export condition: no build step.
const conditions = ["source", "import", "module", "node", "default"];

const project = (name: string, include: string[]) => ({
  extends: true as const,
  test: { name, include },
});

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
  test: {
    projects: [
      project("core", ["packages/core/test/**/*.test.ts"]),
      project("markdown", ["packages/markdown/test/**/*.test.ts"]),
      project("mermaid", ["packages/mermaid/test/**/*.test.ts"]),
      project("docx", ["packages/docx/test/**/*.test.ts"]),
      project("drawio", ["packages/drawio/test/**/*.test.ts"]),
      project("exercises", ["packages/exercises/test/**/*.test.ts"]),
      project("cli", ["packages/cli/test/**/*.test.ts"]),
      project("e2e", ["test/**/*.test.ts"]),
    ],
  },
});
