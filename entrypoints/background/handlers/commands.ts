/** Keyboard commands from the manifest: open-reader (Alt+Shift+G), save-clip (Alt+Shift+S). */
import { type TabActions, type TabMessage, tellReader } from './tab-actions';

const COMMANDS: Record<string, TabMessage> = {
  'open-reader': { type: 'reader.toggle' },
  'save-clip': { type: 'selection.save' },
};

/** Runs a command in the given tab, or the active tab of the current window. */
export async function onCommand(tabs: TabActions, command: string, tab?: { id?: number }): Promise<boolean> {
  const message = COMMANDS[command];
  if (!message) return false;
  let tabId = tab?.id;
  if (typeof tabId !== 'number') {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  return tellReader(tabs, tabId, message);
}

/** Registers the command listener. */
export function registerCommands(tabs: TabActions): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void onCommand(tabs, command, tab);
  });
}
