/** Serialises a scene to SVG text: deterministic (fixed attribute order), so it snapshots well. */
import type { Scene, SceneNode } from './scene';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

export function nodeToString(node: SceneNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  return node.text === undefined
    ? `<${node.tag}${attrs}/>`
    : `<${node.tag}${attrs}>${escapeXml(node.text)}</${node.tag}>`;
}

export interface SvgStringOptions {
  className?: string;
  /** Extra attributes for the root, e.g. role and aria-label for a static figure. */
  attrs?: Record<string, string>;
}

export function sceneToSvg(scene: Scene, options: SvgStringOptions = {}): string {
  const rootAttrs = {
    xmlns: 'http://www.w3.org/2000/svg',
    class: options.className ?? 'tl-svg',
    viewBox: `0 0 ${scene.width} ${scene.height}`,
    width: String(scene.width),
    height: String(scene.height),
    ...options.attrs,
  };
  const open = Object.entries(rootAttrs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  const layers = scene.layers
    .filter((layer) => layer.nodes.length > 0)
    .map(
      (layer) =>
        `  <g class="tl-layer-${layer.id}">\n${layer.nodes.map((node) => `    ${nodeToString(node)}`).join('\n')}\n  </g>`,
    );
  return `<svg${open}>\n${layers.join('\n')}\n</svg>\n`;
}
