-- A timeline window asks for every event whose period overlaps it. A B-tree on (start, end) can
-- only bound one side, so a window late in a long story scanned every earlier event; a GiST index
-- on the period as a date range answers the overlap directly.
CREATE INDEX event_happened_period_idx ON event USING gist (daterange(happened_start, happened_end, '[]'));
