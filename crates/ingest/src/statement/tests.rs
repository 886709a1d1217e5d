//! The statement reader's unit tests: one layout or rule each, in the lines banks print.

use super::table::currency_header_positions;
use super::*;
use ozzie_core::Language;

fn ctx(lang: Language, currency: Currency, today: (i32, u32, u32)) -> Context {
    Context { language: lang, currency, today: NaiveDate::from_ymd_opt(today.0, today.1, today.2).expect("date") }
}

fn brief(p: &Parse) -> Vec<(String, i64, bool)> {
    p.transactions.iter().map(|t| (t.transaction_date.to_string(), t.amount_cents, t.is_income())).collect()
}

#[test]
fn the_seed_field_layout() {
    let text = "BANK STATEMENT\nDate: 2025-05-01\nMerchant: Amazon.com\nAmount: -$89.99\nDate: 2025-05-02\nMerchant: Netflix\nAmount: -$15.99";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 5, 5)));
    assert_eq!(brief(&p), vec![("2025-05-01".into(), 8999, false), ("2025-05-02".into(), 1599, false)]);
    assert_eq!(p.transactions[1].category, Category::Entertainment);
}

#[test]
fn a_column_per_currency_gives_each_amount_its_currency() {
    let text = "Resumen de cuenta - VISA                                   CIERRE ACTUAL: 26-Oct-27\n\
                PAGO MINIMO        $ 18.967,90\n\
                FECHA       DETALLE DE TRANSACCION                      PESOS      DÓLARES\n\
                            SALDO ANTERIOR                         685.430,12        0,00\n\
                28-Sep-27   SU PAGO EN PESOS                      -685.430,12\n\
                29-Sep-27   COTO SUC 045                            38.450,25\n\
                03-Oct-27   NETFLIX.COM                                              9,99\n\
                08-Oct-27   STEAMGAMES.COM 4259522985                               19,99\n";
    let p = parse(text, &ctx(Language::Es, Currency::parse("c", "ARS").expect("ARS"), (2027, 11, 8)));
    let got: Vec<(String, i64, &str)> = p.transactions.iter().map(|t| (t.transaction_date.to_string(), t.amount_cents, t.currency.code())).collect();
    assert_eq!(
        got,
        vec![
            ("2027-09-28".into(), 68_543_012, "ARS"),
            ("2027-09-29".into(), 3_845_025, "ARS"),
            ("2027-10-03".into(), 999, "USD"),
            ("2027-10-08".into(), 1999, "USD"),
        ]
    );
    assert!(p.transactions[0].is_income());
    // A table whose columns are not currencies is read as before.
    assert!(currency_header_positions("Date  Description  Debit  Credit  Balance", Currency::USD).is_none());
    assert!(currency_header_positions("Data  Histórico  Valor em R$  Valor em US$", Currency::BRL).is_some());
}

#[test]
fn whole_pesos_marks_in_their_own_column_and_lines_under_an_entry() {
    // A Chilean current account: whole pesos, debits and credits by column, a row paying a
    // card from the account (not a card statement).
    let cartola = "CARTOLA DE CUENTA CORRIENTE                 DESDE 01/05/2027 HASTA 31/05/2027\n\
                   FECHA    DETALLE                                      CHEQUES Y   DEPÓSITOS        SALDO\n\
                   \x20                                                    OTROS CARGOS    Y ABONOS        DIARIO\n\
                   03/05    TRANSFERENCIA DE MINERA CORDILLERA SPA                     1.980.000\n\
                   03/05    PAC ENEL DISTRIBUCION CHILE                       42.380                 2.321.835\n\
                   21/05    PAGO TARJETA DE CREDITO                          412.300                 1.909.535\n";
    let p = parse(cartola, &ctx(Language::Es, Currency::parse("c", "CLP").expect("CLP"), (2027, 6, 3)));
    assert_eq!(brief(&p), vec![("2027-05-03".into(), 1_980_000, true), ("2027-05-03".into(), 42_380, false), ("2027-05-21".into(), 412_300, false)]);

    // A Brazilian account statement: C/D in a column of their own, the payee on the line below.
    let extrato = "Lançamentos do período: 01/06/2027 a 30/06/2027\n\
                   Dia          Lote     Histórico                                   Valor R$\n\
                   01/06/2027   14020    Crédito Salário                             4.870,00    C\n\
                   \x20                     EMPRESA MINEIRA DE LOGISTICA LTDA\n\
                   02/06/2027   99015    Pix - Enviado                               1.600,00    D\n\
                   \x20                     02/06 08:30 IMOBILIARIA LAR DOCE LTDA\n\
                   03/06/2027   13018    Compra com Cartão                             187,42    D\n";
    let p = parse(extrato, &ctx(Language::Pt, Currency::BRL, (2027, 7, 3)));
    assert_eq!(brief(&p), vec![("2027-06-01".into(), 487_000, true), ("2027-06-02".into(), 160_000, false), ("2027-06-03".into(), 18_742, false)]);
    assert!(p.transactions[1].description.contains("LAR DOCE"), "{}", p.transactions[1].description);

    // An English statement of a Dutch bank: the direction as a word in its own column.
    let dutch = "Period 01-06-2027 to 30-06-2027\n\
                 01-06-2027   Bright Horizons BV        OV      Credit      3.284,12\n\
                 01-06-2027   Woonstichting De Kade     IC      Debit       1.125,00\n";
    let p = parse(dutch, &ctx(Language::En, Currency::EUR, (2027, 7, 2)));
    assert_eq!(brief(&p), vec![("2027-06-01".into(), 328_412, true), ("2027-06-01".into(), 112_500, false)]);
    assert!(!p.transactions[1].description.contains("Debit"));
}

#[test]
fn card_rows_opening_with_the_place_installments_and_card_holders() {
    // Chile's standard card layout: the place first, the month's installment last.
    let chile = "ESTADO DE CUENTA DE TARJETA DE CRÉDITO   PERÍODO FACTURADO DESDE 21/04/2027 HASTA 20/05/2027\n\
                 SANTIAGO       23/04/27     PAGO PESOS TEF                 -$ 385.420       -$ 385.420                 -$ 385.420\n\
                 LAS CONDES     15/01/27     FALABELLA PARQUE ARAUCO         $ 479.880        $ 479.880     04/06       $ 79.980\n\
                 \x20              20/05/27     INTERESES ROTATIVOS               $ 4.990          $ 4.990                    $ 4.990\n";
    let p = parse(chile, &ctx(Language::Es, Currency::parse("c", "CLP").expect("CLP"), (2027, 5, 25)));
    assert_eq!(brief(&p), vec![("2027-04-23".into(), 385_420, true), ("2027-01-15".into(), 79_980, false), ("2027-05-20".into(), 4_990, false)]);

    // A card holder's heading ends the "Payments and credits" section above it.
    let uk = "Statement period 24 April 2027 to 23 May 2027     Credit limit £5,500.00\n\
              Payments and credits\n\
              28 Apr     28 Apr     PAYMENT RECEIVED - THANK YOU             -612.40\n\
              \n\
              MR OWEN PRICE - card ending 3318\n\
              24 Apr     25 Apr     WAITROSE 712 CHELTENHAM                   64.18\n\
              23 May     23 May     INTEREST ON PURCHASES                      8.74\n";
    let p = parse(uk, &ctx(Language::En, Currency::GBP, (2027, 5, 28)));
    assert_eq!(brief(&p), vec![("2027-04-28".into(), 61_240, true), ("2027-04-24".into(), 6_418, false), ("2027-05-23".into(), 874, false)]);

    // A German bank's dates ("03.05.") and trailing minus signs.
    let german = "Period 01.05.2027 - 31.05.2027 Currency EUR\n\
                  03.05.      03.05.      Credit transfer                     3.412,56\n\
                  \x20                       Nordwerk Maschinenbau GmbH\n\
                  03.05.      03.05.      Standing order                      1.150,00-\n";
    let p = parse(german, &ctx(Language::En, Currency::EUR, (2027, 6, 2)));
    assert_eq!(brief(&p), vec![("2027-05-03".into(), 341_256, true), ("2027-05-03".into(), 115_000, false)]);
    assert!(p.transactions[0].description.contains("Nordwerk"));
}

#[test]
fn description_first_day_and_month_glued_document_numbers_and_a_summary_above_the_table() {
    // N26: the description first, then the date and the amount.
    let n26 = "01.03.2028 until 31.03.2028\n\
               Description                                  Booking date        Amount\n\
               Brightwater Analytics Ltd                    01.03.2028       +2,380.55€\n\
               Incoming transfer • Salary March\n\
               Tesco                                        02.03.2028          -48.63€\n";
    let p = parse(n26, &ctx(Language::En, Currency::EUR, (2028, 4, 3)));
    assert_eq!(brief(&p), vec![("2028-03-01".into(), 238_055, true), ("2028-03-02".into(), 4_863, false)]);

    // A Peruvian card: "26MAR".
    let peru = "Estado de cuenta - Tarjeta de Crédito      Período: 26/03/2028 al 25/04/2028\n\
                26MAR          27MAR          PLAZA VEA JAVIER PRADO                142.80\n\
                28MAR          28MAR          PAGO RECIBIDO - GRACIAS            -1,850.00\n";
    let p = parse(peru, &ctx(Language::Es, Currency::parse("c", "PEN").expect("PEN"), (2028, 5, 6)));
    assert_eq!(brief(&p), vec![("2028-03-26".into(), 14_280, false), ("2028-03-28".into(), 185_000, true)]);

    // A document number's column before the words, and the closing balance after it.
    let poupanca = "Período: 01/04/2028 a 30/04/2028\n\
                    Data Mov.      Nr. Doc.     Histórico                       Valor       Saldo\n\
                    01/04/2028     010426       CRED TEV                     1.000,00 C   4.412,55 C\n\
                    30/04/2028     000000       SALDO                                     4.443,58 C\n";
    let p = parse(poupanca, &ctx(Language::Pt, Currency::BRL, (2028, 5, 3)));
    assert_eq!(brief(&p), vec![("2028-04-01".into(), 100_000, true)]);
    assert_eq!(p.transactions[0].description, "CRED TEV");

    // The summary's "TOTAL ABONOS / TOTAL CARGOS" are not the table's columns.
    let ahorros = " SALDO ANTERIOR          TOTAL ABONOS          TOTAL CARGOS          SALDO ACTUAL\n\
                   DESDE: 2028/03/01 HASTA: 2028/03/31\n\
                   FECHA     DESCRIPCIÓN                                     VALOR           SALDO\n\
                   1/03      ABONO NOMINA SERVICIOS INTEGRALES SAS    2,450,000.00    2,937,650.12\n\
                   2/03      PAGO PSE ARRENDAMIENTOS LA 70           -1,850,000.00    1,087,650.12\n";
    let p = parse(ahorros, &ctx(Language::Es, Currency::parse("c", "COP").expect("COP"), (2028, 4, 5)));
    assert_eq!(brief(&p), vec![("2028-03-01".into(), 245_000_000, true), ("2028-03-02".into(), 185_000_000, false)]);
}

#[test]
fn codes_before_amounts_compact_dates_signs_and_cents_set_apart_and_foreign_amounts_first() {
    // A currency's code before the amount (Millennium).
    let pt = "Período: 2028/01/01 a 2028/01/31\n\
              Data Lanç.   Data Valor   Descrição                         Débito         Crédito        Saldo\n\
              2028/01/03   2028/01/03   COMPRA 4471 CONTINENTE BOM DIA    EUR 47,12                     EUR 2.120,61\n";
    let p = parse(pt, &ctx(Language::Pt, Currency::EUR, (2028, 2, 3)));
    assert_eq!(brief(&p), vec![("2028-01-03".into(), 4712, false)]);
    // A building society's "04JAN28".
    let uk = "STATEMENT OF YOUR SAVINGS ACCOUNTS - 01JAN28 TO 31MAR28\n\
              DATE        DETAILS                                WITHDRAWALS     DEPOSITS      BALANCE\n\
              04JAN28     TFR FROM BARCLAYS 20-45-77                                500.00    13,142.10\n\
              17JAN28     CASH WDL SALISBURY BRANCH                   200.00                  12,942.10\n";
    let p = parse(uk, &ctx(Language::En, Currency::GBP, (2028, 4, 3)));
    assert_eq!(brief(&p), vec![("2028-01-04".into(), 50_000, true), ("2028-01-17".into(), 20_000, false)]);
    // Cents a space apart ("3.187 ,50 C"), a minus set apart, a title naming two currencies.
    let br = "Período: 01/01/2028 a 31/01/2028\n\
              02/01/2028   020128   CRED SALARIO                 3.187 ,50 C\n\
              02/01/2028   771204   PAG BOLETO                     187 ,44 D     3.812 ,46 C\n";
    let p = parse(br, &ctx(Language::Pt, Currency::BRL, (2028, 2, 3)));
    assert_eq!(brief(&p), vec![("2028-01-02".into(), 318_750, true), ("2028-01-02".into(), 18_744, false)]);
    let ar = "Resumen de cuenta - Cuenta Corriente en Pesos y Caja de Ahorro en Dólares\n\
              Período: 01/01/28 al 31/01/28\n\
              02/01/28    ACRED. HABERES TECNOSUR SA                   2.185.400,00          2.327.587,33\n\
              02/01/28    IMP. LEY 25413 S/CREDITOS 0,6%          -      13.112,40          2.314.474,93\n";
    let p = parse(ar, &ctx(Language::Es, Currency::parse("c", "ARS").expect("ARS"), (2028, 2, 3)));
    let got: Vec<(i64, bool, &str)> = p.transactions.iter().map(|t| (t.amount_cents, t.is_income(), t.currency.code())).collect();
    assert_eq!(got, vec![(218_540_000, true, "ARS"), (1_311_240, false, "ARS")]);
    // The amount in the foreign currency first, then what was charged.
    let au = "Statement period 10 February 2028 to 9 March 2028   Credit limit $8,000.00\n\
              08 Mar      AMAZON MKTPLACE US SEATTLE USA (USD 44.99)          68.74\n\
              09 Mar      BOOKING.COM AMSTERDAM  USD 120.00                  185.02\n";
    let p = parse(au, &ctx(Language::En, Currency::parse("c", "AUD").expect("AUD"), (2028, 3, 14)));
    let got: Vec<(i64, &str)> = p.transactions.iter().map(|t| (t.amount_cents, t.currency.code())).collect();
    assert_eq!(got, vec![(6874, "AUD"), (18_502, "AUD")]);
}

#[test]
fn amounts_of_a_thousand_or_more_without_a_separator() {
    let text = "Statement period 01/01/2027 - 12/31/2027\n\
                Date    Description                         Amount      Balance\n\
                03/19   PURCHASE STORE 00001 CITY ST       -1868.97     2033.00\n\
                05/04   PAYROLL ACME CORP                   2500.00     4533.00\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2028, 1, 5)));
    assert_eq!(brief(&p), vec![("2027-03-19".into(), 186_897, false), ("2027-05-04".into(), 250_000, true)]);
}

#[test]
fn cents_in_a_cell_of_their_own_and_dates_months_after_today() {
    let text = "Credit Card Statement    Billing Period Dec 13, 2027 - Jan 12, 2028\n\
                Date     Description                                   Amount\n\
                Dec 13   STORE #0412 PITTSBURGH PA                      89 99\n\
                Dec 18   PROMO PURCHASE 12 MOS HOME                  1,249 00\n\
                Dec 21   RETURN STORE #0412                             45 00   CR\n\
                Jan 9    LATE FEE                                       30 00\n\
                Promotion                        Purchase Date    Expires        Balance\n\
                No Interest if Paid in Full      12/18/2027       12/18/2028   1,249 00\n\
                Interest is charged from the purchase date if not paid in full by 12/18/2028.\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2028, 1, 16)));
    assert_eq!(
        brief(&p),
        vec![("2027-12-13".into(), 8_999, false), ("2027-12-18".into(), 124_900, false), ("2027-12-21".into(), 4_500, true), ("2028-01-09".into(), 3_000, false)]
    );
    // Two such lines are a number in the description and a whole amount, not cents.
    let text = "Date    Description              Amount\n05/02   GATE 12 PARKING 10 00   5.00\n05/03   SHOP 7 22   12.50\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2028, 6, 1)));
    assert_eq!(brief(&p).len(), 2);
    assert_eq!(brief(&p)[0].1, 500);
}

#[test]
fn columns_with_years_from_the_period_in_january() {
    let text = "ACME BANK                       Statement period: 12/15/2024 - 01/14/2025\n\
                Date    Description                         Amount      Balance\n\
                12/16   WHOLEFDS MKT #10234                  -54.20     1,200.00\n\
                12/31   ACME PAYROLL DIRECT DEP            2,500.00     3,700.00\n\
                01/03   NETFLIX.COM                          -15.99     3,684.01\n\
                        Ending balance                                  3,684.01\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 2, 1)));
    assert_eq!(brief(&p), vec![("2024-12-16".into(), 5420, false), ("2024-12-31".into(), 250_000, true), ("2025-01-03".into(), 1599, false)]);
}

#[test]
fn month_name_dates_with_two_digit_years_and_slashes() {
    // "01 Mar 26": the 26 is the year, not the start of the description.
    let uk = "Statement period 01 March 2026 to 31 March 2026\n\
              Date        Description                       Type   Money In (£)   Money Out (£)   Balance (£)\n\
              01 Mar 26   BALANCE BROUGHT FORWARD                                                   1,482.54\n\
              02 Mar 26   SAINSBURYS S/MKTS BRISTOL          DEB                           43.18   1,439.36\n\
              20 Mar 26   KESTREL SYSTEMS LTD SALARY         BGC      2,734.62                     4,173.98\n";
    let p = parse(uk, &ctx(Language::En, Currency::GBP, (2026, 4, 2)));
    assert_eq!(brief(&p), vec![("2026-03-02".into(), 4318, false), ("2026-03-20".into(), 273_462, true)]);
    assert!(p.transactions[0].description.starts_with("SAINSBURYS"));
    // "03/JUN" with the year only in the period.
    let mx = "Periodo: DEL 01/06/2025 AL 30/06/2025\n\
              FECHA OPER FECHA LIQ   DESCRIPCIÓN                      CARGOS       ABONOS        SALDO\n\
              02/JUN     02/JUN      SPEI RECIBIDO NOMINA                          14,350.00     22,584.15\n\
              03/JUN     04/JUN      WALMART EXPRESS INSURGENTES       967.40                    21,616.75\n";
    let p = parse(mx, &ctx(Language::Es, Currency::MXN, (2025, 7, 3)));
    assert_eq!(brief(&p), vec![("2025-06-02".into(), 1_435_000, true), ("2025-06-03".into(), 96_740, false)]);
}

#[test]
fn debit_and_credit_columns_in_portuguese() {
    let text = "Extrato   Período: 01/05/2025 a 31/05/2025\n\
                Data      Histórico                        Débito        Crédito          Saldo\n\
                02 MAI    PAG*PADARIA REAL                  25,50                      974,50\n\
                05 MAI    TED RECEBIDA ACME                            3.200,00      4.174,50\n\
                13 MAI    ENEL CONTA DE LUZ                180,35                    3.994,15\n\
                          SALDO DO DIA                                               3.994,15\n";
    let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2025, 6, 3)));
    assert_eq!(brief(&p), vec![("2025-05-02".into(), 2550, false), ("2025-05-05".into(), 320_000, true), ("2025-05-13".into(), 18_035, false)]);
}

#[test]
fn only_money_in_marked_cr() {
    let text = "Statement Period: 01 March 2026 to 31 March 2026\n\
                Date          Description                                  Amount            Balance\n\
                              Opening Balance                                             12,874.33Cr\n\
                02 Mar        Salary Cape Peninsula University          28,940.00Cr       41,814.33Cr\n\
                03 Mar        POS Purchase Woolworths Cavendish          1,245.60         40,568.73Cr\n\
                31 Mar        Credit Interest                                8.45Cr       40,577.18Cr\n";
    let p = parse(text, &ctx(Language::En, Currency::parse("c", "ZAR").expect("zar"), (2026, 4, 5)));
    assert_eq!(brief(&p), vec![("2026-03-02".into(), 2_894_000, true), ("2026-03-03".into(), 124_560, false), ("2026-03-31".into(), 845, true)]);
}

#[test]
fn sections_and_paid_checks_give_the_direction() {
    let text = "October 10, 2025 through November 7, 2025\n\
                DEPOSITS AND ADDITIONS\n\
                DATE          DESCRIPTION                                  AMOUNT\n\
                10/15         Payroll Deposit Mayo Clinic               $2,486.12\n\
                10/22         Zelle Payment From Ahmed Hassan              $60.00\n\
                              Total Deposits And Additions              $2,546.12\n\
                \n\
                CHECKS PAID\n\
                1204 ^                           10/14                  $1,275.00\n\
                \n\
                ATM & DEBIT CARD WITHDRAWALS\n\
                10/11         Card Purchase Hy-Vee Rochester              $132.47\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 11, 10)));
    assert_eq!(
        brief(&p),
        vec![("2025-10-15".into(), 248_612, true), ("2025-10-22".into(), 6000, true), ("2025-10-14".into(), 127_500, false), ("2025-10-11".into(), 13_247, false)]
    );
    assert_eq!(p.transactions[2].description, "Check 1204");
}

#[test]
fn a_period_ending_days_after_today_keeps_its_year() {
    let text = "Statement Period: 04/15/2025 - 05/14/2025\n\
                Date    Description                                   Amount      Balance\n\
                04/30   ACME CORP PAYROLL DIR DEP                   2,850.00     7,001.07\n\
                05/09   ATM WITHDRAWAL 1ST ST                         -100.00     6,901.07\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 5, 5)));
    assert_eq!(brief(&p), vec![("2025-04-30".into(), 285_000, true), ("2025-05-09".into(), 10_000, false)]);
}

#[test]
fn paid_checks_dated_first_two_to_a_line() {
    let text = "for March 1, 2028 to March 31, 2028\n\
                Checks\n\
                Date        Check #        Amount           Date        Check #       Amount\n\
                03/03/28    1041         1,650.00           03/10/28    1042           85.00\n\
                03/22/28    1044*          120.00\n\
                Daily ledger balances\n\
                03/01       4,249.50      03/02     4,165.38\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2028, 4, 2)));
    assert_eq!(brief(&p), vec![("2028-03-03".into(), 165_000, false), ("2028-03-10".into(), 8_500, false), ("2028-03-22".into(), 12_000, false)]);
    assert_eq!(p.transactions[2].description, "Check 1044");
}

#[test]
fn descriptions_ending_with_amounts_of_their_own() {
    let text = "Periodo: 16/12/2027 - 15/01/2028\n\
                Fecha Oper.   Concepto                                              Importe       Saldo\n\
                16/12/2027    Compra Carrefour Express, Tarjeta 4940, Comision 0,00   -32,88    1.809,22\n\
                19/12/2027    Bizum De Laura Gil Concepto Cena 23,50                   23,50    1.832,72\n\
                22/12/2027    Transferencia A Favor De Pablo Ruiz Loteria 20,00       -20,00    1.812,72\n";
    let p = parse(text, &ctx(Language::Es, Currency::EUR, (2028, 1, 20)));
    assert_eq!(brief(&p), vec![("2027-12-16".into(), 3_288, false), ("2027-12-19".into(), 2_350, true), ("2027-12-22".into(), 2_000, false)]);
    assert!(p.transactions[0].description.ends_with("Comision 0,00"), "{}", p.transactions[0].description);
}

#[test]
fn amounts_marked_cr_and_db() {
    let text = "DEL 01/01/28 AL 31/01/28\n\
                FECHA    DESCRIPCION                         MED          MONTO          SALDO\n\
                02/01    ABONO REMUNERACION ALICORP SAA      BAT    3,850.00 CR       5,064.55\n\
                02/01    ITF                                 BAT        0.15 DB       5,064.40\n";
    let p = parse(text, &ctx(Language::Es, Currency::parse("currency", "PEN").unwrap_or(Currency::USD), (2028, 2, 3)));
    assert_eq!(brief(&p), vec![("2028-01-02".into(), 385_000, true), ("2028-01-02".into(), 15, false)]);
}

#[test]
fn a_card_holders_subtotal_is_not_a_purchase() {
    let text = "Emissão 02/02/2028\n\
                Fatura do cartão\n\
                LUCAS M FERREIRA (final 2231)\n\
                DATA     ESTABELECIMENTO                      VALOR EM R$\n\
                04/01    SUPERMERCADO ANGELONI                     287,44\n\
                09/01    RAIA DROGASIL                              56,30\n\
                24/01    ESTORNO RAIA DROGASIL                     -21,30\n\
                         Lançamentos no cartão (final 2231)        322,44\n\
                ANA P FERREIRA (final 7781)\n\
                07/01    PADARIA PAO QUENTE                         32,50\n\
                27/01    CINEMARK FLORIPA                           72,00\n\
                         Lançamentos no cartão (final 7781)        104,50\n";
    let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2028, 2, 5)));
    let amounts: Vec<i64> = brief(&p).into_iter().map(|t| t.1).collect();
    assert_eq!(amounts, vec![28_744, 5_630, 2_130, 3_250, 7_200]);
}

#[test]
fn a_detail_line_under_an_entry_is_not_an_entry() {
    let text = [
        "Período: 2028/01/01 a 2028/01/31",
        "Data Lanç.   Descrição                                 Débito         Crédito",
        "2028/01/10   MB WAY DE SOFIA CARVALHO                                 EUR 28,50",
        "                JANTAR 28,50",
        "2028/01/12   COMPRA 4471 FARMACIA ESTACAO            EUR 19,35",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::Pt, Currency::EUR, (2028, 2, 3)));
    assert_eq!(brief(&p), vec![("2028-01-10".into(), 2_850, true), ("2028-01-12".into(), 1_935, false)]);
    assert!(p.transactions[0].description.ends_with("JANTAR 28,50"), "{}", p.transactions[0].description);
}

#[test]
fn a_brokerages_sweeps_move_cash_within_the_account() {
    let text = "Statement for January 1 - 31, 2028\n\
                Date     Activity        Description                                   Amount\n\
                Jan 3    Deposit         ACH IN FROM FIRST LAKES BANK              USD 2,500.00\n\
                Jan 4    Debit Card      WHOLE FOODS MARKET #10482                   USD -118.43\n\
                Jan 31   Interest        BANK DEPOSIT SWEEP PROGRAM INTEREST           USD 3.87\n\
                CORE SWEEP ACTIVITY\n\
                Jan 3    Sweep In        TRANSFER TO BANK DEPOSIT SWEEP            USD 2,500.00\n\
                Jan 5    Sweep Out       TRANSFER FROM BANK DEPOSIT SWEEP         USD -1,980.00\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2028, 2, 3)));
    assert_eq!(brief(&p), vec![("2028-01-03".into(), 250_000, true), ("2028-01-04".into(), 11_843, false), ("2028-01-31".into(), 387, true)]);
}

#[test]
fn a_table_of_installment_plans_is_not_this_periods_purchases() {
    let text = "Periodo: 01.01.28 - 31.01.28\n\
                Fecha        Concepto                                          Importe EUR\n\
                03.01.28     BONPREU ESCLAT GRACIA                                   67,32\n\
                07.01.28     CUOTA 3 DE 12 COMPRA 14.11.27 MEDIAMARKT                70,00\n\
                COMPRAS APLAZADAS\n\
                Fecha compra   Comercio                 Importe inicial   Cuotas   Cuota   Pendiente\n\
                14.11.27       MEDIAMARKT DIAGONAL MAR           840,00     3/12   70,00      630,00\n\
                IMPORTE A PAGAR\n";
    let p = parse(text, &ctx(Language::Es, Currency::EUR, (2028, 2, 3)));
    assert_eq!(brief(&p), vec![("2028-01-03".into(), 6_732, false), ("2028-01-07".into(), 7_000, false)]);
}

#[test]
fn a_card_with_weekdays_before_its_dates_and_money_in_and_out_columns() {
    let text = "Credit Card statement    15 December 2029 to 14 January 2030\n\
                Minimum payment   £25.00\n\
                Date          Description                          Money in       Money out\n\
                Sat 15 Dec    SAINSBURY'S S/MKT LEEDS                                 £54.37\n\
                Tue 18 Dec    Payment, thank you                   £612.48\n\
                Wed 2 Jan     BOOTS 1123 LEEDS                                        £12.49\n";
    let p = parse(text, &ctx(Language::En, Currency::GBP, (2030, 1, 17)));
    assert_eq!(brief(&p), vec![("2029-12-15".into(), 5_437, false), ("2029-12-18".into(), 61_248, true), ("2030-01-02".into(), 1_249, false)]);
}

#[test]
fn the_amount_before_the_description_and_a_day_and_month_apart() {
    let text = "INFORME DEL MES: FEBRERO / 2030\n\
                Fecha                 Valor          Doc.    Clase de Movimiento                      Oficina\n\
                01 02      $ 4,250,000.00+           0000    Abono Nomina TRANSPORTES ANDINOS SAS     CANALES\n\
                03 02        $ 187,430.00-           0412    Compra Debito EXITO COLINA               BOGOTA\n";
    let p = parse(text, &ctx(Language::Es, Currency::parse("c", "COP").expect("cop"), (2030, 3, 4)));
    assert_eq!(brief(&p), vec![("2030-02-01".into(), 425_000_000, true), ("2030-02-03".into(), 18_743_000, false)]);
    assert!(p.transactions[1].description.starts_with("Compra Debito EXITO"), "{}", p.transactions[1].description);
}

#[test]
fn scheduled_entries_and_a_table_of_checks_already_listed() {
    let text = "Período 01/10/2028 a 31/10/2028\n\
                30/10    REND APLIC AUTOMATICA                    000002           4,87\n\
                31/10    COMPRA CARTAO DEB PAO DE ACUCAR          555981       154,28-\n\
                LANÇAMENTOS FUTUROS         (sujeitos a alteração até a data do débito)\n\
                05/11    PAGTO AGENDADO BOLETO COND ED AURORA     872644       890,00-\n\
                         TOTAL DE LANÇAMENTOS FUTUROS                        890,00-\n";
    let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2028, 11, 20)));
    assert_eq!(brief(&p), vec![("2028-10-30".into(), 487, true), ("2028-10-31".into(), 15_428, false)]);
    let text = "December 1, 2029 to January 15, 2030\n\
                12/18      POS Debit KING SOOPERS #0117 DENVER CO          96.43       4,064.52\n\
                12/19      Draft 1187                                     850.00       3,214.52\n\
                DRAFTS CLEARED\n\
                Draft No.   Date      Amount\n\
                1187               12/19          850.00\n\
                1188               01/03           75.00\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2030, 1, 20)));
    let amounts: Vec<i64> = brief(&p).into_iter().map(|t| t.1).collect();
    assert_eq!(amounts, vec![9_643, 85_000, 7_500]);
}

#[test]
fn a_totals_row_under_the_last_day_is_no_entry() {
    // A big US bank's checking: the ending daily balance on a day's last row, then the
    // columns' "Totals" under the last day (lines kept whole: their indent is the layout).
    let text = [
        "Transaction history",
        "Date    Number  Description                                   Deposits/Additions  Withdrawals/Subtractions  Ending daily balance",
        "3/1             Purchase authorized on 02/28 Safeway #1234                              84.12",
        "3/3             Acme Corp Payroll 030330 0004567                   2,450.00                            4,268.40",
        "3/31            Monthly Service Fee                                                     10.00          4,258.40",
        "                Ending balance on 3/31                                                                 4,258.40",
        "                Totals                                            $2,450.00            $94.12",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::En, Currency::USD, (2030, 4, 3)));
    // (The purchase authorized on 02/28 is dated that day, booked on 3/1.)
    assert_eq!(brief(&p), vec![("2030-02-28".into(), 8412, false), ("2030-03-03".into(), 245_000, true), ("2030-03-31".into(), 1000, false)]);
}

#[test]
fn lines_grouped_under_a_day_and_its_totals() {
    let text = "Extrato da conta   01 DE JULHO DE 2026 a 31 DE JULHO DE 2026\n\
                \n\
                01 JUL 2026                Total de entradas                              + 5.600,00\n\
                \x20                          Transferência recebida pelo Pix   HOSPITAL      5.600,00\n\
                \x20                          Total de saídas                                - 1.950,00\n\
                \x20                          Transferência enviada pelo Pix    IMÓVEIS LTDA  1.950,00\n\
                \n\
                03 JUL 2026                Total de saídas                                  - 23,80\n\
                \x20                          Compra no débito                  Padaria         23,80\n\
                \n\
                Bank charges summary\n\
                \x20                          Tarifa do mês                                   12,00\n";
    let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2026, 8, 3)));
    assert_eq!(brief(&p), vec![("2026-07-01".into(), 560_000, true), ("2026-07-01".into(), 195_000, false), ("2026-07-03".into(), 2380, false)]);
}

#[test]
fn a_days_groups_apart_by_blank_lines_and_over_a_page_break() {
    let text = "Extrato   01 DE ABRIL DE 2032 a 30 DE ABRIL DE 2032\n\
                \n\
                01 ABR 2032          Total de entradas                                + 4.200,00\n\
                \x20                    Transferência recebida pelo Pix                    4.200,00\n\
                \x20                    TECNOVA SOLUCOES LTDA\n\
                \n\
                \x20                    Total de saídas                                  - 1.600,00\n\
                \x20                    Transferência enviada pelo Pix                     1.600,00\n\
                \x20                    IMOBILIARIA PRIMAVERA LTDA\n\
                \n\
                \x20                    Compra no débito                                      23,50\n\
                \x20                    PADARIA SAO JORGE\n\
                \n\
                \n\
                Extrato gerado dia 03 de maio de 2032                                          1 de 2\n\
                nuvia                                                              ANA CAROLINA\n\
                \x20                    Total de saídas                                    - 312,45\n\
                \x20                    Compra no débito                                     312,45\n\
                \x20                    SUPERMERCADOS BH\n";
    let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2032, 5, 3)));
    assert_eq!(
        brief(&p),
        vec![("2032-04-01".into(), 420_000, true), ("2032-04-01".into(), 160_000, false), ("2032-04-01".into(), 2350, false), ("2032-04-01".into(), 31_245, false)]
    );
    assert_eq!(p.transactions[3].description, "Compra no débito SUPERMERCADOS BH");
}

#[test]
fn posting_dates_marked_with_a_star_and_a_cards_credit_line_beside_a_date() {
    let text = "ESTADO DE CUENTA DE TARJETA DE CRÉDITO\n\
                FECHA ESTADO DE CUENTA     20/01/2032       CUPO DISPONIBLE           US$ 1.546,13\n\
                PERÍODO FACTURADO          21/12/2031 AL 20/01/2032\n\
                12/30/31*         REI #11 SEATTLE WA                                      -$89.95\n\
                12/11/31          WHOLE FOODS MARKET #10234 SEATTLE WA                    $127.43\n\
                01/05/32*         SAFEWAY #1543 SEATTLE WA                                 $96.14\n";
    let p = parse(text, &ctx(Language::En, Currency::USD, (2032, 1, 20)));
    assert_eq!(brief(&p), vec![("2031-12-30".into(), 8995, true), ("2031-12-11".into(), 12_743, false), ("2032-01-05".into(), 9614, false)]);
}

#[test]
fn a_days_heading_with_its_balance_and_the_description_before_two_short_dates() {
    let text = "Período: 01/09/2032 a 30/09/2032\n\
                Descrição                                                          Valor            Saldo\n\
                1 de setembro de 2032                                        Saldo do dia: R$ 3.200,35\n\
                \x20  Pix recebido: \"JOAO PEDRO ALVES\"                      R$ 350,00       R$ 3.224,15\n\
                \x20  Compra no débito: \"PADARIA REAL\"                      -R$ 23,80       R$ 3.200,35\n";
    let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2032, 10, 2)));
    assert_eq!(brief(&p), vec![("2032-09-01".into(), 35_000, true), ("2032-09-01".into(), 2380, false)]);
    let text = "Del 01/10/2032 al 31/10/2032\n\
                Concepto                                  Fecha    Fecha valor   Importe (€)   Saldo (€)\n\
                SALDO ANTERIOR                            30/09                                  2.143,18\n\
                RECIBO IBERDROLA CLIENTES SAU             05/10    05/10            -78,41       1.095,35\n\
                \x20  Ref. mandato 000ES2201188\n\
                BIZUM DE JAVIER MOLINA RUIZ               07/10    07/10             22,50       1.117,85\n";
    let p = parse(text, &ctx(Language::Es, Currency::EUR, (2032, 11, 2)));
    assert_eq!(brief(&p), vec![("2032-10-05".into(), 7841, false), ("2032-10-07".into(), 2250, true)]);
}

#[test]
fn the_amount_in_the_money_columns_not_the_original_before_them() {
    let text = "Extrato de Cartão de Crédito   Período: 16/12/2032 a 15/01/2033\n\
                Data    Data    Descritivo                         Moeda     Valor       Débito     Crédito\n\
                Mov.    Valor                                                Orig.       (EUR)      (EUR)\n\
                16/12   17/12   CONTINENTE BOM DIA                                       68,42\n\
                18/12   18/12   PAGAMENTO POR DEBITO EM CONTA                                       723,15\n\
                20/12   21/12   AMAZON.COM AMZN.COM/BILL WA US     USD       64,99       62,31\n";
    let p = parse(text, &ctx(Language::Pt, Currency::EUR, (2033, 1, 16)));
    assert_eq!(brief(&p), vec![("2032-12-16".into(), 6842, false), ("2032-12-18".into(), 72_315, true), ("2032-12-20".into(), 6231, false)]);
}

#[test]
fn a_statement_read_the_same_however_far_in_its_text_starts() {
    let text = "Extrato da conta   01 DE JULHO DE 2026 a 31 DE JULHO DE 2026\n\
                \n\
                01 JUL 2026                Total de entradas                              + 5.600,00\n\
                \x20                          Transferência recebida pelo Pix   HOSPITAL      5.600,00\n\
                \x0c03 JUL 2026                Total de saídas                                  - 23,80\n\
                \x20                          Compra no débito                  Padaria         23,80\n\
                Bank charges summary\n\
                \x20                          Tarifa do mês                                   12,00\n";
    let at_margin = parse(text, &ctx(Language::Pt, Currency::BRL, (2026, 8, 3)));
    assert_eq!(brief(&at_margin), vec![("2026-07-01".into(), 560_000, true), ("2026-07-03".into(), 2380, false)]);
    let indented: String = text.lines().map(|l| match l.strip_prefix('\u{c}') { Some(rest) => format!("\u{c}      {rest}\n"), None => format!("      {l}\n") }).collect();
    assert_eq!(brief(&parse(&indented, &ctx(Language::Pt, Currency::BRL, (2026, 8, 3)))), brief(&at_margin));
}

#[test]
fn ordinal_days_reference_numbers_first_and_a_second_account_in_dollars() {
    let gbp = Currency::parse("c", "GBP").expect("gbp");
    let text = "Your account summary for 1st Mar 2033 to 31st Mar 2033\n\
                Date              Description                                   Money in       Money out           Balance\n\
                2nd Mar           CARD PAYMENT TO TESCO STORES 2217                                 41.86          1,123.81\n\
                3rd Mar           FASTER PAYMENTS RECEIPT FROM HARBOUR          2,386.40                           3,510.21\n\
                \x20                                                                          Continued on next page\n";
    let p = parse(text, &ctx(Language::En, gbp, (2033, 4, 2)));
    assert_eq!(brief(&p), vec![("2033-03-02".into(), 4186, false), ("2033-03-03".into(), 238_640, true)]);
    assert_eq!(p.transactions[1].description, "FASTER PAYMENTS RECEIPT FROM HARBOUR");
    let cad = Currency::parse("c", "CAD").expect("cad");
    let text = "Credit card statement period Dec 19, 2033 - Jan 18, 2034\n\
                001        Dec 19        Dec 20         METRO 612 HALIFAX NS                      87.34\n\
                003        Dec 21        Dec 21         PAYMENT FROM - *****22*1187            1,480.22-\n\
                \x20                                            SUB-TOTAL CREDITS              1,480.22-\n";
    assert_eq!(brief(&parse(text, &ctx(Language::En, cad, (2034, 1, 20)))), vec![("2033-12-19".into(), 8734, false), ("2033-12-21".into(), 148_022, true)]);
    let uyu = Currency::parse("c", "UYU").expect("uyu");
    let text = "Período: 01/08/2033 al 31/08/2033\n\
                \x20CAJA DE AHORRO $ (PESOS URUGUAYOS) N° 001-2284417-00001\n\
                FECHA      DESCRIPCIÓN                          DÉBITOS         CRÉDITOS           SALDO\n\
                02-AGO     COMPRA DEBITO TATA 224 POCITOS       1.842,50                       87.821,90\n\
                \x20CAJA DE AHORRO U$S (DÓLARES ESTADOUNIDENSES) N° 001-2284417-00002\n\
                FECHA      DESCRIPCIÓN                          DÉBITOS         CRÉDITOS           SALDO\n\
                03-AGO     COMPRA DE DOLARES A $ 40,15                          1.000,00        4.500,00\n";
    let p = parse(text, &ctx(Language::Es, uyu, (2033, 9, 2)));
    assert_eq!(brief(&p), vec![("2033-08-02".into(), 184_250, false), ("2033-08-03".into(), 100_000, true)]);
    assert_eq!(p.transactions.iter().map(|t| t.currency.code().to_string()).collect::<Vec<_>>(), ["UYU", "USD"]);
}

#[test]
fn checks_with_the_banks_reference_and_a_table_of_balances_by_day() {
    let text = "Statement Period: Feb 13, 2034 through Mar 14, 2034\n\
                Checks Presented Conventionally\n\
                Check           Date                Ref Number                               Amount\n\
                1184            Feb 24              8324070856                               450.00-\n\
                Balance Summary\n\
                Date                       Ending Balance                   Date                        Ending Balance\n\
                Feb 14                              2,323.66                Feb 24                               3,900.58\n\
                Feb 15                              4,507.96                Feb 27                               3,800.58\n";
    assert_eq!(brief(&parse(text, &ctx(Language::En, Currency::USD, (2034, 3, 20)))), vec![("2034-02-24".into(), 45_000, false)]);
}

#[test]
fn empty_cells_written_blank_and_the_day_processed_before_the_day_paid() {
    let gbp = Currency::parse("c", "GBP").expect("gbp");
    let text = "01 April 2034 to 30 April 2034\n\
                Date             Description                      Type      Money In (£)     Money Out (£)        Balance (£)\n\
                01 Apr 34        GREENFIELD LETTINGS RENT         SO               blank         850.00             954.57\n\
                02 Apr 34        TESCO STORES 3217                DEB              blank          43.86             910.71\n\
                04 Apr 34        PRIYA NAIR DINNER SPLIT          FPI              23.50            blank            934.21\n";
    assert_eq!(
        brief(&parse(text, &ctx(Language::En, gbp, (2034, 5, 2)))),
        vec![("2034-04-01".into(), 85_000, false), ("2034-04-02".into(), 4386, false), ("2034-04-04".into(), 2350, true)]
    );
    let aud = Currency::parse("c", "AUD").expect("aud");
    let text = "Visa statement   Statement Period 14/05/2034 - 13/06/2034\n\
                Date              Date of             Card       Transaction Details               Amount ($)\n\
                Processed         Transaction         Used\n\
                14/05/2034        12/05/2034          4471       WOOLWORTHS 3312 NEWTOWN NSW         $87.45\n\
                15/05/2034        15/05/2034          4471       PAYMENT - THANKYOU              $1,000.00 CR\n";
    assert_eq!(brief(&parse(text, &ctx(Language::En, aud, (2034, 6, 14)))), vec![("2034-05-12".into(), 8745, false), ("2034-05-15".into(), 100_000, true)]);
}

#[test]
fn withdrawals_named_giros_and_a_last_column_in_uf() {
    let clp = Currency::parse("c", "CLP").expect("clp");
    let text = "CUENTA DE AHORRO PARA LA VIVIENDA   Período: 01/01/2034 al 30/06/2034\n\
                FECHA        N° OPERACIÓN     DESCRIPCIÓN                       GIROS $          DEPÓSITOS $     SALDO $        SALDO UF\n\
                05/01        7730412          DEPOSITO PAC CTA CTE                                80.000    1.922.300           41,3184\n\
                22/04        7886988          GIRO SUC. PROVIDENCIA             200.000                         2.117.914           45,4269\n";
    assert_eq!(brief(&parse(text, &ctx(Language::Es, clp, (2034, 7, 2)))), vec![("2034-01-05".into(), 80_000, true), ("2034-04-22".into(), 200_000, false)]);
}

#[test]
fn the_direction_named_after_the_amount_in_a_word_or_a_letter() {
    let text = "Extrato de Conta Corrente   Período: 01/06/2026 a 30/06/2026\n\
                Data              Lançamento              Nº documento             Valor     Tipo Lançamento\n\
                01/06/2026        Pix - Recebido JOAO     60101                  350,00      Entrada\n\
                01/06/2026        Pagamento de Boleto     60102                  187,64      Saída   \n";
    assert_eq!(brief(&parse(text, &ctx(Language::Pt, Currency::BRL, (2026, 7, 2)))), vec![("2026-06-01".into(), 35_000, true), ("2026-06-01".into(), 18_764, false)]);
    // On a card statement a D is a charge, a C a payment, as printed.
    let text = "Extrato de Cartão de Crédito   Período: 16/06/2026 a 15/07/2026\n\
                17/07/2026   PAGAMENTO POR TRANSFERENCIA OBRIGADO            642,18 C\n\
                18/07/2026   CONTINENTE BOM DIA ALVALADE LISBOA               58,73 D\n";
    assert_eq!(brief(&parse(text, &ctx(Language::Pt, Currency::EUR, (2026, 7, 20)))), vec![("2026-07-17".into(), 64_218, true), ("2026-07-18".into(), 5873, false)]);
    // The settlement day in a last column.
    let text = "Statement period: 01/01/2026 - 01/31/2026\n\
                TRANSACTION DATE          DESCRIPTION                        TYPE            AMOUNT      NET AMOUNT     SETTLEMENT\n\
                01/03/2026                Kroger #0412 Columbus OH           Purchase       -$86.41         -$86.41     01/05/2026\n";
    assert_eq!(brief(&parse(text, &ctx(Language::En, Currency::USD, (2026, 2, 2)))), vec![("2026-01-03".into(), 8641, false)]);
}

#[test]
fn entries_over_two_lines_and_a_date_printed_once_a_day() {
    let text = "1 November to 30 November 2026\n\
                Date        Payment type and details                         Paid out        Paid in          Balance\n\
                01 Nov 26   BALANCE BROUGHT FORWARD                                                           732.15\n\
                02 Nov 26   CR        MEDILINK HEALTHCARE LTD\n\
                \x20                     SALARY NOV                                          2,453.10\n\
                \x20           SO        R OKAFOR\n\
                \x20                     RENT NOV                             850.00\n\
                \x20           )))       TESCO STORES 2104\n\
                \x20                     STOCKPORT                             23.14                      2,312.11\n\
                03 Nov 26   DD        UNITED UTILITIES                        36.40                      2,275.71\n\
                \x20           BALANCE CARRIED FORWARD                                                       2,275.71\n";
    let p = parse(text, &ctx(Language::En, Currency::parse("c", "GBP").expect("gbp"), (2026, 12, 2)));
    assert_eq!(
        brief(&p),
        vec![("2026-11-02".into(), 245_310, true), ("2026-11-02".into(), 85_000, false), ("2026-11-02".into(), 2314, false), ("2026-11-03".into(), 3640, false)]
    );
    assert_eq!(p.transactions[2].description, "TESCO STORES 2104 STOCKPORT");
}

#[test]
fn a_days_date_printed_once_goes_on_over_a_page_break_and_foreign_amounts_under_an_entry() {
    let text = "Your statement                                                      14 Feb - 13 Mar 2026\n\
                Date      Description                               Money out £    Money in £    Balance £\n\
                3 Mar     Card Payment to Pret A Manger                    9.45\n\
                \x20         On 03 Mar\n\
                \n\
                \x20                                      Continued                     Page 1 of 2\n\
                Your statement                                                      14 Feb - 13 Mar 2026\n\
                Date      Description                               Money out £    Money in £    Balance £\n\
                \n\
                \x20         Refund From Asos.com                                          34.00      2,268.75\n\
                10 Mar    Card Payment to Cafe Lumiere Paris              36.75\n\
                \x20         42.50 EUR, Rate 1.1565, On 10 Mar\n\
                \x20         Non-Sterling Transaction Fee                     1.01                    2,190.99\n\
                \n\
                Other accounts\n\
                Date      Description                               Money out £    Money in £    Balance £\n\
                \x20         Interest earned this year                                       4.10\n";
    let p = parse(text, &ctx(Language::En, Currency::parse("c", "GBP").expect("gbp"), (2026, 3, 20)));
    assert_eq!(
        brief(&p),
        vec![("2026-03-03".into(), 945, false), ("2026-03-03".into(), 3400, true), ("2026-03-10".into(), 3675, false), ("2026-03-10".into(), 101, false)]
    );
    assert_eq!(p.transactions[0].description, "Card Payment to Pret A Manger On 03 Mar");
}

#[test]
fn paid_in_before_withdrawn_with_their_unit_in_the_heading() {
    let text = "Date                  Description                                    Paid In(£)        Withdrawn(£)      Balance(£)\n\
                04 May 2027           Card Transaction 4471 04MAY27 , CAFE VERDE                        32.96         2,602.64\n\
                06 May 2027           Automated Credit H CLARKE , DINNER SPLIT         22.50                           2,624.23\n";
    let p = parse(text, &ctx(Language::En, Currency::parse("c", "GBP").expect("gbp"), (2027, 5, 20)));
    assert_eq!(brief(&p), vec![("2027-05-04".into(), 3296, false), ("2027-05-06".into(), 2250, true)]);
}

#[test]
fn the_date_after_the_amounts_and_before_the_balance() {
    let text = "Statement Period:       MAY 31/27 - JUN 30/27\n\
                Description                          Withdrawals         Deposits       Date          Balance\n\
                STARTING BALANCE                                                        MAY31         2,913.44\n\
                LCT ATM W/D 004471                        100.00                        JUN01\n\
                E-TRANSFER ***Rw7                                           120.00      JUN03         2,802.01\n\
                ROGERS WIRELESS                            92.66                        JUN10         3,014.74\n";
    let p = parse(text, &ctx(Language::En, Currency::parse("c", "CAD").expect("cad"), (2027, 7, 5)));
    assert_eq!(brief(&p), vec![("2027-06-01".into(), 10_000, false), ("2027-06-03".into(), 12_000, true), ("2027-06-10".into(), 9266, false)]);
    assert_eq!(p.transactions[2].description, "ROGERS WIRELESS");
}

#[test]
fn money_columns_headed_over_two_lines_in_the_singular() {
    let text = "FECHA        DESCRIPCIÓN / ESTABLECIMIENTO              MONTO DEL       MONTO DEL         SALDO\n\
                \x20                                                       DEPOSITO          RETIRO\n\
                01-NOV-27    PAGO DE SERVICIO CFE                                            487.00     16,353.20\n\
                05-NOV-27    SPEI RECIBIDO BANCO:012 BBVA MEXICO        1,500.00                        17,853.20\n";
    let p = parse(text, &ctx(Language::Es, Currency::parse("c", "MXN").expect("mxn"), (2027, 12, 5)));
    assert_eq!(brief(&p), vec![("2027-11-01".into(), 48_700, false), ("2027-11-05".into(), 150_000, true)]);
}

#[test]
fn short_spanish_weekdays_before_the_date_tuesday_named_like_march() {
    let text = "Fecha             Movimiento                      Detalle                             Monto             Saldo\n\
                lun 05/10         Pago de servicio                EPEC - Cliente 4471882      - $ 42.150,50    $ 1.563.093,18\n\
                mar 06/10         Transferencia enviada           A Lucía Benítez             - $ 25.000,00    $ 1.538.093,18\n\
                mié 21/10         Devolución de compra            MERCADOLIBRE *AURICULARES   + $ 38.999,00    $ 1.577.092,18\n";
    let p = parse(text, &ctx(Language::Es, Currency::parse("c", "ARS").expect("ars"), (2026, 11, 2)));
    assert_eq!(brief(&p), vec![("2026-10-05".into(), 4_215_050, false), ("2026-10-06".into(), 2_500_000, false), ("2026-10-21".into(), 3_899_900, true)]);
}

#[test]
fn a_peso_column_headed_by_its_sign_beside_a_dollar_column() {
    let text = "Estado de cuenta - Tarjeta de Crédito VISA\n\
                Fecha        Tarjeta        Detalle                         Cuota       Importe $        Importe U$S\n\
                26/12                       SU PAGO EN DOLARES - GRACIAS                                     -85,40\n\
                23/12        4471           TIENDA INGLESA CARRASCO                      3.482,50\n\
                27/12        4471           AMAZON MKTPLACE PMTS                                              42,90\n";
    let p = parse(text, &ctx(Language::Es, Currency::parse("c", "UYU").expect("uyu"), (2026, 1, 25)));
    assert_eq!(brief(&p), vec![("2025-12-26".into(), 8540, true), ("2025-12-23".into(), 348_250, false), ("2025-12-27".into(), 4290, false)]);
    let currencies: Vec<&str> = p.transactions.iter().map(|t| t.currency.code()).collect();
    assert_eq!(currencies, ["USD", "UYU", "USD"]);
    // A colón column named by its plural.
    let text = "Estado de cuenta - Tarjeta de Crédito\n\
                Fecha          Referencia     Concepto                           Colones (¢)        Dólares ($)\n\
                17/07/2029     204417         AUTO MERCADO ESCAZU                  38,450.00\n\
                20/07/2029     205102         NETFLIX.COM                                                15.99\n";
    let p = parse(text, &ctx(Language::Es, Currency::parse("c", "CRC").expect("crc"), (2029, 8, 20)));
    let read: Vec<(i64, &str)> = p.transactions.iter().map(|t| (t.amount_cents, t.currency.code())).collect();
    assert_eq!(read, [(3_845_000, "CRC"), (1599, "USD")]);
}

#[test]
fn a_card_statement_marking_credits_cr_and_days_headed_by_their_weekday() {
    let card = "Statement period: August 22, 2027 to September 21, 2027   Credit limit $8,000.00\n\
                AUG 22      AUG 23      LOBLAWS #1032 TORONTO ON                 112.44\n\
                AUG 26      AUG 26      PAYMENT - THANK YOU                    1,250.00 CR\n\
                SEP 04      SEP 05      SHOPPERS DRUG MART #0871                  23.19\n";
    let p = parse(card, &ctx(Language::En, Currency::parse("c", "CAD").expect("cad"), (2027, 9, 25)));
    assert_eq!(brief(&p), vec![("2027-08-22".into(), 11_244, false), ("2027-08-26".into(), 125_000, true), ("2027-09-04".into(), 2319, false)]);
    let app = "Lunes 1 de noviembre de 2027\n\
               \n\
               \x20  Sueldo ACME Chile SpA                         +1.350.000,00\n\
               \n\
               Miércoles 3 de noviembre de 2027\n\
               \x20  Líder Express Ñuñoa                              -43.210,00\n";
    let p = parse(app, &ctx(Language::Es, Currency::EUR, (2027, 12, 1)));
    assert_eq!(brief(&p), vec![("2027-11-01".into(), 135_000_000, true), ("2027-11-03".into(), 4_321_000, false)]);
    // Chilean pesos have no cents: "-$43.210" is an amount.
    let clp = app.replace("+1.350.000,00", "+$1.350.000").replace("-43.210,00", "-$43.210");
    let p = parse(&clp, &ctx(Language::Es, Currency::parse("c", "CLP").expect("clp"), (2027, 12, 1)));
    assert_eq!(brief(&p), vec![("2027-11-01".into(), 1_350_000, true), ("2027-11-03".into(), 43_210, false)]);
}

#[test]
fn sections_told_in_a_sentence_headings_on_two_lines_and_checks_with_references() {
    // A US checking statement: each section says what it holds in a sentence, its
    // headings take two lines ("Date" over "posted"), the amount comes before the
    // description, and the checks table ends each row with a reference number.
    let text = [
        "Deposits and Other Additions",
        "There were 2 Deposits and Other Additions totaling $2,232.77.",
        "Date                       Amount          Description",
        "posted",
        "",
        "12/14                     2,164.37         Direct Deposit - Payroll Ohio Valley Logistics",
        "01/08                        68.40         4821 Debit Card Credit Dick S Sporting Goods",
        "",
        "Checks and Substitute Checks",
        "Date                   Check                           Amount            Reference",
        "posted                 number                                            number",
        "12/20                  1187                           1,450.00           078412951",
        "",
        "Online and Electronic Banking Deductions",
        "There were 1 Online and Electronic Banking Deductions totaling $138.42.",
        "Date                       Amount          Description",
        "posted",
        "12/18                       138.42         ACH Debit Duquesne Light Utilbill 0829341",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::En, Currency::USD, (2030, 1, 16)));
    assert_eq!(
        brief(&p),
        vec![
            ("2029-12-14".into(), 216_437, true),
            ("2030-01-08".into(), 6840, true),
            ("2029-12-20".into(), 145_000, false),
            ("2029-12-18".into(), 13_842, false),
        ]
    );
}

#[test]
fn the_amount_under_its_heading_beside_the_cash_back_and_long_details_cut_by_words() {
    // A card that prints the cash back earned before the amount charged, and an
    // instalment's item and terms on the lines under it.
    let text = [
        "Payment Due Date    Jul 31, 2030",
        "Date                  Description                                           Daily Cash               Amount",
        "06/01/2030            WHOLE FOODS MARKET 1550 N KINGSBURY ST CHICAGO   2%       $1.71                 $85.42",
        "06/21/2030            NIKE.COM ONE BOWERMAN DR BEAVERTON 97005 OR USA  3%       -$1.95               -$64.99",
        "06/30/2030            Apple Online Store                               3%       $3.00                 $99.92",
        "                      MacBook Air 13-inch, Midnight",
        "                      Installment 5 of 12. Total financed: $1,199.00, 0% APR, paid over twelve months from the day of purchase",
        "                      Remaining installment balance: $699.40. Final installment: Jan 2031",
        "                      Total installments due this month                                       $99.92",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::En, Currency::USD, (2030, 7, 3)));
    assert_eq!(brief(&p), vec![("2030-06-01".into(), 8542, false), ("2030-06-21".into(), 6499, true), ("2030-06-30".into(), 9992, false)]);
    assert!(p.transactions[2].description.contains("MacBook Air"), "{}", p.transactions[2].description);
    assert!(p.transactions[2].description.chars().count() < 160);
}

#[test]
fn a_paid_check_is_no_sign_that_unsigned_amounts_are_money_in() {
    // The checks' direction comes from their table; the payments under a heading that names
    // no direction stay charges.
    let text = [
        "Checks Paid                           No. Checks: 1",
        "DATE                  SERIAL NO.                          AMOUNT",
        "07/09                 1187                                  850.00",
        "",
        "Electronic Payments",
        "POSTING DATE          DESCRIPTION                                      AMOUNT",
        "07/08                 ELECTRONIC PMT-WEB, PSE&G PAYMENT 0114782203      118.40",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::En, Currency::USD, (2030, 8, 3)));
    assert_eq!(brief(&p), vec![("2030-07-09".into(), 85_000, false), ("2030-07-08".into(), 11_840, false)]);
}

#[test]
fn a_summary_line_with_a_due_date_after_the_period_is_no_entry() {
    let text = [
        "EXTRATO DO CARTÃO      Período de 29/10/2030 a 28/11/2030",
        "   Modalidade de pagamento           Montante a pagar           Data limite de pagamento     Novo saldo em dívida",
        "   Prestação fixa 60,00 €            60,00 €                    20/12/2030                   1.631,19 €",
        "Data         Descrição                                   Valor",
        "31/10/2030   CONTINENTE BOM DIA LUMIAR LISBOA            48,12",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::Pt, Currency::EUR, (2030, 12, 2)));
    assert_eq!(brief(&p), vec![("2030-10-31".into(), 4812, false)]);
    // No period printed: the due date at the top is not the period's end either.
    let bill = [
        " Nome do cliente                  Número do cartão                 Vencimento        Total da fatura      Pagamento mínimo",
        " CAMILA REZENDE MOURA             4066 XXXX XXXX 1234              05/11/2030        R$ 1.383,41          R$ 172,92",
        "Data        Histórico de lançamentos                                    R$",
        "29/09       SUPERMERCADO VERDEMAR BELO HORIZONT                      318,47",
    ]
    .join("\n");
    let p = parse(&bill, &ctx(Language::Pt, Currency::BRL, (2030, 10, 28)));
    assert_eq!(brief(&p), vec![("2030-09-29".into(), 31_847, false)]);
}

#[test]
fn a_fee_printed_on_its_entrys_line_is_a_charge_of_its_own() {
    let text = [
        "Date         Description                                   Money In    Money Out       Fee*      Balance",
        "05/10/2030   Cash Withdrawal: Protea ATM Rosebank Mall                 -1 000.00     -10.00 15 831.22",
        "07/10/2030   Prepaid Electricity: City Power                             -650.00              15 181.22",
        "31/10/2030   Monthly Account Admin Fee                                                -7.50 15 173.72",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::En, Currency::parse("c", "ZAR").expect("zar"), (2030, 11, 3)));
    assert_eq!(
        brief(&p),
        vec![
            ("2030-10-05".into(), 100_000, false),
            ("2030-10-05".into(), 1000, false),
            ("2030-10-07".into(), 65_000, false),
            ("2030-10-31".into(), 750, false),
        ]
    );
    assert!(p.transactions[1].description.starts_with("Cash Withdrawal"));
}

#[test]
fn month_and_day_after_the_amounts() {
    // A South African current account: "04 15" is 15 April, after the debit's trailing minus.
    let text = [
        "Statement Period                 01 April 2030 to 30 April 2030",
        "Details                                         Service Fee      Debits       Credits     Date       Balance",
        "DEBIT ORDER OLD MUTUAL LIFE 44012387                            645.30-                   04 01     15,197.07",
        "CREDIT TRANSFER L DLAMINI GROCERIES APR                                       1,200.00     04 15     16,397.07",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::En, Currency::parse("c", "ZAR").expect("zar"), (2030, 5, 3)));
    assert_eq!(brief(&p), vec![("2030-04-01".into(), 64_530, false), ("2030-04-15".into(), 120_000, true)]);
}

#[test]
fn instalment_tables_counted_in_words_and_an_emi_plan() {
    // Mexico's months without interest: this month's payment, its count "5 de 12" and rate.
    let msi = [
        "COMPRAS Y CARGOS DIFERIDOS A MESES SIN INTERESES",
        "Fecha de la     Descripción                           Monto        Saldo          Pago    Núm. de     Tasa de",
        "12-may-2030     EL PORTAL SATELITE REFRIGERADOR     $17,988.00   $10,493.00   $1,499.00   5 de 12     0.00%",
    ]
    .join("\n");
    let p = parse(&msi, &ctx(Language::Es, Currency::MXN, (2030, 9, 18)));
    assert_eq!(brief(&p), vec![("2030-05-12".into(), 149_900, false)]);
    // An Indian card's EMI plan: the loan and what is left of it, no transaction.
    let emi = [
        "Date        Transaction Details                                  Amount",
        "17 Apr 30   BIGBASKET BANGALORE IN                             2,314.50 D",
        "Flexipay details",
        "Booked on   Merchant                          Loan amount       EMIs billed       Principal outstanding",
        "12 Feb 30   SAMSUNG SMART PLAZA BANGALORE     50,000.00         3 of 6            25,000.01",
    ]
    .join("\n");
    let p = parse(&emi, &ctx(Language::En, Currency::parse("c", "INR").expect("inr"), (2030, 5, 18)));
    assert_eq!(brief(&p), vec![("2030-04-17".into(), 231_450, false)]);
}

#[test]
fn rows_dated_by_the_day_alone_take_the_periods_month() {
    let text = [
        "EXTRATO DE CONTA CORRENTE                         PERÍODO: 16/11/2030 A 15/12/2030",
        "                                                  EMITIDO EM 02/01/2031 08:14",
        "DIA       HISTÓRICO                               DOCUMENTO              VALOR          SALDO",
        "          SALDO ANTERIOR                                                                2.845,12",
        "28        DEBITO AUTOMATICO                       120401                 87,42-",
        "             DMAE AGUA E ESGOTO",
        "02        PIX RECEBIDO                            E1882451              120,00          2.877,70",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::Pt, Currency::BRL, (2031, 1, 2)));
    assert_eq!(brief(&p), vec![("2030-11-28".into(), 8742, false), ("2030-12-02".into(), 12_000, true)]);
    assert!(p.transactions[0].description.contains("DMAE"));
}

#[test]
fn a_card_summarys_dates_and_amounts_due_are_no_entries() {
    let text = [
        "FECHA ESTADO DE CUENTA                 20/03/2031                         $ 536.901",
        "PERÍODO FACTURADO                      21/02/2031 AL 20/03/2031",
        "PAGAR HASTA                            04/04/2031          MONTO MÍNIMO A PAGAR $ 130.975",
        "FECHA OPERACIÓN   DESCRIPCIÓN                         MONTO OPERACIÓN",
        "21/02/2031        LIDER EXPRESS ÑUÑOA                       $ 48.760",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::Es, Currency::parse("c", "CLP").expect("clp"), (2031, 3, 23)));
    assert_eq!(brief(&p), vec![("2031-02-21".into(), 48_760, false)]);
}

#[test]
fn rows_dated_in_words() {
    // A Brazilian card bill ("04 de jun. 2030") and a Spanish account ("3 de mayo de 2030").
    let text = [
        "Vencimento 10/07/2030       Fechamento 03/07/2030",
        "Data                           Movimentação                                     Valor",
        "04 de jun. 2030                PAGAMENTO ON LINE                         + R$ 1.840,22",
        "15 de abr. 2030                FAST SHOP (Parcela 03 de 10)                R$ 249,90",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::Pt, Currency::BRL, (2030, 7, 5)));
    assert_eq!(brief(&p), vec![("2030-06-04".into(), 184_022, true), ("2030-04-15".into(), 24_990, false)]);
    let es = ["Fecha                  Concepto                          Importe", "3 de mayo de 2030      MERCADONA VALENCIA                -45,20"].join("\n");
    let p = parse(&es, &ctx(Language::Es, Currency::EUR, (2030, 6, 2)));
    assert_eq!(brief(&p), vec![("2030-05-03".into(), 4520, false)]);
}

#[test]
fn a_days_balance_under_an_entrys_lines_is_no_entry() {
    // A credit cooperative's statement: the amount on an entry's first line, its details
    // under it, then the day's balance in the same column.
    let text = [
        "PERÍODO:              01/11/2029 - 30/11/2029",
        "DATA               HISTÓRICO                                               VALOR",
        "31/10              SALDO ANTERIOR                                          834,17C",
        "01/11              PIX EMIT.OUTRA IF                                        23,50D",
        "                   Pagamento Pix",
        "                   PADARIA PAO DOURADO LTDA",
        "                   SALDO DO DIA                                            810,67C",
        "05/11              CRÉD.TED-STR                                          3.850,00C",
        "                   COMERCIAL AGROVALE LTDA",
        "                   SALDO DO DIA                                          4.660,67C",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::Pt, Currency::BRL, (2029, 12, 3)));
    assert_eq!(brief(&p), vec![("2029-11-01".into(), 2350, false), ("2029-11-05".into(), 385_000, true)]);
    assert!(p.transactions[0].description.contains("PADARIA PAO DOURADO"), "{}", p.transactions[0].description);
}

#[test]
fn a_card_known_by_its_sections_reads_minus_as_money_in() {
    // No "credit card" or due date in the text given: the card's own headings say it.
    let text = [
        "ACCOUNT ACTIVITY",
        "Date of Transaction   Merchant Name or Transaction Description        $ Amount",
        "PAYMENTS AND OTHER CREDITS",
        "10/18   Payment Thank You - Web                                      -1,245.88",
        "PURCHASE",
        "10/05   STARBUCKS STORE 05521 SEATTLE WA                                  6.45",
        "Annual Percentage Rate (APR)   Balance Type",
    ]
    .join("\n");
    let p = parse(&text, &ctx(Language::En, Currency::USD, (2029, 11, 6)));
    assert_eq!(brief(&p), vec![("2029-10-18".into(), 124_588, true), ("2029-10-05".into(), 645, false)]);
}

#[test]
fn card_statement_with_unsigned_charges() {
    let text = "Fatura Nubank   Fechamento: 10/05/2025\n\
                12 ABR   Ifood *Restaurante         45,90\n\
                20 ABR   Uber *Trip                 23,10\n\
                02 MAI   Pagamento recebido        500,00\n";
    let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2025, 5, 20)));
    assert_eq!(brief(&p), vec![("2025-04-12".into(), 4590, false), ("2025-04-20".into(), 2310, false), ("2025-05-02".into(), 50_000, true)]);
}

#[test]
fn text_without_transactions_is_a_diagnostic() {
    for text in ["", "hello", "Date: yesterday", "12/05 1.234,00 5.678,90"] {
        let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 5, 5)));
        assert!(p.transactions.is_empty(), "{text}");
        assert!(!p.diagnostics.is_empty(), "{text}");
    }
}
