-- Paragraf store, SQLite. Dates and instants are fixed-width ISO text (they sort as text).
-- Keep in step with ../postgresql/V1__schema.sql: same tables, columns and rules.

CREATE TABLE organ (
  key          TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  created_at   TEXT NOT NULL
);

-- Every source text lives in a document: an organ's organ.yaml (kind 'organ', no meeting date),
-- a kallelse or a protokoll. parent_id links a document to the one it belongs to or corrects.
CREATE TABLE document (
  id           INTEGER PRIMARY KEY,
  organ_key    TEXT NOT NULL REFERENCES organ (key),
  kind         TEXT NOT NULL CHECK (kind IN ('organ', 'kallelse', 'protokoll')),
  meeting_date TEXT,
  status       TEXT NOT NULL,
  parent_id    INTEGER REFERENCES document (id),
  created_at   TEXT NOT NULL,
  CHECK ((kind = 'organ') = (meeting_date IS NULL))
);
CREATE UNIQUE INDEX document_one_organ_source ON document (organ_key) WHERE kind = 'organ';
CREATE INDEX document_by_meeting ON document (organ_key, meeting_date);

-- Append-only: a save is a new row, never an update.
CREATE TABLE revision (
  document_id INTEGER NOT NULL REFERENCES document (id),
  number      INTEGER NOT NULL CHECK (number >= 1),
  text        TEXT NOT NULL,
  author      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (document_id, number)
);

CREATE TABLE seal (
  document_id     INTEGER PRIMARY KEY REFERENCES document (id),
  revision        INTEGER NOT NULL,
  sha256          TEXT NOT NULL,
  paragraf_hashes TEXT NOT NULL,
  signers         TEXT NOT NULL,
  sealed_at       TEXT NOT NULL,
  docx            BLOB NOT NULL,
  html            BLOB NOT NULL,
  FOREIGN KEY (document_id, revision) REFERENCES revision (document_id, number)
);
CREATE INDEX seal_by_sha256 ON seal (sha256);

CREATE TRIGGER revision_no_update BEFORE UPDATE ON revision
BEGIN
  SELECT RAISE(ABORT, 'revision är oföränderlig: UPDATE avvisas');
END;
CREATE TRIGGER revision_no_delete BEFORE DELETE ON revision
BEGIN
  SELECT RAISE(ABORT, 'revision är oföränderlig: DELETE avvisas');
END;
CREATE TRIGGER revision_not_sealed BEFORE INSERT ON revision
WHEN EXISTS (SELECT 1 FROM seal WHERE seal.document_id = NEW.document_id)
BEGIN
  SELECT RAISE(ABORT, 'dokumentet är justerat och förseglat');
END;
CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal
BEGIN
  SELECT RAISE(ABORT, 'seal är oföränderlig: UPDATE avvisas');
END;
CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal
BEGIN
  SELECT RAISE(ABORT, 'seal är oföränderlig: DELETE avvisas');
END;

-- A frozen copy of what was sent (a kallelse on "Skicka kallelse"); append-only.
CREATE TABLE sent_copy (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL,
  revision    INTEGER NOT NULL,
  sent_by     TEXT NOT NULL,
  sent_at     TEXT NOT NULL,
  docx        BLOB NOT NULL,
  html        BLOB NOT NULL,
  FOREIGN KEY (document_id, revision) REFERENCES revision (document_id, number)
);
CREATE INDEX sent_copy_by_document ON sent_copy (document_id, id);
CREATE TRIGGER sent_copy_no_update BEFORE UPDATE ON sent_copy
BEGIN
  SELECT RAISE(ABORT, 'sent_copy är oföränderlig: UPDATE avvisas');
END;
CREATE TRIGGER sent_copy_no_delete BEFORE DELETE ON sent_copy
BEGIN
  SELECT RAISE(ABORT, 'sent_copy är oföränderlig: DELETE avvisas');
END;

-- The § ledger: one counter row per (organ, series) serialises allocation; one entry per number,
-- unique per (organ, series). series_year 0 is the löpande series.
CREATE TABLE ledger_series (
  organ_key   TEXT NOT NULL REFERENCES organ (key),
  series_year INTEGER NOT NULL CHECK (series_year >= 0),
  last_number INTEGER NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (organ_key, series_year)
);
CREATE TABLE ledger_entry (
  organ_key    TEXT NOT NULL,
  series_year  INTEGER NOT NULL,
  number       INTEGER NOT NULL CHECK (number >= 1),
  document_id  INTEGER NOT NULL REFERENCES document (id),
  allocated_at TEXT NOT NULL,
  PRIMARY KEY (organ_key, series_year, number),
  FOREIGN KEY (organ_key, series_year) REFERENCES ledger_series (organ_key, series_year)
);
CREATE INDEX ledger_entry_by_document ON ledger_entry (document_id);

CREATE TABLE app_user (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  admin         INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1)),
  person_name   TEXT,
  created_at    TEXT NOT NULL
);

CREATE TABLE organ_role (
  user_id   INTEGER NOT NULL REFERENCES app_user (id),
  organ_key TEXT NOT NULL REFERENCES organ (key),
  role      TEXT NOT NULL CHECK (role IN ('sekreterare', 'ledamot', 'ersattare')),
  PRIMARY KEY (user_id, organ_key, role)
);
CREATE INDEX organ_role_by_organ ON organ_role (organ_key);

-- Only the SHA-256 of a session token is stored; a copy of the table logs nobody in.
CREATE TABLE session (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES app_user (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX session_by_user ON session (user_id);

CREATE TABLE login_attempt (
  id           INTEGER PRIMARY KEY,
  username     TEXT NOT NULL,
  ip           TEXT NOT NULL,
  success      INTEGER NOT NULL CHECK (success IN (0, 1)),
  attempted_at TEXT NOT NULL
);
CREATE INDEX login_attempt_by_username ON login_attempt (username, attempted_at);
CREATE INDEX login_attempt_by_ip ON login_attempt (ip, attempted_at);

-- A request to sign; signed (revision + signed_at) at most once, withdrawn at most once.
CREATE TABLE signature (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES document (id),
  person_name      TEXT NOT NULL,
  role             TEXT NOT NULL CHECK (role IN ('ordforande', 'justerare')),
  requested_at     TEXT NOT NULL,
  revision         INTEGER,
  signed_at        TEXT,
  withdrawn_at     TEXT,
  withdrawn_reason TEXT,
  FOREIGN KEY (document_id, revision) REFERENCES revision (document_id, number),
  CHECK ((revision IS NULL) = (signed_at IS NULL)),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
);
CREATE UNIQUE INDEX signature_one_open_per_person
  ON signature (document_id, person_name) WHERE withdrawn_at IS NULL;

CREATE TABLE change_proposal (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document (id),
  paragraf    INTEGER,
  author      TEXT NOT NULL,
  text        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  answer      TEXT,
  answered_by TEXT,
  answered_at TEXT,
  CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answer IS NULL) = (answered_by IS NULL))
);
CREATE INDEX change_proposal_by_document ON change_proposal (document_id);

-- The tillkännagivande; only a sealed (justerat) document can be posted.
CREATE TABLE anslag (
  document_id             INTEGER PRIMARY KEY REFERENCES seal (document_id),
  justerat                TEXT NOT NULL,
  uppsatt                 TEXT NOT NULL,
  nedtas                  TEXT NOT NULL,
  sista_dag_overklagande  TEXT NOT NULL,
  forvaringsplats         TEXT NOT NULL,
  created_at              TEXT NOT NULL,
  CHECK (uppsatt >= justerat AND nedtas > uppsatt AND sista_dag_overklagande >= uppsatt)
);

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  document_id INTEGER REFERENCES document (id),
  detail      TEXT
);
CREATE INDEX audit_log_by_document ON audit_log (document_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log är oföränderlig: UPDATE avvisas');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log är oföränderlig: DELETE avvisas');
END;
