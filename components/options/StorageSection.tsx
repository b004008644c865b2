/** Storage section: space used, whether the browser keeps the data persistently, and a button to ask. */
import { useEffect, useState } from 'preact/hooks';
import { TitledSection } from '@/components/ui/form';
import { t } from '@/components/ui/i18n';
import { formatBytes } from './ExportSection';
import type { OptionsServices } from './services';

/** The storage report. */
export function StorageSection({ services }: { services: OptionsServices }) {
  const { storage } = services;
  const [usage, setUsage] = useState<{ usage?: number; quota?: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    if (!storage) return;
    void storage.estimate().then(setUsage, () => setUsage(null));
    void storage.persisted().then(setPersisted, () => setPersisted(null));
  }, [storage]);

  const ask = async () => {
    if (!storage) return;
    const ok = await storage.persist().catch(() => false);
    setPersisted(ok);
    setDenied(!ok);
  };

  return (
    <TitledSection id="storage" title={t('optionsStorageHeading')} testId="storage-section">
      <p data-testid="storage-used">
        {usage && typeof usage.usage === 'number'
          ? t('optionsStorageUsed', [formatBytes(usage.usage), formatBytes(usage.quota ?? Number.NaN)])
          : t('optionsStorageUnknown')}
      </p>
      <p data-testid="storage-persisted">
        {persisted ? t('optionsStoragePersisted') : t('optionsStorageNotPersisted')}
      </p>
      {storage && !persisted && (
        <button type="button" data-testid="storage-persist" onClick={() => void ask()}>
          {t('optionsStoragePersist')}
        </button>
      )}
      {denied && <p role="status">{t('optionsStoragePersistDenied')}</p>}
    </TitledSection>
  );
}
