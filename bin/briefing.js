#!/usr/bin/env node
// The `briefing` command. Node ≥ 22.18 runs the TypeScript source directly
// (type stripping); `npm install` brings Node 24 for npx and npm scripts.
import { main } from '../scripts/briefing.ts';

let status;
try {
  status = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  });
} catch (error) {
  // Bad input is reported by the parser; reaching here is a bug in the tool.
  process.stderr.write(`briefing: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  status = 3;
}
process.exitCode = status;
