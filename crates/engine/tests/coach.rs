//! The offline coach answers the seven questions people ask, in en, pt and es, from a realistic
//! month of transactions (tests/fixtures/intelligence/month_us.csv, "today" Saturday 2026-03-28).
//! The numbers, worked from the file: $3,070.60 spent this month against $4,200 in; the week
//! since Monday 2026-03-23: $200.37 ($183.57 food, $16.80 transport); food this month $917.39
//! against a $686 target; the plan saves $500 a month and leaves $3,700 for living ($629 left);
//! $1,500 saved toward a $9,600 emergency fund; no debt.

mod common;

use common::{user_with_a_month, ME};
use ozzie_core::chat::{Emotion, Role};
use ozzie_core::user::NewUserInput;
use ozzie_core::ErrorCode;
use ozzie_engine::{Clock, Engine, OpenOptions, OsKeyring};

fn ask(e: &mut Engine, q: &str) -> (String, Emotion) {
    let x = e.chat(&ME, q, None).expect("reply");
    (x.reply.message, x.reply.emotion.expect("emotion"))
}

#[test]
fn the_seven_questions_in_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = user_with_a_month(&dir, "en");
    let (on_track, mood) = ask(&mut e, "Am I on track for my emergency fund?");
    assert_eq!(on_track, "You have $1,500 of your $9,600 emergency fund (3 months of expenses). At $500 a month you complete it in 17 months.");
    assert_eq!(mood, Emotion::Encouraging);
    assert_eq!(ask(&mut e, "What did I spend this week?").0, "You spent $200.37 this week. Most of it: food $183.57, transport $16.80.");
    assert_eq!(ask(&mut e, "how much did I spend on food this month").0, "You spent $917.39 on food this month, against a plan target of $686 for the month.");
    assert_eq!(
        ask(&mut e, "How much can I save?").0,
        "Your plan sets aside $500 a month (12% of your $4,200 income), from a surplus of $1,000. So far this month $4,200 came in and $3,071 went out: $1,129 is still yours to save."
    );
    let (cut, _) = ask(&mut e, "Where can I cut back?");
    assert!(cut.starts_with("Here is where you can free up about $294 a month:\nCut food by $232"), "{cut}");
    assert!(cut.contains("Audit subscriptions — We detected 4 recurring charges"), "{cut}");
    assert_eq!(ask(&mut e, "When will I be debt-free?"), ("You have no debt in your plan — nothing to pay off.".into(), Emotion::Celebratory));
    assert_eq!(
        ask(&mut e, "Can I afford a $300 purchase?"),
        ("Yes. You have $629 left in this month's budget; after $300 you would still have $329.".into(), Emotion::Encouraging)
    );
    let (no, mood) = ask(&mut e, "can I afford a $1,000 TV?");
    assert!(no.starts_with("Not right now: this month's budget has $629 left") && no.ends_with("you could buy it in 1 month."), "{no}");
    assert_eq!(mood, Emotion::Concerned);
    // What is left to spend: 4 days to the month's end, so the week is the rest of the month.
    assert_eq!(
        ask(&mut e, "How much can I spend this week?"),
        ("$629 until the end of the month (4 days): that is what is left in this month's budget.".into(), Emotion::Encouraging)
    );
    assert_eq!(ask(&mut e, "how much can I spend today?").0, "About $157 a day: $629 is left in this month's budget for the 4 days to the month's end.");
    let (unknown, _) = ask(&mut e, "what's the capital of France?");
    assert!(unknown.starts_with("I can't answer that one from your numbers yet."), "{unknown}");
    // Every question and answer is kept, in order.
    let history = e.chat_history(&ME, 100).expect("history");
    assert_eq!(history.len(), 22);
    assert_eq!((history[0].role, history[0].message.as_str()), (Role::User, "Am I on track for my emergency fund?"));
    assert_eq!(history[1].role, Role::Assistant);
}

#[test]
fn the_seven_questions_in_portuguese() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = user_with_a_month(&dir, "pt");
    assert_eq!(
        ask(&mut e, "Estou no caminho da minha reserva de emergência?").0,
        "Você tem $ 1.500 da sua reserva de emergência de $ 9.600 (3 meses de despesas). Guardando $ 500 por mês, você completa em 17 meses."
    );
    assert_eq!(ask(&mut e, "Quanto gastei esta semana?").0, "Você gastou $ 200,37 esta semana. A maior parte: alimentação $ 183,57, transporte $ 16,80.");
    assert_eq!(ask(&mut e, "quanto gastei com comida este mês?").0, "Você gastou $ 917,39 com alimentação este mês, para uma meta do plano de $ 686 no mês.");
    assert!(ask(&mut e, "Quanto posso guardar?").0.starts_with("Seu plano guarda $ 500 por mês (12% da sua renda de $ 4.200)"));
    assert!(ask(&mut e, "Onde posso cortar gastos?").0.starts_with("Veja onde dá para liberar cerca de $ 294 por mês:"));
    assert_eq!(ask(&mut e, "Quando vou ficar sem dívidas?").0, "Seu plano não tem dívidas — nada a quitar.");
    assert_eq!(ask(&mut e, "Posso comprar algo de $ 300?").0, "Sim. Ainda restam $ 629 no orçamento deste mês; depois de $ 300 sobrariam $ 329.");
}

#[test]
fn a_brazilian_user_hears_reais() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = common::user_with_a_month_in(&dir, "pt", Some("BRL"), std::sync::Arc::new(ozzie_engine::OsKeyring));
    assert_eq!(ask(&mut e, "Quanto gastei esta semana?").0, "Você gastou R$ 200,37 esta semana. A maior parte: alimentação R$ 183,57, transporte R$ 16,80.");
    assert_eq!(ask(&mut e, "Posso comprar algo de R$ 300?").0, "Sim. Ainda restam R$ 629 no orçamento deste mês; depois de R$ 300 sobrariam R$ 329.");
}

#[test]
fn the_seven_questions_in_spanish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = user_with_a_month(&dir, "es");
    assert_eq!(
        ask(&mut e, "¿Voy bien con mi fondo de emergencia?").0,
        "Tienes 1.500 $ de tu fondo de emergencia de 9.600 $ (3 meses de gastos). Con 500 $ al mes lo completas en 17 meses."
    );
    assert_eq!(ask(&mut e, "¿Cuánto gasté esta semana?").0, "Gastaste 200,37 $ esta semana. Lo principal: comida 183,57 $, transporte 16,80 $.");
    assert_eq!(ask(&mut e, "¿Cuánto gasté en comida este mes?").0, "Gastaste 917,39 $ en comida este mes, frente a una meta del plan de 686 $ para el mes.");
    assert!(ask(&mut e, "¿Cuánto puedo ahorrar?").0.starts_with("Tu plan aparta 500 $ al mes (el 12% de tus ingresos de 4.200 $)"));
    assert!(ask(&mut e, "¿Dónde puedo recortar gastos?").0.starts_with("Aquí puedes liberar unos 294 $ al mes:"));
    assert_eq!(ask(&mut e, "¿Cuándo estaré libre de deudas?").0, "Tu plan no tiene deudas: nada que pagar.");
    assert_eq!(ask(&mut e, "¿Puedo comprar algo de 300 $?").0, "Sí. Te quedan 629 $ en el presupuesto de este mes; después de 300 $ todavía tendrías 329 $.");
}

#[test]
fn chat_needs_the_personality_the_plan_sets_and_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = Engine::open(OpenOptions { data_dir: dir.path(), key_env: Some("k"), secrets: std::sync::Arc::new(OsKeyring), clock: Clock::System }).expect("open");
    e.create_user(NewUserInput { external_user_id: Some("me".into()), ..Default::default() }).expect("user");
    let err = e.chat(&ME, "am I on track?", None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PersonalityRequired);
    assert!(err.to_string().contains("Generate a plan"), "{err}");
    assert_eq!(e.chat(&ME, "   ", None).unwrap_err().code(), ErrorCode::ValidationError);
    assert!(e.chat_history(&ME, 10).expect("history").is_empty());
}
