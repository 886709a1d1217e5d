-- Why: WhatsApp (Meta Cloud API) may deliver the same message more than once, and a webhook is
-- answered before the message is handled. Each message id is claimed here before it is handled,
-- so a second delivery is recognised and nothing is logged twice; the outcome is kept for support
-- ("why wasn't my coffee logged?") without the message text, which stays out of this table.
CREATE TABLE inbound_messages (
    channel      TEXT NOT NULL CHECK (channel IN ('whatsapp')),
    message_id   TEXT NOT NULL,
    user_id      TEXT REFERENCES users (id) ON DELETE SET NULL,
    kind         TEXT NOT NULL,
    outcome      TEXT,
    received_at  TEXT NOT NULL,
    PRIMARY KEY (channel, message_id)
) WITHOUT ROWID;
