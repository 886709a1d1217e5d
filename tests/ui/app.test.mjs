// The UI in a real browser (Debian's Chromium driven by playwright-core) against `ozzie serve` on
// a fresh encrypted database, through Vite's preview server (which forwards /v1 to it, as in
// development): onboarding → the plan → quick-add a sentence (previewed, then saved) → the list
// → switch to Portuguese. Screenshots go to tests/ui/out/.
//
//   OZZIE_BIN=target/debug/ozzie node --test tests/ui/app.test.mjs      (after building ui/dist)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'ui/package.json'));
const { chromium } = require('playwright-core');

const BIN = resolve(root, process.env.OZZIE_BIN ?? 'target/debug/ozzie');
const outDir = join(root, 'tests/ui/out');
const dir = mkdtempSync(join(tmpdir(), 'ozzie-ui-'));
const env = { ...process.env, OZZIE_DB_KEY: 'ui-test', OZZIE_TODAY: '2025-05-05', OZZIE_DATA_DIR: join(dir, 'data') };
const children = [];
let browser;
let page;
let appUrl;

/** Starts a process and resolves with the first match of `pattern` in its output (colours
 * stripped: CI=true turns them on in Vite), or fails after 60 s with what it printed. */
function startAndWait(cmd, args, options, pattern) {
  const child = spawn(cmd, args, { ...options, env: { ...(options.env ?? process.env), NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolvePromise, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${cmd} did not start in 60 s: ${seen}`)), 60000);
    const onData = (chunk) => {
      seen += chunk;
      // eslint-disable-next-line no-control-regex
      const m = seen.replace(/\x1b\[[0-9;]*m/g, '').match(pattern);
      if (m) {
        clearTimeout(timer);
        resolvePromise(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${cmd} exited with ${code}: ${seen}`)));
  });
}

before(async () => {
  const created = JSON.parse(execFileSync(BIN, ['--json', 'api-client', 'create', 'ui-tests', '--requests-per-minute', '100000'], { env }).toString());
  const token = Buffer.from(`${created.data.client_id}:${created.data.client_secret}`).toString('base64');
  const api = await startAndWait(BIN, ['serve', '--addr', '127.0.0.1:0'], { env }, /listening on (http:\/\/\S+)\/v1/);
  const vitePort = 4300 + (process.pid % 500);
  const preview = await startAndWait(
    join(root, 'ui/node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(vitePort), '--strictPort'],
    { cwd: join(root, 'ui'), env: { ...process.env, OZZIE_API_URL: api } },
    /(http:\/\/127\.0\.0\.1:\d+)/,
  );
  appUrl = `${preview}/?token=${encodeURIComponent(token)}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1100, height: 900 } });
  mkdirSync(outDir, { recursive: true });
});

after(async () => {
  await browser?.close();
  for (const c of children) c.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('onboarding ends on the plan', async () => {
  await page.goto(appUrl);
  await page.getByTestId('intake-form').waitFor();
  await page.fill('input[name="name"]', 'Maria Santos');
  await page.fill('input[name="monthly_income"]', '5000');
  // The detailed dialect: fixed bills and everyday spending instead of the total.
  await page.locator('details.more summary').click();
  await page.fill('input[name="monthly_fixed_expenses"]', '2000');
  await page.fill('input[name="monthly_variable_expenses"]', '1200');
  await page.getByTestId('submit-intake').click();
  await page.getByTestId('plan').waitFor();
  assert.equal(await page.getByTestId('monthly-surplus').textContent(), '$1,800');
  assert.equal(await page.getByTestId('recommended-savings').textContent(), '$900');
  await page.screenshot({ path: join(outDir, 'plan-en.png'), fullPage: true });
});

test('a sentence is previewed, then saved, and listed', async () => {
  await page.getByTestId('nav-transactions').click();
  await page.getByTestId('no-transactions').waitFor();
  await page.getByTestId('quick-add').fill('coffee $5 and lunch $15');
  await page.getByTestId('quick-add-read').click();
  const preview = page.getByTestId('quick-add-preview');
  await preview.waitFor();
  const understood = await preview.textContent();
  assert.match(understood, /\$5\.00|\$5\b/);
  assert.match(understood, /\$15/);
  // Nothing is stored before Save.
  assert.equal(await page.getByTestId('transaction-row').count(), 0);
  await page.getByTestId('quick-add-save').click();
  await page.getByTestId('transaction-list').waitFor();
  assert.equal(await page.getByTestId('transaction-row').count(), 2);
  assert.equal(await page.getByTestId('transaction-list').getAttribute('data-total'), '2');
  await page.screenshot({ path: join(outDir, 'transactions-en.png'), fullPage: true });
});

test('the plan shows its allocation and this month\'s spending against it, as charts', async () => {
  await page.getByTestId('nav-plan').click();
  const allocation = page.getByTestId('allocation-chart');
  await allocation.waitFor();
  assert.match(await allocation.getAttribute('aria-label'), /Needs .*Savings 18%/);
  const spending = page.getByTestId('spending-chart');
  await spending.waitFor();
  assert.match(await spending.getAttribute('aria-label'), /Food \$20 \/ \$/);
  // The canvas is drawn (not blank).
  const inked = await spending.locator('canvas').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });
  assert.ok(inked > 500, `the chart drew ${inked} pixels`);
  await page.screenshot({ path: join(outDir, 'dashboard-en.png'), fullPage: true });
  await page.getByTestId('nav-transactions').click();
});

test('a sentence with no amount says why, and nothing is lost', async () => {
  await page.getByTestId('quick-add').fill('bought some stuff');
  await page.getByTestId('quick-add-read').click();
  const error = await page.getByTestId('tx-error').textContent();
  assert.match(error, /amount/i);
  assert.equal(await page.getByTestId('transaction-row').count(), 2);
});

test('a bank CSV and a PDF statement are previewed, then imported', async () => {
  const files = join(root, 'tests/fixtures/ingest/files');
  let before = Number(await page.getByTestId('transaction-list').getAttribute('data-total'));
  for (const [file, rows] of [['chase.csv', 15], ['pdf_us_checking.pdf', 12]]) {
    await page.getByTestId('file-input').setInputFiles(join(files, file));
    const preview = page.getByTestId('quick-add-preview');
    await preview.waitFor();
    assert.equal(await preview.getAttribute('data-count'), String(rows), file);
    await page.getByTestId('quick-add-save').click();
    const outcome = page.getByTestId('import-outcome');
    await outcome.waitFor();
    const saved = Number(await outcome.getAttribute('data-saved'));
    const duplicates = Number(await outcome.getAttribute('data-duplicates'));
    assert.equal(saved + duplicates, rows, file);
    await page.waitForFunction((n) => document.querySelector('[data-testid="transaction-list"]')?.getAttribute('data-total') === String(n), before + saved);
    before += saved;
  }
  // The statement repeats one deposit the CSV already brought in: it is counted, not added twice.
  assert.match(await page.getByTestId('import-outcome').textContent(), /Saved: 11\. Already here, not added again: 1\./);
  // The same file again adds nothing.
  await page.getByTestId('file-input').setInputFiles(join(files, 'chase.csv'));
  await page.getByTestId('quick-add-save').click();
  await page.getByTestId('import-outcome').waitFor();
  assert.equal(await page.getByTestId('transaction-list').getAttribute('data-total'), String(before));
  await page.screenshot({ path: join(outDir, 'import-en.png'), fullPage: true });
});

test('a transaction is corrected in place; a delete can be undone, then happens', async () => {
  const list = page.getByTestId('transaction-list');
  const total = Number(await list.getAttribute('data-total'));
  const row = page.getByTestId('transaction-row').filter({ hasText: 'Coffee' });
  await row.getByTestId('edit').click();
  await page.getByTestId('edit-category').selectOption('entertainment');
  await page.getByTestId('edit-amount').fill('6.50');
  await page.getByTestId('edit-save').click();
  const fixed = page.getByTestId('transaction-row').filter({ hasText: 'Coffee' });
  await fixed.filter({ hasText: 'Entertainment' }).waitFor();
  assert.match(await fixed.textContent(), /\$6\.50/);

  // Delete, undo: the row is back and nothing was deleted.
  await fixed.getByTestId('delete').click();
  await page.getByTestId('undo-toast').waitFor();
  assert.equal(await page.getByTestId('transaction-row').filter({ hasText: 'Coffee' }).count(), 0);
  await page.getByTestId('undo').click();
  await page.getByTestId('transaction-row').filter({ hasText: 'Coffee' }).waitFor();
  // Delete and let the undo window pass: the engine deletes it.
  await page.getByTestId('transaction-row').filter({ hasText: 'Coffee' }).getByTestId('delete').click();
  await page.getByTestId('undo-toast').waitFor({ state: 'detached', timeout: 15000 });
  await page.reload();
  await page.getByTestId('nav-transactions').click();
  await list.waitFor();
  assert.equal(Number(await list.getAttribute('data-total')), total - 1);
  assert.equal(await page.getByTestId('transaction-row').filter({ hasText: 'Coffee' }).count(), 0);
});

test('the list narrows by text, category and dates, and the review queue confirms', async () => {
  const list = page.getByTestId('transaction-list');
  await page.getByTestId('filter-text').fill('payroll');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="transaction-row"]')].every((r) => /PAYROLL/i.test(r.textContent)));
  assert.ok((await page.getByTestId('transaction-row').count()) >= 2);
  await page.getByTestId('filter-text').fill('');
  await page.getByTestId('filter-category').selectOption('utilities');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="transaction-row"]')].every((r) => /Utilities/.test(r.textContent)));
  await page.getByTestId('filter-from').fill('2025-05-20');
  await page.getByTestId('filter-to').fill('2025-05-31');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="transaction-row"]').length === 1);
  assert.match(await page.getByTestId('transaction-row').textContent(), /COMCAST/);
  for (const f of ['filter-from', 'filter-to']) await page.getByTestId(f).fill('');
  await page.getByTestId('filter-category').selectOption('');
  // The review queue: what was read with less certainty, confirmed one by one.
  const review = page.getByTestId('filter-review');
  const before = Number((await review.textContent()).match(/\((\d+)\)/)[1]);
  // The imported statements hold rows read with less certainty (checks, transfers).
  assert.ok(before > 0, 'there is something to review');
  await review.click();
  await page.getByTestId('confirm').first().waitFor();
  await page.getByTestId('confirm').first().click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="filter-review"]')?.textContent.includes(`(${n})`), before - 1);
  await review.click();
  await list.waitFor();
});

test('the coach answers from the user\'s numbers', async () => {
  await page.getByTestId('nav-coach').click();
  await page.getByTestId('suggested-question').first().click();
  const reply = page.getByTestId('coach-reply').first();
  await reply.waitFor();
  assert.match(await reply.textContent(), /\$/);
  assert.ok(['encouraging', 'celebratory', 'concerned', 'neutral'].includes(await reply.getAttribute('data-emotion')));
  await page.getByTestId('coach-input').fill('How much can I spend this week?');
  await page.getByTestId('coach-send').click();
  await page.getByTestId('coach-reply').nth(1).waitFor();
  await page.screenshot({ path: join(outDir, 'coach-en.png'), fullPage: true });
  // The conversation is kept: coming back shows it, oldest first.
  await page.getByTestId('nav-transactions').click();
  await page.getByTestId('nav-coach').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="coach-reply"]').length === 2);
  const said = await page.getByTestId('user-message').allTextContents();
  assert.deepEqual(said.map((m) => m.trim()), ['Am I on track to hit my goal?', 'How much can I spend this week?']);
  await page.getByTestId('nav-transactions').click();
});

test('a goal is added and shows what it takes each month', async () => {
  await page.getByTestId('nav-goals').click();
  await page.getByTestId('no-goals').waitFor();
  await page.fill('input[name="goal_name"]', 'Emergency Fund');
  await page.fill('input[name="target_amount"]', '5000');
  await page.fill('input[name="target_date"]', '2025-12-31');
  await page.getByTestId('add-goal').click();
  const goal = page.getByTestId('goal');
  await goal.waitFor();
  const text = await goal.textContent();
  assert.match(text, /Emergency Fund/);
  assert.match(text, /\$625 a month/);
  assert.equal(await goal.getAttribute('data-on-track'), 'true');
  // A goal without a target is refused with the reason, and the list keeps what it had.
  await page.fill('input[name="goal_name"]', 'Trip');
  await page.getByTestId('add-goal').click();
  assert.match(await page.getByTestId('goal-error').textContent(), /target_amount/);
  assert.equal(await page.getByTestId('goal').count(), 1);
  await page.screenshot({ path: join(outDir, 'goals-en.png'), fullPage: true });
  await page.getByTestId('nav-transactions').click();
});

test('this pay cycle\'s money move is made once, and its tasks can be checked', async () => {
  await page.getByTestId('nav-moves').click();
  await page.getByTestId('make-move').click();
  const move = page.getByTestId('current-move');
  await move.waitFor();
  const tasks = page.getByTestId('move-task');
  assert.ok((await tasks.count()) > 0);
  await tasks.first().check();
  // One task of several puts the move in progress; the last one completes it.
  const expected = (await tasks.count()) === 1 ? 'completed' : 'in_progress';
  await page.waitForFunction((s) => document.querySelector('[data-testid="current-move"]')?.getAttribute('data-status') === s, expected);
  // A subscription service is known as recurring from its first charge.
  await page.getByTestId('nav-transactions').click();
  await page.getByTestId('quick-add').fill('netflix $15.49');
  await page.getByTestId('quick-add-read').click();
  await page.getByTestId('quick-add-save').click();
  await page.getByTestId('import-outcome').waitFor();
  await page.getByTestId('nav-moves').click();
  await page.getByTestId('recurring-charge').first().waitFor();
  assert.match(await page.getByTestId('recurring').textContent(), /Netflix.*monthly · next /i);
  await page.screenshot({ path: join(outDir, 'moves-en.png'), fullPage: true });
  // The dashboard shows the same move, the task still checked, and the goal's progress.
  await page.getByTestId('nav-plan').click();
  await page.getByTestId('plan').getByTestId('current-move').waitFor();
  assert.equal(await page.getByTestId('move-task').first().isChecked(), true);
  assert.match(await page.getByTestId('dashboard-goals').textContent(), /Emergency Fund.*\$625 a month/);
  await page.screenshot({ path: join(outDir, 'dashboard-move-en.png'), fullPage: true });
  await page.getByTestId('nav-moves').click();
  await move.waitFor();
  assert.equal(await page.getByTestId('move-task').first().isChecked(), true);
  await page.getByTestId('nav-transactions').click();
});

test('two debts are compared, avalanche against snowball', async () => {
  await page.getByTestId('nav-moves').click();
  // These numbers have no debt: the screen asks for the debts to compare.
  await page.getByTestId('no-debt').waitFor();
  await page.getByTestId('add-debt').click();
  const fill = async (i, name, balance, rate, minimum) => {
    await page.getByTestId('debt-name').nth(i).fill(name);
    await page.getByTestId('debt-balance').nth(i).fill(balance);
    await page.getByTestId('debt-rate').nth(i).fill(rate);
    await page.getByTestId('debt-minimum').nth(i).fill(minimum);
  };
  await fill(0, 'Visa', '4200', '22.9', '120');
  await fill(1, 'Store card', '800', '12', '40');
  // A budget below the minimums is refused with the reason.
  await page.getByTestId('debt-budget').fill('100');
  await page.getByTestId('compare-debts').click();
  assert.match(await page.getByTestId('debt-error').textContent(), /at least \$160/);
  await page.getByTestId('debt-budget').fill('400');
  await page.getByTestId('compare-debts').click();
  await page.getByTestId('debt-payoff').waitFor();
  assert.equal(await page.getByTestId('payoff-avalanche').getAttribute('data-cheaper'), 'true');
  assert.match(await page.getByTestId('debt-verdict').textContent(), /Avalanche pays \$[\d,.]+ less interest/);
  // Snowball clears the smallest balance first; avalanche the highest rate.
  assert.match(await page.getByTestId('payoff-snowball').locator('ol li').first().textContent(), /Store card/);
  assert.match(await page.getByTestId('payoff-avalanche').locator('ol li').first().textContent(), /Visa/);
  await page.screenshot({ path: join(outDir, 'debts-en.png'), fullPage: true });
  await page.getByTestId('nav-transactions').click();
});

test('the theme can be set to dark or light, or follow the system', async () => {
  await page.getByTestId('nav-settings').click();
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  await page.getByTestId('theme').selectOption('dark');
  assert.equal(await theme(), 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(20, 24, 22)');
  await page.reload();
  await page.getByTestId('nav-plan').waitFor();
  assert.equal(await theme(), 'dark', 'the choice is remembered');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('theme').selectOption('system');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await theme(), 'light');
  await page.getByTestId('nav-transactions').click();
});

test('every screen works from the keyboard and fits at 200% zoom', async () => {
  // 200 % zoom of the app's 1100×760 window is a 550×380 CSS-pixel viewport.
  const zoomed = await browser.newPage({ locale: 'en-US', viewport: { width: 550, height: 380 }, deviceScaleFactor: 2 });
  try {
    await zoomed.goto(appUrl);
    await zoomed.getByTestId('plan').waitFor();
    for (const screen of ['plan', 'transactions', 'goals', 'moves', 'coach', 'settings']) {
      // Reach the tab from where the keyboard is with Tab alone (around the page if need be),
      // and open it with Enter.
      let reached = false;
      for (let i = 0; i < 400 && !reached; i++) {
        await zoomed.keyboard.press('Tab');
        reached = await zoomed.evaluate((s) => document.activeElement?.getAttribute('data-testid') === `nav-${s}`, screen);
      }
      assert.ok(reached, `the keyboard reaches the ${screen} tab`);
      await zoomed.keyboard.press('Enter');
      await zoomed.waitForFunction((s) => document.querySelector(`[data-testid="nav-${s}"]`)?.getAttribute('aria-current') === 'page', screen);
      await zoomed.waitForTimeout(300);
      const overflow = await zoomed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${screen} scrolls sideways by ${overflow}px at 200%`);
      // A focused control shows where the keyboard is.
      await zoomed.keyboard.press('Tab');
      const outline = await zoomed.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, 'none', `the focus on ${screen} is visible`);
    }
    await zoomed.screenshot({ path: join(outDir, 'zoom-200-settings.png'), fullPage: true });
  } finally {
    await zoomed.close();
  }
});

test('device settings say they live in the app when opened in a browser', async () => {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-only-in-app').waitFor();
  // The export downloads in a browser: a journal hledger can read.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-hledger').click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^ozzie-2025-05-05\.journal$/);
  const { readFileSync } = await import('node:fs');
  const journal = readFileSync(await file.path(), 'utf8');
  assert.match(journal, /Expenses:Food +\d+\.\d\d USD\n +Assets:Cash/);
  await page.getByTestId('nav-transactions').click();
});

test('switching to Portuguese changes the screens and is remembered', async () => {
  await page.getByTestId('language').selectOption('pt');
  await page.getByText('Transações', { exact: false }).first().waitFor();
  const head = await page.getByTestId('transaction-list').locator('thead').textContent();
  assert.match(head, /Data.*Descrição.*Categoria.*Valor/);
  assert.match(await page.getByTestId('transaction-list').textContent(), /Alimentação/);
  await page.screenshot({ path: join(outDir, 'transactions-pt.png'), fullPage: true });
  await page.reload();
  await page.getByTestId('nav-plan').waitFor();
  assert.equal(await page.getByTestId('nav-plan').textContent(), 'Plano');
  // The plan was written in English: it can be written again in Portuguese, same numbers.
  const surplus = await page.getByTestId('monthly-surplus').textContent();
  await page.getByTestId('rewrite-plan').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="plan-summary"]')?.textContent.startsWith('Com base na sua sobra mensal'));
  assert.equal(await page.getByTestId('monthly-surplus').textContent(), surplus);
  assert.equal(await page.getByTestId('rewrite-plan').count(), 0);
  // What went wrong reads in Portuguese too: the field's label and its rule, not the engine's English.
  await page.getByTestId('nav-goals').click();
  await page.fill('input[name="goal_name"]', 'Viagem');
  await page.getByTestId('add-goal').click();
  assert.match(await page.getByTestId('goal-error').textContent(), /^Valor da meta: é obrigatório\.$/);
});

test('with a language model configured, the coach\'s reply appears as it is written', async () => {
  // A scripted OpenAI-compatible server on 127.0.0.1 that writes its answer in three pieces.
  const { createServer } = await import('node:http');
  const pieces = ['Você está ', 'no caminho ', 'certo.'];
  const llm = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const content of pieces) {
        res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`);
        await new Promise((r) => setTimeout(r, 700));
      }
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise((r) => llm.listen(0, '127.0.0.1', r));
  const set = (key, value) => execFileSync(BIN, ['config', 'set', key, value], { env });
  set('openai.base_url', `http://127.0.0.1:${llm.address().port}/v1`);
  set('openai.model', 'test-model');
  set('provider', 'openai');
  try {
    await page.getByTestId('nav-coach').click();
    await page.locator('[data-testid="chat"][data-loaded="true"]').waitFor();
    const before = await page.getByTestId('coach-reply').count();
    await page.getByTestId('coach-input').fill('Estou no caminho?');
    await page.getByTestId('coach-send').click();
    // Part of the answer is on screen before the rest is written.
    await page.waitForFunction(() => /^Você está/.test(document.querySelector('[data-testid="coach-writing"]')?.textContent.trim() ?? ''));
    assert.equal(await page.getByTestId('coach-reply').count(), before);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="coach-reply"]').length === n + 1, before);
    assert.match(await page.getByTestId('coach-reply').last().textContent(), /Você está no caminho certo\./);
  } finally {
    set('provider', 'offline');
    llm.close();
  }
});
