"""Derive the verb -> event-kind lexicon from PETRARCH2's CAMEO.2.0.txt and the CAMEO-to-PLOVER table.

Writes resources/gazetteer/verbs.tsv (lemma, CAMEO code, PLOVER kind, irregular forms) and
patterns.tsv (lemma, first words of the object, CAMEO code, PLOVER kind; OTHER for CAMEO's
"[---]", no event). A pattern goes to the verbs its comment names, not to every synonym of its
block. Called by
build_gazetteer.py. CAMEO 01x (public statements) becomes STATEMENT and 02x (appeals) REQUEST,
which is how PLOVER folds them; the 2021 table starts at 03.
"""

from __future__ import annotations

import re
from pathlib import Path


def plover_table(path: Path) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def to_plover(code: str, table: dict[str, str]) -> str:
    code = code.split(":")[0]
    if not code.isdigit():
        return ""
    if code.startswith("01"):
        return "STATEMENT"
    if code.startswith("02"):
        return "REQUEST"
    for n in (len(code), 3, 2):
        if code[:n] in table:
            return table[code[:n]]
    return ""


def _written_for(comment: str, block_verbs: list[str], block_forms: dict[str, set[str]]) -> list[str]:
    """The verbs of a synonym block that a pattern was written for. CAMEO.2.0 names them in the
    pattern's comment ("- * RELATIONS [161]  # BREAK"): "broke relations" is a sanction,
    "dominated relations" (same block) is not. A pattern whose comment names none of the block's
    verbs (a phrasal verb, "# SET_UP") is the whole block's."""
    names = {n.lower() for n in re.findall(r"[A-Z][A-Z_'\-]*", comment)}
    named = [v for v in block_verbs if v in names or block_forms.get(v, set()) & names]
    return named or block_verbs


def build_lexicon(corpus: Path, out: Path) -> None:
    table = plover_table(corpus / "plover" / "CAMEO2PLOVER-2021.txt")
    verbs: dict[str, tuple[str, set[str]]] = {}
    patterns: dict[tuple[str, str], str] = {}  # written for the verb
    inherited: dict[tuple[str, str], str] = {}  # written for another verb of its synonym block
    block_code, block_verbs, block_forms = "", [], {}
    text = (corpus / "petrarch" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    in_verbs = False
    for line in text.splitlines():
        if line.startswith("####### VERB PATTERNS") or line.startswith("---"):
            in_verbs = True
        if not in_verbs or not line.strip() or line.startswith("#"):
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if head:
            block_code, block_verbs, block_forms = head.group(2).strip(), [], {}
            continue
        body, _, comment = line.partition("#")
        body = body.rstrip()
        if body.startswith("-"):
            m = re.match(r"^-\s+\*\s+(\{[A-Z' ]+\}|[A-Z'\-]+)\s+\[([0-9:]+|---)\]\s*$", body)
            if m:
                obj = m.group(1).strip("{}").lower()
                named = _written_for(comment, block_verbs, block_forms)
                for lemma in named:
                    patterns.setdefault((lemma, obj), m.group(2))
                if m.group(2) != "---":
                    for lemma in block_verbs:
                        inherited.setdefault((lemma, obj), m.group(2))
            continue
        m = re.match(r"^([A-Z][A-Z'\-]*)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?\s*$", body)
        if not m:
            continue
        lemma = m.group(1).lower()
        forms = {f.lower() for f in re.findall(r"[A-Z][A-Z'\-]*", m.group(2) or "")}
        code = (m.group(4) or block_code).strip()
        block_verbs.append(lemma)
        block_forms[lemma] = forms
        if code in ("", "---"):
            code = ""
        if lemma not in verbs or (not verbs[lemma][0] and code):
            verbs[lemma] = (code, forms | (verbs[lemma][1] if lemma in verbs else set()))
    with (out / "verbs.tsv").open("w", encoding="utf-8") as f:
        f.write(
            "# lemma\tCAMEO code\tPLOVER kind\tirregular forms (|)  -- from PETRARCH2 CAMEO.2.0.txt (MIT)\n"
        )
        for lemma, (code, forms) in sorted(verbs.items()):
            f.write(f"{lemma}\t{code}\t{to_plover(code, table)}\t{'|'.join(sorted(forms))}\n")
    with (out / "patterns.tsv").open("w", encoding="utf-8") as f:
        f.write(
            "# lemma\tobject\tCAMEO code\tPLOVER kind\tinherited (written for another verb of the "
            "synonym block)  -- from PETRARCH2 CAMEO.2.0.txt (MIT)\n"
        )
        rows = {key: (code, "inherited") for key, code in inherited.items()}
        rows.update({key: (code, "") for key, code in patterns.items()})
        for (lemma, obj), (code, flag) in sorted(rows.items()):
            # "[---]": CAMEO's own "no event here" ("commit suicide", "cut production")
            kind = "OTHER" if code == "---" else to_plover(code, table)
            if kind:
                f.write(f"{lemma}\t{obj}\t{code}\t{kind}\t{flag}\n")
