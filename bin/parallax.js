#!/usr/bin/env node
// The `parallax` command: runs the compiled CLI (built by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

await main();
