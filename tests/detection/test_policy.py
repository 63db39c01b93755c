"""HandoffPolicy on trackers: every reason code, and silence on calm routine turns."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.frustration.detector import FrustrationDetector
from bot.handoff_policy import HANDOFF_ACTION, HandoffPolicy

ROOT = Path(__file__).resolve().parents[2]
# A calm message with no signal: the detector found nothing.
CALM: dict[str, Any] = {
    "score": 0.0,
    "level": "calm",
    "complaint": False,
    "signals": [],
}
DETECTOR = FrustrationDetector()


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture()
def policy(tmp_path: Path) -> HandoffPolicy:
    return HandoffPolicy(
        HandoffPolicy.get_default_config(),
        LocalModelStorage.create(tmp_path),
        Resource("handoff"),
        ExecutionContext(GraphSchema({}), uuid4().hex),
    )


def user(
    text: str,
    intent: str = "check_order_status",
    confidence: float = 0.95,
    frustration: dict[str, Any] | None = None,
) -> UserUttered:
    info = frustration if frustration is not None else DETECTOR.detect(text).as_dict()
    return UserUttered(
        text,
        {"name": intent, "confidence": confidence},
        parse_data={"frustration": info},
    )


def tracker_of(
    *turns: UserUttered, bot_actions: list[list[str]] | None = None
) -> DialogueStateTracker:
    events: list[Any] = [ActionExecuted(ACTION_LISTEN_NAME)]
    for index, turn in enumerate(turns):
        events.append(turn)
        if index < len(turns) - 1:
            for action in (bot_actions or [[]] * len(turns))[index] or [
                "utter_default"
            ]:
                events.append(ActionExecuted(action))
            events.append(ActionExecuted(ACTION_LISTEN_NAME))
    return DialogueStateTracker.from_events("test:1", events)


def predict(
    policy: HandoffPolicy, domain: Domain, tracker: DialogueStateTracker
) -> str | None:
    prediction = policy.predict_action_probabilities(tracker, domain)
    index = domain.index_for_action(HANDOFF_ACTION)
    if prediction.probabilities[index] != 1.0:
        assert max(prediction.probabilities) == 0.0
        return None
    assert prediction.policy_priority == 7
    reasons = [e.value for e in prediction.events if isinstance(e, SlotSet)]
    assert len(reasons) == 1
    return str(reasons[0])


@pytest.mark.parametrize(
    ("text", "intent", "reason"),
    [
        ("you useless m0r0ns", "insult", "abuse"),
        ("can I speak to a real person", "request_human", "explicit_request"),
        (
            "my order 104233 hasn't arrived after two weeks",
            "check_order_status",
            "complaint",
        ),
        ("Thanks for nothing", "thank", "complaint"),
        ("this is ridiculous", "out_of_scope", "frustration"),
    ],
)
def test_reasons_from_one_message(
    policy: HandoffPolicy, domain: Domain, text: str, intent: str, reason: str
) -> None:
    assert predict(policy, domain, tracker_of(user(text, intent))) == reason


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("where is my order 104233?", "check_order_status"),
        ("how long does delivery take?", "faq"),
        ("I hate waiting, how long does shipping take?", "faq"),
        ("love my new boots, thanks!", "praise"),
        ("thanks", "thank"),
        ("104233", "inform"),
    ],
)
def test_calm_routine_and_praise_never_hand_off(
    policy: HandoffPolicy, domain: Domain, text: str, intent: str
) -> None:
    assert predict(policy, domain, tracker_of(user(text, intent))) is None


def test_nlu_intent_alone_needs_confidence_and_a_signal(
    policy: HandoffPolicy, domain: Domain
) -> None:
    annoyed = {"score": 0.36, "level": "annoyed", "complaint": False, "signals": []}
    # a problem word in each, so no calm reply is imposed instead (round 12)
    text = "my parcel is late"
    unsure = user(text, "complaint", confidence=0.5, frustration=annoyed)
    sure_calm = user(text, "complaint", confidence=0.95, frustration=CALM)
    sure_annoyed = user(text, "complaint", confidence=0.95, frustration=annoyed)
    assert predict(policy, domain, tracker_of(unsure)) is None
    assert predict(policy, domain, tracker_of(sure_calm)) is None
    assert predict(policy, domain, tracker_of(sure_annoyed)) == "complaint"
    policy.config["intent_needs_signal"] = False
    assert predict(policy, domain, tracker_of(sure_calm)) == "complaint"


def test_nlu_complaint_in_a_routine_question_is_not_backed(
    policy: HandoffPolicy, domain: Domain
) -> None:
    # round 14: the upset words of a routine question are the customer's own
    text = "the kids wrecked their shoes AGAIN, which of your shoes are toughest?"
    # annoyed, under frustration_threshold (0.4)
    annoyed = {"score": 0.38, "level": "annoyed", "complaint": False, "signals": []}
    asking = user(text, "complaint", 0.95, {**annoyed, "routine_question": True})
    prediction = policy.predict_action_probabilities(tracker_of(asking), domain)
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0
    told = user(text, "complaint", confidence=0.95, frustration=annoyed)
    assert predict(policy, domain, tracker_of(told)) == "complaint"


def test_reply_guard_on_an_annoyed_thanks(
    policy: HandoffPolicy, domain: Domain
) -> None:
    annoyed = {"score": 0.36, "level": "annoyed", "complaint": False, "signals": []}
    turn = user("thanks I guess", "thank", frustration=annoyed)
    assert predict(policy, domain, tracker_of(turn)) == "frustration"


def test_rising_frustration(policy: HandoffPolicy, domain: Domain) -> None:
    def at(score: float) -> dict[str, Any]:
        return {
            "score": score,
            "level": "calm" if score < 0.35 else "annoyed",
            "complaint": False,
            "signals": [],
        }

    turns = [
        user("a", "faq", frustration=at(0.0)),
        user("b", "faq_x", frustration=at(0.2)),
        user("c", "check_order_status", frustration=at(0.38)),
    ]
    assert predict(policy, domain, tracker_of(*turns)) == "rising_frustration"
    falling = [
        user("a", "faq", frustration=at(0.38)),
        user("b", "x", frustration=at(0.2)),
        user("c", "check_order_status", frustration=at(0.1)),
    ]
    assert predict(policy, domain, tracker_of(*falling)) is None


def test_repeated_fallback(policy: HandoffPolicy, domain: Domain) -> None:
    one = tracker_of(user("blorp", "nlu_fallback"))
    assert predict(policy, domain, one) is None
    two = tracker_of(
        user("blorp", "nlu_fallback"),
        user("zzzt", "nlu_fallback"),
        bot_actions=[["action_default_fallback"], []],
    )
    assert predict(policy, domain, two) == "repeated_fallback"


def test_loop_same_question_three_times(policy: HandoffPolicy, domain: Domain) -> None:
    turns = [user("can I pay with klarna", "faq") for _ in range(3)]
    assert predict(policy, domain, tracker_of(*turns)) == "loop"
    assert predict(policy, domain, tracker_of(*turns[:2])) is None
    answers = [user(n, "inform") for n in ("104233", "104234", "104235")]
    assert predict(policy, domain, tracker_of(*answers)) is None


def faq(text: str, key: str) -> UserUttered:
    """An FAQ turn shaped as Rasa parses it: the selector's answer under "default"."""
    turn = user(text, "faq")
    turn.parse_data["response_selector"] = {
        "all_retrieval_intents": ["faq"],
        "default": {"response": {"intent_response_key": f"faq/{key}"}},
    }
    return turn


def test_different_faqs_in_a_row_are_not_a_loop(
    policy: HandoffPolicy, domain: Domain
) -> None:
    different = [
        faq("do you ship to canada", "shipping_countries"),
        faq("what's your return policy", "returns_policy"),
        faq("can I pay with paypal", "payment_methods"),
    ]
    assert predict(policy, domain, tracker_of(*different)) is None
    same = [
        faq("can I pay with paypal", "payment_methods"),
        faq("do you take paypal", "payment_methods"),
        faq("paypal ok?", "payment_methods"),
    ]
    assert predict(policy, domain, tracker_of(*same)) == "loop"


def test_only_right_after_the_user_speaks(
    policy: HandoffPolicy, domain: Domain
) -> None:
    tracker = tracker_of(user("you idiots", "insult"))
    tracker.update(ActionExecuted(HANDOFF_ACTION))
    assert predict(policy, domain, tracker) is None


def test_train_persists_and_load_restores(tmp_path: Path, domain: Domain) -> None:
    storage = LocalModelStorage.create(tmp_path)
    context = ExecutionContext(GraphSchema({}), uuid4().hex)
    config = {**HandoffPolicy.get_default_config(), "frustration_threshold": 0.9}
    trained = HandoffPolicy(config, storage, Resource("h"), context)
    resource = trained.train([], domain)
    loaded = HandoffPolicy.load(config, storage, resource, context)
    assert loaded.config["frustration_threshold"] == 0.9
    assert (
        predict(loaded, domain, tracker_of(user("this is ridiculous", "out_of_scope")))
        is None
    )


@pytest.mark.parametrize(
    ("text", "unclear"),
    [
        # round 10: no praise word is the doubted reply, not an apology
        ("look at this photo of my cat", True),
        ("support never answered my question properly", True),
        ("couldn't be happier with the sandals", False),
    ],
)
def test_praise_without_a_praise_word_gets_the_doubted_reply(
    policy: HandoffPolicy, domain: Domain, text: str, unclear: bool
) -> None:
    turn = user(text, "praise", frustration=CALM)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    doubted = domain.index_for_action("utter_praise_doubted")
    assert prediction.probabilities[doubted] == (1.0 if unclear else 0.0)
    assert prediction.probabilities[domain.index_for_action("utter_ask_problem")] == 0
    # a calm complaint without one is a calm statement: no apology (round 12)
    turn = user(text, "complaint", frustration=CALM)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    acknowledge = domain.index_for_action("utter_acknowledge")
    assert prediction.probabilities[acknowledge] == (1.0 if unclear else 0.0)


@pytest.mark.parametrize(
    ("text", "neutral"),
    [
        ("the boots survived a week in the hills", False),
        ("adore the new sandals 😍", False),
        ("lovely to hear my complaint is being handled, a month later", True),
        ("amazing, the boots came after the holiday was over, finally", True),
        ("no complaints at all, lovely boots", False),
        # round 6: damage or disappearance told in neutral words
        ("gorgeous gift wrap, a paper bag with a hole in it", True),
        ("love how my basket disappears every time I log in", True),
        ("brilliant boots, not a scratch on them after a year", False),
        # round 41: a demand for the money back is never praise
        ("lovely people you are. now give me my money back", True),
        ("got my money back in two days, lovely service", False),
    ],
)
def test_praise_with_a_problem_cue_gets_the_neutral_reply(
    policy: HandoffPolicy, domain: Domain, text: str, neutral: bool
) -> None:
    turn = user(text, "praise", frustration=CALM)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    ask = domain.index_for_action("utter_ask_problem")
    assert prediction.probabilities[ask] == (1.0 if neutral else 0.0)
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0
    policy.config["praise_problem_action"] = None
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert max(prediction.probabilities) == 0.0


def test_praise_the_learned_model_doubts_gets_the_doubted_reply(
    policy: HandoffPolicy, domain: Domain
) -> None:
    ask = domain.index_for_action("utter_praise_doubted")
    text = "amazing support, I'd have had a faster answer from a carrier pigeon"
    for learned, neutral in ((0.2, False), (0.65, True)):
        turn = user(text, "praise", frustration={**CALM, "learned": learned})
        prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
        assert prediction.probabilities[ask] == (1.0 if neutral else 0.0), learned
        assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0


@pytest.mark.parametrize(
    ("text", "learned", "neutral"),
    [
        # a sarcasm cue lowers the ceiling to praise_sarcasm_learned_ceiling (0.25)
        ("oh lovely, the navy shoes turned out purple", 0.45, True),
        (
            "cheers for the birthday code that expires the day before my birthday",
            0.33,
            True,
        ),
        ("the courier's juggling is impressive, shame it was my box", 0.4, True),
        # round 11: "love it when ..." is a cue too
        ("love it when the app logs me out at the checkout", 0.3, True),
        # the same doubt without a cue stays under praise_learned_ceiling (0.5)
        ("the navy shoes are lovely, thank you", 0.45, False),
        # a cue with little doubt is praise
        ("impressive, the parcel was here the next morning", 0.2, False),
    ],
)
def test_sarcastic_praise_the_learned_model_doubts_gets_the_doubted_reply(
    policy: HandoffPolicy, domain: Domain, text: str, learned: float, neutral: bool
) -> None:
    ask = domain.index_for_action("utter_praise_doubted")
    turn = user(text, "praise", frustration={**CALM, "learned": learned})
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[ask] == (1.0 if neutral else 0.0)
    policy.config["praise_sarcasm_learned_ceiling"] = 1.0
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[ask] == 0.0


@pytest.mark.parametrize(("learned", "neutral"), [(0.55, True), (0.45, False)])
def test_praise_the_learned_model_doubts_without_a_cue_gets_the_doubted_reply(
    policy: HandoffPolicy, domain: Domain, learned: float, neutral: bool
) -> None:
    # round 10: sarcasm with no cue the lexicon knows, at praise_learned_ceiling (0.5)
    text = "fab, the kids' trainers made it all the way to wednesday 🙌"
    ask = domain.index_for_action("utter_praise_doubted")
    turn = user(text, "praise", frustration={**CALM, "learned": learned})
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[ask] == (1.0 if neutral else 0.0)


def test_doubted_praise_reply_is_not_cheerful_nor_sorry(domain: Domain) -> None:
    from bot.frustration.cheerful import is_cheerful

    texts = [r.get("text", "") for r in domain.responses["utter_praise_doubted"]]
    assert texts
    for text in texts:
        assert not is_cheerful(text), text
        assert "sorry" not in text.lower(), text
        assert "person" in text  # a sarcastic complaint still learns a human is near


@pytest.mark.parametrize(
    ("signal", "action"),
    [
        # the learned model's weak signal alone: doubted, not a problem
        ("learned_complaint", "utter_praise_doubted"),
        # a lexicon problem signal: ask what went wrong
        ("service_failure", "utter_ask_problem"),
        ("sarcasm", "utter_ask_problem"),
    ],
)
def test_praise_with_a_problem_signal(
    policy: HandoffPolicy, domain: Domain, signal: str, action: str
) -> None:
    calm = {"score": 0.1, "level": "calm", "complaint": False, "learned": 0.2}
    signals = [{"name": signal, "evidence": "x", "weight": 0.2}]
    turn = user(
        "top service, ordering again",
        "praise",
        frustration={**calm, "signals": signals},
    )
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[domain.index_for_action(action)] == 1.0
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # praise DIET read as a complaint: the praise reply when it is clear praise
        # (round 10), the doubted reply when it is not (a sarcasm cue), never an
        # apology
        ("arrived early and perfect, thanks", "utter_praise"),
        ("impressive, arrived early and perfect", "utter_praise_doubted"),
        # a calm complaint keeps the rule's question (the policy predicts nothing)
        ("the parcel is late", None),
        ("love how my basket disappears every time I log in", None),
        # manners are not praise: a calm statement, the neutral reply (round 12)
        ("Good morning, the sandals came with one strap detached", "utter_acknowledge"),
        ("hi, hope all's well, the boots came with odd laces", "utter_acknowledge"),
    ],
)
def test_calm_complaint_intent_that_reads_as_praise(
    policy: HandoffPolicy, domain: Domain, text: str, action: str | None
) -> None:
    calm = {"score": 0.0, "level": "calm", "complaint": False, "learned": 0.2}
    turn = user(text, "complaint", frustration={**calm, "signals": []})
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0
    if action is None:
        assert max(prediction.probabilities) == 0.0
    else:
        assert prediction.probabilities[domain.index_for_action(action)] == 1.0
        assert not any(
            prediction.probabilities[domain.index_for_action(a)]
            for a in (
                "utter_praise",
                "utter_praise_doubted",
                "utter_ask_problem",
                "utter_acknowledge",
            )
            if a != action
        )


@pytest.mark.parametrize(
    "reply", ["utter_praise_doubted", "utter_ask_problem", "utter_praise"]
)
def test_an_imposed_praise_reply_ends_the_turn(
    policy: HandoffPolicy, domain: Domain, reply: str
) -> None:
    turn = user("arrived early and perfect, thanks", "complaint")
    tracker = DialogueStateTracker.from_events(
        "test:1", [ActionExecuted(ACTION_LISTEN_NAME), turn, ActionExecuted(reply)]
    )
    prediction = policy.predict_action_probabilities(tracker, domain)
    assert prediction.probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] == 1.0
    policy.config["praise_doubted_action"] = None
    policy.config["praise_problem_action"] = None
    policy.config["praise_recovery_action"] = None
    prediction = policy.predict_action_probabilities(tracker, domain)
    assert max(prediction.probabilities) == 0.0


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        # round 9: praise of something else, a question, thanks that turns "but"
        ("I LOVE paying so much for gas, feels good to help big oil", True),
        ("Oh, that's nice. What are you doing about it?", True),
        ("Thanks for reaching out but it won't get done before tomorrow", True),
        # praise of us, our people or our goods stays warm
        ("love my new boots!", False),
        ("so comfy, I've worn them all week", False),
        ("the lady at the Leeds shop was lovely", False),
    ],
)
def test_praise_that_is_not_of_us_gets_the_doubted_reply(
    policy: HandoffPolicy, domain: Domain, text: str, doubted: bool
) -> None:
    ask = domain.index_for_action("utter_praise_doubted")
    turn = user(text, "praise", frustration={**CALM, "learned": 0.05})
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[ask] == (1.0 if doubted else 0.0)
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0


WARM, DOUBTED = "utter_praise", "utter_praise_doubted"


@pytest.mark.parametrize(
    ("text", "intent", "learned", "reply"),
    [
        # round 9: clear praise DIET read as something else gets the praise reply
        (
            "the fitter in Norwich measured my daughter and gave her a sticker 🥰",
            "faq",
            0.1,
            WARM,
        ),
        (
            "my wide fits are the first shoes that don't pinch, so grateful",
            "nlu_fallback",
            0.1,
            WARM,
        ),
        ("the boots did a winter on site, still comfy", "out_of_scope", 0.2, WARM),
        # not when the learned model has doubts or there is a sarcasm cue (a praise
        # word closing the message is one: "Days late AND smashed. Awesome"): since
        # round 10 that is the doubted reply (no FAQ answer, no fallback)
        ("the boots did a winter on site, still comfy", "out_of_scope", 0.4, DOUBTED),
        (
            "the boots survived a winter on site, brilliant",
            "out_of_scope",
            0.1,
            DOUBTED,
        ),
        ("impressive, a week for a parcel", "nlu_fallback", 0.1, DOUBTED),
        (
            "huge thanks to Priya on the live chat, so patient",
            "nlu_fallback",
            0.4,
            DOUBTED,
        ),
        ("the wrapping was gorgeous, my sister kept it", "faq", 0.45, DOUBTED),
        # neither for a request or question, what is not about us, a problem word
        ("love the boots, please send a returns label", "faq", 0.1, None),
        ("love the boots, do you do them in navy", "faq", 0.1, None),
        ("huge thanks, can you send a returns label", "faq", 0.4, None),
        ("I live for the great British weather", "out_of_scope", 0.4, None),
        ("love the boots, shame they came late", "nlu_fallback", 0.4, None),
        # round 10: DIET reads praise as a complaint ("arrived early and perfect,
        # thanks": complaint 0.87); the doubted reply when the learned model doubts it
        ("arrived early and perfect, thanks", "complaint", 0.08, WARM),
        ("arrived early and perfect, thanks", "complaint", 0.4, DOUBTED),
        ("perfect, only a week late", "complaint", 0.1, None),
        # round 11: praise of the timing is a sarcasm cue, so no warm recovery
        (
            "perfect timing, the bridesmaid shoes are due a week after the wedding",
            "complaint",
            0.29,
            DOUBTED,
        ),
        # nor for intents answered otherwise
        ("love the boots, brilliant", "check_order_status", 0.1, None),
        # round 32: praise of work done is clear praise when the learned model is sure
        # ("Fit first time. Good job." DIET: an FAQ question) ...
        ("Used your size guide. Fit first time. Good job.", "faq", 0.2, WARM),
        ("My boots came back like new. Brilliant work.", "nlu_fallback", 0.1, WARM),
        # ... not when it doubts it, nor another cue ("oh perfect")
        ("Used your size guide. Fit first time. Good job.", "faq", 0.4, DOUBTED),
        ("Oh perfect, they fit first time. Good job.", "faq", 0.2, DOUBTED),
    ],
)
def test_praise_read_as_another_intent_gets_a_praise_reply(
    policy: HandoffPolicy,
    domain: Domain,
    text: str,
    intent: str,
    learned: float,
    reply: str | None,
) -> None:
    turn = user(text, intent, frustration={**CALM, "learned": learned})
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    for action in (WARM, DOUBTED):
        expected = 1.0 if action == reply else 0.0
        assert prediction.probabilities[domain.index_for_action(action)] == expected
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0


@pytest.mark.parametrize(
    ("praise", "learned", "reply"),
    [
        # round 23: the learned model's ceiling for clear praise rises from 0.3 to
        # 0.5 when the praise reader leans praise too (both read it as praise) ...
        (0.63, 0.34, WARM),
        (0.5, 0.49, WARM),
        # ... and not when the reader does not, nor past the higher ceiling
        (0.45, 0.34, DOUBTED),
        (0.9, 0.5, DOUBTED),
        (None, 0.34, DOUBTED),
    ],
)
def test_clear_praise_both_readers_agree_on_gets_a_praise_reply(
    policy: HandoffPolicy,
    domain: Domain,
    praise: float | None,
    learned: float,
    reply: str,
) -> None:
    policy.config["praise_recovery_agreed_threshold"] = 0.5
    policy.config["praise_recovery_agreed_ceiling"] = 0.5
    text = (
        "Dear Stitch & Sole, I am writing to express my sincere gratitude for the"
        " resole of my mother's boots. They look better than new. Kind regards, Jan"
    )
    info = {**CALM, "learned": learned, "praise": praise, "signals": []}
    turn = user(text, "complaint", frustration=info)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[domain.index_for_action(reply)] == 1.0
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0


def test_praise_answered_after_a_fallback_intent_is_no_fallback(
    policy: HandoffPolicy, domain: Domain
) -> None:
    praise = user("so grateful, they fit", "nlu_fallback", frustration=CALM)
    then = tracker_of(
        praise,
        user("zzzt", "nlu_fallback"),
        bot_actions=[["utter_praise"], []],
    )
    assert predict(policy, domain, then) is None
    # nor when it got the doubted reply (round 10)
    doubted = tracker_of(
        praise,
        user("zzzt", "nlu_fallback"),
        bot_actions=[["utter_praise_doubted"], []],
    )
    assert predict(policy, domain, doubted) is None
    # after a real fallback it is the second in a row
    fell_back = tracker_of(
        praise,
        user("zzzt", "nlu_fallback"),
        bot_actions=[["action_default_fallback"], []],
    )
    assert predict(policy, domain, fell_back) == "repeated_fallback"


@pytest.mark.parametrize(
    ("text", "reply", "setting"),
    [
        # round 11: a calm question DIET reads as a complaint, no problem in it
        (
            "could I swap the navy pair for the grey?",
            "utter_ask_details",
            "calm_question_action",
        ),
        (
            "do you sell the hiking boots in a wide fit",
            "utter_ask_details",
            "calm_question_action",
        ),
        # round 12: a calm statement gets the neutral acknowledgement
        (
            "so my dog stole one of the new socks and hid it in the garden lol",
            "utter_acknowledge",
            "calm_statement_action",
        ),
        # a question or statement with a problem word in it keeps the complaint
        # rule's question about what went wrong (the policy imposes nothing)
        ("my refund is late, can you check?", None, None),
        ("the parcel was late again", None, None),
    ],
)
def test_calm_message_read_as_a_complaint_gets_no_apology(
    policy: HandoffPolicy,
    domain: Domain,
    text: str,
    reply: str | None,
    setting: str | None,
) -> None:
    turn = user(text, "complaint", frustration={**CALM, "learned": 0.3})
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    for name in ("utter_ask_details", "utter_acknowledge"):
        expected = 1.0 if name == reply else 0.0
        assert prediction.probabilities[domain.index_for_action(name)] == expected
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0
    if reply is not None and setting is not None:
        policy.config[setting] = None
        prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
        assert prediction.probabilities[domain.index_for_action(reply)] == 0


@pytest.mark.parametrize("response", ["utter_ask_details", "utter_acknowledge"])
def test_calm_replies_are_neither_cheerful_nor_sorry(
    domain: Domain, response: str
) -> None:
    from bot.frustration.cheerful import is_cheerful

    text = domain.responses[response][0]["text"]
    assert not is_cheerful(text)
    assert "sorry" not in text.lower()
    assert "person" in text


@pytest.mark.parametrize(
    ("text", "intent", "settled", "reply"),
    [
        # round 12: a problem the detector found over gets no apology
        (
            "the wrong size came, the exchange came through today",
            "complaint",
            True,
            "utter_sounds_settled",
        ),
        (
            "had a missing lace but the shop posted one the same day, thank you",
            "praise",
            True,
            "utter_sounds_settled",
        ),
        # ... unless it asks something (the calm question's reply, or the rule's)
        (
            "the refund came through, can I reorder the same size?",
            "complaint",
            True,
            "utter_ask_details",
        ),
        # not settled: the complaint rule's question about what went wrong
        ("the wrong size came and the exchange hasn't", "complaint", False, None),
    ],
)
def test_settled_calm_message_gets_no_apology(
    policy: HandoffPolicy,
    domain: Domain,
    text: str,
    intent: str,
    settled: bool,
    reply: str | None,
) -> None:
    turn = user(text, intent, frustration={**CALM, "learned": 0.3, "settled": settled})
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0
    for name in ("utter_sounds_settled", "utter_ask_details", "utter_ask_problem"):
        expected = 1.0 if name == reply else 0.0
        assert prediction.probabilities[domain.index_for_action(name)] == expected


def test_settled_reply_is_neither_cheerful_nor_sorry(domain: Domain) -> None:
    from bot.frustration.cheerful import is_cheerful

    text = domain.responses["utter_sounds_settled"][0]["text"]
    assert not is_cheerful(text)
    assert "sorry" not in text.lower()
    assert "person" in text


@pytest.mark.parametrize(
    ("intent", "praise", "learned", "text", "warm"),
    [
        # round 14: the praise reader is sure, whatever the intent and problem words
        ("complaint", 0.95, 0.2, "huge thanks to your driver, who waited for me", True),
        ("praise", 0.95, 0.2, "when things go wrong you lot always sort it, ta", True),
        ("faq", 0.95, 0.4, "Tom measured both feet and found a pair that fits", True),
        # not when unsure, when the complaint model doubts it, with a sarcasm cue, a
        # question, or for intents answered otherwise
        ("complaint", 0.8, 0.2, "huge thanks to your driver, who waited for me", False),
        (
            "complaint",
            0.95,
            0.6,
            "huge thanks to your driver, who waited for me",
            False,
        ),
        ("complaint", 0.95, 0.2, "oh great, the driver waited for me", False),
        # a cue sincere praise uses as often passes: the reader scores sarcasm low
        ("complaint", 0.95, 0.2, "the exchange was dead easy, well done", True),
        ("complaint", 0.95, 0.2, "thanks to your driver, can he call me?", False),
        ("check_order_status", 0.95, 0.2, "thanks, the driver waited", False),
        # round 23: a question mark in a short aside in brackets asks nothing
        (
            "nlu_fallback",
            0.95,
            0.1,
            "the lad in your Leeds shop (Sam?) found me boots that fit, a star",
            True,
        ),
        (
            "nlu_fallback",
            0.95,
            0.1,
            "the lad in your Leeds shop found me boots that fit (is he Sam?)"
            " - can he order the brown?",
            False,
        ),
    ],
)
def test_the_praise_reader_answers_praise_warmly(
    policy: HandoffPolicy,
    domain: Domain,
    intent: str,
    praise: float,
    learned: float,
    text: str,
    warm: bool,
) -> None:
    policy.config["praise_reader_threshold"] = 0.9
    info = {**CALM, "learned": learned, "praise": praise, "signals": []}
    turn = user(text, intent, frustration=info)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0
    assert (prediction.probabilities[domain.index_for_action(WARM)] == 1.0) == warm


def test_the_praise_reader_never_answers_a_problem_signal(
    policy: HandoffPolicy, domain: Domain
) -> None:
    policy.config["praise_reader_threshold"] = 0.9
    failure = [{"name": "service_failure", "weight": 0.3, "evidence": "late"}]
    info = {**CALM, "learned": 0.2, "praise": 0.99, "signals": failure}
    turn = user("thanks, it came a week late", "praise", frustration=info)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[domain.index_for_action(WARM)] == 0.0


@pytest.mark.parametrize(
    ("praise", "text", "warm"),
    [
        # round 17: a cue sincere praise uses as often passes when the reader is sure
        (0.97, "so glad I found your shop", True),
        (0.97, "cheers for sorting my exchange so quickly, legends", True),
        (0.92, "so glad I found your shop", False),
        # "I just want to say" and "please never stop" are no requests
        (0.92, "I just want to say the new app is lovely, thank you", True),
        (
            0.92,
            "your slippers are the comfiest I own, please never stop making them",
            True,
        ),
        (0.92, "I want to swap these lovely boots for a 7", False),
        # round 33 (batch 76): what the shoes did not need is no request
        (0.92, "the first boots I've had that didn't need plasters, thank you", True),
        (0.92, "lovely boots, thank you, I need the next size up though", False),
    ],
)
def test_the_praise_reader_passes_an_ironic_cue_only_when_sure(
    policy: HandoffPolicy, domain: Domain, praise: float, text: str, warm: bool
) -> None:
    policy.config["praise_reader_threshold"] = 0.9
    policy.config["praise_reader_ironic_threshold"] = 0.95
    info = {**CALM, "learned": 0.2, "praise": praise, "signals": []}
    turn = user(text, "complaint", frustration=info)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0
    assert (prediction.probabilities[domain.index_for_action(WARM)] == 1.0) == warm


@pytest.mark.parametrize(
    ("praise", "complaint", "signal", "warm"),
    [
        # round 17: praise after a problem put right, the complaint vetoed by the
        # learned model: warm when the reader is very sure
        (0.99, False, "service_failure", True),
        (0.95, False, "service_failure", False),
        # never when the detector calls it a complaint, nor with sarcasm
        (0.99, True, "service_failure", False),
        (0.99, False, "sarcasm", False),
    ],
)
def test_the_praise_reader_passes_a_failure_told_in_passing_only_when_sure(
    policy: HandoffPolicy,
    domain: Domain,
    praise: float,
    complaint: bool,
    signal: str,
    warm: bool,
) -> None:
    policy.config["praise_reader_threshold"] = 0.8
    policy.config["praise_reader_failure_threshold"] = 0.97
    text = "the boots came late the first time but your team was brilliant about it"
    signals = [{"name": signal, "weight": 0.7, "evidence": "late"}]
    info = {**CALM, "learned": 0.1, "praise": praise, "signals": signals}
    info["complaint"] = complaint
    turn = user(text, "praise", frustration=info)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert (prediction.probabilities[domain.index_for_action(WARM)] == 1.0) == warm


ROUND18_READER = {
    "praise_reader_threshold": 0.82,
    "praise_reader_ironic_threshold": 0.95,
    "praise_reader_thanks_intents": ["thank"],
}


def answered_warmly(
    policy: HandoffPolicy,
    domain: Domain,
    text: str,
    intent: str,
    praise: float,
    config: dict[str, Any] = ROUND18_READER,
) -> bool:
    """Whether the policy gives ``text`` the praise reply, the reader at ``praise``."""
    policy.config.update(config)
    info = {**CALM, "learned": 0.1, "praise": praise, "signals": []}
    turn = user(text, intent, frustration=info)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    return bool(prediction.probabilities[domain.index_for_action(WARM)] == 1.0)


@pytest.mark.parametrize(
    ("intent", "praise", "text", "warm"),
    [
        # round 18: thanks that praise beyond the thanks get the praise reply ...
        ("thank", 0.95, "these slippers are like clouds, thank you 🥰", True),
        ("thank", 0.95, "brilliant thank you ❤️", True),
        ("thank", 0.95, "perfect fit, thanks so much", True),
        # ... bare thanks keep "you're welcome", however sure the reader is
        ("thank", 0.95, "thank you, that's all I needed", False),
        ("thank", 0.95, "thanks, that answers it", False),
        ("thank", 0.95, "cheers, ta", False),
        # a cue never said in sincere praise never passes the reader
        ("thank", 0.99, "whoever thought that was a good idea, thanks!", False),
        ("praise", 0.99, "whoever thought that was a good idea, thanks!", False),
        ("praise", 0.99, "thanks for nothing, great team", False),
        ("thank", 0.99, "love the new app 🙄 thank you", False),
        # no request in these (batch 33, reworded) ...
        ("complaint", 0.9, "I want say thank you for Kasia, so patient", True),
        ("complaint", 0.9, "lovely chat, please tell her manager she's a star", True),
        ("complaint", 0.9, "brilliant pages, you actually tell me it all", True),
        ("complaint", 0.9, "no need to apologise, the swap was lovely", True),
        ("complaint", 0.9, "so pretty she didn't want to open it, thanks", True),
        ("complaint", 0.9, "thanks to Ola in Leeds, she help him very patient", True),
        # ... but these ask for something
        ("complaint", 0.9, "lovely boots, please tell me when the tan are back", False),
        ("complaint", 0.9, "I need the lovely boots in a 6", False),
        # the whole thing, the note in the box: praise of us
        ("complaint", 0.9, "the whole thing was painless, very impressed", True),
        # a quote passes only when the reader is as sure as an ironic cue needs
        ("complaint", 0.97, "thank you for the 'have a lovely day!' note", True),
        ("complaint", 0.9, "thank you for the 'have a lovely day!' note", False),
    ],
)
def test_the_praise_reader_round18(
    policy: HandoffPolicy,
    domain: Domain,
    intent: str,
    praise: float,
    text: str,
    warm: bool,
) -> None:
    assert answered_warmly(policy, domain, text, intent, praise) == warm


def test_thanks_are_not_read_by_the_praise_reader_unless_configured(
    policy: HandoffPolicy, domain: Domain
) -> None:
    config = {**ROUND18_READER, "praise_reader_thanks_intents": []}
    assert not answered_warmly(
        policy, domain, "brilliant thank you ❤️", "thank", 0.95, config
    )


@pytest.mark.parametrize(
    ("intent", "praise", "text", "warm", "handed_off"),
    [
        # round 19 (batch 34, reworded): DIET's request for a person that is praise of
        # one gets the praise reply when the reader is sure ...
        ("request_human", 0.9, "your chat lady Jo = legend", True, False),
        ("request_human", 0.7, "your chat lady Jo = legend", False, True),
        # ... never when it asks for someone
        (
            "request_human",
            0.95,
            "Jo was a legend, can I talk to her again?",
            False,
            True,
        ),
        # passing praise on is no request; asking for a thing is
        (
            "complaint",
            0.9,
            "Ben in your shop was brilliant with my gran. Please pass this on",
            True,
            False,
        ),
        (
            "complaint",
            0.9,
            "Ben in your shop was brilliant. Please send the receipt",
            False,
            False,
        ),
        # round 25 (from batch 46, reworded): wanting to give a shout out is no
        # request; wanting a thing is
        (
            "complaint",
            0.9,
            "I want to give a shout out to Sam in your Leeds shop, a proper star",
            True,
            False,
        ),
        (
            "complaint",
            0.9,
            "Sam in your Leeds shop was a star. I want a copy of my receipt",
            False,
            False,
        ),
        # a formal letter's "I would like to commend" is no request
        (
            "complaint",
            0.9,
            "I would like to commend the lady in your Bath shop, most helpful",
            True,
            False,
        ),
        # round 20 (batch 36, reworded): help the customer was offered is no request
        # for help; asking for it is
        (
            "complaint",
            0.9,
            "I was offered help to the counter by your York staff. Made my day.",
            True,
            False,
        ),
        (
            "complaint",
            0.9,
            "Your York staff made my day. Can you help me find the wide fits?",
            False,
            False,
        ),
        # round 21 (batch 39, reworded): passing on thanks to nobody named
        (
            "faq",
            0.9,
            "The lad in your Derby shop was so patient with my son. Please pass on"
            " our thanks.",
            True,
            False,
        ),
        # round 37 (batch 118, reworded): "pls" passes thanks on as "please" does;
        # "pls" asking for a thing is a request
        (
            "faq",
            0.9,
            "the lady in your Derby shop was so kind with my toddler. pls pass on my"
            " thanks xx",
            True,
            False,
        ),
        (
            "faq",
            0.9,
            "the lady in your Derby shop was so kind. pls send my receipt xx",
            False,
            False,
        ),
        # round 22 (batch 42, reworded): help the customer was given in a story, in
        # a learner's English, is no request; "help me find" asked for is one
        (
            "complaint",
            0.9,
            "The man in the Leeds shop was very patient and help me find warm boots."
            " Very good service.",
            True,
            False,
        ),
        (
            "complaint",
            0.9,
            "Your Leeds staff are lovely. Please help me find the wide fits.",
            False,
            False,
        ),
    ],
)
def test_the_praise_reader_round19(
    policy: HandoffPolicy,
    domain: Domain,
    intent: str,
    praise: float,
    text: str,
    warm: bool,
    handed_off: bool,
) -> None:
    policy.config.update(ROUND18_READER)
    info = {**CALM, "learned": 0.1, "praise": praise, "signals": []}
    turn = user(text, intent, frustration=info)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert (prediction.probabilities[domain.index_for_action(WARM)] == 1.0) == warm
    handoff = prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)]
    assert (handoff == 1.0) == handed_off


@pytest.mark.parametrize(
    ("praise", "learned", "warm"),
    [
        (0.97, 0.63, True),  # the reader sure, the learned model leaning complaint
        (0.97, 0.8, False),  # ... over the ceiling
        (0.85, 0.63, False),  # ... the reader not sure enough
    ],
)
def test_praise_the_reader_is_surest_of_outweighs_a_leaning_learned_model(
    policy: HandoffPolicy, domain: Domain, praise: float, learned: float, warm: bool
) -> None:
    # round 34 (batch 96, reworded): whatever intent DIET gave it
    policy.config["praise_reader_sure_threshold"] = 0.9
    policy.config["praise_reader_sure_learned_ceiling"] = 0.75
    info = {**CALM, "learned": learned, "praise": praise, "signals": []}
    text = (
        "Got the whole team gift cards from you and everyone is raving. Lovely service."
    )
    turn = user(text, "check_order_status", frustration=info)
    prediction = policy.predict_action_probabilities(tracker_of(turn), domain)
    assert prediction.probabilities[domain.index_for_action(HANDOFF_ACTION)] == 0.0
    assert (prediction.probabilities[domain.index_for_action(WARM)] == 1.0) == warm
