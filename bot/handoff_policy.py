"""HandoffPolicy: predicts ``action_handoff`` above the other policies, with a reason.

Runs on the first prediction after each user message. It reads the ``frustration``
dict that ``bot.frustration.component`` adds to the parse data, the NLU intent, and
the conversation so far, and picks the first reason that holds, in this order:
``abuse``, ``explicit_request``, ``complaint``, ``frustration``, ``rising_frustration``,
``repeated_fallback``, ``loop``. The reason reaches ``action_handoff`` through the
``handoff_reason`` slot, set by the prediction's events before the action runs.

It is also the reply guard (see ``docs/detection.md``): in a turn whose message is not
calm or is a complaint, an intent answered from the cheerful family (thanks, praise,
greeting, goodbye, affirm) is handed off instead of being answered.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.frustration import lexicon
from bot.frustration.detector import (
    has_ironic_cue,
    has_praise_beyond_manners,
    has_problem_word,
    has_sarcasm_cue,
    is_praise_of_us,
    is_stressed_problem,
)
from bot.frustration.sentences import without_rhetorical_praise

logger = logging.getLogger(__name__)

HANDOFF_ACTION = "action_handoff"
REASON_SLOT = "handoff_reason"
FALLBACK_INTENT = "nlu_fallback"
FALLBACK_ACTIONS = ("action_default_fallback", "utter_default")
REASONS = (
    "abuse",
    "explicit_request",
    "complaint",
    "frustration",
    "rising_frustration",
    "repeated_fallback",
    "loop",
)


REFUND_DEMAND_RE = re.compile(lexicon.REFUND_DEMAND)
LEARNED_SIGNAL = "learned_complaint"
FAILURE_SIGNAL = "service_failure"
PRAISE_WARM = "warm"
PRAISE_DOUBTED = "doubted"
PRAISE_PROBLEM = "problem"
PRAISE_UNCLEAR = "unclear"


def praise_verdict(
    text: str,
    info: dict[str, Any],
    learned_ceiling: float = 1.0,
    sarcasm_learned_ceiling: float = 1.0,
) -> str:
    """How to answer NLU "praise": ``warm``, ``doubted``, ``unclear`` or ``problem``.

    - ``problem``: a problem word or lexicon signal ("love how my basket
      disappears") or a demand for the money back (round 41): ask what went wrong.
    - ``unclear``: no praise word or emoji (praise in words the lexicon lacks, or
      off-topic text the NLU misread): the doubted reply for NLU "praise" (round 10;
      until then the question about a problem, an apology to "couldn't be happier
      with the sandals"), the question about a problem for a calm NLU "complaint".
    - ``doubted``: praise words and no such cue, but the learned model doubts it: its
      ``learned_complaint`` signal fired, or P(complaint) is at least
      ``learned_ceiling`` (``sarcasm_learned_ceiling`` when a sarcasm cue is present:
      "oh lovely, the navy shoes turned out purple"); or it does not read as praise
      of us (``is_praise_of_us``: about something else, a question, "thanks ...
      but", our words in scare quotes). The reply suits praise and sarcasm alike,
      never a cheerful one.
    - ``warm``: the cheerful praise reply.
    """
    signals = {s.get("name") for s in info.get("signals", [])}
    lexical = signals & (lexicon.PROBLEM_SIGNALS - {LEARNED_SIGNAL})
    if lexical or has_problem_word(text) or REFUND_DEMAND_RE.search(text.lower()):
        return PRAISE_PROBLEM
    if not has_praise_beyond_manners(text):
        return PRAISE_UNCLEAR
    if LEARNED_SIGNAL in signals or not is_praise_of_us(text):
        return PRAISE_DOUBTED
    learned = info.get("learned")
    if learned is not None:
        ceiling = learned_ceiling
        if has_sarcasm_cue(text):
            ceiling = min(ceiling, sarcasm_learned_ceiling)
        if float(learned) >= ceiling:
            return PRAISE_DOUBTED
    return PRAISE_WARM


# A request inside a message (round 17: not "I just want to say...", "please never
# stop making them", "didn't even need breaking in"; round 18: not "I want say thank
# you", "please tell her manager she is a star", "you actually tell me the heel
# height", "no need to be sorry", "she didn't want to open it", "help her very
# patient"; round 19: "please pass this on to him", "I would like to commend the
# young man at your Harrogate branch"; round 20: "I'm rarely offered help getting to
# the counter"; round 22: "the lady... was so kind and help me find boots"; round 25: "I
# want to give a shout out to Dev at the Croydon branch"; round 33: "the first that
# didn't need a week of plasters") ...
REQUEST = (
    # round 37 (batch 118): "pls pass on my thanks xx", as "please" is
    r"\b((please|pls|plz)(?! (never|don'?t|do not) (stop|change))"
    # (round 41, batch 184: "Please pass my thanks to whoever did them.")
    r"(?! (tell|thank|pass (my|our) thanks to) (her|him|them|the|your|everyone"
    r"|whoever))"
    # round 19 (batch 34): "Please pass this on to him and his manager."
    r"(?! pass (this|that|it|these words|my thanks|our thanks) on\b)"
    # round 21 (batch 39): "Please pass on our thanks." (with or without "to her")
    r"(?! pass on (my|our|the|these|all (my|our)) (thanks|gratitude|compliments|praise"
    r"|appreciation)\b)"
    r"|can (you|u|i)"
    r"|could (you|u|i)"
    r"|would you|(?<!no )(?<!n't )(?<!not )need(?! (breaking|wearing) in)"
    r"|(?<!n't )(?<!not )(want|would"
    r" like)(?! (to )?(say|thank|tell you|share|let you know|commend|express|praise"
    r"|compliment|pass on|give (a |an )?(big |huge |massive )?(shout ?-?out|thanks"
    r"|kudos|credit)))"
    # round 22 (batch 42): "the lady in the Oxford shop... help me find boots"
    r"|(?<!offered )(?<!offering )help(?! (her|him|them|(me|us) (find|choose|pick"
    r"|decide))\b)|send"
    r"|(?<!you )(?<!actually )tell me|let me know)\b"
)
REQUEST_RE = re.compile(REQUEST)
# ... or a request or a question (its praise is a preamble, not the point).
REQUEST_OR_QUESTION_RE = re.compile(
    r"(^|[.!,;:]\s*)(how|what|when|where|why|which|who|can|could|would|will|do|does"
    r"|did|is|are|should|may|have|has|any)\b|" + REQUEST
)


def is_clear_praise(
    text: str, info: dict[str, Any], learned_ceiling: float = 0.3
) -> bool:
    """Praise plain enough to answer warmly whatever intent the NLU gave it.

    A warm ``praise_verdict`` with little doubt (P(complaint) below
    ``learned_ceiling``), no sarcasm cue but praise of work done ("good job",
    "brilliant work": round 32), and no request or question in it: "the fitter in
    Norwich measured my daughter for her first school shoes and gave her a sticker
    🥰" (DIET: an FAQ question), "my wide fit trainers are the first shoes in years
    that don't pinch, so grateful" (DIET: fallback).
    """
    # a warm verdict with a learned probability means it is below the ceiling
    return (
        info.get("learned") is not None
        and praise_verdict(text, info, learned_ceiling, learned_ceiling) == PRAISE_WARM
        and not has_sarcasm_cue(text, work_praised=True)
        and REQUEST_OR_QUESTION_RE.search(text.lower()) is None
    )


# Cues the praise reader never lets through (round 18).
NEVER_SINCERE_RE = re.compile(lexicon.NEVER_SINCERE)


def praise_reader_is_sure(
    text: str,
    info: dict[str, Any],
    threshold: float,
    learned_ceiling: float,
    ironic_threshold: float = 1.01,
    failure_threshold: float = 1.01,
) -> bool:
    """Praise the praise reader is sure of, whatever its words (round 14).

    The praise reader (the ``praise`` probability, a model trained on the team's
    praise against everything else) at ``threshold`` or more, P(complaint) under
    ``learned_ceiling``, no lexicon problem signal, no ironic cue (the cues sincere
    praise uses as often, "impressive", "well done", pass: the reader itself scores
    sarcasm low, "impressive, a week for a parcel" 0.09), praise of us (which asks no
    question) and no request: "huge thanks to your driver, who waited while I
    hobbled to the door" (a problem word, "waited", and ", who" opening a clause as
    questions do), "I know you mostly hear from people when things go wrong" (DIET:
    complaint). An ironic cue passes from ``ironic_threshold`` (round 17: "so
    glad I found your shop", "cheers for sorting my exchange so quickly, legends"),
    and so does a quote (round 18: "thank you for the handwritten 'enjoy your new
    boots, Jess!' note"), and a failure told in passing from ``failure_threshold``
    when the detector did not call the message a complaint (the learned model vetoed
    it: "the boots came late the first time but the way your team handled it...
    customer for life").
    A cue never said in sincere praise (``lexicon.NEVER_SINCERE``) never passes.
    """
    if info.get("praise") is None or info.get("learned") is None:
        return False
    praise, learned = float(info["praise"]), float(info["learned"])
    lowered = text.lower()
    signals = {s.get("name") for s in info.get("signals", [])}
    problems = signals & (lexicon.PROBLEM_SIGNALS - {LEARNED_SIGNAL})
    # an ironic cue and a quote pass only from the ironic threshold
    sure_past_irony = praise >= ironic_threshold
    return (
        praise >= threshold
        and learned < learned_ceiling
        and not info.get("complaint", False)
        and (
            not problems
            or (problems == {FAILURE_SIGNAL} and praise >= failure_threshold)
        )
        and (sure_past_irony or not has_ironic_cue(text))
        and NEVER_SINCERE_RE.search(lowered) is None
        and not is_stressed_problem(text)
        and is_praise_of_us(text, quotes_allowed=sure_past_irony)
        and REQUEST_RE.search(without_rhetorical_praise(text).lower()) is None
    )


# Thanks and their short forms, set aside to see whether a message praises beyond them.
THANKS_RE = re.compile(
    r"\b(thank(s| you| u)?|thx|ty|ta|cheers|many thanks|much appreciated"
    r"|(i |really )?appreciate (it|that|this))\b"
)


def praises_beyond_thanks(text: str) -> bool:
    """Whether a praise word or emoji is left once the thanks are set aside (round 18).

    "perfect fit, thank you" and "brilliant thank you ❤️" do; "thank you, that's all
    I needed" and "thanks, that answers it" do not.
    """
    return has_praise_beyond_manners(THANKS_RE.sub(" ", text.lower()))


def reads_as_praise_of_us(text: str, info: dict[str, Any]) -> bool:
    """Praise of us with no problem cue and no request or question, doubted or not.

    What DIET reads as an FAQ question, out of scope or nothing that is this but not
    clear praise gets the doubted reply (round 10) rather than an FAQ answer or "Sorry,
    I didn't quite get that": "Huge thanks to Priya on the live chat, who stayed with
    me while I fumbled through a return" (learned 0.41).
    """
    return (
        praise_verdict(text, info) in (PRAISE_WARM, PRAISE_DOUBTED)
        and is_praise_of_us(text)
        and REQUEST_OR_QUESTION_RE.search(text.lower()) is None
    )


# Routine answers that may repeat without being a loop (form answers, yes/no).
NOT_LOOP_INTENTS = frozenset({"inform", "affirm", "deny", "greet", "thank", "goodbye"})


def user_turns(tracker: DialogueStateTracker) -> list[UserUttered]:
    """Returns the user messages of the tracker, oldest first."""
    return [e for e in tracker.events if isinstance(e, UserUttered)]


def frustration_of(event: UserUttered | None) -> dict[str, Any]:
    """Returns the ``frustration`` dict of a user message (empty when missing)."""
    if event is None:
        return {}
    value = event.parse_data.get("frustration")
    return value if isinstance(value, dict) else {}


def full_intent(event: UserUttered) -> str | None:
    """Returns the intent, with the retrieval key when there is one (``faq/x``).

    A ResponseSelector without ``retrieval_intent`` files its answer under
    ``default``; one with it, under the retrieval intent's name.
    """
    name = event.intent_name
    selector = event.parse_data.get("response_selector")
    if not name or not isinstance(selector, dict):
        return name
    for key in (name, "default"):
        found = selector.get(key)
        if not isinstance(found, dict):
            continue
        response_key = found.get("response", {}).get("intent_response_key")
        if isinstance(response_key, str) and response_key.startswith(f"{name}/"):
            return response_key
    return name


def normalise(text: str | None) -> str:
    """Lower-cases and strips punctuation and extra spaces, for loop detection."""
    return " ".join(re.sub(r"[^\w\s]", " ", (text or "").lower()).split())


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class HandoffPolicy(Policy):
    """Hands the conversation to a person when a rule of the module docstring holds."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Returns the defaults; every threshold can be set in ``config.yml``."""
        return {
            # above RulePolicy (6): a handoff wins over rules, forms and TED
            "priority": 7,
            # frustration score from which one message is handed off
            "frustration_threshold": 0.4,
            # rising_frustration: last score at least this ...
            "rising_min_score": 0.35,
            # ... after rising over the last `rising_window` user turns by this much
            "rising_delta": 0.25,
            # number of user turns looked at for rising frustration
            "rising_window": 3,
            # NLU confidence from which request_human / complaint / insult count alone
            "intent_threshold": 0.8,
            # complaint / insult intents alone hand off only when the message is
            # not calm (the NLU alone took praise for complaints)
            "intent_needs_signal": True,
            # fallbacks in a row that hand off
            "fallbacks_in_a_row": 2,
            # the same question this many times in a row is a loop
            "loop_repeats": 3,
            # intents answered from the cheerful family (the reply guard)
            "guarded_intents": ["thank", "praise", "greet", "goodbye", "affirm"],
            # "praise" with a problem word or signal gets this neutral reply instead
            # of a cheerful one (null: off; called praise_without_cue_action until
            # round 11: since round 10 praise without a praise word or emoji gets
            # praise_doubted_action instead)
            "praise_problem_action": "utter_ask_problem",
            # praise the learned model finds this likely a complaint gets this reply,
            # which suits praise and sarcasm alike (null: the cheerful one)
            "praise_doubted_action": "utter_praise_doubted",
            "praise_learned_ceiling": 0.5,
            # ... or at least this when a sarcasm cue is present (round 8)
            "praise_sarcasm_learned_ceiling": 0.25,
            # clear praise (``is_clear_praise``) the NLU read as one of these intents
            # gets this reply (round 9; null: off): DIET knows short praise only, and
            # learned praise words from sarcastic complaints (round 10: complaint)
            "praise_recovery_intents": [
                "faq",
                "out_of_scope",
                "nlu_fallback",
                "complaint",
            ],
            "praise_recovery_action": "utter_praise",
            "praise_recovery_learned_ceiling": 0.3,
            # round 23: ... or this one when the praise reader is at least
            # praise_recovery_agreed_threshold sure of praise (1.01: never)
            "praise_recovery_agreed_ceiling": 0.3,
            "praise_recovery_agreed_threshold": 1.01,
            # round 14: praise the praise reader (the dict's ``praise``) is this sure
            # of, with P(complaint) under praise_reader_learned_ceiling, gets
            # praise_recovery_action whatever its words or intent (1.01: off)
            "praise_reader_threshold": 1.01,
            "praise_reader_learned_ceiling": 0.6,
            # round 17: ... and with an ironic cue ("so glad", "cheers for") when it
            # is at least this sure (1.01: never)
            "praise_reader_ironic_threshold": 1.01,
            # ... and with a failure told in passing, on a message the detector did
            # not call a complaint, from this (1.01: never)
            "praise_reader_failure_threshold": 1.01,
            # round 27: ... and whatever intent DIET gave it (an order form's, a
            # change of address) when it is at least this sure, with P(complaint)
            # under praise_reader_any_intent_learned_ceiling (1.01: never)
            "praise_reader_any_intent_threshold": 1.01,
            "praise_reader_any_intent_learned_ceiling": 0.3,
            # round 34: ... and from this, whatever the intent, with P(complaint) up
            # to praise_reader_sure_learned_ceiling (1.01: never)
            "praise_reader_sure_threshold": 1.01,
            "praise_reader_sure_learned_ceiling": 0.0,
            # round 18: intents DIET gives thanks ("thank") whose message the praise
            # reader may also answer warmly, when it praises beyond its thanks
            # ("these slippers are like walking on clouds, thank you"; not "thank
            # you, that's all I needed")
            "praise_reader_thanks_intents": [],
            # round 11: a calm question or request DIET reads as a complaint, with no
            # problem word, signal or praise word in it ("could I swap the navy pair
            # for the grey?"), gets this reply instead of the apology that asks what
            # went wrong (null: off)
            "calm_question_action": "utter_ask_details",
            # round 12: ... and a calm statement with none of them ("so my dog stole
            # one of the new socks and hid it in the garden lol") gets this one
            # (null: the apology)
            "calm_statement_action": "utter_acknowledge",
            # round 12: a calm NLU "complaint" or "praise" the detector found settled
            # (its problem over or not ours: "the exchange came through today")
            # gets this instead of the apology, unless it asks something (null: off)
            "settled_action": "utter_sounds_settled",
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any = None,
    ) -> None:
        """Keeps the config; the policy learns nothing from stories."""
        super().__init__(config, model_storage, resource, execution_context, featurizer)

    def train(
        self,
        training_trackers: list[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        """Stores the config (nothing is learnt) and returns the resource."""
        with self._model_storage.write_to(self._resource) as directory:
            (directory / "handoff_policy.json").write_text(
                json.dumps(self.config, default=str)
            )
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> HandoffPolicy:
        """Builds the policy from its config (no trained state)."""
        return cls(config, model_storage, resource, execution_context)

    def _imposed_replies(self) -> set[str]:
        """The replies ``_imposed_reply`` may impose (configured ones only)."""
        names = (
            self.config.get("praise_problem_action"),
            self.config.get("praise_doubted_action"),
            self.config.get("praise_recovery_action"),
            self.config.get("calm_question_action"),
            self.config.get("calm_statement_action"),
            self.config.get("settled_action"),
        )
        return {name for name in names if name}

    def _imposed_reply(self, latest: UserUttered | None) -> tuple[str | None, str]:
        """The reply imposed on praise, or on a calm message DIET misread.

        NLU "praise": ``praise_verdict`` picks the neutral question, the doubted
        reply or none (the cheerful praise reply follows). NLU "complaint" on a
        message the detector found calm (no handoff) that reads as praise ("arrived
        early and perfect, thanks": DIET learned praise words from sarcastic
        complaints) gets the doubted reply instead of the apology that asks what
        went wrong; never a cheerful one, unless it is clear praise. Clear praise
        (``is_clear_praise``) the NLU read as an FAQ question, out of scope, nothing
        or a complaint (``praise_recovery_intents``) gets the praise reply
        (``praise_recovery_action``); praise of us it doubts (``reads_as_praise_of_us``)
        the doubted reply rather than an FAQ answer or a fallback (round 10). A calm
        question NLU "complaint" with no problem, signal or praise word in it gets
        ``calm_question_action`` rather than an apology (round 11), a calm statement
        ``calm_statement_action``, and a calm NLU "complaint" or "praise" statement
        whose problem the detector found settled ``settled_action`` (round 12).
        Praise the praise reader is sure of (``praise_reader_is_sure``) that the NLU
        read as praise or as a recovery intent gets the praise reply (round 14), and
        so does thanks that praises beyond its thanks (round 18) and a request for a
        person that is praise of one (round 19, ``_praise_not_request``).
        """
        if latest is None:
            return None, ""
        text, info = latest.text or "", frustration_of(latest)
        read_as_praise = latest.intent_name in {
            "praise",
            *self.config.get("praise_recovery_intents", []),
        } or (
            latest.intent_name in self.config.get("praise_reader_thanks_intents", [])
            and praises_beyond_thanks(text)
        )
        if (
            (read_as_praise and self._praise_reader_is_sure(text, info))
            or self._praise_not_request(latest)
            or self._praise_reader_is_surer(text, info)
        ):
            return self.config.get("praise_recovery_action"), "praise_reader"
        ceiling = float(self.config.get("praise_recovery_learned_ceiling", 0.0))
        if info.get("praise") is not None and float(info["praise"]) >= float(
            self.config["praise_recovery_agreed_threshold"]
        ):
            # the praise reader leans praise too (round 23)
            ceiling = max(ceiling, float(self.config["praise_recovery_agreed_ceiling"]))
        if latest.intent_name in self.config.get("praise_recovery_intents", []):
            if is_clear_praise(text, info, ceiling):
                return self.config.get("praise_recovery_action"), "recovered"
            if latest.intent_name != "complaint" and reads_as_praise_of_us(text, info):
                return self.config.get("praise_doubted_action"), "doubted_recovery"
        if latest.intent_name not in {"praise", "complaint"}:
            return None, ""
        verdict = praise_verdict(
            text,
            info,
            float(self.config.get("praise_learned_ceiling", 1.0)),
            float(self.config.get("praise_sarcasm_learned_ceiling", 1.0)),
        )
        asks = REQUEST_OR_QUESTION_RE.search(text.lower()) is not None
        settled = (
            bool(info.get("settled"))
            and verdict in (PRAISE_PROBLEM, PRAISE_UNCLEAR)
            and not asks
        )
        if settled and self.config.get("settled_action"):
            return self.config.get("settled_action"), "settled"
        if latest.intent_name == "complaint":
            if verdict == PRAISE_UNCLEAR:
                if asks:
                    return self.config.get("calm_question_action"), "calm_question"
                return self.config.get("calm_statement_action"), "calm_statement"
            if verdict == PRAISE_PROBLEM:
                return None, verdict
            return self.config.get("praise_doubted_action"), "read_as_complaint"
        action = {
            PRAISE_PROBLEM: self.config.get("praise_problem_action"),
            PRAISE_DOUBTED: self.config.get("praise_doubted_action"),
            PRAISE_UNCLEAR: self.config.get("praise_doubted_action"),
        }.get(verdict)
        return action, verdict

    def _praise_reader_is_sure(self, text: str, info: dict[str, Any]) -> bool:
        """``praise_reader_is_sure`` with this policy's thresholds."""
        return praise_reader_is_sure(
            text,
            info,
            float(self.config.get("praise_reader_threshold", 1.01)),
            float(self.config.get("praise_reader_learned_ceiling", 0.0)),
            float(self.config.get("praise_reader_ironic_threshold", 1.01)),
            float(self.config.get("praise_reader_failure_threshold", 1.01)),
        )

    def _praise_reader_is_surer(self, text: str, info: dict[str, Any]) -> bool:
        """Praise the reader is surer of, whatever intent DIET gave it (round 27).

        "Your resole team brought my 8-year-old boots back to life" (DIET:
        refund_status, which asked for an order number), "the lad on the phone who
        sorted my address change... was an absolute star" (DIET: change_address).
        Round 34: when the reader is surer still, a learned model leaning complaint
        does not stop it ("Bought the whole ward team gift cards from you... everyone's
        been raving. Lovely service", P(praise) 0.97, P(complaint) 0.63).
        """
        tiers = (
            (
                "praise_reader_any_intent_threshold",
                "praise_reader_any_intent_learned_ceiling",
            ),
            ("praise_reader_sure_threshold", "praise_reader_sure_learned_ceiling"),
        )
        return any(
            praise_reader_is_sure(
                text,
                info,
                float(self.config.get(threshold, 1.01)),
                float(self.config.get(ceiling, 0.0)),
            )
            for threshold, ceiling in tiers
        )

    def _praise_not_request(self, event: UserUttered) -> bool:
        """DIET's request for a person that is praise of one (round 19).

        "your chat person Amy = legend": no request the detector finds, and praise
        the praise reader is sure of (which has no request and no question in it).
        """
        info = frustration_of(event)
        return (
            event.intent_name == "request_human"
            and not info.get("human_request")
            and self._praise_reader_is_sure(event.text or "", info)
        )

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """Predicts ``action_handoff`` (confidence 1) when a reason holds, else none."""
        probabilities = self._default_predictions(domain)
        if HANDOFF_ACTION not in domain.action_names_or_texts:
            return self._prediction(probabilities)
        if tracker.latest_action_name in self._imposed_replies():
            # the reply this policy imposed ends the turn: no story knows it, and
            # without this the core fallback would follow it
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
            return self._prediction(probabilities)
        if tracker.latest_action_name != ACTION_LISTEN_NAME:
            return self._prediction(probabilities)
        reason = self.reason(tracker)
        if reason is None:
            latest = tracker.latest_message
            action, verdict = self._imposed_reply(latest)
            if action and action in domain.action_names_or_texts:
                probabilities[domain.index_for_action(action)] = 1.0
                logger.debug(
                    "Praise (%s) for %s: %s", verdict, tracker.sender_id, action
                )
                return self._prediction(
                    probabilities,
                    diagnostic_data={"reply_guard": f"praise_{verdict}"},
                )
            return self._prediction(probabilities)
        probabilities[domain.index_for_action(HANDOFF_ACTION)] = 1.0
        logger.debug("Handoff predicted for %s: %s", tracker.sender_id, reason)
        return self._prediction(
            probabilities,
            events=[SlotSet(REASON_SLOT, reason)] if self._has_slot(domain) else [],
            diagnostic_data={"handoff_reason": reason},
        )

    @staticmethod
    def _has_slot(domain: Domain) -> bool:
        return any(slot.name == REASON_SLOT for slot in domain.slots)

    def reason(self, tracker: DialogueStateTracker) -> str | None:
        """Returns the reason code for handing off now, or None.

        Args:
            tracker: the conversation, its latest event being a user message.

        Returns:
            One of ``REASONS`` or None.
        """
        turns = user_turns(tracker)
        if not turns:
            return None
        latest = turns[-1]
        info = frustration_of(latest)
        intent = latest.intent_name
        confidence = float(latest.intent.get("confidence") or 0.0)
        sure = confidence >= float(self.config["intent_threshold"])
        level_now = str(info.get("level", "calm"))
        # DIET's complaint or insult needs the detector's backing: a level above calm
        # outside a routine question (round 14: "the kids destroyed their shoes AGAIN,
        # I despair. Which of your school shoes are toughest?" is a question)
        backed = (
            level_now != "calm" and not info.get("routine_question", False)
        ) or not self.config.get("intent_needs_signal", True)
        level = str(info.get("level", "calm"))
        score = float(info.get("score", 0.0))
        complaint = bool(info.get("complaint", False))
        if level == "abusive" or (intent == "insult" and sure and backed):
            return "abuse"
        asked = intent == "request_human" and not self._praise_not_request(latest)
        if info.get("human_request") or (asked and sure):
            return "explicit_request"
        if complaint or (intent == "complaint" and sure and backed):
            return "complaint"
        if score >= float(self.config["frustration_threshold"]):
            return "frustration"
        if level != "calm" and intent in set(self.config["guarded_intents"]):
            return "frustration"  # the reply guard: no cheerful answer to this turn
        if self._rising(turns):
            return "rising_frustration"
        if self._repeated_fallback(tracker, turns):
            return "repeated_fallback"
        if self._loop(turns):
            return "loop"
        return None

    def _rising(self, turns: list[UserUttered]) -> bool:
        window = int(self.config["rising_window"])
        scores = [float(frustration_of(t).get("score", 0.0)) for t in turns[-window:]]
        if len(scores) < 2:
            return False
        non_decreasing = all(b >= a for a, b in itertools.pairwise(scores))
        return (
            non_decreasing
            and scores[-1] >= float(self.config["rising_min_score"])
            and scores[-1] - scores[0] >= float(self.config["rising_delta"])
        )

    def _repeated_fallback(
        self, tracker: DialogueStateTracker, turns: list[UserUttered]
    ) -> bool:
        needed = int(self.config["fallbacks_in_a_row"])
        if turns[-1].intent_name != FALLBACK_INTENT:
            return False
        count = 1
        # earlier turns count when their intent was a fallback or the bot fell back,
        # not when the policy answered them as praise (warmly or not)
        recovered = {
            self.config.get("praise_recovery_action"),
            self.config.get("praise_doubted_action"),
        } - {None}
        fell_back: list[bool] = []
        current = False
        for event in tracker.events:
            if isinstance(event, UserUttered):
                fell_back.append(current)
                current = event.intent_name == FALLBACK_INTENT
            elif isinstance(event, ActionExecuted):
                if event.action_name in FALLBACK_ACTIONS:
                    current = True
                elif event.action_name in recovered:
                    current = False
        for previous in reversed(fell_back[1:]):
            if not previous:
                break
            count += 1
        return count >= needed

    def _loop(self, turns: list[UserUttered]) -> bool:
        repeats = int(self.config["loop_repeats"])
        if len(turns) < repeats:
            return False
        recent = turns[-repeats:]
        texts = {normalise(t.text) for t in recent}
        if len(texts) == 1 and next(iter(texts)):
            return True
        intents = {full_intent(t) for t in recent}
        only = next(iter(intents)) if len(intents) == 1 else None
        return bool(only) and only not in NOT_LOOP_INTENTS and only != FALLBACK_INTENT
