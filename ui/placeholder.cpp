// Removed once the first widget lands; a static library needs one source.
