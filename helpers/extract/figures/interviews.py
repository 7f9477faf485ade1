"""Interviews and transcripts: who speaks in a paragraph that opens with a speaker's label.

In: the sentences of an article (``para_no``, ``text``, ``start``). Out: for each paragraph of an
interview ("Q: ...", "A: ...") or a transcript ("ROE: ...", "LIND: ..."), the label that speaks in it;
a paragraph without a label goes on with the label before it (an answer over several paragraphs).
:mod:`.claimants` turns a label into a claimant: "A" is the person interviewed, "Q" the
interviewer (no claimant), a name the person it names.
"""
from __future__ import annotations

import re
from collections import Counter

#: A speaker's label opening a paragraph: "Q:", "A:", "Q." and "Q" glued to the question ("QLast
#: year, ..."), or a name in capitals and a colon ("ROE:", "JAN ROE:").
LABEL_RE = re.compile(r"\s*(?:(?P<qa>Q|A)(?:[ ]*[:.][ ]+|(?=[A-Z][a-z]))|"
                      r"(?P<name>[A-Z][A-Z'\u2019.-]+(?:[ ][A-Z][A-Z'\u2019.-]+){0,2}):[ ]+)")
#: The fewest labelled paragraphs that make an article an interview or a transcript, and the fewest
#: turns of a named speaker.
MIN_LABELS = 2


def speaker_labels(sentences: list[dict]) -> dict[int, tuple[str, int]]:
    """``para_no`` → (label, raw offset of the label) for the paragraphs of an interview or a
    transcript: "Q", "A" or a name in capitals; empty for any other article.

    >>> sents = [{"para_no": 1, "text": "Jan Roe spoke to us.", "start": 0},
    ...          {"para_no": 2, "text": "Q: How many did you hire?", "start": 22},
    ...          {"para_no": 3, "text": "A: We hired 40 people.", "start": 50},
    ...          {"para_no": 4, "text": "Most were nurses.", "start": 74}]
    >>> speaker_labels(sents)
    {2: ('Q', 22), 3: ('A', 50), 4: ('A', 50)}
    >>> speaker_labels([{"para_no": 1, "text": "VIDEO: How to wash", "start": 0},
    ...                 {"para_no": 2, "text": "STRESS: How to rest", "start": 20}])
    {}
    """
    firsts: dict[int, dict] = {}
    for s in sentences:
        firsts.setdefault(s["para_no"], s)
    labels: dict[int, tuple[str, int]] = {}
    for para, s in sorted(firsts.items()):
        m = LABEL_RE.match(s["text"])
        if m:
            labels[para] = (m.group("qa") or m.group("name"), s["start"] + m.start("qa" if m.group("qa") else "name"))
    counts = Counter(label for label, _ in labels.values())
    labels = {para: v for para, v in labels.items()  # an interview has both "Q" and "A"; a transcript's speakers
              if (v[0] in "QA" and counts["Q"] and counts["A"]) or counts[v[0]] >= MIN_LABELS}  # speak more than once
    if len(labels) < MIN_LABELS:
        return {}  # "VIDEO: The 20-second hand wash", "STRESS: How to ...": a page's boxes, not speakers
    out: dict[int, tuple[str, int]] = {}
    current = None
    for para in sorted(firsts):
        current = labels.get(para, current)
        if current is not None:
            out[para] = current
    return out
