"""Word lists and patterns the frustration detector matches (team-written).

Patterns are compiled lazily by ``detector`` on first use; nothing here does I/O.
Each service-failure pattern carries the topic it names in the customer's terms.
"""

from __future__ import annotations

# Insulting phrases (lower-cased substrings).
INSULT_PHRASES: tuple[str, ...] = (
    "go to hell", "shut up", "screw you", "get lost", "piss off", "kiss my", "bite me",
    "up yours", "drop dead", "eat sh", "are you thick", "you all thick",
    "you're thick", "are you all thick",
)
# Mild swear words that do not count as abuse inside a routine question ("stupid question").
SOFT_INSULTS: frozenset[str] = frozenset({"stupid", "damn", "crap", "piss", "jerk", "sod"})

# Insults and profanity, matched on de-obfuscated, lower-cased tokens (stems: prefix match).
INSULT_STEMS: tuple[str, ...] = (
    "idiot", "moron", "stupid", "imbecile", "clown", "muppet", "scum", "crook",
    "liar", "thie", "fuck", "fck", "fuk", "shit", "crap", "bastard", "bitch",
    "asshole", "arsehole", "ahole", "dick", "wanker", "prick", "twat", "dumbass",
    "damn", "bollocks", "cunt", "jerk", "loser", "retard", "piss",
)
# Exact tokens only (too short or ambiguous for prefix matching).
INSULT_WORDS: frozenset[str] = frozenset({"ass", "sht", "fkn", "fking", "fk", "wtf", "stfu", "pos", "bs", "fml", "sod"})

# Words that say the customer is upset without naming a failure.
FRUSTRATION_WORDS: frozenset[str] = frozenset({
    "frustrated", "frustrating", "frustration", "annoyed", "annoying", "ridiculous",
    "unacceptable", "disgusting", "disgraceful", "disgrace", "worst", "terrible", "awful",
    "pathetic", "useless", "debacle", "disappointed", "disappointing",
    "rubbish", "incompetent", "incompetence", "scam", "scammers", "horrible", "fuming",
    "furious", "livid", "appalling", "appalled", "shocking", "shambles", "nightmare",
    "laughable", "poor", "bad", "hopeless", "angry", "upset", "outraged",
    "outrageous", "insane", "absurd", "unbelievable", "unreal", "fraud", "ripoff", "garbage", "trash", "lousy", "mess", "wasted", "waste", "ignored",
    "ignoring", "unhelpful", "clueless", "inexcusable", "unprofessional", "rude",
    "sucks", "suck", "sucked", "ugh", "smh", "fail", "failed", "fails", "failing",
    "disappointment", "neglect", "misleading", "lied", "lies", "lying",
})
# Ambiguous upset words: they count half (e.g. "bad", "poor" also describe fit or weather).
WEAK_FRUSTRATION_WORDS: frozenset[str] = frozenset({
    "bad", "poor", "fail", "failed", "fails", "failing", "mess", "waste", "wasted", "upset",
    "angry", "insane", "unreal", "ugh", "smh", "annoying", "suck", "sucks",
})
# Phrases (lower-cased, matched as substrings) that are upset in themselves.
FRUSTRATION_PHRASES: tuple[str, ...] = (
    "fed up", "sick of", "had enough", "enough is enough", "not happy", "not impressed",
    "not good enough", "not ok", "not okay", "what a joke", "are you kidding",
    "you're kidding", "you have got to be", "seriously?", "come on", "how hard is it",
    "how difficult is it", "how many times", "no one cares", "nobody cares",
    "no one is helping", "nobody is helping", "no help", "zero help", "no response",
    "no reply", "no answer", "keep getting", "keeps happening", "yet again", "once again",
    "again and again", "every single time", "beyond a joke", "at a loss", "gave up",
    "giving up", "lost patience", "losing patience", "wasting my time", "waste of time",
    "worst customer", "worst service", "dont care", "don't care", "doesn't care",
    "do better", "step up", "second time", "third time", "fourth time", "fifth time",
    "times now", "times already", "hear about this", "what is going on", "what's going on",
    "said no one", "said nobody", "sort it out", "sort this out", "get it together",
)

# Threats to leave, to go public or to sue.
THREAT_PHRASES: tuple[str, ...] = (
    "never again", "never ordering", "never order from", "never buying", "never shop",
    "never use you", "never using", "last time i", "last order", "take my business",
    "taking my business", "shop elsewhere", "go elsewhere", "going elsewhere",
    "buy elsewhere", "switching to", "close my account", "delete my account",
    "cancel my account", "lost a customer", "lost a loyal", "losing a customer",
    "leave a review", "leaving a review", "1 star", "one star", "trustpilot",
    "post this", "posting this", "tell everyone", "telling everyone", "tell all my",
    "telling all", "avoid you", "stay away from",
    "social media", "going public", "the press", "the news", "watchdog",
    "trading standards", "ombudsman", "small claims", "lawyer", "solicitor", "attorney",
    "legal action", "sue you", "suing", "take you to court", "court", "chargeback",
    "charge back", "dispute with my bank", "report you", "reporting you", "bbb",
    "better business bureau", "consumer rights", "#neveragain", "unfollow",
)

# An explicit request for a person.
HUMAN_REQUEST_PATTERNS: tuple[str, ...] = (
    r"\b(speak|talk|chat|get|put me through|connect me|transfer me)\b.{0,25}\b(human|person|people|agent|manager|supervisor|someone|somebody|representative|rep|staff|operator|advisor|adviser)\b",
    r"\b(real|actual|live|human)\s+(person|human|agent|being|people|representative)\b",
    r"\b(human|agent|manager|supervisor|representative|operator)\s*(please|pls|now)\b",
    r"\b(let|can|could) me (speak|talk)\b",
    r"\bescalate\b",
    r"^\s*(agent|human|representative|operator|manager)\s*[.!?]*\s*$",
    r"\bstop (sending|giving) me (bot|canned|automated)",
    r"\bnot a (bot|robot|machine)\b",
    r"\bmember of (staff|the team|your team)\b",
    r"\b(want|need) an? (person|human|agent)\b",
    r"\b(don'?t|do not) want (a|to talk to a|to speak to a|your) (bot|robot|machine|chatbot)\b",
)

# Service failures told with or without negative words: (regex, topic).
FAILURE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\b(charged|charging|billed|billing|paid|taken|debited)\b.{0,20}\b(twice|two times|double|2x|three times)\b", "double charge"),
    (r"\bdouble[- ]?(charged|charge|billed|payment)\b", "double charge"),
    (r"\b(charged|billed)\b.{0,30}\b(cancel+ed|never|didn'?t|did not|wrong)\b", "unexpected charge"),
    (r"\b(took|taken|take) (my )?(money|payment)\b", "unexpected charge"),
    (r"\b(twice|two times|double)\b.{0,30}\b(statement|card|account|bank)\b", "double charge"),
    (r"\b(payment|charge|money)s?\b.{0,25}\btwice\b", "double charge"),
    (r"\b(no|still no) (money|refund)\b", "refund"),
    (r"\b(no|not|never|still no|still not|without( a)?|where'?s( my)?|where is( my)?|yet to (get|receive|see))\b.{0,20}\brefund", "refund"),
    (r"\brefund\b.{0,30}\b(not|never|hasn'?t|has not|haven'?t|still|yet|weeks?|months?|days?|missing|where)\b", "refund"),
    (r"\b(money|credit)\b.{0,20}\b(back|returned)\b.{0,20}\b(not|never|still|yet)\b", "refund"),
    (r"\b(says|shows|marked|tracking)\b.{0,30}\bdelivered\b.{0,40}\b(not|never|hasn'?t|didn'?t|isn'?t|no|nothing)\b", "parcel marked delivered but not received"),
    (r"\brefund\b.{0,20}\b(disappeared|vanished|gone missing)\b", "refund"),
    (r"\b(paid for|ordered|chose|picked) (next[- ]day|express|nominated)\b.{0,40}\b(it'?s|now|still|and|but)\b", "late delivery"),
    (r"\btried to deliver\b.{0,30}\b(but|was in|home|in all day)\b", "late delivery"),
    (r"\bwaiting since\b|\bno idea where\b|\b(disappeared|vanished)\b", "late delivery"),
    (r"\b(in transit|tracking|processing|pending)\b.{0,30}\bfor (a|one|two|three|\d+) (weeks?|days?|months?)\b", "late delivery"),
    (r"\bsomeone else'?s\b", "wrong item"),
    (r"\b(nobody|no one|no-one) told me\b|\bwithout (telling|informing|asking|warning) (me|us)\b|\bwithout (any )?(warning|notice|explanation)\b", "rude or unhelpful service"),
    (r"\b(hasn'?t|has not|haven'?t|have not|never|didn'?t|did not|still not|not yet|yet to)\b.{0,15}\b(arrived?|come|came|shown up|turned up|delivered|received|got|get|gotten|recieved|here|shipped|dispatched|been sent)\b", "late delivery"),
    (r"\bstill (waiting|nothing|no sign|hasn'?t|haven'?t|not|no|stuck|pending|processing)\b", "late delivery"),
    (r"\b(lost|losing|lose|misplaced)\b.{0,12}\b(my|the|our|an?)?\s*(order|parcel|package|shoes|boots|items?|return|refund|delivery)\b", "late delivery"),
    (r"\b(days?|weeks?|months?|hours?) late\b|\barrived late\b", "late delivery"),
    (r"\b(it'?s|has|it has) (now )?been \d+\b", "late delivery"),
    (r"\banother (\w+ ){0,2}(days?|weeks?|months?|delay)\b", "late delivery"),
    (r"\b(waiting|waited|been|it'?s been|over|more than|almost|nearly)\b.{0,25}\b(\d+|two|three|four|five|six|seven|eight|ten|a few|several|many)\s+(days?|weeks?|months?)\b", "late delivery"),
    (r"\b\d+\s+(days?|weeks?|months?)\s+(late|overdue|delayed|later|and still|and no|now)\b", "late delivery"),
    (r"\b(order|parcel|package|delivery|it|they|shoes|boots|stuff|item|items)\b.{0,25}(?<!too )\b(late|overdue|delayed|lost|stuck|missing)\b", "late delivery"),
    (r"\bwhere (the hell |on earth )?is (my|the) (parcel|order|package|delivery|stuff)\b.{0,40}\b(days?|weeks?|already|yet|still)\b", "late delivery"),
    (r"\b(box|parcel|package) was empty\b|\bempty (box|parcel|package)\b", "missing item"),
    (r"\bwrong (city|place|house|address|door|flat|neighbou?r|person|depot|town)\b", "wrong address"),
    (r"\binstead of\b|\bordered\b.{0,40}\b(got|received|sent me|came)\b|\b(two|2|are|were) different (sizes|colou?rs|shoes)\b", "wrong item"),
    (r"\b(missing|left out|not in the (box|parcel|package)|wasn'?t in|only (got|received) (one|1|half))\b", "missing item"),
    (r"\b(broken|broke|damaged|smashed|crushed|torn|ripped|split|cracked|defective|faulty|fell apart|falling apart|came apart|came unstuck|coming apart|peeling|peeled|stain(ed)?|hole in|holes in|leaks?|leaking|soaked|snapped|worn out|dirty|splitting|crack|a tear|tears? in|came off|come off|coming off|come loose|came loose|coming loose|fell off|falling off)\b", "damaged item"),
    (r"\b(wrong|incorrect)\b.{0,12}\b(size|item|colou?r|shoes?|pair|order|product|one|thing|model|style|address)\b", "wrong item"),
    (r"\b(not|isn'?t|wasn'?t|aren'?t|weren'?t)\b.{0,6}\b(what i ordered|as described|as pictured|the same)\b", "wrong item"),
    (r"\b(rude|unhelpful|hung up|hang up|was ignored|ignored me|ignoring me|laughed at|shouted at|no one (answers|picks up|replied|responds)|nobody (answers|picks up|replied|responds)|never (replied|answered|responded|called back|got back))\b", "rude or unhelpful service"),
    (r"\b(can'?t|cannot|couldn'?t|unable to|won'?t let me|doesn'?t let me|not able to)\b.{0,25}\b(log ?in|sign ?in|pay|checkout|check out|track|cancel|return|access|use|save|order|reset|get through|reach|contact)\b", "something not working"),
    (r"\b(doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|not) (work|working|load|loading|open|apply|go through)\b", "something not working"),
    (r"\b(cancel+ed|cancel+ation)\b.{0,30}\b(without|never|but|still)\b", "cancelled order"),
    (r"\b(out of stock|oos)\b.{0,30}\b(after|but|charged|paid)\b", "cancelled order"),
    (r"\b(overcharged|over charged|hidden (fee|charge)s?|extra charge|charged (me )?more)\b", "unexpected charge"),
    (r"\bno (one|body)\b.{0,20}\b(help|helps|helped|respond|reply|answer|call)", "rude or unhelpful service"),
    (r"\b(nobody|no one|no-one) (is |has )?(called|rang|replied|answered|answering|replying|responding|got back|came|turned up|responded|helped|helping)\b", "rude or unhelpful service"),
    (r"\b(haven'?t|have not|never) heard (anything|back|a thing)\b|\b(no|not a) (reply|response|answer|call ?back|word)\b", "rude or unhelpful service"),
)

# Questions about the shop: negative words in them are rarely aimed at us.
ROUTINE_QUESTION = (
    r"\b(do you (have|sell|ship|deliver|do|offer|accept|stock|make)|are (the|your|yours|these|they)|"
    r"is (it|there|the|next)|what('s| is| are| was| time)|which (one|size|is|colou?r)|how (do|can|long|much) i?|"
    r"can i|should i|when (does|do|will)|any codes)\b"
)
# Failures about things we did not sell, when asking to buy ("my old boots are broken, do you have...").
BUYING_QUESTION = r"\b(do you (have|sell|stock|do|make)|are yours|what'?s new)\b"

# Leaving "threats" that are routine requests when asked as a question.
ACCOUNT_REQUESTS: frozenset[str] = frozenset({"close my account", "delete my account", "cancel my account"})
# Mild swear words count only when aimed at us (one of these words in the message).
AIMED_AT_US = r"\b(you|your|you'?re|u|ur|this|bot|service|company|shop|staff|team|lot)\b"

# Sarcasm cues (regex over lower-cased text).
SARCASM_PATTERNS: tuple[str, ...] = (
    r"\bthanks? (a lot|a bunch|so much|again)?\s*for (nothing|ruining|wasting|the canned|your canned|the (automated|copy|generic)|making|losing|breaking|ignoring|the runaround|absolutely nothing|being so|the great)\b",
    r"\bthanks for nothing\b",
    r"\b(canned|copy[- ]?(and[- ])?paste[d]?|automated|scripted|generic) (response|reply|answer|message)s?\b",
    r"\b(look|looks|pretend|pretending) (like )?(you|u) care\b",
    r"\b(oh|wow|well|yeah|just) (great|wonderful|fantastic|brilliant|perfect|lovely|awesome|nice|amazing|done|thanks|thank you)\b",
    r"\b(great|nice|good|fantastic|brilliant|stellar|amazing|awesome|excellent|outstanding|wonderful|lovely|super|superb) (job|work|service|going|one|stuff)\b",
    r"\b(love|loving|enjoy|enjoying) (how|that|when|the way|waiting|being)\b",
    r"\b(so|very|really|super|such) (helpful|useful|reliable|efficient|professional)\b.{0,30}(not|\.\.\.|\?|!|/s|🙄|🙃|😒)",
    r"\byeah,? right\b",
    r"\bas (always|usual)\b",
    r"\bonce again\b",
    r"\bclassic\b",
    r"\bwhat a (surprise|shock)\b",
    r"\bshocker\b",
    r"\bsurprise,? surprise\b",
    r"/s\b",
    r"🙄|🙃|😒|👏|🤦|😤|😡|🤬|😠|💩|🖕",
    r"\bcan'?t wait\b.{0,25}\b(another|again|weeks?|months?|forever)\b",
    r"\bgood luck (with|getting)\b",
    r"\b(exactly what i (needed|wanted))\b.{0,20}(not|\.\.\.|/s)",
    r"\bthe best\b.{0,40}\b(not|never|late|broken|lost|waiting)\b",
    r"\b(awesome|great|brilliant|fantastic|lovely|perfect|amazing|nice|wonderful|superb)[.!]*$",
)

POSITIVE_WORDS: frozenset[str] = frozenset({
    "great", "awesome", "love", "loving", "loved", "thanks", "thank", "nice", "amazing",
    "perfect", "brilliant", "wonderful", "fantastic", "excellent", "good", "best",
    "lovely", "happy", "glad", "superb", "stellar", "helpful", "appreciate", "cheers",
})

# Words spelled in capitals that are not shouting (brands, carriers, abbreviations).
CAPS_ALLOWED: frozenset[str] = frozenset({
    "UPS", "DHL", "DPD", "USPS", "UK", "USA", "US", "EU", "OK", "ID", "PIN", "FAQ",
    "GBP", "USD", "EUR", "PM", "AM", "TV", "DM", "NHS", "ASAP", "XL", "XXL", "XS",
    "SMS", "UPC", "TNT", "EVRI", "API", "PDF", "UTC", "BST", "GMT", "IOS", "RN",
})
