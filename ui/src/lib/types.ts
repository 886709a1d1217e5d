// The seed's JSON shapes the UI reads, from the generated /v1 types (api-types.ts).
export type { IntakeInput, Plan, User } from './api';
