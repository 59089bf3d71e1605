"""What every reader shares: the skip record, the error a reader raises, and bytes → text."""
from __future__ import annotations

import codecs
import datetime
import os
import re
import stat
from dataclasses import dataclass

try:  # ships with requests/trafilatura; without it non-UTF-8 text is simply refused
    import charset_normalizer
except ImportError:  # pragma: no cover
    charset_normalizer = None


@dataclass(frozen=True)
class Skipped:
    """A file (or a line, or a feed entry) that could not be read, and why, in a few words."""

    source: str
    reason: str


class SourceError(Exception):
    """Raised by a reader when a whole file is unusable; `reason` becomes `Skipped.reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} kB"
    return f"{n} bytes"


def read_bytes(path: str | os.PathLike, max_bytes: int) -> bytes:
    st = os.stat(path)
    # A FIFO or device would block or never end; only plain files are articles.
    if not stat.S_ISREG(st.st_mode):
        raise SourceError("not a regular file")
    too_big = SourceError(f"larger than the {_size(max_bytes)} limit")
    if st.st_size > max_bytes:
        raise too_big
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)  # the file may have grown since stat
    if len(data) > max_bytes:
        raise too_big
    if not data.strip():
        raise SourceError("empty")
    # NUL bytes only occur in text encoded as UTF-16 or UTF-32, which announces itself with a
    # byte-order mark; anything else with them is an image, an archive, a program. Said here, so
    # that a picture named .xml is "binary file", not "not a feed".
    if b"\x00" in data[:8192] and not data.startswith(tuple(bom for bom, _, _ in _BOMS)):
        raise SourceError("binary file")
    return data


# C0/C1 control characters other than the whitespace ones that do occur in real text.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")


def check_text(text: str) -> str:
    """Newlines to "\\n"; refuse text that is really binary or has nothing in it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # NULs are refused, never stripped: stripping would silently shift every offset.
    if "\x00" in text:
        raise SourceError("binary file")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > 0.3 * len(sample):
        raise SourceError("binary file")
    if not text.strip():
        raise SourceError("empty")
    return text


_BOMS = [  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
]


def decode(data: bytes) -> str:
    """Bytes to checked text: a BOM decides; else UTF-8; else charset-normalizer's best guess."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                return check_text(data[len(bom):].decode(encoding))
            except UnicodeDecodeError:
                raise SourceError(f"not valid {label} text") from None
    if b"\x00" in data:
        raise SourceError("binary file")
    try:
        return check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best() if charset_normalizer else None
    if best is None:
        raise SourceError("not valid UTF-8 text")
    return check_text(str(best))


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])")


def iso_date(value: object) -> str | None:
    """The ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at the start of `value`, if it has one."""
    if not isinstance(value, str):
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    try:  # reject 2024-13-45 rather than pass it on
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None
    return "-".join(p for p in (y, mo, d) if p)


def lang_code(value: object) -> str | None:
    """"de-DE", "en_US" → "de", "en": the primary tag is what language models key on."""
    if not isinstance(value, str) or not value.strip():
        return None
    return re.split(r"[-_]", value.strip())[0].lower() or None
