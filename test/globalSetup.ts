// Tests load the built bundle, so build it once before any suite runs.
import { buildAll } from '../scripts/build';

export default async function globalSetup(): Promise<void> {
  await buildAll();
}
