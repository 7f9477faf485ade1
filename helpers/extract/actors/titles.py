"""Titles, first names and family names: the word lists of ``data/`` that name reading uses.

``titles.csv`` says what a word before or after a name is (an honorific, a role, an
organisation word, a document, a group), its gender and, for an abbreviation, the word it
stands for; ``first_names.csv`` gives a gender to a given name; ``family_names_first.csv`` lists
the family names written first ("Tran" in "Tran Van Minh"). Post-nominals ("MD", "PhD", "Jr.",
"KC") come from nameparser's suffix lists, with ``post_nominals.csv`` for the few it lacks.
:func:`head_kind` reads the kind of a description from its last words.

>>> head_kind("the foreign ministry"), titles()["spokeswoman"]
('organization', ('role', 'f'))
"""
from __future__ import annotations

from functools import lru_cache

from ...lexicon import read_table
from .keys import name_key, token_key, tokens


@lru_cache(maxsize=None)
def titles() -> dict[str, tuple[str, str]]:
    """``titles.csv``: title (folded, dots dropped) → (kind, gender).

    >>> titles()["spokeswoman"], titles()["mr"]
    (('role', 'f'), ('honorific', 'm'))
    """
    return {name_key(r["word"]): (r["kind"], r["gender"]) for r in read_table("titles.csv")}


#: Words that qualify a title without being a name: "former Deputy Prime Minister".
TITLE_QUALIFIERS = frozenset("""former acting then late incoming outgoing senior junior first second third chief deputy
vice national federal state general special presidential executive assistant associate interim principal top
foreign defense defence security military intelligence press political lead co""".split())


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Every single word that makes up a title, role or organisation word, plus qualifiers.

    >>> {"vice", "foreign", "minister", "ministry", "spokesman"} <= title_words()
    True
    """
    words = {w for t, (kind, _) in titles().items() if kind in ("honorific", "role", "organization") for w in t.split()}
    return frozenset(words | TITLE_QUALIFIERS)


@lru_cache(maxsize=None)
def title_means() -> dict[str, str]:
    """``titles.csv``: an abbreviated title (its key) → the word it stands for.

    >>> title_means()["dr"], title_means()["gov"]
    ('doctor', 'governor')
    """
    return {name_key(r["word"]): r["means"] for r in read_table("titles.csv") if r.get("means")}


@lru_cache(maxsize=None)
def post_nominals() -> tuple[frozenset[str], frozenset[str]]:
    """(letters, words): the post-nominals written after a name, lower case without full stops.
    Letters ("md", "phd", "kc") are nameparser's acronym suffixes and ``post_nominals.csv``; words
    ("jr", "esq", "iii") its other suffixes. nameparser is imported here, on first use only.

    >>> letters, words = post_nominals()
    >>> {"md", "phd", "qc", "kc", "sc", "obe"} <= letters, {"jr", "sr", "iii"} <= words
    (True, True)
    """
    from nameparser.config import CONSTANTS

    letters = {w.replace(".", "").lower() for w in CONSTANTS.suffix_acronyms}
    letters |= {r["letters"].replace(".", "").lower() for r in read_table("post_nominals.csv")}
    words = {w.replace(".", "").lower() for w in CONSTANTS.suffix_not_acronyms if w.isascii() and w.isalpha()}
    return frozenset(letters), frozenset(words)


@lru_cache(maxsize=4096)
def is_post_nominal(word: str) -> bool:
    """Whether a word written after a name is a post-nominal, not part of the name: letters in
    capitals ("MD", "PhD", "KC", "O.B.E.") or a capitalised suffix ("Jr.", "III"); "md" and "Am" are not.

    >>> [is_post_nominal(w) for w in ["MD", "PhD", "Jr.", "KC", "III", "Smith", "md", "Am", "Doe"]]
    [True, True, True, True, True, False, False, False, False]
    """
    bare = word.replace(".", "")
    if not bare.isalpha() or not bare[:1].isupper():
        return False
    letters, words = post_nominals()
    low = bare.lower()
    if low in words:
        return True
    return low in letters and sum(ch.isupper() for ch in bare) >= 2


@lru_cache(maxsize=None)
def first_names() -> dict[str, str]:
    """``first_names.csv``: given name → m or f.

    >>> first_names()["Mary"]
    'f'
    """
    return {r["name"]: r["gender"] for r in read_table("first_names.csv")}


@lru_cache(maxsize=None)
def family_first() -> frozenset[str]:
    """Family names written first ("Tran" in "Tran Van Minh"), from ``family_names_first.csv``.

    >>> "Tran" in family_first()
    True
    """
    return frozenset(r["name"] for r in read_table("family_names_first.csv"))


@lru_cache(maxsize=65536)
def head_kind(description: str) -> str:
    """The kind in ``titles.csv`` (role, organization, document, group) of a description's last words.

    >>> head_kind("the paper's editorial board"), head_kind("a senior official"), head_kind("Jan Roe")
    ('organization', 'role', '')
    """
    words = [k for k in (token_key(t) for _, _, t in tokens(description)) if k[:1] != "'"]
    for k in (3, 2, 1):
        if len(words) >= k and " ".join(words[-k:]) in titles():
            return titles()[" ".join(words[-k:])][0]
    return ""
