"""Running the checker for the composer, Qt-free: a `CheckJob` (what to check), the
thread and process backends that run it, and the code of the checker child process."""
