"""One exception tree under one base: the CLI turns any `RasdError` into one clear line on stderr."""


class RasdError(Exception):
    """Base of every error rasd raises on purpose."""

    exit_code = 1


class InputError(RasdError):
    """A document or file that cannot be read as what it claims to be."""


class UsageError(RasdError):
    """Options that do not fit together."""

    exit_code = 2


class PipelineError(RasdError):
    """A pipeline whose stages do not fit together (a programming error, caught early)."""


class DataError(RasdError):
    """A shipped data file (lexicon, dictionary, gazetteer, model) is missing or malformed."""
