//! Column roles from header names in en/pt/es/nl/de (Date/Data/Fecha, Amount/Valor/Importe…).

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Date(u8),
    Description(u8),
    Amount(u8),
    Debit,
    Credit,
    Direction,
    Currency,
    Status,
    Id,
    Category,
    /// What kind of movement a row is ("Type": "Express Checkout Payment", "General Card Deposit").
    Kind,
    /// A fee charged on its own row when no other amount is there (Capitec's "Fee" column).
    Fee,
    Ignore,
}

/// What a header cell names. The number after Date/Description/Amount is a preference: lower wins.
pub(super) fn role_of(header: &str) -> Option<Role> {
    // "Description1", "Description 2": the number tells columns apart, it does not name them.
    let h: String = words(header).split_whitespace().map(|w| w.trim_end_matches(|c: char| c.is_ascii_digit())).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    let h = h.trim();
    let has = |w: &str| format!(" {h} ").contains(&format!(" {w} "));
    // A parenthesis qualifies the column, it does not name it: "Amount (after fees)" is an amount.
    let named = words(header.split('(').next().filter(|n| !n.trim().is_empty()).unwrap_or(header));
    let names = |w: &str| named.contains(&format!(" {w} "));
    // A column of fees alone ("Fee", "Fees", "Tarifa"); "Fee Description" or "Total Fees"
    // beside an amount say something else.
    if matches!(h, "fee" | "fees" | "bank fee" | "bank fees" | "service fee" | "tarifa" | "tarifas" | "comision" | "comisiones" | "comissao") {
        return Some(Role::Fee);
    }
    // Ignored first, so "Running Balance" or "Saldo (R$)" never becomes the amount.
    if names("balance") || names("saldo") || names("disponible") || names("fee") || names("fees") || names("tarifa") || names("comision") || names("comissao")
        || names("exchange") || names("rate") || names("cambio") || names("foreign") || names("local amount") || names("time")
        || names("hora") || names("timezone") || names("emoji") || names("receipt") || names("address") || names("tags")
        // "Dirección" heads an address (American Express España), not the money's direction.
        || names("direccion") || names("endereco") || names("morada")
        || names("card") || names("holder") || names("account") || names("rekening") || names("tegenrekening") || names("docto")
        || names("documento") || names("check") || names("split") || names("attachment") || names("mutatiesoort")
        || names("product") || names("cotacao") || names("iban") || names("bic") || names("mandatsreferenz") || names("kundenreferenz")
        || names("glaubiger") || names("anzahl") || names("gebuhren") || names("city") || names("province") || names("country")
        || names("postal") || names("zip") || names("rewards") || names("points") || names("quantity") || names("price")
        || names("commission") || names("symbol")
    {
        return Some(Role::Ignore);
    }
    Some(match h {
        "date" | "data" | "fecha" | "datum" | "transaction date" | "trans date" | "data da transacao" | "fecha operacion" | "fecha de operacion" | "booking date" | "fecha movimiento"
        | "data movimento" | "created on" | "created" | "date created" | "fecha de creacion" => Role::Date(0),
        "fecha transaccion" | "fecha de transaccion" | "fecha de la transaccion" | "data transacao" | "fecha compra" | "fecha de compra"
        | "data da compra" | "data compra" => Role::Date(0),
        // Abbreviated operation and movement dates ("Fecha Oper.", "Data Mov."), beside a value date.
        "fecha oper" | "fecha op" | "f oper" | "f operacion" | "fecha mov" | "data mov" | "data oper" | "data operacao" | "data do movimento"
        | "data de movimento" => Role::Date(0),
        // The day the person paid, as a card's Transaction Date before its Post Date: Revolut's
        // Started Date before its Completed Date, Wise's Created on before its Finished on.
        "started date" | "date started" | "data de inicio" | "fecha de inicio" | "run date" => Role::Date(0),
        "finished on" | "completed on" | "date completed" | "completed date" | "data de conclusao" | "fecha de finalizacion"
        | "fecha de finalizado" => Role::Date(1),
        // The day the bank booked it, after the day of the purchase ("Data Operação", "Data da compra").
        "posting date" | "post date" | "posted date" | "date posted" | "buchungstag" | "fecha contable" | "data lancamento"
        | "data de lancamento" | "settlement date" => Role::Date(1),
        "value date" | "fecha valor" | "f valor" | "data valor" | "valuta" | "valutadatum" => Role::Date(2),
        "description" | "descricao" | "concepto" | "transaction description" | "narrative" | "narration" | "naam omschrijving"
        | "historico" | "lancamento" | "title" | "titulo" | "merchant" | "payee" | "name" | "nombre" | "descripcion"
        | "movimiento" | "estabelecimento" | "comercio" | "beneficiary" | "auftraggeber empfanger" | "empfanger"
        | "auftraggeber" | "beguenstigter zahlungspflichtiger" | "counterparty" | "counter party" | "omschrijving"
        // Nationwide heads its descriptions "Transactions".
        | "transactions" | "transacciones" | "transacoes" => Role::Description(0),
        // "Particulars": the description in India (Axis), a reference beside the payee in New Zealand.
        "transaction details" | "details" | "verwendungszweck" | "beschreibung" | "particulars" | "transaction particulars" => Role::Description(1),
        "begunstigter auftraggeber" | "auftraggeber begunstigter" => Role::Description(0),
        "mas datos" | "informacion adicional" | "detalle" | "detalhe" | "detalles" | "detalhes" | "complemento" => Role::Description(1),
        // The amount before conversion, beside the one charged ("Valor original", "Valor en pesos").
        "valor original" | "importe original" | "monto original" | "original amount" | "amount original" | "valor moeda original"
        | "valor na moeda original" => Role::Amount(3),
        "net" | "net amount" | "transaction net amount" | "valor liquido" | "importe neto" | "neto" | "liquido" => Role::Amount(2),
        "soll" => Role::Debit,
        "haben" => Role::Credit,
        "wert" => Role::Date(2),
        "umsatzart" | "transaction type" | "tipo de transaccion" => Role::Description(3),
        "deb cred" | "debito credito" | "cred deb" | "natureza" | "direction" | "sentido" => Role::Direction,
        "memo" | "notes" | "reference" | "payment reference" | "referencia" | "mededelingen" | "observaciones"
        | "notes and tags" | "remittance information" | "note" | "buchungstext" => Role::Description(2),
        "amount" | "valor" | "importe" | "bedrag" | "monto" | "betrag" | "gross" | "transaction amount" | "amount eur"
        | "amount usd" | "amount gbp" | "valor r" | "bedrag eur" | "importe eur" | "valor rs" | "total" | "quantia" | "montante" | "bruto"
        | "importe bruto" | "valor bruto" | "value" => Role::Amount(0),
        "debit" | "debito" | "debitos" | "money out" | "paid out" | "withdrawals" | "withdrawal" | "cargo" | "cargos" | "saida" | "saidas"
        | "retiros" | "retiro" | "egresos" | "egreso" | "gasto" | "gastos" | "despesa" | "despesas"
        | "debit amount" | "debito r" | "af" | "debe" | "outflow" | "withdrawal amount" | "withdrawal amt" | "withdrawals amount" => Role::Debit,
        "credit" | "credito" | "creditos" | "depositos" | "deposito" | "ingresos" | "ingreso" | "receita" | "receitas" | "money in" | "paid in" | "deposits" | "deposit" | "abono" | "abonos" | "entrada" | "entradas"
        | "credit amount" | "credito r" | "haber" | "inflow" | "deposit amount" | "deposit amt" | "deposits amount" => Role::Credit,
        "af bij" | "debit credit" | "dr cr" | "credit debit indicator" | "cd" | "d c" => Role::Direction,
        "currency" | "moeda" | "divisa" | "moneda" | "ccy" | "waehrung" | "wahrung" => Role::Currency,
        "state" | "status" | "estado" | "situacao" | "situacion" => Role::Status,
        "transaction id" | "id" | "identificador" | "fitid" | "transferwise id" | "reference number" | "transaction reference"
        | "id da transacao" => Role::Id,
        "category" | "categoria" | "merchant category" | "merchant category description" | "rubro" => Role::Category,
        "type" | "tipo" => Role::Kind,
        "action" => Role::Description(1),
        "cargo abono" | "abono cargo" | "credito debito" | "debit credit flag" | "credit debit flag" | "dr cr flag" | "flag"
        | "debit credit indicator" | "tipo de movimiento" => Role::Direction,
        _ => {
            // "Date started (UTC)": a known name before a parenthesis keeps its rank.
            if let Some(role) = header.split_once('(').map(|(name, _)| name.trim()).filter(|name| !name.is_empty() && words(name).trim() != h).and_then(role_of).filter(|r| !matches!(r, Role::Amount(_))) {
                return Some(role);
            }
            // "Amount (EUR)", "Valor (R$)", "Crédito (R$)", "Débito (R$)": the word before the unit.
            if has("amount") || has("importe") || has("valor") || has("bedrag") {
                Role::Amount(1)
            } else if has("debito") || has("debit") || has("out") {
                Role::Debit
            } else if has("credito") || has("credit") || has("in") {
                Role::Credit
            } else if has("date") || has("fecha") || has("data") {
                Role::Date(3)
            } else if has("description") || has("descricao") || has("descripcion") || has("concepto") || has("omschrijving") {
                Role::Description(1)
            } else if has("name") || has("nome") || has("nombre") || has("merchant") || has("payee") {
                // "Source name" / "Target name" (Wise), "Merchant Name", "Payee Name".
                Role::Description(1)
            } else if has("status") || has("estatus") || has("state") || has("estado") || has("situacao") {
                // "Activity Status", "Estado de la operación".
                Role::Status
            } else if has("category") || has("categoria") {
                Role::Category
            } else if has("type") || has("tipo") || has("code") {
                Role::Ignore
            } else if names_a_currency(header) {
                Role::Amount(1)
            } else if let Some(role) = header.split_once('(').map(|(name, _)| name).filter(|name| !name.trim().is_empty()).and_then(role_of) {
                // "entradas (R$)", "saídas (R$)": the name before the unit.
                role
            } else {
                return None;
            }
        }
    })
}

/// A currency named in a header: "Amount (EUR)", "Valor (R$)", or a header that is only a
/// currency (RBC's "CAD$" and "USD$" columns, an Argentine card's "Pesos" and "Dólares").
pub(super) fn header_currency(header: &str, default: Currency) -> Option<Currency> {
    match header.split_once('(').and_then(|(_, rest)| rest.split_once(')')) {
        Some((inside, _)) => currency_from_symbol(inside, default),
        None => currency_header(header).or_else(|| currency_word_header(header, default)).or_else(|| {
            // The unit after the name: "Importe S/", "Importe US$", "Amount EUR".
            let (name, unit) = header.trim().rsplit_once(char::is_whitespace)?;
            let symbol = ["S/", "S/.", "US$", "U$S", "R$", "€", "£", "$"].contains(&unit) || currency_header(unit).is_some();
            (symbol && !name.trim().is_empty()).then(|| currency_from_symbol(unit, default)).flatten()
        }),
    }
}

/// The account's currency named in the lines above the header ("Moneda:;U$S", "Currency,EUR",
/// "Divisa: EUR"), when one names it.
pub(super) fn preamble_currency(preamble: &[Vec<String>], default: Currency) -> Option<Currency> {
    let is_label = |text: &str| [" moneda ", " currency ", " divisa ", " moeda ", " account currency "].contains(&words(text).as_str());
    preamble.iter().find_map(|record| {
        let cells: Vec<&str> = record.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
        cells.iter().enumerate().find_map(|(i, cell)| {
            // "Divisa: EUR" in one cell, or the label and the currency in two, in either order
            // (the file may be saved with its columns the other way round).
            if let Some((_, value)) = cell.split_once(':').filter(|(l, v)| is_label(l) && !v.trim().is_empty()) {
                return currency_from_symbol(value, default);
            }
            if !is_label(cell.trim_end_matches(':')) {
                return None;
            }
            let beside = [i.checked_add(1), i.checked_sub(1)];
            beside.into_iter().flatten().filter_map(|j| cells.get(j)).find_map(|value| currency_from_symbol(value, default))
        })
    })
}

/// A header that is a currency's name: "Dólares", "Euros", "Reais", "U$S", and "Pesos" when the
/// user's own currency is a peso.
fn currency_word_header(header: &str, default: Currency) -> Option<Currency> {
    const PESOS: &[&str] = &["ARS", "MXN", "CLP", "COP", "UYU", "DOP", "PHP"];
    let w = words(header);
    let named: Vec<&str> = w.split_whitespace().collect();
    // "Valor en pesos", "Importe en euros", "Amount in dollars": the currency after "in".
    let name = match named.as_slice() {
        [.., "en" | "em" | "in", last] => last,
        _ => w.trim(),
    };
    match currency_word(name)? {
        Some(currency) => Some(currency),
        None => PESOS.contains(&default.code()).then_some(default),
    }
}

/// The currency a word names: Some(None) for "pesos", whose peso is the user's own.
fn currency_word(name: &str) -> Option<Option<Currency>> {
    Some(match name {
        "dolares" | "dollars" | "u s" => Currency::parse("currency", "USD").ok(),
        "euros" => Some(Currency::EUR),
        "reais" => Some(Currency::BRL),
        "pesos" => None,
        _ => return None,
    })
}

/// Whether a header is only a currency's name or code (see [`currency_header`],
/// [`currency_word`]): a column of amounts in that currency.
fn names_a_currency(header: &str) -> bool {
    currency_header(header).is_some() || currency_word(words(header).trim()).is_some()
}

/// A header made of a currency alone: "CAD$", "$USD", "R$", "€", or a common ISO code.
pub(super) fn currency_header(header: &str) -> Option<Currency> {
    const COMMON: &[&str] = &["USD", "CAD", "EUR", "GBP", "BRL", "MXN", "AUD", "NZD", "CHF", "JPY", "ARS", "COP", "CLP"];
    let t = header.trim();
    let code = t.trim_matches('$');
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) && (t.contains('$') || COMMON.contains(&code)) {
        return Currency::parse("currency", code).ok();
    }
    matches!(t, "R$" | "US$" | "€" | "£").then(|| currency_from_symbol(t, Currency::USD)).flatten()
}

/// Columns a header names as dates, of any rank.
pub(super) fn date_columns(header: &[String]) -> Vec<usize> {
    header.iter().enumerate().filter(|(_, h)| matches!(role_of(h), Some(Role::Date(_)))).map(|(i, _)| i).collect()
}

/// Columns of the best-ranked amount role ("Valor (em US$)" and "Valor (em R$)" tie).
pub(super) fn amount_candidates(header: &[String]) -> Vec<usize> {
    let ranked: Vec<(u8, usize)> = header.iter().enumerate().filter_map(|(i, h)| match role_of(h) {
        Some(Role::Amount(p)) => Some((p, i)),
        _ => None,
    }).collect();
    let best = ranked.iter().map(|(p, _)| *p).min();
    ranked.into_iter().filter(|(p, _)| Some(*p) == best).map(|(_, i)| i).collect()
}

pub(super) fn columns_from_header(header: &[String]) -> (Columns, usize) {
    let mut cols = Columns::default();
    let mut best_date = u8::MAX;
    let mut best_amount = u8::MAX;
    let mut descriptions: Vec<(u8, usize)> = Vec::new();
    let mut named = 0;
    for (i, cell) in header.iter().enumerate() {
        let Some(role) = role_of(cell) else { continue };
        named += usize::from(role != Role::Ignore);
        match role {
            Role::Date(p) if p < best_date => {
                best_date = p;
                cols.date = Some(i);
            }
            Role::Amount(p) if p < best_amount => {
                best_amount = p;
                cols.amount = Some(i);
            }
            Role::Description(p) => descriptions.push((p, i)),
            Role::Debit if cols.debit.is_none() => cols.debit = Some(i),
            Role::Credit if cols.credit.is_none() => cols.credit = Some(i),
            Role::Direction if cols.direction.is_none() => cols.direction = Some(i),
            // The currency right after the amount wins (BBVA has one per money column).
            Role::Currency if cols.currency.is_none() || cols.amount.is_some_and(|a| a + 1 == i) => cols.currency = Some(i),
            Role::Status if cols.status.is_none() => cols.status = Some(i),
            Role::Id if cols.id.is_none() => cols.id = Some(i),
            Role::Category if cols.category.is_none() => cols.category = Some(i),
            Role::Kind if cols.kind.is_none() => cols.kind = Some(i),
            Role::Fee if cols.fee.is_none() => cols.fee = Some(i),
            _ => {}
        }
    }
    descriptions.sort();
    cols.description = descriptions.into_iter().map(|(_, i)| i).collect();
    (cols, named)
}

pub(super) fn is_header(record: &[String]) -> bool {
    let (cols, named) = columns_from_header(record);
    named >= 2 && cols.date.is_some() && (cols.amount.is_some() || cols.debit.is_some() || cols.credit.is_some())
}
