#!/usr/bin/env node
// The `briefing` command. Node ≥ 22.18 runs the TypeScript source directly
// (type stripping); `npm install` brings Node 24 for npx and npm scripts.
import { run } from '../scripts/briefing.ts';

let status;
try {
  status = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
    // The progress bar only on a terminal: CI and pipes get the plain lines alone.
    ...(process.stderr.isTTY && { progress: (text) => process.stderr.write(`\r\x1b[K${text}`) }),
  });
} catch (error) {
  // Bad input is reported by the parser; reaching here is a bug in the tool.
  process.stderr.write(`briefing: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  status = 3;
}
process.exitCode = status;
