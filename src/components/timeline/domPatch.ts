/**
 * Patches a scene into live SVG: one <g> per layer, elements reused by key, and an attribute
 * or text written only when it changed. Frames stay cheap because a pan mostly rewrites a few
 * x attributes and nothing is measured or re-created.
 */
import type { Scene, SceneAttrs, SceneNode } from '../../lib/timeline/scene';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Tracked {
  element: SVGElement;
  attrs: SceneAttrs;
  text: string | undefined;
  generation: number;
}

class LayerPatcher {
  private readonly tracked = new Map<string, Tracked>();
  private generation = 0;

  constructor(readonly group: SVGGElement) {}

  patch(nodes: readonly SceneNode[]): void {
    const generation = ++this.generation;
    for (const node of nodes) {
      let entry = this.tracked.get(node.key);
      if (!entry || entry.element.tagName !== node.tag) {
        entry?.element.remove();
        entry = { element: document.createElementNS(SVG_NS, node.tag), attrs: {}, text: undefined, generation };
        this.group.appendChild(entry.element);
        this.tracked.set(node.key, entry);
      }
      entry.generation = generation;
      for (const name in node.attrs) {
        const value = node.attrs[name]!;
        if (entry.attrs[name] !== value) entry.element.setAttribute(name, String(value));
      }
      entry.attrs = node.attrs;
      if (node.text !== entry.text) {
        entry.element.textContent = node.text ?? '';
        entry.text = node.text;
      }
    }
    for (const [key, entry] of this.tracked) {
      if (entry.generation !== generation) {
        entry.element.remove();
        this.tracked.delete(key);
      }
    }
  }
}

/** Keeps an <svg> in step with successive scenes. */
export class ScenePatcher {
  private readonly layers = new Map<string, LayerPatcher>();

  constructor(private readonly svg: SVGSVGElement) {}

  patch(scene: Scene): void {
    const { svg } = this;
    if (svg.getAttribute('width') !== String(scene.width)) svg.setAttribute('width', String(scene.width));
    if (svg.getAttribute('height') !== String(scene.height)) {
      svg.setAttribute('height', String(scene.height));
    }
    svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
    for (const layer of scene.layers) {
      let patcher = this.layers.get(layer.id);
      if (!patcher) {
        const group = document.createElementNS(SVG_NS, 'g');
        group.setAttribute('class', `tl-layer-${layer.id}`);
        svg.appendChild(group);
        this.layers.set(layer.id, (patcher = new LayerPatcher(group)));
      }
      patcher.patch(layer.nodes);
    }
  }
}
