/**
 * Everything an element shows as text, the way a customer reads it: shadow roots included, slotted content where
 * it is slotted, styles and scripts left out. Works across frames (no `instanceof`).
 */
export function shownText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += `${node.textContent} `;
    const element = node as Element;
    if (element.localName === 'style' || element.localName === 'script') return;
    const assigned = element.localName === 'slot' ? (element as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
    for (const child of assigned.length ? assigned : (element.shadowRoot ?? node).childNodes) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}
