import { configureSettings, settings } from 'signalbox';
import { modifySettings } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    REVIEW_MIDDLEWARE: { name: string }[];
  }
}

// API.md "Test helpers": modifySettings `remove` removes present items, `append`/`prepend` skip
// items already present, "items are compared with Array.prototype.includes". An item read from
// the list in force *is* in the list, by includes — but each item is deep-copied before comparing.
describe('modifySettings with object items taken from the setting itself', () => {
  beforeEach(() => {
    configureSettings({ REVIEW_MIDDLEWARE: [{ name: 'auth' }, { name: 'csrf' }] });
  });

  it('removes an item read from the list in force', () => {
    const auth = settings.REVIEW_MIDDLEWARE[0]!;
    expect(settings.REVIEW_MIDDLEWARE.includes(auth)).toBe(true);

    modifySettings({ REVIEW_MIDDLEWARE: { remove: auth } }, () => {
      expect(settings.REVIEW_MIDDLEWARE).toEqual([{ name: 'csrf' }]);
    });
  });

  it('does not append an item already present', () => {
    const auth = settings.REVIEW_MIDDLEWARE[0]!;

    modifySettings({ REVIEW_MIDDLEWARE: { append: auth } }, () => {
      expect(settings.REVIEW_MIDDLEWARE).toHaveLength(2);
    });
  });
});
