// Desktop notifications, inside the app only: now and then the engine is asked for the notices
// due (a money move is ready, payday, a category over its target, a goal milestone; each handed
// out once, only the kinds left on in Settings) and they are shown through the OS
// (tauri-plugin-notification). Nothing is asked for, or used up, without permission to show it.
import { isPermissionGranted, requestPermission, sendNotification } from '@tauri-apps/plugin-notification';
import { api } from './api';

const EVERY_MS = 15 * 60 * 1000;

async function showDue() {
  let allowed = await isPermissionGranted();
  if (!allowed) allowed = (await requestPermission()) === 'granted';
  if (!allowed) return;
  for (const notice of await api.dueNotices()) sendNotification({ title: notice.title, body: notice.body });
}

/** Starts asking (now, and every 15 minutes while the app runs). */
export function startNotices() {
  if (!api.inApp) return;
  const run = () => showDue().catch(() => undefined);
  run();
  setInterval(run, EVERY_MS);
}
