// The only file that knows how the UI reaches the engine. Everything goes through the /v1 API
// (the seed's contract, typed from /v1/openapi.json in api-types.ts):
// - inside the desktop app, through one Tauri command that hands the request to the api crate's
//   router in process (no network port is opened; it acts for the device's own user);
// - in a browser (development, UI tests), over HTTP to `ozzie serve` at `/v1` on the same origin
//   (Vite proxies it; see vite.config.ts) with a client's Bearer token.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { components } from './api-types';

type Schemas = components['schemas'];
export type Plan = Schemas['PlanView'];
export type User = Schemas['UserView'];
export type IntakeInput = Schemas['IntakeInput'];
export type Transaction = Schemas['TransactionView'];
export type ParsedTransaction = Schemas['ParsedTransactionView'];
export type TransactionPage = Schemas['TransactionPageView'];
export type ChatMessage = Schemas['ChatMessageView'];
export type DebtPayoff = Schemas['DebtPayoffView'];
export type DebtPayoffInput = Schemas['DebtPayoffInput'];
export type Submission = Schemas['SubmitTransactionsInput'];
export type TransactionPatch = Schemas['TransactionPatchInput'];
export type Goal = Schemas['GoalView'];
export type GoalInput = Schemas['GoalInput'];
export type MoneyMove = Schemas['MoneyMoveCycle'];
export type Spending = Schemas['SpendingView'];
export type Recurring = Schemas['RecurringView'];
export type SettingList = Schemas['SettingList'];
export type SyncStatus = Schemas['SyncStatus'];

/** What the transaction list is narrowed to. */
export interface TransactionFilters {
  q?: string;
  category?: string;
  from?: string;
  to?: string;
  review?: boolean;
}
export type Recommendation = Schemas['MoneyMoveRecommendation'];

let readySent = false;

const inTauri = typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;

/** The device's own user. In the app the engine acts for the device; through `ozzie serve`, for
 * the client whose token the browser holds. */
const ME = '/users/external:local';

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

interface Answer {
  status: number;
  body: unknown;
}

/** Where a browser finds `ozzie serve`: `?api=…&token=…` once (remembered), or the defaults. */
function browserTarget(): { base: string; token: string | null } {
  const params = new URLSearchParams(window.location.search);
  for (const key of ['api', 'token']) {
    const value = params.get(key);
    if (value) localStorage.setItem(`ozzie.${key}`, value);
  }
  return { base: localStorage.getItem('ozzie.api') ?? '/v1', token: localStorage.getItem('ozzie.token') };
}

/** A request to `ozzie serve` from a browser, with the remembered token. */
function fetchServe(method: string, path: string, body?: unknown): Promise<Response> {
  const { base, token } = browserTarget();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function send(method: string, path: string, body?: unknown): Promise<Answer> {
  if (inTauri) {
    return invoke<Answer>('api', { method, path: `/v1${path}`, body: body ?? null });
  }
  const res = await fetchServe(method, path, body);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the error below.
  }
  return { status: res.status, body: parsed };
}

/** One API call: the envelope's `data`, or an OzzieError with the seed's code. */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let answer: Answer;
  try {
    answer = await send(method, path, body);
  } catch (e) {
    throw new OzzieError('UNAVAILABLE', `Ozzie could not be reached: ${e}`);
  }
  const envelope = answer.body as { data?: T; error?: { code: string; message: string; field?: string } };
  if (answer.status >= 400 || envelope?.error) {
    const e = envelope?.error;
    throw new OzzieError(e?.code ?? 'INTERNAL_ERROR', e?.message ?? String(answer.body), e?.field);
  }
  return envelope.data as T;
}

export const api = {
  /** The user and their active plan (null before the first plan). */
  async profile(): Promise<{ user: User; plan: Plan | null }> {
    const user = await call<User>('GET', ME);
    let plan: Plan | null = null;
    try {
      plan = await call<Plan>('GET', `${ME}/plan`);
    } catch (e) {
      if (!(e instanceof OzzieError && e.code === 'PLAN_REQUIRED')) throw e;
    }
    return { user, plan };
  },

  /** Saves who the user is, their intake and (first run) their first goal, and returns the plan made from them. */
  async onboard(input: { name?: string; language: string; currency: string; intake: IntakeInput; goal?: GoalInput }): Promise<Plan> {
    await call<User>('PATCH', ME, { name: input.name, language: input.language, currency: input.currency });
    await call('POST', `${ME}/financial-intake`, input.intake);
    // The first goal before the plan, so the plan counts it.
    if (input.goal) await call<Goal>('POST', `${ME}/goals`, input.goal);
    return call<Plan>('POST', `${ME}/plan/generate`);
  },

  /** A new plan from the latest numbers, written in the user's language now. */
  regeneratePlan: () => call<Plan>('POST', `${ME}/plan/generate`),

  /** Changes the user's language (the screens follow it). */
  setLanguage: (language: string) => call<User>('PATCH', ME, { language }),

  /** What a sentence or a file would add, storing nothing. */
  preview: (input: Submission) => call<{ transactions: ParsedTransaction[]; diagnostics: string[] }>('POST', `${ME}/transactions/preview`, input),

  /** Stores the transactions in a sentence or a file, all or nothing. */
  submit: (input: Submission) => call<{ transactions: Transaction[] }>('POST', `${ME}/transactions`, input),

  /** A person's correction of one transaction. */
  updateTransaction: (id: string, patch: TransactionPatch) => call<Transaction>('PATCH', `${ME}/transactions/${encodeURIComponent(id)}`, patch),

  /** Deletes one transaction (the screen offers an undo before calling this). */
  deleteTransaction: (id: string) => call<Transaction>('DELETE', `${ME}/transactions/${encodeURIComponent(id)}`),

  /** The user's goals with their projections. */
  goals: async () => (await call<{ goals: Goal[] }>('GET', `${ME}/goals`)).goals,

  /** Adds a goal (savings or debt). */
  addGoal: (input: GoalInput) => call<Goal>('POST', `${ME}/goals`, input),

  /** This pay cycle's money move, if one was made and has not expired. */
  currentMove: async () => {
    const [newest] = await call<MoneyMove[]>('GET', `${ME}/money-moves?limit=1`);
    return newest && newest.status !== 'expired' ? newest : null;
  },

  /** Earlier pay cycles' moves, newest first. */
  pastMoves: () => call<MoneyMove[]>('GET', `${ME}/money-moves?limit=12`),

  /** Makes this pay cycle's money move (once per cycle). */
  makeMove: () => call<MoneyMove>('POST', `${ME}/money-moves/generate`),

  /** This month's recommendations from the user's spending (seed 001). */
  recommendations: async () => (await call<{ moves: Recommendation[] }>('GET', `${ME}/money-moves`)).moves,

  /** Charges that come back on a rhythm (subscriptions, bills, salaries). */
  recurring: async () => (await call<{ recurring: Recurring[] }>('GET', `${ME}/recurring`)).recurring,

  /** Checks or unchecks a task of a money move. */
  setTask: (moveId: string, taskId: string, done: boolean) =>
    call<MoneyMove>('PATCH', `${ME}/money-moves/${encodeURIComponent(moveId)}/tasks/${encodeURIComponent(taskId)}`, { done }),

  /** This month's spending per category against the plan's targets. */
  spending: () => call<Spending>('GET', `${ME}/spending`),

  /** The device's settings: inside the app only (NOT_FOUND elsewhere); secrets only say whether they are set. */
  settings: () => call<SettingList>('GET', '/device/settings'),

  /** Inside the app: where sync with the Ozzie endpoint stands. */
  syncStatus: () => call<SyncStatus>('GET', '/device/sync'),

  /** Inside the app: one sync run now (refused changes are tried again). */
  syncNow: () => call<Schemas['SyncReport']>('POST', '/device/sync'),

  /** Inside the app: the notices due now, each handed out once. */
  dueNotices: async () => (await call<{ notices: Schemas['NoticeView'][] }>('POST', '/device/notifications')).notices,

  /** Changes one device setting; a secret goes to the OS keyring and is never shown again. */
  setSetting: (key: string, value: string) => call<SettingList>('PUT', `/device/settings/${encodeURIComponent(key)}`, { value }),

  /** Changes the user's currency (new amounts are read in it). */
  setCurrency: (currency: string) => call<User>('PATCH', ME, { currency }),

  /** Every transaction written for another tool: csv, json, hledger or beancount. */
  exportFile: (format: string) => call<Schemas['ExportView']>('GET', `${ME}/export?format=${encodeURIComponent(format)}`),

  /** Inside the app: saves the export in the Downloads folder and says where. */
  saveExport: (format: string) => call<{ path: string; transactions: number }>('POST', '/device/export', { format }),

  /** Tells the app its first screen shows real data (what bench/desktop_start.sh times); a no-op in a browser. */
  ready: async () => {
    if (!inTauri || readySent) return;
    readySent = true;
    await invoke('ui_ready').catch(() => undefined);
  },

  /** Whether this UI runs inside the app (device routes) or in a browser. */
  inApp: inTauri,

  /** A page of transactions, newest first, matching the filters given. */
  transactions: (filters: TransactionFilters = {}, cursor?: string | null, limit = 50) => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor) query.set('cursor', cursor);
    for (const key of ['q', 'category', 'from', 'to'] as const) {
      const value = filters[key]?.trim();
      if (value) query.set(key, value);
    }
    if (filters.review) query.set('review', 'true');
    return call<TransactionPage>('GET', `${ME}/transactions?${query}`);
  },

  /** Asks the coach; `ondelta` gets each piece of the reply as it is written (a language model
   * writes in pieces; the offline coach answers whole). Resolves to the stored reply. */
  ask: (message: string, language: string, ondelta: (text: string) => void) =>
    streamEvents<ChatMessage>(`${ME}/chat/stream`, { message, language }, ondelta),

  /** The conversation so far, oldest first. */
  history: async (limit = 50) => (await call<{ messages: ChatMessage[] }>('GET', `${ME}/chat/history?limit=${limit}`)).messages,

  /** Avalanche and snowball side by side (no debts given: the intake's debt). */
  debtPayoff: (input: DebtPayoffInput) => call<DebtPayoff>('POST', `${ME}/debt-payoff`, input),
};

/** Reads a server-sent event stream (`delta` events, then `reply` or `error`) from pieces of text. */
function eventReader<T>(ondelta: (text: string) => void) {
  let buffer = '';
  let outcome: { reply?: T; error?: OzzieError } = {};
  const dispatch = (block: string) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length === 0) return;
    const parsed = JSON.parse(data.join('\n'));
    if (event === 'delta') ondelta(parsed.text ?? '');
    else if (event === 'reply') outcome = { reply: parsed.data as T };
    else if (event === 'error') outcome = { error: new OzzieError(parsed.error?.code ?? 'INTERNAL_ERROR', parsed.error?.message ?? 'The coach could not answer.') };
  };
  return {
    push(text: string) {
      buffer += text.replace(/\r\n/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    },
    finish(): T {
      if (buffer.trim()) dispatch(buffer);
      if (outcome.error) throw outcome.error;
      if (outcome.reply === undefined) throw new OzzieError('UNAVAILABLE', 'The answer stopped before it was complete; ask again.');
      return outcome.reply;
    },
  };
}

/** POSTs to a route that answers server-sent events; a refusal before the stream is the usual error. */
async function streamEvents<T>(path: string, body: unknown, ondelta: (text: string) => void): Promise<T> {
  const reader = eventReader<T>(ondelta);
  let status = 0;
  let refusal = '';
  const piece = (text: string) => (status >= 400 ? (refusal += text) : reader.push(text));
  try {
    if (inTauri) {
      // The channel's messages can arrive after the command returns: wait for its own end.
      const pieces = new Channel<{ kind: 'head'; status: number } | { kind: 'chunk'; text: string } | { kind: 'end' }>();
      const ended = new Promise<void>((resolve) => {
        pieces.onmessage = (p) => {
          if (p.kind === 'head') status = p.status;
          else if (p.kind === 'chunk') piece(p.text);
          else resolve();
        };
      });
      await invoke('api_stream', { method: 'POST', path: `/v1${path}`, body, pieces });
      await ended;
    } else {
      const res = await fetchServe('POST', path, body);
      status = res.status;
      const stream = res.body?.pipeThrough(new TextDecoderStream()).getReader();
      while (stream) {
        const { done, value } = await stream.read();
        if (done) break;
        piece(value);
      }
    }
  } catch (e) {
    throw new OzzieError('UNAVAILABLE', `Ozzie could not be reached: ${e}`);
  }
  if (status >= 400) {
    let error: { code?: string; message?: string; field?: string } | undefined;
    try {
      error = JSON.parse(refusal).error;
    } catch {
      error = undefined;
    }
    throw new OzzieError(error?.code ?? 'INTERNAL_ERROR', error?.message ?? refusal, error?.field);
  }
  return reader.finish();
}

/** A file as the API takes it: text for spreadsheets and OFX/QIF, base64 for PDFs and photos. */
export async function submissionOf(file: File): Promise<Submission> {
  const name = file.name.toLowerCase();
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const binary = ext === 'pdf' || file.type === 'application/pdf' || file.type.startsWith('image/');
  const type = file.type.startsWith('image/') ? 'image' : ext === 'pdf' ? 'pdf' : ext === 'ofx' || ext === 'qfx' ? 'ofx' : ext === 'qif' ? 'qif' : 'spreadsheet';
  let content: string;
  if (binary) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    content = btoa(text);
  } else {
    content = decodeText(new Uint8Array(await file.arrayBuffer()));
  }
  return { type, content, mime_type: file.type || null, file_name: file.name } as Submission;
}

/** Bank exports come in UTF-8, UTF-16 (with a byte-order mark) or Windows-1252. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
