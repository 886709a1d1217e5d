//! The notices due now (core::notices works out which), for the kinds the user left on, each
//! handed out once: the desktop app asks when it opens and now and then while it runs, and shows
//! what comes back as system notifications.

use ozzie_core::notices::{due, GoalProgress, Notice, NoticeFacts, NoticeKind};
use ozzie_core::transaction::Category;

use crate::{Engine, EngineError, EngineResult, UserRef};

/// The setting that turns one kind on or off (`on`, the default, or `off`).
pub fn setting_key(kind: NoticeKind) -> String {
    format!("notify.{}", kind.as_str())
}

impl Engine {
    /// The notices due now and not handed out before, for the kinds turned on. Before the first
    /// plan there is nothing to say.
    pub fn due_notices(&mut self, who: &UserRef) -> EngineResult<Vec<Notice>> {
        let facts = match self.facts(who) {
            Ok(f) => f,
            Err(EngineError::Domain(ozzie_core::DomainError::PlanRequired | ozzie_core::DomainError::IntakeRequired)) => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let user_id = facts.user.id.clone();
        let (cycle_start, _) = self.current_pay_cycle(&facts)?;
        // A cycle starts on a payday when the intake gives one (else cycles are calendar months).
        let payday = (facts.intake.next_pay_date.is_some() && cycle_start == facts.today).then_some(facts.today);
        let cycle_has_move = self.store.move_cycle_starting(&user_id, cycle_start)?.is_some();
        let spending = crate::intelligence::spending_of(&facts);
        let spending: Vec<(Category, i64, i64)> =
            spending.categories.iter().filter_map(|c| Category::parse("category", c.category).ok().map(|cat| (cat, c.spent_cents, c.target_cents))).collect();
        let goals = self.goals(who)?;
        let goals: Vec<GoalProgress> = goals.iter().map(|g| GoalProgress { id: &g.id, name: &g.name, progress_percent: g.progress_percent }).collect();
        let month = facts.month_start.format("%Y-%m").to_string();
        let all = due(&NoticeFacts {
            language: facts.user.language,
            currency: facts.user.currency,
            today: facts.today,
            cycle_start,
            payday,
            cycle_has_move,
            monthly_savings: facts.plan.recommended_monthly_savings,
            month: &month,
            spending: &spending,
            goals: &goals,
        });
        let mut off = Vec::new();
        for kind in NoticeKind::ALL {
            if self.store.setting(&setting_key(kind))?.as_deref() == Some("off") {
                off.push(kind);
            }
        }
        let wanted: Vec<Notice> = all.into_iter().filter(|n| !off.contains(&n.kind)).collect();
        let keys: Vec<&str> = wanted.iter().map(|n| n.key.as_str()).collect();
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let fresh = self.store.claim_notices(&user_id, &keys, &now)?;
        Ok(wanted.into_iter().zip(fresh).filter_map(|(n, new)| new.then_some(n)).collect())
    }
}
