// The seed's JSON shapes the UI reads (hand-written until the /v1 OpenAPI document exists).

export interface ApiError {
  error: { code: string; message: string; field?: string };
}

export interface User {
  id: string;
  external_user_id: string;
  name: string | null;
  language: 'en' | 'pt' | 'es';
  currency: string;
  onboarding_stage: 'intake_pending' | 'plan_pending' | 'active';
}

export interface IntakeInput {
  monthly_income?: number;
  monthly_expenses?: number;
  financial_goal?: 'savings' | 'debt';
  next_pay_date?: string;
  total_debt?: number;
  monthly_debt_payment?: number;
  current_savings?: number;
}

export interface Allocation {
  name: 'needs' | 'wants' | 'savings' | 'debt';
  label: string;
  amount: number;
  amount_cents: number;
  percent: number;
}

export interface Plan {
  id: string;
  financial_goal: 'savings' | 'debt';
  currency: string;
  language: 'en' | 'pt' | 'es';
  monthly_income: number;
  monthly_surplus: number;
  recommended_monthly_savings: number;
  recommended_extra_debt_payment: number;
  savings_rate_percent: number;
  summary: string;
  allocations: Allocation[];
  key_metrics: {
    emergency_fund_target: number;
    emergency_fund_months: number | null;
    goal_basis: 'goal' | 'emergency_fund' | 'debt';
    goal_name: string | null;
    months_to_goal: number | null;
    projected_goal_date: string | null;
    debt_free_date: string | null;
  };
  action_items: { kind: string; title: string; description: string }[];
}

export interface Profile {
  user: User | null;
  plan: Plan | null;
}
