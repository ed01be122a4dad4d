"""`somevahti list` and `somevahti export`: the stored drafts for scripts, Qt-free.

Exit codes: 0 done, 1 the draft is not approved (export without --force-draft), 2 bad
input (unknown id, a folder that is not empty, a damaged database — which the CLI never
moves or rewrites; the app sets it aside when it opens).
"""
