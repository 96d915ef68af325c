-- Version 3: the database of small architectures (issue 17). An architecture's size and cost; a
-- model's accuracy on a named data set and where its figures come from ("measured: ..." with the
-- run, or "published: ..." with the source).
ALTER TABLE architectures ADD COLUMN weight_bytes BIGINT;
ALTER TABLE architectures ADD COLUMN source VARCHAR(500);
ALTER TABLE models ADD COLUMN accuracy DOUBLE PRECISION;
ALTER TABLE models ADD COLUMN accuracy_dataset VARCHAR(200);
ALTER TABLE models ADD COLUMN source VARCHAR(500);
CREATE INDEX models_by_architecture ON models (architecture_id);
