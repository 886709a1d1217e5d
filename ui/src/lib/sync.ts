// The app's sync worker, inside the app only: when sync is on (Settings → Sync), every two
// minutes while the device is online, and when it comes back online, one sync run goes to the
// engine (it runs on a blocking thread there, never on the UI). `onstatus` hears where sync
// stands after each run, for the header.
import { api, type SyncStatus } from './api';

const EVERY_MS = 2 * 60 * 1000;

export function startSync(onstatus: (status: SyncStatus) => void) {
  if (!api.inApp) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const before = await api.syncStatus();
      if (before.enabled && navigator.onLine) await api.syncNow();
      onstatus(await api.syncStatus());
    } catch {
      // The status stays as it was; Settings shows the error of the last run.
    } finally {
      running = false;
    }
  };
  void run();
  setInterval(run, EVERY_MS);
  window.addEventListener('online', () => void run());
}
