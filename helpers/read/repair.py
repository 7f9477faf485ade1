"""Repair mangled text: UTF-8 that was once decoded as Latin-1 or Windows-1252 ("PeÃ±a" → "Peña").

Such mojibake is common in exports and scraped archives. ftfy finds and undoes it; only its
encoding repairs are used here (quotes, dashes, ligatures, widths and line breaks are left as
the article wrote them), and only on text that ftfy judges mangled, so clean text is never
touched. The text is first put in Unicode's composed form (NFC), since some exports spell
"Ã" as "A" plus a combining tilde.

>>> repaired("Enrique Pe\\u00c3\\u00b1a Nieto said \\u201cyes\\u201d.")
('Enrique Peña Nieto said “yes”.', "repaired mangled characters (ftfy): 'PeÃ±a' → 'Peña'")
>>> repaired("Peña said 'no'.")
("Peña said 'no'.", None)
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Characters that start most mojibake: UTF-8 lead bytes read as Latin-1/Windows-1252, and a
#: combining mark after a capital A (the decomposed spelling of "Ã"). Text without any is clean.
_SUSPECT_RE = re.compile("[\u00c2-\u00c5\u00ce\u00cf\u00d0\u00d1\u00e2\u00ef\u00f0]|A\u0303|A\u0302")
_WORD_RE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _config():
    from ftfy import TextFixerConfig

    return TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                           fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                           remove_control_chars=False, normalization=None, explain=False)


def repaired(text: str) -> tuple[str, str | None]:
    """``text`` with mojibake undone, and a note giving the first repair (None when clean).

    >>> repaired("caf\\u00c3\\u00a9 au lait")[0]
    'café au lait'
    """
    if text.isascii() or not _SUSPECT_RE.search(text):
        return text, None
    from ftfy import fix_text
    from ftfy.badness import is_bad

    composed = unicodedata.normalize("NFC", text)
    if not is_bad(composed):
        return text, None
    fixed = fix_text(composed, _config())
    if fixed == composed:
        return text, None
    return fixed, f"repaired mangled characters (ftfy): {_first_change(composed, fixed)}"


def _first_change(before: str, after: str) -> str:
    """The first word that changed, as ``'before' → 'after'``."""
    for old, new in zip(_WORD_RE.findall(before), _WORD_RE.findall(after)):
        if old != new:
            return f"{old.strip('.,;:()')!r} → {new.strip('.,;:()')!r}"
    return "characters changed"
