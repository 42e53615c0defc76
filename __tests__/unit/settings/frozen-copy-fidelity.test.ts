import { configureSettings, settings } from 'signalbox';
import { overrideSettings } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    REVIEW_SLOTS: (string | undefined)[];
    REVIEW_TAGGED: Record<symbol, string>;
  }
}

// API.md "Settings"/docs/settings.md: values are stored as frozen copies of plain objects and
// arrays — a copy must read the same as what was passed.
describe('the frozen copy of a setting value', () => {
  it('keeps the indices and length of a sparse array', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    configureSettings({ REVIEW_SLOTS: ['first', , 'third'] });

    expect(settings.REVIEW_SLOTS).toHaveLength(3);
    expect(settings.REVIEW_SLOTS[2]).toBe('third');
  });

  it('keeps symbol-keyed properties of a nested plain object', () => {
    const marker = Symbol('marker');

    overrideSettings({ REVIEW_TAGGED: { [marker]: 'kept' } }, () => {
      expect(settings.REVIEW_TAGGED[marker]).toBe('kept');
    });
  });
});
