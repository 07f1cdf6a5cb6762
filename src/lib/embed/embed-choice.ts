/**
 * The embed generator's choices as an address, so a blogger picks instead of editing a URL:
 * the event the embed opens on, a lane preset, and the theme (light, dark, or the reader's
 * own). The embed page reads the same parameters (the timeline's ?event= and ?lane=, and
 * ?theme= in the theme script). Bad choices are left out, never thrown.
 */
import { LANES } from '../content/vocabulary';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export const EMBED_THEME_LABELS: Record<EmbedTheme, string> = {
  auto: 'Follow the reader',
  light: 'Light',
  dark: 'Dark',
};

export interface EmbedChoice {
  event?: string | null;
  lanes?: readonly string[];
  theme?: string | null;
}

const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,120}$/;
const isLane = (lane: string) => (LANES as readonly string[]).includes(lane);

/** `src` with the choices set (replacing any already there); "auto" adds no theme. */
export function embedAddress(src: string, choice: EmbedChoice): string {
  const url = new URL(src);
  for (const name of ['event', 'lane', 'theme']) url.searchParams.delete(name);
  const event = choice.event?.trim() ?? '';
  if (EVENT_ID.test(event)) url.searchParams.set('event', event);
  const lanes = [...new Set(choice.lanes ?? [])].filter(isLane);
  if (lanes.length > 0) url.searchParams.set('lane', lanes.join(','));
  const theme = choice.theme ?? 'auto';
  if (theme === 'light' || theme === 'dark') url.searchParams.set('theme', theme);
  return url.href;
}
