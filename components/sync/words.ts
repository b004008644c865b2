/** Team sync status in words (shared by the options page and the library). */
import { t, uiLang } from '@/components/ui/i18n';
import type { SyncErrorCode, SyncStatus } from '@/lib/sync/types';

const ERROR_KEYS: Record<SyncErrorCode, string> = {
  offline: 'syncErrOffline',
  'wrong-password': 'syncErrWrongPassword',
  'not-member': 'syncErrNotMember',
  'server-down': 'syncErrServerDown',
  'no-permission': 'syncErrNoPermission',
  'insecure-url': 'syncErrInsecureUrl',
  'no-database': 'syncErrNoDatabase',
  failed: 'syncErrFailed',
};

/** The sentence for an error code. */
export function syncErrorText(code: SyncErrorCode | string): string {
  return t(ERROR_KEYS[code as SyncErrorCode] ?? 'syncErrFailed');
}

/** "Last sync 10:42 3/12" or "never synced". */
export function lastSyncText(iso: string | null): string {
  if (!iso) return t('syncNever');
  const when = new Date(iso).toLocaleString(uiLang() === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    day: 'numeric',
    month: 'numeric',
  });
  return t('syncLastSync', when);
}

/** "3 changes waiting" or "up to date". */
export function pendingText(n: number): string {
  return n > 0 ? t('syncPending', n) : t('syncUpToDate');
}

export type ShareStatus = SyncStatus['shares'][number];
