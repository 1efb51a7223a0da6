import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Detection } from '../core/detect/detect.js';

/**
 * The KB 3140245 package for this Windows on the stick (beside the portable executable, or in
 * its `updates` folder), when the update is missing; null otherwise.
 */
export function findMsuOnStick(detection: Detection, stickFolder: string | null): string | null {
  const name = detection.kb3140245.msuFile;
  if (!name || !stickFolder || detection.kb3140245.state !== 'missing') return null;
  for (const folder of [stickFolder, path.join(stickFolder, 'updates')]) {
    const file = path.join(folder, name);
    if (fs.existsSync(file)) return file;
  }
  return null;
}
