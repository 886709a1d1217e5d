-- Why: the coach speaks in a tone (its personality) that is set when the user's first plan is
-- generated and that the user can change; chat needs it (PERSONALITY_REQUIRED before a plan).
-- Users who already have a plan get the default tone.
ALTER TABLE users ADD COLUMN personality TEXT CHECK (personality IN ('encouraging', 'direct', 'cheerful'));
UPDATE users SET personality = 'encouraging' WHERE EXISTS (SELECT 1 FROM plans WHERE plans.user_id = users.id);
