/** Context menus: "Đọc gọn" on a page, "Lưu đoạn trích vào Báo Gọn" on a selection. */
import { type TabActions, tellReader } from './tab-actions';

export const MENU_READ = 'bao-gon-read';
export const MENU_SAVE_SELECTION = 'bao-gon-save-selection';

/** (Re)creates the menus; called on install/update (menus persist across restarts). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_READ,
    title: browser.i18n.getMessage('bgMenuRead'),
    contexts: ['page'],
  });
  browser.contextMenus.create({
    id: MENU_SAVE_SELECTION,
    title: browser.i18n.getMessage('bgMenuSaveSelection'),
    contexts: ['selection'],
  });
}

/** What a menu click does in its tab. */
export async function onMenuClick(
  tabs: TabActions,
  info: { menuItemId: string | number; selectionText?: string },
  tab?: { id?: number },
): Promise<boolean> {
  if (info.menuItemId === MENU_READ) return tellReader(tabs, tab?.id, { type: 'reader.open' });
  if (info.menuItemId === MENU_SAVE_SELECTION) {
    return tellReader(tabs, tab?.id, { type: 'selection.save', selectionText: info.selectionText });
  }
  return false;
}

/** Registers the menus' creation on install and their click handler. */
export function registerMenus(tabs: TabActions): void {
  browser.runtime.onInstalled.addListener(() => {
    void createMenus().catch((err) => console.warn('[bao-gon] menus', err));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClick(tabs, info, tab);
  });
}
