"""Reading media files for the checks (metadata only, never pixels). Pillow is imported
lazily, on the first file read, so loading the engine stays fast."""
