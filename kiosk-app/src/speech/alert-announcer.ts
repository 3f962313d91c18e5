/**
 * Calls `announce` with the text of every `role="alert"` element that
 * appears under `root` or whose text changes: errors on any screen, current
 * or added later, are spoken without each screen wiring it up. Returns the
 * function that stops watching.
 */
export function watchAlerts(
  root: Node,
  announce: (text: string) => void,
): () => void {
  const spoken = new WeakMap<Element, string>();

  function check(element: Element) {
    const text = (element.textContent ?? '').trim();
    if (text === '' || spoken.get(element) === text) return;
    spoken.set(element, text);
    announce(text);
  }

  function scan(node: Node) {
    const element =
      node instanceof Element ? node : (node.parentElement ?? null);
    if (element === null) return;
    const alert = element.closest('[role="alert"]');
    if (alert !== null) check(alert);
    for (const inner of element.querySelectorAll('[role="alert"]')) {
      check(inner);
    }
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      scan(record.target);
      for (const added of record.addedNodes) scan(added);
    }
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return () => observer.disconnect();
}
