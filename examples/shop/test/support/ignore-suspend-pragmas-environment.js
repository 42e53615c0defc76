/**
 * The signalbox environment, minus the files' `@suspendSignals` pragmas: the demo runs the same
 * suite with every receiver on (mode a) and with the SUSPEND_SIGNALS pattern alone (mode c).
 */
const { TestEnvironment } = require('signalbox/environment');

class IgnoreSuspendPragmasEnvironment extends TestEnvironment {
  constructor(config, context) {
    const { suspendSignals: _ignored, ...pragmas } = context.docblockPragmas;
    super(config, { ...context, docblockPragmas: pragmas });
  }
}

module.exports = IgnoreSuspendPragmasEnvironment;
