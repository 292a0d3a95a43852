-- evidence_fact_span_key begins with (source_id, start_offset): it answers every look-up and ordering
-- the narrower index served (a source's evidence in reading order, the cascade from source), so that
-- index was a second copy of the same keys, updated for every one of the tens of rows an article adds.
DROP INDEX evidence_source_idx;
