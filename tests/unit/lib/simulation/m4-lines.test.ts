import { describe, expect, it } from 'vitest';

import { m4DiffExercise } from '../../../../src/data/learn-exercises';
import { M4_KEY_LINES } from '../../../../src/lib/simulation/m4-diff';
import { M4_LINES } from '../../../../src/lib/simulation/m4-lines';

describe('the quoted lines of build-to-host.m4', () => {
  const diffTexts = M4_KEY_LINES.map((line) => line.text.trim());
  const listing = m4DiffExercise.listing;
  if (!('after' in listing))
    throw new Error('the m4 exercise is a diff: it has a before and an after');
  const lines = (text: string) => text.split('\n').map((line) => line.trim());

  it('appear word for word in both the simulation’s diff and the training exercise', () => {
    for (const [name, text] of Object.entries(M4_LINES)) {
      expect(diffTexts, name).toContain(text);
      expect(lines(name.endsWith('Gnulib') ? listing.before : listing.after), name).toContain(text);
    }
  });

  it('quote the trigger as the published analyses do: marker grep, byte swap, and the command that runs it', () => {
    expect(M4_LINES.configmake).toContain('grep -aErls "#{4}[[:alnum:]]{5}#{4}$"');
    expect(M4_LINES.pathMap).toBe(String.raw`gl_path_map='tr "\t \-_" " \t_\-"'`);
    expect(M4_LINES.configCommands).toMatch(
      /^AC_CONFIG_COMMANDS\(\[build-to-host\], \[eval \$gl_config_gt \| \$SHELL 2>\/dev\/null\]/,
    );
  });
});
