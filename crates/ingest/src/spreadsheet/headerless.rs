//! Column roles from the values themselves, for files without a header row.

use super::*;

pub(super) fn looks_like_date(cell: &str, today: NaiveDate) -> bool {
    cell.len() >= 5 && cell.chars().any(|c| c.is_ascii_digit()) && parse_date(cell, DateOrder::DayFirst, today).or_else(|| parse_date(cell, DateOrder::MonthFirst, today)).is_some()
}

pub(super) fn looks_like_amount(cell: &str, currency: Currency) -> bool {
    !cell.is_empty() && cell.chars().any(|c| c.is_ascii_digit()) && !cell.contains('/') && parse_cell(cell, currency, None).is_some()
}

/// Does a money cell carry cents ("12.50", "1.234,56")? Columns of plain integers are ids and
/// sequence numbers more often than money.
pub(super) fn has_cents(cell: &str) -> bool {
    let digits = cell.trim_end_matches(|c: char| !c.is_ascii_digit()).as_bytes();
    let n = digits.len();
    n >= 3 && matches!(digits[n - 3], b'.' | b',') && digits[n - 2].is_ascii_digit()
}

pub(super) fn columns_from_values(rows: &[Vec<String>], ctx: &Context) -> Option<Columns> {
    let width = rows.iter().map(Vec::len).max()?;
    let cells = |col: usize| rows.iter().filter_map(move |r| r.get(col)).map(|s| s.trim()).filter(|c| !c.is_empty());
    let filled = |col: usize| cells(col).count() as f64 / rows.len().max(1) as f64;
    let share = |f: &dyn Fn(&str) -> bool, col: usize| -> f64 { cells(col).filter(|c| f(c)).count() as f64 / rows.len().max(1) as f64 };
    let today = ctx.today;
    let date = (0..width).find(|&c| share(&|s| looks_like_date(s, today), c) >= 0.8)?;
    let all_money = |c: usize| cells(c).next().is_some() && cells(c).all(|v| looks_like_amount(v, ctx.currency));
    // Money columns: amounts with cents when the file writes cents at all.
    let cents_anywhere = (0..width).any(|c| c != date && all_money(c) && cells(c).any(has_cents));
    let money: Vec<usize> = (0..width).filter(|&c| c != date && all_money(c) && (!cents_anywhere || cells(c).any(has_cents))).collect();
    let dense: Vec<usize> = money.iter().copied().filter(|&c| filled(c) >= 0.8).collect();
    let sparse: Vec<usize> = money.iter().copied().filter(|&c| filled(c) < 0.8).collect();
    let mut cols = Columns { date: Some(date), ..Columns::default() };
    // Withdrawals and deposits in two columns, one of them filled per row (Desjardins).
    let pair = sparse.windows(2).find(|w| {
        rows.iter().all(|r| !(r.get(w[0]).is_some_and(|v| !v.trim().is_empty()) && r.get(w[1]).is_some_and(|v| !v.trim().is_empty())))
            && filled(w[0]) + filled(w[1]) >= 0.8
    });
    match pair {
        Some(w) => {
            let balance = dense.iter().copied().find(|b| !w.contains(b));
            let (debit, credit) = if balance.is_some_and(|b| first_is_credit(rows, w[0], b, ctx)) { (w[1], w[0]) } else { (w[0], w[1]) };
            cols.debit = Some(debit);
            cols.credit = Some(credit);
        }
        // Of two full money columns, the amount is the one the other runs a balance of,
        // wherever each stands; else the first.
        None => {
            let amount = dense.iter().copied().find(|&a| dense.iter().any(|&b| b != a && is_running_balance(rows, a, b, ctx)));
            cols.amount = Some(amount.or_else(|| dense.first().copied())?);
        }
    }
    let used = |c: usize| c == date || money.contains(&c);
    // Words, not codes: a column of one value (the account's name) or two (a debit/credit mark)
    // describes nothing about the row.
    let distinct = |c: usize| cells(c).collect::<std::collections::HashSet<_>>().len();
    let letters = |c: usize| cells(c).map(|s| s.chars().filter(|ch| ch.is_alphabetic()).count()).sum::<usize>();
    let mut text: Vec<usize> = (0..width).filter(|&c| !used(c) && letters(c) > 0 && distinct(c) > 2).collect();
    text.sort_by_key(|&c| std::cmp::Reverse(letters(c)));
    text.truncate(2);
    text.sort_unstable();
    if text.is_empty() {
        text = (0..width).filter(|&c| !used(c)).max_by_key(|&c| letters(c)).into_iter().collect();
    }
    cols.description = text;
    Some(cols)
}

/// Does `balance` move by `amount` from row to row (oldest or newest first)?
fn is_running_balance(rows: &[Vec<String>], amount: usize, balance: usize, ctx: &Context) -> bool {
    let read = |r: &Vec<String>, c: usize| r.get(c).and_then(|v| parse_cell(v, ctx.currency, None)).map(|(v, _)| v);
    let (mut moves, mut steps) = (0, 0);
    for w in rows.windows(2) {
        let (Some(before), Some(after)) = (read(&w[0], balance), read(&w[1], balance)) else { continue };
        steps += 1;
        let step = (after - before).abs();
        if [read(&w[1], amount), read(&w[0], amount)].into_iter().flatten().any(|a| a != 0 && a.abs() == step) {
            moves += 1;
        }
    }
    steps >= 2 && moves * 3 >= steps * 2
}

/// With a running balance, the column whose amounts raise it holds the deposits.
pub(super) fn first_is_credit(rows: &[Vec<String>], first: usize, balance: usize, ctx: &Context) -> bool {
    let read = |r: &Vec<String>, c: usize| r.get(c).and_then(|v| parse_cell(v, ctx.currency, None)).map(|(v, _)| v);
    let (mut agree, mut disagree) = (0, 0);
    for w in rows.windows(2) {
        let (Some(before), Some(after), Some(amount)) = (read(&w[0], balance), read(&w[1], balance), read(&w[1], first)) else { continue };
        if after - before == amount.abs() {
            agree += 1;
        } else if before - after == amount.abs() {
            disagree += 1;
        }
    }
    agree > disagree
}

/// A column whose values are all direction marks (D/C, DEBIT/CREDIT, Af/Bij…), whatever its name.
/// A column named as a description ("Transaction Type") counts when all its values are marks.
pub(super) fn direction_column(body: &[Vec<String>], cols: &Columns) -> Option<usize> {
    let width = body.iter().map(Vec::len).max()?;
    let used = [cols.date, cols.amount, cols.currency, cols.status, cols.id];
    (0..width).filter(|c| !used.contains(&Some(*c))).find(|&c| {
        let values: Vec<&str> = body.iter().filter_map(|r| r.get(c)).map(|v| v.trim()).filter(|v| !v.is_empty()).collect();
        values.len() >= 2 && values.iter().all(|v| direction_in(v).is_some()) && values.iter().any(|v| direction_in(v) == Some(true))
            && values.iter().any(|v| direction_in(v) == Some(false))
    })
}

/// The column with the most words, when no header names a description.
pub(super) fn text_column(body: &[Vec<String>], cols: &Columns) -> Option<usize> {
    let width = body.iter().map(Vec::len).max()?;
    let used = [cols.date, cols.amount, cols.debit, cols.credit, cols.currency, cols.status, cols.id, cols.direction];
    (0..width)
        .filter(|c| !used.contains(&Some(*c)))
        .map(|c| (c, body.iter().filter_map(|r| r.get(c)).map(|v| v.chars().filter(|ch| ch.is_alphabetic()).count()).sum::<usize>()))
        .filter(|(_, letters)| *letters > 0)
        .max_by_key(|(_, letters)| *letters)
        .map(|(c, _)| c)
}
