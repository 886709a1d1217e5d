-- Why: a bank history import writes a million rows, and each row paid for a second random-order
-- index insert and stored its creation time twice. Duplicate matching now reads the listing index
-- (user, date: a few days of one user's rows) and filters by amount, so the amount index goes;
-- updated_at is NULL until a row is edited.
DROP INDEX transactions_by_amount_date;
ALTER TABLE transactions DROP COLUMN updated_at;
ALTER TABLE transactions ADD COLUMN updated_at TEXT;
