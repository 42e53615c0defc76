/**
 * `globalSetup: 'signalbox/global-setup'` (the preset sets it): makes the folder in which each
 * test file records what the run-wide check of the project options needs.
 * @module signalbox/global-setup
 */
import { startRun } from '../driver/run-check';

export default function globalSetup(): void {
  startRun();
}
