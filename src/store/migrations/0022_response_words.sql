-- The words of alerts and posture proposals as codes with parameters (issue 17): the web app words
-- them in the reader's language; the title and reason columns keep a sentence for API users.
-- A proposal's words also say how exposed its site is (the wave's incidents there, its relative
-- risk), so the proposals of one wave are listed most exposed first.
ALTER TABLE alerts ADD COLUMN words jsonb;
ALTER TABLE postures ADD COLUMN words jsonb;
