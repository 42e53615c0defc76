/**
 * The error that makes a test file fail to run ("Test suite failed to run") when its signalbox
 * configuration is invalid: it names the file and the option or pragma at fault.
 */
export function fileConfigError(testFile: string, source: string, problem: string): TypeError {
  return new TypeError(`signalbox: ${testFile}: ${source === '' ? '' : `${source} `}${problem}`);
}
