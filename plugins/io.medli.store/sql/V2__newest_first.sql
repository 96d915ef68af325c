-- Version 2: the Results view and 'medli results' list newest first; without a board or model to
-- narrow them, one million rows were sorted in full.
CREATE INDEX measurements_by_time ON measurements (measured_at, id);
