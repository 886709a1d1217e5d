// The seeds' own integration code against `ozzie serve` on 127.0.0.1, with only the base URL and
// the credentials changed: seed 001's complete Node.js example (its last section, verbatim apart
// from those constants and console output collected for the assertions), and a client written
// from seed 000's snippets (its dialect: /intake-style fields, POST /plan, goal_type/goal_name,
// money-moves/generate, ?status=available&limit=1, chat/messages). Node's built-in fetch.
//
//   OZZIE_BIN=target/debug/ozzie node --test tests/api/seed_examples.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.OZZIE_BIN || 'target/debug/ozzie';
const dir = mkdtempSync(join(tmpdir(), 'ozzie-api-'));
const env = { ...process.env, OZZIE_DB_KEY: 'seed-examples', OZZIE_TODAY: '2025-05-05', OZZIE_DATA_DIR: dir };
let server;
let BASE_URL;
let CLIENT_ID;
let CLIENT_SECRET;

before(async () => {
  const created = JSON.parse(execFileSync(BIN, ['--json', 'api-client', 'create', 'seed-examples'], { env }).toString());
  CLIENT_ID = created.data.client_id;
  CLIENT_SECRET = created.data.client_secret;
  server = spawn(BIN, ['serve', '--addr', '127.0.0.1:0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  BASE_URL = await new Promise((resolve, reject) => {
    let seen = '';
    server.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/listening on (http:\/\/\S+\/v1)/);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`ozzie serve exited with ${code}: ${seen}`)));
  });
});

let stderrSeen = '';
after(() => {
  if (server?.exitCode === null) server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test("seed 001's complete example runs unchanged", async () => {
  const logs = [];
  const console = { log: (line) => logs.push(line), error: (line) => logs.push(line) };
  // ---- seed 001, last section (constants replaced) ----
  const AUTH_TOKEN = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
  const headers = {
    'Authorization': `Bearer ${AUTH_TOKEN}`,
    'Content-Type': 'application/json',
    'Accept': 'application/json',
  };
  async function ozzieRequest(method, path, body) {
    const res = await fetch(`${BASE_URL}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (!res.ok) {
      throw new Error(`[${json.error?.code}] ${json.error?.message}`);
    }
    return json.data;
  }
  async function main() {
    console.log('Step 1: Creating user...');
    const user = await ozzieRequest('POST', '/users', {
      external_user_id: 'usr_8821',
      name: 'Maria Santos',
      email: 'maria@example.com',
      phone: '+15551234567',
      language: 'en',
    });
    console.log(` ✓ User created: ${user.id}`);
    const userId = user.id;
    console.log('Step 2: Sending financial intake...');
    const intake = await ozzieRequest('POST', `/users/${userId}/financial-intake`, {
      monthly_income: 5000,
      monthly_expenses: 3200,
      financial_goal: 'savings',
      next_pay_date: '2025-05-15',
    });
    console.log(` ✓ Intake recorded. Monthly surplus: $${intake.monthly_surplus}`);
    console.log('Step 3: Generating plan...');
    const plan = await ozzieRequest('POST', `/users/${userId}/plan/generate`, {});
    console.log(` ✓ Plan created. Recommended savings: $${plan.recommended_monthly_savings}/month`);
    console.log('Step 4: Setting goal...');
    const goal = await ozzieRequest('POST', `/users/${userId}/goals`, {
      name: 'Emergency Fund',
      target_amount: 5000,
      currency: 'USD',
      target_date: '2025-12-31',
    });
    console.log(` ✓ Goal set: "${goal.name}" — need $${goal.monthly_contribution_needed}/month`);
    console.log('Step 5: Submitting transactions...');
    const txResult = await ozzieRequest('POST', `/users/${userId}/transactions`, {
      type: 'text',
      content: 'Spent $45 on groceries at Whole Foods and $12 on the subway',
      language: 'en',
    });
    console.log(` ✓ Parsed ${txResult.transactions.length} transactions`);
    console.log('Step 6: Fetching money moves...');
    const movesResult = await ozzieRequest('GET', `/users/${userId}/money-moves`);
    console.log(` ✓ Received ${movesResult.moves.length} money move recommendations`);
    movesResult.moves.forEach(m => console.log(` • [${m.priority}] ${m.title}`));
    console.log('Step 7: Chatting with Ozzie...');
    const chatReply = await ozzieRequest('POST', `/users/${userId}/chat`, {
      message: 'Am I on track to hit my emergency fund goal?',
      language: 'en',
    });
    console.log(` ✓ Ozzie says: "${chatReply.message}"`);
    console.log('\nAll steps complete! User is fully onboarded and active.');
  }
  // ---- end of seed code ----
  await main();
  const out = logs.join('\n');
  assert.match(out, /Monthly surplus: \$1800/);
  assert.match(out, /Recommended savings: \$900\/month/);
  assert.match(out, /need \$625\/month/);
  assert.match(out, /Parsed 2 transactions/);
  assert.match(out, /Received \d+ money move recommendations/);
  assert.match(out, /Ozzie says: ".*\$5,000.*"/);
  assert.match(out, /All steps complete!/);
});

test("a client written from seed 000's snippets works too", async () => {
  const token = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
  const headers = { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' };
  async function ozzieRequest(method, path, body = null) {
    const response = await fetch(`${BASE_URL}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    if (!response.ok) {
      const error = await response.json();
      throw new Error(`Ozzie API error: ${error.error?.code} — ${error.error?.message}`);
    }
    return response.json();
  }
  const { data: ozzieUser } = await ozzieRequest('POST', '/users', {
    external_user_id: 'internal-42', name: 'Jo', language: 'en', phone_e164: '+15557654321',
  });
  const ozId = ozzieUser.id;
  await ozzieRequest('POST', `/users/${ozId}/financial-intake`, {
    monthly_net_income: 3750.00, monthly_fixed_expenses: 1800.00, monthly_variable_expenses: 950.00,
    total_debt: 4850.00, monthly_debt_payment: 200.00, primary_goal: 'savings',
  });
  const { data: plan } = await ozzieRequest('POST', `/users/${ozId}/plan`);
  assert.ok(Array.isArray(plan.allocations));
  const { data: goal } = await ozzieRequest('POST', `/users/${ozId}/goals`, {
    goal_type: 'savings', goal_name: 'Emergency Fund', target_amount: 10000, starting_amount: 0, cadence: 'biweekly',
  });
  assert.equal(goal.goal_name, 'Emergency Fund');
  const { data: moneyMove } = await ozzieRequest('POST', `/users/${ozId}/money-moves/generate`);
  assert.ok(moneyMove.tasks.length > 0 && moneyMove.due_date);
  const [goals, moves] = await Promise.all([
    ozzieRequest('GET', `/users/${ozId}/goals`),
    ozzieRequest('GET', `/users/${ozId}/money-moves?status=available&limit=1`),
  ]);
  assert.ok(goals.data.goals.length === 1);
  const currentMove = moves.data[0] ?? null;
  assert.equal(currentMove.id, moneyMove.id);
  const { data } = await ozzieRequest('POST', `/users/${ozId}/chat/messages`, { message: 'How much can I save?' });
  const { reply, emotion } = data;
  assert.match(reply, /\$/);
  assert.ok(['encouraging', 'celebratory', 'concerned', 'neutral'].includes(emotion));
  // Seed 000's error handling reads error.code.
  await assert.rejects(ozzieRequest('POST', '/users', { external_user_id: 'internal-42' }), /CONFLICT/);
});

test('SIGTERM lets the requests under way finish, then stops cleanly', async () => {
  server.stderr.on('data', (chunk) => { stderrSeen += chunk; });
  const token = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
  // A statement import is under way when the signal arrives.
  const rows = ['Date,Description,Amount'];
  for (let i = 1; i <= 5000; i++) rows.push(`2025-04-${String((i % 28) + 1).padStart(2, '0')},STORE ${i},-${(i % 90) + 1}.25`);
  const pending = fetch(`${BASE_URL}/users/external:shutdown-test/transactions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'spreadsheet', content: rows.join('\n') }),
  });
  await new Promise((r) => setTimeout(r, 150));
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  server.kill('SIGTERM');
  const res = await pending;
  assert.equal(res.status, 201);
  assert.ok((await res.json()).data.transactions.length > 0);
  assert.deepEqual(await exited, { code: 0, signal: null });
  assert.match(stderrSeen, /shutting down/);
});
