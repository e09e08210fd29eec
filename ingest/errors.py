"""One exception type for input we cannot process, so the edges can print one clear line."""


class InputError(Exception):
    """The input cannot be processed; the message is the reason, without the file name (the caller adds it)."""
