-- Paragraf store, PostgreSQL. Keep in step with ../sqlite/V1__schema.sql: same tables, columns
-- and rules; here ids are identities, dates DATE, instants TIMESTAMPTZ, blobs BYTEA.

CREATE TABLE organ (
  key          TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE document (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organ_key    TEXT NOT NULL REFERENCES organ (key),
  kind         TEXT NOT NULL CHECK (kind IN ('organ', 'kallelse', 'protokoll')),
  meeting_date DATE,
  status       TEXT NOT NULL,
  parent_id    BIGINT REFERENCES document (id),
  created_at   TIMESTAMPTZ NOT NULL,
  CHECK ((kind = 'organ') = (meeting_date IS NULL))
);
CREATE UNIQUE INDEX document_one_organ_source ON document (organ_key) WHERE kind = 'organ';
CREATE INDEX document_by_meeting ON document (organ_key, meeting_date);

CREATE TABLE revision (
  document_id BIGINT NOT NULL REFERENCES document (id),
  number      INTEGER NOT NULL CHECK (number >= 1),
  text        TEXT NOT NULL,
  author      TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (document_id, number)
);

CREATE TABLE seal (
  document_id     BIGINT PRIMARY KEY REFERENCES document (id),
  revision        INTEGER NOT NULL,
  sha256          TEXT NOT NULL,
  paragraf_hashes TEXT NOT NULL,
  signers         TEXT NOT NULL,
  sealed_at       TIMESTAMPTZ NOT NULL,
  docx            BYTEA NOT NULL,
  html            BYTEA NOT NULL,
  FOREIGN KEY (document_id, revision) REFERENCES revision (document_id, number)
);
CREATE INDEX seal_by_sha256 ON seal (sha256);

CREATE TABLE sent_copy (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id BIGINT NOT NULL,
  revision    INTEGER NOT NULL,
  sent_by     TEXT NOT NULL,
  sent_at     TIMESTAMPTZ NOT NULL,
  docx        BYTEA NOT NULL,
  html        BYTEA NOT NULL,
  FOREIGN KEY (document_id, revision) REFERENCES revision (document_id, number)
);
CREATE INDEX sent_copy_by_document ON sent_copy (document_id, id);

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
  document_id  BIGINT NOT NULL REFERENCES document (id),
  allocated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (organ_key, series_year, number),
  FOREIGN KEY (organ_key, series_year) REFERENCES ledger_series (organ_key, series_year)
);
CREATE INDEX ledger_entry_by_document ON ledger_entry (document_id);

CREATE TABLE app_user (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  admin         BOOLEAN NOT NULL DEFAULT FALSE,
  person_name   TEXT,
  created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE organ_role (
  user_id   BIGINT NOT NULL REFERENCES app_user (id),
  organ_key TEXT NOT NULL REFERENCES organ (key),
  role      TEXT NOT NULL CHECK (role IN ('sekreterare', 'ledamot', 'ersattare')),
  PRIMARY KEY (user_id, organ_key, role)
);
CREATE INDEX organ_role_by_organ ON organ_role (organ_key);

CREATE TABLE session (
  token_hash TEXT PRIMARY KEY,
  user_id    BIGINT NOT NULL REFERENCES app_user (id),
  csrf_token TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX session_by_user ON session (user_id);

CREATE TABLE login_attempt (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username     TEXT NOT NULL,
  ip           TEXT NOT NULL,
  success      BOOLEAN NOT NULL,
  attempted_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_attempt_by_username ON login_attempt (username, attempted_at);
CREATE INDEX login_attempt_by_ip ON login_attempt (ip, attempted_at);

CREATE TABLE signature (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id      BIGINT NOT NULL REFERENCES document (id),
  person_name      TEXT NOT NULL,
  role             TEXT NOT NULL CHECK (role IN ('ordforande', 'justerare')),
  requested_at     TIMESTAMPTZ NOT NULL,
  revision         INTEGER,
  signed_at        TIMESTAMPTZ,
  withdrawn_at     TIMESTAMPTZ,
  withdrawn_reason TEXT,
  FOREIGN KEY (document_id, revision) REFERENCES revision (document_id, number),
  CHECK ((revision IS NULL) = (signed_at IS NULL)),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
);
CREATE UNIQUE INDEX signature_one_open_per_person
  ON signature (document_id, person_name) WHERE withdrawn_at IS NULL;

CREATE TABLE change_proposal (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES document (id),
  paragraf    INTEGER,
  author      TEXT NOT NULL,
  text        TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  answer      TEXT,
  answered_by TEXT,
  answered_at TIMESTAMPTZ,
  CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answer IS NULL) = (answered_by IS NULL))
);
CREATE INDEX change_proposal_by_document ON change_proposal (document_id);

CREATE TABLE anslag (
  document_id             BIGINT PRIMARY KEY REFERENCES seal (document_id),
  justerat                DATE NOT NULL,
  uppsatt                 DATE NOT NULL,
  nedtas                  DATE NOT NULL,
  sista_dag_overklagande  DATE NOT NULL,
  forvaringsplats         TEXT NOT NULL,
  created_at              TIMESTAMPTZ NOT NULL,
  CHECK (uppsatt >= justerat AND nedtas > uppsatt AND sista_dag_overklagande >= uppsatt)
);

CREATE TABLE audit_log (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          TIMESTAMPTZ NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  document_id BIGINT REFERENCES document (id),
  detail      TEXT
);
CREATE INDEX audit_log_by_document ON audit_log (document_id, id);

-- Append-only tables: UPDATE, DELETE and TRUNCATE are refused whoever runs them.
CREATE FUNCTION paragraf_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% är oföränderlig: % avvisas', TG_TABLE_NAME, TG_OP USING ERRCODE = 'PA001';
END
$$;

CREATE TRIGGER revision_append_only BEFORE UPDATE OR DELETE ON revision
  FOR EACH ROW EXECUTE FUNCTION paragraf_reject_change();
CREATE TRIGGER revision_no_truncate BEFORE TRUNCATE ON revision
  FOR EACH STATEMENT EXECUTE FUNCTION paragraf_reject_change();
CREATE TRIGGER seal_append_only BEFORE UPDATE OR DELETE ON seal
  FOR EACH ROW EXECUTE FUNCTION paragraf_reject_change();
CREATE TRIGGER seal_no_truncate BEFORE TRUNCATE ON seal
  FOR EACH STATEMENT EXECUTE FUNCTION paragraf_reject_change();
CREATE TRIGGER sent_copy_append_only BEFORE UPDATE OR DELETE ON sent_copy
  FOR EACH ROW EXECUTE FUNCTION paragraf_reject_change();
CREATE TRIGGER sent_copy_no_truncate BEFORE TRUNCATE ON sent_copy
  FOR EACH STATEMENT EXECUTE FUNCTION paragraf_reject_change();
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION paragraf_reject_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION paragraf_reject_change();

-- A sealed document takes no new revision. The seal table is looked up in the trigger's own
-- schema, so the rule holds whatever search_path the session has.
CREATE FUNCTION paragraf_reject_sealed_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sealed BOOLEAN;
BEGIN
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.seal WHERE document_id = $1)', TG_TABLE_SCHEMA)
    INTO sealed USING NEW.document_id;
  IF sealed THEN
    RAISE EXCEPTION 'dokument % är justerat och förseglat', NEW.document_id
      USING ERRCODE = 'PA002';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER revision_not_sealed BEFORE INSERT ON revision
  FOR EACH ROW EXECUTE FUNCTION paragraf_reject_sealed_revision();
