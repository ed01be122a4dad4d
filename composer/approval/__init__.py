"""Approvals bound to content: canonical content and its hash, signing with this user's
key from the OS keyring, and each channel's approval status. Qt-free."""
