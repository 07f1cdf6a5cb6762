import { describe, expect, it } from 'vitest';

import { NO_FILTERS, placementLane } from '../../../../src/lib/timeline/filters';
import {
  commandForKey,
  moveFocus,
  type NavigationModel,
} from '../../../../src/lib/timeline/keyboard';
import { eventInput, prepared, STORY_EVENTS } from './fixtures';

const model: NavigationModel = {
  events: STORY_EVENTS,
  bandOrder: ['people', 'code', 'releases', 'infrastructure', 'discovery', 'response'],
  bandOf: (event) => placementLane(event, NO_FILTERS),
};

describe('commandForKey', () => {
  it('maps the documented keys and leaves the rest (Tab, letters, shortcuts) alone', () => {
    expect(commandForKey('ArrowRight')).toBe('next');
    expect(commandForKey('ArrowUp')).toBe('up');
    expect(commandForKey('Home')).toBe('first');
    expect(commandForKey('Enter')).toBe('open');
    expect(commandForKey('Escape')).toBe('close');
    expect(commandForKey('+')).toBe('zoom-in');
    expect(commandForKey('-')).toBe('zoom-out');
    expect(commandForKey('Tab')).toBeNull();
    expect(commandForKey('a')).toBeNull();
    expect(commandForKey('+', { ctrl: true })).toBeNull();
  });
});

describe('moveFocus', () => {
  it('walks events in time order and stops at the ends', () => {
    expect(moveFocus(model, 'first-patch', 'next')).toBe('ens-pressure');
    expect(moveFocus(model, 'ens-pressure', 'previous')).toBe('first-patch');
    expect(moveFocus(model, 'first-patch', 'previous')).toBe('first-patch');
    expect(moveFocus(model, 'cisa', 'next')).toBe('cisa');
  });

  it('jumps to the first and last events', () => {
    expect(moveFocus(model, 'v560', 'first')).toBe('first-patch');
    expect(moveFocus(model, 'v560', 'last')).toBe('cisa');
  });

  it('moves up and down to the nearest event in time in the next lane that has one', () => {
    expect(moveFocus(model, 'v560', 'up')).toBe('gitignore');
    expect(moveFocus(model, 'v560', 'down')).toBe('ossfuzz');
    expect(moveFocus(model, 'freund', 'down')).toBe('cve');
    expect(moveFocus(model, 'kumar-pressure', 'up')).toBe('kumar-pressure');
  });

  it('starts from the first event in view when nothing is focused', () => {
    const view = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 3, 1) };
    expect(moveFocus(model, null, 'next', view)).toBe('gitignore');
    expect(moveFocus(model, null, 'previous', view)).toBe('cisa');
    expect(moveFocus(model, 'filtered-away', 'next')).toBe('first-patch');
  });

  it('goes to the very first and last events on Home and End even when nothing is focused', () => {
    const view = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 1, 1) };
    expect(moveFocus(model, null, 'first', view)).toBe('first-patch');
    expect(moveFocus(model, null, 'last', view)).toBe('cisa');
  });

  it('returns null when there is nothing to focus', () => {
    expect(moveFocus({ ...model, events: [] }, null, 'next')).toBeNull();
  });
});

describe('commandForKey on a phone, where time runs down', () => {
  it('walks time with ↓/↑ and moves between lane columns with ←/→', () => {
    expect(commandForKey('ArrowDown', {}, true)).toBe('next');
    expect(commandForKey('ArrowUp', {}, true)).toBe('previous');
    expect(commandForKey('ArrowLeft', {}, true)).toBe('up');
    expect(commandForKey('ArrowRight', {}, true)).toBe('down');
    expect(commandForKey('Enter', {}, true)).toBe('open');
    expect(commandForKey('ArrowDown', { alt: true }, true)).toBeNull();
  });
});

describe('moveFocus, at the edges', () => {
  const day = (d: number) => `2024-03-${String(d).padStart(2, '0')}`;
  const events = prepared([
    eventInput({ id: 'before', date: day(1), lanes: ['people'] }),
    eventInput({ id: 'view-start', date: day(5), lanes: ['people'] }),
    eventInput({ id: 'inside', date: day(10), lanes: ['releases'] }),
    eventInput({ id: 'view-end', date: day(15), lanes: ['releases'] }),
    eventInput({ id: 'after', date: day(20), lanes: ['people'] }),
  ]);
  const small: NavigationModel = {
    events,
    bandOrder: ['people', 'code', 'releases'],
    bandOf: (event) => event.lanes[0]!,
  };
  const view = { start: Date.UTC(2024, 2, 5), end: Date.UTC(2024, 2, 15) };

  it('counts events on either edge of the view as in view when focus starts', () => {
    expect(moveFocus(small, null, 'next', view)).toBe('view-start');
    expect(moveFocus(small, null, 'previous', view)).toBe('view-end');
  });

  it('goes to the ends of the whole timeline on Home and End, whatever is in view', () => {
    expect(moveFocus(small, null, 'first', view)).toBe('before');
    expect(moveFocus(small, null, 'last', view)).toBe('after');
  });

  it('passes over an empty lane to the next one with events, up to the top lane and down', () => {
    expect(moveFocus(small, 'inside', 'up')).toBe('view-start');
    expect(moveFocus(small, 'view-start', 'down')).toBe('inside');
  });

  it('takes the earlier of two events equally near in time', () => {
    const tied = prepared([
      eventInput({ id: 'early', date: day(5), lanes: ['people'] }),
      eventInput({ id: 'here', date: day(10), lanes: ['releases'] }),
      eventInput({ id: 'late', date: day(15), lanes: ['people'] }),
    ]);
    expect(moveFocus({ ...small, events: tied }, 'here', 'up')).toBe('early');
  });
});
