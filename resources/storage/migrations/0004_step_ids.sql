-- Schema version 4: each workflow step has an id and names the step it follows, so the
-- latest step is known by the workflow's order, not by two laptops' clocks
-- (composer.model.step_order). Steps stored before get their ids when read.
ALTER TABLE state_changes ADD COLUMN step_id TEXT NOT NULL DEFAULT '';
ALTER TABLE state_changes ADD COLUMN after_step TEXT NOT NULL DEFAULT '';
