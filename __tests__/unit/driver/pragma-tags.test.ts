import { pragmaTagProblems } from '../../../src/driver/pragma-tags';

const body = "\nimport { createUser } from './users';\n\ntest('x', () => {});\n";

describe('pragmaTagProblems: signalbox pragmas Jest would silently ignore', () => {
  test('our tags, and other tools’ tags, in the first docblock are fine', () => {
    const source = `/**\n * @suspendSignals post_save\n * @jest-environment node\n */${body}`;
    expect(
      pragmaTagProblems(
        { suspendSignals: 'post_save', 'jest-environment': 'node' },
        source,
        'Jest',
      ),
    ).toEqual([]);
  });

  test.each([
    ['suspendSignal', 'suspendSignals'],
    ['suspendsignals', 'suspendSignals'],
    ['overrideSetting', 'overrideSettings'],
    ['overideSettings', 'overrideSettings'],
    ['OverrideSettings', 'overrideSettings'],
  ])('a misspelled tag in the first docblock: @%s', (tag, meant) => {
    expect(pragmaTagProblems({ [tag]: '' }, `/** @${tag} */${body}`, 'Jest')).toEqual([
      `@${tag} is not a signalbox pragma: did you mean @${meant}?`,
    ]);
  });

  test('tags more than two edits away are not ours', () => {
    expect(pragmaTagProblems({ suspend: '', settings: '', flow: '' }, body, 'Jest')).toEqual([]);
  });

  test('a helper that is not a pragma says what to do instead', () => {
    expect(pragmaTagProblems({ resumeSignals: 'post_save' }, body, 'Jest')).toEqual([
      '@resumeSignals is not a pragma (the pragmas are @suspendSignals and @overrideSettings): call resumeSignals(…) at the top level of the file instead',
    ]);
  });

  test('a signalbox tag in a later comment names its line and the fix', () => {
    const source = [
      "import { createUser } from './users';",
      '',
      '/**',
      ' * @suspendSignals post_save',
      ' */',
      '// @overrideSetting {"DEBUG": true}',
      "test('x', () => {});",
    ].join('\n');
    expect(pragmaTagProblems({}, source, 'Jest')).toEqual([
      "@suspendSignals on line 4 is ignored: Jest reads pragmas only from the comment that opens the file, before any code. Move it into the file's first /** */ comment",
      "@overrideSetting on line 6 is ignored: Jest reads pragmas only from the comment that opens the file, before any code. Move it (as @overrideSettings) into the file's first /** */ comment",
    ]);
  });

  test('the first docblock is not a later comment; mentions inside prose are not tags', () => {
    const source = `/**\n * @suspendSignals\n */\n/** Uses the @suspendSignals pragma above. */${body}`;
    expect(pragmaTagProblems({ suspendSignals: '' }, source, 'Jest')).toEqual([]);
  });
});
