"""How model and rule candidates are merged: the policies, and the pipeline's default.

Apart from :mod:`newsner.resolve`, which does the merging, so that the pipeline, the CLI and the
spaCy component can name and check a policy (:func:`check_policy`) without importing the
resolver (and the rules it reads).
"""

from __future__ import annotations

from enum import StrEnum


class MergePolicy(StrEnum):
    """How model and rule candidates are combined.

    ``model``              the model's spans only.
    ``rules``              the rules' spans only.
    ``union_model_first``  model spans win; a *strong* rule overrides an overlapping model span
                           (fixing its label or boundary); weak rules only fill gaps.
    ``rules_first``        every rule overrides the model; model spans fill the gaps. In a
                           sentence without reliable capitals (all lower or upper case) weak
                           rules only fill gaps, as in ``union_model_first``.

    In both union policies a rule lying inside a model span with the same label does not
    shrink it (model "Antony Blinken" PER stays whole against a rule "Blinken" PER), and when
    model and rule agree exactly the result has ``source="model+rule"`` and the higher score.
    """

    MODEL = "model"
    RULES = "rules"
    UNION_MODEL_FIRST = "union_model_first"
    RULES_FIRST = "rules_first"

    @classmethod
    def _missing_(cls, value: object) -> MergePolicy:
        raise ValueError(f"{value!r} is not a valid merge policy; valid policies: "
                         f"{', '.join(p.value for p in cls)}")


#: The pipeline's policy, chosen on the NER-UI dev folds (benchmarks/results/policies.json):
#: rules override the model, except weak rules in sentences without reliable capitals.
DEFAULT_POLICY = MergePolicy.RULES_FIRST

#: The policies' names, in the order the error messages list them.
POLICIES = tuple(p.value for p in MergePolicy)


def check_policy(policy: str | None) -> str:
    """The name of ``policy`` (default :data:`DEFAULT_POLICY`) if it is a merge policy, else a
    ValueError that lists the valid ones."""
    return DEFAULT_POLICY.value if policy is None else MergePolicy(policy).value
