// kgen bench / kgen tune (filled in below).
export async function benchCommand(argv: string[]): Promise<void> {
  const { runBench } = await import('../bench/bench.js');
  await runBench(argv);
}
export async function tuneCommand(argv: string[]): Promise<void> {
  const { runTune } = await import('../bench/tune.js');
  await runTune(argv);
}
