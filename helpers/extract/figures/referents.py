"""Referents of claimants: who a pronoun, a description or a short name in an attribution stands for.

In: the sentences of an article (and the article, for its shared coreference pass). Out:
:class:`_Sentences`, which resolves "it", "the company", "the report", "she" and "the minister" to
the body or the person named before (:meth:`_Sentences.body_before`, :meth:`_Sentences.speaker_before`,
:meth:`_Sentences.issuer_before`), tells whether a sentence carries the attribution before it over
(:meth:`_Sentences.carried_over`), and reads the labels of an interview; and the canonical name of a
claimant (:func:`canonical_claimant`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..attribution import sentence_subject
from .interviews import speaker_labels
from .reporting import PRONOUNS, Attribution, attributions_in
from .sources import _FUNCTION_WORDS, _NOT_ISSUERS, _a_body, _a_document, _a_reference, _body_like, _titled_name, framing_sources, issuer_of
from .vocabulary import number_words

def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", name)}


def _group_word(name: str) -> bool:
    """Whether a description's head names a body or a group, which no person is ("the intelligence
    community", "the agency"), so coreference must not resolve it to one.

    >>> _group_word("The intelligence community"), _group_word("the minister"), _group_word("the 58-year-old")
    (True, False, False)
    """
    from ..actors import head_kind, title_words, token_key

    words = name.split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an") or any(w[:1].isupper() for w in words[1:]):
        return False
    kind, head = head_kind(name), words[-1].lower()
    return kind in ("organization", "group") or (not kind and token_key(head) not in title_words()
                                                  and not head.endswith(_AGENT_ENDINGS))


#: Endings of nouns for who does something, which are people: "defender", "investor", "scientist", "physician".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "old")


def _given_name(name: str) -> bool:
    """Whether a name holds a known given name or opens with a title ("Jan Roe", "Sgt. Eva Lind"), so
    names a person, not a body ("Environment Lima") the coreference may take for one.

    >>> _given_name("Mary Lind"), _given_name("Sgt. Roe"), _given_name("Environment Lima")
    (True, True, False)
    """
    from ..actors import first_names, title_words, token_key

    words = _ARTICLE_RE.sub("", name.strip()).split()
    return any(w in first_names() for w in words) or (bool(words) and token_key(words[0]) in title_words())


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    from ..actors.countries import package_countries

    return frozenset(a.lower() for _, _, adjectives in package_countries() for a in adjectives)


def _noun_modifiers(description: str) -> set[str]:
    """The nouns a public body's description names its portfolio by, which the body's name must share:
    "finance" in "the finance ministry"; not adjectives ("the federal agency"), nor a company's
    description ("the tech company" may be Apple).

    >>> sorted(_noun_modifiers("the finance ministry")), _noun_modifiers("the federal agency"), _noun_modifiers("the tech company")
    (['finance'], set(), set())
    """
    words = _ARTICLE_RE.sub("", description.strip()).lower().split()
    if not words or words[-1] not in _PORTFOLIO_HEADS:
        return set()  # "the tech company" may be Apple: only a public body's description names its portfolio
    return {w for w in words[:-1] if w.isalpha() and not w.endswith(_ADJECTIVE_ENDINGS)}


#: Heads of public bodies whose description names a portfolio the body's name shares: "the finance
#: ministry", "the health department", "the weather service", "the disaster agency".
_PORTFOLIO_HEADS = frozenset("ministry department agency office authority commission service bureau "
                             "administration directorate inspectorate regulator".split())


#: Endings of adjectives before a body's kind ("embattled", "leading", "federal", "public", "Kenyan").
_ADJECTIVE_ENDINGS = ("ed", "ing", "al", "ic", "an", "ese", "ish", "ful", "ous", "ive", "ary", "ry", "est", "er")


def _proper(text: str) -> bool:
    """Whether a phrase is a proper name: capitalised words (joined by "of", "for", "and") after its
    determiner, no number word ("Environment Lima", "the Bank of Lima"; not "Thirty ships").

    >>> _proper("the Bank of Lima"), _proper("Thirty ships"), _proper("Thirty")
    (True, False, False)
    """
    words = _ARTICLE_RE.sub("", text.strip()).split()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w in ("of", "for", "and", "&") for w in words) and not any(
        w.lower().strip(",.") in number_words() for w in words)


def _names_body(text: str) -> bool:
    """Whether a phrase names a body with a capitalised word past its determiner ("the SICNA union",
    "Lima Wildfire", "the National Drought Management Authority"), not a person's pronoun or a description.

    >>> _names_body("the SICNA union"), _names_body("the union"), _names_body("It"), _names_body("Jan Roe")
    (True, False, False, True)
    """
    words = _ARTICLE_RE.sub("", text.strip()).split()
    return bool(words) and text.lower() not in PRONOUNS and any(w[:1].isupper() for w in words)


def canonical_claimant(text: str, gazetteer=None) -> str:
    """The canonical name of a claimant when the gazetteer knows it, else the text without a leading "the".

    "X and Y" is resolved part by part when the gazetteer knows every part ("Lima and
    Quito" → "Peru and Ecuador"); otherwise the whole name is tried, then the
    name after a possessive ("Peru's National Statistics Institute" → "National Statistics
    Institute"). The gazetteer only needs a ``resolve(name)`` method returning an object with a
    ``canonical`` attribute, or None.

    >>> canonical_claimant("the INEI"), canonical_claimant("Lima and Quito")
    ('INEI', 'Lima and Quito')
    >>> canonical_claimant("the nonpartisan Lima Budget Office"), canonical_claimant("analysts at Lima Bank")
    ('Lima Budget Office', 'analysts at Lima Bank')
    """
    clean = _ARTICLE_RE.sub("", text.strip())
    described = _DESCRIBED_NAME_RE.fullmatch(clean)
    if described:  # "the nonpartisan Congressional Budget Office", "state-run Lima Radio": the name
        clean = described.group("name")
    resolve = getattr(gazetteer, "resolve", None)
    if resolve is None:
        return clean

    def known(name: str) -> str | None:
        actor = resolve(name)
        return getattr(actor, "canonical", None) or None

    parts = [p for p in _NAME_PARTS_RE.split(clean) if p]
    if len(parts) > 1:
        names = [known(p) for p in parts]
        if all(names):
            return " and ".join(dict.fromkeys(names))
    for name in dict.fromkeys((text.strip(), clean, _POSSESSIVE_RE.split(clean)[-1])):
        found = known(name)
        if found:
            return found
    return clean


_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: Adjectives before a proper name: "nonpartisan Congressional Budget Office" (not "analysts at Lima Bank").
_DESCRIBED_NAME_RE = re.compile(r"(?:(?!(?:at|of|for|from|in|by|with|and|on|to)\b)[a-z][a-z-]+[ ]+){1,2}"
                                r"(?P<name>[A-Z][\w&'\u2019.-]*(?:[ ]+(?:of|for|and|&|the|[A-Z][\w&'\u2019.-]*))*)")
#: A run of capitalised words (a name) in a sentence: "Lima Foods", "Bank of Lima".
_CAPITALISED_RE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w&'\u2019.-]*(?:[ ]+(?:of[ ]+|for[ ]+|and[ ]+)?[A-Z][\w&'\u2019.-]*)*")
_NAME_PARTS_RE = re.compile(r"\s+(?:and|&)\s+|,\s+")
_POSSESSIVE_RE = re.compile(r"['\u2019]s\s+")


class _Sentences:
    """Per-sentence attributions of one article, computed on first use."""

    def __init__(self, sentences: list[dict], article: "Article | None" = None, gazetteer=None):
        self.sentences = sentences
        self._atts: dict[int, list[Attribution]] = {}
        self._article, self._gazetteer, self._coref = article, gazetteer, None
        self._resolved: list[tuple[int, str, str]] = []  # (sentence, head word, body) of descriptions resolved
        self._labels: dict[int, tuple[str, int]] | None = None  # the speakers' labels of an interview

    def refers_to(self, text: str, start: int, bodies: bool = False) -> str | None:
        """The canonical name of who a pronoun, a description or a short name written at raw offset
        ``start`` stands for ("she", "the minister", "the company", "Sir Jan"), by the article's
        shared coreference pass (:mod:`helpers.extract.coref`); None when it stands for no one named
        (or, with ``bodies``, for a person: an issuer or a spokesperson's employer is a body)."""
        if self._article is None or not _a_reference(text):
            return None
        actor = self._coreference().resolve(text, start, fallback=False)
        if actor is not None and bodies and actor.kind == "person":
            return None  # the issuer of a survey or the body of a spokesperson is no person
        if actor is not None and text.lower() in ("he", "she") and actor.kind not in ("person", None):
            return None  # "she" is a person, whatever the coreference found ("Attendance mattered, she said")
        name = actor.canonical if actor is not None else None
        return name if name and any(w[:1].isupper() and w.lower() not in _FUNCTION_WORDS for w in name.split()) else None

    def attributions(self, k: int) -> list[Attribution]:
        if k not in self._atts:
            text = self.sentences[k]["text"]
            self._atts[k] = attributions_in(text) + framing_sources(text)
        return self._atts[k]

    def issuer_before(self, k: int, bodies: bool = False) -> Attribution | None:
        """Who issued "the report" that sentence ``k`` cites: the nearest named source before it, in
        its paragraph or the two before (as quotes resolve "the report"); with ``bodies``, only one
        the article's coreference knows as an organisation (for "the agency said")."""
        para = self.sentences[k]["para_no"]
        if not bodies:  # "the poll found": the poll an earlier sentence names with its issuer, however far back
            for i in range(k - 1, -1, -1):
                issued = [a for a in self.attributions(i) if (a.before or a.after) and issuer_of(a.text) != a.text
                          and not (_a_reference(issuer_of(a.text)) and not _names_body(issuer_of(a.text)))]
                # "A survey by the organization": that issuer is itself a reference; read further back
                if issued:
                    return issued[-1]
        for i in range(k - 1, -1, -1):
            if self.sentences[i]["para_no"] < para - 2:
                break
            named = [a for a in self.attributions(i) if (a.before or a.after) and a.text.lower() not in PRONOUNS
                     and not _a_document(a.text) and not _a_reference(a.text)
                     and (not bodies or _body_like(a.text)
                          or self.kind_of(a.text, self.sentences[i]["start"] + a.start) == "organization")
                     and (bodies or self.kind_of(a.text, self.sentences[i]["start"] + a.start) != "person")]
            if named:
                return named[-1]
        return None

    def body_before(self, k: int, name: str, at: int | None = None) -> str | None:
        """The named body that "it" or a body's description ("the union", "The authority") in sentence
        ``k`` stands for, as a reader takes it: a source named before with the description's word in
        its name ("The National Drought Management Authority said ... The authority estimated"), else
        the body the sentence before in the paragraph is about ("The Lima Front seized the town. The
        group said ..."), else the last body quoted as a source in the paragraph; None otherwise (the
        article's coreference then decides, then :meth:`body_after_all`). ``at``: where the
        description is written in sentence ``k``."""
        head = name.split()[-1].lower() if name.lower() != "it" else None
        if head:
            for i in range(k - 1, -1, -1):
                for b in reversed(self.attributions(i)):
                    source = issuer_of(b.text)
                    if (b.before or b.after) and head in _words(source) and _names_body(source):
                        return canonical_claimant(source, self._gazetteer)
        para = self.sentences[k]["para_no"]
        described = _noun_modifiers(name) if head else set()  # a public body's portfolio ("finance")
        if k and self.sentences[k - 1]["para_no"] == para:
            prev = self.sentences[k - 1]
            found = sentence_subject(prev["text"], 0, len(prev["text"]))
            subject = prev["text"][found[0]:found[1]] if found else ""
            kind = self.kind_of(subject, prev["start"] + found[0]) if found else None
            if subject and self._demonym(subject):
                kind = None  # "Indonesian rules require ...": a nationality modifying a noun is no body
            if _proper(subject) and (kind == "organization" or (kind == "person" and not _given_name(subject))) \
                    and (not described or _words(subject) & described):  # not "the finance ministry" for another body
                return canonical_claimant(subject, self._gazetteer)
            if subject and _a_body(subject):  # "The company had $1bn. It said ...": the company meant before
                return self.body_before(k - 1, subject) or self.resolved_body(k, subject.split()[-1].lower())
        for i in range(k - 1, -1, -1):
            if self.sentences[i]["para_no"] != para:
                break
            for b in reversed(self.attributions(i)):
                source = issuer_of(b.text)
                if described and not _words(source) & described:
                    continue  # "the finance ministry" is no "United Nations Office" quoted before
                if (b.before or b.after) and _names_body(source) and self._a_body_name(source, b, i):
                    return canonical_claimant(source, self._gazetteer)
        return None

    def _demonym(self, word: str) -> bool:
        """Whether a word is a nationality ("Indonesian"), by the gazetteer's adjectives."""
        adjectives = getattr(self._gazetteer, "adjectives", None)
        if adjectives is None:  # no gazetteer: the nationalities of the country data
            adjectives = _nationalities()
        return word.strip().lower() in adjectives

    def _a_body_name(self, source: str, b: Attribution, i: int) -> bool:
        """Whether an attribution's source names a body: the issuer of a document, or a name the
        article's coreference does not take for a person."""
        if source != b.text or _body_like(source):
            return True
        at = self.sentences[i]["text"].find(source, b.start)
        kind = self.kind_of(source, self.sentences[i]["start"] + max(at, b.start))
        return kind not in ("person", None) or (kind == "person" and not _given_name(source))

    def body_after_all(self, k: int, name: str, at: int) -> str | None:
        """A body's description that neither the sources before nor coreference resolve: a body named
        earlier in its own sentence ("Shares of Lima Foods rose after the company said"), else the body
        the last such description stood for ("the drugmaker said ... the company said")."""
        text = self.sentences[k]["text"]
        for m in reversed(list(_CAPITALISED_RE.finditer(text, 0, at))):
            if not m.start() or len(m.group()) < 3 or m.group().lower() in _NOT_ISSUERS:
                continue
            kind = self.kind_of(m.group(), self.sentences[k]["start"] + m.start())
            if kind == "organization" or (kind == "person" and " " in m.group() and not _given_name(m.group())):
                return canonical_claimant(m.group(), self._gazetteer)  # (coreference may take "Lima Wildfire" for a person)
        return self.resolved_body(k, name.split()[-1].lower())

    def resolved_body(self, k: int, head: str) -> str | None:
        """The body the last description before sentence ``k`` stood for: one with the same head word
        anywhere before, else any within three paragraphs."""
        para = self.sentences[k]["para_no"]
        same = [body for i, h, body in self._resolved if i < k and h == head]
        near = [body for i, _, body in self._resolved if i < k and self.sentences[i]["para_no"] >= para - 3]
        return (same or near or [None])[-1]

    def remember(self, k: int, name: str, body: str) -> str:
        """Note that the description ``name`` in sentence ``k`` stood for ``body``; returns ``body``."""
        if _a_body(name) or name.lower() == "it":
            self._resolved.append((k, name.split()[-1].lower(), body))
        return body

    def named(self, text: str, start: int) -> str | None:
        """The name the article's coreference reads in a titled name ("Race director Jan Roe" → Jan Roe)."""
        coref = self._coreference()
        actor = coref.resolve(text, start) if coref is not None else None
        return actor.canonical if actor is not None and actor.canonical else None

    def kind_of(self, text: str, start: int) -> str | None:
        """The kind of actor (person, organization, ...) a name written at raw offset ``start`` is."""
        coref = self._coreference()
        actor = coref.resolve(text, start) if coref is not None else None
        return actor.kind if actor is not None else None

    def _coreference(self):
        if self._article is None:
            return None
        if self._coref is None:
            from ..coref import article_coref

            self._coref = article_coref(self._article, self._gazetteer)
        return self._coref

    def carried_over(self, k: int) -> tuple[int, Attribution | None]:
        """The sentence before ``k`` in its paragraph and its last attribution, which a sentence
        without one continues; ``(k, None)`` when there is none."""
        if k == 0 or self.sentences[k - 1]["para_no"] != self.sentences[k]["para_no"]:
            return k, None
        text, prev = self.sentences[k]["text"], self.sentences[k - 1]["text"]
        if _OWN_VOICE_RE.match(text) or text.lstrip().startswith("(") or prev.rstrip().endswith(")"):
            return k, None  # "That's ...", "But ...", "Globally, ...", an aside in brackets: the writer's own
        atts = [a for a in self.attributions(k - 1) if a.before or a.after]
        if atts and atts[-1].before and not atts[-1].after and QUOTE_MARK_RE.match(prev.lstrip()):
            return k, None  # '"…," she said. The carrier has 24 jets': the quote was hers, what follows is not
        if atts and _own_subject(text) and not prev.rstrip().endswith(":") and not _a_document(
                self._subject_of(text)) and not (_a_document(atts[-1].text) or issuer_of(atts[-1].text) != atts[-1].text):
            return k, None  # "RCMP said. Officers went door to door ...": a subject of its own states a fact (a
            # poll's or a report's findings go on: "The poll showed ... . Roe leads Lind 49 percent to 39 percent.")
        if atts and self._subject_of(text).lower() in ("he", "she") and self._no_person(atts[-1], k - 1):
            return k, None  # "Officials said turnout was high. She led by 3,100 votes": she is none of them
        if not atts:
            return k, None
        framing = next((a for a in atts if a.after and a.verb_end <= atts[-1].start and _THAT_RE.match(prev, a.verb_end)), None)
        return k - 1, framing or atts[-1]  # "A study by X showed that men wrote 65% of stories. ...": X's findings go on

    def _no_person(self, a: Attribution, i: int) -> bool:
        """Whether the source of attribution ``a`` in sentence ``i`` is a group or a body, whom "he" or
        "she" cannot go on quoting ("officials", "police", "the company", "Lima Foods"); a document's
        findings go on whoever they are about ("The poll showed ... . She led by 5 points.")."""
        if _a_document(a.text) or issuer_of(a.text) != a.text:
            return False
        from ..actors import head_kind

        if head_kind(a.text) in ("group", "organization"):
            return True  # "officials", "Officials" opening a sentence, "police", "the company"
        return _a_body(a.text) or self.kind_of(a.text, self.sentences[i]["start"] + a.start) == "organization"

    def list_intro(self, k: int) -> tuple[int, Attribution | None]:
        """The sentence that introduces the list whose item sentence ``k`` is, and its last attribution
        ("Here is how it did against the forecasts, according to Lima Data:" over "- Sales: $2.1
        billion vs. $2.0 billion expected"); ``(k, None)`` when sentence ``k`` is no list item under one."""
        if not _LIST_ITEM_RE.match(self.sentences[k]["text"]):
            return k, None
        for i in range(k - 1, max(-1, k - 12), -1):
            text = self.sentences[i]["text"]
            if _LIST_ITEM_RE.match(text):
                continue
            atts = [a for a in self.attributions(i) if a.before or a.after]
            return (i, atts[-1]) if atts and text.rstrip().endswith(":") else (k, None)
        return k, None

    def interview(self, k: int) -> tuple[str | None, str | None] | None:
        """(claimant, label) of sentence ``k`` when its paragraph is a labelled turn of an interview or a
        transcript (:mod:`.interviews`): "A" is the person interviewed (the first person the article
        names), "Q" the interviewer (no claimant), "ROE" the person the label names; None otherwise."""
        if self._labels is None:
            self._labels = speaker_labels(self.sentences)
        found = self._labels.get(self.sentences[k]["para_no"])
        if found is None:
            return None
        label, at = found
        if label == "Q":
            return None, None
        if label == "A":
            name = self._interviewee()
        else:
            title = " ".join(w.capitalize() for w in label.split())
            name = (self.named(title, at) or title) if self.kind_of(title, at) == "person" else None
        return (name, label) if name else None

    def _interviewee(self) -> str | None:
        """The person an interview is with: the first person the article names before its first question."""
        first = min(self._labels.values(), key=lambda v: v[1])[1]
        for s in self.sentences:
            if s["start"] >= first:
                break
            for m in _CAPITALISED_RE.finditer(s["text"]):
                if len(m.group().split()) > 1 and self.kind_of(m.group(), s["start"] + m.start()) == "person":
                    return self.named(m.group(), s["start"] + m.start()) or m.group()
        return None

    def speaker_before(self, k: int, pronoun: str) -> str | None:
        """The person named as the source of the sentence just before ``k`` in its paragraph, whom "he" or
        "she" (``pronoun``) in sentence ``k`` goes on quoting; None when that source is no named person
        or a given name of the other gender."""
        if not k or self.sentences[k - 1]["para_no"] != self.sentences[k]["para_no"]:
            return None
        prev = self.sentences[k - 1]
        for b in reversed(self.attributions(k - 1)):
            if not (b.before or b.after) or b.text.lower() in PRONOUNS or not _names_body(b.text):
                continue
            at = prev["start"] + max(prev["text"].find(b.text, b.start), b.start)
            name = canonical_claimant(b.text, self._gazetteer)
            name = _titled_name(name) or name
            if self.kind_of(b.text, at) != "person" and not _given_name(name):
                return None
            full = self.named(b.text, at)  # "Hollis said ...": the full name the article gave before
            name = full if full and name.split()[-1] in full.split() else name
            from ..actors import first_names

            gender = next((first_names()[w] for w in name.split() if w in first_names()), "")
            return None if gender and gender != ("f" if pronoun == "she" else "m") else name
        return None

    @staticmethod
    def _subject_of(text: str) -> str:
        found = sentence_subject(text, 0, len(text))
        return text[found[0]:found[1]] if found else ""

    def named_before(self, k: int) -> Attribution | None:
        """The last attribution with a named source before sentence ``k`` (for "he said")."""
        for i in range(k - 1, max(-1, k - 12), -1):
            named = [a for a in self.attributions(i) if a.text.lower() not in PRONOUNS and (a.before or a.after)]
            if named:
                return named[-1]
        return None


def _own_subject(text: str) -> bool:
    """Whether a sentence opens with a subject of its own that is neither a pronoun (which may stand
    for the source before: "It raised the toll to 46") nor a count (what a report goes on to count:
    "More than 100 homes were flooded"): "Officers went door to door", "The island receives ...".

    >>> _own_subject("Officers went door to door."), _own_subject("It raised the toll to 46.")
    (True, False)
    >>> _own_subject("More than 100 homes were flooded."), _own_subject("Across Lima, 400 homes flooded.")
    (False, True)
    >>> _own_subject("The action was taken after a review of 5 offices.")
    True
    >>> _own_subject("Two months before the vote, the government jailed 40 critics.")
    True
    """
    if text[:1].islower():
        return False  # the rest of a sentence cut at a colon: "..., she said: students who missed ..."
    found = sentence_subject(text, 0, len(text))
    if not found and _THE_THING_RE.match(text):  # "The action was taken ...", "The town, 95 km away, has ..."
        found = (0, _THE_THING_RE.match(text).end())
    fronted = _FRONTED_THE_RE.match(text) if not found else None
    if fronted:  # "Two months before the vote, the government jailed ...": a subject after a fronted phrase
        found = fronted.span("subject")
    if not found or found[0] > 0 and not _SCOPE_RE.match(text) and not fronted:
        return bool(_SCOPE_RE.match(text))
    words = re.findall(r"[\w'\u2019-]+", text[found[0]:found[1]])
    return bool(words) and words[0].lower() not in PRONOUNS and words[0].lower() not in ("this", "that", "these", "those") \
        and not any(w[:1].isdigit() or w.lower() in number_words() for w in words)


#: "that" opening what a verb reports: "showed that", "said that".
_THAT_RE = re.compile(r"[ ]+that\b")
#: A line that is an item of a list: "- Revenue: ...", "* Sales ...", "\u2022 Profit ...".
_LIST_ITEM_RE = re.compile(r"\s*[-*\u2022\u2013\u2014]\s")
#: "The" and a noun (and one word before it) opening a sentence: "The action", "The new plant".
_THE_THING_RE = re.compile(r"\s*The[ ]+(?:[a-z-]+[ ]+)?[a-z-]+(?=[ ,])")
#: A subject "the <noun>" after a phrase fronted with a comma: "Two months before the vote, the government held ...".
_FRONTED_THE_RE = re.compile(r"\s*[A-Z][^,;:]{2,80},[ ]+(?P<subject>the[ ]+(?:[a-z-]+[ ]+)?[a-z-]+)[ ]+"
                             r"(?:[a-z]+ed|was|were|is|are|has|had|have|will|would)\b")
#: A place or scope opening a sentence before its subject: "Across Lima, ...", "In Tarn, ...".
_SCOPE_RE = re.compile(r"\s*(?:Across|Throughout|Nationwide|Statewide|Worldwide|Inside|Outside)\b")
#: How a sentence opens when the writer speaks again after a reported one: a comment on it ("That's
#: roughly ...", "This is ..."), a contrast ("But", "However,", "Yet") or a change of scope ("Globally",
#: "Elsewhere", "Nationally", "Overall").
_OWN_VOICE_RE = re.compile(r"\s*(?:That['\u2019]s|(?:That|This)\s+(?:is|was|means|meant|puts|put|leaves|left|brings|"
                           r"brought|compares|would|will)|But|However|Yet|Still,|"
                           r"By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand|Globally|Elsewhere|Nationally|"
                           r"Worldwide|Overall|Separately|Meanwhile)\b")
#: Quotation marks: an article without one has no quote to claim a figure.
QUOTE_MARK_RE = re.compile('["\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\']')
