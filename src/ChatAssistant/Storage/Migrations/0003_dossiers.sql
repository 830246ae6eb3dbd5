-- Dossier results officers import from the office's lists, for residents to look up by the code on
-- their receipt. code_key is the code as compared (trimmed, upper case, no spaces: see DossierCode);
-- code is as the list shows it, for display. status_date is a calendar date (yyyy-MM-dd), not an
-- instant; imported_at and updated_at are unix milliseconds, UTC.
-- WITHOUT ROWID: the only lookup is by the key, so the table is its own index (one B-tree walk).
CREATE TABLE dossiers (
    oa_id          TEXT    NOT NULL,
    code_key       TEXT    NOT NULL,
    code           TEXT    NOT NULL,
    procedure_name TEXT    NOT NULL,
    procedure_id   TEXT,
    status         TEXT    NOT NULL CHECK (status IN ('received', 'processing', 'needs-more', 'ready', 'returned', 'rejected')),
    status_date    TEXT    NOT NULL,
    note           TEXT,
    imported_at    INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (oa_id, code_key)
) WITHOUT ROWID;
