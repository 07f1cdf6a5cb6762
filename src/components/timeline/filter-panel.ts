/**
 * The filter form ships in a <template> after the chart, so the HTML parser reaches the chart's
 * marks before it has read some 400 checkbox elements; the element puts the form into the
 * Filters panel as soon as it starts (before anything reads or writes the checkboxes).
 */
export function fillFilterPanel(root: HTMLElement): void {
  const template = root.querySelector<HTMLTemplateElement>('template.tl-filter-template');
  const panel = root.querySelector('.tl-filter-panel');
  if (!template || !panel) return;
  panel.replaceChildren(template.content);
  template.remove();
}
