export type { Architecture, ArchitectureSource, OsInfo } from '../../../src-shared/detection-types.js';
