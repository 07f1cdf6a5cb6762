/**
 * The embeds the site offers, with the URL options each understands. Each has its page at
 * src/pages/embed/<id>/index.astro (a unit test checks), and the /embed/ page lists them all.
 */

export interface EmbedParameter {
  /** The query parameter, e.g. "event". */
  name: string;
  /** A value to show in the example, e.g. an event id. */
  example: string;
  /** What it does, in one sentence. */
  explains: string;
}

export interface EmbedKind {
  /** Also the height-message id and the path segment: /embed/<id>/. */
  id: string;
  heading: string;
  /** The iframe's accessible name in the snippet. */
  frameTitle: string;
  summary: string;
  /** Starting height in px before the frame reports its own. */
  height: number;
  parameters: EmbedParameter[];
}

/** The full simulation and its stage view read the same two options. */
const SIMULATION_PARAMETERS: EmbedParameter[] = [
  { name: 'step', example: 'gate-compiler', explains: 'Starts the replay at a named step.' },
  {
    name: 'env',
    example: '5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc',
    explains:
      'Sets the build environment: version, source, architecture, compiler, linker, package build, shared or static, ifunc or no-ifunc — in any order; missing settings keep their defaults.',
  },
];

export const EMBEDS: readonly EmbedKind[] = [
  {
    id: 'timeline',
    heading: 'Timeline',
    frameTitle: 'The xz backdoor: an interactive timeline',
    summary:
      'Every dated event since 2005 in lanes, each with its primary source and how certain it is.',
    height: 720,
    parameters: [
      {
        name: 'event',
        example: '2024-03-29-freund-discloses',
        explains:
          'Opens the timeline on one event (its id is the last part of the event page’s address).',
      },
    ],
  },
  {
    id: 'simulation',
    heading: 'Build simulation',
    frameTitle: 'The xz backdoor: a harmless replay of the poisoned build',
    summary:
      'A release tarball turns the payload hidden in the git tag into a backdoored liblzma, step by step, on harmless stand-in bytes.',
    // The compact view's whole height in a 650–760 px column, from the first step to the verdict
    // (tests/e2e/embed.spec.ts holds it to this), so the frame never jumps.
    height: 840,
    parameters: SIMULATION_PARAMETERS,
  },
  {
    id: 'simulation-stage',
    heading: 'Build simulation, stage view',
    frameTitle: 'The xz backdoor: the poisoned build, live (stage view)',
    summary:
      'For slides and projectors: the Run and Step controls, the terminal, the verdict and the current step, in large type. It fills the frame you give it and never grows it; the environment, trees and diffs stay on the full page, one link away.',
    height: 540,
    parameters: SIMULATION_PARAMETERS,
  },
  {
    id: 'attack-chain',
    heading: 'Attack chain',
    frameTitle: 'The xz backdoor: from the git tag to sshd, step by step',
    summary:
      'The nine links from the git tag, whose own build is clean, to a remote-code backdoor in sshd, each with its sources.',
    height: 900,
    parameters: [],
  },
];

/** The embed's path with an example query: "/embed/timeline/?event=…". */
export function embedPath(embed: EmbedKind, withExample: boolean): string {
  const query =
    withExample && embed.parameters.length > 0
      ? `?${embed.parameters.map((parameter) => `${parameter.name}=${encodeURIComponent(parameter.example).replace(/%2C/g, ',')}`).join('&')}`
      : '';
  return `/embed/${embed.id}/${query}`;
}
