/**
 * The Jest environment: `TestEnvironment` (jest-environment-node with signalbox's scopes) and
 * `withSignalbox(BaseEnvironment)` for any other environment class (jsdom, a custom one).
 * @module signalbox/environment
 */
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node';
import { withSignalbox } from './with-signalbox';

/** jest-environment-node with signalbox's scopes: `testEnvironment: 'signalbox/environment'`. */
export const TestEnvironment: typeof NodeEnvironment = withSignalbox(NodeEnvironment);
export default TestEnvironment;
export type { EnvironmentBase, EnvironmentConstructor } from './with-signalbox';
export { withSignalbox };
