/** UI strings of the viewer: the extension's shared `t()` (browser.i18n, the user's UI language). */
export { t, tCount, uiLang } from '@/components/ui/i18n';
