import { describe, expect, it } from 'vitest';

import { KEY_HELP_LINES } from '../../../../src/lib/timeline/key-help';
import { type ChartCommand, commandForKey } from '../../../../src/lib/timeline/keyboard';

const ALL_COMMANDS: ChartCommand[] = [
  'previous',
  'next',
  'up',
  'down',
  'first',
  'last',
  'open',
  'close',
  'zoom-in',
  'zoom-out',
  'fit',
];

describe("the timeline's printed key help", () => {
  it('promises only what the keyboard really does', () => {
    for (const line of KEY_HELP_LINES) {
      for (const [key, command] of Object.entries(line.keys)) {
        expect(commandForKey(key), `${key} in "${line.text}"`).toBe(command);
      }
    }
  });

  it('prints every key it promises', () => {
    for (const line of KEY_HELP_LINES) {
      for (const key of Object.keys(line.keys)) {
        expect(line.text, key).toContain(line.labels[key] ?? key);
      }
    }
  });

  it('tells of every command the chart has', () => {
    const told = new Set(KEY_HELP_LINES.flatMap((line) => Object.values(line.keys)));
    expect(ALL_COMMANDS.filter((command) => !told.has(command))).toEqual([]);
  });
});
