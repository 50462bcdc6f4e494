// A test-runner command, `ax-tree`: Chromium's whole accessibility tree of the test page, from the
// DevTools protocol (Accessibility.getFullAXTree), as flat nodes with their roles, names and children.
export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({command, session}) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`ax-tree: not supported for ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const cdp = page.createCDPSession ? await page.createCDPSession() : await page.target().createCDPSession();
      try {
        const {nodes} = await cdp.send('Accessibility.getFullAXTree');
        return nodes.map((n) => ({
          id: n.nodeId,
          role: n.role?.value ?? '',
          name: n.name?.value ?? '',
          ignored: !!n.ignored,
          children: n.childIds ?? [],
        }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
