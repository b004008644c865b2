/**
 * Type-level checks run by `npm run typecheck` (tsc): handler tables must be total. Nothing here
 * runs; each `@ts-expect-error` line fails the type check when the table it marks becomes legal.
 */
import type { createBadgeHandlers } from '@/entrypoints/background/handlers/badge';
import type { createClipHandlers } from '@/entrypoints/background/handlers/clips';
import type { createSettingsHandlers } from '@/entrypoints/background/handlers/settings';
import type { createReaderHandlers } from '@/entrypoints/background/handlers/reader';
import type { createSync } from '@/entrypoints/background/sync';
import type { registerRouter } from '@/entrypoints/background/router';
import type { CompleteHandlerTable } from '@/lib/protocol';
import type { ReaderMessageType, TabHandlerTable } from '@/lib/tab-protocol';

type Background = ReturnType<typeof createBadgeHandlers> &
  ReturnType<typeof createClipHandlers> &
  ReturnType<typeof createSettingsHandlers> &
  ReturnType<typeof createSync>['handlers'] &
  ReturnType<typeof createReaderHandlers>;

/** The background's table (badge + clips + settings) covers every message of the protocol. */
export const backgroundIsTotal = (t: Background): CompleteHandlerTable => t;

/** The router only takes total tables: a message without a handler does not compile. */
export function missingHandler(t: Background, register: typeof registerRouter): void {
  const { 'clip.restore': _dropped, ...partial } = t;
  // @ts-expect-error 'clip.restore' has no handler
  register(partial);
  register(t);
}

/** The reader's tab-message table must answer every name the reader owns. */
export function missingTabHandler(t: TabHandlerTable<ReaderMessageType>): TabHandlerTable<ReaderMessageType> {
  const { 'selection.save': _dropped, ...partial } = t;
  // @ts-expect-error 'selection.save' has no handler
  const bad: TabHandlerTable<ReaderMessageType> = partial;
  return bad;
}
