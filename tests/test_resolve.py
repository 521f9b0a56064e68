"""Merging model and rule candidates, and grouping the mentions of one entity."""

from __future__ import annotations

import pytest

from newsner.candidates import Candidate
from newsner.resolve import MergePolicy, group, harmonise_labels, merge, resolve


def at(text: str, surface: str, label: str, nth: int = 0, **kw) -> Candidate:
    """A candidate over the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Candidate(start, start + len(surface), label, **kw)


def model_at(text, surface, label, nth=0, score=0.8):
    return at(text, surface, label, nth, score=score, source="model")


def rule_at(text, surface, label, nth=0, strength="strong", rule="test", score=0.9):
    return at(text, surface, label, nth, score=score, source="rule", rule=rule,
              strength=strength)


def show(final, text):
    return [(text[c.start:c.end], c.label, c.source) for c in final]


def assert_well_formed(final):
    assert final == sorted(final, key=lambda c: (c.start, c.end))
    for a, b in zip(final, final[1:], strict=False):
        assert a.end <= b.start, (a, b)


# --------------------------------------------------------------------------- merge

TEXT = "Sementara itu, Menlu AS Blinken menegaskan kembali niat AS di Stockholm."


def test_strong_rules_split_a_wrong_model_span():
    model = [model_at(TEXT, "Menlu AS Blinken", "PER")]
    rules = [rule_at(TEXT, "AS", "LOC"), rule_at(TEXT, "Blinken", "PER")]
    final = merge(model, rules, TEXT, "union_model_first")
    assert show(final, TEXT) == [("AS", "LOC", "rule"), ("Blinken", "PER", "rule")]
    assert_well_formed(final)


def test_strong_rule_fixes_a_label():
    model = [model_at(TEXT, "Stockholm", "ORG")]
    rules = [rule_at(TEXT, "Stockholm", "LOC")]
    final = merge(model, rules, TEXT, "union_model_first")
    assert show(final, TEXT) == [("Stockholm", "LOC", "rule")]


def test_weak_rules_only_fill_gaps():
    model = [model_at(TEXT, "Stockholm", "ORG"), model_at(TEXT, "AS Blinken", "PER")]
    rules = [rule_at(TEXT, "Stockholm", "LOC", strength="weak"),
             rule_at(TEXT, "AS", "LOC", strength="weak"),
             rule_at(TEXT, "AS", "LOC", nth=1, strength="weak")]
    final = merge(model, rules, TEXT, "union_model_first")
    assert show(final, TEXT) == [
        ("AS Blinken", "PER", "model"), ("AS", "LOC", "rule"), ("Stockholm", "ORG", "model")]


@pytest.mark.parametrize("policy", ["union_model_first", "rules_first"])
@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("Dekan Fakultas Pertanian UGM Dr. Jamhari hadir.", "Dr. Jamhari", "Jamhari"),
        ("Hal itu dikatakan Kapolri Jenderal Tito Karnavian.", "Kapolri Jenderal Tito Karnavian",
         "Tito Karnavian"),
        ('"Kami siap," kata Pak Basuki di Jakarta.', "Pak Basuki", "Basuki"),
        ('"Usut tuntas," kata Kapolri di Kalibata.', "Kapolri", None),
        ("Hal itu disampaikan Menteri bidang ekonomi.", "Menteri bidang", "Menteri bidang"),
        ("Menurut Sergey Lavrov, itu benar.", "Sergey Lavrov", "Sergey Lavrov"),
    ],
)
def test_titles_and_forms_of_address_leave_model_person_spans(policy, text, span, expected):
    """NER-UI never puts a title, rank or "Pak" inside a PER span; the model sometimes does."""
    final = merge([model_at(text, span, "PER")], [], text, policy=policy)
    assert show(final, text) == ([(expected, "PER", "model")] if expected else [])


def test_the_model_policy_keeps_the_models_own_spans():
    text = "Dekan Fakultas Pertanian UGM Dr. Jamhari hadir."
    final = merge([model_at(text, "Dr. Jamhari", "PER")], [], text, policy="model")
    assert show(final, text) == [("Dr. Jamhari", "PER", "model")]


def test_agreement_is_model_plus_rule_with_the_higher_score():
    model = [model_at(TEXT, "Blinken", "PER", score=0.6)]
    rules = [rule_at(TEXT, "Blinken", "PER", rule="title_person", score=0.9)]
    (c,) = merge(model, rules, TEXT, "union_model_first")
    assert (c.source, c.score, c.rule, c.label) == ("model+rule", 0.9, "title_person", "PER")


def test_rule_inside_a_model_span_of_the_same_label_does_not_shrink_it():
    text = "Menteri Luar Negeri AS Antony Blinken tiba."
    model = [model_at(text, "Antony Blinken", "PER")]
    rules = [rule_at(text, "Blinken", "PER")]
    final = merge(model, rules, text, "union_model_first")
    assert show(final, text) == [("Antony Blinken", "PER", "model")]


def test_overridden_model_span_keeps_its_name_like_remainder():
    text = "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Stockholm."
    model = [model_at(text, "Menteri Luar Negeri Rusia Sergey Lavrov", "PER")]
    rules = [rule_at(text, "Rusia", "LOC")]  # only the country is known to the rules
    final = merge(model, rules, text, "union_model_first")
    # the title on the left is dropped, the name on the right survives as the model's PER
    assert show(final, text) == [("Rusia", "LOC", "rule"), ("Sergey Lavrov", "PER", "model")]


@pytest.mark.parametrize(
    "policy, expected",
    [
        ("model", [("Menlu AS Blinken", "PER", "model"), ("Stockholm", "ORG", "model")]),
        ("rules", [("AS", "LOC", "rule"), ("Blinken", "PER", "rule"), ("AS", "LOC", "rule"),
                   ("Stockholm", "LOC", "rule")]),
        ("union_model_first", [("AS", "LOC", "rule"), ("Blinken", "PER", "rule"),
                               ("AS", "LOC", "rule"), ("Stockholm", "ORG", "model")]),
        ("rules_first", [("AS", "LOC", "rule"), ("Blinken", "PER", "rule"),
                         ("AS", "LOC", "rule"), ("Stockholm", "LOC", "rule")]),
    ],
)
def test_policies(policy, expected):
    model = [model_at(TEXT, "Menlu AS Blinken", "PER"), model_at(TEXT, "Stockholm", "ORG")]
    rules = [rule_at(TEXT, "AS", "LOC"), rule_at(TEXT, "Blinken", "PER"),
             rule_at(TEXT, "AS", "LOC", nth=1, strength="weak"),
             rule_at(TEXT, "Stockholm", "LOC", strength="weak")]
    final = merge(model, rules, TEXT, policy=policy)
    assert show(final, TEXT) == expected
    assert_well_formed(final)
    assert merge(model, rules, TEXT, policy=MergePolicy(policy)) == final


def test_unknown_policy_is_an_error():
    with pytest.raises(ValueError):
        merge([], [], TEXT, policy="both")


def test_overlapping_inputs_come_out_non_overlapping():
    text = "Presiden Joko Widodo bertemu Sekjen PBB Antonio Guterres di Jakarta."
    model = [model_at(text, "Presiden Joko", "PER", score=0.5),
             model_at(text, "Joko Widodo", "PER", score=0.9),
             model_at(text, "PBB Antonio Guterres", "ORG", score=0.4),
             model_at(text, "Jakarta", "LOC")]
    rules = [rule_at(text, "PBB", "ORG"), rule_at(text, "Antonio Guterres", "PER"),
             rule_at(text, "Guterres", "PER", strength="weak")]
    final = merge(model, rules, text, "union_model_first")
    assert_well_formed(final)
    assert show(final, text) == [("Joko Widodo", "PER", "model"), ("PBB", "ORG", "rule"),
                                 ("Antonio Guterres", "PER", "rule"), ("Jakarta", "LOC", "model")]


# --------------------------------------------------------------------------- group


def groups_by_canonical(final, text, acronyms=None, **kw):
    out = {}
    for canonical, label, idxs in group(final, text, acronyms, **kw):
        assert canonical not in out
        out[canonical] = (label, sorted({text[final[i].start:final[i].end] for i in idxs}))
    return out


@pytest.mark.shared_data
def test_grouping_the_seed_articles_gold_entities(seed_article):
    text, gold = seed_article
    final = [Candidate(e["start"], e["end"], e["label"]) for e in gold["entities"]]
    groups = group(final, text, {"AS": "Amerika Serikat"})
    assert sorted(i for _c, _l, idxs in groups for i in idxs) == list(range(len(final)))
    got = groups_by_canonical(final, text, {"AS": "Amerika Serikat"})
    assert got["Sergey Lavrov"] == ("PER", ["Lavrov", "Sergey Lavrov"])
    assert got["Antony Blinken"] == ("PER", ["Antony Blinken", "Blinken"])
    assert got["Amerika Serikat"] == ("LOC", ["AS", "Amerika Serikat"])
    assert got["Stockholm"] == ("LOC", ["STOCKHOLM", "Stockholm"])
    assert got["Rusia"] == ("LOC", ["Rusia"])
    assert got["NATO"] == ("ORG", ["NATO"])
    # the curated alias list knows AS even without the document's definition
    assert groups_by_canonical(final, text)["Amerika Serikat"] == ("LOC", ["AS", "Amerika Serikat"])
    # ... and without either, AS is a group of its own
    bare = groups_by_canonical(final, text, use_gazetteer=False)
    assert bare["AS"] == ("LOC", ["AS"]) and bare["Amerika Serikat"] == ("LOC", ["Amerika Serikat"])


def test_people_sharing_a_surname_stay_apart():
    text = ("Anies Baswedan datang bersama Rasyid Baswedan. Anies menyapa warga, sedangkan "
            "Rasyid diam. Baswedan kemudian tertawa.")
    final = [at(text, "Anies Baswedan", "PER"), at(text, "Rasyid Baswedan", "PER"),
             at(text, "Anies", "PER", nth=1), at(text, "Rasyid", "PER", nth=1),
             at(text, "Baswedan", "PER", nth=2)]
    got = groups_by_canonical(final, text)
    assert got == {
        "Anies Baswedan": ("PER", ["Anies", "Anies Baswedan"]),
        "Rasyid Baswedan": ("PER", ["Rasyid", "Rasyid Baswedan"]),
        "Baswedan": ("PER", ["Baswedan"]),  # ambiguous between the two: its own group
    }


def test_partial_names_join_only_people():
    text = "Sri Mulyani Indrawati hadir. Sri Mulyani berpidato. Indrawati tersenyum. Sri Lanka."
    final = [at(text, "Sri Mulyani Indrawati", "PER"), at(text, "Sri Mulyani", "PER", nth=1),
             at(text, "Indrawati", "PER", nth=1), at(text, "Sri Lanka", "LOC")]
    got = groups_by_canonical(final, text)
    assert got == {
        "Sri Mulyani Indrawati": ("PER", ["Indrawati", "Sri Mulyani", "Sri Mulyani Indrawati"]),
        "Sri Lanka": ("LOC", ["Sri Lanka"]),
    }


def test_document_acronyms_group_with_their_expansion(tokenizer, rules):
    text = ("Komisi Pemberantasan Korupsi (KPK) menahan tersangka. Partai Bulan Bintang (PBB) "
            "meminta KPK transparan. Ketua PBB mengatakan hal itu.")
    doc = tokenizer(text)
    final = merge([], rules(doc), text, "union_model_first")
    got = groups_by_canonical(final, text, rules.acronyms(doc))
    assert got["Komisi Pemberantasan Korupsi"] == ("ORG", ["KPK", "Komisi Pemberantasan Korupsi"])
    # the document's own definition wins over the curated "PBB = Perserikatan Bangsa-Bangsa"
    assert got["Partai Bulan Bintang"] == ("ORG", ["PBB", "Partai Bulan Bintang"])


def test_harmonise_labels_takes_the_majority():
    text = "Rusia menolak. Rusia setuju. Rusia diam. Rusia pergi."
    final = [at(text, "Rusia", "LOC", 0), at(text, "Rusia", "ORG", 1),
             at(text, "Rusia", "LOC", 2), at(text, "Rusia", "LOC", 3)]
    groups = group(final, text)
    assert groups == [("Rusia", "LOC", [0, 1, 2, 3])]
    fixed = harmonise_labels(final, groups)
    assert [c.label for c in fixed] == ["LOC"] * 4
    assert fixed[1].extra["label_before_group"] == "ORG"
    assert harmonise_labels(final, groups, enabled=False) == final
    assert final[1].label == "ORG"  # the input is not modified


@pytest.mark.shared_data
def test_rules_then_resolve_on_the_seed_article(tokenizer, rules, seed_article):
    text, _gold = seed_article
    doc = tokenizer(text)
    final, groups = resolve([], rules(doc), text, rules.acronyms(doc), harmonise=True)
    assert_well_formed(final)
    canon = {c: (label, len(idxs)) for c, label, idxs in groups}
    assert canon["Sergey Lavrov"] == ("PER", 7)
    assert canon["Antony Blinken"] == ("PER", 6)
    assert canon["Amerika Serikat"][0] == "LOC" and canon["Amerika Serikat"][1] == 14
    assert canon["Stockholm"] == ("LOC", 3)


def test_invariants_on_random_candidates(tokenizer, rules):
    """Whatever the candidates, every policy returns sorted, non-overlapping spans inside the
    text, and every merged mention lands in exactly one group."""
    import random

    rng = random.Random(7)
    text = ("REPUBLIKA.CO.ID, STOCKHOLM -- Menteri Luar Negeri Amerika Serikat (AS) Antony "
            "Blinken bertemu Menlu Rusia Sergey Lavrov. Blinken dan Lavrov membahas Ukraina. "
            "AS dan Rusia, kata   Lavrov, siap berdialog.")
    doc = tokenizer(text)
    rule_c = rules(doc)
    for _ in range(200):
        model = []
        for _ in range(rng.randrange(8)):
            a = rng.randrange(len(text) - 1)
            b = min(len(text), a + rng.randrange(1, 25))
            model.append(Candidate(a, b, rng.choice(["PER", "LOC", "ORG"]),
                                   score=rng.random(), source="model"))
        for policy in MergePolicy:
            final = merge(model, rule_c, text, policy)
            assert_well_formed(final)
            assert all(0 <= c.start < c.end <= len(text) for c in final)
            groups = group(final, text, rules.acronyms(doc))
            assert sorted(i for _c, _l, idxs in groups for i in idxs) == list(range(len(final)))
            assert len(harmonise_labels(final, groups)) == len(final)


def test_resolution_time_grows_near_linearly_with_mentions():
    """A page with tens of thousands of mentions once took minutes (pairwise overlap checks
    and name-part lookups); four times the mentions must cost well under 16 times the time."""
    import time

    def page(n: int) -> tuple[list[Candidate], list[Candidate], str]:
        names = [f"Nama{i % 997} Marga{i % 89}" for i in range(n)]
        text = " ".join(f"{name} tiba di Kota{i % 113}." for i, name in enumerate(names))
        model, rules, pos = [], [], 0
        for name in names:
            model.append(Candidate(pos, pos + len(name), "PER", 0.9))
            city = text.index("Kota", pos)
            rules.append(Candidate(city, text.index(".", city), "LOC", 1.0, "rule", "gaz",
                                   "strong"))
            model.append(Candidate(text.index(" ", pos) + 1, pos + len(name), "PER", 0.5))
            pos = text.index(".", city) + 2
        return model, rules, text

    def seconds(n: int) -> float:
        model, rules, text = page(n)
        t0 = time.process_time()
        final, groups = resolve(model, rules, text, policy="union_model_first")
        assert len(final) == 2 * n
        return time.process_time() - t0

    # CPU time, best of a few runs each, the sizes alternating so both see the same machine
    # (other processes do not count, but a busy sibling core still slows ours)
    small = large = float("inf")
    for _ in range(3):
        small = min(small, seconds(2_000))
        large = min(large, seconds(8_000))
    assert large < 8 * small + 0.05
