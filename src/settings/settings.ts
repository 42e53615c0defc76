/**
 * The project's settings. Augment it to declare yours:
 *
 * ```ts
 * declare module 'signalbox' {
 *   interface Settings { DEBUG: boolean; ALLOWED_HOSTS: string[] }
 * }
 * ```
 */
export interface Settings {
  /** While truthy, receivers connected with `suspendingReceiver` are skipped. Default `false`. */
  SUSPEND_SIGNALS: boolean;
}
