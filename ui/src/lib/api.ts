// The only file that knows how the UI reaches the engine. Inside the desktop app that is a Tauri
// command; the browser transport (`ozzie serve` over HTTP) arrives with the /v1 API.
import { invoke } from '@tauri-apps/api/core';
import type { ApiError, IntakeInput, Plan, Profile } from './types';

const inTauri = typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;

/** An error from the engine, carrying the seed's code, message and field. */
export class OzzieError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  if (!inTauri) {
    throw new OzzieError('UNAVAILABLE', 'Open this screen inside the Ozzie Local app.');
  }
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    const e = raw as Partial<ApiError>;
    if (e && e.error) throw new OzzieError(e.error.code, e.error.message, e.error.field);
    throw new OzzieError('INTERNAL_ERROR', String(raw));
  }
}

export const api = {
  profile: () => call<Profile>('profile'),
  onboard: (input: { name?: string; language?: string; currency?: string; intake: IntakeInput }) =>
    call<Plan>('onboard', { input }),
};
