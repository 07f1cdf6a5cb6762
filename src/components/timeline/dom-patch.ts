/**
 * Patches a scene into live SVG: one <g> per layer, its elements reused in order (a pool), and
 * an attribute or text written only when it changed. While zooming, clusters form and split
 * every frame; reusing elements by position instead of by key means a frame rewrites a few
 * attributes instead of creating and styling hundreds of new nodes.
 */
import type { Scene, SceneAttrs, SceneNode } from '../../lib/timeline/scene';
import { chunkSteps, type Step } from '../../lib/timeline/slices';
import { nodeToString } from '../../lib/timeline/svg-string';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Pooled {
  element: SVGElement;
  attrs: SceneAttrs;
  text: string | undefined;
}

/**
 * Attribute values as the scene writes them: numbers for numeric text, so an element drawn at
 * build time compares equal to the same node from the live scene and is not written again.
 */
function readAttrs(element: Element): SceneAttrs {
  const attrs: SceneAttrs = {};
  for (const { name, value } of element.attributes) {
    const number = Number(value);
    attrs[name] = value !== '' && String(number) === value ? number : value;
  }
  return attrs;
}

/** Build-time elements read per start-up step: reading attributes is slow while code is cold. */
const ELEMENTS_PER_STEP = 40;

class LayerPatcher {
  private readonly pool: Pooled[] = [];
  /** The build's elements in `group` not read into the pool yet. */
  private unread: Element[];

  /** Takes over the elements already in `group` (the chart drawn at build time). */
  constructor(readonly group: SVGGElement) {
    this.unread = [...group.children];
  }

  /** Reads the build's elements a few dozen a step; a patch first reads what is left. */
  readSteps(): Step[] {
    return chunkSteps(this.unread, ELEMENTS_PER_STEP, (chunk) => this.read(chunk.length));
  }

  private read(count = this.unread.length): void {
    for (const element of this.unread.splice(0, count)) {
      this.pool.push({
        element: element as SVGElement,
        attrs: readAttrs(element),
        text: element.tagName === 'text' ? (element.textContent ?? '') : undefined,
      });
    }
  }

  patch(nodes: readonly SceneNode[]): void {
    this.read();
    if (this.pool.length === 0 && nodes.length > 0) return this.adopt(nodes);
    nodes.forEach((node, index) => {
      let entry = this.pool[index];
      if (!entry || entry.element.tagName !== node.tag) {
        const element = document.createElementNS(SVG_NS, node.tag);
        if (entry) entry.element.replaceWith(element);
        else this.group.appendChild(element);
        entry = this.pool[index] = { element, attrs: {}, text: undefined };
      }
      for (const name in node.attrs) {
        const value = node.attrs[name]!;
        if (entry.attrs[name] !== value) entry.element.setAttribute(name, String(value));
      }
      for (const name in entry.attrs)
        if (!(name in node.attrs)) entry.element.removeAttribute(name);
      entry.attrs = node.attrs;
      if (node.text !== entry.text) {
        entry.element.textContent = node.text ?? '';
        entry.text = node.text;
      }
    });
    for (const extra of this.pool.splice(nodes.length)) extra.element.remove();
  }

  /**
   * First fill of a layer: one parse of the serialised markup is several times faster than
   * hundreds of createElementNS + setAttribute calls, and it is the same serialiser the
   * snapshots test. (The markup comes from our own scene, with every text escaped.)
   */
  private adopt(nodes: readonly SceneNode[]): void {
    this.group.innerHTML = nodes.map(nodeToString).join('');
    const elements = this.group.children;
    nodes.forEach((node, index) => {
      this.pool.push({
        element: elements[index] as SVGElement,
        attrs: node.attrs,
        text: node.text,
      });
    });
  }
}

/** Keeps an <svg> in step with successive scenes. */
export class ScenePatcher {
  private readonly layers = new Map<string, LayerPatcher>();
  /** The build's layers not read yet: each is read on its first patch, or by adoptSteps. */
  private readonly unread = new Map<string, SVGGElement>();

  /** Adopts the layers already drawn in `svg` (at build time), so an unchanged view costs no writes. */
  constructor(private readonly svg: SVGSVGElement) {
    for (const group of svg.querySelectorAll<SVGGElement>(':scope > g[class^="tl-layer-"]'))
      this.unread.set(group.getAttribute('class')!.slice('tl-layer-'.length), group);
  }

  /** Reads the build's layers in steps (start-up runs them in slices). */
  adoptSteps(): Step[] {
    return [...this.unread.keys()].map((id) => () => this.layer(id)!.readSteps());
  }

  private layer(id: string): LayerPatcher | undefined {
    const group = this.unread.get(id);
    if (group) {
      this.unread.delete(id);
      this.layers.set(id, new LayerPatcher(group));
    }
    return this.layers.get(id);
  }

  patch(scene: Scene): void {
    const { svg } = this;
    if (svg.getAttribute('width') !== String(scene.width))
      svg.setAttribute('width', String(scene.width));
    if (svg.getAttribute('height') !== String(scene.height)) {
      svg.setAttribute('height', String(scene.height));
    }
    const viewBox = `0 0 ${scene.width} ${scene.height}`;
    if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
    for (const layer of scene.layers) {
      let patcher = this.layer(layer.id);
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
