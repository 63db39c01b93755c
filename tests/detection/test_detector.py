"""The detector on the failure modes named in issue 3 (team-written sentences)."""

from __future__ import annotations

import pytest

from bot.frustration.detector import (
    FrustrationDetector,
    has_ironic_cue,
    has_praise_beyond_manners,
    has_praise_cue,
    has_problem_word,
    is_mostly_a_link,
    is_praise_of_us,
    without_threats,
    written_punctuation,
)
from bot.frustration.sentences import asks_a_question, without_signature


@pytest.fixture(scope="module")
def detector() -> FrustrationDetector:
    return FrustrationDetector()


@pytest.fixture(scope="module")
def settled() -> FrustrationDetector:
    """A detector that needs a sure learned model (0.97) for a story that is over."""
    return FrustrationDetector(learned_settled_threshold=0.97)


def names(result: object) -> set[str]:
    return {s.name for s in result.signals}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Wow, lovely job. A week late AND the box was crushed. Great", "sarcasm"),
        ("Thanks for the canned reply that pretends you care", "sarcasm"),
        ("sure, you'll magically fix my wifi by tonight 🤥", "sarcasm"),
        ("my boots have not arrived after 3 weeks", "service_failure"),
        ("I was charged twice for one pair of sandals", "service_failure"),
        ("tracking shows delivered but it has not turned up", "service_failure"),
        ("you absolute 1d10ts", "insult"),
        ("what a load of sh*t", "insult"),
        ("WHY IS MY PARCEL STILL MISSING", "shouting"),
        ("where is my parcel???", "repeated_punctuation"),
        ("I will report you to trading standards", "threat"),
        ("never again, worst shop ever", "threat"),
        ("let me speak to a real person", "explicit_request"),
        ("so tired today...frustrated", "frustration_words"),
    ],
)
def test_signals_fire(detector: FrustrationDetector, text: str, signal: str) -> None:
    assert signal in names(detector.detect(text))


def test_positive_words_in_a_failure_are_not_praise(
    detector: FrustrationDetector,
) -> None:
    result = detector.detect("Brilliant, my refund still hasn't come through. Great")
    assert result.complaint
    assert "positive_in_negative" in names(result)
    assert result.topic == "refund"


def test_polite_failure_is_a_complaint(detector: FrustrationDetector) -> None:
    result = detector.detect("I'm unable to check out with my card. Please help.")
    assert result.complaint
    assert result.topic == "something not working"


@pytest.mark.parametrize(
    "text",
    [
        "love my new boots, thanks!",
        "where is order 104233?",
        "I hate queues, how long does standard delivery take?",
        "is it too late to change my address?",
        "how do I close my account?",
        "damn autocorrect, I meant a size 9",
        "great shop, love it",
        "where is my refund?",
        "has my refund for order 103801 gone through yet?",
    ],
)
def test_calm_messages_stay_calm(detector: FrustrationDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.level == "calm", result
    assert not result.complaint


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("just 2 of my 5 parcels showed up", "missing item"),
        ("the right trainer is a size 6 and the left one a size 5", "wrong item"),
        ("got a scarf when we ordered gloves", "wrong item"),
        ("they promised a refund by Monday but it's Thursday", "broken promise"),
        ("the website won't accept my card", "something not working"),
        ("this is my third email about the same thing", "rude or unhelpful service"),
        ("my return has gone missing somewhere", "missing item"),
        ("the offer price wasn't applied to my basket", "unexpected charge"),
        ("the broadband keeps cutting out every evening", "something not working"),
        ("what if it never turns up? it is already 3 weeks late", "late delivery"),
        # plain and ironic failures
        ("got one trainer, where's the other one?", "missing item"),
        ("the laces are a different colour from the website", "wrong item"),
        ("the second pair has the same problem", "damaged item"),
        ("the page logs me out every time I click pay", "something not working"),
        ("wow, speedy reply, only took six days", "late delivery"),
        ("your guarantees mean nothing", "broken promise"),
        ("lovely, the dress shoes turned up after the wedding", "late delivery"),
        ("cheers for the radio silence this week", "rude or unhelpful service"),
    ],
)
def test_plain_and_ironic_failures_are_complaints_with_their_topic(
    detector: FrustrationDetector, text: str, topic: str
) -> None:
    result = detector.detect(text)
    assert result.complaint, result
    assert result.topic == topic, result


@pytest.mark.parametrize(
    "text",
    [
        "I'll be raising a chargeback with my card issuer",
        "posting my experience on facebook tonight",
        "great, two weeks to answer one email, really impressive",
        "oh perfect, another 'thanks for your patience'",
    ],
)
def test_disputes_public_threats_and_sarcasm(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert result.score >= 0.4, result
    assert {"threat", "sarcasm", "service_failure"} & names(result), result


@pytest.mark.parametrize(
    "text",
    [
        "are you on facebook?",
        "how do I open a dispute if a parcel never comes?",
        "what happens if my parcel is lost in the post?",
        "I'm cross with myself, I picked the wrong colour, can I change it?",
        "the wind here is dreadful, which coat is warmest?",
        "so pleased with the boots, well done",
        "would my train be cancelled if it snows?",
        "any trainers which don't squeak on wooden floors?",
    ],
)
def test_questions_and_praise_with_failure_words_stay_calm(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert result.level == "calm", result
    assert not result.complaint, result


def test_abuse_level_and_topic(detector: FrustrationDetector) -> None:
    result = detector.detect("you m0r0ns lost my parcel")
    assert result.level == "abusive"
    assert result.topic == "late delivery"


def test_result_dict_is_json_safe(detector: FrustrationDetector) -> None:
    import json

    data = detector.detect("still waiting for my order, 10 days now!!!").as_dict()
    assert set(data) >= {"score", "level", "complaint", "topic", "signals"}
    assert 0.0 <= data["score"] <= 1.0
    assert json.loads(json.dumps(data)) == data


def test_uses_given_tokens(detector: FrustrationDetector) -> None:
    result = detector.detect("you are a", tokens=["you", "are", "a", "m-o-r-o-n"])
    assert result.level == "abusive"


@pytest.mark.parametrize(
    "text",
    [
        "can't choose between the suede and the leather, which lasts longer?",
        "do these need breaking in, or are they comfy straight away?",
        "gutted the orange ones sold out, will they be back?",
        "sorry to be a pain, could you tell me if you deliver on Sundays?",
        "I'm nervous about getting the wrong size, can I swap if they don't fit?",
        "can't fault the boots, thanks",
    ],
)
def test_customer_state_in_a_question_stays_calm(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert result.level == "calm", result
    assert not result.complaint, result


@pytest.mark.parametrize(
    "text",
    [
        "must be nice to never pick up the phone",
        "oh wonderful, my 'priority' parcel is 'being prepared' again",
        "get back to me!!!",
        "I'm fed up, when will my order arrive?",
    ],
)
def test_sarcasm_demands_and_upset_order_questions_are_handed_off(
    detector: FrustrationDetector, text: str
) -> None:
    assert detector.detect(text).score >= 0.4


@pytest.mark.parametrize(
    "text",
    [
        "my sister is hopeless at choosing presents, could I get a voucher?",
        "dreadful day, can I move my delivery to Thursday?",
    ],
)
def test_requests_about_own_order_and_self_deprecation_stay_calm(
    detector: FrustrationDetector, text: str
) -> None:
    assert detector.detect(text).level == "calm"


@pytest.mark.parametrize(
    "text",
    [
        "suppose the zip breaks after a month, is it covered?",
        "if I'm sent the wrong size, who pays for the return?",
        "in the event my parcel is lost, what happens?",
        "another shop sent me the wrong size twice, do you have a size guide?",
        "my last courier left parcels in the rain, can I pick a safe place?",
    ],
)
def test_hypotheticals_and_other_firms_failures_stay_calm(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert not result.complaint, result
    assert result.level == "calm", result


@pytest.mark.parametrize(
    "text",
    [
        "a whole fortnight for 'express', you really spoil us",
        "ten stars for creativity, two different boots in one box",
        "so the 'non-slip' sole is more of a suggestion then",
        "really appreciate being told 'it's on its way' every day",
    ],
)
def test_round5_sarcasm_cues_make_complaints(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert "sarcasm" in names(result), result
    assert result.complaint, result


def test_other_firm_named_outside_a_question_still_counts(
    detector: FrustrationDetector,
) -> None:
    # only a question is excused: this is a complaint about us
    result = detector.detect(
        "another shop would have sent it by now, mine is 2 weeks late"
    )
    assert result.complaint


@pytest.mark.parametrize(
    "text",
    [
        "the basket page crashed at first but it's working now, order placed",
        "tracking was stuck for two days, ignore me, it came this morning",
        "the card payment failed twice, turns out it was my bank, went through fine",
        "the site kept freezing, I think it was my broadband, nothing to do with you",
        # round 9
        "the app kept crashing at checkout, the shop sorted it over the phone",
        "the returns label wouldn't print, the one on your website did the job",
        "the app kept crashing, all quiet now",
    ],
)
def test_a_problem_that_is_over_or_not_ours_is_no_complaint(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert not result.complaint, result
    assert result.level == "calm", result
    # the learned model needs the settled threshold to call it a complaint
    need = detector.learned_settled_threshold
    assert not detector.detect(text, learned=need - 0.02).complaint
    assert detector.detect(text, learned=min(0.999, need + 0.02)).complaint


@pytest.mark.parametrize(
    "text",
    [
        "it turned up this morning, three weeks late",
        "the parcel arrived today but the heel is broken",
        "found it, but it's the wrong size",
        "it's working now but I was charged twice",
        "sorted it, but the heel is still broken",
        # round 25: our word that it is over is not the customer's
        "my points showed as 0 and your chat said it was just a glitch",
    ],
)
def test_a_problem_that_comes_back_after_the_resolution_still_counts(
    detector: FrustrationDetector, text: str
) -> None:
    assert detector.detect(text).complaint


@pytest.mark.parametrize(
    "text",
    [
        "the popper on the jacket stopped fastening after a week",
        "the insoles came out the first time I took them off",
        "the colour ran onto my socks",
        "the two laces don't match each other",
        "the sandals you sent are a 38, I'm a 40",
        "you posted the parcel to my previous address",
        "the courier dropped it at number 7, I live at 17",
        "my money came out of my account but there's no order in my history",
    ],
)
def test_round6_plain_failures(detector: FrustrationDetector, text: str) -> None:
    result = detector.detect(text)
    assert "service_failure" in names(result), result
    assert result.complaint


@pytest.mark.parametrize(
    "text",
    ["do the laces match the boots?", "can I change it back to my old address?"],
)
def test_round6_failure_words_in_questions_stay_calm(
    detector: FrustrationDetector, text: str
) -> None:
    assert not detector.detect(text).complaint


@pytest.mark.parametrize(
    ("text", "sarcastic"),
    [
        ("superb service, I'd get quicker answers from my goldfish", True),
        ("top helpdesk, more sense out of a brick wall", True),
        ("my dog loves the new slippers more than I do", False),
        ("these are better than my old pair, thanks", False),
    ],
)
def test_round6_comparison_with_a_pet_or_object_is_sarcasm(
    detector: FrustrationDetector, text: str, sarcastic: bool
) -> None:
    result = detector.detect(text)
    assert ("sarcasm" in names(result)) == sarcastic, result
    assert result.complaint == sarcastic


@pytest.mark.parametrize(
    "text",
    [
        "if the voucher were to get lost in the post, would you send another?",
        "what happens if my parcel might get lost on the way?",
        "I always get lost in your sale section, so much choice",
    ],
)
def test_round7_things_getting_lost_are_no_insult(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert "insult" not in names(result), result
    assert result.level != "abusive"


def test_round7_get_lost_aimed_at_us_is_still_an_insult(
    detector: FrustrationDetector,
) -> None:
    for text in ["get lost with your surveys", "oh just get lost", "GET LOST"]:
        assert detector.detect(text).level == "abusive", text


@pytest.mark.parametrize(
    ("text", "asks_for_a_person"),
    [
        ("hello? is anybody real reading these", True),
        ("is there someone human I can message", True),
        ("could a human check why my voucher fails", True),
        ("can a member of staff review my refund", True),
        # round 10: the person first, then "I can talk to"
        ("is there a human I can chat to? it's complicated", True),
        ("anyone I could speak to about a bulk order?", True),
        ("any humans around?", True),
        ("any people in the shop on Sundays to measure feet?", False),
        # a person in another role is not a request for one of ours
        ("can a person collect the parcel for me?", False),
        ("is anyone else having trouble with the app?", False),
    ],
)
def test_asking_whether_a_human_is_there_is_a_request_for_a_person(
    detector: FrustrationDetector, text: str, asks_for_a_person: bool
) -> None:
    assert ("explicit_request" in names(detector.detect(text))) is asks_for_a_person


def test_round9_the_same_failure_day_after_day(detector: FrustrationDetector) -> None:
    result = detector.detect("locked out of my account for the third day running")
    assert "service_failure" in names(result), result
    assert result.complaint
    # a day running that is no failure of ours stays calm
    assert not detector.detect("I've worn them three days running, so comfy").complaint


def test_round9_praise_and_problem_words() -> None:
    assert has_praise_cue("my wide fits don't pinch, so grateful")
    assert has_praise_cue("the Bath shop staff are legends")
    assert not has_praise_cue("where is my parcel")
    # an account that keeps its owner out is a problem (no cheerful praise reply)
    assert has_problem_word("fab, locked out of my account again, top security")
    assert not has_problem_word("fab, my boots came early")


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("love my new boots!", True),
        ("@StitchAndSole legends", True),
        ("the leather smells amazing", True),
        ("I live for the great British weather!", False),
        ("Everton are doing really well at the minute!", False),
        ("great, what are you doing about it?", False),
        ("thank you for the reply but it still hasn't come", False),
        ("amazing 'waterproof' boots, wet socks by lunchtime", False),
        ("amazing boots, it's the third pair I've bought", True),
        # round 23: someone else's team is not ours; a short aside in brackets asks
        # nothing
        ("the mayor is a great leader and all his team are marvellous", False),
        ("your team are marvellous", True),
        ("the lady at your till (Jo?) was marvellous", True),
        ("the lady at your till was marvellous, is she Jo?", False),
    ],
)
def test_round9_praise_of_us(text: str, ours: bool) -> None:
    assert is_praise_of_us(text) is ours


@pytest.mark.parametrize(
    "text",
    [
        "the exchange came through, so nothing else needed, ticket can be closed",
        "the double payment was only a pre-authorisation, it dropped off my statement",
        "the heel tips took a while but they're spot on",
        "the strap came loose but the shop stitched it back, good as new",
        "the app wouldn't load but that's my phone, it's ancient",
        "my return is held up by the postal strike, just letting you know",
        "the first parcel went astray and you sent another pair out the same day",
        "queued for the launch and missed out, such is life",
    ],
)
def test_round10_more_ways_a_problem_is_over_or_not_ours(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert not result.complaint, result
    assert not detector.detect(text, learned=0.85).complaint


@pytest.mark.parametrize(
    "text",
    [
        "I typed my house number wrong so it went next door, can you update it?",
        "I sprained my ankle hiking, which boots give the most support?",
        "my old walkers finally cracked after nine years, do you still make them?",
        "do you do a bag to match my black courts?",
    ],
)
def test_round10_the_customers_own_doing_and_worn_out_goods_stay_calm(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert not result.complaint, result
    assert "threat" not in names(result)


def test_round10_court_is_a_threat_only_as_legal_action(
    detector: FrustrationDetector,
) -> None:
    assert "threat" in names(detector.detect("refund me or I'll see you in court"))
    assert "threat" in names(detector.detect("I'm taking this to court"))
    assert "threat" not in names(detector.detect("do the court shoes come in wide?"))


def test_round10_mismatched_pair_and_thanks_that_turns_into_a_problem(
    detector: FrustrationDetector,
) -> None:
    text = "thanks for the fast delivery! only thing is both shoes are different sizes"
    result = detector.detect(text)
    assert "service_failure" in names(result), result
    assert result.complaint
    # thanks followed by "unfortunately" is no praise: the learned model is not
    # held to the praise threshold
    polite = "thank you for the sandals, unfortunately the strap snapped"
    assert detector.detect(polite, learned=0.8).complaint
    assert not is_praise_of_us(polite)


def test_round10_on_top_of_is_no_praise() -> None:
    assert not has_praise_beyond_manners("the box was left on top of the bin")
    assert has_praise_beyond_manners("top service, thanks")


@pytest.mark.parametrize(
    "text",
    [
        "thought the refund hadn't come, just checked and it's there",
        "my points disappeared after the update and reappeared an hour later",
        "the basket emptied itself but came back after a refresh",
        "the payment failed, then went through fine the second time",
        "it looked like a double charge but it was just a pending hold",
        "the heel was glued on crooked, you remade them and they're lovely",
        "the voucher code didn't work at first, the team sent a new one",
        "my review vanished for a day, it's up now, no action needed",
    ],
)
def test_round10_a_problem_put_right_holds_against_a_sure_learned_model(
    detector: FrustrationDetector, settled: FrustrationDetector, text: str
) -> None:
    assert not detector.detect(text).complaint
    # learned_settled_threshold (0.97 in config.yml) rather than 0.7
    assert not settled.detect(text, learned=0.95).complaint
    assert settled.detect(text, learned=0.98).complaint


@pytest.mark.parametrize(
    "text",
    [
        "you replaced them and the new pair is broken too",
        "the team sent a new one, still the wrong size",
        "it went through fine the second time but I was charged twice",
    ],
)
def test_round10_put_right_then_wrong_again_still_counts(
    detector: FrustrationDetector, text: str
) -> None:
    assert detector.detect(text).complaint


@pytest.mark.parametrize(
    "text",
    [
        "the duplicate payment has gone back on my card, all good",
        "my missing points are back on my account now",
        "courier lost it, then found it and brought it round tonight. All done.",
        "the boots were held at the depot for days. They turned up this morning "
        "though, and they fit",
    ],
)
def test_round11_more_ways_a_problem_is_over(
    detector: FrustrationDetector, settled: FrustrationDetector, text: str
) -> None:
    assert not detector.detect(text).complaint
    assert not settled.detect(text, learned=0.95).complaint


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # "though" that ends a clause confirms; one that starts one turns it round
        ("it turned up today though the box was crushed", True),
        ("the refund still isn't back on my card", True),
        ("the points are not back on my account yet", True),
    ],
)
def test_round11_what_is_not_over_still_counts(
    settled: FrustrationDetector, text: str, complaint: bool
) -> None:
    # not settled: a learned 0.9 is enough (a settled message would need 0.97)
    assert settled.detect(text, learned=0.9).complaint == complaint


@pytest.mark.parametrize(
    "text",
    [
        "hypothetically if the sole cracked after a month would you replace them",
        "Just browsing. In theory if a zip broke in the first year is that covered",
    ],
)
def test_round11_a_hypothetical_without_its_question_mark(
    detector: FrustrationDetector, text: str
) -> None:
    assert "service_failure" not in names(detector.detect(text))


@pytest.mark.parametrize(
    ("text", "learned", "complaint"),
    [
        # the customer's own doing: upset at themselves, an eye-roll at themselves
        (
            "so cross with myself, dropped my new phone case in the canal 🙄 do you "
            "still sell it?",
            0.7,
            False,
        ),
        (
            "dried my wet trainers on the radiator and the glue has melted, can they "
            "be saved?",
            0.7,
            False,
        ),
        # someone else's doing is not the customer's
        ("your driver left the parcel next to the heater and it melted", 0.9, True),
        # unless a "but" turns it to us
        ("my own fault for ordering late, but you charged me twice", 0.9, True),
        ("my mistake, but then nobody answered my three emails", 0.9, True),
    ],
)
def test_round11_the_customers_own_doing_needs_a_sure_learned_model(
    text: str, learned: float, complaint: bool
) -> None:
    detector = FrustrationDetector(
        learned_threshold=0.55,
        learned_alone_threshold=0.6,
        learned_settled_threshold=0.97,
    )
    assert detector.detect(text, learned=learned).complaint == complaint


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("is there a real person I can DM about my order?", True),
        ("anyone I could email about a bulk order?", True),
        ("had a nice chat with the people in the queue", False),
        ("had a lovely talk with the staff about insoles", False),
        ("the chat person was so patient with me", False),
        ("can I talk to a person please", True),
    ],
)
def test_round11_requests_for_a_person_and_chats_that_are_not(
    detector: FrustrationDetector, text: str, asks: bool
) -> None:
    assert detector.detect(text).human_request == asks


@pytest.mark.parametrize(
    "text",
    [
        "the strap was mended at the Bath shop, picked it up. Nothing outstanding.",
        "the code failed yesterday, worked today after your fix, so we're all set",
        "the date slipped twice, which was annoying, but they came and I've no further "
        "issue",
        "one sock missing in May, June's box had it. All square.",
        "the hotel lost the parcel you delivered, they're sorting it, you can close "
        "the order",
    ],
)
def test_round11_batch15_ways_a_problem_is_over(
    settled: FrustrationDetector, text: str
) -> None:
    assert not settled.detect(text, learned=0.9).complaint


def test_round11_the_customer_calling_themselves_names_is_no_insult(
    detector: FrustrationDetector,
) -> None:
    assert "insult" not in names(
        detector.detect("lost the code like an idiot, resend?")
    )
    assert "insult" in names(detector.detect("your driver is an idiot"))
    assert "insult" in names(
        detector.detect("I'm an idiot? no, your driver is an idiot")
    )


def test_round11_a_payment_providers_outage_is_not_ours(
    settled: FrustrationDetector,
) -> None:
    text = "klarna is down at the moment, will my basket be held till it is back?"
    assert not settled.detect(text, learned=0.9).complaint


def test_round11_plural_people_in_a_request(detector: FrustrationDetector) -> None:
    assert detector.detect("please put me through to one of your agents").human_request
    assert detector.detect(
        "can I speak with your advisers about a bulk order"
    ).human_request


@pytest.mark.parametrize(
    ("text", "put_right"),
    [
        ("charged twice, but the second payment was refunded within the hour", True),
        ("the heel came off, the Derby shop glued it while I waited, ace", True),
        ("you replaced them the next day and the new pair is broken too", False),
    ],
)
def test_round11_put_right_quickly(
    settled: FrustrationDetector, text: str, put_right: bool
) -> None:
    assert settled.detect(text, learned=0.9).complaint != put_right


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("I'd like a human to go through the wide-fit options with me", True),
        ("can you hand me over to someone on the team? it's a school order", True),
        ("could I book a phone call with a staff member about fitting?", True),
        ("put me through to a colleague of yours please", True),
        ("I'd like a refund for the second pair", False),
        ("please pass this on to the team, they were lovely", False),
    ],
)
def test_round12_more_ways_to_ask_for_a_person(
    detector: FrustrationDetector, text: str, asks: bool
) -> None:
    assert detector.detect(text).human_request == asks


@pytest.mark.parametrize(
    "text",
    [
        "three weeks and my parcel still hasn't arrived. what a treat",
        "bold choice to leave my parcel in the bin, it's soaked",
        "really impressed that my order was lost in the post",
    ],
)
def test_round12_more_sarcasm_cues(detector: FrustrationDetector, text: str) -> None:
    assert "sarcasm" in names(detector.detect(text))


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        ("the app showed an error earlier but it's fine now", True),
        ("my card was declined but that was my bank", True),
        ("the exchange came through today and they fit", True),
        ("my refund came through at £42, the boots were £60", False),
        ("the app showed an error and it still does", False),
        ("my parcel never came", False),
    ],
)
def test_round12_the_result_says_when_a_problem_is_settled(
    detector: FrustrationDetector, text: str, settled: bool
) -> None:
    result = detector.detect(text)
    assert result.settled == settled
    assert result.as_dict()["settled"] == settled


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 12, from batch 16 after its blind run: "please disregard", an
        # exchange that came through, a difference refunded
        (
            "I said the shop charged full price for the sale belt; the manager "
            "refunded the difference, so please disregard",
            False,
        ),
        ("the wrong size came, the exchange came through today and they fit", False),
        ("my refund never came through and it's been a month", True),
        ("you disregard every email I send", True),
        # from batch 17 after its blind run: a ticket closed by number, a fault that
        # is gone
        (
            "Ticket 55120 can be closed, the new insoles came and the squeak is gone",
            False,
        ),
        ("case SS-2231 can be closed, all fine", False),
        ("the squeak is gone but now the sole is peeling", True),
    ],
)
def test_round12_more_ways_a_problem_is_over_and_what_still_counts(
    settled: FrustrationDetector, text: str, complaint: bool
) -> None:
    assert settled.detect(text, learned=0.9).complaint == complaint


@pytest.mark.parametrize(
    "text",
    [
        # upset about the weather or the customer's feet, then a product question
        "The weather is awful and my commute is a nightmare - which of your boots "
        "are actually waterproof?",
        "ugh, my feet are killing me after a long shift. any trainers you'd suggest?",
        "ugh, my arches have collapsed, which trainers take a full-length orthotic?",
    ],
)
def test_round12_upset_about_something_else_before_a_product_question_is_calm(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text, learned=0.3)
    assert not result.complaint
    assert result.score < 0.4  # HandoffPolicy's frustration_threshold


def test_round12_leaked_is_a_failure(detector: FrustrationDetector) -> None:
    assert "service_failure" in names(detector.detect("my new boots leaked"))
    assert "service_failure" in names(
        detector.detect("the wellies let the water in on day one")
    )


# Ways of saying a problem is over, written after reading each batch's misses
# (reworded), one table across the rounds: settled, and no complaint even with a
# learned model at 0.9.
PROBLEMS_OVER: list[str] = [
    # round 13, from batch 18 after its blind run (reworded): a problem that is over
    "found the missing belt in the bottom of the bag, all present and correct",
    "the missing refund has been paid in full, thanks",
    # round 14, from batches 21, 23 and 24 (reworded): a problem that is over
    "the refund for the cancelled pair came through today. You can close this one.",
    "no need to reply, the missing socks turned up in a separate parcel",
    "the order was late but it's here now in one piece. No need to chase anything.",
    "thank you for sorting the double charge so quickly",
    "the parcel went missing but your team had a new one with me in two days",
    # round 14, from batch 25 after its blind run (reworded)
    "the second charge has now been returned and I consider the matter closed",
    "the courier left it next door, the neighbour is bringing it round tonight",
    # round 15, from batch 26 (reworded): a problem that is over
    "my voucher disappeared from the app but it reappeared overnight",
    "the points vanished for a day, all 120 are back where they should be now",
    "the parcel went to the wrong shop, they sent it on and I got it. Sorted.",
    "the first parcel was lost but you sent a replacement the same day",
    # round 15, from batch 27 (reworded): a problem that is over
    "wrong belt came, I rang, the swap arrived this morning. Closing this off.",
    "the collection wasn't ready on Friday but I got it today. Everything is fine.",
    "the parcel was held up twice, the courier delivered it at 6pm tonight",
    "the points were missing, your team added them and the balance is right now",
    # round 16, from batch 29 after its blind run (reworded)
    "one box was missing at first, it came on Monday, so we now have everything",
    "the strike slowed my return down, not down to you at all, it's been received now",
    # round 17, from batch 30 after its blind run (reworded)
    "the present for my aunt got there in good time after all, it sat at the hub a day",
    "thanks to Sam on chat, who sorted my dad's missing slippers in no time",
    # round 17, from batch 31 after its blind run (reworded)
    "ignore me, the sticker says 9 but the boots themselves are the 8 I ordered",
    # round 18, from batch 32 after its blind run (reworded)
    "found the missing invoice in my junk folder, sorry! How do I make sure it doesn't"
    " happen again?",
    "the voucher refund took a week longer than promised, but the £8 has arrived now."
    " Is the deal still valid if the price drops again?",
    "your order page shows the delivery date twice. It's not bothering me at all, just"
    " letting you know",
    "Nothing wrong, I just don't need the emails any more. How do I unsubscribe?",
    "my broadband has been down all week, so I missed your emails. How long do you hold"
    " click and collect orders?",
    # round 18, from batch 33 after its blind run (reworded)
    "the flood shut the lane so the van couldn't get through yesterday. Not your doing,"
    " honestly.",
    "the screen reader skipped the filters last month, but since the latest update they"
    " read out fine",
    # round 19, from batch 34 after its blind run (reworded): a question about what can
    # still be done, or whether it is too late, is no turn after the fix
    "the promo code failed in the app, but it worked fine on the website. Can I still"
    " change to express delivery, or is it too late?",
    "my first pair cracked, you sent a new pair within two days. Does the warranty"
    " restart or still run from when I first bought them?",
    "nothing outstanding on my side. The removal lorry broke down twice on the way, but"
    " we're all moved in now",
    # round 19, from batch 35 after its blind run (reworded)
    "the app glitch that showed my points as zero has corrected itself",
    "klarna took the payment twice but they said it was their glitch and it's being"
    " refunded. Can you check you only got one payment?",
    "I mentioned a chargeback last week over a double payment; the bank says it was a"
    " pending authorisation that has now dropped off, so no action is needed.",
    # round 21, from batch 39 after its blind run (reworded)
    "the website wouldnt load in the sale last night but its fine this morning",
    # round 21, from batch 37 (reworded)
    "I emailed on Friday about the wrong size; the new pair came Tuesday. Closing the"
    " loop.",
    # round 21, from batch 40 after its blind run (reworded)
    "the code wasn't working at checkout but it's fine now, so please ignore my email",
    "you said the repair would take a month and it was back in a fortnight. Just"
    " letting you know we've collected it.",
    "the shop promised the belt would be ready by Friday and it was.",
    # round 22, from batch 41 after its blind run (reworded)
    "the voucher said £0 online but £25 in the app, probably a display bug. Used it"
    " fine in the end.",
    # round 22, from batch 42 after its blind run (reworded)
    "sent back the boots in the wrong size and the refund of £89.50 showed this"
    " morning. Can I reorder the 8?",
    # round 23, from batch 44 after its blind run (reworded)
    "the payment page kept timing out, but since last night's update it's behaving"
    " itself. Order placed.",
    "split the toe on a kerb while running, my own clumsiness, nothing wrong with the"
    " trainers. Can you glue it?",
    # round 24, from batch 46 after its blind run (reworded)
    "the site kept freezing at payment this morning, cleared my cache and it works now",
    "the driver couldn't get in so I rearranged delivery for Monday and it arrived."
    " Letting you know in case your tracking still says failed.",
    "the basket kept emptying itself full stop I restarted my phone and it works now"
    " full stop",
    # round 25, from batch 48 after its blind run (reworded)
    "Picked up my order from the Bath shop. The ready email came two days late but the"
    " box was sat there waiting for me.",
    "my points showed as 0 yesterday and 1,200 today, must have been a blip. Cheers",
    "the courier lost my jacket last winter and I've made my peace with it. Do you"
    " still sell the green one?",
    # round 25, from the false handoffs of read batches 6, 7, 9 and 17 (reworded)
    "the parcel looked crushed but the boots inside were fine",
    "the rubbing on my heel stopped once I wore thicker socks, as your guide says",
    "for a second I thought the bag was missing its strap, then I found it in the"
    " tissue",
    "it came two days late, which I didn't mind at all",
    "false start, the missing insole was tucked inside the other shoe",
    # round 26, from batch 49 after its blind run (reworded)
    "my points from March weren't on the app but they've appeared this morning. Must"
    " have been slow to sync.",
]


@pytest.mark.parametrize("text", PROBLEMS_OVER)
def test_problems_over(settled: FrustrationDetector, text: str) -> None:
    result = settled.detect(text, learned=0.9)
    assert result.settled
    assert not result.complaint


@pytest.mark.parametrize(
    "text",
    [
        # round 21: a promise kept only at a clause end, not one broken after "and it
        # was"; "so ignore my email" only as the customer's own request
        "you promised it would be here Monday and it was Thursday when it came",
        "the app is fine now but you still ignore my emails",
    ],
)
def test_round21_what_is_not_over(settled: FrustrationDetector, text: str) -> None:
    assert not settled.detect(text, learned=0.9).settled


# Failures the lexicon finds, and near misses it must not, written after reading each
# batch's misses (reworded), one table across the rounds.
FAILURES_AND_NOT_ONES: list[tuple[str, bool]] = [
    # round 13: the customer's own fall and their child's or their own disbelief:
    # no failure
    ("fell off my bike last week, which trainers have the softest heel?", False),
    ("my son can't manage laces yet, do you do velcro in a 12?", False),
    ("can't believe it's the same pair after the resole", False),
    ("I can't log in to my account", True),
    # failures told flatly, and an update we ignored
    ("after a year of careful wear the stitching on the side split open", True),
    ("you sent it to an address I moved out of years ago", True),
    ("it went to my old flat even though I updated the address", True),
    ("the app took the money anyway and no order went through", True),
    ("went in for laces and came out with two pairs of boots", False),
    # from batch 20 after its blind run (reworded)
    ("opened her present and the box had one slipper in it", True),
    ("the boots came, two of the three pairs are a different shade", True),
    ("the clogs arrived, half of them are a 9 but we ordered 5 to 11", True),
    ("thanks for delivering my parcel to the house next door", True),
    ("the heel came away from the sole after a week", True),
    ("came away from the sale with a free tote bag", False),
    ("the returns link just goes to an error page", True),
    ("guaranteed by the 18th and it's now the 23rd", True),
    ("she can't get to a post office, could you collect them?", False),
    # round 14, from batches 21, 23 and 24 after their blind runs (reworded)
    ("loving the lucky dip where I order an 8 and get a 6", True),
    ("the sandals I receive are size 40 but I order 41, please help", True),
    ("top quality, the strap lasted nearly a whole morning", True),
    ("these lasted me ten years", False),
    ("the Derby shop closed an hour early on the day I drove over", True),
    ("the assistant told my son he was too big for the junior range", True),
    ("paid for next day delivery and it came on day three", True),
    ("the bag arrived without its strap", True),
    ("the bag arrived without a scratch", False),
    ("torn between the tan and the black boots", False),
    ("she measured my feet, one is a size bigger than the other", False),
    ("one boot is a size bigger than the other", True),
    # round 14, from batch 25 after its blind run (reworded)
    ("posted my boots for a resole in March and it's now June, any update?", True),
    ("the gift box came with only the tissue paper in it", True),
    ("the email lists 4 pairs but only 3 arrived", True),
    ("I ordered the navy scarf and was sent the grey one", True),
    ("two assistants kept chatting while I queued at the till", True),
    ("delivered my daughter's plimsolls the day after term began", True),
    ("ordered monday, came tuesday, brilliant", False),
    ("where's the wishlist gone on the new app? can't spot it", False),
    # round 15, from batch 26 after its blind run (reworded)
    ("opened the box and both boots are right feet", True),
    ("the two slippers were both left ones", True),
    ("thanks for refunding me £0.00 on a £45 order, so kind", True),
    ("I've explained my problem to four different people now", True),
    ("lovely, my parcel went to Leeds when I chose York for collection", True),
    ("sent it over to the Bath shop and I picked it up this afternoon", False),
    ("thanks for refunding me £40 so quickly", False),
    # round 15, from batch 27 after its blind run (reworded)
    ("the email said ready to collect but at the till they can't find it", True),
    ("they couldn't find it at first, then found it in the back", False),
    ("I've been on hold for forty minutes now", True),
    ("I've been wearing them for three weeks now and love them", False),
    ("still getting used to the new insoles", False),
    ("still getting charged for the insoles I sent back", True),
    # round 16, from batch 28 after its blind run (reworded)
    ("been on the phone to you 40 minutes and nobody can tell me anything", True),
    ("been on this chat for an hour and got nowhere", True),
    ("I've been on the chat with Tom before, he was lovely", False),
    # round 16, from batch 29 after its blind run (reworded)
    ("tried the returns form three times, three error messages", True),
    ("the voucher my aunt gave me was declined at the checkout", True),
    ("I messaged you on the 3rd and it's now the 17th", True),
    ("will a gift card be declined if it has expired?", False),
    # round 17, from batch 30 after its blind run (reworded)
    ("I sent my niece an e-gift card and it never reached her", True),
    ("we never reached the top, but the boots were comfy all the way", False),
    ("we ordered 20 pairs of plimsolls for the school and only 15 came", True),
    ("the invoice says trainers but we were sent two belts", True),
    ("35 minutes in the phone queue, then the call cut off", True),
    (
        "my trusty old walking boots have finally worn through, which replace them?",
        False,
    ),
    # round 18, from batch 32 after its blind run (reworded)
    ("the discount code expired as I was pasting it in", True),
    ("the login code turned up ten minutes after it had expired", True),
    ("the app says my voucher is invalid but I only got it yesterday", True),
    ("the app now opens to a blank screen", True),
    ("my points disappear without warning every few months", True),
    ("Put the wrong flat number on my order, it says 3 not 30", False),
    ("my old trainers leak like a sieve, which of yours are waterproof?", False),
    ("say a parcel gets lost in the post, who refunds me?", False),
    # round 18, from batch 33 after its blind run (reworded)
    ("I ordered three boxes and only one box has come", True),
    ("the cashback from my March order never showed up", True),
    ("I've been patient since April, the wait for my parcel goes on", True),
    ('the tracking has said "in transit" for nine days', True),
    ("ordered to Texas and got them in five days", False),
    ('the banner says "free returns" for Ireland, does that cover Belfast?', False),
    # round 19, from batch 34 after its blind run (reworded)
    ("top app, kicks me out every time I pay", True),
    ("lovely voucher. works never", True),
    ("student code refused at the till, can someone help?", True),
    ("could I buy just one boot for my prosthetic fitting?", False),
    ("one sandal. just one. order SS-10001", True),
    ("I paid on the app instead of the website, is that ok?", False),
    ("It hasn't been sent yet, so could I change the size to a 7?", False),
    ("It hasn't been sent yet and it's been three weeks", True),
    ("my brother told me the wrong size, can I swap them for a 9?", False),
    # round 19, from batch 35 after its blind run (reworded)
    ("my rucksack went missing on a flight to Rome, with my boots in it", False),
    ("the parcel went missing at your depot", True),
    ("we only got one payment confirmation, is that right?", False),
    # round 21, from batch 39 after its blind run (reworded)
    ("my points balance dropped from 1,800 to zero last night", True),
    ("my voucher balance fell to £0.50 after my first shop, is that right?", False),
    ("'Your parcel has been signed for.' I was out all day. Who signed for it?", True),
    ("the party boots got here the Monday after the party", True),
    ("can they get here the day before the party?", False),
    ("it arrived today after the wedding, the dress looks perfect with them", False),
    ("these non-slip trainers are so non-slip that I slipped on a wet floor", True),
    ("the two-year guarantee apparently ends at 12 months", True),
    ("does the two-year guarantee start from delivery or from purchase?", False),
    # round 21, from batch 37 (seen at insertion, read now; reworded)
    ("you sent my boots to a flat in Leeds. I live in York", True),
    ("my rucksack got drenched in a thunderstorm, how do I dry the leather?", False),
    ("your staff spent over an hour with my mum finding a comfy pair", False),
    ("my last pair finally split at the sole after a long innings. Same again?", False),
    ("she said the insoles were lovely. Little thing but it helped her", False),
    # round 21, from batch 40 after its blind run (reworded)
    ("fourth time of asking, where's my exchange?", True),
    ("the points from my last two orders (about 300) were never added", True),
    ("my 6-year-old walking boots finally split at the toe, same again please", False),
    ("I've never had a pair of yours let me down", False),
    ("you ignore my emails and never ring back", True),
    # round 22, from batch 41 after its blind run (reworded)
    ("second pair where the zip has gone in the same spot within three weeks", True),
    (
        "the strap has gone a bit stiff after the rain, what conditioner do you do?",
        False,
    ),
    ("wore his Derbys for twenty years. The sole's gone - can you resole them?", False),
    ("the buckle went from gold to silver within a month, should I clean it?", False),
    ("the soles have worn through in four months, my old pair lasted years", True),
    ("these need wearing in for a week or so, is that normal?", False),
    ("the heels you repaired are even worse than before", True),
    (
        "sorry if I've missed a rule, but I was charged £3.95 delivery even though I"
        " spent £70, isn't that free?",
        True,
    ),
    ("what happens if I've got the size wrong?", False),
    # round 22, from batch 42 after its blind run (reworded)
    ("my mum's warranty claim was rejected because she threw the receipt away", True),
    ("my card was declined at the till, can I pay another way?", False),
    ("my exchange is 'being processed'. Same as the last four emails.", True),
    # round 23, from batch 44 after its blind run (reworded)
    (
        "the app said the trainers were in stock at the Leeds shop, and when I got"
        " there they'd sold out weeks ago",
        True,
    ),
    ("the app said they were in stock in Leeds, so I'll pop in on Saturday", False),
    ("a thirty-minute wait at the collection desk this morning.", True),
    ("never did get to try the red ones on, are they still in?", False),
    ("the parcel never got to me", True),
    (
        "my walking boots (not from you) leaked on day one, which of yours have a"
        " membrane?",
        False,
    ),
    # round 24, from batch 46 after its blind run (reworded)
    ("my voucher says the balance is £0 but it was £30 and I've never used it", True),
    ("the gift card balance is zero now, I spent it all on sandals", False),
    ("the discount code gets rejected, tried two browsers and my phone", True),
    ("the shop sent me to the website and the website sent me back to the shop", True),
    ("boots with a two year warranty and they lasted five months", True),
    ("my last pair lasted five years, do you still make them?", False),
    # round 24 (from batch 30, reworded): the customer's slip, the "I" left out
    (
        "Typed my postcode wrong at checkout so the parcel went to the wrong street."
        " Can you redirect it?",
        False,
    ),
    # round 25, from batch 48 after its blind run (reworded)
    ("the wallet arrived with a deep scratch on the clasp", True),
    ("the wallet arrived without a scratch, thank you", False),
    ("the nubuck has gone bald at the heel after four wears", True),
    ("the leather has gone lovely and soft after four wears", False),
    (
        "our reception signed for the parcel and then lost it, this one's on us. Can"
        " you send another invoice?",
        False,
    ),
    ("I left my purse on the bus and never got it back. Do you sell the same?", False),
    # round 25, from the false handoffs of read batches 6, 15 and 16 (reworded)
    (
        "my phone's memory is full so your app won't install, I'll delete some photos",
        False,
    ),
    ("I'll be shopping at the York branch from now on instead of Leeds", False),
    ("I paid with my work card by mistake instead of my own, can you swap it?", False),
    ("you sent my parcel to the Leeds shop instead of the York one", True),
    ("I was charged twice by mistake", True),
    # round 26, from batch 49 after its blind run (reworded)
    (
        "I posted my return with my own courier instead of using your label, is that"
        " ok?",
        False,
    ),
    ("six years in the same job, my last pair finally split at the heel", False),
    ("the sandals came as one 5 and one 6", True),
    ("I ordered one 5 and one 6 to try at home", False),
    ("wore the waterproof boots on the moors and came home with wet socks", True),
    ("are the waterproof boots good for wet fields?", False),
    ("shocking quality, the sole peeled in a week", True),
    ("not bad quality for the price", False),
    ("my new tights laddered on the first wear", True),
    # round 26, from misses of read batches 8, 12, 17 and 22 (reworded)
    ("opened the box and one boot is a 6 and the other is a 7", True),
    ("the right trainer is a 9 but the left one is a 10", True),
    ("it came with a left shoe in a 4 and a right shoe in a 5", True),
    ("if one foot is a 6 and the other a 7, which size should I get?", False),
    ("damp toes after ten minutes on the field in my new waterproof boots", True),
    ("my feet get wet in my old trainers, do you sell waterproof ones?", False),
]


@pytest.mark.parametrize(("text", "failure"), FAILURES_AND_NOT_ONES)
def test_failures_and_what_is_not_one(
    detector: FrustrationDetector, text: str, failure: bool
) -> None:
    assert ("service_failure" in names(detector.detect(text))) == failure


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 17 (batch 30): a question about what may happen needs a sure model
        ("if my parcel isn't with me by the 20th, can I get my money back?", False),
        ("If it doesn't fit, can I swap it in a shop?", False),
        # ... unless a failure is told beside it
        ("my parcel is a week late. If it isn't here by Friday, can I cancel?", True),
        # round 22 (batch 42, reworded): so does a question about booking a repair
        # with no failure told ...
        (
            "the heels are worn down after a wet winter. How do I book a repair for"
            " the heels only?",
            False,
        ),
        # ... a failure told beside it does not
        ("the heel fell off on day two. How do I book a repair?", True),
        # round 23 (batch 44, reworded): a worry about what may happen is one too
        (
            "I'm nervous in case the shoes come late for the wedding. If they do, can"
            " I get my money back?",
            False,
        ),
        # round 24 (batches 15, 20, 40, reworded): upset at the weather in a question
        # about our goods ...
        (
            "the weather is vile, soaked every day, which of your boots are waterproof",
            False,
        ),
        ("Grim weather again. Are your wellies properly lined?", False),
        # ... unless a failure of ours is told beside it
        (
            "awful weather and your 'waterproof' boots leaked, which ones really are?",
            True,
        ),
    ],
)
def test_a_conditional_booking_or_weather_question_needs_a_sure_model(
    detector: FrustrationDetector, text: str, complaint: bool
) -> None:
    assert detector.detect(text, learned=0.75).complaint == complaint


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # an ironic frame lifts the praise gate: the learned model's 0.7 is enough
        ("Oh perfect, the app logged me out and charged me. Fantastic stuff.", True),
        (
            "cheers for the code that expired the day before my birthday, thoughtful",
            True,
        ),
        # praise words sincere praise uses as often keep it (learned 0.9 needed)
        ("these arrived so fast, brilliant", False),
        ("well done to the Bath team, impressive service", False),
        ("love that you recycle the boxes, great service", False),
    ],
)
def test_round13_praise_gate_and_ironic_frames(
    settled: FrustrationDetector, text: str, complaint: bool
) -> None:
    assert settled.detect(text, learned=0.7).complaint == complaint


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        # round 13: "well" is praise only in a phrase that praises
        ("they fit really well, thank you", True),
        ("well done to the Bath team", True),
        ("I waited well past 8 PM and was never told", False),
        ("well now I'm told it costs another £20", False),
        ("Hello, I hope you're well. My refund hasn't come", False),
        ("I'd like the belt as well, please", False),
    ],
)
def test_round13_well_is_praise_only_in_praise(text: str, praise: bool) -> None:
    assert has_praise_cue(text) == praise


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        ("the refund landed in my account today, cheers", True),
        ("the double charge has been reversed, all good", True),
        ("you'd resent it before I'd even finished my tea", True),
        ("the refund landed in my account but it's £10 short", False),
        # round 17: "are the 8 I ordered" settles it, "the 7 not the 8 I ordered" not
        ("false alarm, the label says 8 but they're the 8 I ordered", True),
        ("false alarm, the label says 8 but they're the 7 not the 8 I ordered", False),
    ],
)
def test_round13_batch20_ways_a_problem_is_over(
    detector: FrustrationDetector, text: str, settled: bool
) -> None:
    assert detector.detect(text).settled == settled


def test_round13_a_request_for_a_person_stays_in_one_clause(
    detector: FrustrationDetector,
) -> None:
    assert not detector.detect(
        "she can't get to the shop, could someone collect them"
    ).human_request
    assert detector.detect("can I talk to someone please").human_request


def test_round13_a_question_without_its_question_mark(
    detector: FrustrationDetector,
) -> None:
    # upset about the weather, then a product question typed without "?"
    text = "the weather is awful, soaked every day, which of your boots are waterproof"
    result = detector.detect(text, learned=0.3)
    assert "service_failure" not in names(result)
    assert not result.complaint


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 13, from batch 19 after its blind run (reworded)
        (
            "the odd sizes problem is finished, the new pair came. No need to reply.",
            False,
        ),
        (
            "my bank had an outage and they've reversed the payment, ordering again",
            False,
        ),
        ("thirty years a customer and you've never let me down", False),
        ("our office lost the delivery note, could you email the invoice?", False),
        ("one boot in the box", True),
        ("the party was on saturday and the slippers arent here", True),
        ("you never let me know when it shipped", True),
    ],
)
def test_round13_batch19_what_is_over_or_ours(
    settled: FrustrationDetector, text: str, complaint: bool
) -> None:
    assert settled.detect(text, learned=0.5).complaint == complaint


def test_round13_batch22_rules(detector: FrustrationDetector) -> None:
    # a day we made better is no upset; a surprise spoilt at home is no failure
    staff = "your Leeds staff are lovely, turned a rubbish day right around"
    assert "frustration_words" not in names(detector.detect(staff))
    surprise = "they were meant to be a surprise but my husband opened the parcel"
    assert "service_failure" not in names(detector.detect(surprise))
    # dye that stains is a failure
    dye = "the dye from the insole turns my socks blue"
    assert "service_failure" in names(detector.detect(dye))


def test_round13_praise_then_but_lifts_the_praise_gate() -> None:
    strict = FrustrationDetector(learned_alone_threshold=0.65)
    text = "3/5. They look nice, but my heel slips out of them after an hour"
    assert strict.detect(text, learned=0.8).complaint


def test_round14_routine_questions_and_other_firms(
    detector: FrustrationDetector,
) -> None:
    # upset about the customer's own kids before a product question: a routine question
    kids = (
        "the kids wrecked their shoes AGAIN, which of your school shoes last longest?"
    )
    assert detector.detect(kids).routine_question
    assert not detector.detect(
        "why is my order so late? it's a disgrace"
    ).routine_question
    # its upset words are the customer's own: calm (not handed off on the score)
    other = (
        "my last boots from another brand were rubbish and leaked, total waste of"
        " money. Are yours properly waterproof?"
    )
    assert detector.detect(other).level == "calm"
    # not when the question is about the customer's own order
    assert detector.detect("fed up, when will my order arrive?").level != "calm"
    # a payment provider that is down is not our failure
    paypal = "PayPal seems to be down so I can't pay, will my basket be held?"
    assert "service_failure" not in names(detector.detect(paypal))
    # still ours when the thanks turns round
    but = "thanks for sorting the refund but the boots are still the wrong size"
    assert detector.detect(but, learned=0.9).complaint


def test_round15_a_call_from_a_person_and_a_late_relative() -> None:
    detector = FrustrationDetector()
    assert detector.detect("could someone ring me back on my mobile?").human_request
    assert detector.detect("Would a colleague call me this afternoon").human_request
    assert not detector.detect("could you ring the courier for me?").human_request
    # "my late mother's handbag" is no delay; "arrived late" still is a problem word
    assert not has_problem_word("thank you for restoring my late mother's handbag")
    assert has_problem_word("thank you, though it arrived late")
    assert has_praise_cue("an exceptional repair, thank you")


@pytest.mark.parametrize(
    "text",
    [
        # round 15: pushing back on an answer is upset, also as a question
        "so what are you going to do about it?",
        "how does that help me now?",
        "that's not what happened, the courier never came to the door",
        "I already tried that, twice",
        "that's the same reply I got yesterday",
        # round 21 (batch 39, reworded)
        "I'd like to know what you plan to do about it.",
    ],
)
def test_round15_pushback_is_upset_and_no_routine_question(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text)
    assert "frustration_words" in names(result)
    assert not result.routine_question
    assert result.level != "calm"


def test_round15_a_product_question_with_do_your_is_routine(
    detector: FrustrationDetector,
) -> None:
    question = "soaked through on the walk home, do your wellies come with a lining?"
    result = detector.detect(question)
    assert result.routine_question
    assert "service_failure" not in names(result)
    # the same words about an order of ours are no routine question
    assert not detector.detect("my wellies came soaked through, why?").routine_question


def test_round15_a_family_members_doing_and_a_closing_yet(
    detector: FrustrationDetector,
) -> None:
    family = (
        "my son used my account and ordered two hoodies without asking 🙄 can I"
        " cancel them, they're not dispatched yet"
    )
    assert not detector.detect(family).complaint
    # a threat to close an account is no problem closed
    threat = "unlock my account today or I'm closing it"
    assert not detector.detect(threat, learned=0.5).settled


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 16, from batch 28 after its blind run (reworded): no hurry, nothing
        # wrong; a partner's teasing; no progress is pushback
        ("heads up, I'm at my sister's from the 5th to the 12th so no rush", False),
        ("no rush, it's only been three weeks since I ordered", True),
        ("bought three pairs in the sale, my husband was not impressed 😂", False),
        ("my husband was not impressed, the boots you sent him fell apart", True),
        ("we're going round in circles here, I still have no refund", True),
    ],
)
def test_round16_no_hurry_teasing_and_no_progress(
    detector: FrustrationDetector, text: str, complaint: bool
) -> None:
    # a learned model between the alone and the settled thresholds
    assert detector.detect(text, learned=0.8).complaint == complaint


def test_round16_no_progress_makes_a_question_no_routine_one(
    detector: FrustrationDetector,
) -> None:
    result = detector.detect("back to square one again, what do I do now?")
    assert not result.routine_question
    assert "frustration_words" in names(result)


def test_round16_sarcasm_about_waiting_and_a_record() -> None:
    detector = FrustrationDetector()
    for text in (
        "loving the suspense, still no word on my refund",
        "a perfect record: four tries at the returns page, four error messages",
    ):
        assert "sarcasm" in names(detector.detect(text)), text


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 18 (batch 32, reworded): a failure shouted with "???" is a complaint
        # however calm the learned model reads the lower-cased text ...
        ("why does the app say my voucher is EXPIRED when I got it YESTERDAY???", True),
        # ... but not the same words said calmly: the learned veto stands
        ("why does the app say my voucher is expired when I got it yesterday?", False),
        # round 19 (batch 34, reworded): money taken twice is a complaint however
        # calm the learned model reads it ...
        ("sorry, billed twice for SS-10002? thanks", True),
        # ... but a failure the veto was made for still falls to it
        (
            "the box looks damaged in the photo on your site, is that just the photo?",
            False,
        ),
        # round 21 (batch 39, reworded): a failure told with a demand to put it right
        # ...
        (
            "The colour has bled all over my socks. What do you intend to do about it?",
            True,
        ),
        ("my points dropped from 900 to 0 last night, I'd like them restored", True),
        # round 22 (batch 41, reworded): or a polite ask to put it right
        (
            "The buckle snapped on day three. I'd rather not pay for a repair on"
            " something so new.",
            True,
        ),
        (
            "I hate to complain, but the heel came off after two wears. Is there"
            " anything you can do?",
            True,
        ),
        # round 22 (batch 42, reworded): a claim we turned down, however calmly told
        (
            "Mum's guarantee claim was refused because she'd lost the receipt. She's"
            " 79. Who keeps receipts for two years?",
            True,
        ),
        # ... not a polite ask alone: the customer's own doing asks it too
        (
            "Posted my return myself instead of using your label and the post office"
            " lost it. I know that's on me. Is there anything you can do?",
            False,
        ),
        # ... not beside any upset phrase: the customer's own frustration
        ("I'm fed up of cheap boots falling apart, are yours any tougher?", False),
    ],
)
def test_what_survives_the_learned_veto(
    detector: FrustrationDetector, text: str, complaint: bool
) -> None:
    assert detector.detect(text, learned=0.1).complaint == complaint


@pytest.mark.parametrize(
    ("text", "second_opinion", "complaint"),
    [
        # round 44: a sure second opinion vetoes what a sure learned model said
        ("the sole split after a week of wearing them", 0.01, False),
        ("the sole split after a week of wearing them", None, True),
        # ... not when it is only fairly sure
        ("the sole split after a week of wearing them", 0.2, True),
        # ... nor a threat, nor what no low score clears, nor an insult
        (
            "the sole split after a week, I'm reporting you to trading standards",
            0.01,
            True,
        ),
        (
            "the sole split after a week, what do you plan to do about it?",
            0.01,
            True,
        ),
        ("the sole split after a week, you absolute idiots", 0.01, True),
    ],
)
def test_round44_a_sure_second_opinion_vetoes(
    detector: FrustrationDetector,
    text: str,
    second_opinion: float | None,
    complaint: bool,
) -> None:
    result = detector.detect(text, learned=0.8, second_opinion=second_opinion)
    assert result.complaint == complaint
    assert (result.level == "calm") != complaint
    assert result.as_dict().get("second_opinion") == second_opinion


@pytest.mark.parametrize(
    "text",
    [
        # round 18 (batch 33, reworded): a pet's doing is the customer's own
        "my puppy chewed the returns label to bits, can I have another?",
        "My cat shredded the delivery note. Could you email me a copy?",
        # round 21 (batch 39, reworded): "has chewed", and a lost cause is no parcel
        "My dog has chewed the strap off my sandal (gutted). Can it be fixed or is it a"
        " lost cause?",
    ],
)
def test_round18_a_pets_doing_needs_a_sure_model(
    detector: FrustrationDetector, text: str
) -> None:
    assert not detector.detect(text, learned=0.85).complaint


@pytest.mark.parametrize(
    "text",
    [
        # round 19 (batch 34, reworded): upset with themselves, in no hurry, hedging
        "so cross with myself, pure stupidity on my part, I chose navy not black. Can"
        " I change it before it ships?",
        "Completely my own stupidity: I typed the wrong postcode.",
        "Nothing urgent. I tried on a dozen pairs in your Bath shop and hated the"
        " queue, but I'm not sure if I can reserve a pair online?",
    ],
)
def test_round19_own_doing_and_no_hurry_need_a_sure_model(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text, learned=0.85)
    assert not result.complaint
    assert result.level != "abusive"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 19 (batch 35, reworded): a threat told before the problem is over is
        # over too ...
        (
            "I was going to do a chargeback for the double charge, but it was only a"
            " pending hold and it has dropped off my statement now",
            False,
        ),
        # ... not one told after it
        ("the refund came through today, but I'm still doing a chargeback", True),
        # calling themselves names, their own doing, asking about their rights
        ("picked the wrong colour like a total clown 🤦 can I swap them?", False),
        (
            "the scuffs were my own doing, would that be covered by the consumer rights"
            " act or not?",
            False,
        ),
        # a parcel's sightseeing, said in jest, is a complaint
        ("my order has been on a scenic tour of four depots, send a postcard", True),
    ],
)
def test_round19_threats_over_and_sarcasm_of_a_parcels_travels(
    detector: FrustrationDetector, text: str, complaint: bool
) -> None:
    assert detector.detect(text, learned=0.3).complaint == complaint


def test_round18_who_doesnt_love_beside_a_quoted_promise_is_sarcasm(
    detector: FrustrationDetector,
) -> None:
    text = "Who doesn't love a surprise £20 fee on 'free delivery'?"
    assert "sarcasm" in names(detector.detect(text))
    assert "sarcasm" not in names(
        detector.detect("who doesn't love a new pair of boots")
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # round 20 (batch 36, reworded): failures told without a failure word
        ("Spent the last five weeks ringing about my resole.", "long wait"),
        ("The bag came back from the repair shop. The strap didn't.", "missing item"),
        (
            "Sent back three pairs last month and only one has been refunded so far.",
            "refund",
        ),
        (
            "We specifically asked for a step-free entrance and there wasn't one.",
            "something not working",
        ),
    ],
)
def test_round20_failures_told_without_failure_words(
    detector: FrustrationDetector, text: str, topic: str
) -> None:
    result = detector.detect(text, learned=0.3)
    assert result.complaint
    assert result.topic == topic


@pytest.mark.parametrize(
    "text",
    [
        # round 20 (batch 36, reworded): a previous order is no threat to leave, "so
        # nobody chases it" does not turn a story that is over round, a hypothetical
        # opened with "hypothetically", wear after many years
        "My points from my last order are showing now, cheers!",
        "The parcel was in the recycling shed all along. All sorted, just saying so"
        " nobody chases it.",
        "Hypothetically, if a parcel got pinched from my step, who'd be liable?",
        "my grandad has had the same boots for 20 years and the soles are worn"
        " through, can you resole them?",
    ],
)
def test_round20_previous_orders_hypotheticals_and_long_wear_stay_calm(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text, learned=0.7)
    assert not result.complaint
    assert "threat" not in names(result)
    assert result.level != "angry"


def test_round20_raging_is_upset_and_a_threat_to_leave_is_still_one(
    detector: FrustrationDetector,
) -> None:
    assert "frustration_words" in names(detector.detect("honestly raging right now"))
    # "something awful" says how much, not how the customer feels about us
    knees = "my knees ache something awful after long shifts, any cushioned trainers?"
    assert "frustration_words" not in names(detector.detect(knees))
    assert "frustration_words" in names(detector.detect("your service is awful"))
    assert "threat" in names(detector.detect("this will be my last order from you"))


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        # round 20 (batch 36, reworded): regional praise, heartfelt thanks, a person
        # on the phone
        ("the trainers are wicked, cheers", True),
        ("Tidy job on the repair.", True),
        ("First boots that don't rub my heels. Thank you, genuinely.", True),
        ("the lady on the phone made my week", True),
        ("the chap on the phone was spot on", True),
    ],
)
def test_round20_regional_praise_and_heartfelt_thanks(text: str, ours: bool) -> None:
    assert has_praise_beyond_manners(text)
    assert is_praise_of_us(text) == ours


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # round 22 (batch 42, reworded): word of mouth in sincere praise is no threat
        (
            "Gran says thank you, the slippers are the comfiest she's owned and she's"
            " telling everyone at her bridge club.",
            False,
        ),
        # ... in a complaint it is one
        ("Two orders lost. I'm telling everyone at work to avoid you.", True),
        ("Lovely. Third late parcel. I'm telling everyone.", True),
        # round 24 (from batch 44, reworded): leaving another firm for us is no threat
        (
            "my old walking boots let the rain in on day one. Never again. Which of"
            " yours are properly waterproof?",
            False,
        ),
        (
            "trainers from another shop fell apart, never again. do you have wide fit?",
            False,
        ),
        # ... leaving us is, whatever the threat names ("elsewhere")
        (
            "your boots let the rain in on day one. Never again. Which are waterproof?",
            True,
        ),
        (
            "what if the replacement falls apart as well? I'll be going elsewhere",
            True,
        ),
    ],
)
def test_word_of_mouth_and_leaving_another_firm(
    detector: FrustrationDetector, text: str, threat: bool
) -> None:
    assert ("threat" in names(detector.detect(text))) == threat


@pytest.mark.parametrize(
    "text",
    [
        # round 22 (batch 42, reworded): sarcasm told without a failure word
        "Oh perfect, the wide fit must be for narrow feet. I really enjoyed the"
        " blisters.",
        "Another email saying my refund is 'in progress'. Riveting reading.",
        # round 23 (batch 44, reworded)
        "Thanks for the 'breathable' trainers, my feet have never been so steamy.",
        "Three desks to find my parcel. What a fun tour of the store.",
    ],
)
def test_sarcasm_cues_without_a_failure_word(
    detector: FrustrationDetector, text: str
) -> None:
    assert "sarcasm" in names(detector.detect(text))


@pytest.mark.parametrize(
    ("text", "positive"),
    [
        # round 23 (batch 44, reworded): a greeting, a sign-off or other manners are
        # no positive words
        ("Good morning. My parcel is a week late. Best wishes, Ann", False),
        ("I'd appreciate a reply, my parcel is a week late", False),
        ("Best service ever, my parcel is a week late", True),
    ],
)
def test_positive_words_in_a_failure_leave_out_manners(
    detector: FrustrationDetector, text: str, positive: bool
) -> None:
    assert ("positive_in_negative" in names(detector.detect(text))) == positive


def test_round22_mended_while_i_waited_is_no_problem_word() -> None:
    # round 22 (batch 42, reworded): a repair done while the customer waited is
    # praise of the service; waiting for a parcel still is a problem word
    assert not has_problem_word(
        "Please thank the man in your Ely shop who stitched my strap while I waited"
    )
    assert has_problem_word("thank you, though I waited three weeks for it")


@pytest.mark.parametrize(
    ("dictated", "complaint"),
    [
        # round 24 (batch 46, reworded): punctuation said aloud to a phone is read as
        # the marks it names
        (
            "the app was crashing at checkout full stop I updated it and it works now"
            " full stop thanks",
            False,
        ),
        ("where is my order question mark it is two weeks late exclamation mark", True),
    ],
)
def test_dictated_punctuation_is_read_as_marks(
    detector: FrustrationDetector, dictated: str, complaint: bool
) -> None:
    assert detector.detect(dictated, learned=0.7).complaint == complaint


def test_written_punctuation() -> None:
    assert (
        written_punctuation(
            "hi comma is it here question mark new line thanks full stop"
        )
        == "hi, is it here?\n thanks."
    )
    assert written_punctuation("no marks said here") == "no marks said here"


@pytest.mark.parametrize(
    "question",
    [
        # round 24 (batch 46, reworded): dictated questions without a mark, upset
        # words not aimed at us
        "I hate hate hate trying shoes on in shops so can I order two sizes and send"
        " one back",
        "the rain here is awful and my walk to work is a nightmare can you recommend a"
        " waterproof boot",
        # round 25 (batch 48, reworded): support jargon asks without a mark
        "Kindly advise whether the boot guarantee covers the lining, or only the sole.",
    ],
)
def test_an_unmarked_question_is_calm(
    detector: FrustrationDetector, question: str
) -> None:
    result = detector.detect(question, learned=0.3)
    assert result.routine_question
    assert result.level == "calm"


@pytest.mark.parametrize(
    ("text", "sarcastic"),
    [
        # round 26, from batch 49 after its blind run (reworded)
        ("Loved the suspense of waiting to see if my boots beat the wedding", True),
        ("Thanks for sending my bag to Hull, I admire the sense of adventure", True),
        ("the suspense novel I ordered from elsewhere came today", False),
    ],
)
def test_round26_suspense_and_adventure_are_sarcasm(
    detector: FrustrationDetector, text: str, sarcastic: bool
) -> None:
    assert ("sarcasm" in names(detector.detect(text, learned=0.3))) == sarcastic


def test_round26_what_survives_the_dog_is_no_upset() -> None:
    # round 26 (batch 49, reworded): praise of what the dog failed to destroy
    result = FrustrationDetector().detect(
        "the puppy tried her best to chew through these boots and failed", learned=0.3
    )
    assert "frustration_words" not in names(result)
    assert not result.complaint


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # round 26 (read batches 10 and 22, reworded): a video or a post held over us
        ("I'm filming a TikTok about your 'next day' delivery tonight", True),
        ("it's going in the village Facebook group unless someone rings me", True),
        ("my daughter made a TikTok about her new trainers, she loves them!", False),
        ("can I share a video about my resoled boots on your page?", False),
        # round 26 (read batches 6, 7, 19, 21 and 27, reworded)
        ("sort it out or this is going all over Instagram", True),
        ("one more mix-up and I'll take my business to Brightwalk", True),
        ("refund me by Friday or I'm done shopping with you", True),
        ("I've written a letter to my MP about the customs fees", True),
        ("your new boots are all over TikTok and they look gorgeous", False),
    ],
)
def test_round26_a_post_held_over_us_is_a_threat(
    detector: FrustrationDetector, text: str, threat: bool
) -> None:
    assert ("threat" in names(detector.detect(text, learned=0.3))) == threat


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 27, from batch 50 after its blind runs (reworded): failures told
        # without a negative word
        ("My collection order went to Bath. I picked Bristol, next to my work.", True),
        ("Funny how the student code works fine right up until you press pay", True),
        ("Love the warranty on my riding boots that apparently excludes riding", True),
        ("Second delivery left in the shed, and this one got damp inside", True),
        ("the driver left them IN A DITCH!!! who even does that?!", True),
        (
            "My gift card balance dropped to nothing. I'd like to know where it went",
            True,
        ),
        # ... and from batch 51: one pair of a set darker than the rest
        (
            "Of the ushers' five pairs, one pair is visibly lighter than the rest",
            True,
        ),
        # calm: buying two sizes, a fast refund, wellies that never split
        ("Can I buy two different sizes as one pair? My left foot is bigger.", False),
        ("Refund showed in my bank 1 day later. Fastest I've seen, well done.", False),
        ("three winters on the farm and these wellies havent split once", False),
    ],
)
def test_round27_failures_and_not_ones(
    detector: FrustrationDetector, text: str, complaint: bool
) -> None:
    assert detector.detect(text, learned=0.3).complaint == complaint


@pytest.mark.parametrize(
    "text",
    [
        # round 27, from batch 51 after its blind run (reworded): the customer's own
        # doing, another party's, and no blister
        "Turns out I was typing the old card number instead of the new one. Sorted!",
        "My mistake, wrong postcode. It says 'not yet dispatched' on the order page."
        " Can you amend the address?",
        "The hotel in Rome wouldn't take my parcel, wrong name on the booking. How do I"
        " reorder before we fly?",
        "I'd packed two right trainers for the race, ha. Which of yours pack light?",
        "Last time I wore stilettos on a lawn I sank. Which wedges would you suggest?",
        "Walked all over Lisbon in your sandals and didn't get a single blister",
    ],
)
def test_round27_not_ours_is_no_complaint(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text, learned=0.3)
    assert not result.complaint
    assert "service_failure" not in names(result)
    assert "threat" not in names(result)


def test_round27_a_failure_of_what_we_did_not_sell_needs_a_sure_model() -> None:
    # round 27 (from the read batches, reworded): a buying question after a failure
    # of another shop's boots is not a complaint on a learned 0.7 alone; a failure of
    # ours still is
    detector = FrustrationDetector()
    elsewhere = "My market wellies leaked on day one. Which of yours are waterproof?"
    assert not detector.detect(elsewhere, learned=0.7).complaint
    ours = "The buckle on your belt came off on day two, what do you suggest?"
    assert detector.detect(ours, learned=0.7).complaint


def test_round27_great_to_know_and_wow_comma_thanks_are_ironic() -> None:
    # round 27 (batches 50 and 51, reworded): "great to know" beside a quoted stock
    # phrase is sarcasm; "Wow, thank you" with its comma is an ironic cue the praise
    # reader needs to be surer past
    result = FrustrationDetector().detect(
        "Great to know 'delivered to a safe place' means behind the bins. Top work.",
        learned=0.3,
    )
    assert "sarcasm" in names(result)
    assert has_ironic_cue("Wow, thank you SO much for dyeing them bright orange")


def test_round27_another_brands_story_before_a_question_needs_a_sure_model() -> None:
    # round 27 (batch 51, reworded): another brand's boots in words the lexicon
    # lacks, then a question; blame pushed on to "someone else" is still ours
    detector = FrustrationDetector()
    story = "My previous pair (another brand) delaminated in a year. Any welted ones?"
    assert not detector.detect(story, learned=0.7).complaint
    assert detector.detect(story, learned=0.95).complaint
    blame = "Ridiculous. Your label was wrong, so how is someone else at fault?"
    assert detector.detect(blame, learned=0.7).complaint


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 28, from batch 52 after its blind run (reworded): a kit late for the
        # match, points that vanish when used, a box empty but for its slip, a team
        # order of odd shoes, the same question asked on three days
        ("Great, just great - the netball kit came the day after the match.", True),
        ("Love how my points vanish every time I go to spend them. Genius.", True),
        ("Parcel on the step was empty except for the delivery note. SS-40021", True),
        ("The squad's order came with 9 left boots and 4 right ones. Help?", True),
        ("Same question as Tuesday and Thursday: has my refund been sent?", True),
        # calm: points that turn up after a wait, a customer who can't sleep
        (
            "The points missing from my June order have now shown up. Must've taken a"
            " while to process.",
            False,
        ),
        ("can't sleep, so: your Bath shop is lovely and the staff are kind.", False),
    ],
)
def test_round28_failures_and_not_ones(
    detector: FrustrationDetector, text: str, complaint: bool
) -> None:
    assert detector.detect(text, learned=0.3).complaint == complaint


@pytest.mark.parametrize(
    "text",
    [
        # round 28, from batch 52 (reworded): names the customer calls themselves, a
        # wrong size a friend bought
        "I foolishly ran a half marathon in brand new trainers. Entirely on me. Any"
        " blister plasters?",
        "My sister had bought me the wrong size so she gave them to me. Love them!",
    ],
)
def test_round28_the_customers_own_doing_is_no_complaint(
    detector: FrustrationDetector, text: str
) -> None:
    result = detector.detect(text, learned=0.3)
    assert not result.complaint
    assert result.level != "abusive"
    assert "service_failure" not in names(result)


def test_round28_a_shouted_want_and_sarcasm_over_a_failure_pass_the_veto() -> None:
    # round 28 (batch 52, reworded): the learned model reads lower-cased text and
    # scores both under its veto (0.25); a shouted "I just want" and a failure told in
    # sarcasm stressed in capitals are complaints all the same; unstressed, with one
    # cue, the veto holds (sincere praise of a problem put right reads the same to the
    # lexicon); since round 32 two cues around the failure pass it too (batch 79); since
    # round 37 a delivery that came after the day it was for passes it (batch 121:
    # "the safety boots arrived just in time: two days after my induction")
    detector = FrustrationDetector()
    shouted = "IT WAS A PRESENT, I JUST WANT A SWAP, WHY IS IT SO DIFFICULT?!?!"
    assert detector.detect(shouted, learned=0.1).complaint
    sarcasm = "The zip broke AFTER the race. Perfect timing."
    assert detector.detect(sarcasm, learned=0.1).complaint
    assert not detector.detect(sarcasm.replace("AFTER", "after"), learned=0.1).complaint
    late = "The boots arrived the day after the race. Perfect timing."
    assert detector.detect(late, learned=0.1).complaint
    two_cues = "Brilliant. The boots arrived the day after the race. Perfect timing."
    assert detector.detect(two_cues, learned=0.1).complaint


def test_round28_a_time_word_stressed_in_capitals_is_a_problem_word() -> None:
    # round 28 (batch 52, reworded): the stress of sarcasm in a message otherwise in
    # lower case; not a message all in capitals, nor the word in lower case
    assert has_problem_word("Lovely. The race kit came the day AFTER the race. Superb.")
    assert has_problem_word("Wonderful, you've sent the brown ones AGAIN")
    assert not has_problem_word("LOVE THESE BOOTS, BUYING THEM AGAIN IN BLACK")
    assert not has_problem_word("Love these so much I'm buying them again in black")


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # round 29, from batch 53 after its blind run (reworded): a parcel folded to
        # fit a letterbox, a return still showing as not received, a courier short
        # with a neighbour
        (
            "Amazed they got a shoe box through my letterbox. Bent in half. Talent.",
            True,
        ),
        (
            "Sorry to chase, the sandals I returned on the 3rd are still showing as not"
            " received.",
            True,
        ),
        (
            "Not to make a drama of it, but the driver was very curt with my grandad.",
            True,
        ),
        # calm: a card folded to fit, a fond name for a dad, a dad hard to buy for
        (
            "The gift card got folded in half in our tiny letterbox, still works fine.",
            False,
        ),
        (
            "Dad's a grumpy old git and impossible to buy for. Do gift cards run out?",
            False,
        ),
    ],
)
def test_round29_failures_and_not_ones(
    detector: FrustrationDetector, text: str, complaint: bool
) -> None:
    result = detector.detect(text, learned=0.3)
    assert result.complaint == complaint
    assert result.level != "abusive"


@pytest.mark.parametrize(
    "text",
    [
        # round 29, from batch 53 (reworded): a failure told politely with its cost,
        # or after "I don't want to make a fuss"; twcs's shapes in our own words: a
        # plea to fix it, thanks for a harm
        "Hello, could you look at SS-11111? Both trainers are left feet, which has made"
        " the school run rather tricky. Many thanks.",
        "I don't want to make a fuss, but the sales assistant was a bit short with me.",
        "The app crashes at checkout every time, tried reinstalling, please fix it",
        "Updated the app and now it won't open. Thanks for ruining my evening 😤",
    ],
)
def test_round29_failures_told_politely_or_with_a_plea_pass_the_veto(
    detector: FrustrationDetector, text: str
) -> None:
    assert detector.detect(text, learned=0.1).complaint


def test_round29_a_fond_third_party_is_not_one_to_complain() -> None:
    # round 29: "not one to complain" of someone else is no preamble to a complaint
    result = FrustrationDetector().detect(
        "Grandad's slipper seam was coming loose and he's not one to complain, so I"
        " took them in and they were restitched the same day.",
        learned=0.1,
    )
    assert not result.complaint


def test_round29_thanks_for_making_something_that_lasts_is_not_irony() -> None:
    # round 29 (batch 53, reworded): "thanks for making" is ironic only before a harm
    assert not has_ironic_cue("Thanks for making boots that last, 500 miles in them.")
    assert has_ironic_cue("Thanks for making me wait three weeks for a reply.")


def test_round29_a_link_with_a_word_or_two_needs_more_than_the_learned_model() -> None:
    # round 29 (twcs's shape, our own words): a link shows something; the learned
    # model reads links as complaint cues and alone cannot make it a complaint
    detector = FrustrationDetector()
    assert is_mostly_a_link("Photo #winterboots https://example.com/p/1")
    assert not is_mostly_a_link("Look what the courier did to my box https://x.co/a")
    assert not is_mostly_a_link("@StitchAndSole still waiting")
    assert not detector.detect("Update https://example.com/p/2", learned=0.8).complaint
    assert detector.detect("Update https://example.com/p/2", learned=0.99).complaint


@pytest.mark.parametrize(
    "text",
    [
        # round 29: understatement and dialect words for upset
        "Not best pleased that the replacement came in the wrong colour too.",
        "Bit of a let down, the lining has gone bobbly after a week.",
        "Proper cheesed off with this, the strap snapped on day two.",
    ],
)
def test_round29_understatement_is_upset(
    detector: FrustrationDetector, text: str
) -> None:
    assert "frustration_words" in names(detector.detect(text, learned=0.3))


def test_round29_a_partner_not_thrilled_at_the_spending_is_no_upset() -> None:
    # round 29: the teasing verdict without "was" ("Husband not thrilled.", "partner not
    # impressed")
    result = FrustrationDetector().detect(
        "Went in for laces, came out with two pairs of boots. Wife not impressed.",
        learned=0.3,
    )
    assert "frustration_words" not in names(result)


def test_round29_thanks_to_the_heavens_or_to_others_is_not_praise_of_us() -> None:
    # round 29 (iSarcasm's shapes, our own words)
    assert not is_praise_of_us("Stuck on the M1, thank goodness for audiobooks")
    assert not is_praise_of_us("Nurses are heroes, we should thank them more often.")
    assert is_praise_of_us("Please thank the fitter in Leeds, she was lovely.")


def test_round29_a_sad_face_is_no_praise_to_answer_cheerfully() -> None:
    # round 29 (iSarcasm's shape, our own words): thanks beside a sad face
    assert is_praise_of_us("Thank you so much for the boots, they're lovely")
    assert not is_praise_of_us("Thank you so much for the boots :( they're lovely")
    assert not is_praise_of_us("Thanks for the lovely service 😞")


def test_round29_a_failure_that_sends_the_customer_shopping_is_no_complaint() -> None:
    # round 29 (batches 49 and 53, reworded): a failure told as the reason to buy
    # something stronger; asking for a remedy beside it keeps it a complaint
    detector = FrustrationDetector()
    story = (
        "My heel snapped on the dance floor at my cousin's do. Everyone laughed, me"
        " too. I want another pair, something sturdier this time."
    )
    assert not detector.detect(story, learned=0.7).complaint
    remedy = story.replace("I want another pair", "I want a refund and another pair")
    assert detector.detect(remedy, learned=0.7).complaint


def test_round29_boots_that_gave_up_are_no_upset_customer() -> None:
    # round 29 (batch 49, reworded): worn-out things "gave up"; a customer who gave up
    # is still upset
    detector = FrustrationDetector()
    worn = "My old hiking boots finally gave up on the Cairngorms, eight years of use."
    assert "frustration_words" not in names(detector.detect(worn, learned=0.3))
    upset = "I gave up waiting on hold after forty minutes."
    assert "frustration_words" in names(detector.detect(upset, learned=0.3))


def test_round29_a_wrong_item_told_in_the_present_tense_is_a_failure(
    detector: FrustrationDetector,
) -> None:
    # round 29 (batch 54's cheerful reply, reworded): a second language's present
    # tense; what the customer gets that is no item is no failure
    wrong = "Thanks for the lovely surprise, I order navy trainers and I get red boots."
    assert "service_failure" in names(detector.detect(wrong, learned=0.4))
    kept = "The boots I bought last year are going strong and I get compliments daily."
    assert "service_failure" not in names(detector.detect(kept, learned=0.4))


def test_round29_upset_at_someone_else_before_a_question_is_not_at_us() -> None:
    # round 29 (batches 16 and 24, reworded): anger named at another party, then a
    # question to us; anger at us stays a complaint
    detector = FrustrationDetector()
    other = (
        "Livid with my airline, they lost my case with my good boots in it 😤 can you"
        " get a pair of brogues to Leeds by Thursday?"
    )
    assert not detector.detect(other, learned=0.7).complaint
    ours = "Livid that you lost my parcel 😤 can you get brogues to Leeds by Friday?"
    assert detector.detect(ours, learned=0.7).complaint


def test_round30_a_charge_that_dropped_off_and_a_letter_withdrawn_are_settled(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 54, reworded): a pending charge gone is good news; a charge that
    # vanished with our refund is not
    settled = (
        "Dear Sir, I queried a payment last Monday. My card company tells me it was"
        " simply a pending authorisation and it has since dropped off. Kindly"
        " disregard my previous letter."
    )
    result = detector.detect(settled, learned=0.7)
    assert result.settled and not result.complaint
    lost = "My refund has vanished from my account and nobody answers the phone."
    assert detector.detect(lost, learned=0.7).complaint


def test_round30_damage_that_was_the_weathers_doing_is_not_ours(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 54, reworded): the customer says whose doing it was
    story = (
        "My canvas pumps got caught in a terrible hailstorm at the races and are"
        " ruined. Entirely the weather's fault. Should I try a cleaner or just buy"
        " new ones?"
    )
    assert detector.detect(story, learned=0.7).settled
    ours = "My canvas pumps came with a hole in the toe. Should I send them back?"
    assert not detector.detect(ours, learned=0.7).settled


def test_round30_upset_at_the_customers_own_feet_is_not_at_us(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 54, reworded): a letter's question ("I should be grateful if you
    # could recommend") about the customer's own feet; a turn to our failure after it
    # keeps it a complaint
    feet = (
        "I suffer from terrible arthritis in my toes and most shoes are agony. I would"
        " be most grateful if you could suggest a soft, wide style."
    )
    assert not detector.detect(feet, learned=0.75).complaint
    ours = (
        "I bought the wide fit because of my bunions, but you sent a standard width"
        " and I am in agony. Could someone help?"
    )
    assert detector.detect(ours, learned=0.75).complaint


def test_round30_wet_feet_as_a_way_of_life_are_no_leak(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 54, reworded): habitually wet feet, then a question; wet feet in
    # our boots are still a failure
    habit = (
        "honestly my socks are constantly drenched. are the walking boots properly"
        " waterproof"
    )
    assert "service_failure" not in names(detector.detect(habit, learned=0.4))
    leak = "my socks are soaked every time I wear your waterproof boots"
    assert "service_failure" in names(detector.detect(leak, learned=0.4))


def test_round30_quick_to_take_money_slow_to_give_it_back_is_sarcasm(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 54, reworded): the contrast alone says it
    jab = "so quick to take my money and so slow to send a refund, impressive stuff"
    result = detector.detect(jab, learned=0.3)
    assert "sarcasm" in names(result) and result.complaint
    calm = "You were quick to take my order and the boots came the next day."
    assert "sarcasm" not in names(detector.detect(calm, learned=0.3))


def test_round30_express_paid_for_and_slower_is_a_late_delivery(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 54, reworded): a second language's present tense; asking
    # whether to pay for express is no failure
    late = (
        "I pay for express and the sandals come after the standard parcel of my sister."
    )
    assert detector.detect(late, learned=0.3).topic == "late delivery"
    ask = "Should I pay for express and will it come by Friday?"
    assert "service_failure" not in names(detector.detect(ask, learned=0.3))


def test_round30_a_persons_looks_are_no_praise_of_us() -> None:
    # round 30 (iSarcasm's shape, our own words): a compliment on someone's looks or
    # hair; praise of our boots on someone stays praise of us
    assert not is_praise_of_us("Honestly you look brilliant for your age, bless")
    assert not is_praise_of_us("my hair colour is finally perfect, so happy")
    assert is_praise_of_us("You look after your customers so well, thank you")
    assert is_praise_of_us("Love the colour of these boots, perfect")


def test_round30_a_burglary_a_burst_pipe_and_a_split_invoice_are_no_failures(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 56, reworded): a business buyer's calm stories and requests;
    # soles that split are still a failure
    for calm in (
        "Our stockroom was broken into at the weekend and the spare work boots went."
        " Could you quote for 25 pairs?",
        "A burst pipe flooded the staff lockers and the shoes are ruined. The insurers"
        " are paying for it, so we need an invoice for 12 pairs.",
        "Please could you split the invoice between our two sites?",
    ):
        assert "service_failure" not in names(detector.detect(calm, learned=0.4)), calm
    split = "The soles split on two pairs within a week."
    assert "service_failure" in names(detector.detect(split, learned=0.7))


def test_round30_we_forgot_to_add_is_the_customers_own_doing(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 56, reworded): "you forgot" stays ours
    ours = "We forgot to add the cost-centre code when ordering. Can you add it now?"
    assert not detector.detect(ours, learned=0.7).complaint
    yours = "You forgot to add the laces and nobody has replied to my email."
    assert detector.detect(yours, learned=0.7).complaint


def test_round30_a_colour_other_than_the_one_ordered_is_a_wrong_item(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 56, reworded): the colour asked for and the colour that came
    wrong = "We ordered 12 pairs in navy. 12 pairs came in black. Staff start Monday."
    assert detector.detect(wrong, learned=0.4).topic == "wrong item"
    same = "We ordered 12 pairs in navy and they arrived in navy, all correct."
    assert "service_failure" not in names(detector.detect(same, learned=0.4))


def test_round30_a_failure_told_as_one_of_a_run_passes_the_veto(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 56, reworded): the learned model doubts terse repeated failures
    for text in (
        "great, wrong colour again, 4th order now",
        "cashback not added. 3rd order now",
        "lovely, wrong size in a row twice now",
    ):
        assert detector.detect(text, learned=0.1).complaint, text
    calm = "Third order now and every pair has fitted perfectly."
    assert not detector.detect(calm, learned=0.1).complaint


def test_round30_sarcasm_in_the_facts_of_a_business_order(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 56, reworded): sarcasm told in what it cost or in what might have
    # been; sincere time spent in a shop is no sarcasm
    for text in (
        "Imagine if we'd wanted them in time for the opening or something.",
        "The team loved spending their lunch break chasing your courier.",
    ):
        assert "sarcasm" in names(detector.detect(text, learned=0.3)), text
    calm = "My daughter loved spending the afternoon in your Bath shop."
    assert "sarcasm" not in names(detector.detect(calm, learned=0.3))


def test_round30_grumbling_at_monday_before_a_question_is_not_at_us(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 56, reworded): upset at the day, then a calm question
    grumble = "urgh mondays. what time does the Leeds shop shut?"
    assert not detector.detect(grumble, learned=0.7).complaint
    ours = "urgh, your courier missed me again. what time does the Leeds shop shut?"
    assert detector.detect(ours, learned=0.7).complaint


def test_round30_put_right_stories_told_at_length_are_settled(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 57, reworded): a delay that ended well, a duplicate your team
    # cancelled, a precaution against a repeat; a repeat that happened is no
    # precaution
    for text in (
        "Long story, but the trainers were held up at the depot, then turned up"
        " today, lid a bit dented but the trainers themselves are perfect. Do they"
        " need protecting spray?",
        "Got billed twice for the drop but your staff already cancelled the extra one"
        " and refunded. Is there a limit per person so it doesn't happen again?",
    ):
        assert detector.detect(text, learned=0.7).settled, text
    again = "Your staff cancelled the extra charge and then it happened again today."
    assert not detector.detect(again, learned=0.7).settled


def test_round30_the_customers_own_clumsiness_toddler_and_bank(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 57, reworded): the customer's own doing, a child with the phone,
    # the bank's block while on hold with the bank
    for text in (
        "Scratched the heel on the car door, my own carelessness. Can the repair desk"
        " touch it up?",
        "My little boy got hold of my phone and ordered three pairs of wellies. Could"
        " you cancel SS-30112?",
        "My bank's declined the payment twice because it's from abroad, I'm on hold"
        " with them now. Will the basket keep my size?",
    ):
        assert not detector.detect(text, learned=0.4).complaint, text
    ours = "You charged my card twice and I've been on hold to you for an hour."
    assert detector.detect(ours, learned=0.4).complaint


def test_round30_another_shops_failure_before_a_question_is_not_ours(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 57, reworded): a bag from "a certain high street shop"
    other = (
        "Sick of bags falling apart (my last one from a certain high street chain"
        " lasted a month), so where is your leather from, and is it full grain?"
    )
    assert "service_failure" not in names(detector.detect(other, learned=0.4))


def test_round30_what_did_not_happen_is_no_failure(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 57, reworded): "zero crashes" in praise; crashes are a failure
    praise = (
        "Smoothest launch I've queued for: clear emails, zero glitches, got my size."
    )
    assert "service_failure" not in names(detector.detect(praise, learned=0.3))
    crash = "The app crashes every time I open my basket."
    assert "service_failure" in names(detector.detect(crash, learned=0.3))


def test_round30_real_talent_and_the_scenic_route_are_sarcasm(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 57, reworded): "Real craftsmanship." after a failure is irony,
    # so the praise in it no longer asks the learned model to be sure; a parcel on the
    # scenic route; sincere "proper quality" is no irony
    jab = "Paid for a heel repair and got odd heels back. Real craftsmanship."
    assert detector.detect(jab, learned=0.7).complaint
    scenic = "Think my parcel is taking the scenic route, ten days and counting."
    assert detector.detect(scenic, learned=0.3).complaint
    sincere = "Three winters in these boots and still like new, proper quality, thanks."
    assert not detector.detect(sincere, learned=0.7).complaint


def test_round30_a_withdrawn_message_and_a_bank_reversal_are_settled(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 58, reworded): "ignore my earlier message about the missing
    # sock", found inside the other shoe; the bank reversed the duplicate; a price
    # slip left in a gift box is still a complaint
    for text in (
        "Update: ignore my last message about the missing insole. It was inside the"
        " left trainer all along. 10/10 packing, 0/10 me.",
        "Charged twice on Monday, my bank reversed the duplicate yesterday, but it's"
        " done. Will my receipt show one payment?",
    ):
        assert detector.detect(text, learned=0.7).settled, text
    slip = "The gift note was missing and the receipt with the price was in the box."
    assert not detector.detect(slip, learned=0.7).settled


def test_round30_a_day_out_for_the_parcel_is_sarcasm(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 58, reworded): dialect irony ("och, magic") and a parcel's jolly
    jab = "Och, magic. Sent to Perth instead of my shop. Nice day out for the parcel."
    assert detector.detect(jab, learned=0.7).complaint
    sincere = "We had a lovely day out for my birthday in your Perth shop, thank you."
    assert not detector.detect(sincere, learned=0.7).complaint


def test_round30_calm_messages_under_pressure_are_not_complaints(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 59, reworded): a size back in stock, another seller's voucher
    # raised with them, a guarantee question, a "what would happen if", a crying baby,
    # boots that owe the customer nothing
    for text in (
        "the 4 that was sold out when I rang has come back in and I've ordered it,"
        " so relieved x",
        "My voucher came from a third-party reseller, not an authorised seller, and"
        " it's invalid. I've raised it with them. Do you sell through that site?",
        "Could you confirm whether the two-year guarantee on boots covers the zip, or"
        " only the soles?",
        "What would happen if the parcel came after the 3rd? We move out that day.",
        "The baby won't settle in the car so I can't face the drive to the shop."
        " Grim. Can my sister collect my order?",
        "The brogues I bought from you eight years ago finally split at the toe."
        " They owe me nothing. Can they be resoled?",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text


def test_round30_thanks_for_what_was_not_needed_is_no_failure(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 59, reworded): "without me having to ask" is praise; having to
    # ask three times is a failure
    praise = "Your team swapped them without me even having to chase. Lovely."
    assert "service_failure" not in names(detector.detect(praise, learned=0.3))
    failure = "I keep having to ask for my refund."
    assert "service_failure" in names(detector.detect(failure, learned=0.3))


def test_round30_chasing_per_my_emails_is_a_failure(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 59, reworded): "per my email... per my email" chases a reply
    chase = (
        "As per my email of the 2nd and as per my email of the 9th: where is SS-10442?"
    )
    assert detector.detect(chase, learned=0.3).complaint
    once = "As per my email of the 2nd, could you send the VAT receipt?"
    assert "service_failure" not in names(detector.detect(once, learned=0.3))


def test_round30_ordered_and_got_across_a_sentence_only_when_terse(
    detector: FrustrationDetector,
) -> None:
    # round 30 (batch 59): "Ordered the tan. Got black." is a wrong item; "ordered it.
    # [a story] so glad I got..." is not
    assert "service_failure" in names(
        detector.detect("Ordered navy. Got green. Again.", learned=0.3)
    )
    story = "I've ordered it. My exam is on Friday so so glad I got it sorted in time."
    assert "service_failure" not in names(detector.detect(story, learned=0.3))


def test_round31_settled_stories_stay_settled(detector: FrustrationDetector) -> None:
    # round 31 (batches 55 and 60, reworded): "never mind", "so we're fine", a balance
    # showing in full again, a shop that swapped them, a precaution ("so I'm not
    # charged twice"), starting over after a house move
    for text in (
        "the site kept throwing an error at checkout but it's working now so never"
        " mind",
        "Got two emails, one cancelling and one confirming. The shop says my slot"
        " stands so we're fine. Just flagging it in case it's a bug.",
        "the voucher showed £0 but after logging out and in it shows the full twenty"
        " pounds again",
        "The sandals came in the wrong colour but the Derby store swapped them no"
        " bother. Is the first return closed so I'm not charged twice?",
        "In the chaos of the move the bag with all the kids' wellies went missing."
        " Starting again from scratch.",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text
    # still a turn after the story: "but it's working now, never again"
    turned = "the app crashed twice but it's working now. Never again though."
    assert detector.detect(turned, learned=0.7).complaint


def test_round31_not_our_doing_and_not_aimed_at_us(
    detector: FrustrationDetector,
) -> None:
    # round 31 (batches 55 and 60, reworded): a landlord's leak, a week of household
    # breakdowns, the worst thing about a pastime, a toddler wobbling round a room,
    # "no idea where to start", a half size that is no swear word
    for text in (
        "The landlord sorted the leak but not before it ruined my work shoes. Do you"
        " have the black lace-ups in a 9?",
        "Awful week, the washing machine packed in and the van failed its MOT. Any"
        " wellies in the Hull shop?",
        "worst thing about hill walking is wet socks do any of yours have a"
        " waterproof lining",
        "She's been wobbling round the living room all week. Which first shoes do you"
        " recommend?",
        "First school shoes for my son and I have no idea where to begin. Help?",
        "The 5.5s fit him so the 6s can go back, how do I do that?",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text
    # a heel that wobbles is a failure; an insult is still one
    assert "service_failure" in names(
        detector.detect("the heel started wobbling after two wears", learned=0.3)
    )
    assert "insult" in names(detector.detect("what an a55 you are", learned=0.3))


def test_round31_new_failures(detector: FrustrationDetector) -> None:
    # round 31 (batches 55 and 60, reworded): worn smooth after a few miles, "at £120 I
    # expected more", a zero balance never used, a size in the box other than the one
    # ordered, a mismatched pair, a parcel left in the recycling bin, a parcel that
    # came the day after the occasion
    for text in (
        "The grip on my fell shoes has worn smooth after 90 miles.",
        "At £120 I expected far more than that from a walking boot.",
        "the gift card says it has a balance of zero and my nephew hasn't used it",
        "The box had a size 9 in it. I ordered a 6.",
        "The parcel came with one size 4 and one size 5 in it.",
        "The courier left the box in the green bin. It was emptied today.",
        "The wedding was on Saturday. The shoes arrived this morning.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # the same size as ordered, two sizes asked for, an arrival before the day
    for text in (
        "The box had a size 6 in it. I ordered a 6, so all good.",
        "Can I order one size 4 and one size 5 to try at home?",
        "The shoes arrived this morning and the wedding is on Saturday, perfect.",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text


def test_round31_sarcasm_about_parcels_and_guarantees(
    detector: FrustrationDetector,
) -> None:
    # round 31 (batches 55 and 60, reworded): a parcel "enjoying a holiday" at a depot,
    # a guarantee that lasts "until the day I try to use it", "lasted a whole 60
    # miles. Truly fine engineering."
    for text in (
        "Lovely that my order is having a relaxing break at the Rugby depot.",
        "Nice to find the guarantee lasts right up until the moment you try to claim.",
        "The soles lasted a whole 60 miles. Truly fine craftsmanship.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # a customer's own holiday, and a sincere word on the make
    for text in (
        "The boots are having a holiday in my suitcase next week, will they be ok?",
        "Three years on and they still look new. Truly fine craftsmanship, thank you.",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text


def test_round31_batch61_calm_stories(detector: FrustrationDetector) -> None:
    # round 31 (batch 61, reworded): a payment that went through on the second go and
    # a check for a double charge, a shop that already posted the right one out,
    # tracking that finally moved with time to spare, a bank that froze the card, a
    # bag left on the coach, a pony that trod on a boot
    for text in (
        "the card was declined at first but it went through on the second try. just"
        " want to check I haven't been charged twice?",
        "the spare pack had two right toe caps lol, phoned the shop and they've"
        " already sent out the right one. Shall I bin the extra?",
        "Tap shoes stuck on 'processing' for ages but the tracking's finally moved."
        " Show's next month so plenty of time.",
        "Bank's frozen my card over a fraud scare. Will my basket keep till tomorrow?",
        "Left my hiking boots on the coach back from the Lakes. Do you still sell the"
        " same ones in a 9?",
        "The pony stood right on my foot at the yard. Boots held up but the toe is"
        " scuffed now. Could your repair team look at them?",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text
    # the double charge told as a fact, the right one not sent, and our courier's doing
    for text in (
        "it went through on the second go and I've been charged twice.",
        "The box has one size 7 and one size 6 in it.",
        "Thanks a lot for posting my dance shoes to my old address after I changed it.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    bank = "the bank sent my new card to the old house, so payment may be slow"
    assert "service_failure" not in names(detector.detect(bank, learned=0.3))


def test_round31_batch62_fragments_and_parents(detector: FrustrationDetector) -> None:
    # round 31 (batch 62, reworded): a panic called off after one payment was seen,
    # a repair done in about a week with boots looking good again, a hole where the
    # customer's dog keeps chewing
    for text in (
        "checkout hung\nthought I'd paid twice\nbank app shows just the one payment\n"
        "so ignore my panic, is SS-10101 going through?",
        "the sole that came away got fixed under the guarantee in about a week and"
        " they look like new again. Does the guarantee restart now?",
        "One slipper has a hole where my puppy keeps chewing it. Are the fleece ones"
        " back in a 5?",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text
    # a second payment seen is still a problem
    twice = "bank app shows two payments for the one order"
    assert detector.detect(twice, learned=0.3).complaint


def test_round31_worded_sarcasm_passes_the_learned_veto(
    detector: FrustrationDetector,
) -> None:
    # round 31 (batch 62, reworded): sarcasm in words strong enough to stand alone is
    # a complaint even when the learned model reads it as praise; an eye-roll emoji
    # at the customer's own doing is not
    late = (
        "wow brilliant\nordered her wellies in May\n"
        "they'll fit her by the time they arrive"
    )
    result = detector.detect(late, learned=0.05)
    assert "sarcasm" in names(result) and result.complaint
    own = "App kept logging me out 🙃 updated it this morning and it's fine now"
    assert not detector.detect(own, learned=0.05).complaint


def test_round31_batch63_riders_depots_and_strangers(
    detector: FrustrationDetector,
) -> None:
    # round 31 (batch 63, reworded): a rider who came off, boots with nothing more
    # expected of them; a parcel sat in a depot, one size of each sent, a parcel sent
    # to a stranger's house
    for text in (
        "The pony bolted and I came off in a ditch. Boots soaked, a seam's going, but"
        " they're six years old so I'm not expecting miracles. Repair or replace?",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text
    for text in (
        "The boots you promised for Friday are sat in a depot in Crewe. What now?",
        "You sent me one size 8 and one size 9.",
        "Thanks ever so much for sending my grandson's trainers to a house in Leeds.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # a sole that came off is still a failure, and so are heels that did; the post's
    # own strike is not ours
    for text in (
        "the sole came off after a week",
        "The heels? They came off in a week.",
    ):
        assert "service_failure" in names(detector.detect(text, learned=0.3)), text
    strike = (
        "The postal strike means my return is sitting at the sorting office. Does the"
        " 30 days still count from when I posted it?"
    )
    assert not detector.detect(strike, learned=0.3).complaint


def test_round31_batch64_loyal_customers_and_pets(
    detector: FrustrationDetector,
) -> None:
    # round 31 (batch 64, reworded): a fault put right without a quibble is praise; a
    # manager who "would have sorted it" back then settles nothing; an escalation, a
    # staple in the packaging, delivery charged on an order that ships free
    praise = "Heel came off at a year, replaced without a quibble. Loyal for life."
    assert not detector.detect(praise, learned=0.7).complaint
    escalate = (
        "Thirty years a customer and the Leeds shop says no. In the old days the"
        " manager would have sorted it. I'd like this escalated."
    )
    result = detector.detect(escalate, learned=0.3)
    assert result.human_request and not result.settled
    for text in (
        "My terrier cut his paw on a staple in your packaging.",
        "You charged me delivery on a £70 order, which I thought was free.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # delivery paid on purpose is no complaint
    express = (
        "I paid for express delivery as standard is free but slower, when will it come?"
    )
    assert not detector.detect(express, learned=0.3).complaint


def test_round31_batch65_translated_and_shift_workers(
    detector: FrustrationDetector,
) -> None:
    # round 31 (batch 65, reworded): "now everything is in order", the customer's own
    # worn-out shoes, a hole the customer burnt, a grumble at a work dress code, a box
    # "without a single dent"
    for text in (
        "My voucher said zero but next day it show the right amount. Now everything is"
        " in order, only I ask when it expires.",
        "Three night shifts and my current trainers have officially died - the sole"
        " cracked right across. What do you suggest for standing all day?",
        "Singed a small hole in my apron boots when the fryer spat. Can repairs patch"
        " it?",
        "Work dress code is ridiculous - all black, no logos. Do your non-slips come"
        " plain?",
        "Parcel arrived without a single dent, lovely packing. Thanks!",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text
    # sarcasm about slipping, about waiting a year, about a parcel's trip
    for text in (
        "Great 'grip' on these. Loved doing the splits across the kitchen floor.",
        "Asked about my refund a month ago. I'll wait another year, no problem.",
        "Thanks for sending my boots on a trip to Wales, I live in Kent.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # shoes of ours that gave up are still ours
    ours = "my current boots from you have given up after two months"
    assert not detector.detect(ours, learned=0.3).settled


def test_round31_batch67_wry_customers(detector: FrustrationDetector) -> None:
    # round 31 (batch 67, reworded): wry complaints with no complaint word
    for text in (
        "He has refreshed the tracking about a thousand times. It's day fourteen.",
        "The parcel marked delivered is somewhere other than my flat. I checked the"
        " shed.",
        "Points on Monday: 2,400. Points today: 0.",
        "Lovely boots. Excellent at letting the rain in.",
        "A points scheme where the points vanish before anyone can spend them. Clever.",
        "Delighted to receive one size 6 and one size 7 in the same box.",
        "Thanks a bunch for cancelling my order without a word.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # wry calm stories: a display glitch, a third go that worked, a second email
    # that says it is ready, a fox's doing, "too late to add?"
    for text in (
        "The voucher showed £0 online but the shop scanned it fine. Must've been a"
        " website glitch. Can I use the rest online?",
        "Card declined twice, third go worked and SS-22222 is confirmed. Too late to"
        " add socks?",
        "An email said my order was delayed, then another saying it's ready. Which"
        " one's right?",
        "A fox has developed a taste for my garden shoes. Do you sell the same ones?",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text
    # points at zero with a balance after them are not a failure ("Today: 0.5% off")
    calm = "Points today: 0.5 per pound, is that right?"
    assert "service_failure" not in names(detector.detect(calm, learned=0.3))


def test_round31_batch70_couples_and_small_talk(detector: FrustrationDetector) -> None:
    # round 31 (batch 70, reworded): calling oneself names ("total muppet move"), a
    # couple that might split up (with "!!" in an aside), an "awful confession" of the
    # customers' own mix-up with "even though" after it
    for text in (
        "Typed the wrong postcode, total muppet move, the neighbour has it. How do I"
        " change my saved address?",
        "Quick one - if my girlfriend and I split up (never!!) who keeps the points on"
        " our joint account?",
        "Terrible confession: we each bought the other the same boots. Can one pair go"
        " back even though we used a code?",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text
    # a status stuck for days, the same problem told to four people, and an insult
    # at us are still complaints
    for text in (
        "My order has been 'ready tomorrow' for twelve days now.",
        "We've explained the same problem to five different people and not one of"
        " them fixed it.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    aimed = "what a muppet move by your courier"
    assert "insult" in names(detector.detect(aimed, learned=0.3))


def test_round31_batch69_talking_out_loud(detector: FrustrationDetector) -> None:
    # round 31 (batch 69, reworded): a balance showing the right amount after a fright
    # the customer "would have been gutted" by; complaints told with no complaint word
    fright = (
        "Voucher said £0, gave me a turn (I'd have been gutted, it was a gift) but"
        " it's showing the right £30 now. Carry on!"
    )
    assert not detector.detect(fright, learned=0.7).complaint
    for text in (
        "Why does my account show 0 points when I spent £300 this spring?",
        "There was a size 6 in one box and a size 7 in the other.",
        "Well done, the new app has lost every single one of my points. Impressive.",
        "Twenty years a customer and I'm closing my account.",
        "Handy that the guarantee lasts exactly until you need to use it.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # closing an account, asked as a routine question, is no threat
    closing = "I'm closing my account as I'm moving abroad, how do I do that?"
    assert "threat" not in names(detector.detect(closing, learned=0.3))


def test_round31_batch72_organisations_writing_formally(
    detector: FrustrationDetector,
) -> None:
    # round 31 (batch 72, reworded): an organisation's formal enquiry, its
    # confirmation that a replacement arrived and is satisfactory, its own internal
    # error, its formal thanks; a customer who came in soaked
    for text in (
        "The Westbury Bowls Club would like to enquire whether a discount applies to"
        " an order of twenty pairs.",
        "The Clerk confirms that the replacement boots have arrived and are"
        " satisfactory. Please send the invoice to the usual address.",
        "Our buyer ordered ten pairs in the wrong widths owing to an internal"
        " typing error. We would like to arrange an exchange.",
        "The committee would like to record its sincere appreciation for the"
        " donated voucher.",
        "Your Leeds staff are lovely. I came in drenched and left with tea and boots.",
    ):
        assert not detector.detect(text, learned=0.85).complaint, text
    # full price after a code, three fees, and sarcasm about next Christmas
    for text in (
        "The code took 15% off at checkout but the receipt shows full price.",
        "Your app charged me three fees for one order.",
        "Ordered in April for the summer fete, set to arrive nicely for next summer.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # a failure told formally is still a failure
    formal = (
        "The Parish Council wishes to know why the boots ordered in March have not"
        " arrived."
    )
    assert detector.detect(formal, learned=0.3).complaint


def test_round31_batch71_bargains_and_football(detector: FrustrationDetector) -> None:
    # round 31 (batch 71, reworded): "the newsletter" is no threat to go to the news,
    # a trainer split in a tackle ("not the shoe's fault"), a removal firm's loss
    for text in (
        "Can the newsletter code go on top of the sale price?",
        "Got clattered at five-a-side and my boot split. Not the boot's fault. What"
        " do you have for astro?",
        "The removal men lost a box with my shoes in it. Gutted. Shopping again now,"
        " any heels in a 4?",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text
    # going to the news is still a threat; sarcasm about a cancelled order; a code
    # rejected at checkout; a prize still a surprise months on
    assert "threat" in names(
        detector.detect("sort it or I'm going to the news", learned=0.3)
    )
    for text in (
        "Genius move to cancel my sale order once the sale had ended.",
        "The discount code from your welcome email was rejected at checkout.",
        "my prize from the draw is still a mystery four months on",
    ):
        assert detector.detect(text, learned=0.3).complaint, text


def test_round32_batch66_found_not_ours_and_return_windows(
    detector: FrustrationDetector,
) -> None:
    # round 32 (batch 66, reworded): back in stock and ordered, a parcel found, a
    # cheap pair from elsewhere, a hypothetical about tracking, the return window, the
    # customer's own buying habits
    for text in (
        "The trainers said sold out yesterday, then they came back in stock and I've"
        " ordered them. Will the order go through?",
        "The parcel was in the shed all along. Found it! Nothing for you to do.",
        "My sandal strap snapped, a cheap pair from a supermarket, not yours. Any"
        " sturdy ones in a 6?",
    ):
        assert not detector.detect(text, learned=0.85).complaint, text
    for text in (
        "If tracking says delivered and nothing's there, what do I do?",
        "Can I still exchange them, it's been 2 weeks since they arrived?",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text
    own = "My sister says I should stop buying rubbish. Which boots are your warmest?"
    assert detector.detect(own, learned=0.3).level == "calm"
    # a polite complaint about a shop assistant
    tutted = (
        "The assistant tutted when I asked for a gift receipt. It's not what I've come"
        " to expect from you."
    )
    assert detector.detect(tutted, learned=0.3).complaint
    # near cases: still not found, a failure after the storm, a refund weeks late
    for text in (
        "Still not found it! The parcel has been missing for a week.",
        "The storm knocked out our power, and your courier still hasn't come after"
        " two weeks.",
        "It's been 3 weeks since delivery and my refund still hasn't arrived.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text


def test_round32_batch68_remote_customers_and_many_questions(
    detector: FrustrationDetector,
) -> None:
    # round 32 (batch 68, reworded): a checkout glitch that came right, a question
    # about a repair
    assert not detector.detect(
        "Checkout froze twice but it went through in the end, so all is well.",
        learned=0.85,
    ).complaint
    repair = "Can anything be done with shoes where the sole has split at the toe?"
    assert not detector.detect(repair, learned=0.3).complaint
    assert detector.detect("The sole has split at the toe after two days.").complaint
    # sarcasm about a refund pending for ever, a postcode surcharge, packaging
    for text in (
        "Great, my return's been pending for so long it deserves a birthday card.",
        "Lovely offer, £7.95 more the moment you enter a Highland postcode.",
        "Four boxes for one pair of boots. Really feeling the eco credentials.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # their near cases: calm questions about refunds and delivery charges
    for text in (
        "How long does a refund take to process?",
        "Do you charge £5 extra for next-day delivery?",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text
    # an insult about the staff, a manager asked for
    thick = detector.detect("Are your staff thick? I've told them twice.", learned=0.3)
    assert thick.level == "abusive"
    supervisor = detector.detect("I'd like a supervisor to ring me back, please.")
    assert supervisor.human_request


def test_round32_batch73_walkers_and_forms(detector: FrustrationDetector) -> None:
    # round 32 (batch 73, reworded): a creak that stopped and a question withdrawn,
    # weeks of snow, boots for below freezing
    for text in (
        "The creak in my right boot has stopped, it was a stone in the tread. You can"
        " ignore the message I sent this morning.",
        "Two weeks of snow on the lane and my wellies are worn smooth. Which of yours"
        " grip best?",
        "Are your thermal boots any use well below freezing?",
    ):
        assert not detector.detect(text, learned=0.5).complaint, text
    # "nothing to do with us" quoted from a shop is no settled story
    assert not detector.detect(
        "The shop said it was nothing to do with us.", learned=0.5
    ).settled
    # set out like a form: the days since ordering, a wait "and counting", two
    # teams sending the customer to each other, and sarcasm about it
    for text in (
        "Order: SS-10001\nDelivery: next day\nDays since ordering: 6",
        "Estimate: 2 days\nActual: 11 days and counting",
        "Shop says: 'ask online'\nWebsite says: 'ask the shop'",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    joined_up = "Refund still not here after three weeks. Very joined up."
    assert "sarcasm" in names(detector.detect(joined_up, learned=0.3))
    # near cases: an app that freezes is still a failure; two days since ordering
    # is not yet late
    assert detector.detect("The app freezes at checkout.", learned=0.3).complaint
    assert not detector.detect(
        "Order: SS-10002\nDays since ordering: 2\nQuestion: can I add socks?",
        learned=0.3,
    ).complaint


def test_round32_batch74_commuters_and_quoted_policies(
    detector: FrustrationDetector,
) -> None:
    # round 32 (batch 74, reworded): a link that worked on the laptop, trainers left
    # on a train by the customer, shoes crushed in a removal van; a question about
    # what the returns page says; a bus that never came and a decision to buy boots
    for text in (
        "The tracking page kept erroring on my phone, loaded fine on the laptop"
        " though.",
        "Left my trainers on the 7:15 like an absolute numpty and lost property"
        " haven't got them. Any discount on a second pair?",
        "My party shoes got crushed in the removal van, so I need new ones in a 4.",
    ):
        assert not detector.detect(text, learned=0.85).complaint, text
    for text in (
        "Your returns page says 'unworn within 30 days' - does that cover sale items?",
        "Terrible memory, me. The site says 'one code per customer' - is there a way"
        " to check if I've used mine?",
        "Stood in the rain for a bus that never turned up and my pumps got soaked."
        " Decided it's time for proper boots, which are best?",
    ):
        assert not detector.detect(text, learned=0.75).complaint, text
    # near cases: the policy quoted to ask for money back, a customer called names
    for text in (
        "Your website says 100% leather. The label says 60%. Can I have my money back?",
        "Your staff treated me like an idiot when I asked for a refund.",
        "Your staff treated my mum like an idiot when she asked for a refund.",
        "The manager made me feel like an absolute idiot.",
    ):
        assert detector.detect(text, learned=0.75).complaint, text
    # a shop phone that rings out, six calls in a day: past the learned veto
    rang = "Rung the Derby shop five times today and it just rings out."
    assert detector.detect(rang, learned=0.2).complaint
    assert not detector.detect("Rung the Derby shop today.", learned=0.2).complaint


def test_round32_batch66_statuses_weather_and_feet(
    detector: FrustrationDetector,
) -> None:
    # round 32 (batch 66, reworded): what a quoted status means, a grim forecast and
    # the customer's own feet before a question; calm at learned 0.75
    for text in (
        'Tracking says "Held at hub". What does held at hub mean, is it on its way?',
        'Forecast says "snow by Friday". Grim. Which boots grip on ice?',
        "Blisters every single time with new boots. Silly feet. Any that are soft"
        " from day one",
    ):
        assert not detector.detect(text, learned=0.75).complaint, text
    # near cases: a status that is wrong, a verdict on our boots, not the weather
    for text in (
        'Tracking says "Delivered". It was not delivered. Where is it?',
        "Your boots let the rain in on day one. Grim. Which of yours actually work?",
    ):
        assert detector.detect(text, learned=0.75).complaint, text


def test_round32_batch77_own_slips_and_caps(detector: FrustrationDetector) -> None:
    # round 32 (batch 77, reworded): the customer's own slips, told in capitals and
    # "!!", with a name called at themselves
    bag = detector.detect(
        "Left my kit bag on the train with my new trainers in it. Gutted!! Are they"
        " in stock ANYWHERE??",
        learned=0.3,
    )
    assert bag.level == "calm" and not bag.complaint
    slip = detector.detect(
        "I entered my OWN email wrong on the order!!! Muppet!!! Can you fix it??",
        learned=0.3,
    )
    assert slip.level != "abusive"
    assert "insult" not in names(slip)
    # near case: the same name called at us is an insult
    at_us = detector.detect(
        "You entered my email wrong on the order!!! Muppets!!!", learned=0.3
    )
    assert at_us.level == "abusive"
    # boots through the washing machine, a downpour, mould in the loft
    for text in (
        "Put my son's school shoes through the washing machine. They've shrunk, can"
        " they be saved?",
        "Got caught in a downpour at the match and my suede shoes are ruined. Any"
        " waterproof ones?",
        "My summer sandals went mouldy in the loft over winter. Any sale coming up?",
    ):
        assert not detector.detect(text, learned=0.75).complaint, text
    # ironic thanks for the wrong size passes the learned veto
    thanks = "Thanks so much for sending a size 3 instead of a 9. Very useful."
    assert detector.detect(thanks, learned=0.15).complaint


def test_round32_batch78_accountants_and_students(
    detector: FrustrationDetector,
) -> None:
    # round 32 (batch 78, reworded): written like an accountant, problems that came
    # right ("received 3 Mar", "Received complete.", "retried ... and it applied"),
    # a suitcase an airline lost, a show called off
    for text in (
        "Refund of £18.00 for SS-10003 received 3 Mar. Please send a receipt.",
        "Re SS-10004: missed slot on 02/03, redelivered 03/03. Received complete."
        " Please close any ticket.",
        "Code rejected at 09:10; I retried at 09:15 and it applied. Are points on the"
        " net total?",
        "The airline lost my case with your boots in it. They're reimbursing me. Same"
        " pair in a 7?",
        "Our recital got cancelled, so I won't need the six pairs. Can I buy two?",
    ):
        assert not detector.detect(text, learned=0.8).complaint, text
    # near cases: a refund short, a credit promised and late
    for text in (
        "I received £20 less than I paid on the refund.",
        "You said it would be credited within 48 hours. It's Friday.",
    ):
        assert detector.detect(text, learned=0.8).complaint, text
    # "stupid" meaning "very", and a repair upgraded
    wide = detector.detect(
        "my feet are stupid wide, so annoying. which trainers come wide", learned=0.2
    )
    assert wide.level != "abusive"
    assert not wide.complaint
    upgrade = (
        "Your repair team resoled my boots with proper leather instead of rubber."
        " Lovely work."
    )
    assert not detector.detect(upgrade, learned=0.3).complaint
    assert detector.detect(
        "You sent rubber soles instead of leather.", learned=0.3
    ).complaint


def test_round32_batch79_hedged_complaints(detector: FrustrationDetector) -> None:
    # round 32 (batch 79, reworded): complaints behind a hedge ("might be me, but")
    for text in (
        "Might be me, but the app says handed to me in person and I was at the gym."
        " So who has it?",
        "Probably nothing, but I had 1,200 points last week and now I have 0.",
        "Your email says 15% off, your checkout says expired. Which is it?",
        "I assumed 'waterproof' meant my socks stay dry. Thanks for the free foot"
        " bath.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # a failure between two sarcasm cues passes the learned veto
    final = (
        "Brilliant stuff, the kit arrived the day after the final. Timed that one"
        " perfectly, cheers."
    )
    assert detector.detect(final, learned=0.1).complaint
    # calm: the customer's own dislike of breaking shoes in, a worry about scam texts
    for text in (
        "I hate breaking in leather shoes, it's agony. Which of yours are soft?",
        "I'm wary of scam texts. Is a message asking me to pay a parcel fee from you?",
    ):
        assert not detector.detect(text, learned=0.85).complaint, text
    # near cases: points that are still there, a code that works on both
    for text in (
        "I had 1,200 points last week and now I have 1,400. Lovely.",
        "Your email says 15% off and the checkout agrees. Thanks!",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text


def test_round32_batch80_deadlines_and_understatement(
    detector: FrustrationDetector,
) -> None:
    # round 32 (batch 80, reworded): a failure the day before an interview or a first
    # day passes the learned veto; thanks for a cancellation "without a word"; the
    # right town name in the wrong county
    for text in (
        "Collected my order and it's two right boots. My interview is tomorrow.",
        "Thanks ever so much for cancelling my booking the day before the trip"
        " without a word.",
        "Well done for sending it to Richmond. Shame it was Richmond in Yorkshire and"
        " I live in Richmond, London.",
    ):
        assert detector.detect(text, learned=0.15).complaint, text
    # a payment that seems to have gone through after failing
    paid = (
        "The card kept failing last night but it seems to have gone through now. One"
        " charge only, so no duplicate?"
    )
    assert not detector.detect(paid, learned=0.85).complaint
    # near case: a deadline with no failure is a calm question
    assert not detector.detect(
        "My interview is tomorrow. Can you deliver a pair of black shoes by then?",
        learned=0.15,
    ).complaint


def test_round32_personal_bests_are_no_wait(detector: FrustrationDetector) -> None:
    # round 32 (batch 77, reworded): minutes taken off a race time are no wait
    pb = "Took 2 minutes off my half marathon time in your trainers. Thank you!"
    assert "service_failure" not in names(detector.detect(pb, learned=0.3))
    # near case: minutes spent waiting are
    held = "I was on hold for almost 40 minutes before anyone answered."
    assert "service_failure" in names(detector.detect(held, learned=0.3))


def test_round32_batch81_families_and_musicians(
    detector: FrustrationDetector,
) -> None:
    # round 32 (batch 81, reworded): a charge reversed since, a heel that snapped on
    # a pair of someone else's, a question about how the app is meant to look, a
    # bank's fraud check
    for text in (
        "Charged twice on SS-10005 last week, it's since been reversed. Nothing else"
        " to do?",
        "My heel snapped mid-concert. Not your shoes, for the record! Anything sturdy"
        " with a low heel?",
    ):
        assert not detector.detect(text, learned=0.9).complaint, text
    check = "payment declined, bank says it was their fraud check. one charge only?"
    assert "frustration_words" not in names(detector.detect(check, learned=0.3))
    assert "frustration_words" in names(
        detector.detect("Taking my money and sending nothing is fraud.", learned=0.3)
    )
    app = "the app update is slick lol, is the basket meant to be at the top now"
    assert "service_failure" not in names(detector.detect(app, learned=0.3))
    # sent to the right town name in the wrong place, a threat told to the parents
    for text in (
        "Thanks for sending the kids' shoes to an address in Devon. We live in Kent.",
        "One more missed delivery and I'll tell the other parents at the gate why.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # near case: an order cancelled many times is not over
    cancelled = "It's already been cancelled three times! Where are my boots?"
    assert not detector.detect(cancelled, learned=0.7).settled


def test_round32_batch82_gifts_and_postscripts(detector: FrustrationDetector) -> None:
    # round 32 (batch 82, reworded): a history with the shop is no threat; a gift
    # with no receipt, a box too pretty to open, a locker firm's loss, boots well
    # out of guarantee, a name in brackets for oneself
    assert "threat" not in names(
        detector.detect("I've never shopped with you before. Do you do a 14?")
    )
    assert "threat" in names(detector.detect("I'll never shop with you again."))
    for text in (
        "It was a gift, so I haven't got an order number. Can I still exchange it?",
        "The box was so pretty I nearly didn't open it. Whoever designs it, thank you.",
        "The locker company lost my return (not your courier). Will you refund when"
        " it turns up?",
        "My boots split after eight years, well out of guarantee. Anything similar in"
        " a 14?",
    ):
        assert not detector.detect(text, learned=0.4).complaint, text
    bag = "Left my bag on the bus (idiot). Found it! Do you sell leather cream?"
    assert detector.detect(bag, learned=0.1).level != "abusive"
    # a due date long past, a voucher for the wrong amount, "by 'X' I mean"
    for text in (
        "Order SS-10006 was due on the 2nd. It's the 20th.",
        "You emailed a voucher for the wrong amount.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    smooth = "The exchange went smoothly. By 'smoothly' I mean three trips to the shop."
    assert "sarcasm" in names(detector.detect(smooth, learned=0.3))


def test_round33_batch75_wasted_trips_and_dialect(
    detector: FrustrationDetector,
) -> None:
    # round 33 (batch 75, reworded): a box with one boot, the wrong colour sent with
    # a demand to sort it, a wasted trip to collect, express paid for and slow
    for text in (
        "Great stuff, a parcel wi' one shoe in it. Love a surprise.",
        "Drove all the way to your Perth branch to collect and was told it's still"
        " at the warehouse.",
        "I paid for next day delivery and the parcel took six days.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # a demand to sort it clears the learned model's veto
    wrong = "Navy ones came instead of tan, order SS-10007. I want it sorted this week."
    assert detector.detect(wrong, learned=0.1).complaint
    # near cases: a boot box, an exchange asked for, a warehouse question
    for text in (
        "Do you sell the box with one shoe tree or a pair?",
        "Can I pay for next day delivery on a pre-order?",
        "Is the order still at the warehouse or has it left?",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text
    # the order was waiting after all
    waiting = (
        "The collection text never arrived but I went in anyway and the boots were"
        " waiting for me. How do I turn the texts on?"
    )
    assert not detector.detect(waiting, learned=0.4).complaint
    assert detector.detect("The collection text never arrived.", learned=0.4).complaint


def test_round33_batch76_apologetic_openings(detector: FrustrationDetector) -> None:
    # round 33 (batch 76, reworded): a one-star threat with a hyphen, a gift card
    # empty before its first use, points that never moved
    for text in (
        "Fix it by Friday or it's one-star reviews from me and my whole family.",
        "The gift card my son gave me shows a £0 balance. I've made no purchases"
        " with it.",
        "My points balance is unchanged since my last two orders.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # a polite ask and "for good" are no praise: the learned model's usual bar holds
    polite = (
        "Thank you in advance. I'd be grateful for a refund of the express fee,"
        " it took nine days."
    )
    assert detector.detect(polite, learned=0.8).complaint
    # near cases: a gift card spent, a building's post room, a guarantee question
    for text in (
        "My gift card shows £0 now that I've used it on the boots. Do you sell laces?",
        "The concierge in my block misplaced my parcel, he's found it now. Can I"
        " change my delivery address for next time?",
        "Does the guarantee on boots cover the heel wearing down, or is that wear"
        " and tear?",
    ):
        assert not detector.detect(text, learned=0.3).complaint, text
    # a fault that happened, asked about in the same breath, is still one
    assert detector.detect(
        "The sole on my boots split after a month. Does the guarantee cover the sole"
        " splitting?",
        learned=0.3,
    ).complaint


def test_round33_batch85_parents_gamers_and_follow_ups(
    detector: FrustrationDetector,
) -> None:
    # round 33 (batch 85, reworded): "nvm" as the last word, a guarantee named before
    # "does it cover", a flooded flat, babies born early, one's own printer, "cracked"
    # as gamers' praise
    for text in (
        "tracking said 'processing' for three days, now it says delivered and it's in"
        " my hands. nvm",
        "Your Leeds shop told me about the boot guarantee. Does it cover the laces?",
        "Our house flooded in March and every pair in the porch was ruined. I need a"
        " new pair of wellies, size 5.",
        "Could you email the invoice again for SS-10008? My laptop is rubbish.",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text
    cracked = "website is lowkey cracked now, found my size in two taps"
    assert not detector.detect(cracked, learned=0.3).complaint
    baby = "Our son came 3 weeks early so the newborn shoes are huge! Do you do a 0?"
    assert not detector.detect(baby, learned=0.7).complaint
    # near cases: "never mind" mid-message, a cracked sole, a guarantee refused
    late = "never mind the refund, where are my boots? it's been three weeks"
    assert detector.detect(late, learned=0.7).complaint
    for text in (
        "the heel on the app-ordered boots is cracked already",
        "My laptop is rubbish but your website crashed twice.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text


def test_round33_batch86_questions_and_uniforms(detector: FrustrationDetector) -> None:
    # round 33 (batch 86, reworded): a lost parcel found and in hand, a decades-old
    # bag before a repair question, upset at another shop's goods in a question
    for text in (
        "The courier said it was lost but it turned up and I've got it now. Can you"
        " stop the replacement?",
        "My mum's old satchel from the 70s, the buckle's snapped. Would your repair"
        " team take it on?",
    ):
        assert not detector.detect(text, learned=0.4).complaint, text
    other = (
        "My old safety boots from the market were absolute rubbish. Would yours be"
        " any better?"
    )
    assert detector.detect(other, learned=0.5).score < 0.4
    # a soaked box and what was inside, marked delivered while home, points gone
    # "where did they go", a code that expired the minute of paying, a refund
    # the customer doubts has come through
    for text in (
        "The parcel was left in the rain. The box was soaked, and so were the shoes"
        " inside.",
        "My 800 points have vanished overnight. Where did they go?",
    ):
        assert detector.detect(text, learned=0.1).complaint, text
    for text in (
        "It says delivered but I was home all morning. Where is it?",
        "Oh lovely, the voucher expired the very minute I went to pay.",
        "I don't think my refund has come through, it's been three weeks.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text
    # near cases: a new pair's strap, a parcel got now and damaged
    for text in (
        "I bought it new last week and the strap has snapped.",
        "I've got it now but the heel has snapped off.",
    ):
        assert detector.detect(text, learned=0.4).complaint, text


def test_round33_questions_that_are_praise_ask_nothing() -> None:
    # round 33 (batch 86, reworded): rhetorical praise is no question
    for text in (
        "Can I just say how comfy these boots are? Wore them all day!",
        "Who packs your orders? The ribbon made my day.",
        "Could you pass on my thanks to the Bath shop? They were lovely.",
        "Isn't it lovely when an order just turns up? Next day, perfect fit.",
    ):
        assert not asks_a_question(text), text
    for text in (
        "Can I just check whether these come in a 9? They look lovely.",
        "Who packed this? The box was crushed.",
        "Lovely boots. Could you tell me if they come in brown?",
        "Love these! Can I add a second pair to my order?",
        "Great shop. Can I say which day I'd like it delivered?",
    ):
        assert asks_a_question(text), text


def test_round33_batch87_abroad_and_in_a_rush(detector: FrustrationDetector) -> None:
    # round 33 (batch 87, reworded): a forwarding firm's loss with a document asked
    # for its claim, someone else's hold music, a bag caught in a train door
    for text in (
        "The forwarding company lost my parcel at their depot. I'm dealing with it"
        " with them, but can you email me the receipt for their claim?",
        "My bag got caught in the tube doors and the handle ripped off. Could the"
        " repair team fix it?",
    ):
        assert not detector.detect(text, learned=0.8).complaint, text
    hold = "Typing this on hold with the bank, sorry! Do you have the Ness boot in a 6?"
    assert not detector.detect(hold, learned=0.3).complaint
    # told different things by the team is a failure
    told = "I've been told two different things by your staff about my exchange."
    assert detector.detect(told, learned=0.3).complaint
    # near cases: our own hold queue, our courier's loss
    for text in (
        "I've been on hold with your customer service for 40 minutes.",
        "Your courier lost my parcel and I'm sorting it with them myself.",
    ):
        assert detector.detect(text, learned=0.5).complaint, text


def test_round33_batch88_irony_and_price(detector: FrustrationDetector) -> None:
    # round 33 (batch 88, reworded): a parcel "here now" after a wait, hand-me-downs
    # worn through, a question about what a product really is
    for text in (
        "Tracking said 'out for delivery' for two days. Order's here now, all fits."
        " Can I turn off the texts?",
        "The kids played all winter in hand-me-down boots and two pairs have holes in"
        " them. Could you check sizes before we order new ones?",
    ):
        assert not detector.detect(text, learned=0.7).complaint, text
    jacket = "Is the £90 coat actually waterproof, or only until it rains?"
    assert not detector.detect(jacket, learned=0.8).complaint
    # kit arriving just in time for the season's end is late
    kit = "Our kit arrived! Just in time for the end of the season. Genius."
    assert detector.detect(kit, learned=0.3).complaint
    # near cases: here now but broken, a balance "back to £0" (a balance back to £50
    # is settled), a question about a coat that leaked
    broken = "The parcel's here now but the heel is broken."
    assert detector.detect(broken, learned=0.7).complaint
    zero = "My gift card showed £50 yesterday and now it's back to £0. Where is it?"
    assert not detector.detect(zero, learned=0.7).settled
    back = "My gift card showed £0 this morning, but it's back to £50 now. All good?"
    assert detector.detect(back, learned=0.7).settled
    leaked = "Is the coat actually waterproof? Mine leaked on the first walk."
    assert detector.detect(leaked, learned=0.3).complaint


def test_round33_batch89_movers_and_terse_messages(
    detector: FrustrationDetector,
) -> None:
    # round 33 (batch 89, reworded): a landlord keeping the post, a fall on ice, a
    # partner leaving the boots out, a bag left on the night bus
    for text in (
        "My old landlord is sitting on my post, your parcel included. I'm dealing with"
        " him, but could you email me the receipt?",
        "Tripped on the kerb after a late shift and the heel came clean off. Need the"
        " same boots in a 6.",
        "My husband put my suede boots out on the drive in the rain during the move."
        " Do you sell suede cleaner?",
    ):
        assert not detector.detect(text, learned=0.5).complaint, text
    bus = "Left my purse on the late bus and never saw it again. Gutted. Back in stock?"
    assert detector.detect(bus, learned=0.4).score < 0.4
    praise = "The only shop that got my address right. Everyone else made a mess of it."
    assert "frustration_words" not in names(detector.detect(praise, learned=0.3))
    # terse complaints, a parcel sent to the old house, "who hires you people"
    terse = "SS-10009. Nine days. Where is it?"
    assert detector.detect(terse, learned=0.3).complaint
    for text in (
        "Repair claim closed, boots unopened. Explain?",
        "Who hires you people? The box came in bits.",
    ):
        assert detector.detect(text, learned=0.1).complaint, text
    moved = "Cheers for sending my trainers to the flat I moved out of."
    assert detector.detect(moved, learned=0.3).complaint
    # near cases: a fall blamed on the soles, a partner's parcel left in the rain by
    # the courier
    for text in (
        "I slipped on the ice in your non-slip boots and the heel broke.",
        "The parcel for my partner was left in the rain and the boots are ruined.",
    ):
        assert detector.detect(text, learned=0.3).complaint, text


def test_round33_batch90_formal_and_casual(detector: FrustrationDetector) -> None:
    # round 33 (batch 90, reworded): a code that went through after all, a formal
    # enquiry, an inherited bag worn out, an airport nightmare, an old complaint set
    # aside, the customer's toddler
    for text in (
        "The voucher failed this morning but it's gone thru fine now. Can I get a VAT"
        " receipt?",
        "Could you kindly confirm whether orders placed on Sunday ship on Monday?",
        "My aunt left me her old bag from your shop. The zip's broken. Could you mend"
        " it?",
        "Last year's complaint about a late parcel went badly, but this isn't about"
        " that. My toddler threw a sandal in the pond, so I need another in a 4.",
        "The rain is dreadful and my walk to work is grim. I would be grateful if you"
        " could confirm whether the Ashby boots are waterproof.",
    ):
        assert not detector.detect(text, learned=0.75).complaint, text
    airport = (
        "Had a total nightmare at the airport, the airline lost my bag. I'd like to"
        " buy the loafers again in a 9."
    )
    assert detector.detect(airport, learned=0.3).score < 0.4
    points = "I'd like to know why my points went from 900 to zero overnight."
    assert detector.detect(points, learned=0.2).complaint
    # near cases: a failure told after "this isn't about that" is still one, and so
    # is a new bag that broke
    for text in (
        "This isn't about that. The new boots you sent me are the wrong size.",
        "The bag I bought from you last month has broken. Could you mend it?",
    ):
        assert detector.detect(text, learned=0.5).complaint, text


def test_round33_batch91_farmers_and_greetings(detector: FrustrationDetector) -> None:
    # round 33 (batch 91, reworded): an exchange done while away, a locker firm's
    # own fault, floods at home
    for text in (
        "Been away lambing. The wrong size got swapped by your team and the right pair"
        " is sat in the porch. Thanks.",
        "The locker firm lost my code, it's their system that went wrong, not yours."
        " Do you need anything from me?",
        "We've had flooding again and the boot room is ruined. Do you do a discount on"
        " several pairs?",
    ):
        assert not detector.detect(text, learned=0.9).complaint, text
    # sold as waterproof and wet, a guarantee that lasts until it is needed
    wet = "These were sold as waterproof. My feet are soaked by lunchtime."
    assert detector.detect(wet, learned=0.3).complaint
    guarantee = "The guarantee that works right up until the day you need it. Superb."
    assert detector.detect(guarantee, learned=0.8).complaint
    # near cases: the right pair not yet here, our own system's fault
    still = "The right pair is still not here and it's been two weeks."
    assert detector.detect(still, learned=0.5).complaint
    ours = "It's your system that went wrong, not theirs. Where is my refund?"
    assert not detector.detect(ours, learned=0.7).settled


def test_round34_batch83_swearing_that_is_no_abuse(
    detector: FrustrationDetector,
) -> None:
    # round 34 (batch 83, reworded): a swear word stressing praise, "the bollocks" as
    # the best, a thief called names, the customer's own laptop or slip, the rain
    for text in (
        "Bloody love these boots, comfiest pair I own.",
        "Honestly these trainers are the bollocks, ten hours on my feet and fine.",
        "Some scumbag nicked my boots from the changing room. Which size did I order"
        " last time?",
        "Is the site down or is my laptop being a muppet?",
        "I left them by the fire and, stupidly, they cracked. Can they be repaired?",
        "It's been pissing down all week, are the Ashby boots waterproof?",
    ):
        result = detector.detect(text, learned=0.2)
        assert "insult" not in names(result), text
        assert not result.complaint, text
    # near cases: names called at us, or at someone in our warehouse
    for text in (
        "That's bollocks, where is my refund?",
        "Some bastard in your warehouse threw my parcel over the fence.",
    ):
        assert "insult" in names(detector.detect(text, learned=0.2)), text


def test_round34_letters_and_tickets_that_close_a_case(
    detector: FrustrationDetector,
) -> None:
    # round 34 (batches 84 and 94, reworded): nothing to escalate asks for nobody
    # (the letters and tickets that close a case: ROUND34_CASES)
    erroring = (
        "The code was erroring earlier, it applies fine now. Nothing to escalate."
    )
    assert not detector.detect(erroring, learned=0.3).human_request
    # near case: a case nobody closed
    escalate = "Three emails and nobody has closed the case. Escalate this please."
    assert detector.detect(escalate, learned=0.5).human_request


def test_round34_batch95_stories_and_asides(detector: FrustrationDetector) -> None:
    # round 34 (batches 84 and 95, reworded): the cricket's dreadful, not us (the
    # stories and asides, complaints and ultimatums: ROUND34_CASES)
    match = "The cricket on Saturday was dreadful. Do you do spikes in a 9?"
    assert "frustration_words" not in names(detector.detect(match, learned=0.3))
    assert "frustration_words" in names(
        detector.detect("Your delivery on Saturday was dreadful.", learned=0.3)
    )
    # near cases: a flight we cancelled, an app that won't let the customer pay
    ours = detector.detect("The flight was cancelled by you, not by me.", learned=0.7)
    assert ours.complaint and not ours.settled
    assert detector.detect(
        "The app won't let me pay for my order.", learned=0.5
    ).complaint
    # ... and a driver who ran over the parcel, a parcel a friend passed on
    for text in (
        "The driver reversed over my parcel and squashed the box.",
        "My friend passed the parcel to me and the boots inside were crushed.",
    ):
        assert not detector.detect(text, learned=0.5).settled, text


def test_round34_batch96_quotes_and_clauses(detector: FrustrationDetector) -> None:
    # round 34 (batch 96, reworded): our own words quoted back ask for nobody; a
    # duplicate the bank reversed; a failure told before ", would it be possible..."
    quoted = (
        'The email said "a member of the team will call you back" and they did. How'
        " long is the repair guaranteed for?"
    )
    assert not detector.detect(quoted, learned=0.3).human_request
    reversed_ = (
        "I was charged twice last week but the bank reversed the duplicate. Just"
        " letting you know."
    )
    assert not detector.detect(reversed_, learned=0.3).complaint
    hole = (
        "so sorry to bother you but my trainers have a hole in the toe already, would"
        " it be possible to exchange them?"
    )
    assert detector.detect(hole, learned=0.4).complaint
    # near cases: a quote the customer does not attribute to us still asks; a
    # payment that failed twice is no double charge
    asked = 'I typed "I want to speak to a person" three times.'
    assert detector.detect(asked, learned=0.5).human_request
    failed = detector.detect("My payment failed twice at checkout.", learned=0.3)
    assert failed.topic != "double charge"


def test_round34_batch97_drivers_and_run_ons(detector: FrustrationDetector) -> None:
    # round 34 (batch 97, reworded): a charge for something said to be free (the
    # bank's fraud check, points that turned up, shoes bought elsewhere:
    # ROUND34_CASES)
    charged = (
        "I was charged for click and collect which I understood to be free, could the"
        " £3.95 be refunded please"
    )
    assert detector.detect(charged, learned=0.3).complaint
    # near case: a charge for something never said to be free
    delivery = "I was charged for express delivery, which I chose. When will it come?"
    assert not detector.detect(delivery, learned=0.3).complaint


def test_round34_praise_in_new_words(detector: FrustrationDetector) -> None:
    # round 34 (batches 83, 84, 94 and 95, reworded): praise the lexicon now sees
    for text in (
        "My rucksack from you has held up brilliantly through three years of school.",
        "Shout-out for Sam at your Leeds shop, patient and empathetic.",
        "Four winters in the same boots. Quality.",
        "These trainers are the bollocks.",
    ):
        assert has_praise_beyond_manners(text), text
    walked = "They took me up Ben Nevis without a single complaint from my feet."
    assert not has_problem_word(walked)
    # looking for a fault and finding none, and not trying shoes on when buying
    # online, tell no failure
    for text in (
        "Tried to find something to moan about and honestly can't. Lovely service.",
        "I was nervous buying online as you can't try them on, but they fit. Happy!",
    ):
        assert "service_failure" not in names(detector.detect(text, learned=0.2)), text
    # near cases: a one-word "Quality?" asks, a complaint about quality is one, and
    # a site that can't take a payment fails
    assert not has_praise_beyond_manners("Quality? The sole fell off.")
    assert has_problem_word("Not a single complaint was answered, the sole is broken.")
    failed = detector.detect("I can't pay on your site.", learned=0.2)
    assert "service_failure" in names(failed)


# Round 34's cases (batches 83, 84 and 94 to 97, reworded): each text, the learned
# model's reading it is checked at, and whether it is a complaint. In order: cases
# closed in a letter or a ticket (at 0.9); a card that still fails and a parcel
# popped round to the wrong house; stories of other people's troubles and asides;
# batch 95's and 83's complaints; ultimatums, complaints even at 0.1; batch 96's
# complaints and its hypotheticals with a condition before the comma; batch 97's
# fraud check, points that turned up and shoes bought elsewhere.
ROUND34_CASES: list[tuple[str, float, bool]] = [
    (
        "I write only to confirm receipt of the repaired bag, so that you may "
        "close your records.",
        0.9,
        False,
    ),
    (
        "The gift card that wouldn't scan has since been reactivated and I used it "
        "successfully.",
        0.9,
        False,
    ),
    (
        "The login fault looks fixed after your update. Happy for this to be "
        "logged as resolved, no callback needed.",
        0.9,
        False,
    ),
    (
        "The code kept erroring this morning but it went through at the second "
        "attempt. I mention it only because the message was misleading.",
        0.9,
        False,
    ),
    (
        "Just closing the loop: the parcel went next door but she brought it round "
        "this evening.",
        0.9,
        False,
    ),
    ("The gift card still won't scan at the till.", 0.5, True),
    ("The driver popped it round to the wrong house.", 0.5, True),
    (
        "My flight got cancelled and my case is in Spain. Can I get next-day "
        "delivery to a hotel?",
        0.6,
        False,
    ),
    (
        "My son's boots vanished from the changing room (club's dealing with it). "
        "Do you have the same in a 5?",
        0.6,
        False,
    ),
    (
        "Reversed over my own rucksack and squashed my boots. What do you have in "
        "a 10?",
        0.6,
        False,
    ),
    (
        "My grandad passed last week and I need black shoes for the service. Size 9.",
        0.6,
        False,
    ),
    (
        "Lost my trainers somewhere on the campsite. I need a new pair in a 7.",
        0.6,
        False,
    ),
    (
        "My email provider has had an outage all week (their outage, not yours). "
        "Did my order go through?",
        0.6,
        False,
    ),
    (
        "Dropped my boots in the canal and the lads won't let me forget it. Same "
        "again in an 11?",
        0.6,
        False,
    ),
    ("Can the voucher be used online and in store, or only one of them?", 0.6, False),
    ("Lovely boots, they hold the water in a treat.", 0.3, True),
    ("The courier tried to deliver while I was sat at home all day.", 0.3, True),
    ("The box is all that arrived, no shoes inside.", 0.3, True),
    ("The nails are poking through the insole after a week.", 0.3, True),
    ("My nephew tried to use the gift card and it showed a balance of £0.", 0.3, True),
    ("The trainers I got look used, there's mud on the soles.", 0.3, True),
    ("Sort out my refund today or we take our business elsewhere.", 0.1, True),
    ("Last chance before I file a small claim.", 0.1, True),
    ("my account says 0 points but I had 1500 last week", 0.3, True),
    ("The voucher only shows £20 but I paid for £40.", 0.3, True),
    ("Arrived this morning: one right shoe. Order SS-12345.", 0.3, True),
    ("Lovely, I always wanted one size 6 and one size 7.", 0.3, True),
    ("Still waiting for a reply to my email. Day 9.", 0.3, True),
    ("Fast as a snail, your refunds. Where is mine?", 0.3, True),
    ("if the sole came loose, would you repair it?", 0.3, False),
    ("say the heel snapped, could I send them back?", 0.3, False),
    (
        "payment got declined twice but my bank said it was their fraud check, I "
        "approved it and the order went through",
        0.9,
        False,
    ),
    (
        "points weren't showing but the email said 14 days and today's day 14 and "
        "there they are so never mind",
        0.9,
        False,
    ),
    (
        "the heels I bought elsewhere were two different shades of cream under the "
        "lights so now I'm looking at your range, can you deliver by Friday",
        0.9,
        False,
    ),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND34_CASES)
def test_round34_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


# Round 35 (batches 100 to 103, reworded): calm messages at a learned reading of 0.5,
# complaints at 0.3; near cases beside them.
ROUND35_CALM = [
    # a missing pair that came in a second parcel, a duplicate payment gone, a parcel
    # found, a zip eased back on, points added, a child hard on shoes, a fall
    "We ordered four pairs for the office and one was missing. It came separately on"
    " Friday. All accounted for now.",
    "I rang about being charged twice. The duplicate payment has since dropped off my"
    " statement, so nothing further is required.",
    "Tracking said delivered but I couldn't find it, turns out it was behind the bins"
    " all along. Got them now.",
    "The zip on my holdall kept catching but the lady in your York shop eased it back"
    " on and it runs smoothly now.",
    "My loyalty points from June hadn't shown. They have now been added. I shall not"
    " trouble you further.",
    "My daughter's school shoes split after four months, she's just very hard on them."
    " Do you do the next size up?",
    "Slipped on the steps at work and went down hard in my heels. Nothing broken"
    " thankfully. Which of your flats have the best grip?",
    "Is it possible to have my receipts sent to a different email address from my"
    " login?",
    "Found my old boots in the loft with the heel hanging off after ten years of"
    " gardening. Can you resole them?",
    # batches 102 and 103: a crash fixed by an update, a quoted text named once the
    # story is over, a lookalike site, old boots worn out, someone else's doing, a
    # squeak that was grit, the customer's own typo, a journalist's enquiry, the
    # customer's own worn trainers, an eye-roll at a problem now over
    "The app froze at checkout twice last night. After this morning's update the"
    " payment went through on the first attempt. Resolved from my side.",
    "Picked up my click and collect, all fine. Does the second 'ready' text I got mean"
    " there's another parcel?",
    "Sorry to bother you with something that isn't your doing, but there's a fake site"
    " copying your logo. Is the .co.uk address your only one?",
    "My walking boots have finally given up. Twelve years old, resoled three times, and"
    " the leather has now cracked. Do you still make them?",
    "A stagehand dropped a weight right by my feet and scuffed my boots badly. Can your"
    " repair service restore suede?",
    "I was about to write in about a squeak in my new loafers but it was a stone in the"
    " tread. They're silent now.",
    "I apparently can't proofread my own address: I put 12 instead of 21. Can the"
    " parcel be redirected?",
    "I'm writing a piece about shoe repairs for a local magazine. Is your resole"
    " service offered in every shop or only some of them?",
    "My running shoes have basically no grip left, I slipped twice this week. Which of"
    " your trainers grip best in the wet?",
    "App kept logging me out last night 🙃 updated it this morning and it's fine now",
    # batches 92 and 93 (read this round): a payment that took at the second try, a
    # bug report closed, a crash gone, boots sent in for repair, wear from a
    # wheelchair's footplate, a burglary, a guarantee honoured at once, a question
    # with an aside about everything
    "My card was declined the first time but the second payment took. Can you check"
    " the order shows as paid once and not twice?",
    "The app hung on the payment screen last night but the confirmation came this"
    " morning, one charge. Closing this on my side.",
    "App kept crashing after the update. Installed today's fix, crash gone. Thanks.",
    "I've just sent both pairs in for resoling. Do repairs earn loyalty points?",
    "I use a wheelchair and the toes of my shoes get scuffed against the footplate."
    " Can your repair team refinish them?",
    "Our house was burgled in May and my Stitch & Sole bag was taken. The insurer"
    " wants proof of purchase, can you find the order?",
    "My boots cracked across the sole at 20 months. Having been through that with"
    " other companies I expected a fight, but I walked out with a replacement pair the"
    " same day. Brilliant.",
    "Is the jacket waterproof, or 'showerproof' in the way everything is showerproof"
    " right up until it rains?",
    # batches 104 and 105: a failed-payment email that was a glitch, a flooded venue,
    # shoes from home, an injury, wet socks as a way of life, "clown shoes", logged in
    # again; near cases: the right count arrived, a late parcel that came
    "Got an email saying my payment failed but the order's gone through and been"
    " dispatched. I assume the email was just a glitch?",
    "Our venue flooded a month before the wedding so it's now in a field 🙃 What flat"
    " shoes do you have in ivory?",
    "Moved here from Madrid in the autumn. My shoes from home are not good for this"
    " rain. Which boots do you suggest?",
    "Sprained my wrist skiing so laces are a nightmare for now. Any trainers that slip"
    " on?",
    "Nothing worse than soggy socks after an early surf. Are any of your trainers"
    " waterproof?",
    "im hopeless with sizes, every shoe i buy is either clown shoes or too tight. do"
    " yours come up big?",
    "The app logged me out after the update, I logged in again, just checking my"
    " basket is still there.",
    "Six pairs ordered for the team, six pairs arrived.",
    "My boots were due last Monday and arrived today, all good.",
]
ROUND35_COMPLAINTS = [
    "Great 'waterproof' boots, kept my feet lovely and wet all the way to work.",
    # near cases: not all there, a site that went down, an order (not an email) sent
    # elsewhere, a heel hanging off, a fix that did not last
    "Not all accounted for: one pair is still missing.",
    "your website went down twice while I was paying",
    "My order was sent to a different address.",
    "Nothing broken?? The heel is hanging off",
    "The zip was fixed in store but it broke again a week later.",
    # batch 103's sarcasm, reworded, and near cases: boots soaked inside the box, a
    # worded cue once the story is "over", a quoted message with no story over
    "Thanks so much for leaving my parcel on the compost heap.",
    "The suede boots inside were soaked through when the box arrived.",
    "Very excellent service. I asked a month ago and the answer is still coming. I will"
    " wait maybe one more year, no problem.",
    "Got the third 'your parcel is on its way' email today and still no parcel.",
    # batch 93 (reworded): a wait before anyone came, a link that expires first, a
    # "wide fit" no wider, praise "right up until" it failed
    "My mum waited forty minutes outside in the cold before someone came to the door.",
    "The password reset link expires before the email even arrives.",
    "Your 'wide fit' trainers are exactly as wide as my regular ones.",
    "Loved these boots right up until the sole fell off.",
    # batches 104 and 105 (reworded): a parcel overdue, stuck "out for delivery", taken
    # far away, a pair short, a fourth message, a wait at the counter, a charge for
    # what was free, an app that logs out
    "The party is on Friday. My boots were due last Monday. Where are they?",
    "Tracking has said 'out for delivery' four days running.",
    "Thanks for delivering my parcel to an address 20 miles away.",
    "Six pairs ordered for the team, five pairs arrived.",
    "this is my forth mesage about my refund. i want my £60 back",
    "My dad stood at your counter for thirty minutes and went home empty-handed.",
    "I was charged for delivery but it's meant to be free over £50.",
    "The app logged me out at checkout again.",
    # review near cases: a fix asked for is no fix told, a charge still there after
    # something else was sorted is still a problem
    "My boots arrived broken. I need this problem fixed.",
    "The app is working now. The double charge is still there.",
]


def test_round35_asked_how_it_is_meant_to_work(detector: FrustrationDetector) -> None:
    # batch 93 (reworded): no failure word, the upset in the question itself
    text = "The insole is glued in. Please explain how that's meant to work."
    assert "frustration_words" in names(detector.detect(text, learned=0.3))
    calm = "Could you explain how the loyalty scheme works?"
    assert "frustration_words" not in names(detector.detect(calm, learned=0.3))


@pytest.mark.parametrize("text", ROUND35_CALM)
def test_round35_settled_or_not_ours(detector: FrustrationDetector, text: str) -> None:
    assert not detector.detect(text, learned=0.5).complaint


@pytest.mark.parametrize("text", ROUND35_COMPLAINTS)
def test_round35_complaints(detector: FrustrationDetector, text: str) -> None:
    assert detector.detect(text, learned=0.3).complaint


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        ("The deck boots took everything a winter at sea threw at them.", True),
        ("They took everything I had and threw it at the wall.", False),
    ],
)
def test_round35_praise_in_new_words(text: str, praise: bool) -> None:
    assert has_praise_beyond_manners(text) is praise


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ordered Monday, the boots were waiting at home when I got back.", False),
        ("I was waiting at home all day and nobody came.", True),
    ],
)
def test_round35_waiting_at_home(text: str, problem: bool) -> None:
    assert has_problem_word(text) is problem


# Round 36 (batches 98, 99, 108 and 109, reworded): complaints at a learned reading of
# 0.3, calm messages at 0.5; near cases beside them (a sole that came off, points not
# showing again, a refund not asked for beside a failure, the app freezing, "done with
# your sale").
ROUND36_CASES: list[tuple[str, float, bool]] = [
    (
        "Tracking says delivered at 9:40. I was home all morning at that address."
        " Where is it?",
        0.3,
        True,
    ),
    ("App says delivered to a safe place. So safe even I can't find it.", 0.3, True),
    ("Repair was meant to take 10 days. Day 28 today and still no boots.", 0.3, True),
    (
        "The driver left them on the pavement outside the gym for anyone to take.",
        0.3,
        True,
    ),
    ("Three emails to you, not a single reply.", 0.3, True),
    ("Another sorry-for-the-delay text. That's four now.", 0.3, True),
    ("Charged for 3 pairs, 2 arrived.", 0.3, True),
    ("You sent a size 9 to my wife who ordered a 5?", 0.3, True),
    ("Close my account. Done with you.", 0.3, True),
    ("Refunded 12p on a £70 order. Don't spend it all at once.", 0.3, True),
    ("The sole of my boot came off in the mud after a week.", 0.3, True),
    ("My points are not showing again and the app keeps freezing.", 0.3, True),
    (
        "I'm not asking for a refund, my parcel is two weeks late and nobody answers.",
        0.3,
        True,
    ),
    ("The app keeps freezing at checkout.", 0.3, True),
    ("Points were missing yesterday, showing now. Ignore my email.", 0.5, False),
    ("App crashed at checkout, reinstalled. Works. Order placed.", 0.5, False),
    (
        "Balance read £0 this morning, back to £25 after logging in again. Ignore.",
        0.5,
        False,
    ),
    (
        "I washed the canvas pumps at 60 even though the label says 30 and they"
        " shrank. Any tips?",
        0.5,
        False,
    ),
    ("My card payment failed, my side problem. Did the order go through?", 0.5, False),
    (
        "Kudos to the Leeds shop for holding my order while I was away. Didn't even "
        "have to ask twice.",
        0.5,
        False,
    ),
    (
        "Our village hall is freezing in January. Which boots keep toes warm?",
        0.5,
        False,
    ),
    (
        "Chasing a lad through a field, one of my boots came off in the mud and stayed "
        "there. Same pair again please, size 9.",
        0.5,
        False,
    ),
    (
        "I bought from another website by mistake thinking it was you. What's your"
        " real address?",
        0.5,
        False,
    ),
    ("Are you done with your summer sale yet?", 0.5, False),
    # batches 110 and 111 (measured blind this round, then read)
    ("The 'waterproof' boots let in water on the first walk.", 0.3, True),
    (
        "Bought them for the gala on the 14th. It's the 15th. They arrived this"
        " morning.",
        0.3,
        True,
    ),
    ("The box had a pair of sandals in it. I ordered wellies.", 0.3, True),
    ("Your parcel has now taken longer to reach me than my passport did.", 0.3, True),
    ("Three hours in the phone queue today.", 0.3, True),
    (
        "Your shop swapped them on Monday with no fuss. Can you confirm the first"
        " refund won't also go through? I don't want to be paid twice.",
        0.5,
        False,
    ),
    (
        "They said 3 weeks, it's been nearly 4, but I've just had the text saying ready"
        " for collection. What time do you close?",
        0.5,
        False,
    ),
    (
        "I ticked the wrong size on my order, entirely my slip. How do I swap?",
        0.5,
        False,
    ),
    (
        "Yours are packed the best - no rattling, no crushed boxes. Thank you.",
        0.5,
        False,
    ),
    ("The gala was on the 14th and they arrived on the 10th, perfect.", 0.3, False),
    # batches 112 and 113 (measured blind this round, then read)
    ("My boots arrived! Just the one boot though.", 0.3, True),
    ("A refund that takes longer than the boots lasted.", 0.3, True),
    ("My 800 points have gone from my account. Where are they?", 0.3, True),
    ("The birthday code expires the day before my birthday, thanks a lot.", 0.3, True),
    ("My boots arrived soaked through.", 0.3, True),
    (
        "PayPal froze my account so the payment won't go through, nothing wrong on your"
        " end. Can I pay by card?",
        0.5,
        False,
    ),
    ("Standing on a freezing pavement all night, which boots are warmest?", 0.5, False),
    (
        "My daughter left one trainer on the train and it never came back. Can I order"
        " the same pair again?",
        0.5,
        False,
    ),
    (
        "Awful weather, soaked through walking the dog. Are your boots waterproof?",
        0.5,
        False,
    ),
    # batches 114 and 115 (measured blind this round, then read)
    (
        "I've rung you five times this week. Each time I'm told it'll be sorted within"
        " a day.",
        0.3,
        True,
    ),
    ("My balance showed 1,500 points on Monday. Today it shows 0.", 0.3, True),
    ("Waited in all day and the parcel went back to the depot instead.", 0.3, True),
    ("The box had a size 4 in it. I'm a 9.", 0.3, True),
    (
        "The shop told me to post it. Your website says in store is fine. So which is"
        " it, I've been twice.",
        0.3,
        True,
    ),
    ("Funny how slow you are at refunds compared with taking payment.", 0.3, True),
    ("The app went down twice at checkout.", 0.3, True),
    ("My laces came undone after a day and the eyelet ripped.", 0.3, True),
    (
        "I managed to post the label to myself instead of the parcel. Could you email a"
        " new one?",
        0.5,
        False,
    ),
    (
        "Our village hall flooded and we lost the donated shoes. Would you consider"
        " donating a few pairs?",
        0.5,
        False,
    ),
    (
        "Tired of cheap trainers falling apart. What's your most durable pair?",
        0.5,
        False,
    ),
    (
        "The card failed at the till but your shop rang head office and got it going."
        " Did the balance go down by the right amount?",
        0.5,
        False,
    ),
    (
        "Tracking said delivered and the step was empty, but the driver had tucked it"
        " behind the bin.",
        0.5,
        False,
    ),
    ("The text never came but I popped in and they had everything ready.", 0.5, False),
    ("I can't stand laces, they always come undone. Any slip-ons?", 0.5, False),
    # batch 106's one row read (its cheerful reply), reworded
    (
        "Thirty of us at the station buy our boots from you. After how you've handled"
        " my return, that's about to stop.",
        0.3,
        True,
    ),
    ("Is the shop about to stop doing resoles?", 0.5, False),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND36_CASES)
def test_round36_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # round 36 (batch 110): a hedge inside a longer aside asks nothing
        ("Your chap (Tom, I think? young, very patient) sorted it in minutes.", False),
        ("My boots arrived (is it normal that the box was open?)", True),
        ("The lad in your shop (Tom?) was great", False),
    ],
)
def test_round36_hedge_in_an_aside(text: str, asks: bool) -> None:
    assert asks_a_question(text) is asks


def test_round36_upset_at_what_might_happen_is_damped(
    detector: FrustrationDetector,
) -> None:
    # batch 112 (reworded): the upset word is in a hypothetical
    text = "What happens if my boots fail in the second year of the guarantee?"
    assert detector.detect(text, learned=0.3).score < 0.4
    told = "My boots failed in the second year of the guarantee. What happens now?"
    assert detector.detect(told, learned=0.3).score >= 0.4


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # round 36 (batch 112): the signature under a sign-off is not the customer's
        (
            "Hi,\n\nWhere is my order?\n\nKind regards,\nBob Smith\nThis email is"
            " confidential. If received in error please notify the sender.",
            "Hi,\n\nWhere is my order?\n\nKind regards,\n",
        ),
        # a postscript is
        (
            "Boots late.\nThanks,\nBob\nP.S. the box was crushed",
            "Boots late.\nThanks,\nP.S. the box was crushed",
        ),
        # more of the message is, and a sign-off on the first line or no line of its own
        ("Boots late.\nThanks\nfor nothing", "Boots late.\nThanks\nfor nothing"),
        ("Thanks,\nBob", "Thanks,\nBob"),
        ("Late again. Regards, Bob", "Late again. Regards, Bob"),
    ],
)
def test_round36_without_signature(text: str, kept: str) -> None:
    assert without_signature(text) == kept


# Round 37: batches 106 and 107 read (round 36's final blind run), each rule with the
# near cases on both sides of it.
ROUND37_CASES: list[tuple[str, float, bool]] = [
    # complaints
    ("Could you sort it, as I've said in all three of my emails?", 0.3, True),
    ("I've explained this in each of my messages.", 0.3, True),
    ("Card balance was £40 on Friday, now it's £0 and I've spent nothing.", 0.3, True),
    ("Ordered size 8 work boots. Received: size 11.", 0.3, True),
    ("They said someone would call me back by Tuesday. It's Friday.", 0.3, True),
    ("We all buy our shoes from you. After this, that's about to stop.", 0.2, True),
    ("The app keeps freezing at checkout.", 0.3, True),
    ("The boots leak after a week.", 0.3, True),
    ("My son fell over because the sole came off.", 0.3, True),
    # calm
    ("My usual is a size 8. Received: size 8, and they fit.", 0.3, False),
    ("Card balance was £40 on Friday, now it's £15 after my order.", 0.3, False),
    ("If my parcel gets lost, do you send another?", 0.3, False),
    ("Freezing warehouse this time of year. Any thermal socks in stock?", 0.3, False),
    ("Grim weather this time of year, are the wellies lined?", 0.3, False),
    ("This winter is the worst I've seen. Which boots grip on ice?", 0.3, False),
    (
        "Traffic in town is horrendous and I can't get there before you close."
        " Can my son collect my order?",
        0.55,
        False,
    ),
    (
        "My bank charged me a fee, which they've admitted is their mistake. Did you"
        " take it in pounds?",
        0.55,
        False,
    ),
    (
        "Shoes keep walking off from the changing room at work. Same pair again,"
        " what size did I order?",
        0.7,
        False,
    ),
    (
        "Fell off a ladder, broke the wrist, and the boots got scuffed on the way down."
        " Does the guarantee cover that?",
        0.3,
        False,
    ),
    (
        "Two years of mud and rain and the boots still don't leak. Whoever made them"
        " knows what they're doing.",
        0.8,
        False,
    ),
    ("Lunch in the mess room, any chance the boots are back in a 9?", 0.3, False),
    # batches 118 and 119 (read mid-round)
    ("My points went from 1,200 points to zero overnight. Where are they?", 0.3, True),
    ("My points balance went from 1,200 to 900 after my order.", 0.3, False),
    ("Paid £5 for express delivery and the boots came on day three.", 0.3, True),
    ("Thanks for sending my order to Bath rather than Barnsley.", 0.3, True),
    ("Could you send it to my work rather than my home?", 0.3, False),
    ("The clogs are great, twelve-hour shifts and not one slip.", 0.3, False),
    ("I hate shoes that rub at the heel. Which of yours are softest?", 0.3, False),
    ("The new trainers you sent squeak on every step.", 0.3, True),
    (
        "A forklift driver dropped a pallet on my foot last week, I'm fine but the"
        " boots are crushed. Which safety boots have a steel toe?",
        0.4,
        False,
    ),
    (
        "The sole came loose, the guarantee covered it and they're back on. You can"
        " close it off.",
        0.5,
        False,
    ),
    # batches 120 and 121 (read mid-round)
    ("Spent 40 minutes in your chat queue, then it cut me off.", 0.3, True),
    ("My next day delivery turned into next week delivery.", 0.3, True),
    ("Perfect, the boots came three days after my interview.", 0.1, True),
    ("The boots came three days after I ordered them. Perfect.", 0.3, False),
    ("So impressed your wellies held a full puddle on day one.", 0.3, True),
    ("The size 9 box had a size 7 in it.", 0.3, True),
    ("The size 9 box had a size 9 in it, as ordered.", 0.3, False),
    ("I've spoken to three different people and had three answers.", 0.3, True),
    ("Our order was sent to a completely different company.", 0.3, True),
    ("Just opened it. It's someone else's order. Where is mine?", 0.3, True),
    ("Someone else collected it for me, can I still return it?", 0.3, False),
    ("The staff were not helpful at all.", 0.7, True),
    (
        "Earlier I messaged saying the code didn't work. It did, it shows at the"
        " checkout. Sorry!",
        0.5,
        False,
    ),
    ("Ordered twice by accident and cancelled the second one myself.", 0.8, False),
    ("Refund... actually never mind, it's just shown up.", 0.8, False),
    (
        "Our error entirely: we keyed the PO number wrong. Could you reissue?",
        0.6,
        False,
    ),
    (
        "My old work shoes split on a busy Saturday. Never again. Looking for"
        " something really sturdy.",
        0.83,
        False,
    ),
    ("Your boots split on day two. Never again.", 0.3, True),
    ("Gym showers are disgusting. Any cheap sliders?", 0.55, False),
    (
        "The rain has been horrendous and everything we own is soaked. Wellies?",
        0.3,
        False,
    ),
    (
        "Our office flooded and the boots got soaked. Need fifteen more pairs.",
        0.4,
        False,
    ),
    (
        "In the move someone binned the box with the new boots. Reorder please.",
        0.7,
        False,
    ),
    (
        "Sang for three hours in your brogues and not one twinge. Wonderful shoes!",
        0.75,
        False,
    ),
    # batches 122 and 123 (read mid-round)
    ("Oh brilliant, the boots arrived the day after my final. Thanks.", 0.4, True),
    ("Your phone line rings out every time I call.", 0.3, True),
    (
        "Charged for delivery, but it should have qualified for free delivery.",
        0.3,
        True,
    ),
    ("My new wellies fill up like a bucket in the rain.", 0.3, True),
    ("Was it my fault? No. The courier never came.", 0.4, True),
    ("My fault, I typed the wrong postcode. Can you change it?", 0.4, False),
    ("Must take real skill to lose the same parcel twice.", 0.3, True),
    ("Could we order 12 pairs for our club? Sizes 4 to 9.", 0.8, False),
    (
        "I slipped on their wet floor (their mopping, not the shoes) and scuffed the"
        " toe. How do I clean it?",
        0.6,
        False,
    ),
    (
        "Is there any balance left? I thought not... the checker says £5. Answered my"
        " own question, sorry.",
        0.75,
        False,
    ),
    (
        "Was going to say the delivery was slow, but it came the day you said it"
        " would. Lovely shoes.",
        0.3,
        False,
    ),
    # batches 124 and 125 (read mid-round)
    ("The heel on my new boots came away after a month.", 0.3, True),
    ("I raised a claim three weeks ago. Still nothing.", 0.3, True),
    ("I raised a claim three weeks ago and it was sorted in two days.", 0.3, False),
    ("The wellies are brilliant at letting in water.", 0.5, True),
    (
        "Points were missing, but they appeared overnight and the total is right now."
        " Thanks!",
        0.7,
        False,
    ),
    ("Broke two toes playing football. Any boots with a wide toe box?", 0.5, False),
    (
        "His boots split after he'd had them four seasons, so fair play to them. Same"
        " again please.",
        0.5,
        False,
    ),
    # batches 126 and 127 (read mid-round)
    ("Who signs off on a next day delivery that takes nine days?", 0.3, True),
    ("Is it too much to ask for my refund to arrive this month?", 0.3, True),
    ("Is it too much to ask to see the stars at night, says my daughter.", 0.3, False),
    ("They took it back and I'm being asked to pay for redelivery.", 0.3, True),
    ("The courier came a day early and it's gone back.", 0.3, True),
    ("You sent Nan's slippers to her old flat.", 0.3, True),
    ("The bank sent my new card to the old house, so payment is late.", 0.3, False),
    ("Thanks so much for the gift of a second delivery charge.", 0.3, True),
    ("Thank you for refunding me GBP 0.00.", 0.8, True),
    ("PayPal says the refund is pending on their side. I'll wait on them.", 0.8, False),
    (
        "The gift card was from another shop so it won't work on your site. I"
        " understand this is not your issue.",
        0.7,
        False,
    ),
    ("Could you please advise what UK size is a European 44?", 0.78, False),
    (
        "The airline lost one of my suitcases and it has still not been found. Which"
        " boots are warm?",
        0.63,
        False,
    ),
    # batches 128 and 129 (read mid-round)
    ("The listing said it fits a 15 inch laptop. It fits a 13 inch one.", 0.3, True),
    ("The listing said it fits a 15 inch laptop. It fits a 15 inch one.", 0.3, False),
    ("Waited so long on chat I painted my nails twice. Great service.", 0.6, True),
    ("If it doesn't come by Monday, would I get the delivery charge back?", 0.6, False),
    ("Paid for next day. Came in five. I want the delivery charge back.", 0.3, True),
    (
        "Someone broke into my car and took my spare pair. Same again please, size 7.",
        0.3,
        False,
    ),
    (
        "I've tried everything, expensive brands, cheap ones. These are the best"
        " I've owned.",
        0.3,
        False,
    ),
    (
        "Tracking said failed delivery but the neighbour had it. No help needed, so you"
        " can close my old message.",
        0.5,
        False,
    ),
    ("Is the sale 30% or 40% off? I see both.", 0.7, False),
    # batches 130 and 131 (read mid-round)
    (
        "Great to know my refund has gone on holiday. Do tell me when it's back.",
        0.45,
        True,
    ),
    (
        "The neighbour who took in my parcel has gone on holiday. Can I return it"
        " later?",
        0.45,
        False,
    ),
    ("Thanks for the masterclass in patience, six weeks for a resole.", 0.55, True),
    (
        "Worn them to every do since 2009 and they're finally falling apart. Something"
        " similar?",
        0.3,
        False,
    ),
    (
        "PayPal charged me twice, your side shows one payment, so I'm taking it up with"
        " PayPal.",
        0.88,
        False,
    ),
    (
        "The awful thing about re-enactment is finding big shoes. Do you go to 13?",
        0.3,
        False,
    ),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND37_CASES)
def test_round37_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


# Round 38: batches 116 and 117 (round 37's final blind run) and 134 to 139 read,
# each rule with a near case each side (reworded).
ROUND38_CASES: list[tuple[str, float, bool]] = [
    # complaints
    (
        "Waited in all day, the courier left a card through the door, no knock.",
        0.3,
        True,
    ),
    (
        "Your tracking updates about as often as the bus to my village. Where is it?",
        0.3,
        True,
    ),
    ("Third time po asking where my refund is.", 0.2, True),
    (
        "Bought the non-slip shoes for work and went straight down on the wet floor.",
        0.3,
        True,
    ),
    (
        "I chose them for the non-slip sole, but they've been really slippy on deck.",
        0.3,
        True,
    ),
    ("Thanks so much for sending one boot in black and one in brown 🙃", 0.1, True),
    (
        "Great to learn that the guarantee means 'only if you never wear them'.",
        0.3,
        True,
    ),
    (
        "Came back from the resole with a new sole on one boot. Who needs two anyway.",
        0.3,
        True,
    ),
    ("Tracking has said 'delivered' since Monday and nothing is here.", 0.3, True),
    ("Sort this faulty pair or the whole club takes its order elsewhere.", 0.3, True),
    ("You put my old address on the label even though I changed it.", 0.4, True),
    ("The app keeps freezing in checkout.", 0.3, True),
    ("Got charged twice for my boots and it still shows on my statement.", 0.3, True),
    ("My sole is coming away from the upper after three months.", 0.3, True),
    ("Here's chase number four for my refund.", 0.3, True),
    ("Thanks for sending my boots to someone in Leeds. Hope they fit.", 0.3, True),
    ("You sent my parcel back to the warehouse while I waited in the shop.", 0.3, True),
    ("My gift card shows a zero balance despite being loaded with £30.", 0.3, True),
    ("The new gift card you sent also shows as invalid.", 0.3, True),
    ("Love paying for express so my parcel can take the scenic route.", 0.7, True),
    ("My parcel was due Monday. It's Thursday.", 0.3, True),
    (
        "I've been standing at the counter 30 minutes while they look for my order.",
        0.3,
        True,
    ),
    ("Thanks for the voucher that expired the exact second I hit pay.", 0.3, True),
    ("The bag I received has a scratch right across the front.", 0.3, True),
    ("The shop wouldn't take them back, even though I had the receipt.", 0.3, True),
    ("Quite an achievement to lose a parcel between two streets.", 0.3, True),
    (
        "I didn't think it was possible to send one pair to three depots. Well done.",
        0.3,
        True,
    ),
    ("Why were my loyalty points taken off my account?", 0.3, True),
    ("Told my order was ready, took two buses, and it wasn't there.", 0.3, True),
    ("The sole is coming away from the upper after a month.", 0.3, True),
    ("Thank you o, for cancelling my order the day before my party.", 0.5, True),
    # calm
    (
        "Caught in a hailstorm walking the dog, soaked to the skin. Any rain jackets?",
        0.3,
        False,
    ),
    ("The paper receipt got soaked in the rain, could you email a copy?", 0.3, False),
    (
        "Today itself the refund is showing in my account, kindly close the ticket.",
        0.5,
        False,
    ),
    (
        "PayPal has put my refund on hold for some checks on their side, no rush.",
        0.5,
        False,
    ),
    (
        "Tracking said delivered to the wrong house; it was next door. Got them.",
        0.3,
        False,
    ),
    (
        "The order said cancelled but it came through anyway. Just wondering if I'll"
        " be charged twice?",
        0.5,
        False,
    ),
    (
        "Snapped a heel on the cobbles, me own fault in stilettos. Can heels be fixed?",
        0.3,
        False,
    ),
    (
        "The sole peeled off on the hill. They were not from you, to be fair. Which of"
        " yours grip on rock?",
        0.3,
        False,
    ),
    (
        "My flight to Dublin was cancelled so I'm home early. Can I collect in store?",
        0.3,
        False,
    ),
    (
        "My feet are very sore due to diabetes. Kindly suggest shoes with a wide toe.",
        0.7,
        False,
    ),
    (
        "A scaffold pole fell and split the toe cap on my boots. Same pair in a 9?",
        0.3,
        False,
    ),
    ("My holiday is next week. What's the cut off for next day delivery?", 0.5, False),
    ("The traffic in town is very bad, can I return by post?", 0.5, False),
    (
        "Left my boots by the fire and the toe cracked. My own daft fault. Fixable?",
        0.3,
        False,
    ),
    (
        "Walked the fells in road shoes like an idiot, blisters all over. Never again."
        " Which trail shoes do you have?",
        0.3,
        False,
    ),
    ("Three winters and not one pair has torn. Great gaiters.", 0.3, False),
    ("Two seasons in the bog and not a leak. Best boots I've had.", 0.3, False),
    (
        "Worst part of the job is wet socks. Which boots are properly waterproof?",
        0.7,
        False,
    ),
    ("Freezing in a car park for hours on call-outs. Any heated insoles?", 0.3, False),
    (
        "Put my old address on the order. It hasn't shipped yet, can I change it?",
        0.3,
        False,
    ),
    (
        "Got charged twice but the bank says the second was pending and it's dropped"
        " off now.",
        0.3,
        False,
    ),
    (
        "The shop rang to say it'd come on the late van. Picked it up dinnertime.",
        0.65,
        False,
    ),
    (
        "The courier couldn't find the lane but came back and I've got the parcel.",
        0.3,
        False,
    ),
    ("Fit like a glove, champion service.", 0.77, False),
    ("Fastest refund I've ever had. Ta!", 0.85, False),
    (
        "The card was declined, the bank had frozen it. It's gone through now. Just"
        " checking I won't be charged twice?",
        0.3,
        False,
    ),
    (
        "My friend said to get the tote from you instead of the designer one.",
        0.3,
        False,
    ),
    (
        "Get her a gift card, you can't go wrong, my brother said. He was right.",
        0.3,
        False,
    ),
    ("The replacement has arrived and it is fine, case closed.", 0.6, False),
    (
        "Stepped into a pothole on the way home, trainers soaked. Any waterproof ones?",
        0.3,
        False,
    ),
    ("Worst photo ever attached, sorry. Can you replace this heel tip?", 0.5, False),
    ("The heel was the wrong colour but they're redoing it, no rush.", 0.3, False),
    (
        "The payment failed twice but went through on the third go, only one charge on"
        " my statement.",
        0.6,
        False,
    ),
    ("The text never came but I called in and it was there waiting.", 0.6, False),
    (
        "Stepped back into the mop bucket and soaked my boots. Daft. Waterproof ones?",
        0.3,
        False,
    ),
    ("The bag went down a treat at her birthday.", 0.3, False),
    ("Packed so well, box never crushed.", 0.3, False),
    ("The squeak has stopped completely. Consider this closed.", 0.7, False),
    (
        "Tracking was stuck for days but it's just come through the letterbox.",
        0.3,
        False,
    ),
    (
        "Teaching on a Friday is a nightmare and I'm on my feet. Comfy shoes?",
        0.3,
        False,
    ),
    (
        "Three years in the chiller and the sole's come away at last. Same again?",
        0.3,
        False,
    ),
    ("I cancelled my order the day before, is the refund on its way?", 0.3, False),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND38_CASES)
def test_round38_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


# Round 39 (batches 132, 133, 146, 147 and 150-153 read): each new reading with a near
# case on the other side of it.
ROUND39_CASES: list[tuple[str, float, bool]] = [
    # complaints
    ("My card was charged twice for one order.", 0.3, True),
    ("The boots have a small tear along the heel seam.", 0.3, True),
    ("The bag came with the zip stitched shut.", 0.3, True),
    ("You could dig up a fossil faster than you can process a refund.", 0.3, True),
    ("My loyalty points have been wiped overnight, please put them back.", 0.3, True),
    ("My points were all taken off when I returned one pair.", 0.3, True),
    ("Thanks for the refund of £0.00.", 0.3, True),
    ("Paid £5 for 'express' delivery and it took a week.", 0.3, True),
    ("The courier threw my parcel over the hedge.", 0.3, True),
    ("This is my second pair with a loose heel.", 0.3, True),
    ("Next day delivery is now on day six.", 0.3, True),
    (
        "Drove an hour to collect and the order had been sent back to the warehouse.",
        0.3,
        True,
    ),
    ("Your boots let every drop in on the first wet day.", 0.3, True),
    ("I'll take you to court over this.", 0.3, True),
    ("I've been waiting six weeks for my refund.", 0.3, True),
    ("I ordered a black pair and got brown.", 0.3, True),
    ("These only lasted me two months before the sole split.", 0.3, True),
    ("The courier passed my house and left me a card instead of knocking.", 0.3, True),
    (
        "I went flat on my back in the car park, these soles have no grip at all.",
        0.3,
        True,
    ),
    ("I wore them to work and slipped, the soles have zero grip.", 0.3, True),
    # calm
    (
        "My bank has reversed one of them, so no need to do anything again. Thanks.",
        0.2,
        False,
    ),
    (
        "Tracking said delivered but I couldn't find it. It was behind the "
        "bins. Mystery solved!",
        0.3,
        False,
    ),
    (
        "Collected my order today after a one day delay. Everything complete.",
        0.3,
        False,
    ),
    (
        "I slipped in the mud on a hill walk and ripped the sole off, could "
        "you resole them?",
        0.3,
        False,
    ),
    (
        "I was carrying a box down the stairs and slipped, and my trainers got soaked.",
        0.3,
        False,
    ),
    (
        "My old boots from another brand split at the side, so I'm ordering a "
        "pair of yours.",
        0.3,
        False,
    ),
    (
        "The site showed dollars. I think it's a setting on my bank app rather "
        "than your website.",
        0.3,
        False,
    ),
    ("Quality never disappoints, I'll tell all my friends.", 0.3, False),
    (
        "The code didn't work at first, your colleague told me to remove the "
        "space and that did the trick.",
        0.3,
        False,
    ),
    ("The double charge disappeared, bank says it was just a pendin hold.", 0.3, False),
    (
        "The seams let water in. To be fair they're about eight years old. "
        "Resole or new?",
        0.3,
        False,
    ),
    (
        "My grandad passed in May and left me his boots, the stitching has "
        "split. Can you repair them?",
        0.3,
        False,
    ),
    (
        "Been in a walking boot for three weeks after a fall. Which trainers "
        "are roomy?",
        0.3,
        False,
    ),
    ("Ordered Monday and it got here Tuesday, brilliant.", 0.3, False),
    ("Thank you for the quick repair. Kind regards, A. Patel, Solicitor", 0.3, False),
    ("I wear your boots to court every day and they still look smart.", 0.3, False),
    ("What if the courier leaves it outside and somebody thief it?", 0.3, False),
    (
        "These lasted me twelve years and the sole has finally split. Same "
        "again please, size 9.",
        0.3,
        False,
    ),
    (
        "My last pair finally gave up after a winter on the allotment. Same "
        "again in a 7?",
        0.3,
        False,
    ),
    (
        "My dad fell off a ladder and needs wide trainers for his swollen feet.",
        0.3,
        False,
    ),
    (
        "The replacement insoles came this morning. That's the missing bit "
        "sorted, thanks.",
        0.3,
        False,
    ),
    ("Been buying from you for years and never had a single problem.", 0.3, False),
    # batches 154-157
    ("I waited in all day and nobody came.", 0.3, True),
    ("Nine days and counting for my parcel.", 0.3, True),
    (
        "Went into town for my click and collect and they said it weren't there.",
        0.3,
        True,
    ),
    ("My new boots came with the stitching undone at the toe.", 0.3, True),
    ("You sent me one left boot and another left boot.", 0.3, True),
    ("Every order arrives a week after the date you give me.", 0.3, True),
    ("The repair took longer than the original delivery.", 0.3, True),
    ("I've explained this three times now.", 0.3, True),
    ("I was charged twice, can you check?", 0.3, True),
    ("Tracking says delivered but it's not on the doorstep.", 0.3, True),
    (
        "I ordered boots from you and some elsewhere, yours are still missing.",
        0.3,
        True,
    ),
    ("I'm at work all day so nobody's in, can you deliver to my office?", 0.3, False),
    (
        "The order went through in the end. Can you double check I've not been "
        "charged twice?",
        0.3,
        False,
    ),
    (
        "Two pairs came in the wrong size but the shop swapped them on the spot.",
        0.3,
        False,
    ),
    (
        "Got charged twice, but the second one dropped off by itself this morning.",
        0.3,
        False,
    ),
    ("Couldn't log in for a day, reset my password and now I'm in.", 0.3, False),
    (
        "Tracking was stuck for days, now it says delivered and it's on the doorstep.",
        0.3,
        False,
    ),
    (
        "My sister ordered sandals elsewhere and they fell apart, so I'm buying yours.",
        0.3,
        False,
    ),
    ("The sole of my old work shoe peeled off, what would you recommend?", 0.3, False),
    (
        "The shop refunded me at the till, so nobody processes the return twice.",
        0.3,
        False,
    ),
    # batches 158-161
    ("You sent my parcel to my neighbour's house and they're away.", 0.3, True),
    ("I've lost all my loyalty points since the update.", 0.3, True),
    ("My points went from 1,200 to 200 overnight.", 0.3, True),
    ("My order went to an address in Hull.", 0.3, True),
    ("Still sitting by the phone waiting for your call.", 0.3, True),
    ("The sole split into two pieces after a week.", 0.3, True),
    ("The heel came off on my first shift.", 0.3, True),
    ("My order was split into two parcels, both arrived today.", 0.3, False),
    ("Came off a night shift and found the boots on the mat, lovely.", 0.3, False),
    ("Need summat sturdy for fell walking, my old ones split.", 0.3, False),
    ("Sorry, my English is bad. Where is the shop in Leeds?", 0.3, False),
    (
        "My strap snapped and you sent a new one. "
        "The replacement strap arrived this morning.",
        0.3,
        False,
    ),
    ("PayPal seems to be down so checkout won't work, I'll try later.", 0.3, False),
    # batches 162-165
    ("The courier left my parcel by the bins.", 0.3, True),
    ("These boots gave me a nasty ankle sprain on day one.", 0.3, True),
    ("My voucher keeps getting rejected at checkout.", 0.3, True),
    ("The replacement arrived and it's the wrong size again.", 0.3, True),
    ("Wrong size first time but the exchange arrived this morning.", 0.3, False),
    (
        "The code wouldn't go in online but the shop put it through on the "
        "till, so we're square.",
        0.3,
        False,
    ),
    ("Tracking was stuck for two days and now it says out for delivery.", 0.3, False),
    ("Yesterday the app cannot open, today is ok already.", 0.3, False),
    (
        "My bank has frozen my card by mistake so the payment didn't go "
        "through. Can you hold the order?",
        0.3,
        False,
    ),
    ("The text never came but the shop had my order waiting.", 0.3, False),
    ("My son hasn't shut up about his new trainers.", 0.3, False),
    ("Say I order today and they don't fit, can I return them in store?", 0.7, False),
    # batch 149's one cheerful reply (final blind run)
    ("Someone's used trainers came in my box instead of my order.", 0.3, True),
    ("Can I send someone's returned trainers back for them?", 0.3, False),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND39_CASES)
def test_round39_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


# Round 40 (batches 148, 149 and 168 to 171 read): each new phrase with near cases on
# both sides, as (text, learned P(complaint), complaint).
ROUND40_CASES: list[tuple[str, float, bool]] = [
    # upset words aimed at the weather, the ground or the customer's own skill
    (
        "My wellies took the worst of it when the pipe burst. Can they be cleaned?",
        0.3,
        False,
    ),
    ("The field is a horrible bog all winter. Which boots grip best?", 0.3, False),
    ("Filthy mud at work all week. How do I clean suede safely?", 0.6, False),
    ("Hopeless at choosing sizes, me. Do you have a size chart?", 0.3, False),
    ("Your delivery was the worst of it all, three weeks late.", 0.3, True),
    ("Your service is horrible and my boots are still missing.", 0.3, True),
    # "idiot-proof" names no one
    ("Is the lacing system idiot-proof? I'm all thumbs.", 0.3, False),
    ("Your staff are idiots, the parcel is lost again.", 0.3, True),
    # a problem put right
    (
        "Said delivered, wasn't there. Turns out my neighbour had taken it in.",
        0.3,
        False,
    ),
    (
        "I was charged twice but the other payment has dropped off now. Thanks.",
        0.3,
        False,
    ),
    ("Sorted now, the points were missing but they appeared this morning.", 0.3, False),
    (
        "The Leeds shop swapped them for me already, so please cancel the label.",
        0.3,
        False,
    ),
    (
        "Declined twice but it went through on 3rd go, bank only shows one.",
        0.3,
        False,
    ),
    ("I was charged twice and the second payment is still on my statement.", 0.3, True),
    ("Not sorted at all, I've been charged twice for one pair.", 0.3, True),
    # cheap goods from elsewhere
    ("Tired of cheap boots letting water in. Are yours really waterproof?", 0.3, False),
    ("Your cheap boots let the water in after a week.", 0.3, True),
    # praise: "nothing to add" is no problem word; a perfect score can be sarcastic
    ("Lovely boots and quick delivery. Nothing to add.", 0.75, False),
    ("Ten out of ten for taking three weeks to send one pair.", 0.75, True),
    # new failures
    ("Four different agents have given me four different delivery dates.", 0.3, True),
    ("My parcel has toured every depot in the country except mine.", 0.3, True),
    ("I drove to the shop only to find my order was never sent there.", 0.3, True),
    ("Thanks for charging me full price when the code was accepted.", 0.3, True),
    ("My collection time came and went without the parcel being ready.", 0.3, True),
    ("My loyalty points from the last two orders aren't showing.", 0.3, True),
    ("The gift card shows a balance of £0 and I haven't used it.", 0.3, True),
    ("4 wks for a refund, lightning fast.", 0.3, True),
    ("The discount the shop assistant promised me was not applied.", 0.3, True),
    ("How do I check my points are showing on my account?", 0.3, False),
    ("Does the gift card balance show on the receipt?", 0.3, False),
    ("If I drive to the shop, will my order be there?", 0.3, False),
    # batches 172 to 175: the customer's own fall, a pair worn out by its years
    (
        "Slipped on the ice and split the sole of my boot. Any with more grip?",
        0.3,
        False,
    ),
    ("I slipped because these soles have no grip at all.", 0.3, True),
    (
        "My boots finally gave up after five years of hill walking. Same again?",
        0.7,
        False,
    ),
    ("The sole came off after five days.", 0.3, True),
    # settled, and not settled
    ("The resole took a while but they've come back today, thanks.", 0.7, False),
    ("They've come back today with a hole in the toe.", 0.3, True),
    ("The code wasn't working yesterday but it work fine now.", 0.3, False),
    (
        "I thought the parcel got lost but the neighbour had it the whole time.",
        0.3,
        False,
    ),
    ("My parcel got lost. Get lost yourselves.", 0.3, True),
    ("Nine out of ten, the missing point is for the laces.", 0.3, False),
    ("One boot is missing from the box.", 0.3, True),
    (
        "Not asking for anything, the flood was just bad luck. Can they be cleaned?",
        0.3,
        False,
    ),
    ("Twisted my ankle really badly, which flat shoes have good grip?", 0.3, False),
    # new failures, and the vetoed ones that now stand
    ("Arrived just in time for the wedding that was last Saturday.", 0.3, True),
    ("The refund is taking forever.", 0.3, True),
    ("My parcel is having a holiday in a depot in Leeds.", 0.3, True),
    ("The code worked on none of them.", 0.3, True),
    ("I want them redone at your cost.", 0.3, True),
    ("Paid for express and it came slower than standard delivery.", 0.3, True),
    ("Six emails and counting about my refund.", 0.1, True),
    ("Your bot told me to restart the app five times.", 0.1, True),
    ("You sent me a size 12 when I'm a size 7. Please send the right ones.", 0.1, True),
    ("Can you send me the right size if these don't fit?", 0.1, False),
    # praise said other ways; a shop that will not take a tag off is no praise
    ("He hasn't taken them off since Christmas, best present ever.", 0.7, False),
    ("A note of appreciation for your shop staff in Bath.", 0.7, False),
    (
        "The shoes came with the security tag on and the shop won't take it off.",
        0.7,
        True,
    ),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND40_CASES)
def test_round40_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


# Round 41 (batches 178 to 181 read): each new phrase with near cases on both sides,
# as (text, learned P(complaint), complaint).
ROUND41_CASES: list[tuple[str, float, bool]] = [
    # over: shown again, fixed already, all there now; not "is that how it works now?"
    ("I was charged twice, is that how it works now?", 0.3, True),
    ("The app froze at checkout but it works now, thanks.", 0.7, False),
    ("The card said £0 but now it shows the £25, must have been a glitch.", 0.7, False),
    (
        "My points went when the app logged me out, but they showed up again once I "
        "logged in.",
        0.7,
        False,
    ),
    ("My points vanished when the app logged me out and never came back.", 0.7, True),
    ("The lace was missing, but someone already fixed it and posted one.", 0.7, False),
    ("One box was missing but it came this afternoon. We now have both.", 0.7, False),
    ("One box was missing and we still don't have both.", 0.7, True),
    # a pair or a colour other than the one asked for; used goods; a due date missed
    ("I asked for navy, you sent me green.", 0.3, True),
    ("I asked for navy and you sent me navy, perfect.", 0.1, False),
    ("The trainers came one white and one grey.", 0.3, True),
    ("Could I order one white and one grey pair?", 0.3, False),
    ("The sandals we got were used.", 0.3, True),
    ("The boots I got are used for hiking mostly, which laces fit?", 0.3, False),
    ("The boots for my son (SS-12345) were due last Friday.", 0.3, True),
    ("My refund is taking longer than the repair did.", 0.3, True),
    ("Does a resole usually take longer than a week?", 0.3, False),
    # the customer's own feet, and what they accept they cannot do
    ("My feet are a nightmare, really wide. Which boots come in an E fit?", 0.7, False),
    (
        "I wore them to a party so I understand I can't return them. Any in blue?",
        0.5,
        False,
    ),
    ("I can't return them, the returns page keeps crashing.", 0.5, True),
    # buying the same again after a mishap of their own, not a pair forced on them
    (
        "My dog chewed the heel off my loafers. I want the same pair again in a 9.",
        0.5,
        False,
    ),
    ("The heel came off after a week and I had to buy another pair.", 0.5, True),
    ("The sole split on day one and there's no time to get another pair.", 0.5, True),
    # "cracking" praise of the service, not of a job done (sarcasm as often)
    ("Cracking service, arrived the next morning.", 0.75, False),
    ("Cracking job, the box came in pieces.", 0.75, True),
    # step 2 (batches 182 to 185): the same fault again, scare-quoted claims, a month
    # late, a collection that does not exist; working today, buffed out, no issue now
    ("The new pair has exactly the same split as the first.", 0.3, True),
    (
        "Had the same problem with my old boots from elsewhere. Are yours wider?",
        0.3,
        False,
    ),
    ("Cheers for the 'waterproof' boots, my socks are soaked.", 0.1, True),
    ("Are the waterproof boots lined?", 0.1, False),
    ("Ordered them in March, they arrived in June.", 0.3, True),
    ("Ordered them in March, they arrived in March as promised.", 0.3, False),
    ("Went to collect a click and collect that apparently doesn't exist.", 0.3, True),
    ("The site was down last night. Today it is working and I've ordered.", 0.7, False),
    ("The site was down last night and today it still won't load.", 0.7, True),
    ("The parcel was a day late. No issue now.", 0.7, False),
    ("There was a scuff but it buffed out with polish.", 0.7, False),
    ("Washed them as the label says and they came out two sizes smaller.", 0.7, True),
    ("Three pairs we've had to send back now.", 0.3, True),
    (
        "The code was rejected on Friday, presumably a glitch. Tried again and it "
        "applied fine.",
        0.7,
        False,
    ),
    ("Couriers get lost on our lane. This one found us, all fine.", 0.7, False),
    ("Get lost, you useless lot.", 0.3, True),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND41_CASES)
def test_round41_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


@pytest.mark.parametrize(
    ("text", "abusive"),
    [
        # an insult by comparison (round 41: batch 176's one cheerful reply, read)
        ("Honestly, pickpockets are more honest than you lot.", True),
        ("Your staff were more honest than I expected about the fit.", False),
    ],
)
def test_round41_insult_by_comparison(
    detector: FrustrationDetector, text: str, abusive: bool
) -> None:
    assert (detector.detect(text, learned=0.3).level == "abusive") is abusive


# Requests for a person, read round by round since round 36: whether each message
# asks for one.
HUMAN_REQUEST_CASES: list[tuple[str, bool]] = [
    # round 36 (batch 111): a person described, not asked for
    ("I asked on your chat yesterday and the person was very patient.", False),
    ("Could I speak to the person who packed my order?", True),
    ("Can I chat to a person please?", True),
    # round 37 (batch 106): a manager asked to ring
    ("Could a manager give me a ring about my order, please?", True),
    ("Could someone give me a call back today?", True),
    ("The manager gave me a ring yesterday and it's all sorted.", False),
    # round 37 (batch 127): a member of staff bought for, not asked for
    ("If I order boots for a member of staff, can they return them?", False),
    ("Can I speak to a member of staff?", True),
    ("I'd like a member of the team to call me.", True),
    # round 38 (batch 142): someone real asked to ring
    ("I've got ten minutes, can someone real ring me?", True),
    # round 39 (batch 146): shoes put on someone, not someone asked for
    ("Which boots are easiest to get on someone who's seated?", False),
    ("Can I get someone on the phone about my order?", True),
    # round 39 (batches 158 and 160): put through to someone named, or anyone
    ("Could you put me through to Sophie, or any human will do?", True),
    ("Can you put me through to a manager?", True),
    ("The operator put me through to the shop and it's sorted.", False),
]


@pytest.mark.parametrize(("text", "asks"), HUMAN_REQUEST_CASES)
def test_human_request_cases(
    detector: FrustrationDetector, text: str, asks: bool
) -> None:
    assert detector.detect(text, learned=0.3).human_request is asks


# Abuse, read round by round since round 36: whether each message is abusive.
ABUSIVE_CASES: list[tuple[str, bool]] = [
    # round 36 (batch 115): thieves who are not us
    ("The thieves took everyone's wellies from the shed.", False),
    ("You lot are thieves.", True),
    ("thieves, the lot of you", True),
    # round 37 (batch 107): "get lost" told of a thing that may go missing
    ("Please, if the gift card get lost, can you block it?", False),
    ("When parcels get lost, who pays?", False),
    ("Get lost, the lot of you.", True),
    # round 37 (batch 124): brains compared
    ("My dog has more brains than your delivery team.", True),
    ("My dog has more brains than me, he found the parcel.", False),
    # round 38 (batch 135): a clown by trade, not a name called
    ("Quick one from a working clown: can I order a size 16?", False),
    ("Asking for a clown with very big feet, any sale soon?", False),
    ("Thank you from one very happy clown!", False),
    ("You clowns lost my parcel.", True),
    ("Run by a bunch of clowns.", True),
    ("You're a total clown.", True),
    # round 38 (batch 140): a pet's fond name, the customer's own, advice told
    ("My puppy chewed the heel off (little sod). Can you resole it?", False),
    ("Proper muppet, me - typed the wrong postcode. Can I change it?", False),
    ("My mate says I'd be an idiot to buy suede. Is yours treated?", False),
    ("Your staff are idiots.", True),
    # round 39: a word set aside for thieves and "shut up about" only
    ("What if the courier leaves it outside and somebody thief it?", False),
    ("My son hasn't shut up about his new trainers.", False),
    ("Just shut up and refund me.", True),
]


@pytest.mark.parametrize(("text", "abusive"), ABUSIVE_CASES)
def test_abusive_cases(detector: FrustrationDetector, text: str, abusive: bool) -> None:
    assert (detector.detect(text, learned=0.3).level == "abusive") is abusive


ROUND42_CASES: list[tuple[str, float, bool]] = [
    # a threat to take the business elsewhere names no other firm, even after a
    # question (batch 189); another firm's failure told beside it still does
    (
        "Is this how you treat a loyal customer? Refund me this week or I take my "
        "business elsewhere.",
        0.3,
        True,
    ),
    (
        "Ten years a customer and this is the thanks? Sort it or I'll take my custom "
        "elsewhere.",
        0.3,
        True,
    ),
    (
        "My boots (not from you!) leaked from day two. Never again. Which of yours "
        "are waterproof?",
        0.3,
        False,
    ),
    (
        "The other shop lost my parcel so I'm taking my business elsewhere. Do you "
        "deliver to Leeds?",
        0.3,
        False,
    ),
    # praise in words of its own (batches 188 to 190), and near cases that stay
    ("Delivered a day early up a mud track. Give him a pay rise.", 0.7, False),
    ("Someone give him a medal, he threw my parcel over the gate.", 0.7, True),
    (
        "Arrived next morning and fits perfectly. Can't ask for more than that.",
        0.3,
        False,
    ),
    ("I can't ask for a refund in the app, the button is greyed out.", 0.3, True),
    ("First time I've ordered shoes online and got it right first go.", 0.3, False),
    ("I ordered a size 6 and got a size 9.", 0.3, True),
    ("The size guide is heaps good, thanks team.", 0.7, False),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND42_CASES)
def test_round42_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


def test_without_threats_blanks_overlapping_phrases() -> None:
    lowered = "refund me or i take my business elsewhere."
    outside = without_threats(lowered)
    assert "elsewhere" not in outside and "business" not in outside
    assert outside.startswith("refund me or i ") and len(outside) == len(lowered)


ROUND43_CASES: list[tuple[str, float, bool]] = [
    # thanks for what was sent in place of the order is a complaint however calm the
    # learned model (batch 196); the customer's own slip and sincere thanks are not
    ("Cheers for the size 9 when I ordered a size 7. Flippers, then.", 0.1, True),
    ("You sent the black pair when I ordered brown.", 0.3, True),
    ("Ordered a 5 when I'm clearly a 6, my fault. How do I return them?", 0.1, False),
    ("Thanks for the quick reply, when I ordered last week I wasn't sure.", 0.3, False),
    # an order meant for a day gone that came after it (batch 197); one that was there
    (
        "My order was meant for my wedding last Saturday. It arrived this morning.",
        0.3,
        True,
    ),
    (
        "The boots were meant for my wedding last Saturday and they were perfect.",
        0.1,
        False,
    ),
    # taking the money up the road is a threat (batch 194); a shop up the road is not
    (
        "Ten year a customer, but after this I'll be takin' my money up the road.",
        0.3,
        True,
    ),
    ("Is there a shop of yours up the road from the station?", 0.3, False),
    # not missing a job is no missing item (batch 194); a missing lace hook is
    (
        "Guarantee claim was so easy, boots replaced inside a week. Back up a tree "
        "without missing a job.",
        0.3,
        False,
    ),
    ("The boots arrived with a lace hook missing. Sort it please.", 0.5, True),
    # a sole that finally split after years is wear (batch 195), a new one is not
    (
        "I've worn my mum's old boots ever since she passed. The sole finally split "
        "last week. Could your repair team have a look?",
        0.5,
        False,
    ),
    ("The sole split the first week I wore them.", 0.5, True),
    # the customer's own typing, three words before "wrong" (batch 195)
    (
        "I typed my own email address wrong at checkout so the confirmation never "
        "reached me. Can you resend it?",
        0.4,
        False,
    ),
    ("Your confirmation email never reached me and the parcel hasn't come.", 0.4, True),
    # the customer's own slip and their "brain" (batch 196); what happened to the order
    (
        "Ordered a 5 when I'm clearly a 6, no idea what happened to my brain. How do I "
        "start a return?",
        0.3,
        False,
    ),
    ("No idea what happened to my order, it was due Monday.", 0.5, True),
    # a difference that is fine (batch 197); one that is "fine" only for the bin
    (
        "The hat came with a different tag but the size inside is right, so it's fine.",
        0.6,
        False,
    ),
    ("The sole came off, so it's fine for the bin I suppose.", 0.3, True),
    # a long wait in our shop (batch 196); a short one with praise
    (
        "Waited 40 minutes in the Oxford Street shop for my click and collect, then "
        "they said it was at the other branch.",
        0.5,
        True,
    ),
    (
        "Waited 10 minutes in the Leeds shop but the staff were lovely and found my "
        "size.",
        0.1,
        False,
    ),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND43_CASES)
def test_round43_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


@pytest.mark.parametrize(
    ("text", "abusive"),
    [
        # a pet's fond name (batch 194); a name for our courier stays abuse
        (
            "My spaniel chewed the tongue out of my new boot. His doing, the little "
            "sod. Can the repair service stitch it?",
            False,
        ),
        ("Your courier threw my parcel in a puddle, the useless sod.", True),
    ],
)
def test_round43_fond_names_for_a_pet(
    detector: FrustrationDetector, text: str, abusive: bool
) -> None:
    assert (detector.detect(text).level == "abusive") is abusive


# Round 44: rules from batches 198 to 201 (read after their blind run), each with
# near cases on both sides; the texts reworded, not the batches' rows.
ROUND44_CASES: list[tuple[str, float, bool]] = [
    # a past "come" settles a late parcel (batch 198); a promise that it would not
    ("Tracking stuck on 'at depot' for four days but it come today. Ta.", 0.3, False),
    (
        "Tracking stuck on 'at depot' for four days and I was told it would come "
        "today.",
        0.3,
        True,
    ),
    # tracking moving now settles it (batch 199); still stuck does not
    (
        "Tracking was stuck for three days but it's moving now. Can I switch to "
        "click and collect?",
        0.3,
        False,
    ),
    ("Tracking has been stuck for three days and it still isn't moving.", 0.3, True),
    # a pending hold that dropped off (batch 201); a charge taken twice
    (
        "Charged twice for SS-40411, but it was only a pending hold and it's gone. No "
        "need to refund anything.",
        0.3,
        False,
    ),
    ("Charged twice for SS-40411 and nobody will refund me.", 0.3, True),
    # asking whether a lost gift card can be cancelled (batch 198); an order we
    # cancelled without a word
    (
        "The post lost a gift card my aunt sent me. Can it be cancelled and reissued "
        "if she kept the receipt?",
        0.3,
        False,
    ),
    ("You cancelled my order without telling me.", 0.3, True),
    # nothing broken is no failure (batch 201); a broken buckle is
    (
        "Had a fall off my bike, nothing broken but my ankle's sore. Which boots have "
        "the best ankle support?",
        0.3,
        False,
    ),
    ("The buckle on my new sandals is broken already.", 0.3, True),
    # a fastening wanted instead of laces (batch 199); buckles sent instead of laces
    (
        "My grandad needs shoes with velcro instead of laces now. Anything in a 9?",
        0.3,
        False,
    ),
    ("You sent the pair with buckles instead of the laced ones I ordered.", 0.3, True),
    # hours on one's feet (batch 198); hours on hold
    ("Need trainers I can stand in for 10+ hours at the bakery.", 0.3, False),
    ("I've been on hold for 2+ hours now.", 0.3, True),
    # praise: "never get that with online shopping" (batch 200); never got the parcel
    (
        "Fit perfectly first time, I never get that with online shopping. Well done.",
        0.3,
        False,
    ),
    ("I never got the parcel and nobody is answering.", 0.3, True),
    # a numbered "say the boots crack" (batch 198); boots that cracked
    (
        "1. Say the boots crack in the first year\n2. Is that covered\n3. Or only the "
        "stitching?",
        0.3,
        False,
    ),
    ("1. The boots cracked in the first month\n2. I want them replaced", 0.3, True),
    # the customer's own doing, known not to be covered (batch 199)
    (
        "I shrank my suede boots in the tumble dryer, I know that's not covered, but "
        "could the repair service look?",
        0.3,
        False,
    ),
    ("My suede boots shrank the first time it rained, is that covered?", 0.3, True),
    # worn out and buying the same again (batches 199 and 200, 194)
    (
        "My work shoes finally split across the sole after five years. Is that style "
        "still available?",
        0.3,
        False,
    ),
    (
        "Dropped a crate on my boots and the toe cap dented, rule is replace. Same "
        "model again please, size 10.",
        0.3,
        False,
    ),
    ("My new boots split across the sole in a week. I want a refund.", 0.3, True),
    # taking my money to another shop is a threat (batch 201); money to a charity
    # shop is not a threat at all
    (
        "Twelve years a customer. Carry on like this and I'm taking my money to the "
        "shop in town.",
        0.3,
        True,
    ),
    ("Can I take my old boots to the shop in town for a resole?", 0.3, False),
    # twice back empty-handed (batch 199); a dated wait (batch 200)
    (
        "Twice I've gone in for my click and collect and twice they've come back "
        "empty-handed.",
        0.3,
        True,
    ),
    (
        "Sent the boots back on the 2nd. It's now the 27th. Where's my refund?",
        0.3,
        True,
    ),
    (
        "Sent the boots back on the 2nd, could you tell me when you'll get them?",
        0.3,
        False,
    ),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND44_CASES)
def test_round44_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


# Round 45 (batches 204 to 207 and 210 to 213, read after their blind runs, and batch
# 218's one cheerful row): each rule with a near case on the other side.
ROUND45_CASES: list[tuple[str, float, bool]] = [
    # a strap that gave way (batch 207, its one cheerful reply); traffic that gave way
    ("The strap on my bag gave way the second time I used it.", 0.3, True),
    (
        "A lorry gave way to me at the roundabout so I made it before closing. Do you "
        "do resoles?",
        0.3,
        False,
    ),
    # a pair that only lasted a month (batch 204); one wanted to last
    ("The trainers only lasted a month.", 0.3, True),
    ("Which of your boots will last a month of hiking?", 0.3, False),
    # days for next-day delivery (batch 207); a question about it
    ("Six days for next-day delivery. Great stuff.", 0.3, True),
    ("How many days for next-day delivery to the Highlands?", 0.3, False),
    # a click and collect never packed (batch 204); one asked about
    ("Queued in your shop for a click and collect that was never packed.", 0.3, True),
    ("Can you tell me when my click and collect will be ready?", 0.3, False),
    # thanks for leaving a parcel in the bin (batch 206); asking for the bin store
    ("Thanks to your driver for leaving my parcel in the recycling bin.", 0.3, True),
    ("Please leave the parcel in the bin store if I'm out.", 0.3, False),
    # a return refused though the website allows it (batch 206); a question about it
    (
        "The branch wouldn't accept my return when your website says they should.",
        0.3,
        True,
    ),
    ("Will the branch take my online return if I bring the receipt?", 0.3, False),
    # paid for one thing, got another (batch 206); a free gift with it
    ("Paid for sandals, got a belt.", 0.3, True),
    ("Paid for boots and got a free bag with them, lovely.", 0.3, False),
    # word of mouth as an ultimatum (batch 207); as praise
    (
        "Love your boots, but if my refund isn't sorted by Friday I'm telling everyone "
        "in my running club.",
        0.3,
        True,
    ),
    ("Love your boots, I'm telling everyone in my running club!", 0.3, False),
    # the customer's own doing: too close to the fire (batch 206); no fire near it
    (
        "I left my boots too close to the fire and the leather cracked. Can you "
        "recommend a conditioner?",
        0.3,
        False,
    ),
    ("The leather cracked in the first week and I never went near a fire.", 0.3, True),
    # shoes never worn, a returns window asked about (batch 207); shoes never received
    (
        "The shoes I bought for the party never got worn. Can I still return them "
        "since it's been three weeks?",
        0.3,
        False,
    ),
    ("I never got the shoes for the party and it's been three weeks.", 0.3, True),
    # hating shopping in a question (batch 206); hating our website in a complaint
    (
        "I hate shopping in town so is there a store locator that shows opening times",
        0.7,
        False,
    ),
    ("I hate how your app keeps crashing at checkout.", 0.3, True),
    # a strap that gave way, riveted back on by the shop (a dev row); one still off
    (
        "My bag strap gave way in town and the Leeds shop had the strap riveted back "
        "on in an hour. Thank you!",
        0.3,
        False,
    ),
    (
        "My bag strap gave way in town and nobody in the Leeds shop would look.",
        0.3,
        True,
    ),
    # batches 210 to 213: tracking updating now (settled); still not updating
    ("Tracking wasn't working for three days, it's updating now. Ta.", 0.3, False),
    ("Tracking hasn't updated for three days and it's still not working.", 0.3, True),
    # the right ones on their way; the wrong ones sent again
    (
        "The wrong size came but the right ones are on their way, do I need to send "
        "anything back?",
        0.3,
        False,
    ),
    ("The wrong size came and you sent the wrong size again.", 0.3, True),
    # a "missing" insole that had slid under the paper; one still missing
    (
        "The 'missing' insole turned up, it had slid under the tissue paper.",
        0.3,
        False,
    ),
    ("One insole is missing from the box and I've checked under the paper.", 0.3, True),
    # a strap that gave up after years of use; one that gave up in a week
    (
        "My bag strap finally gave up on the bus after about nine years. Any new bags?",
        0.3,
        False,
    ),
    ("My new bag strap snapped in the first week.", 0.3, True),
    # the customer soaked by the rain, cared for in the shop; boots soaked through
    (
        "Came into the Perth shop soaked from the rain and they gave me a brew. Lovely "
        "staff.",
        0.3,
        False,
    ),
    ("My waterproof boots soaked through in the first shower.", 0.3, True),
    # a gift card worth nothing at the till; one asked about
    ("The till says my £30 gift card is worth £0.", 0.3, True),
    ("How much is the gift card worth if I top it up online?", 0.3, False),
    # black boots sent in brown; black boots wanted in brown
    ("Thanks for sending my black boots in brown.", 0.3, True),
    ("Do you do the black boots in brown as well?", 0.3, False),
    # a long hold; a question about hold times
    ("A 40 minute hold and then the line went dead.", 0.3, True),
    ("Is there usually a long hold on the phone line on Mondays?", 0.3, False),
    # marked delivered while the customer was home; marked delivered and found
    (
        "Courier marked my parcel delivered at noon. I was in all day. Where is it?",
        0.3,
        True,
    ),
    ("Tracking marked it delivered and I found it in the porch, ta.", 0.3, False),
    # boots that let in water; wellies that keep it out
    ("These boots let in water the first time I wore them.", 0.3, True),
    ("Which wellies won't let any water in at all?", 0.3, False),
    # an ultimatum with "unless it's sorted today"; a fault that is sorted today
    (
        "One-star reviews everywhere unless it's sorted today.",
        0.3,
        True,
    ),
    ("The app was playing up yesterday but it's sorted today.", 0.3, False),
    # delivery charged on a collected order; delivery asked about
    ("I was charged for delivery on an order I collected in store.", 0.3, True),
    ("Is there a charge for delivery if I can't get to the shop?", 0.3, False),
    # still "preparing" after days; asked what "preparing" means
    ("Ordered a week ago and it still shows as 'preparing'.", 0.3, True),
    ("My order says 'preparing', what does that mean?", 0.3, False),
    # standing in the shop for 40 minutes, "loved" (batch 218's one cheerful reply);
    # standing in the shop for a fitting that took 40 minutes, asked about
    (
        "Loved standing in the Leeds shop for 40 mins while staff chatted. Made my "
        "day.",
        0.3,
        True,
    ),
    ("How long is the wait for a fitting in the Leeds shop on a Saturday?", 0.3, False),
    # a loyal customer's thanks (batch 207); a loyal customer's first failure
    (
        "I've bought every pair of boots from you since 2010. That kind of thing "
        "sticks with people.",
        0.7,
        False,
    ),
    (
        "I've bought every pair of boots from you since 2010 and this pair fell apart "
        "in a week.",
        0.3,
        True,
    ),
]


# Round 45 (batches 204, 206 and 207): insults a handoff answers as abuse; the
# customer calling themselves dim is none.
ROUND45_INSULTS: list[tuple[str, bool]] = [
    ("Absolute drongos, the lot of you.", True),
    ("My dog is more organised than your warehouse.", True),
    ("You lot are dumber than a bag of spanners.", True),
    ("How thick are you lot? Third time I've given my postcode.", True),
    ("I feel dumber than a box of rocks, I ordered the wrong size. Can I swap?", False),
]


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND45_CASES)
def test_round45_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


# Round 46 (batches 216 to 219 and 222 to 225): each rule with a near case on the
# other side. A low learned score (0.1) where the rule must outlast the veto.
ROUND46_CASES: list[tuple[str, float, bool]] = [
    # due before a day that came without it (batch 216); due before one still ahead
    (
        "The boots were meant to be here for my induction. Induction was yesterday.",
        0.1,
        True,
    ),
    (
        "The boots are meant to be here for my induction next Monday. Will they make "
        "it?",
        0.3,
        False,
    ),
    # thanks for one shoe of a pair (batch 216); asking to buy one shoe
    ("Thanks ever so much for sending just one boot.", 0.1, True),
    (
        "Do you sell a single left shoe? My son has a cast on his right foot.",
        0.3,
        False,
    ),
    # express paid, days taken (batches 216 and 225); express that came next day
    ("Paid for next-day delivery and it took six days.", 0.3, True),
    ("If I pay for express delivery, how many days does it take?", 0.3, False),
    # no points after years (batch 218); asking how points build up
    ("Zero points after four years of shopping with you. Brilliant.", 0.3, True),
    ("How many points do I get after a year of shopping with you?", 0.3, False),
    # a return held for weeks (batch 219); one sent this week
    ("You've had my return for six weeks now.", 0.3, True),
    ("You should have my return by Friday, I posted it on Monday.", 0.3, False),
    # a gift card that works nowhere (batch 219); asking where one works
    ("The gift card works neither in store nor online.", 0.3, True),
    ("Does the gift card work in store or online only?", 0.3, False),
    # a return slower than elsewhere (batch 219); a question about return times
    ("My refund has taken far longer than any other shop's.", 0.3, True),
    ("Why does a refund take longer than an exchange?", 0.3, False),
    # a parcel touring the depots (batch 222); a question about depots
    ("My parcel has visited every depot in Wales but mine.", 0.3, True),
    ("Which depot do parcels to Wales go through?", 0.3, False),
    # shop-worn goods collected (batch 222); a scuff of the customer's own
    ("The boots I collected are clearly shop-worn. I'd like an exchange.", 0.3, True),
    (
        "My boots have a scuff on the toe from the dog. Which polish covers it?",
        0.3,
        False,
    ),
    # the difference asked back (batch 223); a price-match question
    ("The code was meant to give 20%. I'd like the difference refunded.", 0.3, True),
    ("If the price drops after I buy, do you refund the difference?", 0.3, False),
    # logged out again and again (batch 224); a question about logging out
    ("The app has logged me out five times this morning.", 0.3, True),
    ("How do I log out of the app on a shared phone?", 0.3, False),
    # a long wait on the phone line (batch 225); asking when it is quiet
    ("Waited 40 minutes on your phone line and nobody answered.", 0.3, True),
    ("What time is your phone line quietest?", 0.3, False),
    # another way in after waiting on hold (batch 218), outlasting a low score; a
    # first try here
    ("On hold for an hour. Thought I'd try here instead.", 0.1, True),
    ("Couldn't find a phone number so thought I'd try here instead.", 0.1, False),
    # a refund that will come in retirement (batch 217); retirement shoes asked about
    ("I'll probably get my refund when I'm retired.", 0.3, True),
    (
        "What shoes would suit me when I'm retired and walking the dog daily?",
        0.3,
        False,
    ),
    # "gonna do about it" after a failure (batch 219), outlasting a low score
    (
        "Your driver threw my parcel over the gate. What are you gonna do about it?",
        0.1,
        True,
    ),
    # a day gone told without "on" (batch 225); a day still ahead
    (
        "Her party was Saturday. The dress shoes arrived this morning.",
        0.3,
        True,
    ),
    (
        "Her party is Saturday. The dress shoes arrived this morning, perfect.",
        0.7,
        False,
    ),
    # it worked the third time (batch 217); it failed the third time
    (
        "Card was declined twice but the third time it went through. All fine.",
        0.7,
        False,
    ),
    (
        "Card was declined twice but the third time it went through and charged me "
        "twice.",
        0.3,
        True,
    ),
    # bad with sizes (batch 217); a bad pair
    ("I'm rubbish with sizes. Is a 42 a UK 8?", 0.7, False),
    # a fix confirmed (batches 223 and 219); a fix that did not hold
    (
        "The balance showed £0 but the glitch had been fixed and it shows correctly "
        "now.",
        0.7,
        False,
    ),
    ("The app glitch was meant to be fixed but it still shows £0.", 0.3, True),
    (
        "My balance said £0, but it was just the app not refreshing. Fine now.",
        0.7,
        False,
    ),
    ("Fine by me, I'll collect on Friday instead.", 0.7, False),
    # heels that sank into a lawn (batch 225); heels that snapped on a pavement
    (
        "My heels sank into the lawn at the wedding and one snapped. Any block heels?",
        0.7,
        False,
    ),
    ("One heel snapped on the pavement the first time I wore them.", 0.3, True),
    # a pulled calf, the physio's advice (batch 219)
    (
        "Pulled my hamstring and my physio says I need more cushioning. Gutted. Any "
        "ideas?",
        0.7,
        False,
    ),
    # another firm's voucher (batch 219); ours
    (
        "Balance said £0 but it was just the app not refreshing. Less drama than when "
        "my ASOS voucher vanished.",
        0.7,
        False,
    ),
    ("My voucher from you vanished from my account overnight.", 0.3, True),
    # a courier's news of another parcel; another of our orders late too
    (
        "Evri told me my other parcel's delayed. Are your couriers still running?",
        0.3,
        False,
    ),
    ("My other order is delayed too, where is it?", 0.3, True),
    # another firm's hold (batch 225); a hold of ours
    (
        "PayPal has put the payment 'on hold' for review. Will my order cancel?",
        0.3,
        False,
    ),
    ("I've been on hold for an hour and nobody has answered.", 0.3, True),
    # a day gone told to an arrival after it (heldout69, which the first form of the
    # rule above read as settled) and "third time lucky" hoped for (heldout150 and 190)
    (
        "My order was meant to arrive before the trip. The trip was Monday. The boots "
        "came this morning.",
        0.3,
        True,
    ),
    ("Sent the wrong size twice now. Third time lucky, eh?", 0.3, True),
    # step 2 (batches 228 to 231): a card at £0 never spent; one spent
    (
        "The gift card shows £0 at the till and she hasn't spent a penny of it.",
        0.3,
        True,
    ),
    ("My gift card shows £0 now I've spent it all. Can I top it up?", 0.3, False),
    # points at zero after orders; a new account's zero
    ("Three orders since May and my points balance reads 0.", 0.3, True),
    ("New account, so my points balance reads 0. How do I earn some?", 0.3, False),
    # delivered to another street; a question about a neighbour's street
    ("Your courier delivered my boots to a house on a different street.", 0.3, True),
    (
        "Can you deliver to a house on a different street from my billing one?",
        0.3,
        False,
    ),
    # non-slip shoes slipped in; slipping in the customer's old ones
    (
        "Bought your non-slip shoes for work and I've slipped twice this week.",
        0.3,
        True,
    ),
    ("I slipped twice this week in my old trainers. Are yours non-slip?", 0.3, False),
    # a parcel left in a puddle; a question about where to leave it
    ("Found my parcel sitting in a puddle by the gate.", 0.3, True),
    ("Please don't leave the parcel by the gate, there's a puddle.", 0.3, False),
    # weeks and counting; weeks counted in a calm question
    ("Refund: five weeks and counting.", 0.3, True),
    ("Counting the days until my holiday. How long is delivery?", 0.3, False),
    # patient for weeks; patient with the customer's own fitting
    ("I've been patient with you for four weeks. Where are my shoes?", 0.3, True),
    # a pair of two sizes; a pair of one size
    ("Left one's a 6, right one's a 7. Very creative.", 0.3, True),
    (
        "Left one's a 6 and right one's a 6, they just feel different. Normal?",
        0.3,
        False,
    ),
    # a slow refund; a quick one
    ("Funny how slowly the refund finds its way back.", 0.3, True),
    # a rhetorical jab at a failure outlasting a low score; a sincere "just a guide"
    ("Is the size on the box just a suggestion? Ordered 8s, got 10s.", 0.1, True),
    ("Is the size chart just a rough guide? My feet are odd.", 0.1, False),
    # an interview tomorrow, told after a delay, outlasting a low score
    (
        "My order is 9 days late and I needed the shoes for an interview tomorrow.",
        0.1,
        True,
    ),
    # settled: a partial refund accepted, an arrival with everything in it, an email
    # withdrawn, tracking moving; not when unhappy with it
    (
        "The boot had a mark on it, your team took a tenner off. Happy with that, "
        "thanks.",
        0.7,
        False,
    ),
    (
        "The boot had a mark on it and you took a tenner off. Not happy with that.",
        0.3,
        True,
    ),
    (
        "It was stuck in customs but it arrive finally today. Everything is inside.",
        0.7,
        False,
    ),
    ("You can forget my first email, I found the receipt.", 0.7, False),
    (
        "Tracking was stuck for 3 days but now it has moved and says out for delivery.",
        0.7,
        False,
    ),
    # a hypothetical about an order number
    ("If SS-10442 hasn't turned up by Friday, what happens next?", 0.7, False),
    # step 3 (batches 234 to 237): stitching gone in the same spot; a question
    ("Second pair and the stitching's gone in the same spot again.", 0.3, True),
    ("Has the stitching on the new boots changed from the old ones?", 0.3, False),
    # missed delivery slots; booking a slot
    ("That's three missed delivery slots for one order.", 0.3, True),
    ("Can I book a delivery slot for Saturday morning?", 0.3, False),
    # postage for a mistake; postage for a change of mind
    ("Now I'm asked to pay return postage for a colour I didn't order.", 0.3, True),
    ("Do I pay return postage if I've just changed my mind?", 0.3, False),
    # a parcel lobbed over the gate; asking for it to go over the gate
    ("The driver lobbed my parcel over the back gate.", 0.3, True),
    ("Could the driver leave it over the back gate if I'm out?", 0.3, False),
    # an order cancelled the day before the wedding; cancelling one's own
    ("You cancelled my order the day before my wedding.", 0.3, True),
    ("Can I cancel my order? The wedding's been moved.", 0.3, False),
    # a parcel sent to the wrong island; a question about sending to an island
    ("Thanks for getting my parcel to Skye. Shame I live on Mull.", 0.3, True),
    ("Do you deliver to Skye, and how long does it take?", 0.3, False),
    # one size of each; a pair of one size
    ("Lovely, you sent me one size 5 and one size 6.", 0.3, True),
    (
        "You sent me one size 5 and the other size 5, all good, just checking.",
        0.7,
        False,
    ),
    # settled: a pending charge gone; an order received after a failed attempt
    (
        "I was charged twice, but the second one's dropped off now, must've been a "
        "pending thing.",
        0.7,
        False,
    ),
    (
        "Courier marked it failed delivery, came back later, anyway parcel received.",
        0.7,
        False,
    ),
    (
        "Courier marked it failed delivery but I was in all day. Still no parcel.",
        0.3,
        True,
    ),
    # the customer's own hard time finding shoes; praise of lasting boots
    ("Awful time finding shoes for wide feet. Any new wide styles?", 0.3, False),
    ("Customer for years and your boots still outlast everything else.", 0.7, False),
    ("My boots didn't outlast the winter, the sole split.", 0.3, True),
    # the final blind run's two cheerful replies (batches 241 and 245, read alone):
    # boots ordered, sandals sent; a repair outlasted by old things; and near cases
    (
        "Very nice. I order boots for work, you send me sandals with flowers. Thank "
        "you so much.",
        0.3,
        True,
    ),
    ("I order boots for work; can you send me the laces too?", 0.3, False),
    (
        "Fascinating. My grandad's old tools held together better than the resole you "
        "did.",
        0.3,
        True,
    ),
    ("Your boots held up better than the ones from my old shop. Thanks!", 0.7, False),
    # the review's near cases: not quite happy, a sole that dropped off, goods no
    # longer needed after a failure, non-slip shoes wanted, a delivery asked for
    (
        "The boot had a mark on it and you took a tenner off. Not very happy with "
        "that.",
        0.3,
        True,
    ),
    ("The sole came off and the heel has dropped off already.", 0.3, True),
    (
        "My order never came. I don't need the boots anymore, the wedding was "
        "yesterday.",
        0.3,
        True,
    ),
    ("I need non-slip shoes because I slipped on the kitchen floor.", 0.3, False),
    ("Can it be delivered to the house on the next street, my mum's?", 0.3, False),
    # "my bad" (batch 219): the customer's own
    ("Found the missing sock in the box lid, my bad.", 0.7, False),
]


# Round 46 (batches 223 and 224): an insult to the service; "damn" as an intensifier
# is none.
ROUND46_INSULTS: list[tuple[str, bool]] = [
    ("The thickest customer service I've ever dealt with.", True),
    ("The resole job damn good, thank you!", False),
    ("My old work boots damn ugly, need new ones. Size 9?", False),
    ("You damn well know my order is three weeks late.", True),
    # an insult-proof guide, hyphenated (batch 234); an insult beside it
    ("I'm useless at measuring feet, is there a guide that's idiot-proof?", False),
    ("Your staff are idiots. Is there a guide that's idiot-proof?", True),
]


# Round 47 (batches 253 and 257): Irish and Scots insults; the customer's own name for
# themselves is none.
ROUND47_INSULTS: list[tuple[str, bool]] = [
    ("Shower of eejits, the lot of you.", True),
    ("I'm an eejit, I ordered the wrong size. Can I swap?", False),
    ("My bank blocked the payment, eejits. Can I try the order again?", False),
    ("Fit a bunch o numpties.", True),
    (
        "Me husband binned the box and the receipt, the numpty. Can I still exchange?",
        False,
    ),
    ("Proper numpty, me: typed the wrong postcode.", False),
    ("Whoever runs your warehouse, they're a proper numpty.", True),
    ("What a shower of useless numpties.", True),
    ("Ye couldn't run a bath, the lot of ye.", True),
]


@pytest.mark.parametrize(
    ("text", "abusive"), ROUND45_INSULTS + ROUND46_INSULTS + ROUND47_INSULTS
)
def test_recent_rounds_insults(
    detector: FrustrationDetector, text: str, abusive: bool
) -> None:
    """Rounds 45 to 47's insults, each beside a near case that is none."""
    assert (detector.detect(text, learned=0.3).level == "abusive") is abusive


@pytest.mark.parametrize(("text", "learned", "complaint"), ROUND46_CASES)
def test_round46_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


ROUND47_CASES: list[tuple[str, float, bool]] = [
    # a payment that passed the next day (batch 241); one that still fails
    (
        "Card was refused twice yesterday but today it passed without problem. Is not "
        "need to answer.",
        0.7,
        False,
    ),
    ("Card refused three times today, I still cannot pay for my order.", 0.3, True),
    # everything resolved (batch 241); not everything
    (
        "Wrong colour came, the shop changed it. Everything is resolved, thank you.",
        0.7,
        False,
    ),
    (
        "Not everything is resolved, the refund for the wrong colour is still missing.",
        0.3,
        True,
    ),
    # swapped the same day (batches 241 and 242); refused a swap
    ("One size came wrong but the Leeds shop swapped it same day.", 0.7, False),
    ("Sent the wrong size and the Leeds shop refused to swap it.", 0.3, True),
    # sorted before a day (batch 241); asked whether it will be
    (
        "Insole was missing but the shop gave me one. Sorted before the weekend.",
        0.7,
        False,
    ),
    ("Sorted before the weekend? I doubt it, the insole is still missing.", 0.3, True),
    # points that appeared (batch 244); points that have not
    ("Points weren't showing but they've appeared on the account today.", 0.7, False),
    ("Points still haven't appeared on the account after three weeks.", 0.3, True),
    # told so the shop need not chase (batch 244); asked to chase
    (
        "App wouldn't let me log in last night, got on this morning. Just so you don't "
        "chase it.",
        0.7,
        False,
    ),
    ("App won't let me log in, please chase it.", 0.3, True),
    # two emails to ignore (batch 244); two emails ignored
    (
        "The parcel I thought was lost was at the neighbour's. Ignore both emails.",
        0.7,
        False,
    ),
    ("Two emails and both ignored. The parcel is lost.", 0.3, True),
    # parcels lost on the customer's road, asked before ordering (batch 242); ours lost
    (
        "Parcels go missing on my road all the time. Do you use signed-for delivery?",
        0.3,
        False,
    ),
    (
        "The parcel you sent me went missing on my road, the tracking just stops.",
        0.3,
        True,
    ),
    # a leak at the customer's workplace (batch 245); a leak in our boots
    (
        "We had a leak at the gallery and my shoes sat in water overnight. Plain black "
        "ones in an 8, please.",
        0.3,
        False,
    ),
    ("The boots you sold me leak at the seam.", 0.3, True),
    # can't spot a difference (batch 245); can't log in
    (
        "What's the difference between the Elm and the Elm Pro? I can't spot it.",
        0.3,
        False,
    ),
    ("I can't log in to my account since Tuesday.", 0.3, True),
    # impossible to log in (batch 241); asking whether it is possible
    ("Since the update it's impossible to log in at all.", 0.3, True),
    ("Is it possible to log in with my email address?", 0.3, False),
    # points used, full price paid (batch 241); asking whether they are
    ("I used 500 loyalty points on my order but still paid full price.", 0.3, True),
    (
        "If I use my points on an order, do I still pay full price for delivery?",
        0.3,
        False,
    ),
    # another stock apology (batch 244); an email that helped
    ("Oh perfect, another sorry for the inconvenience email.", 0.3, True),
    ("Got another email this morning with the tracking link, thanks.", 0.3, False),
    # on hold and typing here instead (batch 242); typing here because at work
    (
        "On hold 45 minutes, gave up, now typing this instead. Where is SS-33908?",
        0.1,
        True,
    ),
    (
        "On hold 45 minutes, gave up, will ring again later. Where is SS-33908?",
        0.1,
        False,
    ),
    # carry on like this and the custom goes (batch 242); carry on as praise
    ("Carry on like this and the whole lot goes elsewhere.", 0.3, True),
    ("Carry on like this, the new boots are brilliant!", 0.3, False),
    # the customer's old bag (batch 245); our bag broken
    (
        "So annoying, my old bag strap always slips off my shoulder. Your crossbody "
        "bag, can the strap adjust?",
        0.3,
        False,
    ),
    ("So annoying, the strap of the bag I got from you is broken already.", 0.3, True),
    # step 2: a resole done inside a fortnight (batch 246); one still waited for
    (
        "Sole split and you resoled it inside the fortnight. Back at work tomorrow.",
        0.7,
        False,
    ),
    ("Sole split and the resole has been sat there for a month.", 0.3, True),
    # not blaming the shop (batch 246); blaming it
    (
        "My wife put my boots through the washing machine and the lining's come away. "
        "Not blaming you! Is that a paid repair?",
        0.7,
        False,
    ),
    ("The lining's come away after two wears. Is that covered?", 0.3, True),
    # a bad journey, then a question (batch 246); a bad delivery
    ("Awful journey on this bus. Have you got the tan brogues in a 7?", 0.5, False),
    (
        "Awful delivery, the box was crushed. Have you got the tan brogues in a 7?",
        0.5,
        True,
    ),
    # a code that worked once the space was out (batch 247); one that never did
    (
        "The code didn't work first go but I took the space out and it went through.",
        0.7,
        False,
    ),
    ("The code didn't work and it went through at full price twice.", 0.3, True),
    # boots wanted that won't leak (batch 247); boots that do
    (
        "This weather is horrible, I need boots that won't leak. Are yours waterproof?",
        0.5,
        False,
    ),
    ("The boots you sold me leak, I need ones that won't. Can I swap them?", 0.3, True),
    # storing bags so mould won't come (batch 247); mould on the bag sent
    (
        "Monsoon is very bad this year. How to store leather bags so mould won't come?",
        0.5,
        False,
    ),
    ("The bag came with mould on the strap.", 0.3, True),
    # a size ordered and another sent (batch 247); the size asked for and sent
    ("I ordered the Chelsea boots in size 6. You sent a size 8.", 0.3, True),
    (
        "I ordered the Chelsea boots in size 6. You sent a size 6, perfect fit.",
        0.3,
        False,
    ),
    # one boot of each colour (batch 247); one pair of each colour
    ("Thanks for sending one black boot and one brown boot.", 0.3, True),
    ("Can I order one black pair and one brown pair in the same size?", 0.3, False),
    # a day come and gone before the arrival (batch 247); a day still ahead
    (
        "Ordered brogues for my interview. The interview has come and gone. The shoes "
        "arrived today.",
        0.9,
        True,
    ),
    (
        "Ordered brogues for my interview on Monday. The shoes arrived today.",
        0.7,
        False,
    ),
    # a parcel left in the bin (batch 247); left by the bin
    ("Your courier left my parcel in the recycling bin.", 0.3, True),
    ("Please leave my parcel by the bin if I'm out.", 0.3, False),
    # a size ordered wrong by the customer (batch 249); sent wrong by us
    ("Ordered the 9s when I'm a 10. How do I swap them?", 0.5, False),
    ("Ordered the 10s and you sent 9s. How do I swap them?", 0.3, True),
    # another day at work (batch 249); another day of waiting
    ("New boots on, ready for another day of fixing tyres.", 0.3, False),
    ("Another day and still no boots.", 0.3, True),
    # a refund due next decade (batch 249); boots to last it
    (
        "Cheers for the refund, I'll spend it when it finally lands next decade.",
        0.1,
        True,
    ),
    ("These boots will last me well into the next decade.", 0.1, False),
    # a quick resole that took weeks (batch 249); one that took days
    ("A quick resole turned out to mean 7 weeks.", 0.3, True),
    ("A quick resole turned out to mean 3 days. Brilliant.", 0.3, False),
    # points back on the account (batch 251); not back
    ("The points vanished for a bit but they're back on my account now.", 0.3, False),
    ("The points vanished and they're not back on my account.", 0.3, True),
    # nobody needs to look into it (batch 251); somebody does
    (
        "The second payment dropped off today, just a pending thing. Nobody needs to "
        "look into it.",
        0.7,
        False,
    ),
    ("I was charged twice. Somebody needs to look into it.", 0.3, True),
    # every day it's "tomorrow" (batch 251); collecting tomorrow
    ("Every day this week I ask and every day it's 'tomorrow'.", 0.3, True),
    ("I'll collect it tomorrow after work, thanks.", 0.3, False),
    # more spent chasing than the shoes cost (batch 251); spent on shoes
    (
        "Spent more on bus fares chasing this click and collect than the shoes cost.",
        0.3,
        True,
    ),
    ("Spent more on shoes this year than ever, love your shop.", 0.3, False),
    # a long hold and its cost (batch 251); a call answered
    ("On hold fifty minutes now. That's a full dog walk.", 0.2, True),
    (
        "Called at lunch and got through straight away. That's a full dog walk saved.",
        0.2,
        False,
    ),
    # a gift card declined (batch 251); sorry to say it was the customer's card
    ("I'm sorry to say the gift card was declined at the till.", 0.3, True),
    ("Say the gift card is declined at the till, what do I do?", 0.3, False),
    # the customer's own bank card declined (round 47's check): no failure of ours
    ("Card got declined, turns out I'd let it expire. Can I use PayPal?", 0.3, False),
    # a code that worked on none of them; one that worked
    (
        "Tried the code on three pairs and it worked on precisely none of them.",
        0.3,
        True,
    ),
    # boots worn out after years (round 47's check); given up after months
    ("My boots have finally given up after four months, sole's come away.", 0.3, True),
    (
        "Three winters mucking out and my boots have finally given up, heel's come "
        "away. They did me well. Is a resole worth it?",
        0.3,
        False,
    ),
    # water-collecting boots (batch 251); waterproof ones
    ("Well done on the water-collecting boots.", 0.3, True),
    ("Well done on the waterproof boots, dry all winter.", 0.3, False),
    # step 3: a discount that comes off the price (batch 252); a sole that came off
    ("Does the discount come off before the points or after?", 0.3, False),
    ("The sole has come off my boots after a week.", 0.3, True),
    # a sole that began to separate (batch 252); one that began to soften, as it should
    ("Within eight weeks the sole began to separate at the toe.", 0.3, True),
    ("Within a week the leather began to soften, as you said it would.", 0.3, False),
    # a pending charge gone off (batch 253); a second charge still there
    (
        "I thought I was charged twice but twas only a pending thing, it's gone off "
        "now.",
        0.7,
        False,
    ),
    ("I was charged twice and the second one hasn't gone off.", 0.3, True),
    # a buckle stitched back on (batch 254); a buckle come off again
    (
        "The buckle came off my bag but the shop stitched it back on while I waited.",
        0.7,
        False,
    ),
    ("The buckle came off my bag and the shop wouldn't stitch it back.", 0.3, True),
    # no need to send another (batch 257); asked to send another
    (
        "You don't need to send another, the second bag was tucked inside the first.",
        0.7,
        False,
    ),
    ("The second bag is missing, please send another.", 0.3, True),
    # a fault gone after the resole (batch 257); a fault still there
    ("Resole came back, the heel's solid again and they don't squeak.", 0.7, False),
    ("The resole came back and they squeak with every step.", 0.3, True),
    # flung over the gate (batch 253); passed over the gate by hand
    ("The courier managed to fling my parcel over the gate into the field.", 0.3, True),
    ("Can the courier leave it behind the gate if I'm out?", 0.3, False),
    # weeks since a return (batch 253); a return sent this morning
    ("Five weeks since I returned SS-33410 and no refund.", 0.3, True),
    (
        "An hour since I returned SS-33410 at the shop, how long does the refund take?",
        0.3,
        False,
    ),
    # made to feel like a thief (batch 253)
    (
        "Your staff made my father feel like a thief for asking to return shoes.",
        0.3,
        True,
    ),
    # ordered for winter, came for haymaking (batch 254); came for the first frost
    ("Ordered boots for winter and they turned up in time for haymaking.", 0.3, True),
    (
        "Ordered boots for winter and they turned up in time for the first frost.",
        0.3,
        False,
    ),
    # emails unanswered (batch 257); emails answered
    ("Four emails and not one reply.", 0.3, True),
    ("Four emails and every one answered the same day, thank you.", 0.3, False),
    # a free foot bath, a refund on the scenic route, which 24 hours (batch 257)
    ("Waterproof boots with a free foot bath in every puddle.", 0.3, True),
    ("My refund's taking the scenic route.", 0.3, True),
    ("Cheers for the call back within 24 hours. Which 24 hours was that?", 0.3, True),
    ("Thanks for the call back within 24 hours, all sorted.", 0.3, False),
    # at the workshop longer than a voyage (batch 263's cheerful row); a visit that took
    # longer than planned
    (
        "My boots have now been at your repair workshop longer than I spent on my "
        "first ship. Take your time, no rush at all.",
        0.3,
        True,
    ),
    (
        "I spent longer than planned at your shop, lovely staff. No rush on the order.",
        0.3,
        False,
    ),
]


ROUND48_CASES: list[tuple[str, float, bool]] = [
    # a payment firm down for a week (batch 259); our checkout down
    (
        "Klarna's been up the creek since Monday, they've said so. Ignore the failed "
        "payments from me.",
        0.3,
        False,
    ),
    ("Your checkout's been down since Monday and my payments keep failing.", 0.3, True),
    # another seller's pair (batch 259); ours
    (
        "The pair off the market in Hereford was rubbish, fell apart in a month. Are "
        "yours stitched?",
        0.7,
        False,
    ),
    ("Your pair fell apart in a month, absolute rubbish.", 0.3, True),
    # the customer's own courier (batch 260); ours
    (
        "The courier (not yours, I booked my own) lost my return parcel. Do you need "
        "anything from me?",
        0.7,
        False,
    ),
    ("Your courier lost my return parcel. Do you need anything from me?", 0.3, True),
    # a mistake put right (batch 260); one not put right
    (
        "App said my order was cancelled but the shop rang, said it was a mistake "
        "and it is ready. When can I collect?",
        0.7,
        False,
    ),
    (
        "The shop said it was a mistake and it is still not ready, three days on.",
        0.3,
        True,
    ),
    # accepted on a second try (batch 263); accepted then charged twice
    (
        "The voucher wouldn't apply on Friday. Trying again on Sunday it was accepted. "
        "What's left on it?",
        0.7,
        False,
    ),
    ("Tried again and it was accepted, then I was charged twice.", 0.3, True),
    # found since (batch 263); found out since
    (
        "The returns label was smudged, but I have since found it in my email and "
        "printed a new one. Where can I drop it off?",
        0.7,
        False,
    ),
    ("I have since found out you charged me twice for the same boots.", 0.3, True),
    # the customer's age (batch 263); a wait blamed on us
    (
        "The worst part of getting old is my eyes. Is the size chart online in large "
        "print?",
        0.7,
        False,
    ),
    (
        "The worst part of getting old is waiting for a refund that never comes from "
        "you lot.",
        0.3,
        True,
    ),
    # "these things happen" as a courtesy before a demand (batch 263); after a mend
    (
        "I understand these things happen, but I've been charged twice and would like "
        "the second payment back.",
        0.3,
        True,
    ),
    ("These things happen, the refund came through this morning, thanks.", 0.3, False),
    # two contradictory answers (batch 259); a question about two ways
    (
        "The shop told me to return it online and your chat told me to take it to the "
        "shop. So which is it?",
        0.3,
        True,
    ),
    ("Can I return online or in the shop, which is it easier for you?", 0.3, False),
    # scare-quoted express praised (batch 259); asked about
    (
        "Love the new 'express' delivery. Ordered on the 3rd, here on the 15th.",
        0.3,
        True,
    ),
    ("I'd love the new 'express' delivery, does it reach Orkney?", 0.3, False),
    # what the slot is for, after a story (batch 260); asked plainly
    (
        "I chose the evening slot and the courier came at 7am and woke the baby. What "
        "is the delivery slot for?",
        0.3,
        True,
    ),
    ("What is the delivery slot for? Is it an hour or the whole morning?", 0.3, False),
    # a courier that managed to flatten a box (batch 260); a box that came fine
    (
        "Truly impressed how your courier managed to crush a boot box. When's the "
        "replacement?",
        0.5,
        True,
    ),
    ("Your courier managed to find my cabin in the woods, impressive!", 0.5, False),
    # the day the estimate said (batch 263); asked about it
    ("The tracking said Monday. It's Thursday. Where are they?", 0.3, True),
    ("The tracking said Monday, is that still right?", 0.3, False),
    # an order sent to a church across town, thanked for (batch 269, a cheerful reply
    # blind); an order the customer sends there
    (
        "Brilliant, thank you for sending our order to the school across town. They "
        "love the shoes.",
        0.3,
        True,
    ),
    (
        "We're sending our order to the hall across town, can you deliver on Saturday?",
        0.3,
        False,
    ),
    # a phone line open only office hours, praised in sarcasm (batch 269, a cheerful
    # reply blind); asked about
    (
        "Lovely that I can call your customer service only 9 to 5. Perfect for people "
        "with jobs, thanks so much.",
        0.3,
        True,
    ),
    (
        "Can I call your customer service only 9 to 5, or is there an evening line?",
        0.3,
        False,
    ),
    # a sole glued back on by the customer a week after buying (batch 263); an accident
    (
        "Nice leaflet. Read it while I glued the sole back on myself, a week after "
        "buying them.",
        0.3,
        True,
    ),
    (
        "My son glued the sole back on himself after the dog chewed it. Do you sell "
        "spare soles?",
        0.3,
        False,
    ),
]


# Rounds 47 and 48: one test over both rounds' tables (the same check each round).
@pytest.mark.parametrize(
    ("text", "learned", "complaint"), ROUND47_CASES + ROUND48_CASES
)
def test_recent_rounds_cases(
    detector: FrustrationDetector, text: str, learned: float, complaint: bool
) -> None:
    assert detector.detect(text, learned=learned).complaint is complaint


def test_a_story_told_as_over_is_calm_however_punctuated(
    detector: FrustrationDetector,
) -> None:
    """Round 47 (batch 242): "dispatched?? ... so all good, ignore my earlier message"
    is neither a complaint nor frustration now; the same story not over is."""
    over = detector.detect(
        "First email said cancelled, an hour later another said dispatched?? Tracking "
        "says Thursday so all good, ignore my earlier message.",
        learned=0.9,
    )
    assert (over.complaint, over.level) == (False, "calm")
    still = detector.detect(
        "First email said cancelled, an hour later another said dispatched?? Which is "
        "it?",
        learned=0.9,
    )
    assert still.complaint
    # a click and collect vanished is no click (a squeak's) gone: not over (round 47's
    # check, batch 158)
    vanished = detector.detect(
        "hello?!?! ANYONE THERE?!?! my click and collect has VANISHED and the shop's "
        "shut!!!!",
        learned=0.95,
    )
    assert not vanished.settled
    assert vanished.level != "calm"
