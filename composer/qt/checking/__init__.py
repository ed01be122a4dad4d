"""Live checks in the window: the debounce scheduler that keeps one check job in flight
(latest text wins) and the shown draft's live findings."""
