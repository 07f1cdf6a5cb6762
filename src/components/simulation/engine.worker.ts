/**
 * The simulation engine off the main thread: a cold run decodes and deciphers about 200 KB of
 * stand-in bytes, which on a slow phone blocks the page for a few hundred milliseconds. The page
 * posts { id, input } and gets back { id, trace } or { id, error }.
 */
import { simulate, type SimulationInput } from '../../lib/simulation/simulate';

addEventListener('message', async (event: MessageEvent<{ id: number; input: SimulationInput }>) => {
  const { id, input } = event.data;
  try {
    postMessage({ id, trace: await simulate(input) });
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
