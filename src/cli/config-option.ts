import type { CheckConfig } from '../app/index.js';
import { UsageError } from './io.js';

/** The checker's configuration named by `--config`, or undefined; a bad file is the user's error, in Chinese. */
export async function loadConfigOption(path: string | undefined): Promise<CheckConfig | undefined> {
  if (!path) return undefined;
  const app = await import('../app/index.js'); // loaded when a command runs: `--help` stays light
  try {
    return app.loadCheckConfig(path);
  } catch (e) {
    if (e instanceof app.ConfigError) throw new UsageError(e.message);
    throw e;
  }
}
