import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // why: the CLI tests spawn the built binary; generous but finite so a hang fails instead of blocking CI
    testTimeout: 60_000,
    pool: 'forks',
  },
})
