/** Shared helpers for the end-to-end tests. */
import { runCli, type CliIo } from '../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output; `stdin` feeds `-`. */
export async function cli(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; cwd?: string; progressStream?: CliIo['progressStream'] } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    ...(options.progressStream ? { progressStream: options.progressStream } : {}),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
