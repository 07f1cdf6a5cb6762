/** Serialises a scene to SVG text: deterministic (fixed attribute order), so it snapshots well. */
import { escapeMarkup as escapeXml } from '../site/escape-markup';
import type { Scene, SceneNode } from './scene';

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
  /** Write empty layers too, so a live chart can take the markup over in paint order. */
  keepEmptyLayers?: boolean;
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
    .filter((layer) => options.keepEmptyLayers || layer.nodes.length > 0)
    .map((layer) =>
      layer.nodes.length === 0
        ? `  <g class="tl-layer-${layer.id}"></g>`
        : `  <g class="tl-layer-${layer.id}">\n${layer.nodes.map((node) => `    ${nodeToString(node)}`).join('\n')}\n  </g>`,
    );
  return `<svg${open}>\n${layers.join('\n')}\n</svg>\n`;
}
